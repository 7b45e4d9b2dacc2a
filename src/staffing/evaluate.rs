//! The day's forecast for a break plan: each service's line of work built
//! minute by minute from the hall, the demand and the plan, solved through the
//! day ([`super::transient`]), and read back per interval; and the figures a
//! plan is ranked by.

use super::erlang::Queue;
use super::share::{self, Ask, Share};
use super::transient::{self, Discipline, Line, Solution, Trace};
use super::{Away, Demand, TARGET_LEVEL, pools, staffed_hours};
use crate::domain::{Hall, Instant, QueueMode, WindowId};
use std::collections::HashMap;
use std::ops::Range;

/// Minutes after closing a break may still run into, for the drain.
const AFTER_CLOSE: usize = 240;

/// One service in one interval.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Cell {
    /// The mean wait of the customers arriving in the interval who are served,
    /// in minutes; `None` when none of them would be (no window left).
    pub mean_wait: Option<f64>,
    /// Share of those arriving who wait at all.
    pub p_wait: f64,
    /// Share of those arriving called within the service's target wait.
    pub service_level: f64,
    /// Share of the working windows' time spent serving.
    pub occupancy: f64,
    /// Somewhere in the interval the work laid on the service's windows
    /// reaches their number: the line grows.
    pub overloaded: bool,
    /// No window serves the service at any time in the interval.
    pub no_window: bool,
    /// Expected customers of the interval never served: they gave up, or no
    /// window was left for them.
    pub unserved: f64,
    /// Working windows that handle the service, averaged over the interval.
    pub windows: f64,
    /// The fewest windows that would serve [`TARGET_LEVEL`] within the target
    /// in steady state with the interval's load on them (Erlang C); `None`
    /// beyond any hall.
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
    /// A line's backlog outgrew what the forecast can count: its waits are
    /// lower bounds.
    pub truncated: bool,
}

impl Forecast {
    /// The mean wait over the day's customers who are served; `None` when
    /// nobody is.
    pub fn day_mean_wait(&self) -> Option<f64> {
        let (mut weight, mut total) = (0.0, 0.0);
        for cell in self.cells.iter().flatten() {
            if let Some(w) = cell.mean_wait {
                let served = (cell.arrivals - cell.unserved).max(0.0);
                weight += served;
                total += served * w;
            }
        }
        (weight > 0.0).then(|| total / weight)
    }

    /// The longest mean wait of any service in any interval someone arrives in.
    pub fn worst_wait(&self) -> f64 {
        self.cells
            .iter()
            .flatten()
            .filter(|c| c.arrivals > 0.0)
            .filter_map(|c| c.mean_wait)
            .fold(0.0, f64::max)
    }

    pub fn overloaded(&self) -> usize {
        self.cells.iter().flatten().filter(|c| c.overloaded).count()
    }

    pub fn unserved(&self) -> f64 {
        self.cells.iter().flatten().map(|c| c.unserved).sum()
    }
}

/// The figures a plan is ranked by.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Score {
    /// The longest mean wait of any service in any interval.
    pub worst: f64,
    /// The mean wait over the day's served customers.
    pub mean_wait: f64,
    /// Intervals where a service's line grows.
    pub overloaded: usize,
    /// Customers expected never to be served.
    pub unserved: f64,
}

impl Score {
    pub fn of(forecast: &Forecast) -> Score {
        Score::from_cells(
            forecast
                .cells
                .iter()
                .flatten()
                .map(|c| (c.arrivals, c.mean_wait, c.unserved, c.overloaded)),
        )
    }

    /// From each cell's arrivals, mean wait, unserved and overload.
    fn from_cells(cells: impl Iterator<Item = (f64, Option<f64>, f64, bool)>) -> Score {
        let mut s = Score {
            worst: 0.0,
            mean_wait: 0.0,
            overloaded: 0,
            unserved: 0.0,
        };
        let (mut weight, mut total) = (0.0, 0.0);
        for (arrivals, wait, unserved, overloaded) in cells {
            s.overloaded += usize::from(overloaded);
            s.unserved += unserved;
            if let Some(w) = wait {
                if arrivals > 0.0 {
                    s.worst = s.worst.max(w);
                }
                let served = (arrivals - unserved).max(0.0);
                weight += served;
                total += served * w;
            }
        }
        if weight > 0.0 {
            s.mean_wait = total / weight;
        }
        s
    }

