//! Rules of the hall, checked on the sample hall with an injected clock.

use super::*;
use chrono::{Duration, TimeZone, Utc};

/// Minutes after 10:00 hall time (Budapest, UTC+1 in March) on 2 March 2026.
fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

struct Hallx {
    hall: Hall,
    state: State,
    log: Vec<(Instant, Event)>,
}

impl Hallx {
    fn new() -> Self {
        Hallx {
            hall: Hall::sample(),
            state: State::new(),
            log: vec![],
        }
    }

    fn try_at(&mut self, at: Instant, cmd: Command) -> Result<Vec<Event>, Refusal> {
        self.try_ovr(at, cmd, None)
    }

    fn try_ovr(
        &mut self,
        at: Instant,
        cmd: Command,
        ovr: Option<&Override>,
    ) -> Result<Vec<Event>, Refusal> {
        let events = decide(&self.hall, &self.state, &cmd, at, ovr)?;
        for e in &events {
            self.state.apply(at, e);
            self.log.push((at, e.clone()));
        }
        Ok(events)
    }

    fn at(&mut self, at: Instant, cmd: Command) -> Vec<Event> {
        match self.try_at(at, cmd.clone()) {
            Ok(e) => e,
            Err(r) => panic!("{cmd:?} refused: {r}"),
        }
    }

    fn open_all(&mut self) {
        for w in 1..=3 {
            self.at(
                t(0),
                Command::OpenWindow {
                    window: WindowId(w),
                    staff: None,
                },
            );
        }
    }

    fn issue(&mut self, at: Instant, code: &str) -> String {
        let events = self.at(
            at,
            Command::IssueTicket {
                service: ServiceCode::new(code),
                window: None,
            },
        );
        let issued = events.iter().find_map(|e| match e {
            Event::TicketIssued {
                service, number, ..
            } => Some(ticket_label(service, *number)),
            _ => None,
        });
        issued.unwrap_or_else(|| panic!("no ticket in {events:?}"))
    }

    fn serving(&self, w: u32) -> Option<String> {
        self.state.serving(WindowId(w)).map(|t| t.label())
    }
}

fn call(w: u32) -> Command {
    Command::CallNext {
        window: WindowId(w),
    }
}

fn serve(w: u32) -> Command {
    Command::Serve {
        window: WindowId(w),
    }
}

fn plan(w: u32, start: i64, minutes: i64) -> Command {
    Command::PlanBreak {
        window: WindowId(w),
        start: t(start),
        end: t(start + minutes),
        staff: None,
    }
}

fn start_break(w: u32, after_service: bool) -> Command {
    Command::StartBreak {
        window: WindowId(w),
        reason: None,
        minutes: None,
        after_service,
    }
}

#[test]
fn numbers_count_per_service_and_restart_each_business_day() {
    let mut h = Hallx::new();
    assert_eq!(h.issue(t(0), "A"), "A001");
    assert_eq!(h.issue(t(1), "A"), "A002");
    assert_eq!(h.issue(t(2), "B"), "B001");
    // 23:30 UTC on 2 March is 00:30 on 3 March in Budapest: a new business day.
    let next_day = Utc
        .with_ymd_and_hms(2026, 3, 2, 23, 30, 0)
        .single()
        .unwrap_or_default();
    assert_eq!(h.issue(next_day, "A"), "A001");
    // Yesterday's tickets nobody called were closed with the day, so today's A001
    // is the only one in the line.
    assert!(
        h.log
            .iter()
            .any(|(_, e)| matches!(e, Event::TicketsExpired { tickets } if tickets.len() == 3))
    );
    let waiting: Vec<String> = h
        .state
        .service_queue(&ServiceCode::new("A"))
        .iter()
        .map(|t| t.label())
        .collect();
    assert_eq!(waiting, vec!["A001"]);
    assert_eq!(h.issue(next_day, "B"), "B001");
}

