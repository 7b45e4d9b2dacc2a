//! The report as one self-contained HTML page in the hall's language: the
//! heading, the headline figures, four SVG charts and the tables, laid out
//! for A4 portrait (nothing is fetched from anywhere). A day's report for the
//! whole hall fits one sheet; a month's, three at most.

use super::svg::{self, esc};
use super::text::shown_rows;
use crate::report::tables::{Table, Value, Which, Words, heading, notes, quality_summary};
use crate::report::{Report, key_figures};
use std::fmt::Write;

/// Rows of the overrides table on paper; the rest are counted.
const OVERRIDES_ON_PAPER: usize = 8;

const STYLE: &str = "@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: 6.3pt; line-height: 1.2; }
main { width: 190mm; }
h1 { font-size: 12pt; margin: 0 0 0.5mm; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 7.4pt; margin: 0 0 0.6mm; }
p { margin: 0; }
.meta { color: #333; overflow-wrap: anywhere; }
.notes { margin: 1mm 0 0; padding: 0.8mm 1.5mm; border-left: 0.8mm solid #b3261e; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 1mm; margin: 1.2mm 0; }
.tile { border: 0.25mm solid #999; padding: 0.4mm 1mm; break-inside: avoid; min-width: 0; }
.tile .l { color: #333; overflow-wrap: anywhere; }
.tile .v { font-size: 9.5pt; font-weight: bold; line-height: 1.1; }
.tile .c { color: #333; overflow-wrap: anywhere; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 4mm; margin-bottom: 1.5mm; }
figure { margin: 0; break-inside: avoid; min-width: 0; }
figcaption { font-weight: bold; margin-bottom: 0.3mm; overflow-wrap: anywhere; }
svg { display: block; width: 100%; height: auto; }
.flow { columns: 2; column-gap: 4mm; }
.wide { margin-top: 1.5mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.6mm; break-inside: avoid; table-layout: auto; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3mm; caption-side: top; overflow-wrap: anywhere; }
th, td { padding: 0 0.8mm; border-bottom: 0.15mm solid #bbb; vertical-align: top; overflow-wrap: anywhere; }
th { text-align: left; font-weight: normal; color: #333; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
tr.before td, tr.change td { color: #333; }
.empty { color: #333; margin: 0 0 1.6mm; break-inside: avoid; }
.more { color: #333; margin: -1mm 0 1.6mm; }
";

pub fn html(w: &Words, r: &Report, tables: &[&Table]) -> String {
    let lang = w.lang().code();
    let head = heading(w, r);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(
        out,
        "<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">"
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&head[0]));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>");
    let _ = writeln!(out, "<h1>{}</h1>", esc(&head[0]));
    // The period, what it is set against, the groups and the hour run on in
    // one paragraph: a printed day has no line to spare.
    let meta: Vec<String> = head[1..].iter().map(|l| esc(l)).collect();
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let notes = notes(w, r);
    if !notes.is_empty() {
        out.push_str("<div class=\"notes\">");
        for n in &notes {
            let _ = write!(out, "<p>{}</p>", esc(n));
        }
        out.push_str("</div>\n");
    }
    tiles(w, r, &mut out);
    out.push_str("<div class=\"charts\">\n");
    for (caption, chart) in [
        (w.t("report-chart-waits"), svg::waits(w, r)),
        (w.t("report-chart-timeline"), svg::timeline(w, r)),
        (
            w.t(match r.trend.step {
                crate::report::TrendStep::Day => "report-chart-trend-days",
                crate::report::TrendStep::Week => "report-chart-trend-weeks",
            }),
            svg::trend(w, r),
        ),
        (w.t("report-chart-reasons"), svg::reasons(w, r)),
    ] {
        let _ = writeln!(
            out,
            "<figure><figcaption>{}</figcaption>{chart}</figure>",
            esc(&caption)
        );
    }
    out.push_str("</div>\n");
    // Tables figure by figure flow in two columns; tables with a row per
    // group take the page's width.
    let quality = quality_summary(w, r);
    // The quality summary follows what customers got.
    let mut paper: Vec<&Table> = tables.iter().copied().filter(|t| on_paper(t, r)).collect();
    if let Some(q) = quality.as_ref() {
        let at = paper
            .iter()
            .position(|t| t.id == "customers")
            .map_or(paper.len(), |i| i + 1);
        paper.insert(at, q);
    }
    let (narrow, wide): (Vec<&Table>, Vec<&Table>) = paper
        .into_iter()
        .partition(|t| t.transposed || t.columns.len() <= 3 || t.id == "trainer");
    out.push_str("<div class=\"flow\">\n");
    for t in narrow {
        table(w, t, &mut out);
    }
    out.push_str("</div>\n");
    if !wide.is_empty() {
        out.push_str("<div class=\"wide\">\n");
        for t in wide {
            table(w, t, &mut out);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The tables a printed page carries: the charts stand for the plan against
/// the day and the trend, and the tiles for the key figures.
fn on_paper(t: &Table, r: &Report) -> bool {
    match t.id {
        "key" => r.by != crate::report::By::Hall,
        "plan" | "trend" => false,
        "requests" => r.figures.requests.asked > 0,
        "trainer" => !t.rows.is_empty(),
        // The paper carries the quality summary instead.
        "feedback" | "ratings" | "audits" => false,
        _ => true,
    }
}

/// The headline figures as eight tiles, each with the period before and the change.
fn tiles(w: &Words, r: &Report, out: &mut String) {
    let keys = key_figures(r);
    let pick = [
        "served",
        "mean_wait",
        "within_target",
        "breaks_taken",
        "late_starts",
        "overruns",
        "unwarned_with_queue",
        "promises_kept",
    ];
    out.push_str("<div class=\"tiles\">\n");
    for id in pick {
        let Some(k) = keys.iter().find(|k| k.id == id) else {
            continue;
        };
        let label = w.t(&format!("report-key-{}", id.replace('_', "-")));
        let now = w.value(&Value::Num(k.unit, k.current));
        let before = w.value(&Value::Num(k.unit, k.previous));
        let change = w.value(&Value::Delta(k.unit, k.change));
        let _ = writeln!(
            out,
            "<div class=\"tile\"><div class=\"l\">{}</div><div class=\"v\">{}</div><div class=\"c\">{}: {} · {}</div></div>",
            esc(&label),
            esc(&now),
            esc(&w.previous_label(r.span)),
            esc(&before),
            esc(&change)
        );
    }
    out.push_str("</div>\n");
}

fn table(w: &Words, t: &Table, out: &mut String) {
    if let (Some(e), true) = (&t.empty, t.rows.is_empty()) {
        let _ = writeln!(
            out,
            "<p class=\"empty\"><b>{}</b> — {}</p>",
            esc(&t.title),
            esc(e)
        );
        return;
    }
    let _ = write!(out, "<table><caption>{}</caption>", esc(&t.title));
    if t.transposed {
        let pick = |which: Which| t.rows.iter().find(|r| r.total && r.which == which);
        let cols: Vec<_> = [
            pick(Which::Current),
            pick(Which::Previous),
            pick(Which::Change),
        ]
        .into_iter()
        .flatten()
        .collect();
        out.push_str("<tr><th></th>");
        for r in &cols {
            let label = if r.which == Which::Current {
                w.t("report-this-period")
            } else {
                r.label.clone()
            };
            let _ = write!(out, "<th class=\"n\">{}</th>", esc(&label));
        }
        out.push_str("</tr>");
        for (i, c) in t.columns.iter().enumerate() {
            let _ = write!(out, "<tr><td>{}</td>", esc(&c.label));
            for r in &cols {
                let v = r.values.get(i).map(|v| w.value(v)).unwrap_or_default();
                let _ = write!(out, "<td class=\"n\">{}</td>", esc(&v));
            }
            out.push_str("</tr>");
        }
        out.push_str("</table>\n");
        return;
    }
    let numeric: Vec<bool> = (0..t.columns.len())
        .map(|i| {
            t.rows
                .iter()
                .filter_map(|r| r.values.get(i))
                .all(|v| !v.is_text())
        })
        .collect();
    let _ = write!(out, "<tr><th>{}</th>", esc(&t.heading));
    for (c, n) in t.columns.iter().zip(&numeric) {
        let class = if *n { " class=\"n\"" } else { "" };
        // Headings wrap; only figures stay on one line.
        let _ = write!(
            out,
            "<th{class} style=\"white-space: normal\">{}</th>",
            esc(&c.label)
        );
    }
    out.push_str("</tr>");
    let rows: Vec<_> = shown_rows(t).collect();
    let cut = if t.id == "overrides" {
        OVERRIDES_ON_PAPER
    } else {
        usize::MAX
    };
    for r in rows.iter().take(cut) {
        let class = match (r.total, r.which) {
            (true, Which::Current) => " class=\"total\"",
            (_, Which::Previous) => " class=\"before\"",
            (_, Which::Change) => " class=\"change\"",
            _ => "",
        };
        let _ = write!(out, "<tr{class}><td>{}</td>", esc(&r.label));
        for (v, n) in r.values.iter().zip(&numeric) {
            let cls = if *n { " class=\"n\"" } else { "" };
            let _ = write!(out, "<td{cls}>{}</td>", esc(&w.value(v)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>\n");
    if rows.len() > cut {
        let _ = writeln!(
            out,
            "<p class=\"more\">{}</p>",
            esc(&w.tr.f(
                "report-more-overrides",
                &[("count", crate::i18n::Arg::Num((rows.len() - cut) as i64))]
            ))
        );
    }
}