    /// Strictly better: fewer customers left unserved (by a tenth of one),
    /// then a shorter worst interval, then a shorter mean wait. Worst
    /// intervals within [`Score::TIE`] of each other count as equal, so that a
    /// hair's gain there is not bought with the day's mean; means within a
    /// fiftieth of it too, below what a weighed break is computed to.
    pub fn better_than(&self, other: &Score) -> bool {
        if (self.unserved - other.unserved).abs() > 0.1 {
            return self.unserved < other.unserved;
        }
        let tie = Score::TIE.max(1e-3 * other.worst);
        if (self.worst - other.worst).abs() > tie {
            return self.worst < other.worst;
        }
        self.mean_wait < other.mean_wait - Score::TIE / 50.0
    }

    /// Minutes within which two worst intervals count as the same.
    pub const TIE: f64 = 0.01;
}

/// A plan changed one absence at a time, as the suggestion searches.
pub trait Weigh {
    /// Adds (`delta` 1) or removes (−1) an absence.
    fn change(&mut self, a: &Away, delta: i32);
    /// The plan's figures.
    fn score(&self) -> Score;
    /// The figures the plan would have with one more absence; the plan is left
    /// as it was.
    fn score_with(&mut self, a: &Away) -> Score;
    /// The figures the plan would have with one absence moved; the plan is
    /// left as it was.
    fn score_moved(&mut self, from: &Away, to: &Away) -> Score {
        self.change(from, -1);
        let score = self.score_with(to);
        self.change(from, 1);
        score
    }
    /// The figures with each of `to` added (moved from `from`, if given), in
    /// turn; the plan is left as it was.
    fn score_all(&mut self, from: Option<&Away>, to: &[Away]) -> Vec<Score> {
        to.iter()
            .map(|t| match from {
                Some(f) => self.score_moved(f, t),
                None => self.score_with(t),
            })
            .collect()
    }
    /// How two plans compare for this forecast.
    fn better(&self, a: &Score, b: &Score) -> bool {
        a.better_than(b)
    }
}

/// What the forecast needs of each service beyond its demand.
#[derive(Clone, Debug)]
struct Traits {
    /// One over the mean patience, 0 if customers never leave.
    patience: f64,
    discipline: Discipline,
}

/// Weighs break plans for one day's demand. Built once per day; each
/// evaluation lays out which windows work when and solves each line.
pub struct Evaluator {
    demand: Demand,
    traits: Vec<Traits>,
    /// Minutes from opening to closing.
    minutes: usize,
    intervals: Vec<(Instant, Instant)>,
    /// For each minute of the day, its interval.
    interval_of: Vec<usize>,
    /// For each interval, its minutes.
    interval_minutes: Vec<Range<usize>>,
    windows: Vec<WindowId>,
    /// Minutes each window is staffed, from opening.
    staffed: Vec<Range<usize>>,
    /// Windows staffed until closing, who serve whoever is still inside.
    till_close: Vec<bool>,
    pools: Vec<Vec<usize>>,
    /// `asks[interval][service]`.
    asks: Vec<Vec<Ask>>,
    /// `needed[interval][service]`, which no plan changes.
    needed: Vec<Vec<Option<u32>>>,
    /// Each service's line's visit variability over the day, with every
    /// staffed window at work (the mix of services its windows carry; breaks
    /// shift it a little, which the forecast leaves out so that a plan's
    /// figures do not depend on how it was reached), and the service's own
    /// patience: those who give up in a service's figures are its own
    /// customers.
    mix: Vec<(f64, Option<f64>)>,
}

/// Which windows are away in each minute, for a plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Absences {
    /// `away[minute][window]`: absences covering the minute's middle.
    away: Vec<Vec<u16>>,
}

