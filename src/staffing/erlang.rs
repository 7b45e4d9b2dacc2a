//! Erlang C for one queue served by `c` identical windows: the chance of waiting,
//! the mean wait, the service level and the occupancy, and the windows needed to
//! reach a target.
//!
//! Everything goes through the Erlang B recursion
//! `B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1))`, which stays between 0 and 1 at
//! every step: no factorial or power of the load is ever formed, so 200 windows
//! at a load of 190 are as safe as one window at 0.5.

/// The most windows a figure is computed for; a hall with more is not a hall.
pub const MAX_WINDOWS: u32 = 500;

/// Erlang B: the share of arrivals that would find all `c` windows busy if
/// nobody could wait (the loss system). `load` is in erlangs (arrival rate
/// times mean service time).
pub fn erlang_b(c: u32, load: f64) -> f64 {
    if load <= 0.0 {
        return if c == 0 { 1.0 } else { 0.0 };
    }
    let mut b = 1.0;
    for k in 1..=c {
        b = load * b / (f64::from(k) + load * b);
    }
    b
}

/// What one interval looks like for a queue with `c` windows.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Figures {
    /// The load is at or above the windows: the queue grows without end, and no
    /// wait can honestly be given.
    Overloaded {
        load: f64,
        windows: u32,
    },
    Stable(Stable),
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Stable {
    /// Probability that an arriving customer waits at all (Erlang C).
    pub p_wait: f64,
    /// Mean wait in the queue, in minutes, over all customers.
    pub mean_wait: f64,
    /// Share of customers whose wait is within the target.
    pub service_level: f64,
    /// Share of window time spent serving.
    pub occupancy: f64,
}

impl Figures {
    pub fn stable(&self) -> Option<&Stable> {
        match self {
            Figures::Stable(s) => Some(s),
            Figures::Overloaded { .. } => None,
        }
    }

    pub fn is_overloaded(&self) -> bool {
        matches!(self, Figures::Overloaded { .. })
    }
}

/// A queue in one interval: arrivals per minute, mean service in minutes, and
/// the wait the hall aims for in minutes.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Queue {
    pub arrivals_per_minute: f64,
    pub mean_service: f64,
    pub target_wait: f64,
}

impl Queue {
    /// The offered load in erlangs: how many windows the arrivals keep busy.
    pub fn load(&self) -> f64 {
        (self.arrivals_per_minute * self.mean_service).max(0.0)
    }

    /// Erlang C figures with `c` windows.
    pub fn figures(&self, c: u32) -> Figures {
        let a = self.load();
        if a <= 0.0 {
            // Nobody comes: nobody waits, and any window is idle.
            return Figures::Stable(Stable {
                p_wait: 0.0,
                mean_wait: 0.0,
                service_level: 1.0,
                occupancy: 0.0,
            });
        }
        let cf = f64::from(c);
        if c == 0 || a >= cf {
            return Figures::Overloaded {
                load: a,
                windows: c,
            };
        }
        let b = erlang_b(c, a);
        // Erlang C from Erlang B: C = c·B / (c − a·(1 − B)).
        let p_wait = (cf * b / (cf - a * (1.0 - b))).clamp(0.0, 1.0);
        let spare = cf - a;
        let mean_wait = p_wait * self.mean_service / spare;
        let service_level =
            (1.0 - p_wait * (-spare * self.target_wait / self.mean_service).exp()).clamp(0.0, 1.0);
        Figures::Stable(Stable {
            p_wait,
            mean_wait,
            service_level,
            occupancy: a / cf,
        })
    }

