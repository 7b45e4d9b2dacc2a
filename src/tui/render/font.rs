//! Large characters for the board, readable across a hall: a 5×7 dot font for
//! ticket labels (A–Z, 0–9) and the arrow to the window, drawn with half-block
//! characters so that each dot is square on a terminal, at any whole scale.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

const COLS: u16 = 5;
const ROWS: u16 = 7;

/// The dots of one character, top row first; `#` is ink.
fn glyph(c: char) -> Option<[&'static str; 7]> {
    Some(match c.to_ascii_uppercase() {
        '0' => [
            " ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### ",
        ],
        '1' => [
            "  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### ",
        ],
        '2' => [
            " ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####",
        ],
        '3' => [
            "#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### ",
        ],
        '4' => [
            "   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # ",
        ],
        '5' => [
            "#####", "#    ", "#### ", "    #", "    #", "#   #", " ### ",
        ],
        '6' => [
            "  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### ",
        ],
        '7' => [
            "#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   ",
        ],
        '8' => [
            " ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### ",
        ],
        '9' => [
            " ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  ",
        ],
        'A' => [
            " ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #",
        ],
        'B' => [
            "#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### ",
        ],
        'C' => [
            " ### ", "#   #", "#    ", "#    ", "#    ", "#   #", " ### ",
        ],
        'D' => [
            "###  ", "#  # ", "#   #", "#   #", "#   #", "#  # ", "###  ",
        ],
        'E' => [
            "#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####",
        ],
        'F' => [
            "#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    ",
        ],
        'G' => [
            " ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ####",
        ],
        'H' => [
            "#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #",
        ],
        'I' => [
            " ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### ",
        ],
        'J' => [
            "  ###", "   # ", "   # ", "   # ", "   # ", "#  # ", " ##  ",
        ],
        'K' => [
            "#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #",
        ],
        'L' => [
            "#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####",
        ],
        'M' => [
            "#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #",
        ],
        'N' => [
            "#   #", "#   #", "##  #", "# # #", "#  ##", "#   #", "#   #",
        ],
        'O' => [
            " ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### ",
        ],
        'P' => [
            "#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    ",
        ],
        'Q' => [
            " ### ", "#   #", "#   #", "#   #", "# # #", "#  # ", " ## #",
        ],
        'R' => [
            "#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #",
        ],
        'S' => [
            " ####", "#    ", "#    ", " ### ", "    #", "    #", "#### ",
        ],
        'T' => [
            "#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ",
        ],
        'U' => [
            "#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### ",
        ],
        'V' => [
            "#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  ",
        ],
        'W' => [
            "#   #", "#   #", "#   #", "# # #", "# # #", "# # #", " # # ",
        ],
        'X' => [
            "#   #", "#   #", " # # ", "  #  ", " # # ", "#   #", "#   #",
        ],
        'Y' => [
            "#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  ",
        ],
        'Z' => [
            "#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####",
        ],
        '>' => [
            "     ", "  #  ", "   # ", "#####", "   # ", "  #  ", "     ",
        ],
        ' ' => ["     "; 7],
        _ => return None,
    })
}

/// Whether every character of `text` has a large form.
pub fn supports(text: &str) -> bool {
    text.chars().all(|c| glyph(c).is_some())
}

/// Columns `text` takes at `scale`: each character and a one-dot gap between.
pub fn width(text: &str, scale: u16) -> u16 {
    let n = text.chars().count() as u16;
    if n == 0 {
        return 0;
    }
    (n * (COLS + 1) - 1).saturating_mul(scale)
}

/// Rows the characters take at `scale`: two dots to a row.
pub fn height(scale: u16) -> u16 {
    (ROWS * scale).div_ceil(2)
}

/// Text in the large font; what does not fit its area is cut off, never wrapped.
pub struct BigText<'a> {
    pub text: &'a str,
    pub scale: u16,
    pub style: Style,
}

impl BigText<'_> {
    fn ink(&self, x: u16, y: u16) -> bool {
        let s = self.scale.max(1);
        let (dx, dy) = (x / s, y / s);
        let index = usize::from(dx / (COLS + 1));
        let col = dx % (COLS + 1);
        if col == COLS || dy >= ROWS {
            return false;
        }
        self.text
            .chars()
            .nth(index)
            .and_then(glyph)
            .and_then(|g| g[usize::from(dy)].as_bytes().get(usize::from(col)).copied())
            == Some(b'#')
    }
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let w = width(self.text, self.scale.max(1)).min(area.width);
        let h = height(self.scale.max(1)).min(area.height);
        for row in 0..h {
            for col in 0..w {
                let top = self.ink(col, row * 2);
                let bottom = self.ink(col, row * 2 + 1);
                let symbol = match (top, bottom) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) => continue,
                };
                if let Some(cell) = buf.cell_mut((area.x + col, area.y + row)) {
                    cell.set_symbol(symbol).set_style(self.style);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, scale: u16) -> Vec<String> {
        let area = Rect::new(0, 0, width(text, scale), height(scale));
        let mut buf = Buffer::empty(area);
        BigText {
            text,
            scale,
            style: Style::default(),
        }
        .render(area, &mut buf);
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_glyph_is_five_by_seven() {
        for c in ('0'..='9').chain('A'..='Z').chain(['>', ' ']) {
            let g = glyph(c).unwrap_or_else(|| panic!("no glyph for {c}"));
            assert!(g.iter().all(|row| row.len() == 5), "{c}");
        }
        assert!(supports("A030>12"));
        assert!(!supports("Ж1"));
    }

    #[test]
    fn a_one_is_drawn_with_square_dots() {
        assert_eq!(drawn("1", 1), vec![" ▄█  ", "  █  ", "  █  ", " ▀▀▀ "]);
        assert_eq!(width("A030", 1), 23);
        assert_eq!(height(2), 7);
        assert_eq!(drawn("A030", 2).len(), 7);
    }

    #[test]
    fn a_small_area_cuts_the_text_off() {
        let area = Rect::new(0, 0, 3, 1);
        let mut buf = Buffer::empty(area);
        BigText {
            text: "88",
            scale: 3,
            style: Style::default(),
        }
        .render(area, &mut buf);
        assert_eq!(buf.area, area);
    }
}