impl Evaluator {
    pub fn new(hall: &Hall, demand: Demand) -> Evaluator {
        let intervals = demand.intervals();
        let minutes = (demand.close - demand.open).num_minutes().max(0) as usize;
        let mut interval_of = vec![0; minutes];
        let mut interval_minutes = Vec::with_capacity(intervals.len());
        for (i, (from, to)) in intervals.iter().enumerate() {
            let a = (*from - demand.open).num_minutes().max(0) as usize;
            let b = ((*to - demand.open).num_minutes().max(0) as usize).min(minutes);
            for slot in interval_of.iter_mut().take(b).skip(a) {
                *slot = i;
            }
            interval_minutes.push(a..b.max(a));
        }
        let windows: Vec<WindowId> = hall.windows.iter().map(|w| w.id).collect();
        let open = demand.open;
        let minute_of = |t: Instant| (t - open).num_seconds() as f64 / 60.0;
        let shifts: Vec<Option<(Instant, Instant)>> = windows
            .iter()
            .map(|w| staffed_hours(hall, demand.day, *w))
            .collect();
        let staffed = shifts
            .iter()
            .map(|s| match s {
                Some((a, b)) => covered(minute_of(*a), minute_of(*b), minutes),
                None => 0..0,
            })
            .collect();
        let till_close = shifts
            .iter()
            .map(|s| s.is_some_and(|(_, b)| b >= demand.close))
            .collect();
        let traits = demand
            .services
            .iter()
            .map(|d| {
                let spec = hall.service(&d.code);
                Traits {
                    patience: spec
                        .and_then(|s| s.patience)
                        .map(|p| p.num_milliseconds() as f64 / 60_000.0)
                        .filter(|p| *p > 0.0)
                        .map_or(0.0, |p| 1.0 / p),
                    discipline: match spec.map(|s| s.queue) {
                        Some(QueueMode::PerWindow) => Discipline::PerWindow,
                        _ => Discipline::Shared,
                    },
                }
            })
            .collect::<Vec<Traits>>();
        let asks = (0..intervals.len())
            .map(|i| {
                demand
                    .services
                    .iter()
                    .zip(&traits)
                    .map(|(s, t)| Ask {
                        rate: s.arrivals.get(i).copied().unwrap_or(0.0).max(0.0),
                        mean: s.mean_service,
                        scv: s.scv,
                        patience: t.patience,
                    })
                    .collect()
            })
            .collect();
        let mut ev = Evaluator {
            pools: pools(hall, &demand),
            demand,
            traits,
            minutes,
            intervals,
            interval_of,
            interval_minutes,
            windows,
            staffed,
            till_close,
            asks,
            needed: Vec::new(),
            mix: Vec::new(),
        };
        let nobody_away = vec![0u16; ev.windows.len()];
        ev.mix = ev.day_mix(&nobody_away);
        ev.needed = (0..ev.intervals.len())
            .map(|i| match ev.interval_minutes[i].clone().next() {
                // Read at the first five minutes' middle, as the staff work then.
                Some(k) => {
                    let k = (k + 2).min(ev.interval_minutes[i].end.saturating_sub(1));
                    let shares =
                        share::shares(&ev.pools, &ev.working(k, &nobody_away), &ev.asks[i]);
                    shares
                        .iter()
                        .zip(&ev.demand.services)
                        .map(|(sh, d)| {
                            Queue {
                                arrivals_per_minute: sh.arrivals,
                                mean_service: sh.mean(d.mean_service),
                                target_wait: d.target_wait,
                            }
                            .windows_needed(TARGET_LEVEL)
                        })
                        .collect()
                }
                None => vec![Some(0); ev.demand.services.len()],
            })
            .collect();
        ev
    }

    pub fn demand(&self) -> &Demand {
        &self.demand
    }

    /// Each line's visit variability over the day, from the mix of work laid
    /// on its windows, and its service's mean patience.
    fn day_mix(&self, away: &[u16]) -> Vec<(f64, Option<f64>)> {
        let services = self.demand.services.len();
        let mut totals = vec![(0.0, 0.0, 0.0, 0.0); services];
        let mut seen: ShareMemory = HashMap::new();
        for k in 0..self.minutes {
            for (s, sh) in self.shares_at(k, away, &mut seen).iter().enumerate() {
                let t = &mut totals[s];
                t.0 += sh.arrivals;
                t.1 += sh.load;
                t.2 += sh.second;
                t.3 += sh.patience;
            }
        }
        totals
            .iter()
            .zip(&self.demand.services)
            .zip(&self.traits)
            .map(|(((lambda, load, second, _), d), t)| {
                let patience = (t.patience > 0.0).then(|| 1.0 / t.patience);
                if *lambda > 0.0 && *load > 0.0 {
                    let mean = load / lambda;
                    let scv = ((second / lambda) / (mean * mean) - 1.0).max(0.0);
                    (scv, patience)
                } else {
                    (d.scv, patience)
                }
            })
            .collect()
    }

    /// The minutes of the day and after closing an absence may cover.
    fn horizon(&self) -> usize {
        self.minutes + AFTER_CLOSE
    }

