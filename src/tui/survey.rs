//! The survey screen on a real terminal (`frontdesk survey --window N`): it
//! watches the log for services ending at its window, takes touches, clicks
//! and keys, records the rating, and clears itself on time. The terminal is
//! restored on every way out (return, error, panic, SIGTERM, SIGHUP); only
//! Ctrl-C ends it, since customers touch it.

use crate::clock::Clock;
use crate::domain::WindowId;
use crate::feedback::FeedbackCommand;
use crate::i18n::Lang;
use crate::setup::Opened;
use crate::tui::app::survey::{self, Rate, Survey};
use crate::tui::render::survey as render;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked: a service ending shows within a fifth of a second.
const POLL: Duration = Duration::from_millis(200);

pub fn run(
    mut opened: Opened,
    lang: Lang,
    clock: Clock,
    origin: String,
    window: WindowId,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let rules = opened.config.feedback.clone();
    let hall = opened.log.hall().clone();
    let mut s = Survey::new(
        &hall,
        window,
        lang,
        rules.survey_ask_seconds,
        rules.survey_thanks_seconds,
        colour,
    );
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(&mut terminal, &mut s, &mut opened, clock, &origin, &stop);
    done.store(true, Ordering::Relaxed);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    s: &mut Survey,
    opened: &mut Opened,
    clock: Clock,
    origin: &str,
    stop: &AtomicBool,
) -> io::Result<()> {
    // Only services that end from now on are asked about.
    let mut seen = opened.log.last_seq();
    let mut quality = crate::views::feedback::Tracker::default();
    // A log we cannot read just now is read again at the first rating.
    let _ = quality.catch_up(&opened.log);
    let mut dirty = true;
    let mut last_poll = StdInstant::now();
    let mut last_second = clock.now().timestamp();
    while !s.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| render::render(s, f))?;
            dirty = false;
        }
        let wait = POLL.saturating_sub(last_poll.elapsed());
        let mut rate: Option<Rate> = None;
        if event::poll(wait)? {
            let action = match event::read()? {
                Event::Key(key) => survey::action_for(key, s),
                Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                    let size = terminal.size()?;
                    render::clicked(s, Rect::new(0, 0, size.width, size.height), m.column, m.row)
                }
                Event::Resize(_, _) => {
                    dirty = true;
                    None
                }
                _ => None,
            };
            if let Some(a) = action {
                rate = s.update(a, clock.now());
                dirty = true;
            }
        }
        if last_poll.elapsed() >= POLL {
            last_poll = StdInstant::now();
            // A log we cannot read just now is looked at again at the next poll.
            if opened.log.refresh().unwrap_or(false)
                && let Ok(events) = opened.log.events_of(&survey::WATCHED, seen, usize::MAX)
            {
                for r in &events {
                    seen = seen.max(r.seq);
                    if let Some(kept) = s.observe(r) {
                        // The last customer's face, kept; the screen has
                        // moved on to the next one already.
                        save(s, opened, &mut quality, kept, clock, origin, false);
                    }
                    dirty = true;
                }
                seen = seen.max(opened.log.last_seq());
            }
        }
        let now = clock.now();
        if now.timestamp() != last_second {
            last_second = now.timestamp();
            if let Some(kept) = s.tick(now) {
                rate = rate.or(Some(kept));
            }
            dirty = true;
        }
        if let Some(r) = rate {
            save(s, opened, &mut quality, r, clock, origin, true);
            dirty = true;
        }
    }
    Ok(())
}

/// Records a rating; the customer is thanked once it is on disk (`thank`).
fn save(
    s: &mut Survey,
    opened: &mut Opened,
    quality: &mut crate::views::feedback::Tracker,
    r: Rate,
    clock: Clock,
    origin: &str,
    thank: bool,
) {
    let now = clock.now();
    let cmd = FeedbackCommand::Rate {
        window: s.window,
        ticket: r.ticket,
        score: r.score,
        reason: r.reason,
        lang: r.lang.code().to_string(),
    };
    let ok = crate::tui::feedback::record(opened, quality, s.tr(), &cmd, now, origin).is_ok();
    if thank {
        s.saved(ok, now);
    }
}
