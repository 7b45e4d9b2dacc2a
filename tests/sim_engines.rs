//! The simulator's engines on days small enough to work out by hand, against
//! the classic recursion, against each other, and across thread counts; and the
//! break rules of the product (finish-current, warnings, cutoffs, the break's
//! end) next to the textbook preempt-resume.

use frontdesk::config::LateBreakEnd;
use frontdesk::domain::QueueMode;
use frontdesk::sim::{
    self, Arrival, BreakModel, Dist, Engine, Model, Options, Policy, Rate, ServiceModel, TraceRow,
    WindowModel, rng::Rng,
};

/// A hall of `c` windows sharing one line, with these arrivals replayed:
/// (minute, visit length).
fn replay(c: usize, arrivals: &[(f64, f64)]) -> Model {
    let mut m = Model::mmc(c, 1.0, 1.0, 480.0);
    m.replay = Some(
        arrivals
            .iter()
            .map(|&(at, duration)| Arrival {
                at,
                service: 0,
                duration,
                window: None,
                patience: None,
            })
            .collect(),
    );
    m
}

fn opts(policy: Policy, engine: Engine) -> Options {
    Options {
        reps: 1,
        seed: 1,
        policy,
        threads: 1,
        engine,
    }
}

fn trace(m: &Model, policy: Policy, engine: Engine) -> Vec<TraceRow> {
    sim::trace(m, &opts(policy, engine), 0).unwrap_or_else(|e| panic!("{e}"))
}

fn starts(rows: &[TraceRow]) -> Vec<Option<f64>> {
    rows.iter().map(|r| r.start).collect()
}

fn windows(rows: &[TraceRow]) -> Vec<Option<usize>> {
    rows.iter().map(|r| r.window).collect()
}

/// The classic FIFO recursion, written out independently of the simulator:
/// each customer in arrival order starts at max(arrival, earliest free server).
fn classic(c: usize, arrivals: &[(f64, f64)]) -> Vec<f64> {
    let mut free = vec![0.0f64; c];
    arrivals
        .iter()
        .map(|&(a, d)| {
            let (j, f) =
                free.iter()
                    .copied()
                    .enumerate()
                    .fold(
                        (0, f64::INFINITY),
                        |best, (j, f)| {
                            if f < best.1 { (j, f) } else { best }
                        },
                    );
            let start = a.max(f);
            free[j] = start + d;
            start
        })
        .collect()
}

#[test]
fn a_hand_computed_day_on_two_windows() {
    // Window 1 serves the first customer 0–5; window 2 the second 1–2 and the
    // third 2–5; the fourth arrives at 3 with both busy until 5 and takes
    // window 1 (the first on a tie), waiting 2 minutes.
    let day = [(0.0, 5.0), (1.0, 1.0), (2.0, 3.0), (3.0, 2.0)];
    let m = replay(2, &day);
    for engine in [Engine::Events, Engine::Recursion] {
        let rows = trace(&m, Policy::FinishCurrent, engine);
        assert_eq!(
            starts(&rows),
            vec![Some(0.0), Some(1.0), Some(2.0), Some(5.0)],
            "{engine:?}"
        );
        assert_eq!(windows(&rows), vec![Some(0), Some(1), Some(1), Some(0)]);
        let ends: Vec<f64> = rows.iter().filter_map(|r| r.end).collect();
        assert_eq!(ends, vec![5.0, 2.0, 5.0, 7.0]);
        let waits: Vec<f64> = rows.iter().filter_map(|r| r.wait()).collect();
        assert_eq!(waits, vec![0.0, 0.0, 0.0, 2.0]);
    }
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    let f = &s.figures;
    assert_eq!(f.arrivals.mean, 4.0);
    assert_eq!(f.mean_wait.mean, 0.5);
    assert_eq!(f.p_wait.mean, 0.25);
    assert_eq!(f.longest_queue.mean, 1.0);
    assert_eq!(f.mean_wait.ci95, None, "one day has no interval");
    // Window 1 busy 7 of its 480 staffed minutes (it closes with the hall).
    assert!((f.windows[0].utilisation.mean - 7.0 / 480.0).abs() < 1e-12);
}