    /// Which windows are away when, for a plan.
    pub fn absences(&self, plan: &[Away]) -> Absences {
        let mut out = Absences {
            away: vec![vec![0u16; self.windows.len()]; self.horizon()],
        };
        for a in plan {
            self.mark(&mut out, a, 1);
        }
        out
    }

    /// The minutes an absence covers, from opening.
    fn minutes_of(&self, a: &Away) -> Range<usize> {
        let open = self.demand.open;
        let minute = |t: Instant| (t - open).num_seconds() as f64 / 60.0;
        covered(minute(a.start), minute(a.end), self.horizon())
    }

    /// Adds (`delta` 1) or removes (−1) one absence.
    pub fn mark(&self, abs: &mut Absences, a: &Away, delta: i32) {
        let Some(w) = self.windows.iter().position(|x| *x == a.window) else {
            return;
        };
        for k in self.minutes_of(a) {
            let v = &mut abs.away[k][w];
            *v = (i32::from(*v) + delta).max(0) as u16;
        }
    }

    /// Which windows work in a minute of the day (or serve after closing).
    fn working(&self, k: usize, away: &[u16]) -> Vec<bool> {
        (0..self.windows.len())
            .map(|w| {
                let on = if k < self.minutes {
                    self.staffed[w].contains(&k)
                } else {
                    self.till_close[w]
                };
                on && away[w] == 0
            })
            .collect()
    }

