//! Staffing maths for the supervisor's planner: what arrivals to expect per
//! service and interval ([`Demand`]), and what a break plan does to waits
//! ([`Evaluator`]), by Erlang C ([`erlang`]). Pure: the day, the hall and the
//! history are passed in.
//!
//! The day is cut into the config's intervals (15 or 30 minutes) and each
//! interval into five-minute slices. In a slice a window either works or does
//! not (on a break, or outside its staff's shift), so each slice is an ordinary
//! M/M/c queue — the stationary, independent period-by-period approximation
//! that workforce planning uses. A window serving several services is shared:
//! each service's load is laid on the windows that handle it so that the
//! windows end up as evenly busy as they can (the service with the fewest
//! windows placed first), and a service's queue is served by its working
//! windows carrying all the load laid on them. An interval's figures are its
//! slices' average; one overloaded slice makes the interval overloaded, since
//! its queue grows without end.

pub mod erlang;
mod learn;

pub use erlang::{Figures, Queue, Stable};
pub use learn::{History, learn};

use crate::domain::{Hall, Instant, ServiceCode, WindowId};
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};
use std::collections::HashMap;

/// The share of customers the hall wants served within each service's target
/// wait, for "windows needed".
pub const TARGET_LEVEL: f64 = 0.8;

/// The resolution at which window availability is read.
pub const SLICE_MINUTES: i64 = 5;

/// Rounds of laying each service's load on its windows; three bring shared
/// windows within a hair of evenly busy in the halls tried.
const LEVELLING_PASSES: usize = 3;

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

/// One interval's outlook for one service.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Outlook {
    /// Somewhere in the interval the queue grows faster than it is served.
    Overloaded,
    Stable {
        p_wait: f64,
        mean_wait: f64,
        service_level: f64,
        occupancy: f64,
    },
}

impl Outlook {
    pub fn mean_wait(&self) -> Option<f64> {
        match self {
            Outlook::Overloaded => None,
            Outlook::Stable { mean_wait, .. } => Some(*mean_wait),
        }
    }
}

/// One service in one interval: the outlook for the plan, the windows that
/// serve it on average, and the windows it would need for the target.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Cell {
    pub outlook: Outlook,
    /// Working windows that handle the service, averaged over the interval.
    pub windows: f64,
    /// The fewest windows that would serve [`TARGET_LEVEL`] within the target
    /// with the interval's load on them; `None` beyond any hall.
    pub needed: Option<u32>,
    /// Expected arrivals in the interval.
    pub arrivals: f64,
}

/// A whole day's forecast for a plan: per interval, per service (in the hall's
/// order).
#[derive(Clone, Debug, PartialEq)]
pub struct Forecast {
    pub intervals: Vec<(Instant, Instant)>,
    /// `cells[interval][service]`.
    pub cells: Vec<Vec<Cell>>,
}

/// How bad the worst interval is, for comparing plans: overloaded intervals
/// first (more of them is worse), then the longest predicted mean wait.
#[derive(Copy, Clone, Debug, PartialEq, PartialOrd)]
pub struct Worst {
    pub overloaded: usize,
    pub mean_wait: f64,
}

impl Forecast {
    /// The worst interval of the day over every service.
    pub fn worst(&self) -> Worst {
        let mut worst = Worst {
            overloaded: 0,
            mean_wait: 0.0,
        };
        for row in &self.cells {
            for cell in row {
                match cell.outlook {
                    Outlook::Overloaded => worst.overloaded += 1,
                    Outlook::Stable { mean_wait, .. } => {
                        worst.mean_wait = worst.mean_wait.max(mean_wait)
                    }
                }
            }
        }
        worst
    }

    /// The mean wait over the day's expected customers, overloaded intervals
    /// left out; `None` when nobody is expected or nothing is stable.
    pub fn day_mean_wait(&self) -> Option<f64> {
        let (mut weight, mut total) = (0.0, 0.0);
        for row in &self.cells {
            for cell in row {
                if let Some(w) = cell.outlook.mean_wait() {
                    weight += cell.arrivals;
                    total += cell.arrivals * w;
                }
            }
        }
        (weight > 0.0).then(|| total / weight)
    }
}

