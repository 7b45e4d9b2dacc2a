//! Property tests: random sequences of commands at random moments never break the
//! hall's invariants, and the fold of the log always equals the live state.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::domain::*;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn start() -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 28, 20, 0, 0)
        .single()
        .unwrap_or_default()
}

#[derive(Clone, Debug)]
enum Op {
    Open(u32),
    Close(u32),
    Issue(bool),
    Call(u32),
    Serve(u32),
    NoShow(u32),
    Transfer(u32, u32),
    Plan(u32, i64, i64),
    Warn(u32),
    Start(u32, bool, bool),
    End(u32),
    /// Move the n-th break (mod the breaks there are) by minutes.
    Move(u64, i64),
    Request(u32),
    /// Answer the n-th request: approve, postpone, decline.
    Answer(u64, u8),
    Wait(i64),
}

fn op() -> impl Strategy<Value = Op> {
    let w = 1u32..=3;
    prop_oneof![
        1 => w.clone().prop_map(Op::Open),
        1 => w.clone().prop_map(Op::Close),
        3 => any::<bool>().prop_map(Op::Issue),
        3 => w.clone().prop_map(Op::Call),
        2 => w.clone().prop_map(Op::Serve),
        1 => w.clone().prop_map(Op::NoShow),
        1 => (w.clone(), w.clone()).prop_map(|(a, b)| Op::Transfer(a, b)),
        1 => (w.clone(), 0i64..90, 5i64..70).prop_map(|(a, s, l)| Op::Plan(a, s, l)),
        1 => w.clone().prop_map(Op::Warn),
        1 => (w.clone(), any::<bool>(), any::<bool>()).prop_map(|(a, r, s)| Op::Start(a, r, s)),
        1 => w.clone().prop_map(Op::End),
        1 => (1u64..6, -30i64..30).prop_map(|(b, m)| Op::Move(b, m)),
        1 => w.clone().prop_map(Op::Request),
        1 => (1u64..4, 0u8..3).prop_map(|(r, a)| Op::Answer(r, a)),
        2 => (0i64..40).prop_map(Op::Wait),
    ]
}

fn command(op: &Op, now: Instant, state: &State) -> Option<Command> {
    let w = WindowId;
    Some(match op {
        Op::Open(x) => Command::OpenWindow {
            window: w(*x),
            staff: None,
        },
        Op::Close(x) => Command::CloseWindow { window: w(*x) },
        Op::Issue(b) => Command::IssueTicket {
            service: ServiceCode::new(if *b { "B" } else { "A" }),
            window: None,
        },
        Op::Call(x) => Command::CallNext { window: w(*x) },
        Op::Serve(x) => Command::Serve { window: w(*x) },
        Op::NoShow(x) => Command::NoShow { window: w(*x) },
        Op::Transfer(x, y) => Command::Transfer {
            window: w(*x),
            to: TransferTo::Window(w(*y)),
        },
        Op::Plan(x, s, l) => Command::PlanBreak {
            window: w(*x),
            start: now + Duration::minutes(*s),
            end: now + Duration::minutes(s + l),
            staff: None,
        },
        Op::Warn(x) => Command::WarnBreak { window: w(*x) },
        Op::Start(x, reason, after) => Command::StartBreak {
            window: w(*x),
            reason: reason.then_some(BreakReason::CashCollection),
            minutes: None,
            after_service: *after,
        },
        Op::End(x) => Command::EndBreak { window: w(*x) },
        Op::Move(b, m) => {
            let b = state.breaks.get(&BreakId(*b))?;
            Command::ChangeBreak {
                brk: b.id,
                start: b.start + Duration::minutes(*m),
                end: b.end + Duration::minutes(*m),
                staff: None,
            }
        }
        Op::Request(x) => Command::RequestBreak {
            window: w(*x),
            reason: BreakReason::GoodsReceipt,
            minutes: Some(10),
        },
        Op::Answer(r, a) => Command::AnswerRequest {
            request: RequestId(*r),
            answer: match a {
                0 => Reply::Approve,
                1 => Reply::Postpone { minutes: 5 },
                _ => Reply::Decline,
            },
        },
        Op::Wait(_) => return None,
    })
}

/// Checks one event against the state just before it is applied.
fn check_event(
    hall: &Hall,
    state: &State,
    at: Instant,
    e: &Event,
    served: &mut BTreeSet<TicketId>,
) {
    match e {
        Event::TicketCalled { ticket, window } => {
            let phase = state.window_phase(*window, at);
            assert!(
                phase.takes_customers(),
                "window {window} called while {phase:?}"
            );
            assert!(
                state.window(*window).serving.is_none(),
                "window {window} called while serving"
            );
            let t = &state.tickets[ticket];
            assert_eq!(
                t.status,
                TicketStatus::Waiting,
                "{} called but not waiting",
                t.label()
            );
        }
        Event::TicketServed { ticket, .. } => {
            assert!(served.insert(*ticket), "ticket served twice");
        }
        Event::BreakStarted { brk } => {
            let b = &state.breaks[brk];
            assert!(
                state.window(b.window).serving.is_none(),
                "window {} went on a break in the middle of a service",
                b.window
            );
            // Nobody promised service is left with no window to serve them.
            for t in state.queue(hall, b.window) {
                if state.within_cutoff(b, t) {
                    let others = state.open_windows_for(hall, &t.service, b.window, at);
                    assert!(
                        others > 0 && t.target != Some(b.window),
                        "{} was promised service and is left behind",
                        t.label()
                    );
                }
            }
        }
        _ => {}
    }
}

