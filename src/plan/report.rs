//! The day's plan and its forecast as one read model: what `plan --print` writes
//! as text, CSV or JSON, and what the planner screen draws. Pure.

use super::rules::{Finding, Problem};
use super::{Lock, Plan};
use crate::clock::ser_time;
use crate::domain::{BreakPhase, Hall, Instant, State};
use crate::staffing::{Forecast, Score, Source};
use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct PlanReport {
    pub hall: String,
    pub day: NaiveDate,
    pub interval_minutes: i64,
    #[serde(serialize_with = "ser_time")]
    pub now: DateTime<Tz>,
    pub breaks: Vec<BreakRow>,
    /// Rules broken by the plan as a whole (entitled breaks not planned).
    pub plan_problems: Vec<Problem>,
    pub services: Vec<ServiceRow>,
    pub intervals: Vec<IntervalRow>,
    pub summary: Summary,
}

#[derive(Clone, Debug, Serialize)]
pub struct BreakRow {
    pub id: Option<u64>,
    pub window: u32,
    pub window_name: Option<String>,
    pub staff: Option<String>,
    #[serde(serialize_with = "ser_time")]
    pub start: DateTime<Tz>,
    #[serde(serialize_with = "ser_time")]
    pub end: DateTime<Tz>,
    pub minutes: i64,
    pub unscheduled: bool,
    pub published: bool,
    /// Where the break stands in the log; `None` for one only in the planner.
    pub phase: Option<BreakPhase>,
    /// Edited in the planner and not yet written.
    pub edited: bool,
    pub locked: bool,
    /// When it really began and ended, if it did.
    #[serde(serialize_with = "ser_opt_time")]
    pub started: Option<DateTime<Tz>>,
    #[serde(serialize_with = "ser_opt_time")]
    pub ended: Option<DateTime<Tz>>,
    pub problems: Vec<Problem>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ServiceRow {
    pub code: String,
    pub name: String,
    pub target_wait_minutes: f64,
    pub mean_service_minutes: f64,
    /// "config", or "log" with the number of past days learned from.
    pub source: String,
    pub learned_days: Option<u32>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IntervalRow {
    #[serde(serialize_with = "ser_time")]
    pub start: DateTime<Tz>,
    #[serde(serialize_with = "ser_time")]
    pub end: DateTime<Tz>,
    /// One per service, in the order of `services`.
    pub cells: Vec<CellRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CellRow {
    pub arrivals: f64,
    pub windows: f64,
    pub needed: Option<u32>,
    /// The work laid on the service's windows reaches their number somewhere
    /// in the interval: the line grows. The wait is still the real one.
    pub overloaded: bool,
    /// No window serves the service at any time in the interval.
    pub no_window: bool,
    pub p_wait: f64,
    /// The mean wait of those arriving in the interval who are served; `None`
    /// when none of them would be.
    pub mean_wait_minutes: Option<f64>,
    pub service_level: f64,
    pub occupancy: f64,
    /// Expected customers of the interval never served.
    pub unserved: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    /// The longest mean wait of any service in any interval, overloaded ones
    /// included.
    pub worst_wait_minutes: f64,
    pub overloaded_intervals: usize,
    /// The mean wait over the day's served customers, overloaded intervals
    /// included.
    pub mean_wait_minutes: f64,
    pub problems: usize,
    /// Customers expected never to be served: they gave up, or no window was
    /// left for them.
    pub unserved_customers: f64,
    /// Services no window serves at any time of the day.
    pub services_without_window: Vec<String>,
    /// A backlog outgrew what the forecast can count: its waits are lower bounds.
    pub beyond_count: bool,
}

fn ser_opt_time<S: serde::Serializer>(t: &Option<DateTime<Tz>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => ser_time(t, s),
        None => s.serialize_none(),
    }
}

impl Summary {
    pub fn of(forecast: &Forecast, codes: &[String], problems: usize) -> Summary {
        let score = Score::of(forecast);
        let services_without_window = codes
            .iter()
            .enumerate()
            .filter(|(k, _)| {
                !forecast.cells.is_empty()
                    && forecast
                        .cells
                        .iter()
                        .all(|row| row.get(*k).is_none_or(|c| c.no_window))
            })
            .map(|(_, code)| code.clone())
            .collect();
        Summary {
            worst_wait_minutes: score.worst,
            overloaded_intervals: score.overloaded,
            mean_wait_minutes: score.mean_wait,
            problems,
            unserved_customers: score.unserved,
            services_without_window,
            beyond_count: forecast.truncated,
        }
    }
}

/// Builds the report; `sources` says where each service's arrivals came from.
pub fn build(
    hall: &Hall,
    state: &State,
    plan: &Plan,
    forecast: &Forecast,
    findings: &[Finding],
    sources: &[(f64, Source)],
    now: Instant,
) -> PlanReport {
    let tz = hall.tz;
    let breaks = plan
        .breaks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let logged = b.id.and_then(|id| state.breaks.get(&id));
            BreakRow {
                id: b.id.map(|id| id.0),
                window: b.window.0,
                window_name: hall.window(b.window).and_then(|w| w.name.clone()),
                staff: b.staff.as_ref().map(|s| {
                    hall.staff(s)
                        .map(|x| x.name.clone())
                        .unwrap_or_else(|| s.0.clone())
                }),
                start: b.start.with_timezone(&tz),
                end: b.end.with_timezone(&tz),
                minutes: b.minutes(),
                unscheduled: b.unscheduled,
                published: b.published,
                phase: logged.map(|l| state.break_phase(hall, l, now)),
                edited: b.edited(),
                locked: b.lock != Lock::Free,
                started: b.actual.map(|(s, _)| s.with_timezone(&tz)),
                ended: b.actual.and_then(|(_, e)| e).map(|e| e.with_timezone(&tz)),
                problems: findings
                    .iter()
                    .filter(|f| f.brk == Some(i))
                    .map(|f| f.problem.clone())
                    .collect(),
            }
        })
        .collect();
    let services = hall
        .services
        .iter()
        .zip(sources)
        .map(|(s, (mean, source))| ServiceRow {
            code: s.code.0.clone(),
            name: s.name.clone(),
            target_wait_minutes: s.target_wait.num_seconds() as f64 / 60.0,
            mean_service_minutes: *mean,
            source: match source {
                Source::Config => "config".into(),
                Source::Learned { .. } => "log".into(),
            },
            learned_days: match source {
                Source::Config => None,
                Source::Learned { days } => Some(*days),
            },
        })
        .collect();
    let intervals = forecast
        .intervals
        .iter()
        .zip(&forecast.cells)
        .map(|((from, to), cells)| IntervalRow {
            start: from.with_timezone(&tz),
            end: to.with_timezone(&tz),
            cells: cells
                .iter()
                .map(|c| CellRow {
                    arrivals: c.arrivals,
                    windows: c.windows,
                    needed: c.needed,
                    overloaded: c.overloaded,
                    no_window: c.no_window,
                    p_wait: c.p_wait,
                    mean_wait_minutes: c.mean_wait,
                    service_level: c.service_level,
                    occupancy: c.occupancy,
                    unserved: c.unserved,
                })
                .collect(),
        })
        .collect();
    let codes: Vec<String> = hall.services.iter().map(|s| s.code.0.clone()).collect();
    PlanReport {
        hall: hall.name.clone(),
        day: plan.day,
        interval_minutes: hall.forecast.interval.num_minutes(),
        now: now.with_timezone(&tz),
        breaks,
        plan_problems: findings
            .iter()
            .filter(|f| f.brk.is_none())
            .map(|f| f.problem.clone())
            .collect(),
        services,
        intervals,
        summary: Summary::of(forecast, &codes, findings.len()),
    }
}
