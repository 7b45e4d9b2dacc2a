//! A footer of clickable buttons, laid out left to right and wrapped: the same
//! layout answers where to draw them and which one a mouse click hit.

use crate::i18n::Tr;
use crate::tui::app::Action;
use ratatui::layout::Rect;

/// One clickable button of a footer.
#[derive(Clone, Debug, PartialEq)]
pub struct Button {
    pub area: Rect,
    pub label: String,
    pub action: Action,
}

/// A footer's buttons: key, message id and action, in order.
pub type Keys = [(&'static str, &'static str, Action)];

/// The mark of a button whose action this user may not take: it stays on
/// show, marked, so nobody hunts for a key that was silently taken away.
pub const NOT_AVAILABLE: &str = "✗";

/// Lays buttons out left to right, wrapping to more rows, with full or key-only
/// labels; `marked` ones carry [`NOT_AVAILABLE`].
fn lay_out(tr: &Tr, keys: &Keys, area: Rect, full: bool, marked: &[Action]) -> Vec<Button> {
    let mut out = Vec::new();
    let (mut x, mut y) = (area.x, area.y);
    for (key, msg, action) in keys {
        let mut label = if full {
            format!("[{key}] {}", tr.t(msg))
        } else {
            format!("[{key}]")
        };
        if marked.contains(action) {
            label.push_str(NOT_AVAILABLE);
        }
        let w = label.chars().count() as u16;
        if x > area.x && x + w > area.right() {
            x = area.x;
            y += 1;
        }
        if y >= area.bottom() {
            break;
        }
        out.push(Button {
            area: Rect::new(x, y, w.min(area.width), 1),
            label,
            action: action.clone(),
        });
        x += w + if full { 2 } else { 1 };
    }
    out
}

/// Rows the buttons take at this width, and whether they carry their words: on a
/// narrow screen every key stays, its words go (the help lists them).
fn footer_shape(tr: &Tr, keys: &Keys, width: u16, height: u16, marked: &[Action]) -> (u16, bool) {
    let rows = |full| {
        lay_out(tr, keys, Rect::new(0, 0, width, 20), full, marked)
            .last()
            .map_or(1, |b| b.area.y + 1)
    };
    let full = rows(true);
    if full <= 2 || (full <= 3 && height >= 20) {
        (full, true)
    } else {
        (rows(false), false)
    }
}

/// The footer's place on a screen of this size.
pub fn footer_area(tr: &Tr, keys: &Keys, area: Rect, marked: &[Action]) -> Rect {
    let (rows, _) = footer_shape(tr, keys, area.width, area.height, marked);
    Rect::new(area.x, area.bottom().saturating_sub(rows), area.width, rows)
}

/// The buttons in `area` (as `footer_area` gives it): with their words when all
/// of them fit so, else keys only.
pub fn buttons(tr: &Tr, keys: &Keys, area: Rect, marked: &[Action]) -> Vec<Button> {
    let full = lay_out(tr, keys, area, true, marked);
    if full.len() == keys.len() {
        full
    } else {
        lay_out(tr, keys, area, false, marked)
    }
}
