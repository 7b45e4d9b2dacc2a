//! Reading a text file a person wrote (a config, a scenario, a CSV, phrases, a
//! key script): it must be UTF-8, and where it is not, the error names the
//! line and column of the first stray byte, as every other file error does.

use std::path::Path;

/// Why a text file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{file}: cannot read it: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}:{line}:{col}: {message}")]
    NotUtf8 {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
}

/// A byte sequence that is not UTF-8, at its place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotUtf8 {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The text of `path`; `file` is how errors name it.
pub fn read(path: &Path, file: &str) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        file: file.to_string(),
        source,
    })?;
    decode(bytes).map_err(|e| ReadError::NotUtf8 {
        file: file.to_string(),
        line: e.line,
        col: e.col,
        message: e.message,
    })
}

/// The bytes as text, or the place of the first one that is not UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
        let (line, col) = crate::tomlfile::line_col(valid, valid.len());
        let byte = bytes.get(at).copied().unwrap_or(0);
        NotUtf8 {
            line,
            col,
            message: format!("not UTF-8 text (byte 0x{byte:02X} here); save the file as UTF-8"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn the_first_stray_byte_is_placed_by_line_and_column() {
        let e = decode(b"a = 1\nname = \"K\xE1ssa\"\n".to_vec()).expect_err("not UTF-8");
        assert_eq!((e.line, e.col), (2, 10));
        assert!(e.message.contains("0xE1"), "{}", e.message);
        // Columns count characters: "Каса" before the byte is four columns.
        let e = decode("Каса\u{20}".bytes().chain([0xFF]).collect()).expect_err("not UTF-8");
        assert_eq!((e.line, e.col), (1, 6));
        assert_eq!(decode(b"ok\n".to_vec()).ok().as_deref(), Some("ok\n"));
    }
}
