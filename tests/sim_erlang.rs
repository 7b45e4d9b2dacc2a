//! Validation against queueing theory: an M/M/c hall in a long run agrees with
//! Erlang C, for the mean wait and for the probability of waiting at all.
//!
//! The expected values are derived here from the model's own parameters (the
//! Erlang C formula, computed as a sum and cross-checked with the Erlang B
//! recursion), not copied from a table. Each replication is one long day; its
//! first minutes, while the empty hall fills up, are not counted (ten
//! relaxation times, 1 / (cμ(1 − √ρ)²)); customers who arrive before the end are
//! all served, so the end biases nothing.
//!
//! A 95% interval misses the truth one time in twenty by design, and a test has
//! many of them. So each test asks what a correct simulator delivers: every
//! figure within its 99.9% interval, and no more of them outside their 95%
//! interval than chance allows (for thirty, at most four: a correct simulator
//! has more with probability 1.6%; for ten, at most two: 1.2%). That reasoning
//! needs independent checks, so each configuration has its own seed (with one
//! seed for all, replication i of every configuration would be driven by the
//! same random numbers and their errors would go together). The intervals must
//! also be narrow, so that agreement means something.

use frontdesk::sim::{self, Engine, Estimate, Model, Options, t975};

/// Erlang C: the probability that an arriving customer waits, with offered load
/// `a` = λ/μ Erlangs on `c` servers (a < c).
fn erlang_c(c: u32, a: f64) -> f64 {
    // a^k / k!, built up term by term.
    let mut term = 1.0;
    let mut below = 0.0;
    for k in 0..c {
        below += term;
        term *= a / f64::from(k + 1);
    }
    let top = term * f64::from(c) / (f64::from(c) - a);
    let by_sum = top / (below + top);
    // Erlang B by its recursion, then C from B: the same number another way.
    let mut b = 1.0;
    for k in 1..=c {
        b = a * b / (f64::from(k) + a * b);
    }
    let by_b = f64::from(c) * b / (f64::from(c) - a * (1.0 - b));
    assert!(
        (by_sum - by_b).abs() < 1e-12,
        "Erlang C two ways: {by_sum} vs {by_b}"
    );
    by_sum
}

/// Mean wait in queue for M/M/c: C(c, a) / (cμ − λ).
fn erlang_wq(c: u32, lambda: f64, mu: f64) -> f64 {
    erlang_c(c, lambda / mu) / (f64::from(c) * mu - lambda)
}

#[test]
fn erlang_c_by_hand() {
    // M/M/1: P(wait) = ρ and Wq = ρ / (μ − λ).
    assert!((erlang_c(1, 0.7) - 0.7).abs() < 1e-12);
    assert!((erlang_wq(1, 0.7, 1.0) - 0.7 / 0.3).abs() < 1e-12);
    // M/M/2 at a = 1: C = (1/2 · 2) / (1 + 1 + 1) = 1/3.
    assert!((erlang_c(2, 1.0) - 1.0 / 3.0).abs() < 1e-12);
}

struct Check {
    what: String,
    expected: f64,
    got: Estimate,
}

impl Check {
    /// How many interval half-widths the estimate is from the truth.
    fn z(&self) -> f64 {
        let h = self.got.ci95.unwrap_or(f64::INFINITY);
        (self.got.mean - self.expected).abs() / (h / t975(self.got.n - 1))
    }
}

/// Customers counted per replication: enough for intervals of a percent or two.
fn budget(rho: f64) -> f64 {
    (8_000.0 / (1.0 - rho).powi(2)).max(100_000.0)
}

fn long_run(c: u32, rho: f64, engine: Engine, reps: u64, customers: f64) -> (Check, Check) {
    let mu = 1.0; // visits of one minute on average
    let lambda = rho * f64::from(c) * mu;
    let relax = 1.0 / (f64::from(c) * mu * (1.0 - rho.sqrt()).powi(2));
    let warmup = 10.0 * relax;
    let counted = customers / lambda;
    let mut model = Model::mmc(c as usize, lambda, 1.0 / mu, warmup + counted);
    model.warmup = warmup;
    model.interval = counted;
    let s = sim::run(
        &model,
        &Options {
            reps,
            // Its own stream for each configuration, fixed by a rule.
            seed: 100 * u64::from(c) + (rho * 10.0).round() as u64,
            engine,
            ..Options::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let f = s.figures;
    let name = format!("c={c} ρ={rho} {engine:?}");
    (
        Check {
            what: format!("{name} mean wait"),
            expected: erlang_wq(c, lambda, mu),
            got: f.mean_wait,
        },
        Check {
            what: format!("{name} P(wait > 0)"),
            expected: erlang_c(c, lambda / mu),
            got: f.p_wait,
        },
    )
}

fn judge(checks: &[Check], max_misses: usize) {
    let mut report = String::new();
    let mut misses = 0;
    for ch in checks {
        let h = ch.got.ci95.unwrap_or(f64::INFINITY);
        let inside = ch.got.covers(ch.expected);
        misses += usize::from(!inside);
        report.push_str(&format!(
            "{:<34} Erlang C {:>9.5}  simulated {:>9.5} ± {:.5} ({:.1}% wide, z {:.2}){}\n",
            ch.what,
            ch.expected,
            ch.got.mean,
            h,
            100.0 * h / ch.expected,
            ch.z(),
            if inside { "" } else { "  outside the 95% CI" }
        ));
    }
    eprintln!("{report}");
    for ch in checks {
        // 3.29 standard errors: the 99.9% interval.
        assert!(
            ch.z() < 3.29,
            "far outside its interval: {}\n{report}",
            ch.what
        );
        let h = ch.got.ci95.unwrap_or(f64::INFINITY);
        assert!(
            h < 0.06 * ch.expected,
            "interval too wide to mean anything: {}\n{report}",
            ch.what
        );
    }
    assert!(
        misses <= max_misses,
        "{misses} of {} outside their 95% CI\n{report}",
        checks.len()
    );
}

/// c = 1, 3 and 8 windows at loads 0.5 to 0.9, on the engine `run` picks for
/// this model (the recursion).
#[test]
fn mmc_long_runs_agree_with_erlang_c() {
    let mut checks = Vec::new();
    for c in [1, 3, 8] {
        for rho in [0.5f64, 0.6, 0.7, 0.8, 0.9] {
            let (w, p) = long_run(c, rho, Engine::Auto, 40, budget(rho));
            checks.push(w);
            checks.push(p);
        }
    }
    judge(&checks, 4);
}

/// The same for the general event engine, which runs every model (here with
/// three windows, as a shorter run).
#[test]
fn event_engine_agrees_with_erlang_c() {
    let mut checks = Vec::new();
    for rho in [0.5f64, 0.6, 0.7, 0.8, 0.9] {
        let (w, p) = long_run(3, rho, Engine::Events, 20, budget(rho));
        checks.push(w);
        checks.push(p);
    }
    judge(&checks, 2);
}