#[test]
fn a_transfer_keeps_the_number_on_the_customers_paper() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A");
    h.at(t(1), call(1));
    h.at(
        t(2),
        Command::Transfer {
            window: WindowId(1),
            to: TransferTo::Service(ServiceCode::new("B")),
        },
    );
    let t1 = h.state.tickets.values().next().cloned();
    assert_eq!(t1.as_ref().map(|t| t.label()).as_deref(), Some("A001"));
    assert_eq!(t1.map(|t| t.service), Some(ServiceCode::new("B")));
    // The next B ticket is B001; nobody holds two papers with one number.
    assert_eq!(h.issue(t(3), "B"), "B001");
    assert!(
        h.try_at(
            t(4),
            Command::CancelTicket {
                label: "A001".into()
            }
        )
        .is_ok()
    );
}

#[test]
fn the_cutoff_counts_only_windows_that_can_take_the_line() {
    let mut h = Hallx::new();
    // Window 2 handles only A; a closing window 1 with B customers in its line
    // cannot count on it.
    h.at(
        t(0),
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
    );
    h.at(
        t(0),
        Command::OpenWindow {
            window: WindowId(2),
            staff: None,
        },
    );
    h.at(t(0), plan(1, 20, 30));
    h.at(
        t(1),
        Command::IssueTicket {
            service: ServiceCode::new("B"),
            window: Some(WindowId(1)),
        },
    );
    for _ in 0..6 {
        h.issue(t(1), "A");
    }
    h.at(
        t(8),
        Command::WarnBreak {
            window: WindowId(1),
        },
    );
    // 12 minutes, 4-minute services, alone: three customers, B001 A001 A002.
    let b = h.state.breaks.values().next().cloned();
    let cutoff = b
        .and_then(|b| b.cutoff)
        .and_then(|c| h.state.tickets.get(&c))
        .map(|t| t.label());
    assert_eq!(cutoff.as_deref(), Some("A002"));
}

#[test]
fn unknown_service_and_window_are_bad_input() {
    let mut h = Hallx::new();
    let r = h.try_at(
        t(0),
        Command::IssueTicket {
            service: ServiceCode::new("Z"),
            window: None,
        },
    );
    assert_eq!(r.map_err(|e| e.class()), Err(RefusalClass::BadInput));
    let r = h.try_at(t(0), call(9));
    assert_eq!(r, Err(Refusal::UnknownWindow(WindowId(9))));
}

#[test]
fn a_closed_window_calls_nobody() {
    let mut h = Hallx::new();
    h.issue(t(0), "A");
    assert_eq!(
        h.try_at(t(1), call(1)),
        Err(Refusal::WindowClosed(WindowId(1)))
    );
}

#[test]
fn a_ticket_is_called_by_one_window_and_served_once() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A");
    h.at(t(1), call(1));
    assert_eq!(h.serving(1).as_deref(), Some("A001"));
    // Nobody else is waiting: window 2 cannot call A001 as well.
    assert_eq!(
        h.try_at(t(1), call(2)),
        Err(Refusal::QueueEmpty(WindowId(2)))
    );
    h.at(t(5), serve(1));
    assert_eq!(
        h.try_at(t(6), serve(1)),
        Err(Refusal::NotServing(WindowId(1)))
    );
}

#[test]
fn a_window_finishes_its_customer_before_calling_the_next() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A");
    h.issue(t(0), "A");
    h.at(t(1), call(1));
    assert!(matches!(
        h.try_at(t(2), call(1)),
        Err(Refusal::WindowBusy { .. })
    ));
}

#[test]
fn per_window_queues_send_customers_only_to_their_window() {
    let mut h = Hallx::new();
    h.open_all();
    // Service B queues per window; window 2 does not handle B at all.
    h.issue(t(0), "B");
    let b = h.state.tickets.values().next().cloned();
    let target = b.and_then(|b| b.target);
    assert!(matches!(target, Some(WindowId(1)) | Some(WindowId(3))));
    let other = if target == Some(WindowId(1)) { 3 } else { 1 };
    assert_eq!(
        h.try_at(t(1), call(other)),
        Err(Refusal::QueueEmpty(WindowId(other)))
    );
    assert_eq!(
        h.try_at(t(1), call(2)),
        Err(Refusal::QueueEmpty(WindowId(2)))
    );
}

