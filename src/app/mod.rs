//! The TUI's state machine: keys become actions, actions update the app state. No
//! terminal I/O here, so every screen can be driven and tested headless.

use crate::i18n::{Lang, Tr};
use crate::view::HallView;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The screens the event loop can show; the counter, planner, board and trainer
/// join this list as they are built.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    CloseOverlay,
    NextLanguage,
}

pub struct App {
    pub screen: Screen,
    pub help: bool,
    pub quit: bool,
    pub tr: Tr,
    pub view: HallView,
    /// Whether to draw in colour (off when NO_COLOR is set).
    pub colour: bool,
}

impl App {
    pub fn new(tr: Tr, view: HallView, colour: bool) -> App {
        App {
            screen: Screen::Overview,
            help: false,
            quit: false,
            tr,
            view,
            colour,
        }
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.help = !self.help,
            Action::CloseOverlay => self.help = false,
            Action::NextLanguage => self.tr = Tr::new(self.tr.lang().next()),
        }
    }

    pub fn set_view(&mut self, view: HallView) {
        self.view = view;
    }
}

/// The one place keys are mapped to actions.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match key.code {
        KeyCode::Char('q') | KeyCode::Char('Q') => Some(Action::Quit),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Action::ToggleHelp),
        KeyCode::Esc => Some(Action::CloseOverlay),
        KeyCode::Char('l') | KeyCode::Char('L') => Some(Action::NextLanguage),
        _ => None,
    }
}

/// Key, description-message pairs for the help overlay.
pub const KEYS: [(&str, &str); 4] = [
    ("q", "key-quit"),
    ("?", "key-help"),
    ("l", "key-language"),
    ("Esc", "key-close"),
];
