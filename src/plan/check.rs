//! A plan's forecast held to the simulator: the same hall, demand and breaks
//! simulated for many days, and the two set side by side per interval and
//! service, with the places they disagree by more than the forecast's target
//! (10% or half a minute per interval, 5% or 0.2 min for the day, beyond the
//! simulator's own 95% interval). Pure: the simulator is seeded.

use crate::config::LateBreakEnd;
use crate::domain::{ArrivalRate, Hall};
use crate::sim::{self, HallExtras, Model, Options, PlannedBreak, Ratio};
use crate::staffing::{Away, Demand, Forecast, Score};
use serde::Serialize;

/// How far an interval's forecast may be from the simulator: this share of
/// the simulated wait, or [`INTERVAL_MINUTES`], whichever is larger.
pub const INTERVAL_SHARE: f64 = 0.10;
pub const INTERVAL_MINUTES: f64 = 0.5;
/// The same for the day's mean.
pub const DAY_SHARE: f64 = 0.05;
pub const DAY_MINUTES: f64 = 0.2;

/// How far a forecast may be from a simulated figure before they disagree:
/// the target band, widened by the simulator's own uncertainty.
pub fn allowed(sim: &Ratio, share: f64, minutes: f64) -> f64 {
    (share * sim.mean.abs()).max(minutes) + sim.ci95.unwrap_or(0.0)
}

/// One service in one interval, both ways.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CellCheck {
    pub forecast: Option<f64>,
    pub simulated: Ratio,
    /// Further apart than the target allows.
    pub disagrees: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntervalCheck {
    /// Minutes from opening.
    pub start: f64,
    /// One per service, in the hall's order.
    pub cells: Vec<CellCheck>,
}

/// The forecast of a plan next to what the simulator makes of the same plan
/// and the same demand.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SimCheck {
    pub replications: u64,
    /// The forecast's mean wait over the day, and the simulator's.
    pub forecast_mean_wait: f64,
    pub simulated_mean_wait: Ratio,
    /// The longest mean wait of any service in any interval, both ways.
    pub forecast_worst_wait: f64,
    pub simulated_worst_wait: f64,
    /// Share of all arrivals called within their target, simulated.
    pub simulated_service_level: f64,
    pub forecast_overloaded: usize,
    /// The day's means are further apart than the target allows.
    pub day_disagrees: bool,
    /// Cells (interval and service) further apart than the target allows.
    pub disagreements: usize,
    pub intervals: Vec<IntervalCheck>,
}

/// The simulator's model of a day with the forecast's own demand (arrivals
/// per interval and mean service times, learned or configured), so the two
/// answer the same question.
pub fn model(
    hall: &Hall,
    demand: &Demand,
    aways: &[Away],
    late_break_end: LateBreakEnd,
) -> Result<Model, String> {
    let intervals = demand.intervals();
    let mut same = hall.clone();
    for s in &mut same.services {
        let Some(d) = demand.service(&s.code) else {
            continue;
        };
        s.arrivals = intervals
            .iter()
            .zip(&d.arrivals)
            .map(|((from, _), rate)| ArrivalRate {
                from: from.with_timezone(&hall.tz).time(),
                per_hour: rate * 60.0,
            })
            .collect();
        s.mean_service = chrono::Duration::milliseconds((d.mean_service * 60_000.0).round() as i64);
    }
    let breaks: Vec<PlannedBreak> = aways
        .iter()
        .map(|a| PlannedBreak {
            window: a.window,
            start: a.start,
            end: a.end,
        })
        .collect();
    let extras = HallExtras {
        late_break_end,
        ..HallExtras::default()
    };
    Model::from_hall(&same, demand.day, &breaks, &extras).map_err(|e| e.to_string())
}

/// Simulates the plan and sets it beside its forecast.
pub fn check(
    hall: &Hall,
    demand: &Demand,
    forecast: &Forecast,
    aways: &[Away],
    late_break_end: LateBreakEnd,
    replications: u64,
) -> Result<SimCheck, String> {
    let model = model(hall, demand, aways, late_break_end)?;
    let tally = sim::tally(
        &model,
        &Options {
            reps: replications,
            seed: 1,
            ..Options::default()
        },
    )
    .map_err(|e| e.to_string())?;
    Ok(compare(forecast, &tally, model.interval))
}

/// The forecast and a tally of the same day, interval by interval.
pub fn compare(forecast: &Forecast, tally: &sim::Tally, interval_minutes: f64) -> SimCheck {
    let score = Score::of(forecast);
    let mut disagreements = 0;
    let mut worst_sim: f64 = 0.0;
    let intervals: Vec<IntervalCheck> = forecast
        .cells
        .iter()
        .enumerate()
        .map(|(i, row)| IntervalCheck {
            start: i as f64 * interval_minutes,
            cells: row
                .iter()
                .enumerate()
                .map(|(s, cell)| {
                    let simulated = tally
                        .cells
                        .get(i)
                        .and_then(|r| r.get(s))
                        .copied()
                        .unwrap_or(Ratio {
                            mean: f64::NAN,
                            ci95: None,
                            served: 0.0,
                            arrivals: 0.0,
                            within: f64::NAN,
                        });
                    // The worst interval counts intervals with customers enough
                    // to mean something.
                    if simulated.mean.is_finite() && simulated.served * tally.days as f64 >= 20.0 {
                        worst_sim = worst_sim.max(simulated.mean);
                    }
                    let disagrees = match (cell.mean_wait, simulated.mean.is_finite()) {
                        (Some(f), true) => {
                            (f - simulated.mean).abs()
                                > allowed(&simulated, INTERVAL_SHARE, INTERVAL_MINUTES)
                        }
                        // Served in one and not the other, with customers enough to tell.
                        (None, true) => simulated.served >= 1.0,
                        (Some(_), false) => cell.arrivals - cell.unserved >= 1.0,
                        (None, false) => false,
                    };
                    disagreements += usize::from(disagrees);
                    CellCheck {
                        forecast: cell.mean_wait,
                        simulated,
                        disagrees,
                    }
                })
                .collect(),
        })
        .collect();
    let day_disagrees = tally.day.mean.is_finite()
        && (score.mean_wait - tally.day.mean).abs() > allowed(&tally.day, DAY_SHARE, DAY_MINUTES);
    SimCheck {
        replications: tally.days,
        forecast_mean_wait: score.mean_wait,
        simulated_mean_wait: tally.day,
        forecast_worst_wait: score.worst,
        simulated_worst_wait: worst_sim,
        simulated_service_level: tally.day.within,
        forecast_overloaded: score.overloaded,
        day_disagrees,
        disagreements,
        intervals,
    }
}