#[test]
fn a_transferred_customer_goes_to_the_head_of_the_line() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A"); // A001
    h.issue(t(0), "A"); // A002
    h.at(t(1), call(1)); // A001 at window 1
    h.at(
        t(2),
        Command::Transfer {
            window: WindowId(1),
            to: TransferTo::Window(WindowId(2)),
        },
    );
    h.at(t(3), call(2));
    assert_eq!(h.serving(2).as_deref(), Some("A001"));
}

#[test]
fn a_break_asked_for_during_a_service_starts_when_it_ends() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A");
    h.at(t(1), call(1));
    let r = h.try_at(
        t(2),
        Command::StartBreak {
            window: WindowId(1),
            reason: Some(BreakReason::GoodsReceipt),
            minutes: Some(10),
            after_service: false,
        },
    );
    assert!(matches!(r, Err(Refusal::BreakDuringService { .. })));
    assert!(
        h.state.breaks.is_empty(),
        "a refused command writes nothing"
    );

    let events = h.at(
        t(2),
        Command::StartBreak {
            window: WindowId(1),
            reason: Some(BreakReason::GoodsReceipt),
            minutes: Some(10),
            after_service: true,
        },
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::BreakPending { .. }))
    );
    assert!(matches!(
        h.state.window_phase(WindowId(1), t(3)),
        WindowPhase::Pending(_)
    ));
    // Still serving: not on a break yet, and calling nobody new.
    assert_eq!(h.serving(1).as_deref(), Some("A001"));
    let events = h.at(t(6), serve(1));
    assert!(matches!(
        events.as_slice(),
        [Event::TicketServed { .. }, Event::BreakStarted { .. }]
    ));
    let phase = h.state.window_phase(WindowId(1), t(7));
    assert!(matches!(phase, WindowPhase::OnBreak { overrun: false, .. }));
    // Ten minutes from when it really started, not from when it was asked for.
    assert!(matches!(
        h.state.window_phase(WindowId(1), t(15)),
        WindowPhase::OnBreak { overrun: false, .. }
    ));
    assert!(matches!(
        h.state.window_phase(WindowId(1), t(17)),
        WindowPhase::OnBreak { overrun: true, .. }
    ));
}

