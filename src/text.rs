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

/// `s` without control characters (escape sequences included) and
/// bidirectional overrides, its line breaks kept: for longer texts such as
/// phrases, which may run over several lines.
pub fn without_controls(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\n' || !(c.is_control() || is_bidi_control(c)))
        .collect()
}

/// `s` in at most `width` columns: whole when it fits, else cut after the
/// last whole word that leaves room for "…", so a narrow screen shows "DEMO
/// HALL…" rather than "DEMO HALL (" and the reader sees that something was
/// left out. A single word longer than the room is cut inside it.
pub fn cut_at_word(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let room: String = s.chars().take(width - 1).collect();
    let next = s.chars().nth(width - 1);
    let at_word = if next == Some(' ') {
        room.as_str()
    } else {
        room.rfind(' ').map_or("", |i| &room[..i])
    };
    // A cut right after a separator or an opening bracket reads as a fault.
    let kept = at_word.trim_end_matches(|c: char| c.is_whitespace() || "·—–-,;:([{".contains(c));
    let kept = if kept.is_empty() {
        room.trim_end()
    } else {
        kept
    };
    format!("{kept}…")
}

/// Bidirectional overrides can reorder what follows them on screen.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn a_cut_falls_between_words_and_shows() {
        use super::cut_at_word;
        let t = "Riverside Bank · DEMO HALL (sample data)";
        assert_eq!(cut_at_word(t, 60), t);
        assert_eq!(cut_at_word(t, t.chars().count()), t);
        assert_eq!(cut_at_word(t, 30), "Riverside Bank · DEMO HALL…");
        assert_eq!(cut_at_word(t, 28), "Riverside Bank · DEMO HALL…");
        assert_eq!(cut_at_word(t, 20), "Riverside Bank…");
        assert_eq!(cut_at_word("Pénztár", 4), "Pén…");
        assert_eq!(cut_at_word(t, 1), "…");
        assert_eq!(cut_at_word(t, 0), "");
        for w in 0..45 {
            assert!(cut_at_word(t, w).chars().count() <= w, "{w}");
        }
    }

    #[test]
    fn strips_escape_sequences_and_controls() {
        assert_eq!(clean("Win\x1b[31mdow\x07 1"), "Win[31mdow 1");
        assert_eq!(clean("a\tb\nc"), "a b c");
        assert_eq!(clean("Ablak\u{202E}1"), "Ablak1");
        assert_eq!(clean("Каса №2"), "Каса №2");
    }
}
