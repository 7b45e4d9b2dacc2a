//! The notice on the glass as a domain rule: what it records, and when the
//! published plan has moved away from it. Clock injected, sample hall.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use frontdesk::domain::notice::{Glass, NoticeChange, glass, published_plan};
use frontdesk::domain::{BreakId, Command, Event, Hall, Instant, State, WindowId, decide};
use proptest::prelude::*;

/// Minutes after 08:00 hall time (Budapest) on 2 March 2026.
fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 7, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

struct Sim {
    hall: Hall,
    state: State,
}

impl Sim {
    fn new() -> Sim {
        let mut hall = Hall::sample();
        hall.policy.max_concurrent_breaks = 3;
        hall.policy.min_open_per_service = 0;
        Sim {
            hall,
            state: State::new(),
        }
    }

    fn try_at(&mut self, at: Instant, cmd: Command) -> Result<Vec<Event>, String> {
        let events = decide(&self.hall, &self.state, &cmd, at, None).map_err(|r| r.to_string())?;
        for e in &events {
            self.state.apply(at, e);
        }
        Ok(events)
    }

    fn at(&mut self, at: Instant, cmd: Command) -> Vec<Event> {
        match self.try_at(at, cmd.clone()) {
            Ok(e) => e,
            Err(r) => panic!("{cmd:?} refused: {r}"),
        }
    }

    fn plan(&mut self, window: u32, start: i64, minutes: i64) -> BreakId {
        let events = self.at(
            t(0),
            Command::PlanBreak {
                window: WindowId(window),
                start: t(start),
                end: t(start + minutes),
                staff: None,
            },
        );
        match events.first() {
            Some(Event::BreakPlanned { brk, .. }) => *brk,
            other => panic!("not planned: {other:?}"),
        }
    }

    fn publish(&mut self) {
        self.at(t(0), Command::PublishBreaks { day: today() });
    }

    fn notice(&mut self, at: Instant) -> Vec<Event> {
        self.at(at, Command::IssueNotice { day: today() })
    }

    fn glass(&self) -> Glass {
        glass(&self.hall, &self.state, today())
    }
}

#[test]
fn the_notice_records_the_published_breaks_only() {
    let mut sim = Sim::new();
    let a = sim.plan(1, 120, 30);
    let b = sim.plan(2, 240, 30);
    sim.publish();
    // Planned after publishing: customers have not been shown it.
    let _unpublished = sim.plan(3, 300, 30);
    let events = sim.notice(t(5));
    let [Event::NoticeIssued { day, breaks }] = events.as_slice() else {
        panic!("one notice event: {events:?}");
    };
    assert_eq!(*day, today());
    let ids: Vec<BreakId> = breaks.iter().map(|b| b.brk).collect();
    assert_eq!(ids, vec![a, b]);
    assert_eq!((breaks[0].start, breaks[0].end), (t(120), t(150)));
    assert_eq!(sim.glass(), Glass::Current { at: t(5) });
}

#[test]
fn no_notice_printed_says_so() {
    let mut sim = Sim::new();
    sim.plan(1, 120, 30);
    sim.publish();
    assert_eq!(sim.glass(), Glass::NotPrinted);
}

#[test]
fn a_moved_published_break_makes_the_notice_out_of_date() {
    let mut sim = Sim::new();
    let a = sim.plan(1, 120, 30);
    sim.publish();
    sim.notice(t(5));
    sim.at(
        t(10),
        Command::ChangeBreak {
            brk: a,
            start: t(150),
            end: t(180),
            staff: None,
        },
    );
    assert_eq!(
        sim.glass(),
        Glass::OutOfDate {
            at: t(5),
            changes: vec![NoticeChange::Moved {
                brk: a,
                window: WindowId(1),
                was: (t(120), t(150)),
                now: (t(150), t(180)),
            }],
        }
    );
    // Printing again brings the glass up to date.
    sim.notice(t(11));
    assert_eq!(sim.glass(), Glass::Current { at: t(11) });
}

#[test]
fn added_and_cancelled_breaks_are_changes_too() {
    let mut sim = Sim::new();
    let a = sim.plan(1, 120, 30);
    sim.publish();
    sim.notice(t(5));
    let b = sim.plan(2, 200, 15);
    // Planned but not yet published: the glass is still right.
    assert_eq!(sim.glass(), Glass::Current { at: t(5) });
    sim.publish();
    sim.at(t(20), Command::CancelBreak { brk: a });
    let Glass::OutOfDate { changes, .. } = sim.glass() else {
        panic!("out of date");
    };
    assert_eq!(
        changes,
        vec![
            NoticeChange::Cancelled {
                brk: a,
                window: WindowId(1),
                start: t(120),
                end: t(150),
            },
            NoticeChange::Added {
                brk: b,
                window: WindowId(2),
                start: t(200),
                end: t(215),
            },
        ]
    );
}

#[test]
fn staff_or_a_break_taken_do_not_change_what_customers_were_told() {
    let mut sim = Sim::new();
    let a = sim.plan(1, 20, 30);
    sim.publish();
    sim.notice(t(1));
    sim.at(
        t(1),
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
    );
    sim.at(
        t(20),
        Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: false,
        },
    );
    sim.at(
        t(45),
        Command::EndBreak {
            window: WindowId(1),
        },
    );
    assert_eq!(sim.glass(), Glass::Current { at: t(1) });
    assert_eq!(published_plan(&sim.hall, &sim.state, today())[0].id, a);
}

