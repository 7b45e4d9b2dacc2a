//! Reports: what a branch manager asks every week — were queues warned before
//! breaks, were cutoff promises kept, how long did customers wait, how much
//! time went to unscheduled breaks and why — computed from the event log
//! alone, for a day, a week, a month or any run of days, next to the period
//! before it.
//!
//! Pure: [`build`] takes the hall and the events (the caller reads them from
//! the log, [`Reading`] says which) and returns a [`Report`]: the figures
//! ([`figures`]), the plan against the day ([`forecast`]), the trend and the
//! breaks' timeline. [`tables`] lays a report out as translated tables, which
//! [`render`] writes as text, Markdown, CSV or HTML with SVG charts; the JSON
//! is the report itself. [`sample`] makes a busy hall's weeks with the
//! domain's commands, for the benchmark and the tests.

pub mod facts;
pub mod figures;
pub mod forecast;
pub mod period;
pub mod quality;
pub mod render;
pub mod sample;
pub mod stats;
pub mod tables;

pub use figures::{By, Figures, Filter, Key};
pub use period::{Period, Span};

use crate::domain::{BreakKind, Hall, Instant, Recorded, StaffId, WindowId};
use chrono::{DateTime, Duration, NaiveDate};
use chrono_tz::Tz;
use facts::{Facts, SessionFact};
use forecast::IntervalPlan;
use period::{day_of, day_start};
use serde::Serialize;
use stats::Dist;

/// The version of the JSON's shape; it changes only when a field is renamed
/// or removed.
pub const JSON_VERSION: u32 = 1;

/// What a report is asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    pub period: Period,
    pub span: Span,
    pub by: By,
    pub filter: Filter,
    /// Now: nothing after it is counted.
    pub as_of: Instant,
}

impl Query {
    pub fn previous(&self) -> Period {
        self.period.previous(self.span)
    }

    /// The days the trend covers: the period and the one before it, and at
    /// least the fourteen days up to the period's end.
    pub fn trend_period(&self) -> Period {
        let prev = self.previous();
        let from = prev.from.min(self.period.to - Duration::days(13));
        Period {
            from,
            to: self.period.to,
        }
    }
}

/// Which events a report needs from the log: every event it counts from
/// `from` to `to`, and before `from` the ones that plan breaks and staff
/// windows ([`PLAN_KINDS`]: a break may be planned weeks ahead).
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// Every event from `from` to `to`.
    pub from: Instant,
    pub to: Instant,
    /// The ticket events the forecasts learn from, before `from`.
    pub history: Option<(Instant, Instant)>,
}

/// Events that plan breaks or staff windows, read from before the report's
/// stretch of the log.
pub const PLAN_KINDS: [&str; 6] = [
    "break_planned",
    "break_changed",
    "break_cancelled",
    "breaks_published",
    "window_opened",
    "window_closed",
];

/// Every kind of event a report counts. Kinds added to the log later are
/// read once they are named here (and counted in `facts.rs`).
pub const REPORT_KINDS: [&str; 24] = [
    "window_opened",
    "window_closed",
    "ticket_issued",
    "ticket_called",
    "ticket_served",
    "ticket_no_show",
    "ticket_transferred",
    "ticket_cancelled",
    "tickets_expired",
    "break_planned",
    "break_cancelled",
    "break_changed",
    "breaks_published",
    "warning_given",
    "closing_started",
    "cutoff_extended",
    "break_pending",
    "break_started",
    "break_ended",
    "break_requested",
    "break_request_answered",
    "policy_overridden",
    "training_started",
    "training_ended",
];

/// What to read for a query.
pub fn reading(hall: &Hall, q: &Query) -> Reading {
    let from = day_start(hall, q.trend_period().from);
    let to = q.period.end(hall).min(q.as_of).max(from);
    let history = forecast::history_span(hall, q.period.from, q.period.to)
        .filter(|(a, _)| *a < from)
        .map(|(a, b)| (a, b.min(from)));
    Reading { from, to, history }
}

/// What the log gave for a query.
#[derive(Clone, Debug, Default)]
pub struct Input {
    /// The plan events from before the stretch, then every event of it, in
    /// log order.
    pub events: Vec<Recorded>,
    /// Ticket events the forecasts learn from, before the stretch.
    pub history: Vec<Recorded>,
    /// Training sessions from the trainer's own logs.
    pub sessions: Vec<SessionFact>,
    /// The quality record's events ([`QUALITY_KINDS`]) from the log's start
    /// to the stretch's end: a complaint from months ago may still be open.
    pub feedback: Vec<Recorded>,
    /// The hall's time limits for answering feedback.
    pub rules: crate::feedback::Rules,
}