    /// Each service's share of the work in minute `k` with these windows away,
    /// from the memory when the interval has met the same windows before.
    fn shares_at<'c>(&self, k: usize, away: &[u16], seen: &'c mut ShareMemory) -> &'c [Share] {
        let i = self.interval_of[k];
        let working = self.working(k, away);
        seen.entry((i, working))
            .or_insert_with_key(|(i, working)| share::shares(&self.pools, working, &self.asks[*i]))
    }

    /// Each service's line of work for the day under the absences.
    pub fn lines(&self, abs: &Absences) -> Vec<Line> {
        self.lines_with(abs, &mut HashMap::new())
    }

    fn lines_with(&self, abs: &Absences, seen: &mut ShareMemory) -> Vec<Line> {
        let services = self.demand.services.len();
        // The last minute after closing at which someone is still away.
        let end = (self.minutes..self.horizon())
            .rev()
            .find(|k| {
                abs.away[*k]
                    .iter()
                    .zip(&self.till_close)
                    .any(|(a, t)| *a > 0 && *t)
            })
            .map_or(self.minutes, |k| k + 1);
        let mut lines: Vec<Line> = (0..services)
            .map(|s| Line {
                arrivals: Vec::with_capacity(self.minutes),
                windows: Vec::with_capacity(end),
                mean_service: Vec::with_capacity(end),
                after_windows: 0.0,
                after_mean: self.demand.services[s].mean_service,
                scv: self.mix[s].0,
                patience: self.mix[s].1,
                discipline: self.traits[s].discipline,
                target: self.demand.services[s].target_wait,
                start: 0.0,
            })
            .collect();
        for k in 0..self.minutes {
            let shares = self.shares_at(k, &abs.away[k], seen);
            for (s, sh) in shares.iter().enumerate() {
                let line = &mut lines[s];
                line.arrivals.push(sh.arrivals);
                line.windows.push(f64::from(sh.windows));
                line.mean_service
                    .push(sh.mean(self.demand.services[s].mean_service));
            }
        }
        for (s, line) in lines.iter_mut().enumerate() {
            let last_mean = line
                .mean_service
                .last()
                .copied()
                .unwrap_or(self.demand.services[s].mean_service);
            for k in self.minutes..end {
                line.windows.push(self.after_close(s, &abs.away[k]));
                line.mean_service.push(last_mean);
            }
            line.after_windows = self.pools[s]
                .iter()
                .filter(|w| self.till_close[**w])
                .count() as f64;
            line.after_mean = last_mean;
        }
        lines
    }

    /// Windows of a service's pool serving after closing, in minute `k`.
    fn after_close(&self, s: usize, away: &[u16]) -> f64 {
        self.pools[s]
            .iter()
            .filter(|w| self.till_close[**w] && away[**w] == 0)
            .count() as f64
    }

    /// The day's forecast for a plan.
    pub fn forecast(&self, plan: &[Away]) -> Forecast {
        self.forecast_of(&self.absences(plan))
    }

    /// The day's forecast under the absences.
    pub fn forecast_of(&self, abs: &Absences) -> Forecast {
        let lines = self.lines(abs);
        let solutions = solve_all(&lines);
        self.read(&lines, &solutions)
    }

    /// The forecast's intervals and cells from the solved lines.
    fn read(&self, lines: &[Line], solutions: &[Solution]) -> Forecast {
        let cells = (0..self.intervals.len())
            .map(|i| {
                (0..self.demand.services.len())
                    .map(|s| self.cell(i, s, &lines[s], &solutions[s]))
                    .collect()
            })
            .collect();
        Forecast {
            intervals: self.intervals.clone(),
            cells,
            truncated: solutions.iter().any(|s| s.truncated),
        }
    }

    /// Expected arrivals of a service in some minutes of an interval.
    fn arrivals(&self, i: usize, s: usize, minutes: usize) -> f64 {
        let rate = self.demand.services[s]
            .arrivals
            .get(i)
            .copied()
            .unwrap_or(0.0)
            .max(0.0);
        rate * minutes as f64
    }

    /// The figures a plan is ranked by, for one interval of one line:
    /// `(mean wait, unserved, overloaded)` from each minute's `(served, wait)`.
    fn ranked(
        &self,
        i: usize,
        s: usize,
        line: &Line,
        figure: impl Fn(usize) -> (f64, f64),
    ) -> (Option<f64>, f64, bool) {
        self.ranked_over(i, s, self.interval_minutes[i].clone(), 0, line, figure)
    }

    /// The same over some minutes of the interval, the line starting at minute
    /// `offset` of the day.
    fn ranked_over(
        &self,
        i: usize,
        s: usize,
        range: Range<usize>,
        offset: usize,
        line: &Line,
        figure: impl Fn(usize) -> (f64, f64),
    ) -> (Option<f64>, f64, bool) {
        let n = range.len().max(1) as f64;
        let (mut served, mut wait) = (0.0, 0.0);
        let mut overloaded = false;
        for k in range.clone() {
            let (sv, w) = figure(k);
            served += sv;
            wait += w;
            let j = k - offset;
            let c = line.windows.get(j).copied().unwrap_or(0.0);
            let lambda = line.arrivals.get(j).copied().unwrap_or(0.0);
            let mean = line.mean_service.get(j).copied().unwrap_or(0.0);
            if lambda > 0.0 && lambda * mean >= c - 1e-9 {
                overloaded = true;
            }
        }
        let unserved = self.arrivals(i, s, range.len()) * (1.0 - served / n).clamp(0.0, 1.0);
        (
            (served > 1e-9 * n).then(|| wait / served),
            unserved,
            overloaded,
        )
    }

    fn cell(&self, i: usize, s: usize, line: &Line, sol: &Solution) -> Cell {
        self.cell_over(i, s, self.interval_minutes[i].clone(), 0, line, sol)
    }

    /// A cell over some minutes of an interval, the line and its solution
    /// starting at minute `offset` of the day.
    fn cell_over(
        &self,
        i: usize,
        s: usize,
        range: Range<usize>,
        offset: usize,
        line: &Line,
        sol: &Solution,
    ) -> Cell {
        let n = range.len().max(1) as f64;
        let minute = |k: usize| sol.minutes.get(k - offset).copied().unwrap_or_default();
        let (mean_wait, unserved, overloaded) =
            self.ranked_over(i, s, range.clone(), offset, line, |k| {
                (minute(k).served, minute(k).wait)
            });
        let (mut waited, mut within, mut busy, mut windows) = (0.0, 0.0, 0.0, 0.0);
        let mut no_window = true;
        for k in range.clone() {
            let m = minute(k);
            let c = line.windows.get(k - offset).copied().unwrap_or(0.0);
            waited += m.waited;
            within += m.within;
            windows += c;
            if c > 0.0 {
                busy += (m.busy / c).min(1.0);
                no_window = false;
            }
        }
        Cell {
            mean_wait,
            p_wait: (waited / n).clamp(0.0, 1.0),
            service_level: (within / n).clamp(0.0, 1.0),
            occupancy: (busy / n).clamp(0.0, 1.0),
            overloaded,
            no_window,
            unserved,
            windows: windows / n,
            needed: self.needed.get(i).and_then(|r| r.get(s)).copied().flatten(),
            arrivals: self.arrivals(i, s, range.len()),
        }
    }

    /// The forecast from a moment of the day on, for the intervals left (the
    /// first cut at that moment), starting from the customers there are:
    /// `waiting` per service (the demand's order) and whether each window
    /// (the hall's order) is serving someone. A customer waiting for a service
    /// counts in the lines of work of the windows its service's work is laid on.
    pub fn forecast_from(
        &self,
        plan: &[Away],
        from: Instant,
        waiting: &[f64],
        serving: &[bool],
    ) -> Forecast {
        let k0 = ((from - self.demand.open).num_seconds() as f64 / 60.0)
            .floor()
            .max(0.0) as usize;
        if k0 >= self.minutes {
            return Forecast {
                intervals: Vec::new(),
                cells: Vec::new(),
                truncated: false,
            };
        }
        let abs = self.absences(plan);
        let lines = self.lines(&abs);
        let working = self.working(k0, &abs.away[k0]);
        let (parts, _) = share::laid(&self.pools, &working, &self.asks[self.interval_of[k0]]);
        let cut: Vec<Line> = lines
            .iter()
            .enumerate()
            .map(|(s, line)| {
                let pool = &self.pools[s];
                let inside: f64 = waiting
                    .iter()
                    .enumerate()
                    .map(|(j, n)| {
                        let total: f64 = parts[j].iter().map(|(_, x)| x).sum();
                        let here: f64 = parts[j]
                            .iter()
                            .filter(|(w, _)| pool.contains(w))
                            .map(|(_, x)| x)
                            .sum();
                        let share = if total > 0.0 {
                            here / total
                        } else {
                            f64::from(u8::from(j == s))
                        };
                        n.max(0.0) * share
                    })
                    .sum::<f64>()
                    + pool
                        .iter()
                        .filter(|w| serving.get(**w).copied().unwrap_or(false))
                        .count() as f64;
                Line {
                    arrivals: line.arrivals[k0.min(line.arrivals.len())..].to_vec(),
                    windows: line.windows[k0.min(line.windows.len())..].to_vec(),
                    mean_service: line.mean_service[k0.min(line.mean_service.len())..].to_vec(),
                    start: inside,
                    ..line.clone()
                }
            })
            .collect();
        let solutions = solve_all(&cut);
        let mut intervals = Vec::new();
        let mut cells = Vec::new();
        for (i, range) in self.interval_minutes.iter().enumerate() {
            if range.end <= k0 {
                continue;
            }
            let range = range.start.max(k0)..range.end;
            let (_, end) = self.intervals[i];
            intervals.push((from.max(self.intervals[i].0), end));
            cells.push(
                (0..cut.len())
                    .map(|s| self.cell_over(i, s, range.clone(), k0, &cut[s], &solutions[s]))
                    .collect(),
            );
        }
        Forecast {
            intervals,
            cells,
            truncated: solutions.iter().any(|s| s.truncated),
        }
    }
}

