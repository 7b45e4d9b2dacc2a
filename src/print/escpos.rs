//! A ticket as ESC/POS bytes, the language of receipt printers: the hall's
//! name, the number in large print, the service, the time, the people ahead,
//! the estimate and the break line. Text goes out in the Windows code page
//! that holds its letters (1252, 1250 for Hungarian, 1251 for Cyrillic),
//! switched with `ESC t` wherever a line needs another one; a letter no page
//! holds is printed as `?`. Pure: text in, bytes out.

use super::SlipText;
use super::codepage::{CP1250, CP1251, CP1252};
use crate::i18n::Lang;

/// Columns a line is wrapped at: the narrowest common paper (58 mm) prints 32.
pub const COLUMNS: usize = 32;

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;
const LF: u8 = 0x0a;

/// A code page and its number for `ESC t` on Epson's ESC/POS printers, which
/// most others follow.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Cp1252,
    Cp1250,
    Cp1251,
}

impl Page {
    pub fn number(self) -> u8 {
        match self {
            Page::Cp1252 => 16,
            Page::Cp1250 => 45,
            Page::Cp1251 => 46,
        }
    }

    fn table(self) -> &'static [char; 128] {
        match self {
            Page::Cp1252 => &CP1252,
            Page::Cp1250 => &CP1250,
            Page::Cp1251 => &CP1251,
        }
    }

    /// The page a language's own letters are in.
    pub fn of(lang: Lang) -> Page {
        match lang {
            Lang::En => Page::Cp1252,
            Lang::Hu => Page::Cp1250,
            Lang::Ru | Lang::Uk => Page::Cp1251,
        }
    }

    /// The byte for `c`, if this page has it.
    pub fn byte(self, c: char) -> Option<u8> {
        if c.is_ascii() && !c.is_ascii_control() {
            return Some(c as u8);
        }
        if c == '\0' {
            return None;
        }
        self.table()
            .iter()
            .position(|x| *x == c)
            .map(|i| 0x80 + i as u8)
    }

    fn holds(self, text: &str) -> bool {
        text.chars().all(|c| self.byte(c).is_some())
    }
}

/// Letters a code page lacks but a close one stands in for: typographic
/// marks that printers seldom have in every page.
fn plain(c: char) -> char {
    match c {
        '…' => '.',
        '–' | '—' => '-',
        '→' => '>',
        '\u{a0}' => ' ',
        _ => c,
    }
}

/// Bytes being written, with the code page in force.
struct Out {
    bytes: Vec<u8>,
    page: Page,
    prefer: Page,
}

impl Out {
    fn command(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
    }

    fn select(&mut self, page: Page) {
        if page != self.page {
            self.page = page;
            self.command(&[ESC, b't', page.number()]);
        }
    }

    /// One line of text and its line feed, in a page that holds it.
    fn line(&mut self, text: &str) {
        let text: String = text.chars().map(plain).collect();
        if !self.page.holds(&text) {
            let order = [self.prefer, Page::Cp1252, Page::Cp1250, Page::Cp1251];
            if let Some(p) = order.into_iter().find(|p| p.holds(&text)) {
                self.select(p);
            }
        }
        let page = self.page;
        self.bytes
            .extend(text.chars().map(|c| page.byte(c).unwrap_or(b'?')));
        self.bytes.push(LF);
    }

    fn wrapped(&mut self, text: &str) {
        for l in wrap(text, COLUMNS) {
            self.line(&l);
        }
    }
}

/// Greedy word wrap; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word[..width].iter().collect());
            word.drain(..width);
        }
        let n = line.chars().count();
        if n > 0 && n + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.extend(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The ticket's bytes, from the printer's reset to the paper cut.
pub fn ticket(slip: &SlipText, lang: Lang) -> Vec<u8> {
    let prefer = Page::of(lang);
    let mut out = Out {
        bytes: Vec::new(),
        page: prefer,
        prefer,
    };
    // Reset, then the language's page.
    out.command(&[ESC, b'@', ESC, b't', prefer.number()]);
    // Centred, the hall's name in bold.
    out.command(&[ESC, b'a', 1, ESC, b'E', 1]);
    out.wrapped(&slip.hall);
    out.command(&[ESC, b'E', 0, LF]);
    // The number four times as wide and tall.
    out.command(&[GS, b'!', 0x33]);
    out.line(&slip.label);
    out.command(&[GS, b'!', 0x00, ESC, b'E', 1]);
    out.wrapped(&slip.service);
    out.command(&[ESC, b'E', 0]);
    out.line(&slip.issued);
    out.command(&[LF, ESC, b'a', 0]);
    out.wrapped(&slip.ahead);
    out.wrapped(&slip.estimate);
    if let Some(n) = &slip.notice {
        out.command(&[LF, ESC, b'E', 1]);
        out.wrapped(n);
        out.command(&[ESC, b'E', 0]);
    }
    out.command(&[LF, ESC, b'a', 1]);
    out.wrapped(&slip.keep);
    // Feed past the cutter and cut, leaving a hinge.
    out.command(&[GS, b'V', 66, 3]);
    out.bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_finds_its_letters() {
        assert_eq!(Page::Cp1250.byte('ő'), Some(0xf5));
        assert_eq!(Page::Cp1250.byte('Ű'), Some(0xdb));
        assert_eq!(Page::Cp1251.byte('і'), Some(0xb3));
        assert_eq!(Page::Cp1251.byte('ї'), Some(0xbf));
        assert_eq!(Page::Cp1251.byte('є'), Some(0xba));
        assert_eq!(Page::Cp1251.byte('ґ'), Some(0xb4));
        assert_eq!(Page::Cp1251.byte('Я'), Some(0xdf));
        assert_eq!(Page::Cp1252.byte('é'), Some(0xe9));
        assert_eq!(Page::Cp1252.byte('ő'), None);
        assert_eq!(Page::Cp1252.byte('\0'), None);
    }

    #[test]
    fn a_line_another_page_holds_switches_to_it_and_back() {
        let mut out = Out {
            bytes: vec![],
            page: Page::Cp1251,
            prefer: Page::Cp1251,
        };
        out.line("Kovács");
        out.line("Ваш");
        assert_eq!(
            out.bytes,
            [
                &[ESC, b't', 16][..],
                b"Kov\xe1cs\n",
                &[ESC, b't', 46],
                b"\xc2\xe0\xf8\n"
            ]
            .concat()
        );
        out.line("日本");
        assert!(out.bytes.ends_with(b"??\n"));
    }

    #[test]
    fn long_words_and_lines_wrap() {
        assert_eq!(wrap("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }
}
