//! The terminal event loop: draws the app, turns input into actions, and redraws
//! when a key is pressed, when any process writes to the log, or once a second
//! for the clock. The terminal is restored on every way out: return, error,
//! panic (ratatui's hook), SIGTERM and SIGHUP.

use crate::app::{self, App};
use crate::clock::Clock;
use crate::i18n::Tr;
use crate::setup::Opened;
use crate::ui;
use crate::view;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked for other processes' writes.
const POLL: Duration = Duration::from_millis(200);

pub fn run(mut opened: Opened, tr: Tr, clock: Clock, _origin: String) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let view = view::hall_view(opened.log.hall(), opened.log.state(), clock.now());
    let mut app = App::new(tr, view, colour);

    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut app, &mut opened, clock, &stop);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    opened: &mut Opened,
    clock: Clock,
    stop: &AtomicBool,
) -> io::Result<()> {
    let mut dirty = true;
    let mut last_second = clock.now().timestamp();
    let mut last_poll = StdInstant::now();
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| ui::render(app, f))?;
            dirty = false;
        }
        let wait = POLL.saturating_sub(last_poll.elapsed());
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) => {
                    if let Some(action) = app::action_for(key) {
                        app.update(action);
                        dirty = true;
                    }
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
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
            app.set_view(view::hall_view(opened.log.hall(), opened.log.state(), now));
            dirty = true;
        }
    }
    Ok(())
}