/// Weighs break plans for one day's demand. Built once per day; each
/// evaluation only counts which windows are away when.
pub struct Evaluator {
    demand: Demand,
    /// Slice starts.
    slices: Vec<Instant>,
    /// For each slice, its interval.
    slice_interval: Vec<usize>,
    /// For each interval, its slices.
    interval_slices: Vec<std::ops::Range<usize>>,
    /// `needed[interval][service]`, which no plan changes.
    needed: Vec<Vec<Option<u32>>>,
    windows: Vec<WindowId>,
    /// `staffed[slice][window]`: someone is on shift at that window.
    staffed: Vec<Vec<bool>>,
    /// For each service, the indices of the windows handling it.
    service_windows: Vec<Vec<usize>>,
}

impl Evaluator {
    pub fn new(hall: &Hall, demand: Demand) -> Evaluator {
        let intervals = demand.intervals();
        let mut slices = Vec::new();
        let mut slice_interval = Vec::new();
        let mut interval_slices = Vec::new();
        for (i, (from, to)) in intervals.iter().enumerate() {
            let first = slices.len();
            let mut t = *from;
            while t < *to {
                slices.push(t);
                slice_interval.push(i);
                t += Duration::minutes(SLICE_MINUTES);
            }
            interval_slices.push(first..slices.len());
        }
        let windows: Vec<WindowId> = hall.windows.iter().map(|w| w.id).collect();
        let shifts: Vec<Option<(Instant, Instant)>> = windows
            .iter()
            .map(|w| staffed_hours(hall, demand.day, *w))
            .collect();
        let staffed = slices
            .iter()
            .map(|t| {
                // A window counts in a slice its staff work through the middle of.
                let mid = *t + Duration::seconds(SLICE_MINUTES * 30);
                shifts
                    .iter()
                    .map(|s| s.is_some_and(|(a, b)| a <= mid && mid < b))
                    .collect()
            })
            .collect();
        let service_windows = demand
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
            .collect();
        let mut evaluator = Evaluator {
            demand,
            slices,
            slice_interval,
            interval_slices,
            needed: Vec::new(),
            windows,
            staffed,
            service_windows,
        };
        let all_in = vec![0u16; evaluator.windows.len()];
        evaluator.needed = evaluator
            .interval_slices
            .iter()
            .map(|r| match r.clone().next() {
                Some(slice) => evaluator
                    .slice_queues(slice, &all_in)
                    .into_iter()
                    .map(|(q, _)| q.windows_needed(TARGET_LEVEL))
                    .collect(),
                None => vec![Some(0); evaluator.demand.services.len()],
            })
            .collect();
        evaluator
    }

    pub fn demand(&self) -> &Demand {
        &self.demand
    }

    pub fn slice_count(&self) -> usize {
        self.slices.len()
    }

    /// The slices a stretch of time touches, as a range of indices.
    pub fn slices_touched(&self, start: Instant, end: Instant) -> std::ops::Range<usize> {
        let step = Duration::minutes(SLICE_MINUTES);
        let first = self.slices.partition_point(|s| *s + step <= start);
        let last = self.slices.partition_point(|s| *s < end);
        first..last.max(first)
    }

    /// Which windows are away in each slice, for a plan.
    pub fn away_counts(&self, plan: &[Away]) -> Vec<Vec<u16>> {
        let mut away = vec![vec![0u16; self.windows.len()]; self.slices.len()];
        for a in plan {
            self.mark(&mut away, a, 1);
        }
        away
    }

    /// Adds (`delta` = 1) or removes (−1) one absence from the counts.
    pub fn mark(&self, away: &mut [Vec<u16>], a: &Away, delta: i32) {
        let Some(w) = self.windows.iter().position(|x| *x == a.window) else {
            return;
        };
        for s in self.slices_touched(a.start, a.end) {
            let v = &mut away[s][w];
            *v = (i32::from(*v) + delta).max(0) as u16;
        }
    }

