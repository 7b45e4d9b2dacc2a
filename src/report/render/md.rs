//! The report as Markdown: the same tables as the text, as pipe tables, with
//! every text from the config or a user escaped.

use super::text::{Line, grid};
use crate::report::Report;
use crate::report::tables::{Table, Words, heading, notes, summary};

/// Text made literal in Markdown.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '+'
                | '!'
                | '|'
                | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn markdown(w: &Words, r: &Report, tables: &[&Table]) -> String {
    let head = heading(w, r);
    let mut out = vec![format!("# {}", escape(&head[0])), String::new()];
    for line in &head[1..] {
        out.push(format!("{}  ", escape(line)));
    }
    for n in notes(w, r) {
        out.push(String::new());
        out.push(format!("> {}", escape(&n)));
    }
    let summary = summary(w, r);
    if !summary.is_empty() {
        out.push(String::new());
        for s in summary {
            out.push(format!("- {}", escape(&s)));
        }
    }
    for t in tables {
        if t.id == "key" && r.by == crate::report::By::Hall && tables.len() > 1 {
            continue;
        }
        out.push(String::new());
        out.push(format!("## {}", escape(&t.title)));
        out.push(String::new());
        if let (Some(e), true) = (&t.empty, t.rows.is_empty()) {
            out.push(escape(e));
            continue;
        }
        out.extend(grid_lines(&grid(w, t)));
    }
    out.join("\n") + "\n"
}

/// A table's cells as Markdown table lines, the heading ruled off.
pub fn grid_lines(lines: &[Line]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let cells: Vec<String> = line.iter().map(|(s, _)| escape(s)).collect();
        out.push(format!("| {} |", cells.join(" | ")));
        if i == 0 {
            let rule: Vec<&str> = line
                .iter()
                .map(|(_, right)| if *right { "---:" } else { "---" })
                .collect();
            out.push(format!("| {} |", rule.join(" | ")));
        }
    }
    out
}