/// Shares already laid, by interval and working windows.
type ShareMemory = HashMap<(usize, Vec<bool>), Vec<Share>>;

/// Solves each line, once for lines that are the same.
fn solve_all(lines: &[Line]) -> Vec<Solution> {
    let mut out: Vec<Solution> = Vec::with_capacity(lines.len());
    for (s, line) in lines.iter().enumerate() {
        match lines[..s].iter().position(|l| l == line) {
            Some(j) => {
                let same = out[j].clone();
                out.push(same);
            }
            None => out.push(transient::solve(line)),
        }
    }
    out
}

/// The whole minutes whose middle lies in `[from, to)`, within `0..limit`.
fn covered(from: f64, to: f64, limit: usize) -> Range<usize> {
    let first = (from - 0.5).ceil().max(0.0);
    let last = (to - 0.5).ceil().max(0.0);
    let a = (first as usize).min(limit);
    let b = (last as usize).min(limit);
    a..b.max(a)
}

/// A plan changed one absence at a time, as the suggestion weighs it. A change
/// is solved afresh; a break only weighed is solved for the stretch of the day
/// it touches, from its start until the queue has forgotten it and back from
/// its end until the waits ahead of it have ([`transient::resolve`]).
pub struct Incremental<'a> {
    ev: &'a Evaluator,
    abs: Absences,
    lines: Vec<Line>,
    /// For each service, the service whose solution it shares (the same line).
    owner: Vec<usize>,
    traces: Vec<Option<Trace>>,
    /// `figures[service][minute]`: `(served, wait)` per arrival.
    figures: Vec<Vec<(f64, f64)>>,
    /// The plan's forecast as far as ranking needs it (waits, unserved,
    /// overload; not the shares within target or occupancy).
    forecast: Forecast,
    seen: ShareMemory,
}