    /// Each service's queue in one slice, given who is away, with the windows
    /// working for it.
    ///
    /// Every service's load is laid on its working windows so that their loads
    /// come out as level as they can: the service with the fewest windows
    /// first, each one filling its least busy windows first. A service's queue
    /// is then served by its working windows with all the load laid on them:
    /// customers of other services who use the same windows wait in the same
    /// line of work.
    pub fn slice_queues(&self, slice: usize, away: &[u16]) -> Vec<(Queue, u32)> {
        let interval = self.slice_interval[slice];
        let services = &self.demand.services;
        let working = |w: &usize| self.staffed[slice][*w] && away[*w] == 0;
        let pools: Vec<Vec<usize>> = self
            .service_windows
            .iter()
            .map(|p| p.iter().copied().filter(working).collect())
            .collect();
        let rate = |s: usize| services[s].arrivals.get(interval).copied().unwrap_or(0.0);
        let mut order: Vec<usize> = (0..services.len()).collect();
        order.sort_by_key(|s| pools[*s].len());
        let mut load = vec![0.0; self.windows.len()];
        let mut parts: Vec<Vec<(usize, f64)>> = vec![vec![]; services.len()];
        // The first pass depends on the order; lifting each service and laying
        // it again on the others' loads evens out what that order got wrong.
        for _ in 0..LEVELLING_PASSES {
            for &s in &order {
                for (w, part) in parts[s].drain(..) {
                    load[w] -= part;
                }
                parts[s] = level(&load, &pools[s], rate(s) * services[s].mean_service);
                for (w, part) in &parts[s] {
                    load[*w] += part;
                }
            }
        }
        let mut arrivals = vec![0.0; self.windows.len()];
        for (s, laid) in parts.iter().enumerate() {
            for (w, part) in laid {
                arrivals[*w] += part / services[s].mean_service;
            }
        }
        services
            .iter()
            .enumerate()
            .map(|(s, d)| {
                let pool = &pools[s];
                let (load, lambda) = if pool.is_empty() {
                    // Nobody can serve it: its customers only pile up.
                    (rate(s) * d.mean_service, rate(s))
                } else {
                    (
                        pool.iter().map(|w| load[*w]).sum::<f64>(),
                        pool.iter().map(|w| arrivals[*w]).sum::<f64>(),
                    )
                };
                let mean = if lambda > 0.0 {
                    load / lambda
                } else {
                    d.mean_service
                };
                let queue = Queue {
                    arrivals_per_minute: lambda,
                    mean_service: mean,
                    target_wait: d.target_wait,
                };
                (queue, pool.len() as u32)
            })
            .collect()
    }

    /// Which windows work in a slice, as bits: two slices of one interval with
    /// the same bits have the same figures.
    pub fn working_mask(&self, slice: usize, away: &[u16]) -> Vec<u64> {
        let mut mask = vec![0u64; self.windows.len().div_ceil(64)];
        for (w, (staffed, away)) in self.staffed[slice].iter().zip(away).enumerate() {
            if *staffed && *away == 0 {
                mask[w / 64] |= 1 << (w % 64);
            }
        }
        mask
    }

    /// Each service's Erlang C figures in one slice, with its working windows.
    pub fn slice_figures(&self, slice: usize, away: &[u16]) -> Vec<(Figures, f64)> {
        self.slice_queues(slice, away)
            .into_iter()
            .map(|(q, c)| (q.figures(c), f64::from(c)))
            .collect()
    }

    /// The day's forecast for a plan.
    pub fn forecast(&self, plan: &[Away]) -> Forecast {
        let away = self.away_counts(plan);
        let per_slice: Vec<Vec<(Figures, f64)>> = (0..self.slices.len())
            .map(|s| self.slice_figures(s, &away[s]))
            .collect();
        self.aggregate(&per_slice)
    }

