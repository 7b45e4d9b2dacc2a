//! What a replication measures, and how replications become estimates with 95%
//! confidence intervals.
//!
//! Each replication yields one value per figure (a day's mean wait, a window's
//! utilisation, ...); the estimate is the mean of those values over replications
//! and its interval is Student's t on their spread, as for independent days.
//! Values are combined in a fixed order (replication by replication within fixed
//! blocks, blocks in order), so the result does not depend on the thread count.

use super::model::Model;
use serde::Serialize;

/// The 97.5% quantile of Student's t with `df` degrees of freedom.
pub fn t975(df: u64) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::INFINITY,
        1..=30 => TABLE[df as usize - 1],
        _ => {
            // Cornish–Fisher expansion around the normal quantile.
            let z = 1.959_963_984_540_054_f64;
            let n = df as f64;
            let z3 = z.powi(3);
            let z5 = z.powi(5);
            let z7 = z.powi(7);
            z + (z3 + z) / (4.0 * n)
                + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * n * n)
                + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * n * n * n)
        }
    }
}

/// A figure estimated over replications.
#[derive(Copy, Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    /// The mean over the replications where the figure exists (NaN, shown as
    /// null in JSON, if none).
    pub mean: f64,
    /// Half the width of the 95% confidence interval; none from one replication.
    pub ci95: Option<f64>,
    /// How many replications the figure exists in (a mean wait needs someone served).
    pub n: u64,
}

impl Estimate {
    /// Whether `x` lies within the 95% interval.
    pub fn covers(&self, x: f64) -> bool {
        match self.ci95 {
            Some(h) => (self.mean - x).abs() <= h,
            None => false,
        }
    }
}

/// Welford's running mean and sum of squared deviations of one figure.
#[derive(Copy, Clone, Debug, Default)]
pub(crate) struct Acc {
    n: u64,
    mean: f64,
    m2: f64,
}

impl Acc {
    fn push(&mut self, x: f64) {
        if x.is_nan() {
            return;
        }
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    /// Chan et al.'s combination of two partial results.
    fn merge(&mut self, o: &Acc) {
        if o.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *o;
            return;
        }
        let n = self.n + o.n;
        let d = o.mean - self.mean;
        self.mean += d * o.n as f64 / n as f64;
        self.m2 += o.m2 + d * d * self.n as f64 * o.n as f64 / n as f64;
        self.n = n;
    }

    fn estimate(&self) -> Estimate {
        if self.n == 0 {
            return Estimate {
                mean: f64::NAN,
                ci95: None,
                n: 0,
            };
        }
        let ci95 = (self.n > 1).then(|| {
            let var = self.m2 / (self.n - 1) as f64;
            t975(self.n - 1) * (var / self.n as f64).sqrt()
        });
        Estimate {
            mean: self.mean,
            ci95,
            n: self.n,
        }
    }
}

/// Accumulators for every figure of a model, laid out flat.
#[derive(Clone, Debug)]
pub(crate) struct Accs(Vec<Acc>);

impl Accs {
    pub fn new(layout: &Layout) -> Accs {
        Accs(vec![Acc::default(); layout.len])
    }

    pub fn push(&mut self, values: &[f64]) {
        for (a, v) in self.0.iter_mut().zip(values) {
            a.push(*v);
        }
    }

    pub fn merge(&mut self, o: &Accs) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            a.merge(b);
        }
    }
}

const GLOBAL: usize = 10;
const PER_INTERVAL: usize = 3;
const PER_SERVICE: usize = 5;
const PER_WINDOW: usize = 2;
const PER_BREAK: usize = 7;

/// Where each figure sits in a replication's value vector.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    intervals: usize,
    services: usize,
    windows: usize,
    pub len: usize,
}

impl Layout {
    pub fn new(model: &Model) -> Layout {
        let intervals = model.intervals();
        let services = model.services.len();
        let windows = model.windows.len();
        let breaks = model.breaks.len();
        Layout {
            intervals,
            services,
            windows,
            len: GLOBAL
                + PER_INTERVAL * intervals
                + PER_SERVICE * services
                + PER_WINDOW * windows
                + PER_BREAK * breaks,
        }
    }

    fn interval(&self, k: usize) -> usize {
        GLOBAL + PER_INTERVAL * k
    }
    fn service(&self, s: usize) -> usize {
        GLOBAL + PER_INTERVAL * self.intervals + PER_SERVICE * s
    }
    fn window(&self, w: usize) -> usize {
        self.service(self.services) + PER_WINDOW * w
    }
    fn brk(&self, b: usize) -> usize {
        self.window(self.windows) + PER_BREAK * b
    }
}