/// Extra states kept for weighed breaks to grow the line into.
const HEADROOM: usize = 24;

impl<'a> Incremental<'a> {
    pub fn new(ev: &'a Evaluator, plan: &[Away]) -> Incremental<'a> {
        let abs = ev.absences(plan);
        let mut inc = Incremental {
            ev,
            abs,
            lines: Vec::new(),
            owner: Vec::new(),
            traces: Vec::new(),
            figures: Vec::new(),
            forecast: Forecast {
                intervals: Vec::new(),
                cells: Vec::new(),
                truncated: false,
            },
            seen: HashMap::new(),
        };
        inc.solve();
        inc
    }

    /// Solves the plan as it stands.
    fn solve(&mut self) {
        let lines = self.ev.lines_with(&self.abs, &mut self.seen);
        let mut owner = Vec::with_capacity(lines.len());
        let mut traces: Vec<Option<Trace>> = Vec::with_capacity(lines.len());
        let mut solutions: Vec<Solution> = Vec::with_capacity(lines.len());
        for (s, line) in lines.iter().enumerate() {
            match lines[..s].iter().position(|l| l == line) {
                Some(j) => {
                    owner.push(owner[j]);
                    traces.push(None);
                    let same = solutions[j].clone();
                    solutions.push(same);
                }
                None => {
                    let (sol, trace) = transient::solve_traced(line, HEADROOM);
                    owner.push(s);
                    traces.push(Some(trace));
                    solutions.push(sol);
                }
            }
        }
        self.figures = solutions
            .iter()
            .map(|sol| sol.minutes.iter().map(|m| (m.served, m.wait)).collect())
            .collect();
        self.forecast = self.ev.read(&lines, &solutions);
        self.lines = lines;
        self.owner = owner;
        self.traces = traces;
    }
}

impl Weigh for Incremental<'_> {
    fn change(&mut self, a: &Away, delta: i32) {
        self.ev.mark(&mut self.abs, a, delta);
        self.solve();
    }

    fn score(&self) -> Score {
        Score::of(&self.forecast)
    }

    fn score_with(&mut self, a: &Away) -> Score {
        let mut abs = std::mem::take(&mut self.abs);
        let mut seen = std::mem::take(&mut self.seen);
        let score = self.candidate(&mut abs, &mut seen, None, a);
        self.abs = abs;
        self.seen = seen;
        score
    }

    fn score_moved(&mut self, from: &Away, to: &Away) -> Score {
        let mut abs = std::mem::take(&mut self.abs);
        let mut seen = std::mem::take(&mut self.seen);
        let score = self.candidate(&mut abs, &mut seen, Some(from), to);
        self.abs = abs;
        self.seen = seen;
        score
    }

    /// Weighs the candidates on two threads where there are two processors,
    /// each with its own copy of the absences.
    fn score_all(&mut self, from: Option<&Away>, to: &[Away]) -> Vec<Score> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        if cores < 2 || to.len() < 2 {
            return to
                .iter()
                .map(|t| match from {
                    Some(f) => self.score_moved(f, t),
                    None => self.score_with(t),
                })
                .collect();
        }
        let (first, second) = to.split_at(to.len() / 2);
        let this = &*self;
        let weigh_all = |part: &[Away]| -> Vec<Score> {
            let mut abs = this.abs.clone();
            let mut seen = this.seen.clone();
            part.iter()
                .map(|t| this.candidate(&mut abs, &mut seen, from, t))
                .collect()
        };
        let (mut a, b) = std::thread::scope(|scope| {
            let other = scope.spawn(|| weigh_all(second));
            let a = weigh_all(first);
            (a, other.join())
        });
        match b {
            Ok(b) => {
                a.extend(b);
                a
            }
            // A weighing thread that failed cannot be trusted: weigh again here.
            Err(_) => to
                .iter()
                .map(|t| match from {
                    Some(f) => self.score_moved(f, t),
                    None => self.score_with(t),
                })
                .collect(),
        }
    }
}

