//! The break notice for the glass and the desk (`frontdesk notice`): the day's
//! published breaks per window, in the chosen languages, as plain text,
//! Markdown or a self-contained HTML page that prints on one A4 sheet. Also
//! the words for whether the notice already on the glass still holds. Pure:
//! the caller writes the document and records that it was printed.

use crate::domain::notice::{self, Glass, NoticeChange};
use crate::domain::{Hall, Instant, State, WindowId};
use crate::i18n::{Arg, Lang, Tr};
use crate::views::words::window_name;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::Serialize;

/// How the notice is written out.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Md,
    Html,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoticeBreak {
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    /// The times customers were shown before the break was moved.
    pub was: Option<(DateTime<Tz>, DateTime<Tz>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoticeWindow {
    pub id: WindowId,
    pub name: Option<String>,
    pub breaks: Vec<NoticeBreak>,
}

/// What one notice says, in no language yet.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeDoc {
    pub hall: String,
    pub day: NaiveDate,
    pub open: NaiveTime,
    pub close: NaiveTime,
    pub warn_lead_minutes: i64,
    /// Windows with a break that day, in the config's order.
    pub windows: Vec<NoticeWindow>,
    pub printed: DateTime<Tz>,
}

/// The notice for `day` as the log stands at `now`.
pub fn build(hall: &Hall, state: &State, day: NaiveDate, now: Instant) -> NoticeDoc {
    let tz = hall.tz;
    let plan = notice::published_plan(hall, state, day);
    let mut windows: Vec<NoticeWindow> = Vec::new();
    let mut ids: Vec<WindowId> = hall.windows.iter().map(|w| w.id).collect();
    // A window the config no longer has still had its break published.
    for b in &plan {
        if !ids.contains(&b.window) {
            ids.push(b.window);
        }
    }
    for id in ids {
        let breaks: Vec<NoticeBreak> = plan
            .iter()
            .filter(|b| b.window == id)
            .map(|b| NoticeBreak {
                start: b.start.with_timezone(&tz),
                end: b.end.with_timezone(&tz),
                was: b
                    .published_was
                    .filter(|was| *was != (b.start, b.end))
                    .map(|(s, e)| (s.with_timezone(&tz), e.with_timezone(&tz))),
            })
            .collect();
        if !breaks.is_empty() {
            windows.push(NoticeWindow {
                id,
                name: hall
                    .window(id)
                    .and_then(|w| w.name.as_deref())
                    .map(crate::text::clean),
                breaks,
            });
        }
    }
    NoticeDoc {
        hall: crate::text::clean(&hall.name),
        day,
        open: hall.hours.open,
        close: hall.hours.close,
        warn_lead_minutes: hall.policy.warn_lead.num_minutes(),
        windows,
        printed: now.with_timezone(&tz),
    }
}

fn hhmm(t: &DateTime<Tz>) -> String {
    t.format("%H:%M").to_string()
}

fn span(start: &DateTime<Tz>, end: &DateTime<Tz>) -> String {
    format!("{}–{}", hhmm(start), hhmm(end))
}

/// A day as each language writes it: "Wednesday, 25 November 2026".
pub fn long_date(tr: &Tr, day: NaiveDate) -> String {
    let weekday = tr.t(&format!(
        "board-weekday-{}",
        day.weekday().number_from_monday()
    ));
    let month = tr.t(&format!("board-month-{}", day.month()));
    tr.f(
        "board-date",
        &[
            ("weekday", (&weekday).into()),
            ("day", (&day.day().to_string()).into()),
            ("month", (&month).into()),
            ("year", (&day.year().to_string()).into()),
        ],
    )
}

/// The words of one language's section, shared by every format.
struct Words {
    lang: Lang,
    title: String,
    date: String,
    hours: String,
    col_window: String,
    col_breaks: String,
    rows: Vec<(String, Vec<String>)>,
    none: Option<String>,
    sentences: Vec<String>,
    as_of: String,
}

fn words(doc: &NoticeDoc, lang: Lang) -> Words {
    let tr = Tr::new(lang);
    let rows = doc
        .windows
        .iter()
        .map(|w| {
            let times = w
                .breaks
                .iter()
                .map(|b| {
                    let now = span(&b.start, &b.end);
                    match &b.was {
                        Some((s, e)) => tr.f(
                            "notice-moved",
                            &[("now", (&now).into()), ("was", (&span(s, e)).into())],
                        ),
                        None => now,
                    }
                })
                .collect();
            (window_name(&tr, w.id, &w.name), times)
        })
        .collect();
    Words {
        lang,
        title: tr.t("notice-title"),
        date: long_date(&tr, doc.day),
        hours: tr.f(
            "notice-hours",
            &[
                ("open", (&doc.open.format("%H:%M").to_string()).into()),
                ("close", (&doc.close.format("%H:%M").to_string()).into()),
            ],
        ),
        col_window: tr.t("col-window"),
        col_breaks: tr.t("notice-col-breaks"),
        rows,
        none: doc.windows.is_empty().then(|| tr.t("notice-no-breaks")),
        sentences: vec![
            tr.t("notice-others-serve"),
            tr.f(
                "notice-warning",
                &[("minutes", Arg::Num(doc.warn_lead_minutes))],
            ),
            tr.t("notice-changes-on-board"),
        ],
        as_of: tr.f(
            "notice-as-of",
            &[
                ("date", (&doc.printed.format("%Y-%m-%d").to_string()).into()),
                ("time", (&hhmm(&doc.printed)).into()),
            ],
        ),
    }
}

/// The notice in `langs`, one complete section each, in `format`.
pub fn render(doc: &NoticeDoc, langs: &[Lang], format: Format) -> String {
    let sections: Vec<Words> = langs.iter().map(|l| words(doc, *l)).collect();
    match format {
        Format::Text => text(doc, &sections),
        Format::Md => markdown(doc, &sections),
        Format::Html => html(doc, &sections),
    }
}

fn text(doc: &NoticeDoc, sections: &[Words]) -> String {
    let mut parts = Vec::new();
    for w in sections {
        let mut out = vec![
            doc.hall.clone(),
            format!("{} — {}", w.title, w.date),
            w.hours.clone(),
            String::new(),
        ];
        let name_width = w
            .rows
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        for (name, times) in &w.rows {
            let pad = name_width - name.chars().count();
            out.push(format!(
                "  {name}{}   {}",
                " ".repeat(pad),
                times.join(", ")
            ));
        }
        if let Some(none) = &w.none {
            out.push(format!("  {none}"));
        }
        out.push(String::new());
        out.extend(w.sentences.iter().cloned());
        out.push(w.as_of.clone());
        parts.push(out.join("\n"));
    }
    let rule = format!("\n{}\n\n", "─".repeat(40));
    parts.join(&rule) + "\n"
}

/// Config and translated text made inert in Markdown: no emphasis, code,
/// links, HTML, table cells or headings, and no list where a line begins.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>|~#&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. ablak" or "- x" at the start of a paragraph would become a list.
    let digits = out.chars().take_while(|c| c.is_ascii_digit()).count();
    let marker = out.chars().nth(digits);
    if (digits > 0 && matches!(marker, Some('.' | ')')))
        || (digits == 0 && matches!(marker, Some('-' | '+')))
    {
        out.insert(out.char_indices().nth(digits).map_or(0, |(i, _)| i), '\\');
    }
    out
}