fn check_state(state: &State) {
    let mut serving = BTreeSet::new();
    for (id, w) in &state.windows {
        if let Some(t) = w.serving {
            assert!(serving.insert(t), "one ticket at two windows");
            assert_eq!(
                state.tickets[&t].status,
                TicketStatus::Called { window: *id },
                "window {id} serves a ticket not called to it"
            );
        }
    }
    for t in state.tickets.values() {
        if let TicketStatus::Called { window } = t.status {
            assert_eq!(
                state.window(window).serving,
                Some(t.id),
                "{} called but not at its window",
                t.label()
            );
        }
    }
    // Numbers of a business day are 1..=n for every service, without gaps.
    let mut numbers: BTreeMap<(&ServiceCode, chrono::NaiveDate), Vec<u32>> = BTreeMap::new();
    for t in state.tickets.values() {
        numbers
            .entry((&t.prefix, t.day))
            .or_default()
            .push(t.number);
    }
    for ((service, day), mut n) in numbers {
        n.sort_unstable();
        let expected: Vec<u32> = (1..=n.len() as u32).collect();
        if Some(day) == state.day {
            assert_eq!(n, expected, "numbers of {service} on {day}");
        }
    }
}

/// Each ticket's status as the events say it, by the plain reading of each
/// event: issued waits, called is at its window, served, no-show and
/// cancelled are done, a transfer waits again, an expired one is cancelled.
fn ticket_model(log: &[(Instant, Event)]) -> BTreeMap<TicketId, TicketStatus> {
    let mut m = BTreeMap::new();
    for (_, e) in log {
        match e {
            Event::TicketIssued { ticket, .. } | Event::TicketTransferred { ticket, .. } => {
                m.insert(*ticket, TicketStatus::Waiting);
            }
            Event::TicketCalled { ticket, window } => {
                m.insert(*ticket, TicketStatus::Called { window: *window });
            }
            Event::TicketServed { ticket, .. } => {
                m.insert(*ticket, TicketStatus::Done(Outcome::Served));
            }
            Event::TicketNoShow { ticket, .. } => {
                m.insert(*ticket, TicketStatus::Done(Outcome::NoShow));
            }
            Event::TicketCancelled { ticket } => {
                m.insert(*ticket, TicketStatus::Done(Outcome::Cancelled));
            }
            Event::TicketsExpired { tickets } => {
                for t in tickets {
                    m.insert(*t, TicketStatus::Done(Outcome::Cancelled));
                }
            }
            _ => {}
        }
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_and_the_fold_equals_the_live_state(ops in prop::collection::vec(op(), 1..120)) {
        let mut hall = Hall::sample();
        hall.policy.max_concurrent_breaks = 2;
        let mut state = State::new();
        let mut log: Vec<(Instant, Event)> = Vec::new();
        let mut served = BTreeSet::new();
        // 28 March 2026 20:00 UTC: the run crosses local midnight and the
        // spring-forward night in Budapest.
        let mut now = start();
        for op in &ops {
            if let Op::Wait(m) = op {
                now += Duration::minutes(*m);
                continue;
            }
            let Some(cmd) = command(op, now, &state) else { continue };
            // A refusal yields no events (that the store then writes nothing
            // is tests/store.rs's to check).
            if let Ok(events) = decide(&hall, &state, &cmd, now, None) {
                for e in &events {
                    check_event(&hall, &state, now, e, &mut served);
                    state.apply(now, e);
                    log.push((now, e.clone()));
                }
            }
            check_state(&state);
        }
        // The fold against a model of the test's own: each ticket's fate as
        // the events tell it, kept without the domain's code.
        let folded = State::fold(log.iter().map(|(a, e)| (*a, e)));
        let model = ticket_model(&log);
        for (id, t) in &folded.tickets {
            let want = model.get(id).cloned();
            prop_assert_eq!(Some(t.status.clone()), want, "ticket {:?}", id);
        }
        let issued = log.iter().filter(|(_, e)| matches!(e, Event::TicketIssued { .. })).count();
        prop_assert_eq!(model.len(), issued);
        prop_assert!(folded.tickets.len() <= issued);
        // A snapshot taken halfway and the rest of the log give the same state.
        let half = log.len() / 2;
        let snap = State::fold(log[..half].iter().map(|(a, e)| (*a, e)));
        let json = serde_json::to_string(&snap).unwrap_or_default();
        let mut resumed: State = serde_json::from_str(&json).unwrap_or_default();
        for (a, e) in &log[half..] {
            resumed.apply(*a, e);
        }
        prop_assert_eq!(&resumed, &state);
    }
}