#[test]
fn fifo_replays_equal_the_classic_recursion() {
    let mut rng = Rng::from_seed(42);
    for case in 0..40 {
        let c = 1 + case % 5;
        let n = 200;
        let mut t = 0.0;
        let mut day = Vec::new();
        for i in 0..n {
            // Whole minutes now and then, so that ties happen too.
            t += if i % 7 == 0 {
                0.0
            } else {
                rng.exp(1.0 / c as f64).round()
            };
            let d = if case % 2 == 0 {
                rng.exp(0.9)
            } else {
                (rng.exp(0.9) * 2.0).round()
            };
            day.push((t, d));
        }
        let expected = classic(c, &day);
        let m = replay(c, &day);
        for engine in [Engine::Events, Engine::Recursion] {
            let got: Vec<f64> = trace(&m, Policy::FinishCurrent, engine)
                .iter()
                .map(|r| r.start.unwrap_or(f64::NAN))
                .collect();
            assert_eq!(got, expected, "case {case}, {c} windows, {engine:?}");
        }
    }
}

/// A random model both engines can run: one line, windows with their own
/// hours, several services sharing it, and preempt-resume breaks.
fn random_fifo_model(rng: &mut Rng) -> Model {
    let c = 1 + rng.below(6);
    let services = 1 + rng.below(3);
    let dists = [
        Dist::Exponential { mean: 3.0 },
        Dist::Lognormal { mean: 4.0, cv: 0.8 },
        Dist::Deterministic { mean: 2.5 },
        Dist::Empirical {
            samples: vec![1.0, 2.0, 2.5, 7.0],
        },
    ];
    let mut m = Model::mmc(c, 1.0, 1.0, 300.0);
    m.services = (0..services)
        .map(|k| ServiceModel {
            code: format!("S{k}"),
            rates: vec![
                Rate {
                    from: 0.0,
                    per_minute: 0.2 * c as f64 / services as f64,
                },
                Rate {
                    from: 100.0 + 10.0 * k as f64,
                    per_minute: 0.35 * c as f64 / services as f64,
                },
                Rate {
                    from: 200.0,
                    per_minute: 0.0,
                },
                Rate {
                    from: 230.0,
                    per_minute: 0.25 * c as f64 / services as f64,
                },
            ],
            service_time: dists[rng.below(dists.len())].clone(),
            patience: None,
            queue: QueueMode::Shared,
            target_wait: 5.0,
            cutoff_mean: 3.0,
        })
        .collect();
    m.windows = (0..c)
        .map(|w| {
            let open = if w == 0 {
                0.0
            } else {
                (rng.below(4) * 20) as f64
            };
            let close = if rng.below(3) == 0 { 250.0 } else { 300.0 };
            WindowModel {
                id: w as u32 + 1,
                name: None,
                services: (0..services).collect(),
                open,
                close,
            }
        })
        .collect();
    m.breaks.clear();
    for w in 0..c {
        if rng.below(2) == 0 {
            let start = 60.0 + (rng.below(120)) as f64 + rng.uniform();
            m.breaks.push(BreakModel {
                window: w,
                start,
                end: start + 15.0 + rng.below(20) as f64,
            });
        }
    }
    m.sort_breaks();
    m
}

