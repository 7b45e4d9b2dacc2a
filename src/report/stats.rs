//! The few statistics a report uses, defined once: mean, median, the 90th
//! percentile by nearest rank, and the longest. An empty sample has none of
//! them (never a NaN or a division by zero).

use crate::domain::Instant;
use serde::Serialize;

/// A sample of durations in minutes, summed up.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Dist {
    /// How many values.
    pub n: u64,
    pub mean: Option<f64>,
    /// The middle value; the mean of the two middle ones for an even count.
    pub median: Option<f64>,
    /// The value at rank ⌈0.9·n⌉ in ascending order.
    pub p90: Option<f64>,
    pub max: Option<f64>,
    pub min: Option<f64>,
}

impl Dist {
    /// Sums up `values` (their order does not matter).
    pub fn of(mut values: Vec<f64>) -> Dist {
        let n = values.len();
        if n == 0 {
            return Dist::default();
        }
        values.sort_by(f64::total_cmp);
        let sum: f64 = values.iter().sum();
        let median = if n % 2 == 1 {
            values[n / 2]
        } else {
            (values[n / 2 - 1] + values[n / 2]) / 2.0
        };
        let rank = (n * 9).div_ceil(10).max(1);
        Dist {
            n: n as u64,
            mean: Some(sum / n as f64),
            median: Some(median),
            p90: Some(values[rank - 1]),
            max: values.last().copied(),
            min: values.first().copied(),
        }
    }

    /// The sum of the values, from the mean and the count.
    pub fn total(&self) -> f64 {
        self.mean.map_or(0.0, |m| m * self.n as f64)
    }
}

/// `part / whole`, or nothing when there is no whole.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The minutes from `a` to `b` (negative when `b` is earlier), to the millisecond.
pub fn minutes(a: Instant, b: Instant) -> f64 {
    (b - a).num_milliseconds() as f64 / 60_000.0
}

/// How two figures differ: the later less the earlier, when both exist.
pub fn change(now: Option<f64>, before: Option<f64>) -> Option<f64> {
    Some(now? - before?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_a_small_sample() {
        let d = Dist::of(vec![4.0, 1.0, 3.0, 2.0]);
        assert_eq!(d.n, 4);
        assert_eq!(d.mean, Some(2.5));
        assert_eq!(d.median, Some(2.5));
        // ⌈0.9·4⌉ = 4th smallest.
        assert_eq!(d.p90, Some(4.0));
        assert_eq!(d.max, Some(4.0));
        let ten: Vec<f64> = (1..=10).map(f64::from).collect();
        let d = Dist::of(ten);
        assert_eq!((d.median, d.p90), (Some(5.5), Some(9.0)));
        let d = Dist::of(vec![7.0]);
        assert_eq!((d.median, d.p90, d.max), (Some(7.0), Some(7.0), Some(7.0)));
    }

    #[test]
    fn nothing_gives_no_figure_rather_than_nan() {
        let d = Dist::of(vec![]);
        assert_eq!(d, Dist::default());
        assert_eq!(d.total(), 0.0);
        assert_eq!(share(3, 0), None);
        assert_eq!(share(0, 4), Some(0.0));
        assert_eq!(change(Some(2.0), None), None);
        assert_eq!(change(Some(2.0), Some(3.5)), Some(-1.5));
    }
}