fn markdown(doc: &NoticeDoc, sections: &[Words]) -> String {
    let mut parts = Vec::new();
    for w in sections {
        let mut out = vec![
            format!("# {}", md_escape(&doc.hall)),
            String::new(),
            format!("## {} — {}", md_escape(&w.title), md_escape(&w.date)),
            String::new(),
            md_escape(&w.hours),
            String::new(),
        ];
        if let Some(none) = &w.none {
            out.push(md_escape(none));
        } else {
            out.push(format!(
                "| {} | {} |",
                md_escape(&w.col_window),
                md_escape(&w.col_breaks)
            ));
            out.push("| --- | --- |".into());
            for (name, times) in &w.rows {
                let times: Vec<String> = times.iter().map(|t| md_escape(t)).collect();
                out.push(format!("| {} | {} |", md_escape(name), times.join(", ")));
            }
        }
        out.push(String::new());
        for s in &w.sentences {
            out.push(md_escape(s));
            out.push(String::new());
        }
        out.push(format!("*{}*", md_escape(&w.as_of)));
        parts.push(out.join("\n"));
    }
    parts.join("\n\n---\n\n") + "\n"
}

/// Config and translated text made inert in HTML.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The printable area of an A4 sheet with the page's margins, in millimetres.
const PAGE_W: f64 = 210.0 - 2.0 * MARGIN;
const PAGE_H: f64 = 297.0 - 2.0 * MARGIN;
const MARGIN: f64 = 10.0;
const GAP_MM: f64 = 5.0;
/// Inside a section: padding and border on each side.
const INSET_MM: f64 = 4.5;
const MM_PER_PT: f64 = 0.3528;
/// A character's width in em, generous for Cyrillic and digits.
const CHAR_EM: f64 = 0.58;
const LINE: f64 = 1.3;
/// The share of a section's height the estimate may fill: the rest is slack
/// for a browser's own line breaking.
const FILL: f64 = 0.95;