#[test]
fn both_engines_give_every_customer_the_same_day() {
    let mut rng = Rng::from_seed(2024);
    for case in 0..60 {
        let m = random_fifo_model(&mut rng);
        for rep in 0..3 {
            let o = |engine| Options {
                reps: 1,
                seed: 9 + case,
                policy: Policy::PreemptResume,
                threads: 1,
                engine,
            };
            let a = sim::trace(&m, &o(Engine::Events), rep).unwrap_or_else(|e| panic!("{e}"));
            let b = sim::trace(&m, &o(Engine::Recursion), rep).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(a.len(), b.len(), "case {case}");
            for (i, (x, y)) in a.iter().zip(&b).enumerate() {
                let close = |p: Option<f64>, q: Option<f64>| match (p, q) {
                    (Some(p), Some(q)) => (p - q).abs() < 1e-9,
                    (None, None) => true,
                    _ => false,
                };
                assert!(
                    x.arrival == y.arrival
                        && x.window == y.window
                        && close(x.start, y.start)
                        && close(x.end, y.end),
                    "case {case} rep {rep} customer {i}: events {x:?} vs recursion {y:?}\n{m:#?}"
                );
            }
        }
        // And their figures agree, breaks, warnings and utilisation included.
        let run = |engine| {
            let s = sim::run(
                &m,
                &Options {
                    reps: 20,
                    seed: case,
                    policy: Policy::PreemptResume,
                    threads: 1,
                    engine,
                },
            )
            .unwrap_or_else(|e| panic!("{e}"));
            s.figures
        };
        let (a, b) = (run(Engine::Events), run(Engine::Recursion));
        let close = |p: f64, q: f64| (p.is_nan() && q.is_nan()) || (p - q).abs() < 1e-9;
        assert!(close(a.mean_wait.mean, b.mean_wait.mean), "case {case}");
        assert!(
            close(a.longest_queue.mean, b.longest_queue.mean),
            "case {case}"
        );
        assert!(
            close(a.warnings.mean, b.warnings.mean),
            "case {case} warnings"
        );
        assert!(close(a.unserved.mean, b.unserved.mean), "case {case}");
        for (x, y) in a.windows.iter().zip(&b.windows) {
            assert!(close(x.utilisation.mean, y.utilisation.mean), "case {case}");
        }
    }
}

#[test]
fn the_recursion_is_used_only_where_it_is_exact() {
    let m = Model::mmc(3, 2.0, 1.0, 100.0);
    let used = |m: &Model, policy| sim::engine_used(m, &opts(policy, Engine::Auto));
    assert_eq!(used(&m, Policy::FinishCurrent), Ok(Engine::Recursion));
    let mut with_breaks = m.clone();
    with_breaks.breaks = vec![BreakModel {
        window: 0,
        start: 10.0,
        end: 20.0,
    }];
    assert_eq!(
        used(&with_breaks, Policy::FinishCurrent),
        Ok(Engine::Events)
    );
    assert_eq!(
        used(&with_breaks, Policy::PreemptResume),
        Ok(Engine::Recursion)
    );
    let mut patient = m.clone();
    patient.services[0].patience = Some(5.0);
    assert_eq!(used(&patient, Policy::PreemptResume), Ok(Engine::Events));
    let mut per_window = m.clone();
    per_window.services[0].queue = QueueMode::PerWindow;
    assert_eq!(used(&per_window, Policy::PreemptResume), Ok(Engine::Events));
    assert!(sim::run(&patient, &opts(Policy::FinishCurrent, Engine::Recursion)).is_err());
}

