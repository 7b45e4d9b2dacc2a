//! The seeded randomness of a session: customers who arrive by a service's
//! hourly profile, and how long each one's business takes. The same seed gives
//! the same customers on every machine, so a score can be compared and a
//! session replayed.

use crate::domain::{Service, ServiceTime};
use chrono::{Duration, NaiveTime};

/// SplitMix64: small, fast, and the same sequence everywhere; a training
/// session needs reproducibility, not cryptography.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in the open interval (0, 1), so that logarithms stay finite.
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// An exponential variate with the given mean.
    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * self.unit().ln()
    }

    /// A standard normal variate (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit(), self.unit());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// How long one customer's business takes, by the service's distribution. It
/// is kept between half a minute and four times the mean, so that one draw can
/// neither empty the window at once nor hold it for the whole session.
pub fn service_time(rng: &mut Rng, service: &Service) -> Duration {
    let mean = service.mean_service.num_seconds().max(30) as f64;
    let seconds = match service.service_time {
        ServiceTime::Deterministic => mean,
        ServiceTime::Lognormal { cv } => {
            let sigma2 = (1.0 + cv * cv).ln();
            let mu = mean.ln() - sigma2 / 2.0;
            (mu + sigma2.sqrt() * rng.normal()).exp()
        }
        // Without the hall's history an empirical service is drawn like most
        // counters' services are.
        ServiceTime::Exponential | ServiceTime::Empirical => rng.exponential(mean),
    };
    Duration::seconds(seconds.clamp(30.0, 4.0 * mean).round() as i64)
}

/// Arrival times (hall wall-clock, seconds since midnight) for one service
/// between `from` and `until`, by its piecewise-constant hourly profile: a
/// Poisson process whose rate changes at each step of the profile.
pub fn arrivals(rng: &mut Rng, service: &Service, from: NaiveTime, until: NaiveTime) -> Vec<i64> {
    let secs = |t: NaiveTime| t.signed_duration_since(NaiveTime::MIN).num_seconds();
    let (start, end) = (secs(from), secs(until));
    // Where the rate changes, so that a quiet hour is skipped, not waited out.
    let mut steps: Vec<i64> = service.arrivals.iter().map(|r| secs(r.from)).collect();
    steps.retain(|s| *s > start && *s < end);
    steps.push(end);
    let mut out = Vec::new();
    let mut t = start;
    for step in steps {
        while t < step {
            let at = NaiveTime::MIN + Duration::seconds(t);
            let per_hour = service.arrivals_per_hour(at);
            if per_hour <= 0.0 {
                t = step;
                break;
            }
            let gap = rng.exponential(3600.0 / per_hour).max(1.0).round() as i64;
            if t + gap >= step {
                // Memoryless: the draw starts afresh at the step's new rate.
                t = step;
                break;
            }
            t += gap;
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ArrivalRate, QueueMode, ServiceCode};

    fn service(rates: &[(u32, f64)], time: ServiceTime) -> Service {
        Service {
            code: ServiceCode::new("A"),
            name: "Cash".into(),
            target_wait: Duration::minutes(10),
            mean_service: Duration::minutes(4),
            queue: QueueMode::Shared,
            service_time: time,
            patience: None,
            arrivals: rates
                .iter()
                .map(|(h, per_hour)| ArrivalRate {
                    from: NaiveTime::from_hms_opt(*h, 0, 0).unwrap_or_default(),
                    per_hour: *per_hour,
                })
                .collect(),
        }
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    #[test]
    fn the_same_seed_gives_the_same_customers() {
        let s = service(&[(8, 30.0)], ServiceTime::Exponential);
        let a = arrivals(&mut Rng::new(7), &s, hm(9, 0), hm(11, 0));
        let b = arrivals(&mut Rng::new(7), &s, hm(9, 0), hm(11, 0));
        let c = arrivals(&mut Rng::new(8), &s, hm(9, 0), hm(11, 0));
        assert_eq!(a, b);
        assert_ne!(a, c);
        // About 60 in two hours at 30 an hour; far from it means a broken draw.
        assert!((30..=95).contains(&a.len()), "{}", a.len());
        assert!(a.windows(2).all(|w| w[0] < w[1]));
        assert!(a.iter().all(|t| (9 * 3600..11 * 3600).contains(t)));
    }

    #[test]
    fn a_quiet_hour_brings_nobody() {
        let s = service(
            &[(8, 40.0), (10, 0.0), (11, 40.0)],
            ServiceTime::Exponential,
        );
        let a = arrivals(&mut Rng::new(3), &s, hm(9, 0), hm(12, 0));
        assert!(a.iter().all(|t| !(10 * 3600..11 * 3600).contains(t)));
        assert!(a.iter().any(|t| *t < 10 * 3600) && a.iter().any(|t| *t >= 11 * 3600));
    }

    #[test]
    fn service_times_keep_to_their_bounds() {
        let mut rng = Rng::new(11);
        for time in [
            ServiceTime::Exponential,
            ServiceTime::Lognormal { cv: 0.6 },
            ServiceTime::Empirical,
        ] {
            let s = service(&[], time);
            for _ in 0..500 {
                let d = service_time(&mut rng, &s).num_seconds();
                assert!((30..=960).contains(&d), "{time:?}: {d}");
            }
        }
        let fixed = service(&[], ServiceTime::Deterministic);
        assert_eq!(service_time(&mut rng, &fixed), Duration::minutes(4));
    }
}
