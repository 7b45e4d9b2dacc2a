//! The plan, its rules and the suggestion, on small halls with an injected clock.

use super::rules::{Problem, check};
use super::suggest::{naive, suggest};
use super::*;
use crate::domain::{
    ArrivalRate, Entitlement, Event, OpeningHours, Policy, ServiceCode, Staff, WindowSpec, decide,
};
use crate::staffing::{Demand, Evaluator, Score};
use chrono::{NaiveTime, TimeZone, Utc};
use proptest::prelude::*;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

/// Hall time (Budapest, UTC+1) on the test day.
fn at(h: u32, m: u32) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, h - 1, m, 0)
        .single()
        .unwrap_or_default()
}

/// Four windows for one service, open 08:00–16:00, busy 11:00–13:00; four
/// cashiers each owed a 30-minute break between 10:00 and 14:00.
fn hall() -> Hall {
    let mut hall = Hall::sample();
    hall.hours = OpeningHours {
        open: hm(8, 0),
        close: hm(16, 0),
    };
    hall.forecast.interval = Duration::minutes(15);
    hall.policy = Policy {
        max_concurrent_breaks: 2,
        ..Policy::default()
    };
    hall.services.truncate(1);
    hall.services[0].arrivals = vec![
        ArrivalRate {
            from: hm(8, 0),
            per_hour: 24.0,
        },
        ArrivalRate {
            from: hm(11, 0),
            per_hour: 42.0,
        },
        ArrivalRate {
            from: hm(13, 0),
            per_hour: 24.0,
        },
    ];
    hall.windows = (1..=4)
        .map(|i| WindowSpec {
            id: WindowId(i),
            name: None,
            services: vec![ServiceCode::new("A")],
        })
        .collect();
    hall.staff = (1..=4)
        .map(|i| Staff {
            id: StaffId(format!("s{i}")),
            name: format!("Staff {i}"),
            window: Some(WindowId(i)),
            shift: None,
            breaks: vec![Entitlement {
                length: Duration::minutes(30),
                earliest: hm(10, 0),
                latest: hm(14, 0),
            }],
        })
        .collect();
    hall
}

fn free(window: u32, start: Instant, minutes: i64) -> PlanBreak {
    PlanBreak {
        key: 0,
        id: None,
        window: WindowId(window),
        start,
        end: start + Duration::minutes(minutes),
        staff: None,
        unscheduled: false,
        lock: Lock::Free,
        published: false,
        logged: None,
        actual: None,
    }
}

fn plan(breaks: Vec<PlanBreak>) -> Plan {
    let mut p = Plan::empty(day());
    for b in breaks {
        p.add(b);
    }
    p
}

fn problems(hall: &Hall, p: &Plan, now: Instant) -> Vec<(Option<usize>, &'static str)> {
    check(hall, p, now)
        .into_iter()
        .map(|f| (f.brk, f.problem.code()))
        .collect()
}

#[test]
fn a_clean_plan_has_no_findings() {
    let h = hall();
    let p = plan(vec![
        free(1, at(10, 0), 30),
        free(2, at(10, 30), 30),
        free(3, at(13, 0), 30),
        free(4, at(13, 30), 30),
    ]);
    assert_eq!(problems(&h, &p, at(8, 0)), vec![]);
}