/// The kinds of event the quality figures read, from the log's start.
pub const QUALITY_KINDS: [&str; 9] = crate::feedback::book::KINDS;

/// Something the reader should know about the figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum Note {
    /// The period has not begun: nothing has happened yet.
    Future { from: NaiveDate },
    /// The period is not over: the figures run up to now.
    NotOver {
        #[serde(serialize_with = "crate::clock::ser_time")]
        until: DateTime<Tz>,
    },
    /// The hall was closed on the one day asked for.
    Closed { day: NaiveDate },
    /// Nothing happened in the period.
    Empty,
    /// The period is under way and nothing has happened in it yet.
    NothingYet,
    /// Some days of the period the hall was closed.
    ClosedDays { days: u64 },
    /// The period before has nothing to compare with.
    NothingBefore,
    /// The plan against the day is the whole hall's.
    PlanIsHallWide,
}

/// The trend: per day, or per week when the stretch is long.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trend {
    pub step: TrendStep,
    pub points: Vec<TrendPoint>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrendStep {
    Day,
    Week,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrendPoint {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// A window was open or a ticket issued on one of its days.
    pub open: bool,
    pub issued: u64,
    pub served: u64,
    pub mean_wait: Option<f64>,
    pub within_target: Option<f64>,
    pub breaks_taken: u64,
    pub late: u64,
    pub overrun: u64,
    pub unwarned_with_queue: u64,
    pub unscheduled_minutes: f64,
}

/// One break on the timeline: planned against taken.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineBreak {
    pub id: u64,
    pub window: WindowId,
    pub staff: Option<StaffId>,
    pub day: NaiveDate,
    /// `planned`, or the unscheduled break's reason.
    pub kind: String,
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub start: DateTime<Tz>,
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub end: DateTime<Tz>,
    #[serde(serialize_with = "ser_opt_time")]
    pub started: Option<DateTime<Tz>>,
    #[serde(serialize_with = "ser_opt_time")]
    pub ended: Option<DateTime<Tz>>,
    pub cancelled: bool,
    pub warned: bool,
}

fn ser_opt_time<S: serde::Serializer>(t: &Option<DateTime<Tz>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => crate::clock::ser_time(t, s),
        None => s.serialize_none(),
    }
}

/// A period's description in the JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeriodInfo {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
}

impl From<Period> for PeriodInfo {
    fn from(p: Period) -> Self {
        PeriodInfo {
            from: p.from,
            to: p.to,
            days: p.days(),
        }
    }
}

/// A whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub version: u32,
    pub hall: String,
    pub time_zone: String,
    pub span: Span,
    pub period: PeriodInfo,
    pub previous_period: PeriodInfo,
    pub by: By,
    pub filter: Filter,
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub as_of: DateTime<Tz>,
    pub notes: Vec<Note>,
    pub figures: Figures,
    pub previous_figures: Figures,
    /// The plan against the day, interval by interval.
    pub plan: Vec<IntervalPlan>,
    pub trend: Trend,
    /// The period's breaks, planned against taken.
    pub timeline: Vec<TimelineBreak>,
    /// The hall's forecast interval and warning lead, in minutes.
    pub interval_minutes: i64,
    pub warn_lead_minutes: i64,
    /// The headline figures with the period before and the change.
    pub key_figures: Vec<KeyFigure>,
}

/// A window or member of staff the report was narrowed to is unknown.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ReportError {
    #[error("window {window} is not one of the hall's windows")]
    UnknownWindow {
        window: WindowId,
        known: Vec<WindowId>,
    },
    #[error("{staff} is not a member of the hall's staff")]
    UnknownStaff { staff: String, known: Vec<String> },
}

/// Checks the filter against the hall and the log: a window must be one of
/// the hall's; a member of staff the config's, or someone the log names.
pub fn check_filter(hall: &Hall, facts: &Facts, filter: &Filter) -> Result<(), ReportError> {
    if let Some(w) = filter.window
        && hall.window(w).is_none()
    {
        return Err(ReportError::UnknownWindow {
            window: w,
            known: hall.windows.iter().map(|w| w.id).collect(),
        });
    }
    if let Some(s) = &filter.staff {
        let in_log = facts.spans.iter().any(|x| x.staff.as_ref() == Some(s))
            || facts.breaks.iter().any(|b| b.staff.as_ref() == Some(s));
        if hall.staff(s).is_none() && !in_log {
            return Err(ReportError::UnknownStaff {
                staff: s.0.clone(),
                known: hall.staff.iter().map(|s| s.id.0.clone()).collect(),
            });
        }
    }
    Ok(())
}

