//! Text that came from a config file or a user, made safe to draw on a terminal.

/// Drops control characters (escape sequences included) so a name from a config
/// file can never move the cursor or recolour the screen; tabs and newlines become
/// spaces.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\t' || c == '\n' || c == '\r' {
            out.push(' ');
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// Bidirectional overrides can reorder what follows them on screen.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn strips_escape_sequences_and_controls() {
        assert_eq!(clean("Win\x1b[31mdow\x07 1"), "Win[31mdow 1");
        assert_eq!(clean("a\tb\nc"), "a b c");
        assert_eq!(clean("Ablak\u{202E}1"), "Ablak1");
        assert_eq!(clean("Каса №2"), "Каса №2");
    }
}