#[test]
fn planned_break_lifecycle_with_warning_cutoff_and_overrun() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(2, 30, 30));
    h.at(
        t(0),
        Command::PublishBreaks {
            day: t(0).with_timezone(&h.hall.tz).date_naive(),
        },
    );
    let brk = h
        .state
        .breaks
        .values()
        .next()
        .map(|b| b.id)
        .unwrap_or(BreakId(0));
    let phase = |h: &Hallx, at| {
        let b = h.state.breaks.get(&brk).cloned();
        b.map(|b| h.state.break_phase(&h.hall, &b, at))
    };
    assert_eq!(phase(&h, t(1)), Some(BreakPhase::Published));
    // Nobody waiting: no warning due even inside the lead.
    assert_eq!(phase(&h, t(16)), Some(BreakPhase::Published));
    for _ in 0..8 {
        h.issue(t(10), "A");
    }
    // Warning due exactly warn_lead (15 min) before the start, not earlier.
    assert_eq!(phase(&h, t(14)), Some(BreakPhase::Published));
    assert_eq!(phase(&h, t(15)), Some(BreakPhase::WarningDue));
    assert!(matches!(
        h.try_at(
            t(14),
            Command::WarnBreak {
                window: WindowId(2)
            }
        ),
        Err(Refusal::WarningNotDue { .. })
    ));
    // Starting without warning the queue is a policy breach.
    assert!(matches!(
        h.try_at(t(16), start_break(2, false)),
        Err(Refusal::NotWarned { waiting: 8, .. })
    ));

    // Warn at minute 18: 12 minutes left, 4-minute services, three windows share
    // the A queue, so 3 × 3 = 9 can be served in time; 8 wait, so all are promised.
    let events = h.at(
        t(18),
        Command::WarnBreak {
            window: WindowId(2),
        },
    );
    assert!(matches!(events[0], Event::WarningGiven { waiting: 8, .. }));
    let cutoff = h.state.breaks.get(&brk).and_then(|b| b.cutoff);
    let label = cutoff
        .and_then(|c| h.state.tickets.get(&c))
        .map(|t| t.label());
    assert_eq!(label.as_deref(), Some("A008"));
    assert_eq!(phase(&h, t(18)), Some(BreakPhase::ClosingSoon));
    // One more fits; the one after that does not.
    let ev = h.at(
        t(18),
        Command::IssueTicket {
            service: ServiceCode::new("A"),
            window: None,
        },
    );
    assert!(ev.iter().any(|e| matches!(e, Event::CutoffExtended { .. })));
    let ev = h.at(
        t(18),
        Command::IssueTicket {
            service: ServiceCode::new("A"),
            window: None,
        },
    );
    assert!(!ev.iter().any(|e| matches!(e, Event::CutoffExtended { .. })));

    // Window 2 serves the promised ones, in order; A010 is past its cutoff.
    for _ in 0..9 {
        h.at(t(20), call(2));
        h.at(t(20), serve(2));
    }
    match h.try_at(t(21), call(2)) {
        Err(Refusal::CutoffReached { cutoff, next, .. }) => {
            assert_eq!(cutoff.as_deref(), Some("A009"));
            assert_eq!(next, "A010");
        }
        other => panic!("expected the cutoff, got {other:?}"),
    }
    // Window 1 still serves A010: nobody is refused service by the hall.
    h.at(t(21), call(1));
    assert_eq!(h.serving(1).as_deref(), Some("A010"));

    h.at(t(30), start_break(2, false));
    assert_eq!(phase(&h, t(45)), Some(BreakPhase::OnBreak));
    assert_eq!(
        h.try_at(t(31), call(2)),
        Err(Refusal::WindowOnBreak(WindowId(2)))
    );
    assert_eq!(phase(&h, t(61)), Some(BreakPhase::Overrun));
    h.at(
        t(62),
        Command::EndBreak {
            window: WindowId(2),
        },
    );
    assert_eq!(phase(&h, t(62)), Some(BreakPhase::Done));
    assert_eq!(h.state.window_phase(WindowId(2), t(62)), WindowPhase::Open);
}

#[test]
fn the_only_window_for_a_service_keeps_its_promise() {
    let mut h = Hallx::new();
    h.open_all();
    // Close window 3 so window 1 is the only one left for service B.
    h.at(
        t(0),
        Command::CloseWindow {
            window: WindowId(3),
        },
    );
    h.at(t(0), plan(1, 20, 30));
    for _ in 0..2 {
        h.issue(t(1), "B");
    }
    h.at(
        t(6),
        Command::WarnBreak {
            window: WindowId(1),
        },
    );
    let r = h.try_at(t(20), start_break(1, false));
    assert!(matches!(r, Err(Refusal::PromisedWaiting { .. })), "{r:?}");
}

