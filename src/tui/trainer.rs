//! The terminal loops of trainer mode and of a replay: draw, turn input into
//! the state machine's controls, and let real time pass on the simulated
//! clock. The terminal is restored on every way out, as the hall's screens
//! restore it: return, error, panic, SIGTERM and SIGHUP.

use crate::store::Log;
use crate::tui::app::replay::{self, Replay};
use crate::tui::app::trainer::{self, Control, Trainer};
use crate::tui::render;
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

/// How often the clock moves on screen: at ×60 a tenth of a second is six
/// simulated seconds, smooth enough to read.
const TICK: Duration = Duration::from_millis(100);

/// Runs `body` on the terminal, restoring it however `body` ends.
fn on_terminal(
    body: impl FnOnce(&mut DefaultTerminal, &AtomicBool) -> io::Result<()>,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = body(&mut terminal, &stop);
    done.store(true, Ordering::Relaxed);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// A training session on the screen until the trainer quits. Events are
/// written to `log` as they happen, so a session cut short is still recorded.
pub fn run_trainer(t: &mut Trainer, log: &mut Log) -> io::Result<()> {
    on_terminal(|terminal, stop| {
        let mut last = StdInstant::now();
        while !t.quit && !stop.load(Ordering::Relaxed) {
            terminal.draw(|f| render::trainer::render(t, f))?;
            if event::poll(TICK)? {
                let control = match event::read()? {
                    Event::Key(key) => trainer::control_for(key, t),
                    Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                        let size = terminal.size()?;
                        let area = Rect::new(0, 0, size.width, size.height);
                        if t.debrief() || t.briefing {
                            None
                        } else {
                            let counter = render::trainer::areas(t, area).counter;
                            crate::tui::clicked(&t.app, counter, m.column, m.row)
                                .map(Control::Counter)
                        }
                    }
                    _ => None,
                };
                if let Some(c) = control {
                    t.update(c);
                }
            }
            let now = StdInstant::now();
            t.tick(now - last);
            last = now;
            if let Err(e) = crate::scenario::session::save(log, &mut t.session) {
                // The next tick tries again; the trainer sees why meanwhile.
                t.app.show(e.to_string(), true);
            }
        }
        Ok(())
    })
}

/// A replay on the screen until the viewer quits.
pub fn run_replay(r: &mut Replay) -> io::Result<()> {
    on_terminal(|terminal, stop| {
        let mut last = StdInstant::now();
        while !r.quit && !stop.load(Ordering::Relaxed) {
            terminal.draw(|f| render::trainer::render_replay(r, f))?;
            if event::poll(TICK)?
                && let Event::Key(key) = event::read()?
                && let Some(c) = replay::control_for(key, r)
            {
                r.update(c);
            }
            let now = StdInstant::now();
            r.tick(now - last);
            last = now;
        }
        Ok(())
    })
}
