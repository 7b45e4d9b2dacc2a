//! Staffing maths for the supervisor's planner: what arrivals to expect per
//! service and interval ([`Demand`]), and what a break plan does to waits
//! ([`Evaluator`]). Pure: the day, the hall and the history are passed in.
//!
//! # The forecast
//!
//! Queues have memory: a line starts empty at opening, a backlog built in an
//! overloaded half hour is still there in the next, and the worst wait comes
//! after the peak, not at it. So the forecast follows each line of work
//! through the day ([`transient`]): the number of customers in it as a
//! time-dependent birth–death process, from an empty hall at opening, with the
//! arrivals of each interval and the windows working minute by minute (shifts
//! and breaks), carrying the backlog from one interval to the next and
//! draining it after closing with the windows still at work. The mean wait of
//! the customers arriving in an interval follows from the queue they meet and
//! the capacity ahead of them; the day's mean weighs every interval by its
//! customers. Visit lengths that are not exponential change the queue's spread
//! by a documented correction (see [`transient`]).
//!
//! A break takes its window away from its planned start to its planned end.
//! The product's rule moves the real departure a little both ways — the
//! window finishes the customer at the counter, but in the warning's quarter
//! hour calls only the customers within its cutoff — and the simulator finds
//! the two nearly cancel (its staggered-breaks day waits 8.7 min on average
//! with the product's rule and 8.7 with windows leaving on the minute), so the
//! forecast leaves both out.
//!
//! Windows serving several services are shared as before ([`share`]): each
//! service's load is laid on its working windows as evenly as they can carry
//! it, and a service's customers wait in the line of work of its windows,
//! everything laid on them included. An interval where the work laid on a
//! service's windows reaches their number is flagged *overloaded*; its wait
//! is shown as it really grows and counts in the day's mean.
//!
//! "Windows needed" stays Erlang C ([`erlang`]) at [`TARGET_LEVEL`]: the fewest
//! windows that would hold the target in steady state, which is what that
//! figure means. The stationary period-by-period forecast the planner used
//! before is kept in [`stationary`] as the reference the new one is measured
//! against.
//!
//! References: A. Ingolfsson, E. Akhmetshina, S. Budge, Y. Li, X. Wu, "A survey
//! and experimental comparison of service-level-approximation methods for
//! nonstationary M(t)/M/s(t) queueing systems", INFORMS J. Computing 19(2), 2007
//! (the forward equations as the reference method; the stationary
//! independent period-by-period approximation and its faults); L. Green,
//! P. Kolesar, W. Whitt, "Coping with time-varying demand when setting
//! staffing requirements for a service system", POMS 16(1), 2007; W. Whitt,
//! "Approximations for the GI/G/m queue", POMS 2(2), 1993.

pub mod erlang;
mod evaluate;
mod learn;
pub mod share;
pub mod stationary;
pub mod transient;

pub use erlang::{Figures, Queue, Stable};
pub use evaluate::{Cell, Evaluator, Forecast, Incremental, Score, Weigh};
pub use learn::{History, learn, learn_from};

use crate::domain::{Hall, Instant, ServiceCode, ServiceTime, WindowId};
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

/// The share of customers the hall wants served within each service's target
/// wait, for "windows needed".
pub const TARGET_LEVEL: f64 = 0.8;

/// The resolution at which the stationary forecast reads window availability.
pub const SLICE_MINUTES: i64 = 5;

/// Where a service's expected arrivals come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// The config's `arrivals_per_hour` profile and mean service time.
    Config,
    /// The event log: the same weekday on this many past days.
    Learned { days: u32 },
}

/// What one service is expected to bring in one day.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDemand {
    pub code: ServiceCode,
    /// Arrivals per minute, per interval.
    pub arrivals: Vec<f64>,
    /// Mean service time in minutes.
    pub mean_service: f64,
    /// Squared coefficient of variation of a visit: 1 for exponential visits,
    /// cv² for lognormal ones, 0 for fixed ones, the log's own for empirical.
    pub scv: f64,
    /// The wait the hall aims for, in minutes.
    pub target_wait: f64,
    pub source: Source,
}

