//! The customers of one replication, in arrival order: drawn from the Poisson
//! profiles or read from a replay. Each customer's visit length and patience are
//! drawn when they arrive, so every engine that takes customers in time order
//! sees exactly the same day from the same generator.

use super::model::{Arrival, Dist, Model, Rate};
use super::rng::Rng;

pub(crate) const NONE: u32 = u32::MAX;

/// One customer as an engine sees them on arrival.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Customer {
    pub at: f64,
    pub duration: f64,
    /// When they leave if still waiting (infinite if they never do).
    pub deadline: f64,
    pub service: u32,
    /// A fixed window to wait for, or [`NONE`].
    pub window: u32,
}

pub(crate) struct Stream {
    next: f64,
    segment: usize,
}

pub(crate) enum Source<'m> {
    Poisson {
        model: &'m Model,
        streams: Vec<Stream>,
    },
    Replay {
        list: &'m [Arrival],
        i: usize,
    },
}

/// The next arrival of a Poisson process with a piecewise-constant rate after
/// `t`, or infinity if none comes before `end`: a unit exponential is spent
/// across the segments at their rates (exact, no thinning).
fn next_arrival(rates: &[Rate], segment: &mut usize, t: f64, end: f64, rng: &mut Rng) -> f64 {
    let Some(first) = rates.first() else {
        return f64::INFINITY;
    };
    let mut t = t.max(first.from);
    let mut e = rng.exp(1.0);
    loop {
        let Some(r) = rates.get(*segment) else {
            return f64::INFINITY;
        };
        let seg_end = rates.get(*segment + 1).map_or(end, |n| n.from.min(end));
        if r.per_minute > 0.0 {
            let at = t + e / r.per_minute;
            if at < seg_end {
                return at;
            }
            e -= (seg_end - t).max(0.0) * r.per_minute;
        }
        if seg_end >= end {
            return f64::INFINITY;
        }
        t = seg_end;
        *segment += 1;
    }
}

/// A visit length drawn from a distribution.
#[inline]
pub(crate) fn draw(dist: &Dist, rng: &mut Rng) -> f64 {
    match dist {
        Dist::Exponential { mean } => rng.exp(*mean),
        Dist::Deterministic { mean } => *mean,
        Dist::Lognormal { mean, cv } => {
            let s2 = (1.0 + cv * cv).ln();
            let mu = mean.ln() - s2 / 2.0;
            (mu + s2.sqrt() * rng.normal()).exp()
        }
        Dist::Empirical { samples } => samples[rng.below(samples.len())],
    }
}

impl<'m> Source<'m> {
    pub fn new(model: &'m Model, rng: &mut Rng) -> Source<'m> {
        match &model.replay {
            Some(list) => Source::Replay { list, i: 0 },
            None => {
                let streams = model
                    .services
                    .iter()
                    .map(|s| {
                        let mut segment = 0;
                        let next = next_arrival(&s.rates, &mut segment, 0.0, model.day_length, rng);
                        Stream { next, segment }
                    })
                    .collect();
                Source::Poisson { model, streams }
            }
        }
    }

    /// When the next customer arrives (infinity when nobody else will).
    #[inline]
    pub fn peek(&self) -> f64 {
        match self {
            Source::Poisson { streams, .. } => {
                streams.iter().map(|s| s.next).fold(f64::INFINITY, f64::min)
            }
            Source::Replay { list, i } => list.get(*i).map_or(f64::INFINITY, |a| a.at),
        }
    }

    /// The next customer; call only when [`Source::peek`] is finite.
    #[inline]
    pub fn take(&mut self, rng: &mut Rng) -> Customer {
        match self {
            Source::Poisson { model, streams } => {
                let mut k = 0;
                for (j, s) in streams.iter().enumerate().skip(1) {
                    if s.next < streams[k].next {
                        k = j;
                    }
                }
                let svc = &model.services[k];
                let at = streams[k].next;
                let duration = draw(&svc.service_time, rng);
                let deadline = match svc.patience {
                    Some(p) => at + rng.exp(p),
                    None => f64::INFINITY,
                };
                let s = &mut streams[k];
                s.next = next_arrival(&svc.rates, &mut s.segment, at, model.day_length, rng);
                Customer {
                    at,
                    duration,
                    deadline,
                    service: k as u32,
                    window: NONE,
                }
            }
            Source::Replay { list, i } => {
                let a = list[*i];
                *i += 1;
                Customer {
                    at: a.at,
                    duration: a.duration,
                    deadline: a.patience.map_or(f64::INFINITY, |p| a.at + p),
                    service: a.service as u32,
                    window: a.window.map_or(NONE, |w| w as u32),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piecewise_rates_give_the_expected_counts() {
        // 1 per minute for an hour, nothing for an hour, 3 per minute for an hour.
        let rates = [
            Rate {
                from: 0.0,
                per_minute: 1.0,
            },
            Rate {
                from: 60.0,
                per_minute: 0.0,
            },
            Rate {
                from: 120.0,
                per_minute: 3.0,
            },
        ];
        let mut rng = Rng::from_seed(3);
        let (mut first, mut gap, mut last) = (0u32, 0u32, 0u32);
        let reps = 400;
        for _ in 0..reps {
            let mut seg = 0;
            let mut t = 0.0;
            loop {
                t = next_arrival(&rates, &mut seg, t, 180.0, &mut rng);
                if !t.is_finite() {
                    break;
                }
                assert!(t < 180.0);
                match t {
                    t if t < 60.0 => first += 1,
                    t if t < 120.0 => gap += 1,
                    _ => last += 1,
                }
            }
        }
        assert_eq!(gap, 0);
        let per = |n: u32| f64::from(n) / f64::from(reps);
        assert!((per(first) - 60.0).abs() < 1.5, "{}", per(first));
        assert!((per(last) - 180.0).abs() < 2.5, "{}", per(last));
    }

    #[test]
    fn lognormal_has_its_mean_and_spread() {
        let d = Dist::Lognormal { mean: 4.0, cv: 0.6 };
        let mut rng = Rng::from_seed(11);
        let n = 200_000;
        let xs: Vec<f64> = (0..n).map(|_| draw(&d, &mut rng)).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64;
        assert!((mean - 4.0).abs() < 0.03, "{mean}");
        assert!((var.sqrt() / mean - 0.6).abs() < 0.02);
    }
}
