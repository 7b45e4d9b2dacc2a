//! The report as plain text for the terminal: the heading, notes, a few
//! sentences, then each table with aligned columns. A table whose only group
//! is the whole hall is written figure by figure, with the period before and
//! the change beside each.

use crate::report::Report;
use crate::report::tables::{Row, Table, Which, Words, heading, notes, summary};

/// Cells of one line, and which are numbers (aligned right).
pub type Line = Vec<(String, bool)>;

/// The lines of a table as cells: heading first.
pub fn grid(w: &Words, t: &Table) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    if t.transposed {
        let pick = |which: Which| t.rows.iter().find(|r| r.total && r.which == which);
        let (now, before, change) = (
            pick(Which::Current),
            pick(Which::Previous),
            pick(Which::Change),
        );
        let mut head = vec![(String::new(), false)];
        for r in [now, before, change].into_iter().flatten() {
            let label = if r.which == Which::Current {
                w.t("report-this-period")
            } else {
                r.label.clone()
            };
            head.push((label, true));
        }
        lines.push(head);
        for (i, c) in t.columns.iter().enumerate() {
            let mut line = vec![(c.label.clone(), false)];
            for r in [now, before, change].into_iter().flatten() {
                line.push((
                    r.values.get(i).map(|v| w.value(v)).unwrap_or_default(),
                    true,
                ));
            }
            lines.push(line);
        }
        return lines;
    }
    let mut head = vec![(t.heading.clone(), false)];
    let numeric: Vec<bool> = (0..t.columns.len())
        .map(|i| {
            t.rows
                .iter()
                .filter_map(|r| r.values.get(i))
                .all(|v| !v.is_text())
        })
        .collect();
    for (c, n) in t.columns.iter().zip(&numeric) {
        head.push((c.label.clone(), *n));
    }
    lines.push(head);
    for r in shown_rows(t) {
        let mut line = vec![(r.label.clone(), false)];
        for (v, n) in r.values.iter().zip(&numeric) {
            line.push((w.value(v), *n));
        }
        lines.push(line);
    }
    lines
}

/// The rows people see: this period's groups and whole, then the whole of
/// the period before and the change (the period before's groups are in CSV
/// and JSON).
pub fn shown_rows(t: &Table) -> impl Iterator<Item = &Row> {
    t.rows
        .iter()
        .filter(|r| r.which == Which::Current || r.total)
}

/// Lines of cells as aligned text: numbers to the right.
pub fn align(lines: &[Line]) -> Vec<String> {
    let cols = lines.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|i| {
            lines
                .iter()
                .filter_map(|l| l.get(i))
                .map(|(s, _)| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    lines
        .iter()
        .map(|l| {
            let cells: Vec<String> = l
                .iter()
                .enumerate()
                .map(|(i, (s, right))| {
                    let pad = widths[i].saturating_sub(s.chars().count());
                    if *right {
                        format!("{}{s}", " ".repeat(pad))
                    } else {
                        format!("{s}{}", " ".repeat(pad))
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

pub fn text(w: &Words, r: &Report, tables: &[&Table]) -> String {
    let mut out: Vec<String> = heading(w, r);
    let notes = notes(w, r);
    if !notes.is_empty() {
        out.push(String::new());
        out.extend(notes.iter().map(|n| format!("! {n}")));
    }
    let summary = summary(w, r);
    if !summary.is_empty() {
        out.push(String::new());
        out.extend(summary);
    }
    for t in tables {
        // For the whole hall every table carries the period before and the
        // change, so the key figures would only repeat them.
        if t.id == "key" && r.by == crate::report::By::Hall && tables.len() > 1 {
            continue;
        }
        out.push(String::new());
        out.push(t.title.clone());
        out.push("─".repeat(t.title.chars().count()));
        match &t.empty {
            Some(e) if t.rows.is_empty() => out.push(e.clone()),
            _ => out.extend(align(&grid(w, t))),
        }
    }
    out.join("\n") + "\n"
}
