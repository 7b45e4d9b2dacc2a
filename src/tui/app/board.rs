//! The hall display board's state between frames (`frontdesk board`): what
//! customers see on the big screen. `views::board` builds its view from the
//! log's state, `render::board` draws it, `render::font` holds its large
//! characters, and `tui::board` runs it on a terminal: no keys needed, the
//! hall's languages in turn, every terminal's change within a second, and the
//! bell when a window starts closing.

pub use crate::views::board::{BoardView, board_view};

use crate::domain::{Hall, Instant, State, WindowId};
use crate::i18n::{Lang, Tr};
use std::collections::BTreeSet;
use std::time::Duration;

/// The board between two frames: its view, its languages, and which windows
/// were closing at the last look, so a new one rings the bell once.
pub struct Board {
    pub view: BoardView,
    pub langs: Vec<Lang>,
    translators: Vec<Tr>,
    rotate: Duration,
    bell: bool,
    closing: BTreeSet<WindowId>,
}

impl Board {
    pub fn new(
        hall: &Hall,
        state: &State,
        now: Instant,
        langs: Vec<Lang>,
        rotate: Duration,
        bell: bool,
    ) -> Board {
        let langs = if langs.is_empty() {
            vec![Lang::En]
        } else {
            langs
        };
        let view = board_view(hall, state, now);
        Board {
            closing: view.closing(),
            view,
            translators: langs.iter().map(|l| Tr::new(*l)).collect(),
            langs,
            rotate: rotate.max(Duration::from_secs(1)),
            bell,
        }
    }

    /// Builds the view afresh; true when the bell should ring: a window has
    /// started closing since the last look and the hall wants the bell.
    pub fn refresh(&mut self, hall: &Hall, state: &State, now: Instant) -> bool {
        self.view = board_view(hall, state, now);
        let closing = self.view.closing();
        let new = closing.difference(&self.closing).next().is_some();
        self.closing = closing;
        new && self.bell
    }

    /// The language on screen `elapsed` after the board started.
    pub fn lang_at(&self, elapsed: Duration) -> usize {
        let turn = elapsed.as_secs() / self.rotate.as_secs().max(1);
        (turn % self.langs.len() as u64) as usize
    }

    pub fn tr(&self, index: usize) -> &Tr {
        &self.translators[index.min(self.translators.len() - 1)]
    }
}