/// A day cut into intervals, with each service's expected arrivals.
#[derive(Clone, Debug, PartialEq)]
pub struct Demand {
    pub day: NaiveDate,
    /// When the hall opens and closes that day.
    pub open: Instant,
    pub close: Instant,
    pub interval: Duration,
    pub services: Vec<ServiceDemand>,
}

/// A wall-clock time on a day in the hall's zone. On the night clocks go back
/// the earlier instant is meant; a time skipped when they go forward is the
/// first instant after the gap.
pub fn local(hall: &Hall, day: NaiveDate, time: NaiveTime) -> Instant {
    let mut t = day.and_time(time);
    for _ in 0..4 {
        match hall.tz.from_local_datetime(&t) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => return x.to_utc(),
            LocalResult::None => t += Duration::minutes(30),
        }
    }
    t.and_utc()
}

/// The squared coefficient of variation the config gives a service's visits;
/// an empirical one is exponential until the log says more.
pub fn configured_scv(time: &ServiceTime) -> f64 {
    match time {
        ServiceTime::Exponential | ServiceTime::Empirical => 1.0,
        ServiceTime::Lognormal { cv } => cv * cv,
        ServiceTime::Deterministic => 0.0,
    }
}

impl Demand {
    /// The intervals' starts, from opening; the last may be cut short by closing.
    pub fn intervals(&self) -> Vec<(Instant, Instant)> {
        let mut out = Vec::new();
        let mut t = self.open;
        while t < self.close {
            let end = (t + self.interval).min(self.close);
            out.push((t, end));
            t = end;
        }
        out
    }

    /// Expected arrivals from the config alone: each interval's rate is the
    /// profile's average over it.
    pub fn from_config(hall: &Hall, day: NaiveDate) -> Demand {
        let open = local(hall, day, hall.hours.open);
        let close = local(hall, day, hall.hours.close).max(open);
        let mut demand = Demand {
            day,
            open,
            close,
            interval: hall.forecast.interval,
            services: Vec::new(),
        };
        let intervals = demand.intervals();
        demand.services = hall
            .services
            .iter()
            .map(|s| ServiceDemand {
                code: s.code.clone(),
                arrivals: intervals
                    .iter()
                    .map(|(from, to)| {
                        let minutes = (*to - *from).num_minutes().max(1);
                        let total: f64 = (0..minutes)
                            .map(|m| {
                                let at = (*from + Duration::minutes(m)).with_timezone(&hall.tz);
                                s.arrivals_per_hour(at.time())
                            })
                            .sum();
                        total / minutes as f64 / 60.0
                    })
                    .collect(),
                mean_service: s.mean_service.num_seconds() as f64 / 60.0,
                scv: configured_scv(&s.service_time),
                target_wait: s.target_wait.num_seconds() as f64 / 60.0,
                source: Source::Config,
            })
            .collect();
        demand
    }

    pub fn service(&self, code: &ServiceCode) -> Option<&ServiceDemand> {
        self.services.iter().find(|s| &s.code == code)
    }
}

/// A window away from work for a while: a break in the plan being weighed.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Away {
    pub window: WindowId,
    pub start: Instant,
    pub end: Instant,
}

/// For each service of the demand, the windows (indices into the hall's list)
/// that handle it.
pub fn pools(hall: &Hall, demand: &Demand) -> Vec<Vec<usize>> {
    demand
        .services
        .iter()
        .map(|s| {
            hall.windows
                .iter()
                .enumerate()
                .filter(|(_, w)| w.services.contains(&s.code))
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

/// When a window is staffed on a day: the hall's hours, narrowed to the shift of
/// whoever usually works there. A window nobody works at is closed, unless the
/// hall lists no staff at all (then every window is open all day).
pub fn staffed_hours(hall: &Hall, day: NaiveDate, window: WindowId) -> Option<(Instant, Instant)> {
    let open = local(hall, day, hall.hours.open);
    let close = local(hall, day, hall.hours.close);
    if hall.staff.is_empty() {
        return Some((open, close));
    }
    let staff = hall.staff.iter().find(|s| s.window == Some(window))?;
    let shift = staff.shift_or(&hall.hours);
    let start = local(hall, day, shift.open).max(open);
    let end = local(hall, day, shift.close).min(close);
    (start < end).then_some((start, end))
}

#[cfg(test)]
mod tests;