/// The sheet's grid: sections side by side in two columns from two languages.
fn grid(sections: usize) -> (usize, usize) {
    let cols = if sections > 1 { 2 } else { 1 };
    (cols, sections.max(1).div_ceil(cols))
}

/// Millimetres a section takes at `pt` points in a column `width` mm wide.
fn section_height(w: &Words, hall: &str, pt: f64, width: f64) -> f64 {
    let inner = width - 2.0 * INSET_MM;
    let lines = |text: &str, em: f64, avail: f64| -> f64 {
        let per_line = (avail / (CHAR_EM * em * pt * MM_PER_PT)).floor().max(1.0);
        (text.chars().count() as f64 / per_line).ceil().max(1.0)
    };
    let block = |text: &str, em: f64| lines(text, em, inner) * em * LINE * pt * MM_PER_PT;
    let mut h =
        block(hall, 1.6) + block(&w.title, 1.25) + block(&w.date, 1.0) + block(&w.hours, 1.0);
    h += 4.0 * pt * MM_PER_PT;
    let name_em = w
        .rows
        .iter()
        .map(|(n, _)| n.chars().count())
        .chain([w.col_window.chars().count()])
        .max()
        .unwrap_or(8) as f64
        * CHAR_EM
        * pt
        * MM_PER_PT
        + 3.0 * pt * MM_PER_PT;
    let times_w = (inner - name_em).max(10.0);
    let row =
        |times: &str| lines(times, 1.0, times_w) * LINE * pt * MM_PER_PT + 0.3 * pt * MM_PER_PT;
    h += row(&w.col_breaks);
    for (_, times) in &w.rows {
        h += row(&times.join(", "));
    }
    if let Some(none) = &w.none {
        h += block(none, 1.0);
    }
    for s in &w.sentences {
        h += block(s, 0.9) + 0.5 * pt * MM_PER_PT;
    }
    h + block(&w.as_of, 0.8) + 2.0 * INSET_MM
}

/// The largest type, in points, at which every section fits its cell.
fn font_points(doc: &NoticeDoc, sections: &[Words]) -> f64 {
    let (cols, rows) = grid(sections.len());
    let width = (PAGE_W - GAP_MM * (cols as f64 - 1.0)) / cols as f64;
    let height = (PAGE_H - GAP_MM * (rows as f64 - 1.0)) / rows as f64 * FILL;
    let mut pt = 16.0;
    while pt > 3.0 {
        if sections
            .iter()
            .all(|w| section_height(w, &doc.hall, pt, width) <= height)
        {
            return pt;
        }
        pt -= 0.25;
    }
    pt
}

