//! A report written out: `text` for the terminal, `md` for mail and wikis,
//! `csv` for a spreadsheet (one tidy table per figure group), `json` (the
//! report itself, with stable field names) and `html`, one self-contained page
//! with SVG charts that prints on A4 portrait.

pub mod csv;
pub mod html;
pub mod md;
pub mod svg;
pub mod text;

use super::Report;
use super::tables::{Row, Table, Which, Words, halls_table, tables};
use crate::domain::Hall;
use crate::i18n::Tr;

#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Md,
    Csv,
    Json,
    Html,
}

/// A table asked for by name that the report does not have.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("no table {name}; the tables are {known}")]
pub struct UnknownTable {
    pub name: String,
    pub known: String,
}

/// The names of the report's tables, as CSV's `--table` takes them.
pub fn table_names(tr: &Tr, hall: &Hall, r: &Report) -> Vec<&'static str> {
    let w = Words { tr, hall };
    tables(&w, r).iter().map(|t| t.id).collect()
}

/// Writes the report in a format; `table` picks one table of a CSV.
pub fn render(
    tr: &Tr,
    hall: &Hall,
    r: &Report,
    format: Format,
    table: Option<&str>,
) -> Result<String, UnknownTable> {
    let w = Words { tr, hall };
    let all = tables(&w, r);
    let picked: Vec<&Table> = match table {
        Some(name) => {
            let found: Vec<&Table> = all.iter().filter(|t| t.id == name).collect();
            if found.is_empty() {
                return Err(UnknownTable {
                    name: name.to_string(),
                    known: all.iter().map(|t| t.id).collect::<Vec<_>>().join(", "),
                });
            }
            found
        }
        None => all.iter().collect(),
    };
    Ok(match format {
        Format::Text => text::text(&w, r, &picked),
        Format::Md => md::markdown(&w, r, &picked),
        Format::Csv => csv::csv(&w, &picked),
        Format::Json => serde_json::to_string_pretty(r).unwrap_or_default() + "\n",
        Format::Html => html::html(&w, r, &picked),
    })
}

/// Every hall of a database side by side for one period (`report
/// --all-halls`): text, Markdown or CSV of [`halls_table`], or each hall's
/// whole report as JSON. `words_hall` gives the words their hall (the
/// office's own); `reports` pairs each hall's id with its report.
pub fn halls(
    tr: &Tr,
    words_hall: &Hall,
    reports: &[(String, Report)],
    format: Format,
) -> Option<String> {
    let w = Words {
        tr,
        hall: words_hall,
    };
    let t = halls_table(&w, reports);
    // The period as the first hall's report says it (every hall's is the same days).
    let period: Vec<String> = reports
        .first()
        .map(|(_, r)| crate::report::tables::heading(&w, r))
        .map(|h| h.into_iter().skip(1).take(2).collect())
        .unwrap_or_default();
    // For people the halls are columns (by id, named above the table) and
    // the figures rows, so that a few halls fit a terminal.
    let current: Vec<&Row> = t
        .rows
        .iter()
        .filter(|r| r.which == Which::Current)
        .collect();
    let names: Vec<String> = current
        .iter()
        .map(|r| format!("{}: {}", r.key, r.label))
        .collect();
    let mut grid: Vec<text::Line> = vec![
        std::iter::once((String::new(), false))
            .chain(current.iter().map(|r| (crate::text::clean(&r.key), true)))
            .collect(),
    ];
    for (i, c) in t.columns.iter().enumerate() {
        grid.push(
            std::iter::once((c.label.clone(), false))
                .chain(current.iter().map(|r| {
                    (
                        r.values.get(i).map(|v| w.value(v)).unwrap_or_default(),
                        true,
                    )
                }))
                .collect(),
        );
    }
    Some(match format {
        Format::Text => {
            let mut out = vec![t.title.clone(), "─".repeat(t.title.chars().count())];
            out.extend(period);
            out.push(String::new());
            match &t.empty {
                Some(e) => out.push(e.clone()),
                None => {
                    out.extend(names);
                    out.push(String::new());
                    out.extend(text::align(&grid));
                }
            }
            out.join("\n") + "\n"
        }
        Format::Md => {
            let mut out = vec![format!("# {}", md::escape(&t.title)), String::new()];
            out.extend(period.iter().map(|l| format!("{}  ", md::escape(l))));
            out.push(String::new());
            match &t.empty {
                Some(e) => out.push(md::escape(e)),
                None => {
                    out.extend(names.iter().map(|n| format!("- {}", md::escape(n))));
                    out.push(String::new());
                    out.extend(md::grid_lines(&grid));
                }
            }
            out.join("\n") + "\n"
        }
        Format::Csv => csv::table(&t).join("\n") + "\n",
        Format::Json => {
            let halls: Vec<serde_json::Value> = reports
                .iter()
                .map(|(id, r)| serde_json::json!({ "hall": id, "report": r }))
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({
                "version": crate::report::JSON_VERSION,
                "halls": halls,
            }))
            .unwrap_or_default()
                + "\n"
        }
        Format::Html => return None,
    })
}
