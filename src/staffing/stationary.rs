//! The stationary, independent period-by-period forecast (SIPP), the method
//! workforce tools use and the planner used before the time-dependent
//! forecast: every five-minute slice is its own steady-state M/M/c queue
//! (Erlang C) with the windows working in it, and an interval's figures are
//! its slices' average. It has no memory — a line never starts empty and a
//! backlog never outlives its slice — so it is pessimistic on ordinary days
//! and can say nothing about an overloaded slice.
//!
//! It stays for two things: Erlang C is the right tool for "windows needed" at
//! a target service level in steady state (see [`super::Evaluator`]), and it is
//! the reference the time-dependent forecast and its suggestion are measured
//! against in the tests and in `frontdesk bench plan`.

use super::erlang::{Figures, Queue, Stable};
use super::share::{self, Ask};
use super::{Away, Demand, SLICE_MINUTES, Score, Weigh, staffed_hours};
use crate::domain::{Hall, Instant, WindowId};
use chrono::Duration;
use std::collections::HashMap;

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

/// One service in one interval.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Cell {
    pub outlook: Outlook,
    /// Working windows that handle the service, averaged over the interval.
    pub windows: f64,
    /// Expected arrivals in the interval.
    pub arrivals: f64,
}

/// A day's stationary forecast: `cells[interval][service]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Forecast {
    pub intervals: Vec<(Instant, Instant)>,
    pub cells: Vec<Vec<Cell>>,
}

impl Forecast {
    /// The figures as the planner used to rank plans: the worst stable
    /// interval, the overloaded intervals (counted, left out of the waits),
    /// and the mean wait over the stable intervals' customers.
    pub fn score(&self) -> Score {
        let (mut worst, mut overloaded) = (0.0_f64, 0);
        let (mut weight, mut total) = (0.0, 0.0);
        for cell in self.cells.iter().flatten() {
            match cell.outlook.mean_wait() {
                None => overloaded += 1,
                Some(w) => {
                    worst = worst.max(w);
                    weight += cell.arrivals;
                    total += cell.arrivals * w;
                }
            }
        }
        Score {
            worst,
            mean_wait: if weight > 0.0 { total / weight } else { 0.0 },
            overloaded,
            unserved: 0.0,
        }
    }
}

/// Weighs break plans by Erlang C slice by slice.
pub struct Evaluator {
    demand: Demand,
    slices: Vec<Instant>,
    slice_interval: Vec<usize>,
    interval_slices: Vec<std::ops::Range<usize>>,
    windows: Vec<WindowId>,
    /// `staffed[slice][window]`.
    staffed: Vec<Vec<bool>>,
    pools: Vec<Vec<usize>>,
    asks: Vec<Vec<Ask>>,
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
        let pools = super::pools(hall, &demand);
        let asks = (0..intervals.len())
            .map(|i| {
                demand
                    .services
                    .iter()
                    .map(|s| Ask {
                        rate: s.arrivals.get(i).copied().unwrap_or(0.0),
                        mean: s.mean_service,
                        scv: 1.0,
                        patience: 0.0,
                    })
                    .collect()
            })
            .collect();
        Evaluator {
            demand,
            slices,
            slice_interval,
            interval_slices,
            windows,
            staffed,
            pools,
            asks,
        }
    }

    pub fn slice_count(&self) -> usize {
        self.slices.len()
    }

    fn slices_touched(&self, start: Instant, end: Instant) -> std::ops::Range<usize> {
        let step = Duration::minutes(SLICE_MINUTES);
        let first = self.slices.partition_point(|s| *s + step <= start);
        let last = self.slices.partition_point(|s| *s < end);
        first..last.max(first)
    }

    fn away_counts(&self, plan: &[Away]) -> Vec<Vec<u16>> {
        let mut away = vec![vec![0u16; self.windows.len()]; self.slices.len()];
        for a in plan {
            self.mark(&mut away, a, 1);
        }
        away
    }

    fn mark(&self, away: &mut [Vec<u16>], a: &Away, delta: i32) {
        let Some(w) = self.windows.iter().position(|x| *x == a.window) else {
            return;
        };
        for s in self.slices_touched(a.start, a.end) {
            let v = &mut away[s][w];
            *v = (i32::from(*v) + delta).max(0) as u16;
        }
    }

    fn working(&self, slice: usize, away: &[u16]) -> Vec<bool> {
        self.staffed[slice]
            .iter()
            .zip(away)
            .map(|(s, a)| *s && *a == 0)
            .collect()
    }

    /// Each service's Erlang C figures in one slice, with its working windows.
    fn slice_figures(&self, slice: usize, away: &[u16]) -> Vec<(Figures, f64)> {
        let interval = self.slice_interval[slice];
        let shares = share::shares(
            &self.pools,
            &self.working(slice, away),
            &self.asks[interval],
        );
        shares
            .iter()
            .zip(&self.demand.services)
            .map(|(sh, d)| {
                let q = Queue {
                    arrivals_per_minute: sh.arrivals,
                    mean_service: sh.mean(d.mean_service),
                    target_wait: d.target_wait,
                };
                (q.figures(sh.windows), f64::from(sh.windows))
            })
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

    fn cell(&self, interval: usize, service: usize, figures: &[&(Figures, f64)]) -> Cell {
        let (from, to) = self.demand.intervals()[interval];
        let minutes = (to - from).num_minutes() as f64;
        let rate = self.demand.services[service]
            .arrivals
            .get(interval)
            .copied()
            .unwrap_or(0.0);
        Cell {
            outlook: outlook(figures),
            windows: figures.iter().map(|(_, c)| c).sum::<f64>() / figures.len().max(1) as f64,
            arrivals: rate * minutes,
        }
    }

    fn aggregate(&self, per_slice: &[Vec<(Figures, f64)>]) -> Forecast {
        let intervals = self.demand.intervals();
        let cells = (0..intervals.len())
            .map(|i| {
                (0..self.demand.services.len())
                    .map(|k| {
                        let figures: Vec<&(Figures, f64)> = self.interval_slices[i]
                            .clone()
                            .map(|s| &per_slice[s][k])
                            .collect();
                        self.cell(i, k, &figures)
                    })
                    .collect()
            })
            .collect();
        Forecast { intervals, cells }
    }
}