/// What happened in the end to a customer left past a closing window's cutoff.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum PastOutcome {
    ServedElsewhere,
    WaitedForReturn,
    GaveUp,
}

#[derive(Clone, Debug, Default)]
struct Counts {
    arrivals: u64,
    served: u64,
    waited: u64,
    within: u64,
    abandoned: u64,
    unserved: u64,
    wait: f64,
}

#[derive(Clone, Debug)]
struct WindowCounts {
    served: u64,
    busy: f64,
    last_end: f64,
}

#[derive(Clone, Debug, Default)]
struct BreakCounts {
    warned: bool,
    actual: Option<(f64, f64)>,
    started: Option<f64>,
    past: u64,
    elsewhere: u64,
    returned: u64,
    gave_up: u64,
}

/// The raw counts of one replication, turned into figures at its end.
#[derive(Clone, Debug)]
pub(crate) struct Recorder {
    warmup: f64,
    interval: f64,
    intervals: Vec<Counts>,
    services: Vec<Counts>,
    targets: Vec<f64>,
    windows: Vec<WindowCounts>,
    breaks: Vec<BreakCounts>,
    longest: u64,
    customers: u64,
}

/// A waiting time counts as a wait when longer than this (minutes): a customer
/// called the moment they arrive did not wait.
pub(crate) const NO_WAIT: f64 = 1e-9;

impl Recorder {
    pub fn new(model: &Model) -> Recorder {
        Recorder {
            warmup: model.warmup,
            interval: model.interval,
            intervals: vec![Counts::default(); model.intervals()],
            services: vec![Counts::default(); model.services.len()],
            targets: model.services.iter().map(|s| s.target_wait).collect(),
            windows: vec![
                WindowCounts {
                    served: 0,
                    busy: 0.0,
                    last_end: f64::NEG_INFINITY,
                };
                model.windows.len()
            ],
            breaks: vec![BreakCounts::default(); model.breaks.len()],
            longest: 0,
            customers: 0,
        }
    }

    pub fn reset(&mut self) {
        for c in self.intervals.iter_mut().chain(self.services.iter_mut()) {
            *c = Counts::default();
        }
        for w in &mut self.windows {
            *w = WindowCounts {
                served: 0,
                busy: 0.0,
                last_end: f64::NEG_INFINITY,
            };
        }
        for b in &mut self.breaks {
            *b = BreakCounts::default();
        }
        self.longest = 0;
        self.customers = 0;
    }

    /// Customers who arrived in this replication, counted or not.
    pub fn customers(&self) -> u64 {
        self.customers
    }

    #[inline]
    fn counted(&self, at: f64) -> bool {
        at >= self.warmup
    }

    #[inline]
    fn interval_of(&self, at: f64) -> usize {
        let k = ((at - self.warmup) / self.interval).floor();
        if k <= 0.0 {
            0
        } else {
            (k as usize).min(self.intervals.len() - 1)
        }
    }

    #[inline]
    pub fn arrival(&mut self, at: f64, service: usize) {
        self.customers += 1;
        if self.counted(at) {
            let k = self.interval_of(at);
            self.intervals[k].arrivals += 1;
            self.services[service].arrivals += 1;
        }
    }

    /// A customer is called: their wait is known.
    #[inline]
    pub fn start(&mut self, at: f64, start: f64, service: usize) {
        if !self.counted(at) {
            return;
        }
        let wait = start - at;
        let waited = u64::from(wait > NO_WAIT);
        let within = u64::from(wait <= self.targets[service] + NO_WAIT);
        let k = self.interval_of(at);
        for c in [&mut self.intervals[k], &mut self.services[service]] {
            c.served += 1;
            c.wait += wait;
            c.waited += waited;
            c.within += within;
        }
    }

    #[inline]
    pub fn served(&mut self, window: usize, duration: f64, end: f64) {
        let w = &mut self.windows[window];
        w.served += 1;
        w.busy += duration;
        if end > w.last_end {
            w.last_end = end;
        }
    }

    pub fn abandoned(&mut self, at: f64, service: usize) {
        if self.counted(at) {
            self.services[service].abandoned += 1;
        }
    }

    pub fn unserved(&mut self, at: f64, service: usize) {
        if self.counted(at) {
            self.services[service].unserved += 1;
        }
    }

    #[inline]
    pub fn queue(&mut self, now: f64, waiting: u64) {
        if now >= self.warmup && waiting > self.longest {
            self.longest = waiting;
        }
    }

    pub fn warned(&mut self, b: usize) {
        self.breaks[b].warned = true;
    }

    pub fn break_started(&mut self, b: usize, at: f64) {
        self.breaks[b].started = Some(at);
    }

