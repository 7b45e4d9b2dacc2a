//! The terminal event loop: draws the app, turns input into actions, runs the
//! commands the app asks for against the log, and redraws when a key is pressed,
//! when any process writes to the log, or once a second for the clocks. The
//! terminal is restored on every way out: return, error, panic (ratatui's hook),
//! SIGTERM and SIGHUP.

use crate::clock::Clock;
use crate::domain::WindowId;
use crate::i18n::Tr;
use crate::setup::Opened;
use crate::store::ExecError;
use crate::tui::app::{self, Action, App, Effect, Screen};
use crate::tui::render;
use crate::views::describe;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::{Position, Rect};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked for other processes' writes: well inside the
/// quarter second in which a change must show on every terminal.
const POLL: Duration = Duration::from_millis(200);

/// Which screen frontdesk opens at.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Start {
    Overview,
    Counter(WindowId),
    Planner(chrono::NaiveDate),
}

/// Runs the screen until the user quits.
pub fn run(
    mut opened: Opened,
    tr: Tr,
    clock: Clock,
    origin: String,
    start: Start,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let now = clock.now();
    let hall = opened.log.hall().clone();
    let mut app = App::new(tr, hall, opened.log.state(), now, colour);
    app.rules = opened.config.access.clone();
    app.who = opened.identity.clone();
    match start {
        Start::Overview => {}
        Start::Counter(w) => app = app.at_counter(w, opened.log.state(), now),
        Start::Planner(day) => {
            let planner = planner_at(&opened, day, now).map_err(io::Error::other)?;
            app.open_planner(planner, true);
        }
    }
    // Read before the screen takes over, so a broken hall file is reported plainly.
    let (phrases, playbooks) =
        crate::setup::scripts(&opened.places).map_err(|e| io::Error::other(e.to_string()))?;
    app.phrases = phrases;
    app.playbooks = playbooks;
    app.feedback_rules = opened.config.feedback.clone();
    app.refresh(opened.log.state(), now);

    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let done = Arc::new(AtomicBool::new(false));
    watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(&mut terminal, &mut app, &mut opened, clock, &origin, &stop);
    done.store(true, Ordering::Relaxed);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// After SIGHUP or SIGTERM the loop normally ends within a poll. But a terminal
/// that hung up reads as endless end-of-file, and the input reader then never
/// returns to the loop; this watcher ends the process in its place.
pub fn watch_for_hangup(stop: Arc<AtomicBool>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !done.load(Ordering::Relaxed) {
            std::thread::sleep(POLL);
            if stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_secs(1));
                if !done.load(Ordering::Relaxed) {
                    ratatui::restore();
                    std::process::exit(0);
                }
            }
        }
    });
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    opened: &mut Opened,
    clock: Clock,
    origin: &str,
    stop: &AtomicBool,
) -> io::Result<()> {
    let mut dirty = true;
    let mut last_second = clock.now().timestamp();
    let mut last_poll = StdInstant::now();
    let mut overdue = crate::tui::feedback::OverdueWatch::default();
    app.quality_alert = overdue.alert(opened, &app.tr, clock.now());
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| render::render(app, f))?;
            dirty = false;
        }
        let wait = POLL.saturating_sub(last_poll.elapsed());
        if event::poll(wait)? {
            let action = match event::read()? {
                Event::Key(key) => app::action_for(key, app),
                Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                    let size = terminal.size()?;
                    clicked(
                        app,
                        Rect::new(0, 0, size.width, size.height),
                        m.column,
                        m.row,
                    )
                }
                Event::Mouse(m) if m.kind == MouseEventKind::Drag(MouseButton::Left) => {
                    let size = terminal.size()?;
                    let area = Rect::new(0, 0, size.width, size.height);
                    render::planner::dragged(app, area, m.column)
                }
                Event::Resize(_, _) => {
                    dirty = true;
                    None
                }
                _ => None,
            };
            if let Some(action) = action {
                let now = clock.now();
                let effects = app.update(action, opened.log.state(), now);
                if !effects.is_empty() {
                    app.clear_flash();
                }
                for effect in effects {
                    // What follows a refused command assumed it happened: a
                    // warning phrase is not "said" when the warning was refused.
                    if !perform(app, opened, effect, clock, origin, &mut overdue.tracker) {
                        break;
                    }
                }
                app.quality_alert = overdue.alert(opened, &app.tr, clock.now());
                app.refresh(opened.log.state(), clock.now());
                dirty = true;
            }
        }
        let now = clock.now();
        let mut changed = false;
        if last_poll.elapsed() >= POLL {
            last_poll = StdInstant::now();
            // A log we can no longer read is shown as it was; the next poll retries.
            changed = opened.log.refresh().unwrap_or(false);
        }
        if changed || now.timestamp() != last_second {
            last_second = now.timestamp();
            app.quality_alert = overdue.alert(opened, &app.tr, now);
            app.refresh(opened.log.state(), now);
            dirty = true;
        }
    }
    Ok(())
}