fn html(doc: &NoticeDoc, sections: &[Words]) -> String {
    let (cols, rows) = grid(sections.len());
    let pt = font_points(doc, sections);
    let row_h = (PAGE_H - GAP_MM * (rows as f64 - 1.0)) / rows as f64;
    let page_lang = sections.first().map_or("en", |w| w.lang.code());
    let title = sections
        .first()
        .map(|w| format!("{} — {} — {}", doc.hall, w.title, w.date))
        .unwrap_or_else(|| doc.hall.clone());
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{page_lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
    ));
    out.push_str(&format!("<title>{}</title>\n", html_escape(&title)));
    out.push_str("<style>\n");
    out.push_str(&format!("@page {{ size: A4; margin: {MARGIN}mm; }}\n"));
    out.push_str("* { box-sizing: border-box; }\n");
    out.push_str("html, body { margin: 0; padding: 0; }\n");
    out.push_str(&format!(
        "body {{ font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: {pt:.2}pt; line-height: {LINE}; color: #000; background: #fff; }}\n"
    ));
    // Nothing is clipped: a notice too long for the sheet would show as a
    // second page, which the tests look for.
    out.push_str(&format!(
        "main {{ display: grid; grid-template-columns: repeat({cols}, 1fr); gap: {GAP_MM}mm; width: {PAGE_W}mm; }}\n"
    ));
    out.push_str(&format!(
        "section {{ border: 0.4mm solid #000; padding: {:.1}mm; min-height: {:.1}mm; break-inside: avoid; }}\n",
        INSET_MM - 0.4,
        row_h - 3.0
    ));
    out.push_str("h1 { font-size: 1.6em; margin: 0; line-height: 1.3; }\n");
    out.push_str("h2 { font-size: 1.25em; margin: 0.2em 0 0; line-height: 1.3; }\n");
    out.push_str("p { margin: 0; }\n");
    out.push_str(".date, .hours { margin: 0.1em 0; }\n");
    out.push_str("table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }\n");
    out.push_str("th, td { text-align: left; vertical-align: top; padding: 0.1em 0.4em 0.15em 0; border-bottom: 0.2mm solid #888; }\n");
    out.push_str("th:first-child, td:first-child { white-space: nowrap; padding-right: 1.2em; }\n");
    out.push_str(".t { white-space: nowrap; }\n");
    out.push_str(".note { font-size: 0.9em; margin-top: 0.4em; }\n");
    out.push_str(".asof { font-size: 0.8em; margin-top: 0.6em; color: #333; }\n");
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    for w in sections {
        out.push_str(&format!("<section lang=\"{}\">\n", w.lang.code()));
        out.push_str(&format!("<h1>{}</h1>\n", html_escape(&doc.hall)));
        out.push_str(&format!("<h2>{}</h2>\n", html_escape(&w.title)));
        out.push_str(&format!("<p class=\"date\">{}</p>\n", html_escape(&w.date)));
        out.push_str(&format!(
            "<p class=\"hours\">{}</p>\n",
            html_escape(&w.hours)
        ));
        match &w.none {
            Some(none) => out.push_str(&format!("<p class=\"note\">{}</p>\n", html_escape(none))),
            None => {
                out.push_str(&format!(
                    "<table>\n<tr><th>{}</th><th>{}</th></tr>\n",
                    html_escape(&w.col_window),
                    html_escape(&w.col_breaks)
                ));
                for (name, times) in &w.rows {
                    let times: Vec<String> = times
                        .iter()
                        .map(|t| format!("<span class=\"t\">{}</span>", html_escape(t)))
                        .collect();
                    out.push_str(&format!(
                        "<tr><td>{}</td><td>{}</td></tr>\n",
                        html_escape(name),
                        times.join(", ")
                    ));
                }
                out.push_str("</table>\n");
            }
        }
        for s in &w.sentences {
            out.push_str(&format!("<p class=\"note\">{}</p>\n", html_escape(s)));
        }
        out.push_str(&format!(
            "<p class=\"asof\">{}</p>\n",
            html_escape(&w.as_of)
        ));
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// What `status --json` says about the notice on the glass today.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum GlassView {
    NotPrinted,
    Current {
        printed_at: String,
    },
    OutOfDate {
        printed_at: String,
        changes: Vec<NoticeChange>,
    },
}

pub fn glass_view(hall: &Hall, state: &State, day: NaiveDate) -> GlassView {
    let at = |t: Instant| {
        t.with_timezone(&hall.tz)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    };
    match notice::glass(hall, state, day) {
        Glass::NotPrinted => GlassView::NotPrinted,
        Glass::Current { at: t } => GlassView::Current { printed_at: at(t) },
        Glass::OutOfDate { at: t, changes } => GlassView::OutOfDate {
            printed_at: at(t),
            changes,
        },
    }
}

/// One change, for staff: "window 2: 12:00–12:30 moved to 12:30–13:00".
pub fn change_text(tr: &Tr, hall: &Hall, c: &NoticeChange) -> String {
    let local = |t: &Instant| t.with_timezone(&hall.tz);
    let (key, window, times, was) = match c {
        NoticeChange::Moved {
            window, was, now, ..
        } => (
            "notice-change-moved",
            window,
            span(&local(&now.0), &local(&now.1)),
            span(&local(&was.0), &local(&was.1)),
        ),
        NoticeChange::Added {
            window, start, end, ..
        } => (
            "notice-change-added",
            window,
            span(&local(start), &local(end)),
            String::new(),
        ),
        NoticeChange::Cancelled {
            window, start, end, ..
        } => (
            "notice-change-cancelled",
            window,
            span(&local(start), &local(end)),
            String::new(),
        ),
    };
    tr.f(
        key,
        &[
            ("window", Arg::Num(window.0.into())),
            ("times", (&times).into()),
            ("was", (&was).into()),
        ],
    )
}

/// A line for staff about the notice on the glass, when there is something to
/// say: out of date, or never printed although breaks are published.
pub fn glass_line(tr: &Tr, hall: &Hall, state: &State, day: NaiveDate) -> Option<String> {
    match notice::glass(hall, state, day) {
        Glass::Current { .. } => None,
        Glass::NotPrinted => (!notice::published_plan(hall, state, day).is_empty()).then(|| {
            tr.f(
                "notice-glass-not-printed",
                &[("date", (&day.to_string()).into())],
            )
        }),
        Glass::OutOfDate { at, changes } => {
            let changes: Vec<String> = changes.iter().map(|c| change_text(tr, hall, c)).collect();
            Some(tr.f(
                "notice-glass-out-of-date",
                &[
                    ("date", (&day.to_string()).into()),
                    ("time", (&hhmm(&at.with_timezone(&hall.tz))).into()),
                    ("changes", (&changes.join("; ")).into()),
                ],
            ))
        }
    }
}
