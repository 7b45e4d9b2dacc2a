//! Wait estimates against cases worked out by hand, with the clock injected, and
//! the rule that the board shows no figure rather than a guess.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::domain::{
    Command, Hall, Instant, ServiceCode, ServiceTime, State, WindowId, WindowSpec, decide,
};
use frontdesk::views::waits::{self, Wait};
use proptest::prelude::*;

/// Minutes after 10:00 hall time (Budapest) on 2 March 2026.
fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

struct Sim {
    hall: Hall,
    state: State,
}

impl Sim {
    /// The sample hall (windows 1 A+B, 2 A, 3 A+B) with service A taking
    /// exactly 4 minutes, so the arithmetic can be done by hand.
    fn sample(service_time: ServiceTime) -> Sim {
        let mut hall = Hall::sample();
        for s in &mut hall.services {
            s.service_time = service_time;
        }
        Sim {
            hall,
            state: State::new(),
        }
    }

    /// Only windows 1 and 2, both for service A.
    fn two_windows() -> Sim {
        let mut sim = Sim::sample(ServiceTime::Deterministic);
        sim.hall.windows = vec![
            WindowSpec {
                id: WindowId(1),
                name: None,
                services: vec![ServiceCode::new("A")],
            },
            WindowSpec {
                id: WindowId(2),
                name: None,
                services: vec![ServiceCode::new("A")],
            },
        ];
        sim.hall.services.truncate(1);
        sim
    }

    fn at(&mut self, at: Instant, cmd: Command) {
        match decide(&self.hall, &self.state, &cmd, at, None) {
            Ok(events) => {
                for e in &events {
                    self.state.apply(at, e);
                }
            }
            Err(r) => panic!("{cmd:?} refused: {r}"),
        }
    }

    fn open(&mut self, at: Instant, windows: &[u32]) {
        for w in windows {
            self.at(
                at,
                Command::OpenWindow {
                    window: WindowId(*w),
                    staff: None,
                },
            );
        }
    }

    fn issue(&mut self, at: Instant, n: usize) {
        for _ in 0..n {
            self.at(
                at,
                Command::IssueTicket {
                    service: ServiceCode::new("A"),
                    window: None,
                },
            );
        }
    }

    fn call(&mut self, at: Instant, windows: &[u32]) {
        for w in windows {
            self.at(
                at,
                Command::CallNext {
                    window: WindowId(*w),
                },
            );
        }
    }

    fn serve(&mut self, at: Instant, windows: &[u32]) {
        for w in windows {
            self.at(
                at,
                Command::Serve {
                    window: WindowId(*w),
                },
            );
        }
    }

    /// `rounds` rounds of every window serving one A customer in 4 minutes,
    /// from minute `from`; returns the minute the last round ended.
    fn learn(&mut self, from: i64, windows: &[u32], rounds: i64) -> i64 {
        let mut m = from;
        for _ in 0..rounds {
            self.issue(t(m), windows.len());
            self.call(t(m), windows);
            m += 4;
            self.serve(t(m), windows);
        }
        m
    }

    fn wait(&self, now: Instant) -> Wait {
        waits::estimate(&self.hall, &self.state, &ServiceCode::new("A"), now)
    }
}

/// Three windows, each busy until minute 12, and six people ahead. At 12 three are called, at 16 three more, at 20 the new customer:
/// 12 minutes after three services at that window.
fn three_busy_six_ahead(service_time: ServiceTime) -> Sim {
    let mut sim = Sim::sample(service_time);
    sim.open(t(0), &[1, 2, 3]);
    let m = sim.learn(0, &[1, 2, 3], 2);
    assert_eq!(m, 8);
    sim.issue(t(8), 9);
    sim.call(t(8), &[1, 2, 3]);
    sim
}