/// The action under a mouse click: a counter or planner button, or a place on
/// the planner's timeline.
pub(crate) fn clicked(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    if app.modal.is_some() {
        return None;
    }
    if app.screen == Screen::Planner {
        return render::planner::clicked(app, area, column, row);
    }
    if !matches!(app.screen, Screen::Counter(_)) {
        return None;
    }
    let footer = render::counter::footer_area(app, area);
    render::counter::buttons(app, footer)
        .into_iter()
        .find(|b| b.area.contains(Position::new(column, row)))
        .map(|b| b.action)
}

/// Runs one command against the log and tells the cashier how it went; false
/// when it was refused.
fn perform(
    app: &mut App,
    opened: &mut Opened,
    effect: Effect,
    clock: Clock,
    origin: &str,
    quality: &mut crate::views::feedback::Tracker,
) -> bool {
    let cmd = match effect {
        Effect::Execute(cmd) => cmd,
        Effect::WritePlan(cmds) => return write_plan(app, opened, &cmds, clock, origin),
        Effect::Feedback(cmd) => {
            let now = clock.now();
            return match crate::tui::feedback::record(opened, quality, &app.tr, &cmd, now, origin) {
                Ok(recorded) => {
                    let hall = opened.log.hall();
                    let text: Vec<String> = recorded
                        .iter()
                        .map(|r| describe::event(&app.tr, hall, opened.log.state(), r))
                        .collect();
                    app.show(text.join(" "), false);
                    true
                }
                Err(e) => {
                    app.show(e.text, true);
                    false
                }
            };
        }
        Effect::LoadDay(day) => match planner_at(opened, day, clock.now()) {
            Ok(planner) => {
                let only = app.counter_only;
                app.open_planner(planner, only);
                return true;
            }
            Err(e) => {
                app.show(e.to_string(), true);
                return false;
            }
        },
    };
    if !allowed(app, opened, std::slice::from_ref(&cmd)) {
        return false;
    }
    let result = opened.log.execute(&cmd, clock.now(), None, origin);
    let hall = opened.log.hall();
    match result {
        Ok(recorded) => {
            let text: Vec<String> = recorded
                .iter()
                .map(|r| describe::event(&app.tr, hall, opened.log.state(), r))
                .collect();
            if !text.is_empty() {
                app.show(text.join(" "), false);
            }
            true
        }
        Err(ExecError::Refused(r)) => {
            let text = describe::refusal(&app.tr, hall, &r);
            app.show(text, true);
            false
        }
        Err(ExecError::Store(e)) => {
            app.show(e.to_string(), true);
            false
        }
    }
}

/// Whether the user at this screen may run these commands; if not, says why.
/// The screens mark what is not available, and this holds whatever asks.
fn allowed(app: &mut App, opened: &Opened, cmds: &[crate::domain::Command]) -> bool {
    let (hall, state) = (opened.log.hall(), opened.log.state());
    for cmd in cmds {
        let checked = opened
            .config
            .access
            .check_command(&opened.identity, cmd, hall, state);
        if let Err(d) = checked {
            app.show(crate::views::access::denied(&app.tr, &d), true);
            return false;
        }
    }
    true
}

/// The planner at a day: its forecast learned from the log's history.
fn planner_at(
    opened: &Opened,
    day: chrono::NaiveDate,
    now: crate::domain::Instant,
) -> Result<crate::tui::app::planner::Planner, crate::store::StoreError> {
    let ev = crate::views::planner::evaluator(&opened.log, day)?;
    let mut planner =
        crate::tui::app::planner::Planner::new(opened.log.hall(), opened.log.state(), ev, day, now);
    planner.late_break_end = opened.config.simulation.late_break_end;
    Ok(planner)
}

/// Writes the planner's plan in one transaction: all of it, or on a refusal
/// none of it, with the reason shown.
fn write_plan(
    app: &mut App,
    opened: &mut Opened,
    cmds: &[crate::domain::Command],
    clock: Clock,
    origin: &str,
) -> bool {
    if !allowed(app, opened, cmds) {
        return false;
    }
    match opened.log.execute_all(cmds, clock.now(), None, origin) {
        Ok(recorded) => {
            if let Some(p) = app.planner.as_mut() {
                p.written();
            }
            let published = recorded
                .iter()
                .any(|r| matches!(r.event, crate::domain::Event::BreaksPublished { .. }));
            let text = app.tr.f(
                if published {
                    "planner-published"
                } else {
                    "planner-written"
                },
                &[("count", recorded.len().into())],
            );
            app.show(text, false);
            true
        }
        Err(ExecError::Refused(r)) => {
            let text = describe::refusal(&app.tr, opened.log.hall(), &r);
            app.show(
                app.tr.f("planner-refused", &[("reason", (&text).into())]),
                true,
            );
            false
        }
        Err(ExecError::Store(e)) => {
            app.show(e.to_string(), true);
            false
        }
    }
}
