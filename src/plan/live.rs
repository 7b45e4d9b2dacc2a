//! The live hall's forecast: the rest of today under the plan being edited,
//! starting from the queues as they stand now (who waits for each service,
//! which windows are serving), not from an empty hall at opening. Pure.

use super::Plan;
use crate::domain::{Hall, Instant, State};
use crate::staffing::Evaluator;
use chrono::DateTime;
use chrono_tz::Tz;

/// How many intervals ahead the live hall shows.
pub const AHEAD: usize = 4;

/// One interval of one service.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveCell {
    pub start: DateTime<Tz>,
    pub mean_wait: Option<f64>,
    pub overloaded: bool,
}

/// One service: who waits now, and the next intervals.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveRow {
    pub code: String,
    pub name: String,
    pub waiting: usize,
    pub cells: Vec<LiveCell>,
}

/// The forecast from now; no rows once the day's hours are over.
#[derive(Clone, Debug, PartialEq)]
pub struct Live {
    pub rows: Vec<LiveRow>,
}

/// Today's forecast from `now`, or `None` when the plan is not today's.
pub fn live(hall: &Hall, state: &State, ev: &Evaluator, plan: &Plan, now: Instant) -> Option<Live> {
    if now.with_timezone(&hall.tz).date_naive() != plan.day {
        return None;
    }
    let waiting: Vec<usize> = ev
        .demand()
        .services
        .iter()
        .map(|d| {
            state
                .tickets
                .values()
                .filter(|t| t.is_waiting() && t.service == d.code)
                .count()
        })
        .collect();
    let serving: Vec<bool> = hall
        .windows
        .iter()
        .map(|w| {
            state
                .windows
                .get(&w.id)
                .is_some_and(|rt| rt.serving.is_some())
        })
        .collect();
    let counts: Vec<f64> = waiting.iter().map(|n| *n as f64).collect();
    let f = ev.forecast_from(&plan.aways(now), now, &counts, &serving);
    if f.cells.is_empty() {
        return Some(Live { rows: Vec::new() });
    }
    let rows = ev
        .demand()
        .services
        .iter()
        .enumerate()
        .map(|(s, d)| LiveRow {
            code: d.code.0.clone(),
            name: hall
                .service(&d.code)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
            waiting: waiting[s],
            cells: f
                .intervals
                .iter()
                .zip(&f.cells)
                .take(AHEAD)
                .map(|((start, _), row)| LiveCell {
                    start: start.with_timezone(&hall.tz),
                    mean_wait: row[s].mean_wait,
                    overloaded: row[s].overloaded,
                })
                .collect(),
        })
        .collect();
    Some(Live { rows })
}
