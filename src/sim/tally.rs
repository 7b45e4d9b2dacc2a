//! Waits by service and interval of arrival over many simulated days, as the
//! forecast states them: the mean wait of the customers served, over all
//! their days together (total wait over customers served, a ratio estimate),
//! not the average of each day's own mean, which leans towards quiet days.
//! Each figure has a 95% interval from the spread of the days' totals (the
//! delta method for a ratio of means).

use super::model::Model;
use super::stats::NO_WAIT;
use super::{Options, RunError, t975, trace};

/// A mean wait over many days with its 95% interval.
#[derive(Copy, Clone, Debug, PartialEq, serde::Serialize)]
pub struct Ratio {
    /// Minutes; NaN when nobody was served.
    pub mean: f64,
    /// Half the width of the 95% interval; none from fewer than two days.
    pub ci95: Option<f64>,
    /// Customers served per day.
    pub served: f64,
    /// Customers who arrived per day.
    pub arrivals: f64,
    /// Share of those who arrived called within their service's target wait.
    pub within: f64,
}

impl Ratio {
    /// Standard error of the mean (the interval's half-width over the t quantile).
    pub fn se(&self, days: u64) -> f64 {
        self.ci95
            .map_or(f64::INFINITY, |h| h / t975(days.saturating_sub(1)))
    }
}

/// Sums of one figure over each day.
#[derive(Clone, Debug, Default)]
struct Sums {
    wait: Vec<f64>,
    served: Vec<f64>,
    arrived: Vec<f64>,
    within: Vec<f64>,
}

impl Sums {
    fn ratio(&self) -> Ratio {
        let n = self.wait.len();
        let total_w: f64 = self.wait.iter().sum();
        let total_s: f64 = self.served.iter().sum();
        let total_a: f64 = self.arrived.iter().sum();
        let within = if total_a > 0.0 {
            self.within.iter().sum::<f64>() / total_a
        } else {
            f64::NAN
        };
        let days = n.max(1) as f64;
        if total_s <= 0.0 {
            return Ratio {
                mean: f64::NAN,
                ci95: None,
                served: 0.0,
                arrivals: total_a / days,
                within,
            };
        }
        let r = total_w / total_s;
        let ci95 = (n > 1).then(|| {
            // Var(R) ≈ Var(W − R·S) / (n · S̄²).
            let s_bar = total_s / days;
            let var = self
                .wait
                .iter()
                .zip(&self.served)
                .map(|(w, s)| (w - r * s).powi(2))
                .sum::<f64>()
                / (days - 1.0);
            t975(n as u64 - 1) * (var / days).sqrt() / s_bar
        });
        Ratio {
            mean: r,
            ci95,
            served: total_s / days,
            arrivals: total_a / days,
            within,
        }
    }
}

/// The simulated waits of a model by service and interval of arrival.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub days: u64,
    /// `cells[interval][service]`.
    pub cells: Vec<Vec<Ratio>>,
    /// Each service over the day.
    pub services: Vec<Ratio>,
    /// Everyone over the day.
    pub day: Ratio,
}

/// Simulates `opts.reps` days (replication `i` exactly as [`super::run`] does)
/// and tallies every served customer's wait by service and interval.
pub fn tally(model: &Model, opts: &Options) -> Result<Tally, RunError> {
    if opts.reps == 0 {
        return Err(RunError::NoReplications);
    }
    let intervals = model.intervals();
    let services = model.services.len();
    let mut cells = vec![vec![Sums::default(); services]; intervals];
    let mut per_service = vec![Sums::default(); services];
    let mut all = Sums::default();
    let blank = |s: &mut Sums| {
        s.wait.push(0.0);
        s.served.push(0.0);
        s.arrived.push(0.0);
        s.within.push(0.0);
    };
    for rep in 0..opts.reps {
        let rows = trace(model, opts, rep)?;
        for row in cells.iter_mut().flatten() {
            blank(row);
        }
        per_service.iter_mut().for_each(blank);
        blank(&mut all);
        let d = rep as usize;
        for r in rows {
            if r.arrival < model.warmup || r.service >= services {
                continue;
            }
            let k = (((r.arrival - model.warmup) / model.interval)
                .floor()
                .max(0.0) as usize)
                .min(intervals - 1);
            let served = r.start.map(|s| s - r.arrival);
            let target = model.services[r.service].target_wait;
            for s in [
                &mut cells[k][r.service],
                &mut per_service[r.service],
                &mut all,
            ] {
                s.arrived[d] += 1.0;
                if let Some(w) = served {
                    s.wait[d] += w;
                    s.served[d] += 1.0;
                    if w <= target + NO_WAIT {
                        s.within[d] += 1.0;
                    }
                }
            }
        }
    }
    Ok(Tally {
        days: opts.reps,
        cells: cells
            .iter()
            .map(|row| row.iter().map(Sums::ratio).collect())
            .collect(),
        services: per_service.iter().map(Sums::ratio).collect(),
        day: all.ratio(),
    })
}