    pub fn break_ended(&mut self, b: usize, start: f64, until: f64) {
        self.breaks[b].actual = Some((start, until));
    }

    pub fn past_cutoff(&mut self, b: usize) {
        self.breaks[b].past += 1;
    }

    pub fn past_outcome(&mut self, b: usize, outcome: PastOutcome) {
        let c = &mut self.breaks[b];
        match outcome {
            PastOutcome::ServedElsewhere => c.elsewhere += 1,
            PastOutcome::WaitedForReturn => c.returned += 1,
            PastOutcome::GaveUp => c.gave_up += 1,
        }
    }

    /// The replication's figures, in [`Layout`] order.
    pub fn finish(&self, model: &Model, layout: &Layout, out: &mut [f64]) {
        let ratio = |a: f64, b: u64| if b == 0 { f64::NAN } else { a / b as f64 };
        let mut all = Counts::default();
        for c in &self.services {
            all.arrivals += c.arrivals;
            all.served += c.served;
            all.waited += c.waited;
            all.within += c.within;
            all.abandoned += c.abandoned;
            all.unserved += c.unserved;
            all.wait += c.wait;
        }
        let late: Vec<bool> = model
            .breaks
            .iter()
            .zip(&self.breaks)
            .map(|(b, c)| c.started.is_some_and(|s| s > b.start + NO_WAIT))
            .collect();
        let global = [
            all.arrivals as f64,
            all.served as f64,
            ratio(all.wait, all.served),
            ratio(all.waited as f64, all.served),
            ratio(all.within as f64, all.arrivals),
            ratio(all.abandoned as f64, all.arrivals),
            all.unserved as f64,
            self.longest as f64,
            self.breaks.iter().filter(|b| b.warned).count() as f64,
            late.iter().filter(|l| **l).count() as f64,
        ];
        out[..GLOBAL].copy_from_slice(&global);
        for (k, c) in self.intervals.iter().enumerate() {
            let i = layout.interval(k);
            out[i] = c.arrivals as f64;
            out[i + 1] = ratio(c.wait, c.served);
            out[i + 2] = ratio(c.waited as f64, c.served);
        }
        for (s, c) in self.services.iter().enumerate() {
            let i = layout.service(s);
            out[i] = c.arrivals as f64;
            out[i + 1] = ratio(c.wait, c.served);
            out[i + 2] = ratio(c.waited as f64, c.served);
            out[i + 3] = ratio(c.within as f64, c.arrivals);
            out[i + 4] = ratio(c.abandoned as f64, c.arrivals);
        }
        for (w, c) in self.windows.iter().enumerate() {
            let i = layout.window(w);
            let spec = &model.windows[w];
            let end = c.last_end.max(spec.close);
            let mut away = 0.0;
            for (b, bc) in model.breaks.iter().zip(&self.breaks) {
                if b.window == w
                    && let Some((s, u)) = bc.actual
                {
                    away += (u.min(end) - s.max(spec.open)).max(0.0);
                }
            }
            let staffed = end - spec.open - away;
            out[i] = c.served as f64;
            out[i + 1] = if staffed > NO_WAIT {
                c.busy / staffed
            } else {
                f64::NAN
            };
        }
        for (b, (c, late)) in self.breaks.iter().zip(&late).enumerate() {
            let i = layout.brk(b);
            out[i] = f64::from(u8::from(c.warned));
            out[i + 1] = match c.started {
                Some(_) => f64::from(u8::from(*late)),
                None => f64::NAN,
            };
            out[i + 2] = match c.started {
                Some(s) if *late => s - model.breaks[b].start,
                _ => f64::NAN,
            };
            out[i + 3] = c.past as f64;
            out[i + 4] = c.elsewhere as f64;
            out[i + 5] = c.returned as f64;
            out[i + 6] = c.gave_up as f64;
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntervalSummary {
    /// The interval's first minute.
    pub start: f64,
    pub arrivals: Estimate,
    pub mean_wait: Estimate,
    pub p_wait: Estimate,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServiceSummary {
    pub code: String,
    pub arrivals: Estimate,
    pub mean_wait: Estimate,
    pub p_wait: Estimate,
    pub service_level: Estimate,
    pub abandoned: Estimate,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WindowSummary {
    pub window: u32,
    pub served: Estimate,
    /// Time serving over time staffed (open, not on a break).
    pub utilisation: Estimate,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BreakSummary {
    pub window: u32,
    pub start: f64,
    pub end: f64,
    /// Share of days the queue had to be warned.
    pub warned: Estimate,
    /// Share of days the break started after its planned start.
    pub started_late: Estimate,
    /// How late, in minutes, on the days it was late.
    pub late_minutes: Estimate,
    /// Customers told at the closing window that it would not serve them.
    pub past_cutoff: Estimate,
    /// ...of whom were served at another window,
    pub served_elsewhere: Estimate,
    /// ...waited and were served by this window after its break,
    pub waited_for_return: Estimate,
    /// ...or left without being served.
    pub gave_up: Estimate,
}

/// Every figure of a run with its 95% interval. Times are model minutes;
/// waits are minutes; shares are fractions between 0 and 1.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figures {
    /// Customers arriving per day.
    pub arrivals: Estimate,
    pub served: Estimate,
    /// Mean wait of those served, in minutes.
    pub mean_wait: Estimate,
    /// Share of those served who waited at all: P(wait > 0).
    pub p_wait: Estimate,
    /// Share of all arrivals served within their service's target wait.
    pub service_level: Estimate,
    /// Share of arrivals who gave up waiting.
    pub abandoned: Estimate,
    /// Customers still waiting when no window was left to serve them.
    pub unserved: Estimate,
    /// The most customers waiting at once.
    pub longest_queue: Estimate,
    /// Breaks per day for which the queue was warned.
    pub warnings: Estimate,
    /// Breaks per day that started late because of a service.
    pub late_breaks: Estimate,
    pub intervals: Vec<IntervalSummary>,
    pub services: Vec<ServiceSummary>,
    pub windows: Vec<WindowSummary>,
    pub breaks: Vec<BreakSummary>,
}

pub(crate) fn figures(model: &Model, layout: &Layout, accs: &Accs) -> Figures {
    let e = |i: usize| accs.0[i].estimate();
    Figures {
        arrivals: e(0),
        served: e(1),
        mean_wait: e(2),
        p_wait: e(3),
        service_level: e(4),
        abandoned: e(5),
        unserved: e(6),
        longest_queue: e(7),
        warnings: e(8),
        late_breaks: e(9),
        intervals: (0..layout.intervals)
            .map(|k| {
                let i = layout.interval(k);
                IntervalSummary {
                    start: model.warmup + k as f64 * model.interval,
                    arrivals: e(i),
                    mean_wait: e(i + 1),
                    p_wait: e(i + 2),
                }
            })
            .collect(),
        services: model
            .services
            .iter()
            .enumerate()
            .map(|(s, svc)| {
                let i = layout.service(s);
                ServiceSummary {
                    code: svc.code.clone(),
                    arrivals: e(i),
                    mean_wait: e(i + 1),
                    p_wait: e(i + 2),
                    service_level: e(i + 3),
                    abandoned: e(i + 4),
                }
            })
            .collect(),
        windows: model
            .windows
            .iter()
            .enumerate()
            .map(|(w, win)| {
                let i = layout.window(w);
                WindowSummary {
                    window: win.id,
                    served: e(i),
                    utilisation: e(i + 1),
                }
            })
            .collect(),
        breaks: model
            .breaks
            .iter()
            .enumerate()
            .map(|(b, brk)| {
                let i = layout.brk(b);
                BreakSummary {
                    window: model.windows[brk.window].id,
                    start: brk.start,
                    end: brk.end,
                    warned: e(i),
                    started_late: e(i + 1),
                    late_minutes: e(i + 2),
                    past_cutoff: e(i + 3),
                    served_elsewhere: e(i + 4),
                    waited_for_return: e(i + 5),
                    gave_up: e(i + 6),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_quantiles_are_close_to_the_tables() {
        assert_eq!(t975(1), 12.706);
        assert!((t975(40) - 2.021).abs() < 0.001);
        assert!((t975(60) - 2.000).abs() < 0.001);
        assert!((t975(120) - 1.980).abs() < 0.001);
        assert!((t975(1_000_000) - 1.96).abs() < 0.001);
        // The table and the expansion meet smoothly.
        assert!((t975(31) - 2.040).abs() < 0.001);
    }

    #[test]
    fn merged_blocks_equal_one_pass() {
        let xs: Vec<f64> = (0..100).map(|i| (i as f64 * 0.37).sin() * 10.0).collect();
        let mut one = Acc::default();
        xs.iter().for_each(|x| one.push(*x));
        let mut merged = Acc::default();
        for chunk in xs.chunks(7) {
            let mut a = Acc::default();
            chunk.iter().for_each(|x| a.push(*x));
            merged.merge(&a);
        }
        assert_eq!(one.n, merged.n);
        assert!((one.mean - merged.mean).abs() < 1e-12);
        assert!((one.m2 - merged.m2).abs() < 1e-9);
        let e = one.estimate();
        assert!(e.ci95.is_some());
    }
}
