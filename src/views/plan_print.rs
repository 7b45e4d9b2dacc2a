//! `plan --print`: the day's plan and forecast as text for people (in their
//! language), CSV for spreadsheets, or JSON for scripts. Also the words for
//! each broken rule, which the planner screen shows next to the break.

use crate::domain::{Hall, WindowId};
use crate::i18n::{Arg, Tr};
use crate::plan::check::SimCheck;
use crate::plan::live::Live;
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
/// An overloaded interval's wait is marked `!`; an interval whose customers no
/// window will serve says so in words. The figures take 11 characters before
/// the windows; the words may take more, and every cell of the table then
/// widens.
pub fn cell(tr: &Tr, c: &CellRow) -> String {
    let windows = match c.needed {
        Some(n) => format!("{:.0}/{n}", c.windows),
        None => format!("{:.0}/–", c.windows),
    };
    let figures = figures_width(tr);
    match c.mean_wait_minutes {
        Some(w) => {
            let flag = if c.overloaded { "!" } else { "" };
            let text = format!("{flag}{w:.1} {:>4.0}%", c.service_level * 100.0);
            format!("{text:>figures$} {windows:>5}")
        }
        None => format!("{:>figures$} {windows:>5}", tr.t("plan-no-window")),
    }
}

/// How wide a cell's figures are in this language.
fn figures_width(tr: &Tr) -> usize {
    tr.t("plan-no-window").chars().count().max(11)
}

/// How wide a forecast cell is in this language.
fn cell_width(tr: &Tr) -> usize {
    figures_width(tr) + 6
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
    out.extend(warnings(tr, r).into_iter().map(|w| format!("! {w}")));
    out.join("\n")
}

/// What the day's forecast must not let pass unsaid: a service no window
/// serves, customers who would never be served, a backlog beyond counting.
pub fn warnings(tr: &Tr, r: &PlanReport) -> Vec<String> {
    let s = &r.summary;
    let mut out: Vec<String> = s
        .services_without_window
        .iter()
        .map(|code| {
            let name = r
                .services
                .iter()
                .find(|x| &x.code == code)
                .map_or("", |x| x.name.as_str());
            tr.f(
                "plan-service-no-window",
                &[("service", code.into()), ("name", name.into())],
            )
        })
        .collect();
    if s.unserved_customers >= 0.5 {
        out.push(tr.f(
            "plan-unserved",
            &[("count", Arg::Num(s.unserved_customers.round() as i64))],
        ));
    }
    if s.beyond_count {
        out.push(tr.t("plan-beyond-count"));
    }
    out
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
    csv_checked(r, None)
}

/// The CSV with, after a simulator check, the simulated mean wait, its 95%
/// interval and whether they disagree by more than the target on each row.
pub fn csv_checked(r: &PlanReport, check: Option<&SimCheck>) -> String {
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
    let mut head = "interval_start,interval_end,service,arrivals,windows,needed,overloaded,p_wait,mean_wait_minutes,service_level,occupancy,no_window,unserved".to_string();
    if check.is_some() {
        head.push_str(",simulated_mean_wait_minutes,simulated_ci95,disagrees");
    }
    out.push(head);
    let num = |v: Option<f64>| {
        v.filter(|x| x.is_finite())
            .map(|x| format!("{x:.4}"))
            .unwrap_or_default()
    };
    let some = |x: f64| num(Some(x));
    for (k, i) in r.intervals.iter().enumerate() {
        for (n, (s, c)) in r.services.iter().zip(&i.cells).enumerate() {
            let simulated = check
                .and_then(|ch| ch.intervals.get(k))
                .and_then(|row| row.cells.get(n))
                .map(|cell| {
                    format!(
                        ",{},{},{}",
                        num(Some(cell.simulated.mean)),
                        num(cell.simulated.ci95),
                        cell.disagrees
                    )
                })
                .unwrap_or_default();
            out.push(
                [
                    i.start.format("%H:%M").to_string(),
                    i.end.format("%H:%M").to_string(),
                    s.code.clone(),
                    format!("{:.3}", c.arrivals),
                    format!("{:.2}", c.windows),
                    c.needed.map(|n| n.to_string()).unwrap_or_default(),
                    c.overloaded.to_string(),
                    some(c.p_wait),
                    num(c.mean_wait_minutes),
                    some(c.service_level),
                    some(c.occupancy),
                    c.no_window.to_string(),
                    format!("{:.3}", c.unserved),
                ]
                .join(",")
                    + &simulated,
            );
        }
    }
    out.join("\n")
}

