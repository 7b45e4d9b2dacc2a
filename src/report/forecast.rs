//! The plan against the day: for each day of the period, the wait the
//! planner's forecast gave for the day's break plan (learned, as the planner
//! learns it, from the same weekday in the weeks before), next to the waits
//! customers really had, interval by interval. Several days are summed up
//! interval by interval.

use super::facts::{Facts, TicketFact};
use super::period::{Days, day_of};
use super::stats::minutes;
use crate::domain::{Event, Hall, Instant, Recorded};
use crate::staffing::{Away, Evaluator, History, learn_from};
use chrono::{Duration, NaiveDate, NaiveTime};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One interval of the day, over the days of the period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntervalPlan {
    #[serde(serialize_with = "hhmm")]
    pub start: NaiveTime,
    #[serde(serialize_with = "hhmm")]
    pub end: NaiveTime,
    /// Days that contributed.
    pub days: u64,
    /// Customers the forecast expected, and those who came.
    pub forecast_arrivals: f64,
    pub arrivals: u64,
    /// The forecast's mean wait, weighted by its expected arrivals over the
    /// services and days where it gave one (minutes).
    pub forecast_mean_wait: Option<f64>,
    /// Services × days the forecast found overloaded (no wait given).
    pub overloaded: u64,
    /// The mean wait of those who came in the interval and were called.
    pub mean_wait: Option<f64>,
    pub called: u64,
    pub within_target: Option<f64>,
    /// The mean target wait of those who came (minutes).
    pub target: Option<f64>,
}

fn hhmm<S: serde::Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.format("%H:%M").to_string())
}

/// The kinds of event the forecast learns from.
pub const HISTORY_KINDS: [&str; 4] = [
    "ticket_issued",
    "ticket_called",
    "ticket_served",
    "ticket_transferred",
];

fn is_history(e: &Event) -> bool {
    matches!(
        e,
        Event::TicketIssued { .. }
            | Event::TicketCalled { .. }
            | Event::TicketServed { .. }
            | Event::TicketTransferred { .. }
    )
}

#[derive(Default)]
struct Row {
    days: u64,
    end: Option<NaiveTime>,
    forecast_arrivals: f64,
    weighted: f64,
    weight: f64,
    overloaded: u64,
    arrivals: u64,
    waits: Vec<f64>,
    within: u64,
    with_target: u64,
    targets: Vec<f64>,
}

/// The plan against the day for `days` (each one the hall was open, up to
/// now). `history` holds ticket events from before the facts' events; both
/// are searched for the weeks each forecast learns from.
pub fn plan_vs_day(
    hall: &Hall,
    facts: &Facts,
    days: &[NaiveDate],
    history: &[Recorded],
    events: &[Recorded],
) -> Vec<IntervalPlan> {
    if days.is_empty() {
        return Vec::new();
    }
    // The ticket events of each past day any forecast learns from.
    let mut wanted: BTreeMap<NaiveDate, Vec<&Recorded>> = BTreeMap::new();
    for d in days {
        for past in History::days(hall, *d) {
            wanted.entry(past).or_default();
        }
    }
    let mut clock = Days::new(hall);
    for r in history.iter().chain(events) {
        if !is_history(&r.event) {
            continue;
        }
        if let Some(v) = wanted.get_mut(&clock.day(r.at)) {
            v.push(r);
        }
    }
    let mut tickets: HashMap<NaiveDate, Vec<&TicketFact>> = HashMap::new();
    for t in &facts.tickets {
        tickets.entry(clock.day(t.issued)).or_default().push(t);
    }
    let mut rows: BTreeMap<NaiveTime, Row> = BTreeMap::new();
    for day in days {
        let mut past: Vec<&Recorded> = History::days(hall, *day)
            .iter()
            .filter_map(|d| wanted.get(d))
            .flat_map(|v| v.iter().copied())
            .collect();
        past.sort_by_key(|r| r.seq);
        let demand = learn_from(hall, *day, &past);
        let ev = Evaluator::new(hall, demand);
        let plan: Vec<Away> = facts
            .breaks
            .iter()
            .filter(|b| b.is_planned() && b.cancelled_at.is_none())
            .filter(|b| day_of(hall, b.start) == *day)
            .map(|b| Away {
                window: b.window,
                start: b.start,
                end: b.end,
            })
            .collect();
        let forecast = ev.forecast(&plan);
        let todays = tickets.get(day).map(Vec::as_slice).unwrap_or_default();
        let day_end = super::period::day_start(hall, *day + Duration::days(1));
        for ((from, to), cells) in forecast.intervals.iter().zip(&forecast.cells) {
            let start = from.with_timezone(&hall.tz).time();
            let row = rows.entry(start).or_default();
            row.days += 1;
            row.end.get_or_insert(to.with_timezone(&hall.tz).time());
            for cell in cells {
                row.forecast_arrivals += cell.arrivals;
                // An overloaded interval is flagged and its real wait counts.
                if cell.overloaded {
                    row.overloaded += 1;
                }
                if let Some(mean_wait) = cell.mean_wait {
                    row.weighted += cell.arrivals * mean_wait;
                    row.weight += cell.arrivals;
                }
            }
            for t in todays
                .iter()
                .filter(|t| *from <= t.issued && t.issued < *to)
            {
                row.arrivals += 1;
                let target = hall
                    .service(&t.service)
                    .map(|s| s.target_wait.num_milliseconds() as f64 / 60_000.0);
                if let Some(target) = target {
                    row.targets.push(target);
                }
                if let Some(call) = t.first_call().filter(|c| c.at < day_end) {
                    let w = minutes(t.issued, call.at);
                    row.waits.push(w);
                    if let Some(target) = target {
                        row.with_target += 1;
                        if w <= target {
                            row.within += 1;
                        }
                    }
                }
            }
        }
    }
    rows.into_iter()
        .map(|(start, r)| IntervalPlan {
            start,
            end: r.end.unwrap_or(start),
            days: r.days,
            forecast_arrivals: r.forecast_arrivals,
            arrivals: r.arrivals,
            forecast_mean_wait: (r.weight > 0.0).then(|| r.weighted / r.weight),
            overloaded: r.overloaded,
            mean_wait: (!r.waits.is_empty())
                .then(|| r.waits.iter().sum::<f64>() / r.waits.len() as f64),
            called: r.waits.len() as u64,
            within_target: super::stats::share(r.within, r.with_target),
            target: (!r.targets.is_empty())
                .then(|| r.targets.iter().sum::<f64>() / r.targets.len() as f64),
        })
        .collect()
}

/// The stretch of the log the forecasts for `days` learn from: from the
/// first past day's midnight to the midnight after the last.
pub fn history_span(hall: &Hall, from: NaiveDate, to: NaiveDate) -> Option<(Instant, Instant)> {
    let first = History::days(hall, from).into_iter().next()?;
    let last = History::days(hall, to).into_iter().last()?;
    Some((
        super::period::day_start(hall, first),
        super::period::day_start(hall, last + Duration::days(1)),
    ))
}
