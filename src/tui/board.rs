//! The board on a real terminal: draws it full screen, reads the log every
//! 200 ms for other terminals' writes, redraws every second for the clock and
//! on each turn of language, rings the bell when a window starts closing, and
//! restores the terminal on every way out (return, error, panic, SIGTERM,
//! SIGHUP). Customers never touch it; `q`, Esc or Ctrl-C end it for whoever
//! set it up.

use crate::clock::Clock;
use crate::i18n::Lang;
use crate::setup::Opened;
use crate::tui::app::board::Board;
use crate::tui::render::board::{self as render, Look};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked: a change shows within a fifth of a second.
const POLL: Duration = Duration::from_millis(200);

/// How long the board says that its voice is off.
const VOICE_NOTE: Duration = Duration::from_secs(60);

/// The board's voice: a speaker for the calls, or why there is none.
pub struct BoardVoice {
    pub speaker: Option<crate::voice::speaker::Speaker>,
    /// Also announce breaks, as `[voice] breaks` asks.
    pub breaks: bool,
    /// Why the hall wanted speech and gets none (message id), said once.
    pub off: Option<String>,
}

/// Runs the board until it is told to stop. `langs` are the languages it turns
/// through, each for `rotate`.
pub fn run(
    mut opened: Opened,
    clock: Clock,
    langs: Vec<Lang>,
    rotate: Duration,
    voice: BoardVoice,
) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let look = Look {
        colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let bell = opened.config.board.bell;
    let hall = opened.log.hall().clone();
    let mut board = Board::new(&hall, opened.log.state(), clock.now(), langs, rotate, bell);
    let mut terminal = ratatui::init();
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(
        &mut terminal,
        &mut board,
        &mut opened,
        clock,
        look,
        &stop,
        &voice,
    );
    done.store(true, Ordering::Relaxed);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    board: &mut Board,
    opened: &mut Opened,
    clock: Clock,
    look: Look,
    stop: &AtomicBool,
    voice: &BoardVoice,
) -> io::Result<()> {
    let started = StdInstant::now();
    let mut heard = opened.log.last_seq();
    let mut dirty = true;
    let mut last_second = clock.now().timestamp();
    let mut last_poll = StdInstant::now();
    let mut lang = board.lang_at(Duration::ZERO);
    while !stop.load(Ordering::Relaxed) {
        if dirty {
            // Said once: for the board's first minute, then it works silently.
            let note = match (&voice.off, &voice.speaker) {
                (Some(key), _) if started.elapsed() < VOICE_NOTE => {
                    let tr = board.tr(lang);
                    Some(tr.f("voice-off", &[("reason", (&tr.t(key)).into())]))
                }
                (_, Some(s)) => s
                    .failure()
                    .map(|e| board.tr(lang).f("voice-failed", &[("error", (&e).into())])),
                _ => None,
            };
            board.view.note = note;
            let tr = board.tr(lang);
            terminal.draw(|f| render::render(&board.view, tr, &board.langs, look, f))?;
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
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
            }
        }
        let now = clock.now();
        let mut changed = false;
        if last_poll.elapsed() >= POLL {
            last_poll = StdInstant::now();
            // A log we cannot read just now is shown as it was; the next poll retries.
            changed = opened.log.refresh().unwrap_or(false);
        }
        if let Some(speaker) = &voice.speaker {
            if changed && let Ok(events) = opened.log.events(heard, 100_000) {
                heard = events.last().map_or(heard, |r| r.seq);
                let (hall, state) = (opened.log.hall(), opened.log.state());
                for a in crate::views::calls::announcements(hall, state, &events, voice.breaks, now)
                {
                    speaker.say(a);
                }
            }
            // The chime is the terminal's bell, rung from this thread only.
            let bells = speaker.take_bells();
            if bells > 0 {
                let mut out = io::stdout();
                let _ = out
                    .write_all(&b"\x07".repeat(bells))
                    .and_then(|_| out.flush());
            }
        }
        let turn = board.lang_at(started.elapsed());
        if changed || now.timestamp() != last_second || turn != lang {
            last_second = now.timestamp();
            lang = turn;
            if board.refresh(opened.log.hall(), opened.log.state(), now) {
                let mut out = io::stdout();
                let _ = out.write_all(b"\x07").and_then(|_| out.flush());
            }
            dirty = true;
        }
    }
    Ok(())
}
