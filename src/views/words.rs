//! Plain-text renderings of the read models, in the user's language: the words the
//! overview screen draws and `frontdesk status` prints (window names, break
//! phases, status lines), shared by the screens, the notice and the plan print.

use crate::domain::{BreakPhase, WindowId};
use crate::i18n::{Arg, Tr};
use crate::views::hall::{
    BreakView, HallView, PhaseView, RequestStatusView, RequestView, ServiceView, WindowView,
};

fn hhmm(t: &chrono::DateTime<chrono_tz::Tz>) -> String {
    t.format("%H:%M").to_string()
}

/// A window's state in a few words: "open", "closing at 12:30, last ticket A042".
pub fn phase(tr: &Tr, p: &PhaseView) -> String {
    match p {
        PhaseView::Closed => tr.t("phase-closed"),
        PhaseView::Open => tr.t("phase-open"),
        PhaseView::Pending => tr.t("phase-pending"),
        PhaseView::ClosingSoon { at, cutoff } => match cutoff {
            Some(c) => tr.f(
                "phase-closing-cutoff",
                &[("time", (&hhmm(at)).into()), ("cutoff", c.into())],
            ),
            None => tr.f("phase-closing", &[("time", (&hhmm(at)).into())]),
        },
        PhaseView::OnBreak {
            until,
            overrun_minutes,
            unscheduled,
        } => {
            let base = on_break(tr, until, *overrun_minutes);
            match unscheduled {
                // An unscheduled break says why, on every screen that shows it.
                Some(code) => format!("{base} ({})", tr.t(&format!("reason-{code}"))),
                None => base,
            }
        }
    }
}

fn on_break(tr: &Tr, until: &chrono::DateTime<chrono_tz::Tz>, overrun_minutes: i64) -> String {
    let time = hhmm(until);
    if overrun_minutes > 0 {
        tr.f(
            "phase-overrun",
            &[
                ("time", (&time).into()),
                ("minutes", Arg::Num(overrun_minutes)),
            ],
        )
    } else {
        tr.f("phase-on-break", &[("time", (&time).into())])
    }
}

pub fn break_phase(tr: &Tr, p: BreakPhase) -> String {
    let key = match p {
        BreakPhase::Planned => "bphase-planned",
        BreakPhase::Published => "bphase-published",
        BreakPhase::WarningDue => "bphase-warning-due",
        BreakPhase::ClosingSoon => "bphase-closing-soon",
        BreakPhase::Pending => "bphase-pending",
        BreakPhase::OnBreak => "bphase-on-break",
        BreakPhase::Overrun => "bphase-overrun",
        BreakPhase::Done => "bphase-done",
        BreakPhase::Cancelled => "bphase-cancelled",
        BreakPhase::Missed => "bphase-missed",
    };
    tr.t(key)
}

/// A window's label: its name from the config, or "Window 3" in the reader's language.
pub fn window_name(tr: &Tr, id: WindowId, name: &Option<String>) -> String {
    match name {
        Some(n) => n.clone(),
        None => tr.f("window-n", &[("window", Arg::Num(id.0.into()))]),
    }
}

pub fn break_line(tr: &Tr, b: &BreakView) -> String {
    let mut line = format!(
        "#{:<3} {}–{}  {:<10} {}",
        b.id,
        hhmm(&b.start),
        hhmm(&b.end),
        window_name(tr, b.window, &b.window_name),
        break_phase(tr, b.phase)
    );
    if let Some(r) = &b.unscheduled {
        line.push_str(&format!(" ({})", tr.t(&format!("reason-{r}"))));
    }
    if let Some(s) = &b.staff {
        line.push_str(&format!(" · {s}"));
    }
    line
}

pub fn waiting(tr: &Tr, s: &ServiceView) -> String {
    let mut text = tr.f("queue-waiting", &[("count", s.waiting.into())]);
    if let Some(m) = s.oldest_wait_minutes.filter(|_| s.waiting > 0) {
        text.push_str(", ");
        text.push_str(&tr.f("queue-oldest", &[("minutes", Arg::Num(m))]));
    }
    text
}

pub fn open_windows(tr: &Tr, s: &ServiceView) -> String {
    tr.f("queue-open-windows", &[("count", s.open_windows.into())])
}

pub fn serving(tr: &Tr, w: &WindowView) -> String {
    match (&w.serving, w.serving_minutes) {
        (Some(t), Some(m)) => tr.f(
            "serving-for",
            &[("ticket", t.into()), ("minutes", Arg::Num(m))],
        ),
        (Some(t), None) => t.clone(),
        (None, _) => "—".into(),
    }
}

/// The alert for a break whose warning is due: the thing a supervisor must see.
pub fn warning_due(tr: &Tr, v: &HallView, b: &BreakView) -> String {
    let waiting = v
        .windows
        .iter()
        .find(|w| w.id == b.window)
        .map_or(0, |w| w.queue);
    tr.f(
        "alert-warning-due",
        &[
            ("window", Arg::Num(b.window.0.into())),
            ("time", (&hhmm(&b.start)).into()),
            ("waiting", waiting.into()),
        ],
    )
}

/// A break request in one line for the supervisor: "#2 Window 3 · goods
/// receipt · 15 minutes · asked at 14:02 · waiting for an answer".
pub fn request_line(tr: &Tr, r: &RequestView) -> String {
    let mut reason = tr.t(&format!("reason-{}", r.reason));
    if let Some(n) = &r.note {
        reason = format!("{reason}: {n}");
    }
    tr.f(
        "request-line",
        &[
            ("id", Arg::Num(r.id as i64)),
            ("window", Arg::Num(r.window.0.into())),
            ("reason", (&reason).into()),
            ("minutes", r.minutes.into()),
            ("time", (&hhmm(&r.asked_at)).into()),
            ("status", (&request_status(tr, r)).into()),
        ],
    )
}

