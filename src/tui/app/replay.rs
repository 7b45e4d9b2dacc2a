//! Replaying a recorded log for the classroom: the events come back one by one
//! as a simulated clock passes their instants, at ×1 to ×60, paused or stepped
//! event by event, and the hall overview and the counters show the hall as it
//! stood. A replay changes nothing: the screens' commands are not run. A
//! training session's log ends on its debrief.

use super::{App, Screen, action_for};
use crate::clock::SimClock;
use crate::domain::{Event, Instant, Recorded, State, WindowId};
use crate::scenario::Scenario;
use crate::scenario::score::{self, Evaluation};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The replay's own keys, as its strip lists them: key and message id.
pub const REPLAY_KEYS: [(&str, &str); 4] = [
    ("F3", "train-key-pause"),
    ("F4", "replay-key-step"),
    ("F5", "train-key-slower"),
    ("F6", "train-key-faster"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplayControl {
    /// A key of the screen being shown: choosing a window, going back.
    Screen(super::Action),
    Pause,
    Step,
    Slower,
    Faster,
    Scroll(i32),
    Language,
    Quit,
}

pub struct Replay {
    pub app: App,
    /// The log being replayed, as the strip names it.
    pub file: String,
    events: Vec<Recorded>,
    /// How many events have been replayed.
    cursor: usize,
    state: State,
    clock: SimClock,
    /// The scenario of a training session's log, read from the log itself.
    pub training: Option<Scenario>,
    /// The latest cue replayed, and when.
    last_cue: Option<(String, Instant)>,
    pub scroll: usize,
    pub quit: bool,
}

impl Replay {
    /// A replay of `events` (a whole log, oldest first). A training session
    /// opens at the trainee's counter, its set-up already done; any other log
    /// opens on the hall overview at its first event.
    pub fn new(
        mut app: App,
        file: String,
        events: Vec<Recorded>,
        training: Option<Scenario>,
        speed: u32,
    ) -> Replay {
        let first = events.first().map(|r| r.at).unwrap_or_default();
        let start = training.as_ref().map_or(first, |s| s.start.max(first));
        let window: Option<WindowId> = training.as_ref().map(|s| s.trainee);
        if let Some(w) = window {
            app.screen = Screen::Counter(w);
        }
        let mut r = Replay {
            app,
            file,
            events,
            cursor: 0,
            state: State::new(),
            clock: SimClock::new(start, speed),
            training,
            last_cue: None,
            scroll: 0,
            quit: false,
        };
        r.advance_to(start);
        r.refresh();
        r
    }

    pub fn now(&self) -> Instant {
        self.clock.now()
    }

    pub fn clock(&self) -> &SimClock {
        &self.clock
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// How many events have been replayed, and how many the log holds.
    pub fn position(&self) -> (usize, usize) {
        (self.cursor, self.events.len())
    }

    pub fn at_end(&self) -> bool {
        self.cursor >= self.events.len()
    }

    /// Whether the debrief is on screen: the end of a training session's log.
    pub fn debrief(&self) -> bool {
        self.at_end() && self.training.is_some()
    }

    /// The latest cue replayed, and when it came.
    pub fn last_cue(&self) -> Option<(&str, Instant)> {
        self.last_cue.as_ref().map(|(c, at)| (c.as_str(), *at))
    }

    pub fn events(&self) -> &[Recorded] {
        &self.events
    }

    /// The training session's score, once its log has been replayed to the end.
    pub fn evaluation(&self) -> Option<Evaluation> {
        let sc = self.training.as_ref()?;
        let end = self.events.last().map_or(sc.end, |r| r.at);
        Some(score::evaluate(sc, &self.events, end, true))
    }

    pub fn tick(&mut self, real: std::time::Duration) {
        if self.at_end() {
            return;
        }
        let target = self.clock.after(real);
        self.advance_to(target);
        self.refresh();
    }

    /// Replays every event up to `target`; a clock jump in the log moves the
    /// replay's clock with it.
    fn advance_to(&mut self, target: Instant) {
        let mut target = target;
        while let Some(r) = self.events.get(self.cursor) {
            if r.at > target {
                break;
            }
            let r = r.clone();
            self.state.apply(r.at, &r.event);
            self.cursor += 1;
            if let Event::TrainingCue { cue, minutes, .. } = &r.event {
                let jump = chrono::Duration::minutes(minutes.unwrap_or(0));
                target += jump;
                self.last_cue = Some((cue.clone(), r.at + jump));
            }
        }
        let to = match self.events.get(self.cursor) {
            None => self.events.last().map_or(target, |r| r.at.max(self.now())),
            Some(_) => target,
        };
        self.clock.set(to);
    }

    /// Straight to the next event, however far off it is.
    pub fn step(&mut self) {
        if let Some(r) = self.events.get(self.cursor) {
            let at = r.at.max(self.now());
            self.advance_to(at);
            self.refresh();
        }
    }

    pub fn refresh(&mut self) {
        self.app.refresh(&self.state, self.clock.now());
    }

    pub fn update(&mut self, control: ReplayControl) {
        match control {
            ReplayControl::Screen(action) => {
                let effects = self.app.update(action, &self.state, self.clock.now());
                if !effects.is_empty() {
                    self.app.clear_flash();
                    self.app.show(self.app.tr.t("replay-read-only"), true);
                }
                if self.app.quit {
                    self.quit = true;
                }
            }
            ReplayControl::Pause => self.clock.toggle_pause(),
            ReplayControl::Step => self.step(),
            ReplayControl::Slower => self.clock.slower(),
            ReplayControl::Faster => self.clock.faster(),
            ReplayControl::Scroll(by) => {
                self.scroll = if by < 0 {
                    self.scroll.saturating_sub(by.unsigned_abs() as usize)
                } else {
                    self.scroll.saturating_add(by as usize)
                };
            }
            ReplayControl::Language => {
                self.app.tr = crate::i18n::Tr::new(self.app.tr.lang().next());
            }
            ReplayControl::Quit => self.quit = true,
        }
        self.refresh();
    }
}

/// Keys in a replay: its own function keys, the debrief's keys at the end of a
/// training session, else the screen's own (a window's number, Esc, help).
pub fn control_for(key: KeyEvent, r: &Replay) -> Option<ReplayControl> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(ReplayControl::Quit);
    }
    match key.code {
        KeyCode::F(3) => return Some(ReplayControl::Pause),
        KeyCode::F(4) => return Some(ReplayControl::Step),
        KeyCode::F(5) => return Some(ReplayControl::Slower),
        KeyCode::F(6) => return Some(ReplayControl::Faster),
        _ => {}
    }
    if r.debrief() {
        return match key.code {
            KeyCode::Char('q') | KeyCode::Char('Q') | KeyCode::Esc => Some(ReplayControl::Quit),
            KeyCode::Up | KeyCode::Char('k') => Some(ReplayControl::Scroll(-1)),
            KeyCode::Down | KeyCode::Char('j') => Some(ReplayControl::Scroll(1)),
            KeyCode::PageUp => Some(ReplayControl::Scroll(-10)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(ReplayControl::Scroll(10)),
            KeyCode::Char('l') | KeyCode::Char('L') => Some(ReplayControl::Language),
            _ => None,
        };
    }
    action_for(key, &r.app).map(ReplayControl::Screen)
}
