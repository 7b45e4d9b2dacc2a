//! The solver held to theory: a long steady day is Erlang C, a drain from a
//! known backlog is a Poisson count, a finer clock gives the same figures, and
//! nothing a hall can ask for gives NaN, infinity or a hang.

use super::*;
use crate::staffing::erlang::Queue;

fn steady(c: f64, lambda: f64, mean: f64, minutes: usize) -> Line {
    Line {
        arrivals: vec![lambda; minutes],
        windows: vec![c; minutes],
        mean_service: vec![mean; minutes],
        after_windows: c,
        after_mean: mean,
        scv: 1.0,
        patience: None,
        discipline: Discipline::Shared,
        target: 2.0,
        start: 0.0,
    }
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-9)
}

#[test]
fn a_long_steady_day_is_erlang_c() {
    // Visits of one minute; the day long enough for ten relaxation times
    // 1/(cμ(1 − √ρ)²) before the minute looked at.
    for c in [1u32, 3, 8] {
        for rho in [0.5, 0.8, 0.9] {
            let mean = 1.0;
            let lambda = rho * f64::from(c) / mean;
            let relax = 1.0 / (f64::from(c) / mean * (1.0 - f64::sqrt(rho)).powi(2));
            let at = (10.0 * relax).ceil() as usize;
            let line = steady(f64::from(c), lambda, mean, at + 5);
            let sol = solve(&line);
            let got = sol.minutes[at];
            let q = Queue {
                arrivals_per_minute: lambda,
                mean_service: mean,
                target_wait: 2.0,
            };
            let e = q.figures(c);
            let e = e.stable().copied().unwrap_or_else(|| panic!("{e:?}"));
            let what = format!("c={c} ρ={rho}: {got:?} vs {e:?}");
            assert!(close(got.wait / got.served, e.mean_wait, 0.01), "{what}");
            assert!(close(got.waited, e.p_wait, 0.01), "{what}");
            assert!(close(got.within, e.service_level, 0.01), "{what}");
            assert!(close(got.busy, lambda * mean, 0.01), "{what}");
            assert!(close(got.served, 1.0, 1e-9), "{what}");
            assert!(!sol.truncated);
        }
    }
}

/// The mean wait of a customer arriving at `t` behind a backlog of `n` on `c`
/// windows of rate μ, nobody else arriving: those ahead leave as a Poisson
/// stream at cμ while all windows are busy.
fn drain_wait(n: usize, c: usize, mu: f64, t: f64) -> f64 {
    let m = c as f64 * mu * t;
    let mut p = (-m).exp();
    let mut total = 0.0;
    for d in 0..=n {
        let ahead = n - d;
        if ahead + 1 > c {
            total += p * (ahead + 1 - c) as f64 / (c as f64 * mu);
        }
        p *= m / (d + 1) as f64;
    }
    total
}

#[test]
fn a_backlog_drains_as_a_poisson_stream() {
    // 30 in the hall at the start, 3 windows of 4-minute visits, and only a
    // trickle arriving: the wait of the first minute's arrivals is known.
    let mut line = steady(3.0, 1e-9, 4.0, 60);
    line.start = 30.0;
    let sol = solve(&line);
    let expected = 0.5 * (drain_wait(30, 3, 0.25, 0.0) + drain_wait(30, 3, 0.25, 1.0));
    let got = sol.minutes[0].wait;
    assert!(close(got, expected, 1e-3), "{got} vs {expected}");
    // Ten minutes on.
    let expected = 0.5 * (drain_wait(30, 3, 0.25, 10.0) + drain_wait(30, 3, 0.25, 11.0));
    let got = sol.minutes[10].wait;
    assert!(close(got, expected, 2e-3), "{got} vs {expected}");
    assert!(close(sol.minutes[0].in_system, 30.0, 1e-6));
}

#[test]
fn a_finer_clock_gives_the_same_waits() {
    // The same day with every rate a quarter and every minute four: the solver
    // then takes steps four times finer against the queue's own pace.
    let mut base = steady(3.0, 0.6, 4.0, 240);
    for k in 60..150 {
        base.windows[k] = 2.0; // a break, load above the windows
    }
    let slow = Line {
        arrivals: base.arrivals.iter().flat_map(|x| [x / 4.0; 4]).collect(),
        windows: base.windows.iter().flat_map(|x| [*x; 4]).collect(),
        mean_service: base
            .mean_service
            .iter()
            .flat_map(|x| [x * 4.0; 4])
            .collect(),
        after_mean: base.after_mean * 4.0,
        target: base.target * 4.0,
        ..base.clone()
    };
    let a = solve(&base);
    let b = solve(&slow);
    // Quarter-hour means, as the forecast shows them.
    for q in 0..16 {
        let coarse: f64 = (15 * q..15 * (q + 1))
            .map(|k| a.minutes[k].wait)
            .sum::<f64>()
            / 15.0;
        let fine: f64 = (60 * q..60 * (q + 1))
            .map(|k| b.minutes[k].wait)
            .sum::<f64>()
            / 60.0
            / 4.0;
        assert!(
            (fine - coarse).abs() <= 0.01 * fine.max(0.5),
            "quarter {q}: {coarse} vs {fine}"
        );
    }
}