#[test]
fn figures_do_not_depend_on_the_number_of_threads() {
    let mut m = Model::mmc(4, 3.0, 1.2, 240.0);
    m.services[0].patience = Some(6.0);
    m.breaks = (0..4)
        .map(|w| BreakModel {
            window: w,
            start: 60.0 + 30.0 * w as f64,
            end: 80.0 + 30.0 * w as f64,
        })
        .collect();
    let json = |threads| {
        let s = sim::run(
            &m,
            &Options {
                reps: 300,
                seed: 77,
                threads,
                ..Options::default()
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.engine, Engine::Events);
        serde_json::to_string(&s.figures).unwrap_or_default()
    };
    let one = json(1);
    assert_eq!(one, json(2));
    assert_eq!(one, json(3));
    assert_eq!(one, json(8));
    let other_seed = sim::run(
        &m,
        &Options {
            reps: 300,
            seed: 78,
            ..Options::default()
        },
    )
    .map(|s| serde_json::to_string(&s.figures).unwrap_or_default());
    assert_ne!(Ok(one), other_seed);
}

/// One window, a break 10–20 with a 5-minute warning lead; the first customer
/// arrives at 0 and stays 12 minutes, a second arrives at 1 for one minute.
fn late_break(cutoff_mean: f64, late_end: LateBreakEnd) -> Model {
    let mut m = replay(1, &[(0.0, 12.0), (1.0, 1.0)]);
    m.services[0].cutoff_mean = cutoff_mean;
    m.warn_lead = 5.0;
    m.late_break_end = late_end;
    m.breaks = vec![BreakModel {
        window: 0,
        start: 10.0,
        end: 20.0,
    }];
    m
}

#[test]
fn finish_current_keeps_its_promise_before_leaving() {
    // At the warning (minute 5) the cashier expects to be free at 5 (4-minute
    // mean, called at 0) and one 4-minute service fits before 10: the waiting
    // customer is promised. The first service runs until 12; the promise is
    // kept (no other window), 12–13; the break starts at 13, three minutes late.
    let m = late_break(4.0, LateBreakEnd::AsPlanned);
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert_eq!(starts(&rows), vec![Some(0.0), Some(12.0)]);
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    let b = &s.figures.breaks[0];
    assert_eq!(b.warned.mean, 1.0);
    assert_eq!(b.started_late.mean, 1.0);
    assert_eq!(b.late_minutes.mean, 3.0);
    assert_eq!(b.past_cutoff.mean, 0.0);
    // Busy 13 minutes, away 13–20 (as planned, the break is shorter).
    let u = s.figures.windows[0].utilisation.mean;
    assert!((u - 13.0 / (480.0 - 7.0)).abs() < 1e-12, "{u}");
}

#[test]
fn past_the_cutoff_the_customer_waits_for_the_return() {
    // With a 6-minute mean nothing fits between 5 and 10: the waiting customer
    // is past the cutoff. The break starts when the first service ends (12)
    // and returns at the planned 20, or at 22 with its full length.
    for (late_end, back) in [
        (LateBreakEnd::AsPlanned, 20.0),
        (LateBreakEnd::FullLength, 22.0),
    ] {
        let m = late_break(6.0, late_end);
        let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
        assert_eq!(starts(&rows), vec![Some(0.0), Some(back)], "{late_end:?}");
        let s = sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto))
            .unwrap_or_else(|e| panic!("{e}"));
        let b = &s.figures.breaks[0];
        assert_eq!(b.late_minutes.mean, 2.0);
        assert_eq!(b.past_cutoff.mean, 1.0);
        assert_eq!(b.waited_for_return.mean, 1.0);
        assert_eq!(b.served_elsewhere.mean, 0.0);
    }
}

