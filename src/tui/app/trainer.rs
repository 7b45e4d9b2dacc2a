//! Trainer mode's state machine: the counter screen exactly as a cashier meets
//! it, with the trainer's layer around it — the simulated clock's controls, the
//! trainer panel, and the debrief once the session ends. Keys the counter
//! uses go to the counter; the trainer's own are function keys, which no
//! counter key and no panel's typing can clash with. No terminal I/O here: a
//! test drives this with keys and instants exactly as the screen does.

use super::{Action, App, Effect, action_for};
use crate::scenario::session::Session;
use crate::views::describe;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// How far one press of the step key moves the clock.
pub const STEP_MINUTES: i64 = 1;

/// The trainer's keys, as the strip and the help list them: key and message id.
pub const TRAINER_KEYS: [(&str, &str); 6] = [
    ("F2", "train-key-panel"),
    ("F3", "train-key-pause"),
    ("F4", "train-key-step"),
    ("F5", "train-key-slower"),
    ("F6", "train-key-faster"),
    ("F10", "train-key-finish"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Control {
    /// A key of the counter screen, as a cashier presses it.
    Counter(Action),
    Panel,
    Pause,
    Step,
    Slower,
    Faster,
    /// End the session now and show the debrief.
    Finish,
    /// Scroll the debrief by this many lines.
    Scroll(i32),
    Language,
    Quit,
}

pub struct Trainer {
    /// The trainee's counter, started straight at their window.
    pub app: App,
    pub session: Session,
    /// Whether the trainer panel is shown.
    pub panel: bool,
    /// The first debrief line on screen.
    pub scroll: usize,
    /// The briefing is shown over the counter until the clock is started.
    pub briefing: bool,
    pub quit: bool,
}

impl Trainer {
    pub fn new(app: App, session: Session) -> Trainer {
        let window = session.window();
        let app = app.at_counter(window, session.state(), session.now());
        Trainer {
            app,
            session,
            panel: true,
            scroll: 0,
            briefing: false,
            quit: false,
        }
    }

    /// Whether the debrief is on screen: the session is over.
    pub fn debrief(&self) -> bool {
        self.session.ended()
    }

    /// Lets `real` time pass on the session's clock.
    pub fn tick(&mut self, real: std::time::Duration) {
        self.session.tick(real);
        self.refresh();
    }

    /// Runs the session's script up to `at`, as if the clock had got there.
    pub fn run_until(&mut self, at: crate::domain::Instant) {
        self.session.run_until(at);
        self.refresh();
    }

    pub fn refresh(&mut self) {
        self.app.refresh(self.session.state(), self.session.now());
    }

    pub fn update(&mut self, control: Control) {
        match control {
            Control::Counter(action) => {
                if self.debrief() {
                    return;
                }
                let effects = self
                    .app
                    .update(action, self.session.state(), self.session.now());
                if !effects.is_empty() {
                    self.app.clear_flash();
                }
                for effect in effects {
                    // What follows a refused command assumed it happened, as at
                    // the real counter.
                    if !self.perform(effect) {
                        break;
                    }
                }
                if self.app.quit {
                    self.quit = true;
                }
            }
            Control::Panel => self.panel = !self.panel,
            Control::Pause => {
                if self.briefing {
                    self.briefing = false;
                    self.session.clock_mut().set_paused(false);
                } else {
                    self.session.clock_mut().toggle_pause();
                }
            }
            Control::Step => self.session.step(chrono::Duration::minutes(STEP_MINUTES)),
            Control::Slower => self.session.clock_mut().slower(),
            Control::Faster => self.session.clock_mut().faster(),
            Control::Finish => self.session.finish(),
            Control::Scroll(by) => {
                self.scroll = if by < 0 {
                    self.scroll.saturating_sub(by.unsigned_abs() as usize)
                } else {
                    self.scroll.saturating_add(by as usize)
                };
            }
            Control::Language => {
                self.app.tr = crate::i18n::Tr::new(self.app.tr.lang().next());
            }
            Control::Quit => self.quit = true,
        }
        self.refresh();
    }

    /// Runs one command of the counter against the session and tells the
    /// trainee how it went, as the real counter does; false when refused.
    fn perform(&mut self, effect: Effect) -> bool {
        // The counter only ever asks for commands; the planner's effects
        // cannot come from a trainee's keys.
        let Effect::Execute(cmd) = effect else {
            return true;
        };
        let result = self.session.execute(&cmd);
        let hall = &self.session.scenario().config.hall;
        match result {
            Ok(recorded) => {
                let text: Vec<String> = recorded
                    .iter()
                    .map(|r| describe::event(&self.app.tr, hall, self.session.state(), r))
                    .collect();
                if !text.is_empty() {
                    self.app.show(text.join(" "), false);
                }
                true
            }
            Err(r) => {
                let text = describe::refusal(&self.app.tr, hall, &r);
                self.app.show(text, true);
                false
            }
        }
    }
}

/// The one place trainer mode maps keys: the trainer's function keys first,
/// then the debrief's keys once it shows, else the counter's own mapping.
pub fn control_for(key: KeyEvent, t: &Trainer) -> Option<Control> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    match key.code {
        KeyCode::F(2) => return Some(Control::Panel),
        KeyCode::F(3) => return Some(Control::Pause),
        KeyCode::F(4) => return Some(Control::Step),
        KeyCode::F(5) => return Some(Control::Slower),
        KeyCode::F(6) => return Some(Control::Faster),
        KeyCode::F(10) => return Some(Control::Finish),
        _ => {}
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Control::Quit);
    }
    // The briefing is read before anything happens at the counter.
    if t.briefing {
        return match key.code {
            KeyCode::Enter => Some(Control::Pause),
            KeyCode::Char('q') | KeyCode::Char('Q') => Some(Control::Quit),
            KeyCode::Char('l') | KeyCode::Char('L') => Some(Control::Language),
            _ => None,
        };
    }
    if t.debrief() {
        return match key.code {
            KeyCode::Char('q') | KeyCode::Char('Q') | KeyCode::Esc => Some(Control::Quit),
            KeyCode::Up | KeyCode::Char('k') => Some(Control::Scroll(-1)),
            KeyCode::Down | KeyCode::Char('j') => Some(Control::Scroll(1)),
            KeyCode::PageUp => Some(Control::Scroll(-10)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(Control::Scroll(10)),
            KeyCode::Home => Some(Control::Scroll(i32::MIN + 1)),
            KeyCode::Char('l') | KeyCode::Char('L') => Some(Control::Language),
            _ => None,
        };
    }
    action_for(key, &t.app).map(Control::Counter)
}