#[test]
fn the_worst_wait_comes_after_the_peak() {
    // Two windows; for an hour arrivals outrun them.
    let mut line = steady(2.0, 0.4, 4.0, 240);
    for k in 60..120 {
        line.arrivals[k] = 0.7;
    }
    let sol = solve(&line);
    let wait = |k: usize| sol.minutes[k].wait / sol.minutes[k].served;
    let worst = (0..240)
        .max_by(|a, b| wait(*a).total_cmp(&wait(*b)))
        .unwrap_or(0);
    assert!((115..140).contains(&worst), "worst at minute {worst}");
    // The line starts empty: the first arrivals hardly wait, against the
    // steady state's several minutes.
    let calm = solve(&steady(2.0, 0.4, 4.0, 240));
    assert!(wait(0) < 0.02 * calm.minutes[239].wait, "{}", wait(0));
    // The backlog outlives the peak: half an hour after it waits are still
    // above the steady day's.
    assert!(wait(150) > 2.0 * calm.minutes[150].wait);
}

#[test]
fn hopeless_loads_give_finite_figures() {
    // A hundred arrivals a minute on one window, all day.
    let line = steady(1.0, 100.0, 4.0, 600);
    let sol = solve(&line);
    assert!(sol.states <= MAX_STATES);
    for m in &sol.minutes {
        for x in [m.wait, m.served, m.waited, m.within, m.busy, m.in_system] {
            assert!(x.is_finite(), "{m:?}");
        }
    }
    // No window at all after minute 100, nobody after closing: those arriving
    // later are never served, and the figures say so rather than divide by zero.
    let mut line = steady(2.0, 0.3, 4.0, 200);
    for k in 100..200 {
        line.windows[k] = 0.0;
    }
    line.after_windows = 0.0;
    let sol = solve(&line);
    assert!(sol.minutes[150].served < 1e-9, "{:?}", sol.minutes[150]);
    assert!(sol.minutes[50].served > 0.99);
    assert!(sol.minutes.iter().all(|m| m.wait.is_finite()));
}

#[test]
fn patience_shortens_the_line() {
    let mut line = steady(2.0, 0.6, 4.0, 300);
    let without = solve(&line);
    line.patience = Some(10.0);
    let with = solve(&line);
    let k = 250;
    assert!(with.minutes[k].in_system < without.minutes[k].in_system);
    assert!(with.minutes[k].served < 1.0 && with.minutes[k].served > 0.3);
    assert!(with.minutes[k].wait / with.minutes[k].served < without.minutes[k].wait);
}

#[test]
fn redoing_a_changed_stretch_matches_solving_afresh() {
    // A lognormal line over a day; then a window away for half an hour.
    let mut line = steady(3.0, 0.375, 4.0, 480);
    line.scv = 0.36;
    for k in 0..60 {
        line.arrivals[k] = 0.3;
    }
    let (base, trace) = solve_traced(&line, 20);
    let mut changed = line.clone();
    for k in 200..230 {
        changed.windows[k] = 2.0;
    }
    let fresh = solve(&changed);
    let redone = resolve(&changed, &trace, 200..230).unwrap_or_else(|| panic!("no room"));
    assert!(!redone.is_empty());
    let mut figures: Vec<(f64, f64)> = base.minutes.iter().map(|m| (m.served, m.wait)).collect();
    for (k, served, wait) in &redone {
        figures[*k] = (*served, *wait);
    }
    let mut worst: f64 = 0.0;
    for (k, m) in fresh.minutes.iter().enumerate() {
        let (served, wait) = figures[k];
        assert!((served - m.served).abs() < 1e-6, "minute {k}");
        worst = worst.max((wait - m.wait).abs());
    }
    // Waits of one to several minutes, right to a few thousandths of a minute.
    assert!(worst < 5e-3, "{worst}");
    // Only the stretch around the change is redone.
    let first = redone.first().map_or(0, |r| r.0);
    let last = redone.last().map_or(0, |r| r.0);
    assert!(first > 100 && last < 400, "{first}..{last}");
}