#[test]
fn preempt_resume_leaves_on_the_minute() {
    // The first service is interrupted at 10 and resumes at 20: it ends at 22,
    // and the second customer starts then.
    let m = late_break(4.0, LateBreakEnd::AsPlanned);
    for engine in [Engine::Events, Engine::Recursion] {
        let rows = trace(&m, Policy::PreemptResume, engine);
        assert_eq!(starts(&rows), vec![Some(0.0), Some(22.0)], "{engine:?}");
        assert_eq!(rows[0].end, Some(22.0));
    }
    let s =
        sim::run(&m, &opts(Policy::PreemptResume, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.figures.breaks[0].started_late.mean, 0.0);
    assert_eq!(s.figures.breaks[0].warned.mean, 1.0);
}

#[test]
fn past_the_cutoff_on_a_shared_line_another_window_serves() {
    // Two windows; the second goes on a break at 10 (warning at 5), the first
    // is busy until 30. At 5 the second serves until 12 and nothing more fits,
    // so the two waiting customers are past its cutoff; it leaves at 12, and
    // back at 20 it serves them itself, the first window being still busy.
    let mut m = replay(2, &[(0.0, 30.0), (0.5, 11.5), (2.0, 3.0), (3.0, 3.0)]);
    m.warn_lead = 5.0;
    m.services[0].cutoff_mean = 6.0;
    m.breaks = vec![BreakModel {
        window: 1,
        start: 10.0,
        end: 20.0,
    }];
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert_eq!(windows(&rows), vec![Some(0), Some(1), Some(1), Some(1)]);
    assert_eq!(
        starts(&rows),
        vec![Some(0.0), Some(0.5), Some(20.0), Some(23.0)]
    );
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    let b = &s.figures.breaks[0];
    assert_eq!(b.past_cutoff.mean, 2.0);
    assert_eq!(b.waited_for_return.mean, 2.0);

    // With the first window free at 15, both are served there instead.
    let mut m2 = m.clone();
    if let Some(r) = m2.replay.as_mut() {
        r[0].duration = 15.0;
    }
    let rows = trace(&m2, Policy::FinishCurrent, Engine::Events);
    assert_eq!(
        starts(&rows),
        vec![Some(0.0), Some(0.5), Some(15.0), Some(18.0)]
    );
    assert_eq!(windows(&rows)[2..], [Some(0), Some(0)]);
    let s =
        sim::run(&m2, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.figures.breaks[0].served_elsewhere.mean, 2.0);
}

#[test]
fn a_newcomer_joins_the_promise_while_time_allows() {
    // One window closing for a break at 30 (warning at 15), 4-minute mean.
    // Nobody waits at 15, so there is no warning yet; a customer arriving at 16
    // while the window serves someone until 18 is warned and promised
    // (capacity 3); two more arriving while it closes join the promise, the
    // fourth would not fit and is past the cutoff.
    let mut m = replay(
        1,
        &[
            (14.0, 4.0),
            (16.0, 4.0),
            (16.5, 4.0),
            (17.0, 4.0),
            (17.5, 4.0),
        ],
    );
    m.warn_lead = 15.0;
    m.services[0].cutoff_mean = 4.0;
    m.breaks = vec![BreakModel {
        window: 0,
        start: 30.0,
        end: 45.0,
    }];
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert_eq!(
        starts(&rows),
        vec![Some(14.0), Some(18.0), Some(22.0), Some(26.0), Some(45.0)]
    );
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    let b = &s.figures.breaks[0];
    assert_eq!(b.warned.mean, 1.0);
    assert_eq!(b.past_cutoff.mean, 1.0);
    // The third promised service ends at 30: the break starts on time.
    assert_eq!(b.started_late.mean, 0.0);
}

#[test]
fn no_warning_when_nobody_waits() {
    let mut m = replay(1, &[(0.0, 1.0), (50.0, 1.0)]);
    m.breaks = vec![BreakModel {
        window: 0,
        start: 20.0,
        end: 30.0,
    }];
    for policy in [Policy::FinishCurrent, Policy::PreemptResume] {
        let s = sim::run(&m, &opts(policy, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.figures.breaks[0].warned.mean, 0.0, "{policy:?}");
        assert_eq!(s.figures.warnings.mean, 0.0);
    }
}

#[test]
fn impatient_customers_leave_and_are_counted() {
    // One window busy 0–10; the second customer would wait 9 minutes but
    // leaves after 3; the third waits 5 of their 6.
    let mut m = replay(1, &[(0.0, 10.0), (1.0, 1.0), (5.0, 1.0)]);
    if let Some(r) = m.replay.as_mut() {
        r[1].patience = Some(3.0);
        r[2].patience = Some(6.0);
    }
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert!(rows[1].abandoned);
    assert_eq!(rows[1].wait(), Some(3.0));
    assert_eq!(starts(&rows), vec![Some(0.0), None, Some(10.0)]);
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    assert!((s.figures.abandoned.mean - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(s.figures.served.mean, 2.0);
    assert_eq!(s.figures.mean_wait.mean, 2.5);
}

#[test]
fn per_window_lines_join_the_shortest_as_the_domain_counts_it() {
    // Two windows with their own lines. As in the domain, the shortest line
    // counts the customers waiting in it, not whether the window is busy: the
    // second customer at minute 0 ties with an empty line and joins the first
    // window (busy until 10) while the second window is free; later ones go
    // to the second window, whose line is the shorter.
    let mut m = replay(
        2,
        &[(0.0, 10.0), (0.0, 10.0), (1.0, 1.0), (2.0, 1.0), (3.0, 1.0)],
    );
    m.services[0].queue = QueueMode::PerWindow;
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert_eq!(
        windows(&rows),
        vec![Some(0), Some(0), Some(1), Some(1), Some(1)]
    );
    assert_eq!(
        starts(&rows),
        vec![Some(0.0), Some(10.0), Some(1.0), Some(2.0), Some(3.0)]
    );
}

#[test]
fn a_window_that_closes_early_leaves_its_own_line_unserved() {
    // A replayed ticket for window 2, which has closed for the day: nobody can
    // serve it; the window open until the hall closes drains its own line.
    let mut m = replay(2, &[(100.0, 1.0), (479.5, 5.0)]);
    m.windows[1].close = 60.0;
    if let Some(r) = m.replay.as_mut() {
        r[0].window = Some(1);
    }
    let rows = trace(&m, Policy::FinishCurrent, Engine::Events);
    assert_eq!(starts(&rows), vec![None, Some(479.5)]);
    assert_eq!(rows[1].end, Some(484.5));
    let s =
        sim::run(&m, &opts(Policy::FinishCurrent, Engine::Auto)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.figures.unserved.mean, 1.0);
}

#[test]
fn bad_models_are_refused() {
    let mut m = Model::mmc(2, 1.0, 1.0, 100.0);
    m.breaks = vec![
        BreakModel {
            window: 0,
            start: 10.0,
            end: 30.0,
        },
        BreakModel {
            window: 0,
            start: 20.0,
            end: 40.0,
        },
    ];
    assert!(sim::run(&m, &Options::default()).is_err());
    let mut m = Model::mmc(2, 1.0, 1.0, 100.0);
    m.services[0].service_time = Dist::Exponential { mean: 0.0 };
    assert!(sim::run(&m, &Options::default()).is_err());
    let m = Model::mmc(2, 1.0, 1.0, 100.0);
    let zero = Options {
        reps: 0,
        ..Options::default()
    };
    assert!(sim::run(&m, &zero).is_err());
}

/// A random hall the event engine alone runs: services shared or per window,
/// windows handling some of them, patience, finish-current breaks.
fn random_hall(rng: &mut Rng) -> Model {
    let services = 1 + rng.below(3);
    let c = 1 + rng.below(5);
    let mut m = Model::mmc(c, 1.0, 1.0, 240.0);
    m.services = (0..services)
        .map(|k| ServiceModel {
            code: format!("S{k}"),
            rates: vec![Rate {
                from: 0.0,
                per_minute: (0.3 + rng.uniform()) * c as f64 / services as f64,
            }],
            service_time: if rng.below(2) == 0 {
                Dist::Exponential { mean: 2.0 }
            } else {
                Dist::Deterministic { mean: 2.0 }
            },
            patience: (rng.below(2) == 0).then_some(4.0),
            queue: if rng.below(2) == 0 {
                QueueMode::Shared
            } else {
                QueueMode::PerWindow
            },
            target_wait: 5.0,
            cutoff_mean: 1.0 + rng.below(4) as f64,
        })
        .collect();
    m.windows = (0..c)
        .map(|w| {
            let mut svc: Vec<usize> = (0..services).filter(|_| rng.below(2) == 0).collect();
            if svc.is_empty() {
                svc.push(w % services);
            }
            WindowModel {
                id: w as u32 + 1,
                name: None,
                services: svc,
                open: (rng.below(3) * 15) as f64,
                close: if rng.below(4) == 0 { 180.0 } else { 240.0 },
            }
        })
        .collect();
    // Every service needs a window, as the config demands.
    for k in 0..services {
        if !m.windows.iter().any(|w| w.services.contains(&k)) {
            m.windows[0].services.push(k);
        }
    }
    m.breaks.clear();
    for w in 0..c {
        let mut t = 30.0 + rng.below(30) as f64;
        while t < 200.0 && rng.below(3) > 0 {
            let len = 5.0 + rng.below(25) as f64;
            m.breaks.push(BreakModel {
                window: w,
                start: t,
                end: t + len,
            });
            t += len + 10.0 + rng.below(60) as f64;
        }
    }
    m.sort_breaks();
    m.warn_lead = 10.0;
    m.late_break_end = if rng.below(2) == 0 {
        LateBreakEnd::AsPlanned
    } else {
        LateBreakEnd::FullLength
    };
    m
}

#[test]
fn the_event_engine_never_does_the_impossible() {
    let mut rng = Rng::from_seed(7);
    for case in 0..150 {
        let m = random_hall(&mut rng);
        for policy in [Policy::FinishCurrent, Policy::PreemptResume] {
            let o = Options {
                reps: 1,
                seed: case,
                policy,
                threads: 1,
                engine: Engine::Events,
            };
            let rows = sim::trace(&m, &o, 0).unwrap_or_else(|e| panic!("{e}"));
            let ctx = || format!("case {case} {policy:?}\n{m:#?}");
            let mut busy: Vec<Vec<(f64, f64)>> = vec![Vec::new(); m.windows.len()];
            for r in &rows {
                match (r.start, r.end, r.window) {
                    (Some(s), Some(e), Some(w)) => {
                        assert!(s >= r.arrival && e >= s, "{r:?} {}", ctx());
                        assert!(
                            m.windows[w].services.contains(&r.service),
                            "served at a window without the service: {r:?} {}",
                            ctx()
                        );
                        assert!(s >= m.windows[w].open, "{r:?} {}", ctx());
                        assert!(!r.abandoned);
                        busy[w].push((s, e));
                    }
                    (None, None, _) => {
                        if r.abandoned {
                            assert!(r.left.is_some_and(|t| t > r.arrival), "{r:?}");
                        }
                    }
                    _ => panic!("half a service: {r:?} {}", ctx()),
                }
            }
            for (w, list) in busy.iter_mut().enumerate() {
                list.sort_by(|a, b| a.0.total_cmp(&b.0));
                for p in list.windows(2) {
                    assert!(
                        p[1].0 >= p[0].1 - 1e-9,
                        "window {w} serves two at once: {p:?} {}",
                        ctx()
                    );
                }
                // Under finish-current nobody is called during a planned
                // break's planned time unless a promise was being kept first;
                // no service starts after the break started and before it ends.
                if policy == Policy::FinishCurrent {
                    for b in m.breaks.iter().filter(|b| b.window == w) {
                        for &(s, _) in list.iter() {
                            assert!(
                                !(s > b.start + 1e-9 && s < b.end - 1e-9)
                                    || list.iter().any(|&(_, e)| (e - s).abs() < 1e-9),
                                "window {w} called at {s} during its break {b:?} {}",
                                ctx()
                            );
                        }
                    }
                }
            }
            let s = sim::run(&m, &Options { reps: 5, ..o }).unwrap_or_else(|e| panic!("{e}"));
            let f = &s.figures;
            assert!(f.served.mean <= f.arrivals.mean + 1e-9, "{}", ctx());
            for w in &f.windows {
                assert!(
                    w.utilisation.mean.is_nan() || w.utilisation.mean <= 1.0 + 1e-9,
                    "{w:?} {}",
                    ctx()
                );
            }
        }
    }
}