pub fn request_status(tr: &Tr, r: &RequestView) -> String {
    match &r.status {
        RequestStatusView::Pending => tr.t("request-waiting"),
        RequestStatusView::Postponed { until } if r.due => {
            tr.f("request-due-again", &[("time", (&hhmm(until)).into())])
        }
        RequestStatusView::Postponed { until } => {
            tr.f("request-postponed", &[("time", (&hhmm(until)).into())])
        }
        RequestStatusView::Approved => tr.t("request-approved"),
        RequestStatusView::Declined => tr.t("request-declined"),
    }
}

/// What the counter shows of its own request: waiting, postponed, the answer.
pub fn request_answer(tr: &Tr, r: &RequestView) -> String {
    match &r.status {
        RequestStatusView::Pending => {
            tr.f("banner-request-pending", &[("id", Arg::Num(r.id as i64))])
        }
        RequestStatusView::Postponed { until } => tr.f(
            "banner-request-postponed",
            &[("time", (&hhmm(until)).into())],
        ),
        RequestStatusView::Approved => tr.t("banner-request-approved"),
        RequestStatusView::Declined => tr.t("banner-request-declined"),
    }
}

/// The supervisor's alerts: a break request waiting for an answer, a break
/// running over.
pub fn hall_alerts(tr: &Tr, v: &HallView) -> Vec<String> {
    let mut out: Vec<String> = v
        .requests
        .iter()
        .filter(|r| r.due)
        .map(|r| {
            tr.f(
                "alert-request",
                &[
                    ("window", Arg::Num(r.window.0.into())),
                    ("reason", (&tr.t(&format!("reason-{}", r.reason))).into()),
                    ("minutes", r.minutes.into()),
                    ("time", (&hhmm(&r.asked_at)).into()),
                ],
            )
        })
        .collect();
    for w in &v.windows {
        if let PhaseView::OnBreak {
            overrun_minutes, ..
        } = w.phase
            && overrun_minutes > 0
        {
            out.push(tr.f(
                "alert-overrun",
                &[
                    ("window", Arg::Num(w.id.0.into())),
                    ("minutes", Arg::Num(overrun_minutes)),
                ],
            ));
        }
    }
    for p in &v.printers {
        out.push(tr.f(
            "alert-printer",
            &[
                ("kiosk", (&p.kiosk).into()),
                ("error", (&p.error).into()),
                ("time", (&hhmm(&p.since)).into()),
            ],
        ));
    }
    out
}

pub fn title(tr: &Tr, v: &HallView) -> String {
    if v.demo {
        format!("{} · {}", v.hall, tr.t("demo-mark"))
    } else {
        v.hall.clone()
    }
}

/// Lines with each column as wide as its widest cell, two spaces apart.
fn columns(rows: &[Vec<String>]) -> Vec<String> {
    let mut widths: Vec<usize> = Vec::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            let w = cell.chars().count();
            match widths.get_mut(i) {
                Some(x) => *x = (*x).max(w),
                None => widths.push(w),
            }
        }
    }
    rows.iter()
        .map(|row| {
            let mut line = String::from(" ");
            for (i, cell) in row.iter().enumerate() {
                line.push(' ');
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i] - cell.chars().count() + 1;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            line
        })
        .collect()
}

/// `frontdesk status` as lines of text.
pub fn status_lines(tr: &Tr, v: &HallView) -> Vec<String> {
    let mut out = vec![format!(
        "{} — {}",
        title(tr, v),
        v.now.format("%Y-%m-%d %H:%M")
    )];
    for b in v
        .breaks
        .iter()
        .filter(|b| b.phase == BreakPhase::WarningDue)
    {
        out.push(format!("! {}", warning_due(tr, v, b)));
    }
    for a in hall_alerts(tr, v) {
        out.push(format!("! {a}"));
    }
    out.push(String::new());
    out.push(tr.t("heading-windows"));
    let rows: Vec<Vec<String>> = v
        .windows
        .iter()
        .map(|w| {
            vec![
                window_name(tr, w.id, &w.name),
                w.staff.clone().unwrap_or_else(|| "—".into()),
                phase(tr, &w.phase),
                serving(tr, w),
                tr.f("queue-count", &[("count", w.queue.into())]),
            ]
        })
        .collect();
    out.extend(columns(&rows));
    out.push(String::new());
    out.push(tr.t("heading-queues"));
    let rows: Vec<Vec<String>> = v
        .services
        .iter()
        .map(|s| {
            vec![
                s.code.clone(),
                s.name.clone(),
                waiting(tr, s),
                open_windows(tr, s),
            ]
        })
        .collect();
    out.extend(columns(&rows));
    out.push(String::new());
    out.push(tr.t("heading-breaks"));
    if v.breaks.is_empty() {
        out.push(format!("  {}", tr.t("no-breaks-today")));
    }
    for b in &v.breaks {
        out.push(format!("  {}", break_line(tr, b)));
    }
    if !v.requests.is_empty() {
        out.push(String::new());
        out.push(tr.t("heading-requests"));
        for r in &v.requests {
            out.push(format!("  {}", request_line(tr, r)));
        }
    }
    out
}