#[test]
fn policies_refuse_and_a_supervisor_override_is_logged() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(1, 30, 30));
    // A second window away at the same time breaks max_concurrent_breaks = 1.
    assert_eq!(
        h.try_at(t(0), plan(3, 40, 30)),
        Err(Refusal::MaxConcurrentBreaks { max: 1 })
    );
    assert!(matches!(
        h.try_at(t(0), plan(2, 100, 61)),
        Err(Refusal::BreakTooLong { max: 60, asked: 61 })
    ));
    let ovr = Override {
        by: "Eva".into(),
        reason: "staff meeting".into(),
    };
    let events = h.try_ovr(t(0), plan(3, 40, 30), Some(&ovr));
    let events = events.unwrap_or_default();
    assert!(
        matches!(&events[0], Event::PolicyOverridden { rule, by, .. } if rule == "max-concurrent-breaks" && by == "Eva")
    );
    // Window 1 is away then too, so service B's cover is overridden as well.
    assert!(
        matches!(&events[1], Event::PolicyOverridden { rule, .. } if rule == "min-open-windows")
    );
    assert!(matches!(events.last(), Some(Event::BreakPlanned { .. })));
}

#[test]
fn minimum_cover_per_service_is_kept() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(
        t(0),
        Command::CloseWindow {
            window: WindowId(3),
        },
    );
    // Window 1 is now the only open window for B: its unscheduled break leaves B uncovered.
    let r = h.try_at(
        t(1),
        Command::StartBreak {
            window: WindowId(1),
            reason: Some(BreakReason::Personal),
            minutes: None,
            after_service: false,
        },
    );
    assert_eq!(
        r,
        Err(Refusal::MinOpenWindows {
            service: "B".into(),
            min: 1
        })
    );
}

#[test]
fn an_unscheduled_break_needs_a_reason() {
    let mut h = Hallx::new();
    h.open_all();
    assert_eq!(
        h.try_at(t(1), start_break(2, false)),
        Err(Refusal::ReasonMissing(WindowId(2)))
    );
    h.at(t(0), plan(2, 120, 30));
    assert!(matches!(
        h.try_at(t(1), start_break(2, false)),
        Err(Refusal::ReasonRequired { .. })
    ));
}

#[test]
fn the_state_survives_a_serialization_round_trip() {
    let mut h = Hallx::new();
    h.open_all();
    h.issue(t(0), "A");
    h.at(t(0), plan(2, 30, 30));
    h.at(t(1), call(1));
    let json = serde_json::to_string(&h.state).unwrap_or_default();
    let back: Result<State, _> = serde_json::from_str(&json);
    assert_eq!(back.ok().as_ref(), Some(&h.state));
    assert_eq!(State::fold(h.log.iter().map(|(a, e)| (*a, e))), h.state);
}

#[test]
fn a_pending_break_waits_for_the_customers_it_promised() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(1, 20, 30));
    for _ in 0..3 {
        h.issue(t(1), "A");
    }
    h.at(t(2), call(1));
    // Warned with three windows sharing the line: A002 and A003 are promised.
    h.at(
        t(6),
        Command::WarnBreak {
            window: WindowId(1),
        },
    );
    h.at(t(20), start_break(1, true));
    // The other two close: nobody else can serve A now.
    h.at(
        t(21),
        Command::CloseWindow {
            window: WindowId(2),
        },
    );
    h.at(
        t(21),
        Command::CloseWindow {
            window: WindowId(3),
        },
    );
    let events = h.at(t(22), serve(1));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::BreakDeferred { .. })),
        "{events:?}"
    );
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::BreakStarted { .. }))
    );
    // The window goes back to serving its promised customers.
    h.at(t(23), call(1));
    assert_eq!(h.serving(1).as_deref(), Some("A002"));
}

fn change(brk: u64, start: i64, minutes: i64) -> Command {
    Command::ChangeBreak {
        brk: BreakId(brk),
        start: t(start),
        end: t(start + minutes),
        staff: None,
    }
}

