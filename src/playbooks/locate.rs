//! Turning a place in a playbook file into a one-line `file:line:col: key: message`
//! error, the same way the hall config reports its problems, so that a supervisor
//! editing either file reads the same kind of message.

use super::PlaybookError;
use toml::Spanned;

/// serde's marker for the value inside a `Spanned<T>`; it is an implementation
/// detail that must not show up in key paths.
const SPANNED_PREFIX: &str = "$__serde_spanned_private";

pub(super) struct Ctx<'a> {
    pub(super) src: &'a str,
    pub(super) file: &'a str,
}

impl Ctx<'_> {
    pub(super) fn error(&self, offset: usize, key: &str, message: &str) -> PlaybookError {
        let (line, col) = line_col(self.src, offset);
        PlaybookError::Invalid {
            file: self.file.to_string(),
            line,
            col,
            key: one_line(key),
            message: one_line(message),
        }
    }

    pub(super) fn at<T>(&self, value: &Spanned<T>, key: &str, message: &str) -> PlaybookError {
        self.error(value.span().start, key, message)
    }

    pub(super) fn position<T>(&self, value: &Spanned<T>) -> (usize, usize) {
        line_col(self.src, value.span().start)
    }

    pub(super) fn syntax_error(&self, e: &toml::de::Error) -> PlaybookError {
        let span = e.span().unwrap_or(0..0);
        let mut message = e.message().to_string();
        // The bare "duplicate key" leaves the reader hunting for which one.
        if message == "duplicate key"
            && let Some(text) = self.src.get(span.clone())
            && !text.is_empty()
            && !text.contains('\n')
        {
            message = format!("duplicate key `{text}`");
        }
        self.error(span.start, "", &message)
    }

    pub(super) fn serde_error(
        &self,
        e: serde_path_to_error::Error<toml::de::Error>,
    ) -> PlaybookError {
        let mut key = key_path(e.path());
        let inner = e.into_inner();
        let span = inner.span().unwrap_or(0..0);
        let raw = inner.message();
        let message = if let Some(field) = raw.strip_prefix("missing field ") {
            // serde reports a missing field at its table; the key names the field.
            let name = field.trim_matches('`');
            if !key.is_empty() {
                key.push('.');
            }
            key.push_str(name);
            format!("missing key {field}")
        } else {
            humanize(raw)
        };
        self.error(span.start, &key, &message)
    }
}

/// Rewords serde's messages in the terms of TOML rather than of Rust types.
fn humanize(message: &str) -> String {
    message
        .replacen("unknown field", "unknown key", 1)
        .replace("invalid type: map", "invalid type: table")
        .replace("invalid type: sequence", "invalid type: array")
        .replace("floating point", "float")
        .replace("expected a sequence", "expected an array")
        .replace("wanted string or table", "invalid type, expected a string")
}

/// The dotted key path of a serde error, without serde's `Spanned` internals.
fn key_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if key.starts_with(SPANNED_PREFIX) {
                    continue;
                }
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// 1-based line and column of a byte offset; the column counts characters, so
/// that Cyrillic text before an error moves it as many columns as an editor shows.
pub(super) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let mut text = &before[line_start..];
    if line_start == 0 {
        // A byte-order mark is invisible in an editor, so it takes no column.
        text = text.strip_prefix('\u{feff}').unwrap_or(text);
    }
    let line = before.matches('\n').count() + 1;
    (line, text.chars().count() + 1)
}

/// Keeps an error on one line and free of terminal control sequences, whatever
/// text from the file it quotes.
pub(super) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{line_col, one_line};

    #[test]
    fn columns_count_characters() {
        let src = "a\nПерерва = 1\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 2), (2, 1));
        assert_eq!(line_col(src, 2 + "Перерва".len()), (2, 8));
        assert_eq!(line_col("Каса", 1), (1, 1));
        assert_eq!(line_col("x", 100), (1, 2));
        assert_eq!(line_col("\u{feff}ab", "\u{feff}a".len()), (1, 2));
    }

    #[test]
    fn quoted_text_cannot_break_the_line_or_the_terminal() {
        assert_eq!(one_line("a\nb\u{1b}[2J"), "a\\nb\\u{1b}[2J");
        assert_eq!(one_line("x\u{202e}y"), "x\\u{202e}y");
    }
}