impl Incremental<'_> {
    /// The score with `to` added (and `from` taken away, if given) to the
    /// absences `abs`, which are left as they were.
    fn candidate(
        &self,
        abs: &mut Absences,
        seen: &mut ShareMemory,
        from: Option<&Away>,
        to: &Away,
    ) -> Score {
        let ev = self.ev;
        let b = ev.minutes_of(to);
        let span = match from {
            Some(f) => {
                let a = ev.minutes_of(f);
                if a == b {
                    return self.score();
                }
                a.start.min(b.start)..a.end.max(b.end)
            }
            None => b,
        };
        if span.is_empty() {
            return self.score();
        }
        if let Some(f) = from {
            ev.mark(abs, f, -1);
        }
        ev.mark(abs, to, 1);
        let score = if span.end > ev.minutes {
            // Into the drain after closing: the lines change length.
            Score::of(&ev.forecast_of(abs))
        } else {
            self.weigh(abs, seen, span)
        };
        ev.mark(abs, to, -1);
        if let Some(f) = from {
            ev.mark(abs, f, 1);
        }
        score
    }
}

impl Incremental<'_> {
    /// The score with the absences `abs`, which differ from the solved plan's
    /// only in the minutes `range` of the day.
    fn weigh(&self, abs: &Absences, seen: &mut ShareMemory, range: Range<usize>) -> Score {
        let ev = self.ev;
        let services = self.lines.len();
        // The lines as they would be, and where each differs.
        let mut changed: Vec<Option<(Line, Range<usize>)>> = vec![None; services];
        for k in range {
            let shares = ev.shares_at(k, &abs.away[k], seen).to_vec();
            for (s, sh) in shares.iter().enumerate() {
                let old = &self.lines[s];
                let mean = sh.mean(ev.demand.services[s].mean_service);
                let same = old.arrivals[k] == sh.arrivals
                    && old.windows[k] == f64::from(sh.windows)
                    && old.mean_service[k] == mean;
                if same {
                    continue;
                }
                let (line, span) = changed[s].get_or_insert_with(|| (old.clone(), k..k + 1));
                line.arrivals[k] = sh.arrivals;
                line.windows[k] = f64::from(sh.windows);
                line.mean_service[k] = mean;
                span.end = k + 1;
            }
        }
        // Each changed line redone once, over the stretch it changes.
        let mut redone: Vec<Option<Vec<(usize, f64, f64)>>> = vec![None; services];
        for s in 0..services {
            let Some((line, span)) = &changed[s] else {
                continue;
            };
            let twin = (0..s).find(|t| {
                self.owner[*t] == self.owner[s]
                    && changed[*t].as_ref().is_some_and(|(l, _)| l == line)
            });
            redone[s] = Some(match twin.and_then(|t| redone[t].clone()) {
                Some(same) => same,
                None => {
                    let trace = self.traces[self.owner[s]].as_ref();
                    match trace.and_then(|t| transient::resolve(line, t, span.clone())) {
                        Some(r) => r,
                        None => transient::solve(line)
                            .minutes
                            .iter()
                            .enumerate()
                            .map(|(k, m)| (k, m.served, m.wait))
                            .collect(),
                    }
                }
            });
        }
        // The day's figures: the solved plan's, with the redone minutes.
        let mut cells: Vec<(f64, Option<f64>, f64, bool)> = Vec::new();
        for i in 0..ev.intervals.len() {
            let minutes = ev.interval_minutes[i].clone();
            for s in 0..services {
                let base = self.forecast.cells[i][s];
                let touched = changed[s]
                    .as_ref()
                    .is_some_and(|(_, span)| span.start < minutes.end && minutes.start < span.end)
                    || redone[s].as_ref().is_some_and(|r| {
                        r.first().is_some_and(|f| f.0 < minutes.end)
                            && r.last().is_some_and(|l| l.0 >= minutes.start)
                    });
                if !touched {
                    cells.push((
                        base.arrivals,
                        base.mean_wait,
                        base.unserved,
                        base.overloaded,
                    ));
                    continue;
                }
                let line = changed[s].as_ref().map_or(&self.lines[s], |(l, _)| l);
                let patch = redone[s].as_deref().unwrap_or(&[]);
                let first = patch.first().map_or(usize::MAX, |f| f.0);
                let figures = &self.figures[s];
                let (mean_wait, unserved, overloaded) = ev.ranked(i, s, line, |k| {
                    match k.checked_sub(first).and_then(|j| patch.get(j)) {
                        Some((_, served, wait)) => (*served, *wait),
                        None => figures.get(k).copied().unwrap_or((0.0, 0.0)),
                    }
                });
                cells.push((base.arrivals, mean_wait, unserved, overloaded));
            }
        }
        Score::from_cells(cells.into_iter())
    }
}