#[test]
fn a_published_break_moves_and_remembers_what_customers_were_shown() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(1, 60, 30));
    let day = t(0).with_timezone(&h.hall.tz).date_naive();
    h.at(t(0), Command::PublishBreaks { day });
    let events = h.at(t(5), change(1, 90, 20));
    assert_eq!(
        events,
        vec![Event::BreakChanged {
            brk: BreakId(1),
            start: t(90),
            end: t(110),
            staff: None,
        }]
    );
    let b = &h.state.breaks[&BreakId(1)];
    assert_eq!((b.start, b.end, b.published), (t(90), t(110), true));
    assert_eq!(b.published_was, Some((t(60), t(90))));
    assert_eq!(b.changed_at, Some(t(5)));
    // A second move keeps the first published times: that is what is on the glass.
    h.at(t(6), change(1, 100, 20));
    assert_eq!(
        h.state.breaks[&BreakId(1)].published_was,
        Some((t(60), t(90)))
    );
    // Moving it to where it already is records nothing.
    assert_eq!(h.at(t(7), change(1, 100, 20)), vec![]);
}

#[test]
fn a_moved_break_meets_the_same_rules_as_a_new_one() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(1, 60, 30));
    h.at(t(0), plan(2, 120, 30));
    // Onto the other window's break: only one may be away at a time.
    assert_eq!(
        h.try_at(t(1), change(1, 130, 30)),
        Err(Refusal::MaxConcurrentBreaks { max: 1 })
    );
    // Over its own old slot is fine: it does not count against itself.
    assert!(h.try_at(t(1), change(1, 70, 30)).is_ok());
    assert_eq!(
        h.try_at(t(1), change(1, 70, 90)),
        Err(Refusal::BreakTooLong { max: 60, asked: 90 })
    );
    assert_eq!(
        h.try_at(t(1), change(9, 70, 30)),
        Err(Refusal::UnknownBreak(BreakId(9)))
    );
    assert_eq!(
        h.try_at(t(200), change(1, 100, 30)),
        Err(Refusal::BreakInPast)
    );
}

#[test]
fn a_break_the_queue_was_warned_about_no_longer_moves() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), plan(1, 30, 30));
    h.issue(t(1), "B");
    h.at(
        t(16),
        Command::WarnBreak {
            window: WindowId(1),
        },
    );
    assert_eq!(
        h.try_at(t(17), change(1, 40, 30)),
        Err(Refusal::BreakAnnounced {
            brk: BreakId(1),
            window: WindowId(1)
        })
    );
    h.at(t(18), call(1));
    h.at(t(25), serve(1));
    h.at(t(30), start_break(1, false));
    assert_eq!(
        h.try_at(t(31), change(1, 40, 30)),
        Err(Refusal::BreakAlreadyStarted(BreakId(1)))
    );
}

#[test]
fn a_minimum_break_length_holds_for_planned_breaks() {
    let mut h = Hallx::new();
    h.hall.policy.min_break_length = Some(Duration::minutes(15));
    h.open_all();
    assert_eq!(
        h.try_at(t(0), plan(1, 60, 10)),
        Err(Refusal::BreakTooShort { min: 15, asked: 10 })
    );
    h.at(t(0), plan(1, 60, 15));
}

fn request(w: u32) -> Command {
    Command::RequestBreak {
        window: WindowId(w),
        reason: BreakReason::GoodsReceipt,
        minutes: Some(20),
    }
}

fn answer(r: u64, answer: Reply) -> Command {
    Command::AnswerRequest {
        request: RequestId(r),
        answer,
    }
}

