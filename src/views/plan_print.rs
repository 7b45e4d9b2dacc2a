//! `plan --print`: the day's plan and forecast as text for people (in their
//! language), CSV for spreadsheets, or JSON for scripts. Also the words for
//! each broken rule, which the planner screen shows next to the break.

use crate::domain::{Hall, WindowId};
use crate::i18n::{Arg, Tr};
use crate::plan::report::{BreakRow, CellRow, PlanReport};
use crate::plan::rules::Problem;
use crate::views::words::{break_phase, window_name};
use chrono::NaiveTime;

fn hhmm(t: &NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A staff member's name from the config, else their id.
fn staff_name(hall: &Hall, id: &crate::domain::StaffId) -> String {
    hall.staff(id)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| id.0.clone())
}

/// Why a break (or the plan) breaks a rule, in the reader's language.
pub fn problem(tr: &Tr, hall: &Hall, p: &Problem) -> String {
    let key = format!("plan-problem-{}", p.code());
    match p {
        Problem::Overlap { .. } | Problem::OutsideHours | Problem::Missed => tr.t(&key),
        Problem::StaffTwice { staff } => {
            tr.f(&key, &[("staff", (&staff_name(hall, staff)).into())])
        }
        Problem::TooLong { minutes, max } => tr.f(
            &key,
            &[("minutes", Arg::Num(*minutes)), ("max", Arg::Num(*max))],
        ),
        Problem::TooShort { minutes, min } => tr.f(
            &key,
            &[("minutes", Arg::Num(*minutes)), ("min", Arg::Num(*min))],
        ),
        Problem::OutsideShift { staff, from, to } => tr.f(
            &key,
            &[
                ("staff", (&staff_name(hall, staff)).into()),
                ("from", (&hhmm(from)).into()),
                ("to", (&hhmm(to)).into()),
            ],
        ),
        Problem::OutsideEntitlement {
            staff,
            earliest,
            latest,
        } => tr.f(
            &key,
            &[
                ("staff", (&staff_name(hall, staff)).into()),
                ("from", (&hhmm(earliest)).into()),
                ("to", (&hhmm(latest)).into()),
            ],
        ),
        Problem::TooManyAway { count, max } => {
            tr.f(&key, &[("count", (*count).into()), ("max", (*max).into())])
        }
        Problem::TooFewOpen {
            service, open, min, ..
        } => tr.f(
            &key,
            &[
                ("service", (&service.0).into()),
                ("open", (*open).into()),
                ("min", (*min).into()),
            ],
        ),
        Problem::TooLateToWarn { minutes, lead } => tr.f(
            &key,
            &[("minutes", Arg::Num(*minutes)), ("lead", Arg::Num(*lead))],
        ),
        Problem::Unplanned {
            staff,
            minutes,
            earliest,
            latest,
        } => tr.f(
            &key,
            &[
                ("staff", (&staff_name(hall, staff)).into()),
                ("minutes", Arg::Num(*minutes)),
                ("from", (&hhmm(earliest)).into()),
                ("to", (&hhmm(latest)).into()),
            ],
        ),
    }
}

/// One break in a few words: "#4 12:44–13:14 Window 1 · Anna Kovács · 30 min · published".
pub fn break_line(tr: &Tr, b: &BreakRow) -> String {
    let id = b.id.map_or_else(|| tr.t("plan-new"), |id| format!("#{id}"));
    let mut parts = vec![
        format!(
            "{id:<4} {}–{}",
            b.start.format("%H:%M"),
            b.end.format("%H:%M")
        ),
        window_name(tr, WindowId(b.window), &b.window_name),
    ];
    if let Some(s) = &b.staff {
        parts.push(s.clone());
    }
    parts.push(tr.f("plan-minutes", &[("minutes", Arg::Num(b.minutes))]));
    parts.push(state(tr, b));
    parts.join(" · ")
}

/// Where a break stands: its phase in the log, whether it waits to be written,
/// and what really happened.
pub fn state(tr: &Tr, b: &BreakRow) -> String {
    let mut s = match b.phase {
        Some(p) => break_phase(tr, p),
        None => tr.t("plan-state-new"),
    };
    if b.unscheduled {
        s = format!("{} ({s})", tr.t("plan-unscheduled"));
    }
    if b.edited && b.phase.is_some() {
        s.push_str(&format!(", {}", tr.t("plan-state-edited")));
    }
    if let Some(start) = b.started {
        let real = match b.ended {
            Some(end) => tr.f(
                "plan-actual",
                &[
                    ("start", (&start.format("%H:%M").to_string()).into()),
                    ("end", (&end.format("%H:%M").to_string()).into()),
                ],
            ),
            None => tr.f(
                "plan-actual-on",
                &[("start", (&start.format("%H:%M").to_string()).into())],
            ),
        };
        s.push_str(&format!(", {real}"));
    }
    s
}