    /// The fewest windows that serve `target_level` of customers (0–1) within
    /// the target wait; `None` when even `MAX_WINDOWS` would not.
    pub fn windows_needed(&self, target_level: f64) -> Option<u32> {
        let a = self.load();
        if a <= 0.0 {
            return Some(0);
        }
        // Below the load the queue is unstable; start just above it.
        let first = (a.floor() as u32).saturating_add(1).max(1);
        (first..=MAX_WINDOWS).find(|&c| {
            self.figures(c)
                .stable()
                .is_some_and(|s| s.service_level >= target_level)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(lambda: f64, mean: f64, target: f64) -> Queue {
        Queue {
            arrivals_per_minute: lambda,
            mean_service: mean,
            target_wait: target,
        }
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1e-12)
    }

    /// Erlang C summed the textbook way, in log space so the terms cannot
    /// overflow: P0 from Σ a^k/k! plus the waiting term, then C.
    fn erlang_c_by_sum(c: u32, a: f64) -> f64 {
        let ln_term =
            |k: u32| f64::from(k) * a.ln() - (1..=k).map(|i| f64::from(i).ln()).sum::<f64>();
        let wait_term = ln_term(c) + (f64::from(c) / (f64::from(c) - a)).ln();
        let terms: Vec<f64> = (0..c).map(ln_term).chain([wait_term]).collect();
        let max = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let total: f64 = terms.iter().map(|t| (t - max).exp()).sum();
        (wait_term - max).exp() / total
    }

    #[test]
    fn one_window_is_the_m_m_1_queue() {
        // M/M/1: P(wait) = ρ, Wq = ρ/(μ − λ), P(W > t) = ρ·e^{−(μ−λ)t}.
        for rho in [0.1, 0.5, 0.8, 0.95] {
            let mean = 4.0;
            let lambda = rho / mean;
            let mu = 1.0 / mean;
            let f = q(lambda, mean, 10.0).figures(1);
            let s = f.stable().copied().unwrap_or_else(|| panic!("{f:?}"));
            assert!(close(s.p_wait, rho, 1e-12), "{rho}: {s:?}");
            assert!(
                close(s.mean_wait, rho / (mu - lambda), 1e-12),
                "{rho}: {s:?}"
            );
            let sl = 1.0 - rho * (-(mu - lambda) * 10.0).exp();
            assert!(close(s.service_level, sl, 1e-12), "{rho}: {s:?}");
            assert!(close(s.occupancy, rho, 1e-12));
        }
    }

    #[test]
    fn two_windows_match_the_closed_form() {
        // M/M/2 has C = a²/(2 + a).
        for a in [0.2, 1.0, 1.5, 1.99] {
            let s = q(a / 3.0, 3.0, 5.0).figures(2);
            let p = s.stable().map(|s| s.p_wait).unwrap_or(f64::NAN);
            assert!(close(p, a * a / (2.0 + a), 1e-12), "{a}: {p}");
        }
    }

    #[test]
    fn erlang_b_matches_known_small_cases() {
        // B(1, a) = a/(1+a); B(2, a) = a²/(2 + 2a + a²).
        assert!(close(erlang_b(1, 3.0), 0.75, 1e-15));
        assert!(close(erlang_b(2, 2.0), 4.0 / 10.0, 1e-15));
        assert_eq!(erlang_b(0, 5.0), 1.0);
        assert_eq!(erlang_b(4, 0.0), 0.0);
    }

    #[test]
    fn large_halls_agree_with_the_log_space_sum() {
        for (c, a) in [
            (10, 8.0),
            (50, 45.0),
            (120, 100.0),
            (200, 190.0),
            (200, 199.5),
        ] {
            let s = q(a / 5.0, 5.0, 1.0).figures(c);
            let p = s.stable().map(|s| s.p_wait).unwrap_or(f64::NAN);
            let expected = erlang_c_by_sum(c, a);
            assert!(
                p.is_finite() && close(p, expected, 1e-9),
                "c={c} a={a}: {p} vs {expected}"
            );
        }
    }

    #[test]
    fn an_overloaded_interval_is_reported_as_such() {
        let queue = q(1.0, 4.0, 10.0);
        assert_eq!(
            queue.figures(4),
            Figures::Overloaded {
                load: 4.0,
                windows: 4
            }
        );
        assert!(queue.figures(3).is_overloaded());
        assert!(queue.figures(0).is_overloaded());
        assert!(!queue.figures(5).is_overloaded());
        // Nobody coming is fine even with no window.
        assert_eq!(
            q(0.0, 4.0, 10.0).figures(0).stable().map(|s| s.p_wait),
            Some(0.0)
        );
    }

    #[test]
    fn windows_needed_reach_the_target_and_one_fewer_does_not() {
        let queue = q(2.0, 4.0, 1.0); // load 8
        let c = queue.windows_needed(0.8).unwrap_or(0);
        let level = |c| queue.figures(c).stable().map_or(0.0, |s| s.service_level);
        assert!(level(c) >= 0.8 && level(c - 1) < 0.8, "c = {c}");
        assert!(c > 8);
        assert_eq!(q(0.0, 4.0, 1.0).windows_needed(0.8), Some(0));
        // Beyond any hall: no answer rather than a wrong one.
        assert_eq!(q(1000.0, 4.0, 1.0).windows_needed(0.8), None);
    }

    proptest! {
        /// More windows never make anyone wait longer.
        #[test]
        fn more_windows_never_hurt(c in 1u32..200, a in 0.01f64..199.0) {
            let queue = q(a / 4.0, 4.0, 2.0);
            if let (Some(x), Some(y)) = (queue.figures(c).stable(), queue.figures(c + 1).stable()) {
                prop_assert!(y.p_wait <= x.p_wait + 1e-12);
                prop_assert!(y.mean_wait <= x.mean_wait + 1e-12);
                prop_assert!(y.service_level + 1e-12 >= x.service_level);
            }
            if let Some(s) = queue.figures(c).stable() {
                prop_assert!((0.0..=1.0).contains(&s.p_wait));
                prop_assert!(s.mean_wait.is_finite() && s.mean_wait >= 0.0);
            }
        }
    }
}