#[test]
fn an_unscheduled_break_is_never_on_the_notice() {
    let mut sim = Sim::new();
    sim.at(
        t(1),
        Command::OpenWindow {
            window: WindowId(2),
            staff: None,
        },
    );
    sim.at(
        t(2),
        Command::StartBreak {
            window: WindowId(2),
            reason: Some(frontdesk::domain::BreakReason::GoodsReceipt),
            minutes: Some(15),
            after_service: false,
        },
    );
    let events = sim.notice(t(3));
    assert!(matches!(&events[..], [Event::NoticeIssued { breaks, .. }] if breaks.is_empty()));
    assert_eq!(sim.glass(), Glass::Current { at: t(3) });
}

#[test]
fn the_notice_survives_a_snapshot_and_an_old_snapshot_reads_without_it() {
    let mut sim = Sim::new();
    sim.plan(1, 120, 30);
    sim.publish();
    sim.notice(t(5));
    let json = serde_json::to_string(&sim.state).unwrap_or_default();
    let back: State = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.notices, sim.state.notices);
    // A snapshot written before notices existed has no such field.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.remove("notices");
    }
    let old: State = serde_json::from_value(value).unwrap_or_else(|e| panic!("{e}"));
    assert!(old.notices.is_empty());
}

#[test]
fn a_new_day_forgets_old_notices_in_time() {
    let mut sim = Sim::new();
    sim.notice(t(0));
    assert_eq!(sim.state.notices.len(), 1);
    // A ticket four days later rolls the business day over.
    sim.at(
        t(0) + Duration::days(4),
        Command::IssueTicket {
            service: frontdesk::domain::ServiceCode::new("A"),
            window: None,
        },
    );
    assert!(sim.state.notices.is_empty());
}

/// What a supervisor may do to a published plan after printing.
#[derive(Clone, Debug)]
enum Edit {
    Move(usize, i64),
    Cancel(usize),
    Add(u32, i64),
    Publish,
    Reprint,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..4, 0i64..8).prop_map(|(i, s)| Edit::Move(i, s)),
        (0usize..4).prop_map(Edit::Cancel),
        (1u32..4, 0i64..8).prop_map(|(w, s)| Edit::Add(w, s)),
        Just(Edit::Publish),
        Just(Edit::Reprint),
    ]
}

proptest! {
    /// The glass is out of date exactly when the published plan's times differ
    /// from what was printed; printing always makes it current.
    #[test]
    fn out_of_date_exactly_when_the_plan_differs(edits in proptest::collection::vec(edit(), 0..12)) {
        // The test keeps its own book of the plan from the commands it gave and
        // whether each was taken: break → (start, end, published, cancelled).
        // The printed notice is what that book said was published at the last print.
        type Book = std::collections::BTreeMap<BreakId, (Instant, Instant, bool, bool)>;
        let shown = |book: &Book| -> Vec<(BreakId, Instant, Instant)> {
            book.iter()
                .filter(|(_, (_, _, published, cancelled))| *published && !*cancelled)
                .map(|(id, (s, e, _, _))| (*id, *s, *e))
                .collect()
        };
        let mut sim = Sim::new();
        let mut ids = vec![sim.plan(1, 60, 30), sim.plan(2, 120, 30)];
        let mut book: Book = Book::new();
        book.insert(ids[0], (t(60), t(90), true, false));
        book.insert(ids[1], (t(120), t(150), true, false));
        sim.publish();
        sim.notice(t(1));
        let mut printed = shown(&book);
        for e in edits {
            match e {
                Edit::Move(i, s) => {
                    let brk = ids[i % ids.len()];
                    let (start, end) = (t(60 + s * 45), t(80 + s * 45));
                    if sim.try_at(t(2), Command::ChangeBreak { brk, start, end, staff: None }).is_ok()
                        && let Some(b) = book.get_mut(&brk)
                    {
                        (b.0, b.1) = (start, end);
                    }
                }
                Edit::Cancel(i) => {
                    let brk = ids[i % ids.len()];
                    if sim.try_at(t(2), Command::CancelBreak { brk }).is_ok()
                        && let Some(b) = book.get_mut(&brk)
                    {
                        b.3 = true;
                    }
                }
                Edit::Add(w, s) => {
                    let (start, end) = (t(60 + s * 45), t(80 + s * 45));
                    let r = sim.try_at(t(2), Command::PlanBreak { window: WindowId(w), start, end, staff: None });
                    if let Ok(events) = &r && let Some(Event::BreakPlanned { brk, .. }) = events.first() {
                        ids.push(*brk);
                        book.insert(*brk, (start, end, false, false));
                    }
                }
                Edit::Publish => {
                    if sim.try_at(t(2), Command::PublishBreaks { day: today() }).is_ok() {
                        for b in book.values_mut().filter(|b| !b.3) {
                            b.2 = true;
                        }
                    }
                }
                Edit::Reprint => {
                    if sim.try_at(t(3), Command::IssueNotice { day: today() }).is_ok() {
                        printed = shown(&book);
                    }
                }
            }
            let out_of_date = matches!(sim.glass(), Glass::OutOfDate { .. });
            let current = shown(&book);
            prop_assert_eq!(out_of_date, printed != current, "printed {:?}, plan {:?}", printed, current);
        }
        sim.notice(t(4));
        let current = matches!(sim.glass(), Glass::Current { .. });
        prop_assert!(current);
    }
}