#[test]
fn a_break_request_waits_for_the_supervisor_and_approval_starts_the_break() {
    let mut h = Hallx::new();
    h.hall.policy.unscheduled_needs_approval = true;
    h.open_all();
    h.issue(t(1), "A");
    h.at(t(2), call(2));
    // Taking it at once is the supervisor's call now.
    let direct = Command::StartBreak {
        window: WindowId(2),
        reason: Some(BreakReason::Personal),
        minutes: None,
        after_service: true,
    };
    assert_eq!(
        h.try_at(t(3), direct.clone()),
        Err(Refusal::NeedsApproval(WindowId(2)))
    );
    h.at(t(3), request(2));
    assert_eq!(
        h.try_at(t(4), request(2)),
        Err(Refusal::RequestPending(WindowId(2)))
    );
    let r = &h.state.requests[&RequestId(1)];
    assert!(r.is_due(t(4)) && r.minutes == 20);
    // Postponed: not due until the time comes, and still open.
    h.at(t(5), answer(1, Reply::Postpone { minutes: 10 }));
    let r = &h.state.requests[&RequestId(1)];
    assert!(!r.is_due(t(14)) && r.is_due(t(15)) && r.is_open());
    // Approved while window 2 serves: the break waits for the service to end.
    let events = h.at(t(16), answer(1, Reply::Approve));
    assert!(matches!(
        events[0],
        Event::BreakRequestAnswered {
            answer: Answer::Approved,
            ..
        }
    ));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::BreakPending { .. }))
    );
    assert_eq!(
        h.state.window_phase(WindowId(2), t(16)),
        WindowPhase::Pending(BreakId(1))
    );
    h.at(t(18), serve(2));
    assert!(matches!(
        h.state.window_phase(WindowId(2), t(18)),
        WindowPhase::OnBreak { .. }
    ));
    assert_eq!(
        h.try_at(t(19), answer(1, Reply::Decline)),
        Err(Refusal::RequestAnswered(RequestId(1)))
    );
    assert_eq!(
        h.try_at(t(19), answer(5, Reply::Approve)),
        Err(Refusal::UnknownRequest(RequestId(5)))
    );
    // A supervisor may still let someone go at once; it is logged.
    let ovr = Override {
        by: "Éva".into(),
        reason: "the till is down".into(),
    };
    let events = h
        .try_ovr(
            t(20),
            Command::StartBreak {
                window: WindowId(3),
                reason: Some(BreakReason::TechnicalFault),
                minutes: None,
                after_service: true,
            },
            Some(&ovr),
        )
        .unwrap_or_default();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::PolicyOverridden { rule, .. } if rule == "needs-approval"))
    );
}

#[test]
fn an_approval_keeps_the_rules_of_a_break() {
    let mut h = Hallx::new();
    h.open_all();
    h.at(t(0), request(1));
    h.at(t(0), request(2));
    h.at(t(1), answer(1, Reply::Approve));
    // One window away at a time: the second approval is refused, and the
    // request stays open for later.
    assert_eq!(
        h.try_at(t(2), answer(2, Reply::Approve)),
        Err(Refusal::MaxConcurrentBreaks { max: 1 })
    );
    assert!(h.state.requests[&RequestId(2)].is_open());
    h.at(t(3), answer(2, Reply::Decline));
    assert!(!h.state.requests[&RequestId(2)].is_open());
    // A closed window asks nothing.
    h.at(
        t(4),
        Command::EndBreak {
            window: WindowId(1),
        },
    );
    h.at(
        t(4),
        Command::CloseWindow {
            window: WindowId(3),
        },
    );
    assert_eq!(
        h.try_at(t(5), request(3)),
        Err(Refusal::WindowClosed(WindowId(3)))
    );
}

#[test]
fn a_printer_is_recorded_only_when_it_changes() {
    let mut h = Hallx::new();
    let report = |error: Option<&str>| Command::ReportPrinter {
        kiosk: "door".into(),
        error: error.map(str::to_string),
    };
    assert!(
        h.at(t(0), report(None)).is_empty(),
        "a working printer is news to nobody"
    );
    let failed = h.at(t(1), report(Some("out of paper")));
    assert_eq!(
        failed,
        vec![Event::PrinterFailed {
            kiosk: "door".into(),
            error: "out of paper".into()
        }]
    );
    assert!(h.at(t(2), report(Some("out of paper"))).is_empty());
    h.at(t(3), report(Some("cover open")));
    let fault = h.state.printers.get("door").cloned();
    assert_eq!(
        fault.map(|f| (f.since, f.error)),
        Some((t(1), "cover open".to_string()))
    );
    assert_eq!(
        h.at(t(4), report(None)),
        vec![Event::PrinterRestored {
            kiosk: "door".into()
        }]
    );
    assert!(h.state.printers.is_empty());
}
