//! The report as CSV for a spreadsheet: one tidy table per figure group (one
//! row per period and group, one column per figure), tables parted by a blank
//! line. Column names are the JSON's and never translated; the group's name
//! in the reader's language sits beside its machine name. Minutes and shares
//! keep four decimals; a figure that does not exist is an empty cell.

use crate::report::Unit;
use crate::report::tables::{Table, Value, Which, Words};

/// A field quoted when it needs to be.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn raw(v: &Value) -> String {
    match v {
        Value::Text(s) => field(s),
        Value::Num(_, None) | Value::Delta(_, None) => String::new(),
        Value::Num(Unit::Count, Some(x)) | Value::Delta(Unit::Count, Some(x)) => {
            format!("{}", x.round() as i64)
        }
        Value::Num(_, Some(x)) | Value::Delta(_, Some(x)) => {
            let s = format!("{x:.4}");
            if s == "-0.0000" { "0.0000".into() } else { s }
        }
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::Count => "count",
        Unit::Minutes => "minutes",
        Unit::Share => "share",
        Unit::Ratio => "ratio",
    }
}

/// One table as CSV lines.
pub fn table(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    if t.id == "key" {
        out.push("figure,unit,current,previous,change".to_string());
        for r in &t.rows {
            let u = match r.values.first() {
                Some(Value::Num(u, _)) => unit(*u),
                _ => "",
            };
            let mut cells = vec![field(&r.key), u.to_string()];
            cells.extend(r.values.iter().map(raw));
            out.push(cells.join(","));
        }
        return out;
    }
    let mut head = vec![
        "period".to_string(),
        t.key_id.to_string(),
        format!("{}_name", t.key_id),
    ];
    head.extend(t.columns.iter().map(|c| c.id.to_string()));
    out.push(head.join(","));
    for r in t.rows.iter().filter(|r| r.which != Which::Change) {
        let mut cells = vec![r.which.code().to_string(), field(&r.key), field(&r.label)];
        cells.extend(r.values.iter().map(raw));
        out.push(cells.join(","));
    }
    out
}

pub fn csv(_w: &Words, tables: &[&Table]) -> String {
    let parts: Vec<String> = tables.iter().map(|t| table(t).join("\n")).collect();
    parts.join("\n\n") + "\n"
}