    /// Averages slices into intervals.
    pub fn aggregate(&self, per_slice: &[Vec<(Figures, f64)>]) -> Forecast {
        let intervals = self.demand.intervals();
        let cells = intervals
            .iter()
            .enumerate()
            .map(|(i, (from, to))| {
                let minutes = (*to - *from).num_minutes() as f64;
                (0..self.demand.services.len())
                    .map(|k| {
                        let figures: Vec<&(Figures, f64)> = self.interval_slices[i]
                            .clone()
                            .map(|s| &per_slice[s][k])
                            .collect();
                        let rate = self.demand.services[k]
                            .arrivals
                            .get(i)
                            .copied()
                            .unwrap_or(0.0);
                        Cell {
                            outlook: outlook(&figures),
                            windows: figures.iter().map(|(_, c)| c).sum::<f64>()
                                / figures.len().max(1) as f64,
                            needed: self.needed[i][k],
                            arrivals: rate * minutes,
                        }
                    })
                    .collect()
            })
            .collect();
        Forecast { intervals, cells }
    }

    /// The interval a slice belongs to, and the slices of an interval.
    pub fn interval_of(&self, slice: usize) -> usize {
        self.slice_interval[slice]
    }

    pub fn slices_of(&self, interval: usize) -> std::ops::Range<usize> {
        self.interval_slices.get(interval).cloned().unwrap_or(0..0)
    }
}

/// Pours `amount` onto the windows of `pool`, least loaded first, so that they
/// end as level as possible: returns how much each window takes.
fn level(load: &[f64], pool: &[usize], amount: f64) -> Vec<(usize, f64)> {
    if pool.is_empty() || amount <= 0.0 {
        return vec![];
    }
    let mut by_load: Vec<usize> = pool.to_vec();
    by_load.sort_unstable_by(|a, b| load[*a].total_cmp(&load[*b]));
    // Raise the lowest k windows to the next one's level until the amount runs out.
    let mut left = amount;
    let mut height = load[by_load[0]];
    let mut k = 1;
    while k <= by_load.len() {
        let next = by_load.get(k).map_or(f64::INFINITY, |w| load[*w]);
        let need = (next - height) * k as f64;
        if need >= left {
            height += left / k as f64;
            break;
        }
        left -= need;
        height = next;
        k += 1;
    }
    by_load
        .iter()
        .take(k.min(by_load.len()))
        .map(|w| (*w, (height - load[*w]).max(0.0)))
        .collect()
}

/// How good a plan is for comparing plans: fewest overloaded intervals first,
/// then the shortest worst-interval wait, then the shortest mean wait.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Score {
    pub worst: Worst,
    /// The mean wait over the day's expected customers (stable intervals).
    pub mean_wait: f64,
}

impl Score {
    /// Strictly better, by a margin that ignores floating-point noise.
    pub fn better_than(&self, other: &Score) -> bool {
        const EPS: f64 = 1e-9;
        if self.worst.overloaded != other.worst.overloaded {
            return self.worst.overloaded < other.worst.overloaded;
        }
        if (self.worst.mean_wait - other.worst.mean_wait).abs() > EPS {
            return self.worst.mean_wait < other.worst.mean_wait;
        }
        self.mean_wait < other.mean_wait - EPS
    }

    pub fn of(forecast: &Forecast) -> Score {
        Score {
            worst: forecast.worst(),
            mean_wait: forecast.day_mean_wait().unwrap_or(0.0),
        }
    }
}

/// Each service's figures in one slice, with its working windows.
type SliceFigures = Vec<(Figures, f64)>;

/// A plan changed one absence at a time, its forecast kept current by
/// recomputing only the slices and intervals each change touches.
pub struct Incremental<'a> {
    ev: &'a Evaluator,
    away: Vec<Vec<u16>>,
    slices: Vec<Vec<(Figures, f64)>>,
    forecast: Forecast,
    /// Figures already worked out, by interval and the set of working windows:
    /// a search sliding one break along the day meets the same sets again and
    /// again.
    seen: HashMap<(usize, Vec<u64>), SliceFigures>,
}