/// A wait for a table: one decimal, `–` when there is none.
fn minutes(w: Option<f64>) -> String {
    match w {
        Some(w) if w.is_finite() => format!("{w:.1}"),
        _ => "–".into(),
    }
}

/// The forecast and the simulator side by side, interval by interval: the
/// forecast's mean wait, the simulated one with its 95% interval, `≠` where
/// they differ by more than the target; then where they disagree.
pub fn check_table(tr: &Tr, r: &PlanReport, c: &SimCheck) -> Vec<String> {
    let mut out = vec![tr.f(
        "plan-check-heading",
        &[("reps", Arg::Num(c.replications as i64))],
    )];
    let width = 20;
    let mut head = format!("  {:<11}", "");
    for s in &r.services {
        head.push_str(&format!("  {:<width$}", s.code));
    }
    out.push(head.trim_end().to_string());
    for (row, check) in r.intervals.iter().zip(&c.intervals) {
        let mut line = format!(
            "  {}–{}",
            row.start.format("%H:%M"),
            row.end.format("%H:%M")
        );
        for cell in &check.cells {
            let sim = match cell.simulated.ci95 {
                Some(h) if cell.simulated.mean.is_finite() => {
                    format!("{:.1}±{h:.1}", cell.simulated.mean)
                }
                _ => minutes(Some(cell.simulated.mean)),
            };
            let mark = if cell.disagrees { "≠" } else { " " };
            let text = format!("{:>5} | {sim:<9}{mark}", minutes(cell.forecast));
            line.push_str(&format!("  {text:<width$}"));
        }
        out.push(line.trim_end().to_string());
    }
    out.extend(check_verdict(tr, r, c));
    out
}

/// Where forecast and simulator disagree by more than the target, in words.
pub fn check_verdict(tr: &Tr, r: &PlanReport, c: &SimCheck) -> Vec<String> {
    let mut out = Vec::new();
    let places: Vec<String> = r
        .intervals
        .iter()
        .zip(&c.intervals)
        .flat_map(|(row, check)| {
            check
                .cells
                .iter()
                .zip(&r.services)
                .filter(|(cell, _)| cell.disagrees)
                .map(move |(_, s)| format!("{} {}", row.start.format("%H:%M"), s.code))
        })
        .collect();
    if places.is_empty() && !c.day_disagrees {
        out.push(tr.t("plan-check-agree"));
        return out;
    }
    if !places.is_empty() {
        const SHOWN: usize = 6;
        let mut list = places
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if places.len() > SHOWN {
            list.push_str(", …");
        }
        out.push(tr.f(
            "plan-check-disagree",
            &[("count", places.len().into()), ("list", (&list).into())],
        ));
    }
    if c.day_disagrees {
        out.push(tr.t("plan-check-day-disagree"));
    }
    out
}

/// The live hall's forecast: a heading and a line per service with its next
/// intervals' waits (`!` where the line grows).
pub fn live_lines(tr: &Tr, live: &Live) -> Vec<String> {
    if live.rows.is_empty() {
        return vec![tr.t("planner-live-over")];
    }
    let mut out = vec![tr.t("planner-live-heading")];
    for row in &live.rows {
        let waits: Vec<String> = row
            .cells
            .iter()
            .map(|c| {
                let mark = if c.overloaded { "!" } else { "" };
                format!("{} {}{mark}", c.start.format("%H:%M"), minutes(c.mean_wait))
            })
            .collect();
        out.push(tr.f(
            "planner-live-line",
            &[
                ("service", (&row.code).into()),
                ("waiting", row.waiting.into()),
                ("waits", (&waits.join(" · ")).into()),
            ],
        ));
    }
    out
}