/// An interval's outlook from its slices' figures.
fn outlook(figures: &[&(Figures, f64)]) -> Outlook {
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

type SliceFigures = Vec<(Figures, f64)>;

/// A plan changed one absence at a time, its stationary forecast kept current
/// by recomputing only the slices each change touches.
pub struct Incremental<'a> {
    ev: &'a Evaluator,
    away: Vec<Vec<u16>>,
    slices: Vec<SliceFigures>,
    forecast: Forecast,
    seen: HashMap<(usize, Vec<bool>), SliceFigures>,
}

impl<'a> Incremental<'a> {
    pub fn new(ev: &'a Evaluator, plan: &[Away]) -> Incremental<'a> {
        let away = ev.away_counts(plan);
        let slices: Vec<SliceFigures> = (0..ev.slice_count())
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

    fn figures(&mut self, slice: usize) -> SliceFigures {
        let key = (
            self.ev.slice_interval[slice],
            self.ev.working(slice, &self.away[slice]),
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
}

impl Weigh for Incremental<'_> {
    fn change(&mut self, a: &Away, delta: i32) {
        self.ev.mark(&mut self.away, a, delta);
        let range = self.ev.slices_touched(a.start, a.end);
        for s in range.clone() {
            self.slices[s] = self.figures(s);
        }
        let (Some(first), Some(last)) = (range.clone().next(), range.clone().last()) else {
            return;
        };
        for i in self.ev.slice_interval[first]..=self.ev.slice_interval[last] {
            for k in 0..self.ev.demand.services.len() {
                let figures: Vec<&(Figures, f64)> = self.ev.interval_slices[i]
                    .clone()
                    .map(|s| &self.slices[s][k])
                    .collect();
                self.forecast.cells[i][k] = self.ev.cell(i, k, &figures);
            }
        }
    }

    fn score(&self) -> Score {
        self.forecast.score()
    }

    fn score_with(&mut self, a: &Away) -> Score {
        let range = self.ev.slices_touched(a.start, a.end);
        let (Some(first), Some(last)) = (range.clone().next(), range.clone().last()) else {
            return self.score();
        };
        let intervals = self.ev.slice_interval[first]..=self.ev.slice_interval[last];
        let slices: Vec<SliceFigures> = self.slices[range.clone()].to_vec();
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

    /// The old ranking: fewest overloaded intervals, then the worst stable
    /// interval, then the mean wait.
    fn better(&self, a: &Score, b: &Score) -> bool {
        const EPS: f64 = 1e-9;
        if a.overloaded != b.overloaded {
            return a.overloaded < b.overloaded;
        }
        if (a.worst - b.worst).abs() > EPS {
            return a.worst < b.worst;
        }
        a.mean_wait < b.mean_wait - EPS
    }
}

#[cfg(test)]
mod tests;