#[test]
fn each_broken_rule_is_found_at_its_break() {
    let mut h = hall();
    h.policy.max_concurrent_breaks = 1;
    h.policy.min_break_length = Some(Duration::minutes(15));
    h.staff[2].shift = Some(OpeningHours {
        open: hm(8, 0),
        close: hm(12, 0),
    });
    let p = plan(vec![
        free(1, at(10, 0), 30),
        // Overlaps window 1's break: two away with at most one allowed.
        free(2, at(10, 15), 10),
        // Ends after the shift of window 3's cashier, and is too long.
        free(3, at(11, 50), 75),
        free(4, at(15, 50), 30),
        // Window 2's cashier is owed a break between 10:00 and 14:00, not later.
        free(2, at(14, 30), 30),
    ]);
    let found = problems(&h, &p, at(8, 0));
    for expected in [
        (Some(0), "too-many-away"),
        (Some(1), "too-many-away"),
        (Some(1), "too-short"),
        (Some(2), "too-long"),
        (Some(2), "outside-shift"),
        (Some(3), "outside-hours"),
        (Some(3), "outside-shift"),
        (Some(4), "outside-entitlement"),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
}

#[test]
fn minimum_cover_and_warning_time_are_checked() {
    let mut h = hall();
    h.policy.min_open_per_service = 3;
    let p = plan(vec![free(1, at(10, 0), 30), free(2, at(10, 0), 30)]);
    let found = check(&h, &p, at(9, 50));
    assert!(found.iter().any(|f| f.brk == Some(0)
        && f.problem
            == Problem::TooFewOpen {
                service: ServiceCode::new("A"),
                at: at(10, 0),
                open: 2,
                min: 3
            }));
    assert!(found.iter().any(|f| f.brk == Some(0)
        && f.problem
            == Problem::TooLateToWarn {
                minutes: 10,
                lead: 15
            }));
    let missed = check(&h, &p, at(10, 40));
    assert!(
        missed
            .iter()
            .any(|f| f.brk == Some(1) && f.problem == Problem::Missed)
    );
}

#[test]
fn entitled_breaks_nobody_planned_are_named() {
    let h = hall();
    let p = plan(vec![free(1, at(10, 0), 30), free(2, at(10, 30), 30)]);
    let unplanned: Vec<String> = check(&h, &p, at(8, 0))
        .into_iter()
        .filter_map(|f| match f.problem {
            Problem::Unplanned { staff, .. } => Some(staff.0),
            _ => None,
        })
        .collect();
    assert_eq!(unplanned, vec!["s3".to_string(), "s4".to_string()]);
}

#[test]
fn the_plan_is_written_deletions_first() {
    let h = hall();
    let mut state = State::new();
    let mut apply = |cmd: Command, at: Instant| {
        for e in decide(&h, &state, &cmd, at, None).unwrap_or_default() {
            state.apply(at, &e);
        }
    };
    apply(
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
        at(8, 0),
    );
    for (w, m) in [(1, 0), (2, 30)] {
        apply(
            Command::PlanBreak {
                window: WindowId(w),
                start: at(10, m),
                end: at(10, m + 29),
                staff: None,
            },
            at(8, 0),
        );
    }
    let mut p = Plan::from_state(&h, &state, day());
    assert_eq!(p.breaks.len(), 2);
    assert!(!p.dirty());
    p.delete(0);
    p.shift(0, Duration::minutes(-30));
    p.add(free(3, at(13, 0), 30));
    assert!(p.dirty());
    let cmds = p.commands();
    assert!(matches!(cmds[0], Command::CancelBreak { brk } if brk == BreakId(1)));
    assert!(
        matches!(cmds[1], Command::ChangeBreak { brk, start, .. } if brk == BreakId(2) && start == at(10, 0))
    );
    assert!(matches!(cmds[2], Command::PlanBreak { window, .. } if window == WindowId(3)));
    // Written in that order the log takes them all.
    let mut log_state = state.clone();
    for c in &cmds {
        let events = decide(&h, &log_state, c, at(8, 5), None);
        let events = events.unwrap_or_else(|r| panic!("{c:?}: {r}"));
        for e in &events {
            log_state.apply(at(8, 5), e);
        }
    }
    let back = Plan::from_state(&h, &log_state, day());
    assert_eq!(back.breaks.len(), 2);
    assert!(!back.dirty());
}

#[test]
fn locked_breaks_do_not_move() {
    let mut p = plan(vec![free(1, at(10, 0), 30)]);
    p.breaks[0].lock = Lock::Started;
    p.shift(0, Duration::minutes(5));
    p.resize(0, Duration::minutes(5));
    p.delete(0);
    assert_eq!(p.breaks.len(), 1);
    assert_eq!(p.breaks[0].start, at(10, 0));
    assert_eq!(p.breaks[0].minutes(), 30);
}

fn evaluator(h: &Hall) -> Evaluator {
    Evaluator::new(h, Demand::from_config(h, day()))
}

#[test]
fn the_suggestion_keeps_breaks_out_of_the_rush_and_beats_the_naive_plan() {
    let h = hall();
    let ev = evaluator(&h);
    let empty = plan(vec![]);
    let s = suggest(&h, &ev, &empty, at(7, 0));
    let n = naive(&h, &ev, &empty, at(7, 0));
    assert_eq!(s.plan.breaks.len(), 4, "{:?}", s.plan.breaks);
    assert!(s.unplaced.is_empty());
    // Nobody goes at 11:00–13:00, when 42 an hour come for four windows.
    for b in &s.plan.breaks {
        assert!(b.end <= at(11, 0) || b.start >= at(13, 0), "{b:?}");
    }
    assert!(s.after.worst.is_finite() && s.after.mean_wait.is_finite());
    assert!(
        !n.after.better_than(&s.after),
        "naive {:?} vs suggested {:?}",
        n.after,
        s.after
    );
    // The naive plan takes everyone at 10:00, two at a time.
    assert_eq!(n.plan.breaks[0].start, at(10, 0));
    // The suggestion keeps the rules.
    let found = problems(&h, &s.plan, at(7, 0));
    assert_eq!(found, vec![]);
    assert_eq!(s.changed.len(), 4);
}

#[test]
fn breaks_that_cannot_move_stay_and_count() {
    let h = hall();
    let ev = evaluator(&h);
    let mut p = plan(vec![free(1, at(11, 30), 30)]);
    p.breaks[0].lock = Lock::Announced;
    p.breaks[0].id = Some(BreakId(7));
    let s = suggest(&h, &ev, &p, at(7, 0));
    assert!(
        s.plan
            .breaks
            .iter()
            .any(|b| b.id == Some(BreakId(7)) && b.start == at(11, 30))
    );
    // Window 1's entitlement is met by its announced break: three new ones.
    assert_eq!(s.plan.breaks.len(), 4);
    // No other break joins it in the rush beyond the policy's two.
    let with_it = s
        .plan
        .breaks
        .iter()
        .filter(|b| b.start < at(12, 0) && at(11, 30) < b.end)
        .count();
    assert!(with_it <= 2);
}

#[test]
fn today_a_suggested_break_leaves_time_to_warn() {
    let h = hall();
    let ev = evaluator(&h);
    let now = at(10, 2);
    let s = suggest(&h, &ev, &plan(vec![]), now);
    for b in &s.plan.breaks {
        assert!(b.start >= now + h.policy.warn_lead, "{b:?}");
        assert_eq!(b.start.timestamp() % 300, 0, "on the five-minute grid");
    }
}

proptest! {
    /// A plan the rules find clean is one the log accepts, in the order the
    /// planner writes it.
    #[test]
    fn a_clean_plan_is_accepted_by_the_log(
        breaks in proptest::collection::vec((1u32..=4, 0i64..96, 1i64..12), 0..6),
        max in 1u32..3, min_open in 0u32..3,
    ) {
        let mut h = hall();
        h.policy.max_concurrent_breaks = max;
        h.policy.min_open_per_service = min_open;
        let p = plan(breaks.iter().map(|(w, slot, len)| free(*w, at(8, 0) + Duration::minutes(slot * 5), len * 5)).collect());
        let clean = check(&h, &p, at(7, 0)).into_iter().all(|f| matches!(
            f.problem,
            Problem::Unplanned { .. } | Problem::OutsideEntitlement { .. } | Problem::OutsideHours | Problem::OutsideShift { .. }
        ));
        if clean {
            let mut state = State::new();
            let mut planned = 0;
            for c in p.commands() {
                let events = decide(&h, &state, &c, at(7, 0), None);
                prop_assert!(events.is_ok(), "{:?} refused: {:?}", c, events);
                for e in events.unwrap_or_default() {
                    if let Event::BreakPlanned { .. } = e {
                        planned += 1;
                    }
                    state.apply(at(7, 0), &e);
                }
            }
            // Every break of the plan reached the log, each once.
            prop_assert_eq!(planned, breaks.len());
            prop_assert_eq!(state.breaks.len(), breaks.len());
        }
    }
}

#[test]
fn on_the_demo_hall_the_suggestion_is_no_worse_than_the_naive_plan() {
    let hall = crate::demo::config().hall;
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let ev = Evaluator::new(&hall, Demand::from_config(&hall, day));
    // Before the doors open: every entitled break is still to be placed.
    let now = crate::staffing::local(&hall, day, hall.hours.open) - Duration::hours(2);
    let empty = Plan::empty(day);
    let s = suggest(&hall, &ev, &empty, now);
    let n = naive(&hall, &ev, &empty, now);
    let owed: usize = hall.staff.iter().map(|s| s.breaks.len()).sum();
    assert_eq!(s.plan.breaks.len(), owed);
    assert!(s.unplaced.is_empty());
    assert!(
        !n.after.better_than(&s.after),
        "naive {:?} beats {:?}",
        n.after,
        s.after
    );
    assert!(s.after.worst <= n.after.worst + Score::TIE);
    assert!(s.after.worst < n.after.worst - Score::TIE || s.after.mean_wait <= n.after.mean_wait);
    assert!(
        check(&hall, &s.plan, now).is_empty(),
        "{:?}",
        check(&hall, &s.plan, now)
    );
}

#[test]
fn edits_survive_another_terminals_writes_unless_the_break_began() {
    let h = hall();
    let mut state = State::new();
    let apply = |state: &mut State, cmd: Command, at: Instant| {
        for e in decide(&h, state, &cmd, at, None).unwrap_or_else(|r| panic!("{cmd:?}: {r}")) {
            state.apply(at, &e);
        }
    };
    for w in 1..=4 {
        apply(
            &mut state,
            Command::OpenWindow {
                window: WindowId(w),
                staff: None,
            },
            at(9, 0),
        );
    }
    for (w, hh) in [(1, 10), (2, 11), (3, 13)] {
        apply(
            &mut state,
            Command::PlanBreak {
                window: WindowId(w),
                start: at(hh, 0),
                end: at(hh, 30),
                staff: None,
            },
            at(9, 0),
        );
    }
    let mut draft = Plan::from_state(&h, &state, day());
    draft.shift(0, Duration::minutes(15)); // window 1's, which will begin meanwhile
    draft.shift(1, Duration::minutes(30)); // window 2's
    draft.delete(2); // window 3's
    let added = draft.add(free(4, at(14, 0), 30));
    // Meanwhile window 1 goes on its break, and someone plans window 4's.
    apply(
        &mut state,
        Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: true,
        },
        at(10, 0),
    );
    let merged = draft.merged(Plan::from_state(&h, &state, day()));
    let b1 = merged
        .breaks
        .iter()
        .find(|b| b.id == Some(BreakId(1)))
        .map(|b| (b.start, b.lock));
    assert_eq!(
        b1,
        Some((at(10, 0), Lock::Started)),
        "the edit of a break under way is dropped"
    );
    let b2 = merged
        .breaks
        .iter()
        .find(|b| b.id == Some(BreakId(2)))
        .map(|b| b.start);
    assert_eq!(b2, Some(at(11, 30)), "the move is kept");
    assert_eq!(merged.deleted, vec![BreakId(3)]);
    assert!(!merged.breaks.iter().any(|b| b.id == Some(BreakId(3))));
    assert!(merged.index_of(added).is_some(), "the new break is kept");
    assert_eq!(merged.commands().len(), 3);
}