/// Builds the report of `q` from what the log gave.
pub fn build(hall: &Hall, input: &Input, q: &Query) -> Result<Report, ReportError> {
    let mut facts = facts::walk(hall, &input.events);
    facts.take_in(input);
    check_filter(hall, &facts, &q.filter)?;
    Ok(build_from(hall, &facts, input, q))
}

/// Builds the report from facts already walked (the live screen keeps them).
pub fn build_from(hall: &Hall, facts: &Facts, input: &Input, q: &Query) -> Report {
    let index = figures::TicketIndex::new(facts);
    let scope = figures::Scope::new(hall, q.period, q.as_of, q.by, &q.filter);
    let prev = q.previous();
    let prev_scope = figures::Scope::new(hall, prev, q.as_of, q.by, &q.filter);
    let current = figures::figures(facts, &scope, &index);
    let previous = figures::figures(facts, &prev_scope, &index);

    let mut notes = Vec::new();
    let today = day_of(hall, q.as_of);
    let started = q.period.from <= today;
    if !started {
        notes.push(Note::Future {
            from: q.period.from,
        });
    } else if q.period.end(hall) > q.as_of {
        notes.push(Note::NotOver {
            until: q.as_of.with_timezone(&hall.tz),
        });
    }
    let over = q.period.end(hall) <= q.as_of;
    if started {
        if current.open_days == 0 {
            notes.push(if !over {
                Note::NothingYet
            } else if q.period.days() == 1 {
                Note::Closed { day: q.period.from }
            } else {
                Note::Empty
            });
        } else if !current.closed_days.is_empty() {
            notes.push(Note::ClosedDays {
                days: current.closed_days.len() as u64,
            });
        }
        if current.open_days > 0 && previous.open_days == 0 {
            notes.push(Note::NothingBefore);
        }
    }
    let plan = if q.filter.is_empty() {
        let days: Vec<NaiveDate> = q
            .period
            .each_day()
            .filter(|d| *d <= today && !current.closed_days.contains(d))
            .collect();
        let days = if current.open_days == 0 { vec![] } else { days };
        forecast::plan_vs_day(hall, facts, &days, &input.history, &input.events)
    } else {
        notes.push(Note::PlanIsHallWide);
        Vec::new()
    };
    let mut report = Report {
        version: JSON_VERSION,
        hall: crate::text::clean(&hall.name),
        time_zone: hall.tz.name().to_string(),
        span: q.span,
        period: q.period.into(),
        previous_period: prev.into(),
        by: q.by,
        filter: q.filter.clone(),
        as_of: q.as_of.with_timezone(&hall.tz),
        notes,
        figures: current,
        previous_figures: previous,
        plan,
        trend: trend(hall, facts, &index, q),
        timeline: timeline(hall, facts, q),
        interval_minutes: hall.forecast.interval.num_minutes(),
        warn_lead_minutes: hall.policy.warn_lead.num_minutes(),
        key_figures: Vec::new(),
    };
    report.key_figures = key_figures(&report);
    report
}

/// Per day, or per week (Monday to Sunday, cut to the stretch) when the
/// stretch is longer than a month.
fn trend(hall: &Hall, facts: &Facts, index: &figures::TicketIndex, q: &Query) -> Trend {
    let span = q.trend_period();
    let weekly = span.days() > 31;
    let mut buckets: Vec<Period> = Vec::new();
    let mut d = span.from;
    while d <= span.to {
        let to = if weekly {
            Period::week(d).to.min(span.to)
        } else {
            d
        };
        buckets.push(Period { from: d, to });
        d = to + Duration::days(1);
    }
    let points = buckets
        .into_iter()
        .filter(|p| p.from <= day_of(hall, q.as_of))
        .map(|p| {
            let scope = figures::Scope::new(hall, p, q.as_of, By::Hall, &q.filter);
            let c = figures::customers(facts, &scope).total;
            let b = figures::breaks(facts, &scope, index).total;
            let (open, _) = figures::open_days(facts, &scope);
            TrendPoint {
                from: p.from,
                to: p.to,
                open: open > 0,
                issued: c.issued,
                served: c.served,
                mean_wait: c.wait.mean,
                within_target: c.within_target,
                breaks_taken: b.taken,
                late: b.late,
                overrun: b.overrun,
                unwarned_with_queue: b.unwarned_with_queue,
                unscheduled_minutes: b.unscheduled_minutes,
            }
        })
        .collect();
    Trend {
        step: if weekly {
            TrendStep::Week
        } else {
            TrendStep::Day
        },
        points,
    }
}

