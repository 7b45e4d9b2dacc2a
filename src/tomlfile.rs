//! A TOML file a person wrote — the hall config, a playbook — and errors that point
//! into it: one line, `file:line:col: key: message`, in the terms of TOML rather
//! than of Rust types, so that whoever edits either file reads the same kind of
//! message.

use std::marker::PhantomData;
use std::ops::Range;
use toml::Spanned;

/// serde's marker for the value inside a `Spanned<T>`; it is an implementation
/// detail that must not show up in key paths.
const SPANNED_PREFIX: &str = "$__serde_spanned_private";

/// "key: " before a message, or nothing for a plain syntax error: how every
/// file error of the project starts after its place.
pub fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("{key}: ")
    }
}

/// A place in a file and what is wrong there.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// The dotted key path such as `windows[1].services[0]`; empty for a plain
    /// syntax error.
    pub key: String,
    pub message: String,
}

/// The text of one file being read, turning places in it into errors of type `E`.
pub struct Source<'a, E> {
    pub src: &'a str,
    pub file: &'a str,
    error: PhantomData<E>,
}

impl<'a, E: From<Located>> Source<'a, E> {
    pub fn new(src: &'a str, file: &'a str) -> Self {
        Source {
            src,
            file,
            error: PhantomData,
        }
    }

    pub fn error(&self, offset: usize, key: &str, message: &str) -> E {
        let (line, col) = line_col(self.src, offset);
        E::from(Located {
            file: self.file.to_string(),
            line,
            col,
            key: one_line(key),
            message: one_line(message),
        })
    }

    pub fn at<T>(&self, value: &Spanned<T>, key: &str, message: &str) -> E {
        self.error(value.span().start, key, message)
    }

    /// Line and column of a value, to say where something was first defined.
    pub fn position<T>(&self, value: &Spanned<T>) -> (usize, usize) {
        line_col(self.src, value.span().start)
    }

    pub fn syntax_error(&self, e: &toml::de::Error) -> E {
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

    pub fn serde_error(&self, e: serde_path_to_error::Error<toml::de::Error>) -> E {
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
            self.humanize(raw, span.clone())
        };
        self.error(span.start, &key, &message)
    }

    /// Rewords serde's messages in the terms of TOML rather than of Rust types.
    fn humanize(&self, message: &str, span: Range<usize>) -> String {
        let value_is_datetime = self
            .src
            .get(span)
            .and_then(|text| text.chars().next())
            .is_some_and(|c| c.is_ascii_digit());
        let table = if value_is_datetime {
            "invalid type: date-time"
        } else {
            "invalid type: table"
        };
        message
            .replacen("unknown field", "unknown key", 1)
            .replace("invalid type: map", table)
            .replace("invalid type: sequence", "invalid type: array")
            .replace("floating point", "float")
            .replace("expected i64", "expected an integer")
            .replace("expected f64", "expected a number")
            .replace("expected a sequence", "expected an array")
            .replace("wanted string or table", "invalid type, expected a string")
    }
}

/// The dotted key path of a serde error, without serde's `Spanned` internals.
pub fn key_path(path: &serde_path_to_error::Path) -> String {
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
/// that "Каса" before an error moves it four columns, as an editor shows it.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
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
pub fn one_line(s: &str) -> String {
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
        assert_eq!(line_col("", 5), (1, 1));
        assert_eq!(line_col("x\n", 2), (2, 1));
        assert_eq!(line_col("\u{feff}ab", "\u{feff}a".len()), (1, 2));
        assert_eq!(line_col("é🙂x", "é🙂".len()), (1, 3));
    }

    #[test]
    fn quoted_text_cannot_break_the_line_or_the_terminal() {
        assert_eq!(one_line("a\nb\u{1b}[2J"), "a\\nb\\u{1b}[2J");
        assert_eq!(one_line("x\u{202e}y"), "x\\u{202e}y");
    }
}

/// Four texts as a file writes them, `{ en = "…", hu = "…", ru = "…", uk = "…" }`:
/// a missing language is serde's "missing key", an extra one its "unknown key".
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table of en, hu, ru and uk texts")]
pub struct RawTexts {
    en: Spanned<String>,
    hu: Spanned<String>,
    ru: Spanned<String>,
    uk: Spanned<String>,
}

impl<'a, E: From<Located>> Source<'a, E> {
    /// The four texts, cleaned of control characters; one left empty would
    /// show a blank where a person expects words.
    pub fn texts(&self, raw: &RawTexts, key: &str) -> Result<crate::i18n::Texts, E> {
        let one = |value: &Spanned<String>, lang: &str| {
            let text = crate::text::clean(value.get_ref());
            if text.is_empty() {
                Err(self.at(value, &format!("{key}.{lang}"), "must not be empty"))
            } else {
                Ok(text)
            }
        };
        Ok(crate::i18n::Texts::new(
            one(&raw.en, "en")?,
            one(&raw.hu, "hu")?,
            one(&raw.ru, "ru")?,
            one(&raw.uk, "uk")?,
        ))
    }

    /// A name in kebab-case.
    pub fn kebab(&self, value: &Spanned<String>, key: &str) -> Result<String, E> {
        let text = value.get_ref();
        if is_kebab(text) {
            Ok(text.clone())
        } else {
            Err(self.at(
                value,
                key,
                &format!(
                    "must be kebab-case (lowercase letters and digits joined by single hyphens), got {text:?}"
                ),
            ))
        }
    }

    /// A file's `id`: kebab-case and the file's own name, which is how a
    /// hall's or a trainer's file replaces a shipped one, so the two may not
    /// drift apart.
    pub fn file_id(&self, value: &Spanned<String>) -> Result<String, E> {
        let id = self.kebab(value, "id")?;
        let stem = std::path::Path::new(self.file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if id == stem {
            Ok(id)
        } else {
            Err(self.at(
                value,
                "id",
                &format!("must match the file name: expected {stem:?}, got {id:?}"),
            ))
        }
    }
}

/// Whether a name is lowercase words of letters and digits joined by single
/// hyphens: ids end up in file names, in the log and on the command line.
pub fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The `.toml` files of a folder, sorted by name.
pub fn toml_files(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let is_toml = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("toml"));
        if is_toml && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod kebab_tests {
    use super::is_kebab;

    #[test]
    fn kebab_case() {
        for good in ["a", "after-cutoff", "lunch-in-five", "step-2", "10-minutes"] {
            assert!(is_kebab(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "After", "a_b", "a b", "é", "a.b"] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
