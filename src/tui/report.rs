//! The report screen on a real terminal (`frontdesk report --screen`): reads
//! what today's and this week's reports need, then follows the log — every
//! 200 ms it looks for other terminals' writes and folds them in — and
//! redraws each second for the clock. `l` turns the language, `q`, Esc or
//! Ctrl-C end it; the terminal is restored on every way out.

use crate::clock::Clock;
use crate::i18n::Tr;
use crate::report::Filter;
use crate::report::ReportError;
use crate::setup::Opened;
use crate::tui::app::report::{ReportScreen, queries};
use crate::tui::render::report as render;
use crate::views::report::{input_for, training_sessions};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked for other terminals' writes.
const POLL: Duration = Duration::from_millis(200);
/// The figures are worked out again at most this often while the log grows.
const REBUILD: Duration = Duration::from_secs(1);

/// Why the screen could not start.
#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Filter(#[from] ReportError),
}

/// Reads the screen's reports from the log at `clock`'s now.
pub fn load(
    opened: &Opened,
    tr: Tr,
    clock: Clock,
    filter: Filter,
    training: &Path,
) -> Result<ReportScreen, ScreenError> {
    let hall = opened.log.hall().clone();
    // Events another terminal stamped a moment ahead of this clock count too.
    let newest = opened.log.tail(1)?.first().map(|r| r.at);
    let now = newest.map_or(clock.now(), |t| t.max(clock.now()));
    let mut input = input_for(&opened.log, &queries(&hall, &filter, now))?;
    input.sessions = training_sessions(training, &hall);
    input.rules = opened.config.feedback.clone();
    let last = opened.log.last_seq();
    Ok(ReportScreen::new(hall, tr, filter, input, last, now)?)
}

/// Runs the screen until it is told to stop.
pub fn run(
    mut opened: Opened,
    tr: Tr,
    clock: Clock,
    filter: Filter,
    training: PathBuf,
) -> Result<(), ScreenError> {
    let screen = load(&opened, tr, clock, filter, &training)?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut terminal = ratatui::init();
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(
        &mut terminal,
        screen,
        &mut opened,
        clock,
        colour,
        &stop,
        &training,
    );
    done.store(true, Ordering::Relaxed);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut screen: ReportScreen,
    opened: &mut Opened,
    clock: Clock,
    colour: bool,
    stop: &AtomicBool,
    training: &Path,
) -> Result<(), ScreenError> {
    let mut dirty = true;
    let mut last_second = clock.now().timestamp();
    let mut last_poll = StdInstant::now();
    let mut last_build = StdInstant::now();
    let mut pending = false;
    while !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| render::render(&screen, colour, f))?;
            dirty = false;
        }
        let wait = POLL.saturating_sub(last_poll.elapsed());
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL)
                        && key.code == KeyCode::Char('c');
                    if ctrl_c || matches!(key.code, KeyCode::Char('q' | 'Q') | KeyCode::Esc) {
                        return Ok(());
                    }
                    if matches!(key.code, KeyCode::Char('l' | 'L')) {
                        screen.next_language();
                        dirty = true;
                    }
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
            }
        }
        let now = clock.now();
        if last_poll.elapsed() >= POLL {
            last_poll = StdInstant::now();
            // A log we cannot read just now is shown as it was; the next poll retries.
            if opened.log.refresh().unwrap_or(false) {
                pending = true;
            }
        }
        if screen.day_changed(now) {
            let tr = Tr::new(screen.lang());
            screen = load(opened, tr, clock, screen.filter.clone(), training)?;
            dirty = true;
            continue;
        }
        let second = now.timestamp() != last_second;
        if (pending && last_build.elapsed() >= REBUILD) || (second && now.timestamp() % 60 == 0) {
            let fresh = opened
                .log
                .events(screen.last_seq, usize::MAX >> 1)
                .unwrap_or_default();
            screen.add(fresh, now);
            pending = false;
            last_build = StdInstant::now();
            dirty = true;
        }
        if second {
            last_second = now.timestamp();
            screen.now = screen.now.max(now);
            dirty = true;
        }
    }
    Ok(())
}