fn timeline(hall: &Hall, facts: &Facts, q: &Query) -> Vec<TimelineBreak> {
    let mut out: Vec<TimelineBreak> = facts
        .breaks
        .iter()
        .filter(|b| q.period.contains(day_of(hall, b.start)))
        .filter(|b| q.filter.window.is_none_or(|w| w == b.window))
        .filter(|b| q.filter.staff.is_none() || q.filter.staff == b.staff)
        .filter(|b| b.is_planned() || b.started_at.is_some())
        .map(|b| {
            let tz = |t: Instant| t.with_timezone(&hall.tz);
            TimelineBreak {
                id: b.id.0,
                window: b.window,
                staff: b.staff.clone(),
                day: day_of(hall, b.start),
                kind: match &b.kind {
                    BreakKind::Planned => "planned".to_string(),
                    BreakKind::Unscheduled(r) => r.code().to_string(),
                },
                start: tz(b.start),
                end: tz(b.due_back()),
                started: b.started_at.map(tz),
                ended: b.ended_at.map(tz),
                cancelled: b.cancelled_at.is_some(),
                warned: b.warned.is_some(),
            }
        })
        .collect();
    out.sort_by_key(|b| (b.start, b.window));
    out
}

/// The key figures: the headline numbers of a report, in the order shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyFigure {
    pub id: &'static str,
    pub unit: Unit,
    pub current: Option<f64>,
    pub previous: Option<f64>,
    pub change: Option<f64>,
}

/// How a figure is measured.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Minutes,
    Share,
    /// A figure per another (praise per complaint, complaints per 1000,
    /// the average rating), to two decimals.
    Ratio,
}

/// The headline figures of a report, each with the period before and the change.
pub fn key_figures(r: &Report) -> Vec<KeyFigure> {
    type Pick = fn(&Figures) -> Option<f64>;
    let picks: [(&'static str, Unit, Pick); 16] = [
        ("issued", Unit::Count, |f| {
            Some(f.customers.total.issued as f64)
        }),
        ("served", Unit::Count, |f| {
            Some(f.customers.total.served as f64)
        }),
        ("unserved", Unit::Count, |f| {
            Some(f.customers.total.unserved as f64)
        }),
        ("mean_wait", Unit::Minutes, |f| f.customers.total.wait.mean),
        ("p90_wait", Unit::Minutes, |f| f.customers.total.wait.p90),
        ("longest_wait", Unit::Minutes, |f| {
            f.customers.total.wait.max
        }),
        ("within_target", Unit::Share, |f| {
            f.customers.total.within_target
        }),
        ("mean_service", Unit::Minutes, |f| {
            f.customers.total.service.mean
        }),
        ("breaks_taken", Unit::Count, |f| {
            Some(f.breaks.total.taken as f64)
        }),
        ("late_starts", Unit::Count, |f| {
            Some(f.breaks.total.late as f64)
        }),
        ("overruns", Unit::Count, |f| {
            Some(f.breaks.total.overrun as f64)
        }),
        ("warned", Unit::Count, |f| {
            Some(f.breaks.total.warned as f64)
        }),
        ("unwarned_with_queue", Unit::Count, |f| {
            Some(f.breaks.total.unwarned_with_queue as f64)
        }),
        ("promises_kept", Unit::Share, |f| {
            let b = &f.breaks.total;
            stats::share(b.promised_served_before + b.promised_sent_on, b.promised)
        }),
        ("unscheduled_minutes", Unit::Minutes, |f| {
            Some(f.breaks.total.unscheduled_minutes)
        }),
        ("overrides", Unit::Count, |f| Some(f.overrides.len() as f64)),
    ];
    picks
        .into_iter()
        .map(|(id, unit, pick)| {
            let current = pick(&r.figures);
            // A period the hall was closed throughout has no figures to set
            // against, rather than zeros.
            let previous = if r.previous_figures.open_days > 0 {
                pick(&r.previous_figures)
            } else {
                None
            };
            KeyFigure {
                id,
                unit,
                current,
                previous,
                change: stats::change(current, previous),
            }
        })
        .collect()
}

/// How many of `d`'s values there are, for tables: none when empty.
pub fn dist_n(d: &Dist) -> Option<u64> {
    (d.n > 0).then_some(d.n)
}
