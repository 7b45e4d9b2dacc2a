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
use super::tables::{Table, Words, tables};
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