/// A forecast cell in a few characters: mean wait, service level, windows.
/// The figures take 11 characters before the windows; the word for an
/// overloaded interval may take more, and every cell of the table then widens.
pub fn cell(tr: &Tr, c: &CellRow) -> String {
    let windows = match c.needed {
        Some(n) => format!("{:.0}/{n}", c.windows),
        None => format!("{:.0}/–", c.windows),
    };
    let overloaded = tr.t("plan-overloaded");
    let figures = overloaded.chars().count().max(11);
    match (c.overloaded, c.mean_wait_minutes, c.service_level) {
        (false, Some(w), Some(sl)) => {
            let text = format!("{w:.1} {:>4.0}%", sl * 100.0);
            format!("{text:>figures$} {windows:>5}")
        }
        _ => format!("{overloaded:>figures$} {windows:>5}"),
    }
}

/// How wide a forecast cell is in this language.
fn cell_width(tr: &Tr) -> usize {
    tr.t("plan-overloaded").chars().count().max(11) + 6
}

/// The whole report as text.
pub fn text(tr: &Tr, hall: &Hall, r: &PlanReport) -> String {
    let mut out = Vec::new();
    out.push(tr.f(
        "plan-title",
        &[
            ("date", (&r.day.format("%Y-%m-%d").to_string()).into()),
            ("hall", (&r.hall).into()),
        ],
    ));
    out.push(tr.f(
        "plan-interval",
        &[("minutes", Arg::Num(r.interval_minutes))],
    ));
    for s in &r.services {
        out.push(format!(
            "  {} {}: {}",
            s.code,
            s.name,
            match s.learned_days {
                Some(days) => tr.f("plan-source-log", &[("days", days.into())]),
                None => tr.t("plan-source-config"),
            }
        ));
    }
    out.push(String::new());
    out.push(tr.t("plan-heading-breaks"));
    if r.breaks.is_empty() {
        out.push(format!("  {}", tr.t("plan-no-breaks")));
    }
    for b in &r.breaks {
        out.push(format!("  {}", break_line(tr, b)));
        for p in &b.problems {
            out.push(format!("      ! {}", problem(tr, hall, p)));
        }
    }
    for p in &r.plan_problems {
        out.push(format!("  ! {}", problem(tr, hall, p)));
    }
    out.push(String::new());
    out.push(tr.t("plan-heading-forecast"));
    out.push(format!("  {}", tr.t("plan-forecast-legend")));
    let width = cell_width(tr);
    let mut head = format!("  {:<11}", "");
    for s in &r.services {
        head.push_str(&format!("  {:<width$}", s.code));
    }
    out.push(head);
    for i in &r.intervals {
        let mut line = format!("  {}–{}", i.start.format("%H:%M"), i.end.format("%H:%M"));
        for c in &i.cells {
            line.push_str(&format!("  {:<width$}", cell(tr, c)));
        }
        out.push(line.trim_end().to_string());
    }
    out.push(String::new());
    out.push(summary(tr, r));
    out.join("\n")
}

/// The day in one sentence: worst interval, overloads, mean wait, rules broken.
pub fn summary(tr: &Tr, r: &PlanReport) -> String {
    let s = &r.summary;
    tr.f(
        "plan-summary",
        &[
            ("worst", (&format!("{:.1}", s.worst_wait_minutes)).into()),
            ("overloaded", s.overloaded_intervals.into()),
            ("mean", (&format!("{:.1}", s.mean_wait_minutes)).into()),
            ("problems", s.problems.into()),
        ],
    )
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The report as CSV: the breaks (first three columns `window,start,end`, as
/// `simulate --plan` reads them), a blank line, then the forecast, one row per
/// interval and service.
pub fn csv(r: &PlanReport) -> String {
    let mut out = vec!["window,start,end,staff,id,minutes,published,phase,problems".to_string()];
    for b in &r.breaks {
        let problems: Vec<&str> = b.problems.iter().map(|p| p.code()).collect();
        out.push(
            [
                b.window.to_string(),
                b.start.format("%H:%M").to_string(),
                b.end.format("%H:%M").to_string(),
                csv_field(b.staff.as_deref().unwrap_or("")),
                b.id.map(|i| i.to_string()).unwrap_or_default(),
                b.minutes.to_string(),
                b.published.to_string(),
                b.phase
                    .and_then(|p| serde_json::to_value(p).ok())
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_else(|| "new".into()),
                problems.join(" "),
            ]
            .join(","),
        );
    }
    out.push(String::new());
    out.push(
        "interval_start,interval_end,service,arrivals,windows,needed,overloaded,p_wait,mean_wait_minutes,service_level,occupancy"
            .to_string(),
    );
    let num = |v: Option<f64>| v.map(|x| format!("{x:.4}")).unwrap_or_default();
    for i in &r.intervals {
        for (s, c) in r.services.iter().zip(&i.cells) {
            out.push(
                [
                    i.start.format("%H:%M").to_string(),
                    i.end.format("%H:%M").to_string(),
                    s.code.clone(),
                    format!("{:.3}", c.arrivals),
                    format!("{:.2}", c.windows),
                    c.needed.map(|n| n.to_string()).unwrap_or_default(),
                    c.overloaded.to_string(),
                    num(c.p_wait),
                    num(c.mean_wait_minutes),
                    num(c.service_level),
                    num(c.occupancy),
                ]
                .join(","),
            );
        }
    }
    out.join("\n")
}