#[test]
fn three_busy_windows_and_six_ahead_deterministic() {
    let sim = three_busy_six_ahead(ServiceTime::Deterministic);
    let call = waits::first_call(&sim.hall, &sim.state, &ServiceCode::new("A"), t(8))
        .unwrap_or_else(|| panic!("a window calls"));
    assert_eq!(call.at, t(20));
    assert_eq!(call.chain, 3);
    // 12 minutes, the least spread (15%): 10.2–13.8, rounded outwards to 5.
    assert_eq!(sim.wait(t(8)), Wait::Range { low: 10, high: 15 });
}

#[test]
fn three_busy_windows_and_six_ahead_exponential() {
    let sim = three_busy_six_ahead(ServiceTime::Exponential);
    // 12 minutes with a spread of 1/sqrt(3) = 57.7%: 5.07–18.9 → 5–20.
    assert_eq!(sim.wait(t(8)), Wait::Range { low: 5, high: 20 });
}

#[test]
fn a_lognormal_service_spreads_by_its_own_variability() {
    let sim = three_busy_six_ahead(ServiceTime::Lognormal { cv: 0.5 });
    // 12 minutes, spread 0.5/sqrt(3) = 28.9%: 8.5–15.5 → 5–20.
    assert_eq!(sim.wait(t(8)), Wait::Range { low: 5, high: 20 });
}

#[test]
fn the_estimate_moves_on_with_the_clock() {
    let sim = three_busy_six_ahead(ServiceTime::Deterministic);
    // Two minutes later the services at the windows are half done: 10 minutes.
    let call = waits::first_call(&sim.hall, &sim.state, &ServiceCode::new("A"), t(10))
        .unwrap_or_else(|| panic!("a window calls"));
    assert_eq!(call.at, t(20));
    assert_eq!(sim.wait(t(10)), Wait::Range { low: 5, high: 15 });
}

#[test]
fn too_little_data_hides_the_estimate() {
    let mut sim = Sim::sample(ServiceTime::Deterministic);
    sim.open(t(0), &[1, 2, 3]);
    // Four services finished today: one short of what an estimate needs.
    sim.issue(t(0), 3);
    sim.call(t(0), &[1, 2, 3]);
    sim.serve(t(4), &[1, 2, 3]);
    sim.issue(t(4), 1);
    sim.call(t(4), &[1]);
    sim.serve(t(8), &[1]);
    sim.issue(t(8), 9);
    sim.call(t(8), &[1, 2, 3]);
    assert_eq!(sim.wait(t(8)), Wait::TooLittleData);
    // The fifth service makes it known.
    sim.serve(t(12), &[1]);
    assert!(matches!(sim.wait(t(12)), Wait::Range { .. }));
}

#[test]
fn a_free_window_needs_no_figures() {
    let mut sim = Sim::sample(ServiceTime::Deterministic);
    sim.open(t(0), &[1, 2, 3]);
    assert_eq!(sim.wait(t(0)), Wait::Now);
    sim.issue(t(0), 2);
    sim.call(t(0), &[1, 2]);
    // Window 3 is free: the next customer is called at once.
    assert_eq!(sim.wait(t(1)), Wait::Now);
}

#[test]
fn no_open_window_means_no_estimate() {
    let sim = Sim::sample(ServiceTime::Deterministic);
    assert_eq!(sim.wait(t(0)), Wait::NoWindow);
}