impl<'a> Incremental<'a> {
    pub fn new(ev: &'a Evaluator, plan: &[Away]) -> Incremental<'a> {
        let away = ev.away_counts(plan);
        let slices: Vec<Vec<(Figures, f64)>> = (0..ev.slice_count())
            .map(|s| ev.slice_figures(s, &away[s]))
            .collect();
        let forecast = ev.aggregate(&slices);
        Incremental {
            ev,
            away,
            slices,
            forecast,
            seen: HashMap::new(),
        }
    }

    /// A slice's figures, from the memory when its interval has met the same
    /// working windows before.
    fn figures(&mut self, slice: usize) -> Vec<(Figures, f64)> {
        let key = (
            self.ev.interval_of(slice),
            self.ev.working_mask(slice, &self.away[slice]),
        );
        if let Some(f) = self.seen.get(&key) {
            return f.clone();
        }
        let f = self.ev.slice_figures(slice, &self.away[slice]);
        self.seen.insert(key, f.clone());
        f
    }

    pub fn forecast(&self) -> &Forecast {
        &self.forecast
    }

    pub fn score(&self) -> Score {
        Score::of(&self.forecast)
    }

    /// Adds (`delta` 1) or removes (−1) an absence and brings the figures up
    /// to date.
    pub fn change(&mut self, a: &Away, delta: i32) {
        self.ev.mark(&mut self.away, a, delta);
        let range = self.ev.slices_touched(a.start, a.end);
        for s in range.clone() {
            self.slices[s] = self.figures(s);
        }
        let (Some(first), Some(last)) = (range.clone().next(), range.clone().last()) else {
            return;
        };
        for i in self.ev.interval_of(first)..=self.ev.interval_of(last) {
            let (from, to) = self.forecast.intervals[i];
            let minutes = (to - from).num_minutes() as f64;
            for k in 0..self.ev.demand.services.len() {
                let figures: Vec<&(Figures, f64)> =
                    self.ev.slices_of(i).map(|s| &self.slices[s][k]).collect();
                let cell = &mut self.forecast.cells[i][k];
                cell.outlook = outlook(&figures);
                cell.windows =
                    figures.iter().map(|(_, c)| c).sum::<f64>() / figures.len().max(1) as f64;
                let rate = self.ev.demand.services[k]
                    .arrivals
                    .get(i)
                    .copied()
                    .unwrap_or(0.0);
                cell.arrivals = rate * minutes;
            }
        }
    }

    /// The score the plan would have with one more absence; the plan is left
    /// as it was (what the absence touched is put back, not recomputed).
    pub fn score_with(&mut self, a: &Away) -> Score {
        let range = self.ev.slices_touched(a.start, a.end);
        let (Some(first), Some(last)) = (range.clone().next(), range.clone().last()) else {
            return self.score();
        };
        let intervals = self.ev.interval_of(first)..=self.ev.interval_of(last);
        let slices: Vec<Vec<(Figures, f64)>> = self.slices[range.clone()].to_vec();
        let cells: Vec<Vec<Cell>> = self.forecast.cells[intervals.clone()].to_vec();
        self.change(a, 1);
        let score = self.score();
        self.ev.mark(&mut self.away, a, -1);
        for (s, saved) in range.zip(slices) {
            self.slices[s] = saved;
        }
        for (i, saved) in intervals.zip(cells) {
            self.forecast.cells[i] = saved;
        }
        score
    }
}

/// An interval's outlook from its slices' figures.
pub fn outlook(figures: &[&(Figures, f64)]) -> Outlook {
    if figures.iter().any(|(f, _)| f.is_overloaded()) {
        return Outlook::Overloaded;
    }
    let n = figures.len().max(1) as f64;
    let mean = |g: fn(&Stable) -> f64| {
        figures
            .iter()
            .filter_map(|(f, _)| f.stable())
            .map(g)
            .sum::<f64>()
            / n
    };
    Outlook::Stable {
        p_wait: mean(|s| s.p_wait),
        mean_wait: mean(|s| s.mean_wait),
        service_level: mean(|s| s.service_level),
        occupancy: mean(|s| s.occupancy),
    }
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