/// Window 2 is closing with a cutoff two customers into the line; past it only
/// window 1 calls, until window 2 is back from its break.
#[test]
fn a_closing_window_serves_only_up_to_its_cutoff() {
    let mut sim = Sim::two_windows();
    sim.open(t(0), &[1, 2]);
    let m = sim.learn(0, &[1, 2], 3);
    assert_eq!(m, 12);
    sim.at(
        t(12),
        Command::PlanBreak {
            window: WindowId(2),
            start: t(20),
            end: t(50),
            staff: None,
        },
    );
    sim.issue(t(12), 6);
    sim.call(t(12), &[1, 2]);
    // Four wait. Window 2 is free at 16 and breaks at 20: one 4-minute service
    // each for the two windows sharing the line, so the cutoff is the second.
    sim.at(
        t(12),
        Command::WarnBreak {
            window: WindowId(2),
        },
    );
    let brk = sim
        .state
        .active_break(WindowId(2))
        .unwrap_or_else(|| panic!("window 2 is closing"));
    let cutoff = brk.cutoff.and_then(|c| sim.state.tickets.get(&c));
    assert_eq!(cutoff.map(|t| t.label()), Some("A010".to_string()));
    // 16: window 1 calls A009, window 2 A010. 20: window 2 leaves; window 1
    // calls A011, at 24 A012, at 28 the newcomer: 16 minutes, after 4 services.
    let call = waits::first_call(&sim.hall, &sim.state, &ServiceCode::new("A"), t(12))
        .unwrap_or_else(|| panic!("a window calls"));
    assert_eq!((call.at, call.window, call.chain), (t(28), WindowId(1), 4));
    // 16 × 0.85 = 13.6 → 10; 16 × 1.15 = 18.4 → 20.
    assert_eq!(sim.wait(t(12)), Wait::Range { low: 10, high: 20 });
}

/// The only window open for the service is on a break until minute 40.
#[test]
fn a_window_on_break_counts_from_its_return() {
    let mut sim = Sim::two_windows();
    sim.open(t(0), &[1, 2]);
    let m = sim.learn(0, &[1, 2], 3);
    sim.at(
        t(m),
        Command::PlanBreak {
            window: WindowId(2),
            start: t(20),
            end: t(40),
            staff: None,
        },
    );
    sim.at(
        t(20),
        Command::StartBreak {
            window: WindowId(2),
            reason: None,
            minutes: None,
            after_service: false,
        },
    );
    sim.at(
        t(20),
        Command::CloseWindow {
            window: WindowId(1),
        },
    );
    let call = waits::first_call(&sim.hall, &sim.state, &ServiceCode::new("A"), t(20))
        .unwrap_or_else(|| panic!("window 2 comes back"));
    assert_eq!((call.at, call.window, call.chain), (t(40), WindowId(2), 0));
    // 20 minutes at the least spread: 17–23 → 15–25.
    assert_eq!(sim.wait(t(20)), Wait::Range { low: 15, high: 25 });
    // Once the break has run over nobody knows when the window is back.
    assert_eq!(sim.wait(t(45)), Wait::NoWindow);
}

#[test]
fn every_service_of_the_hall_gets_a_line() {
    let sim = three_busy_six_ahead(ServiceTime::Deterministic);
    let all = waits::all(&sim.hall, &sim.state, t(8));
    let codes: Vec<&str> = all.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, vec!["A", "B"]);
    assert_eq!(all[0].waiting, 6);
    assert_eq!(all[0].wait, Wait::Range { low: 10, high: 15 });
    // No B service was seen today, and every window is busy.
    assert_eq!(all[1].wait, Wait::TooLittleData);
}

proptest! {
    /// One more person ahead never makes the wait shorter, and a range is
    /// never empty or upside down.
    #[test]
    fn more_people_ahead_never_shorten_the_wait(ahead in 0usize..25, busy in 0usize..4) {
        let mut sim = Sim::sample(ServiceTime::Exponential);
        sim.open(t(0), &[1, 2, 3]);
        let m = sim.learn(0, &[1, 2, 3], 2);
        let windows: Vec<u32> = (1..=busy.min(3) as u32).collect();
        sim.issue(t(m), windows.len() + ahead);
        sim.call(t(m), &windows);
        let a = ServiceCode::new("A");
        let before = waits::first_call(&sim.hall, &sim.state, &a, t(m)).map(|c| c.at);
        sim.issue(t(m), 1);
        let after = waits::first_call(&sim.hall, &sim.state, &a, t(m)).map(|c| c.at);
        prop_assert!(before.is_some() && after.is_some());
        prop_assert!(after >= before);
        if let Wait::Range { low, high } = sim.wait(t(m)) {
            prop_assert!(low >= 0 && high > low && high % 5 == 0 && low % 5 == 0);
        }
    }
}
