//! The complaint-handling process on an injected clock: each step, each
//! refusal, deadlines in working days across a weekend and the nights clocks
//! change, the context a complaint gets from the log, and the figures checked
//! against a count made here from the events themselves.

use super::book::{Book, Stage, Status};
use super::context::{About, Lapse, explain};
use super::decide::{FeedbackCommand as C, FeedbackRefusal as R, RefusalClass, decide};
use super::figures::{self, GroupBy, Key};
use super::rules::Rules;
use crate::domain::{
    Channel, Command, Contact, Event, FeedbackId, FeedbackKind, Hall, Instant, Links, Override,
    Recorded, StaffId, State, TicketId, WindowId,
};
use chrono::{Datelike, Duration, NaiveTime, TimeZone, Timelike, Utc};
use proptest::prelude::*;

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> Instant {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap_or_default()
}

/// A hall's log kept in memory: the live state, the book, and every event as
/// the store would have recorded it.
struct Desk {
    hall: Hall,
    rules: Rules,
    state: State,
    book: Book,
    log: Vec<Recorded>,
}

impl Desk {
    fn new() -> Desk {
        let mut hall = Hall::sample();
        hall.staff = vec![
            crate::domain::Staff {
                id: StaffId("anna".into()),
                name: "Anna Kovács".into(),
                window: Some(WindowId(1)),
                shift: None,
                breaks: vec![],
            },
            crate::domain::Staff {
                id: StaffId("bela".into()),
                name: "Béla Nagy".into(),
                window: Some(WindowId(2)),
                shift: None,
                breaks: vec![],
            },
        ];
        Desk {
            hall,
            rules: Rules::default(),
            state: State::new(),
            book: Book::new(),
            log: Vec::new(),
        }
    }

    fn record(&mut self, at: Instant, events: Vec<Event>, by: &str) {
        for event in events {
            let r = Recorded {
                seq: self.log.len() as u64 + 1,
                at,
                origin: by.into(),
                event,
                user: None,
            };
            self.state.apply(r.at, &r.event);
            self.book.apply(&r);
            self.log.push(r);
        }
    }

    /// A hall command through the domain's rules.
    fn hall(&mut self, at: Instant, cmd: Command, ovr: Option<&Override>) {
        let events = crate::domain::decide(&self.hall, &self.state, &cmd, at, ovr)
            .unwrap_or_else(|r| panic!("{cmd:?} refused: {r}"));
        self.record(at, events, "test");
    }

    fn try_fb(&mut self, at: Instant, cmd: C, by: &str) -> Result<FeedbackId, R> {
        let d = decide(&self.hall, &self.rules, &self.state, &self.book, &cmd, at)?;
        let id = d.events.iter().find_map(|e| match e {
            Event::FeedbackRecorded { entry, .. }
            | Event::FeedbackAcknowledged { entry }
            | Event::FeedbackAssigned { entry, .. }
            | Event::FeedbackAnswered { entry, .. }
            | Event::FeedbackClosed { entry, .. }
            | Event::FeedbackReopened { entry, .. }
            | Event::ContactErased { entry } => Some(*entry),
            _ => None,
        });
        self.record(at, d.events, by);
        Ok(id.unwrap_or(FeedbackId(0)))
    }

    fn fb(&mut self, at: Instant, cmd: C) -> FeedbackId {
        self.try_fb(at, cmd, "supervisor")
            .unwrap_or_else(|r| panic!("refused: {r}"))
    }

    fn complaint(&mut self, at: Instant, category: &str, links: Links) -> FeedbackId {
        self.fb(
            at,
            C::Record {
                kind: FeedbackKind::Complaint,
                channel: Channel::Writing,
                category: category.into(),
                words: "words".into(),
                received: Some(at),
                links,
                contact: None,
            },
        )
    }

    fn status(&self, id: FeedbackId) -> Status {
        self.book.entries[&id].status()
    }
}

fn window(n: u32) -> Links {
    Links {
        window: Some(WindowId(n)),
        ..Links::default()
    }
}

#[test]
fn a_complaint_is_acknowledged_answered_closed_reopened_and_its_contact_erased() {
    let mut d = Desk::new();
    let t0 = utc(2026, 3, 10, 9, 0); // a Tuesday
    let id = d.fb(
        t0,
        C::Record {
            kind: FeedbackKind::Complaint,
            channel: Channel::Email,
            category: "not-warned".into(),
            words: "They closed in front of me.".into(),
            received: None,
            links: window(1),
            contact: Some(Contact {
                name: Some("Eva Tóth".into()),
                reach: Some("eva@example.com".into()),
            }),
        },
    );
    assert_eq!(id, FeedbackId(1));
    assert_eq!(d.status(id), Status::New);
    assert!(d.book.entries[&id].contact);

    let t1 = t0 + Duration::hours(2);
    d.fb(t1, C::Acknowledge { entry: id });
    assert_eq!(d.status(id), Status::Acknowledged);
    assert_eq!(
        d.try_fb(t1, C::Acknowledge { entry: id }, "x"),
        Err(R::AlreadyAcknowledged(id))
    );
    d.fb(
        t1,
        C::Assign {
            entry: id,
            to: "Eva".into(),
        },
    );
    let t2 = t0 + Duration::days(1);
    d.fb(
        t2,
        C::Answer {
            entry: id,
            answer: "We are sorry; the cashier has been reminded.".into(),
        },
    );
    assert_eq!(d.status(id), Status::Answered);
    d.fb(
        t2,
        C::Close {
            entry: id,
            note: String::new(),
        },
    );
    assert_eq!(d.status(id), Status::Closed);
    // A closed entry takes no further step but reopening.
    for cmd in [
        C::Acknowledge { entry: id },
        C::Answer {
            entry: id,
            answer: "x".into(),
        },
        C::Close {
            entry: id,
            note: String::new(),
        },
    ] {
        assert_eq!(d.try_fb(t2, cmd, "x"), Err(R::Closed(id)));
    }
    let t3 = t0 + Duration::days(2);
    d.fb(
        t3,
        C::Reopen {
            entry: id,
            why: "The customer wrote again.".into(),
        },
    );
    let e = &d.book.entries[&id];
    assert_eq!(e.status(), Status::Acknowledged);
    assert_eq!(e.clock_start(), t3);
    assert_eq!(
        d.try_fb(
            t3,
            C::Reopen {
                entry: id,
                why: "again".into()
            },
            "x"
        ),
        Err(R::NotClosed(id))
    );

    // Erasing drops the person and keeps the entry, its words and its steps.
    let decided = decide(
        &d.hall,
        &d.rules,
        &d.state,
        &d.book,
        &C::Erase { entry: id },
        t3,
    )
    .unwrap_or_default();
    assert_eq!(decided.erase, Some(id));
    d.fb(t3, C::Erase { entry: id });
    let e = d.book.entries[&id].clone();
    assert!(!e.contact);
    assert_eq!(e.words, "They closed in front of me.");
    assert_eq!(e.erased.as_ref().map(|s| s.at), Some(t3));
    assert_eq!(
        d.try_fb(t3, C::Erase { entry: id }, "x"),
        Err(R::NoContact(id))
    );
    // Every step is in the history with who took it.
    let steps: Vec<&str> = e.history.iter().map(|h| h.step.by.as_str()).collect();
    assert_eq!(steps.len(), 7);
    assert!(steps.iter().all(|by| *by == "supervisor"));
}

#[test]
fn the_contact_goes_beside_the_log_never_into_it() {
    let d = Desk::new();
    let decided = decide(
        &d.hall,
        &d.rules,
        &d.state,
        &d.book,
        &C::Record {
            kind: FeedbackKind::Compliment,
            channel: Channel::Phone,
            category: "staff-manner".into(),
            words: "Thank you".into(),
            received: None,
            links: Links::default(),
            contact: Some(Contact {
                name: Some("  Eva\u{1b}[31m Tóth ".into()),
                reach: None,
            }),
        },
        utc(2026, 3, 10, 9, 0),
    )
    .unwrap_or_default();
    let json = serde_json::to_string(&decided.events).unwrap_or_default();
    assert!(!json.contains("Eva"), "{json}");
    assert!(json.contains("\"contact\":true"), "{json}");
    let (id, contact) = decided.keep.unwrap_or((FeedbackId(0), Contact::default()));
    assert_eq!(id, FeedbackId(1));
    assert_eq!(contact.name.as_deref(), Some("Eva[31m Tóth"));
}

#[test]
fn text_is_stored_cleaned_of_control_characters() {
    let mut d = Desk::new();
    let t = utc(2026, 3, 10, 9, 0);
    let id = d.fb(
        t,
        C::Record {
            kind: FeedbackKind::Complaint,
            channel: Channel::Counter,
            category: "waiting-time".into(),
            words: "Waited\u{7} an\thour\u{1b}[2J\u{202e}!".into(),
            received: None,
            links: window(2),
            contact: None,
        },
    );
    assert_eq!(d.book.entries[&id].words, "Waited an hour[2J!");
    d.fb(
        t,
        C::Answer {
            entry: id,
            answer: "Sorry\u{1b}]0;x\u{7}".into(),
        },
    );
    assert_eq!(
        d.book.entries[&id].answered.as_ref().map(|a| a.0.as_str()),
        Some("Sorry]0;x")
    );
    // Said at the counter: put down to whoever sits there (nobody yet).
    assert_eq!(d.book.entries[&id].links.staff, None);
}

#[test]
fn unknown_names_and_empty_text_are_bad_input() {
    let mut d = Desk::new();
    let t = utc(2026, 3, 10, 9, 0);
    let rec = |category: &str, links: Links| C::Record {
        kind: FeedbackKind::Complaint,
        channel: Channel::Writing,
        category: category.into(),
        words: String::new(),
        received: None,
        links,
        contact: None,
    };
    let cases = [
        (
            rec("rudeness", Links::default()),
            R::UnknownCategory("rudeness".into()),
        ),
        (rec("other", window(9)), R::UnknownWindow(WindowId(9))),
        (
            rec(
                "other",
                Links {
                    staff: Some(StaffId("zoe".into())),
                    ..Links::default()
                },
            ),
            R::UnknownStaff("zoe".into()),
        ),
        (
            C::Answer {
                entry: FeedbackId(7),
                answer: "x".into(),
            },
            R::UnknownEntry(FeedbackId(7)),
        ),
        (
            C::Rate {
                window: WindowId(1),
                ticket: None,
                score: 6,
                reason: None,
                lang: "en".into(),
            },
            R::BadScore(6),
        ),
    ];
    for (cmd, refusal) in cases {
        assert_eq!(d.try_fb(t, cmd, "x"), Err(refusal.clone()));
        assert_eq!(refusal.class(), RefusalClass::BadInput);
    }
    let id = d.complaint(t, "other", Links::default());
    assert_eq!(
        d.try_fb(
            t,
            C::Answer {
                entry: id,
                answer: " \u{7} ".into()
            },
            "x"
        ),
        Err(R::Empty("answer"))
    );
    let future = C::Record {
        kind: FeedbackKind::Question,
        channel: Channel::Writing,
        category: "information".into(),
        words: String::new(),
        received: Some(t + Duration::hours(1)),
        links: Links::default(),
        contact: None,
    };
    assert_eq!(d.try_fb(t, future, "x"), Err(R::InFuture));
    // The hall's own categories are known once configured.
    d.rules.own.push(super::Category {
        id: "parking".into(),
        name: "Parking".into(),
    });
    assert!(d.try_fb(t, rec("parking", Links::default()), "x").is_ok());
}

#[test]
fn deadlines_run_on_working_days_across_a_weekend() {
    let mut d = Desk::new();
    let tz = d.hall.tz;
    // Friday 13 March 2026, 16:00 in Budapest (CET, UTC+1).
    let friday = utc(2026, 3, 13, 15, 0);
    let id = d.complaint(friday, "waiting-time", Links::default());
    let e = d.book.entries[&id].clone();
    let due = e.due(&d.rules, tz);
    // Acknowledge within 1 working day: by the end of Monday 16 March.
    let monday_end = utc(2026, 3, 16, 23, 0);
    assert_eq!(
        due.map(|x| (x.stage, x.by)),
        Some((Stage::Acknowledge, monday_end))
    );
    // Not overdue over the weekend, nor late on Monday evening...
    for at in [
        utc(2026, 3, 14, 12, 0),
        utc(2026, 3, 15, 23, 59),
        monday_end - Duration::minutes(1),
    ] {
        assert_eq!(e.overdue(&d.rules, tz, at), None, "at {at}");
    }
    // ...overdue from Tuesday's first minute, and raised as such.
    assert!(e.overdue(&d.rules, tz, monday_end).is_some());
    assert_eq!(d.book.overdue(&d.rules, tz, monday_end).len(), 1);

    // Acknowledged on Monday: the answer is due within 5 working days of the
    // complaint, by the end of Friday 20 March.
    d.fb(utc(2026, 3, 16, 10, 0), C::Acknowledge { entry: id });
    let e = &d.book.entries[&id];
    let due = e.due(&d.rules, tz);
    assert_eq!(
        due.map(|x| (x.stage, x.by)),
        Some((Stage::Answer, utc(2026, 3, 20, 23, 0)))
    );
    assert_eq!(e.overdue(&d.rules, tz, utc(2026, 3, 20, 22, 59)), None);
    // Over the next weekend it stays overdue.
    assert!(e.overdue(&d.rules, tz, utc(2026, 3, 21, 10, 0)).is_some());

    // Answered and closed: nothing is due; praise never is.
    d.fb(
        utc(2026, 3, 23, 9, 0),
        C::Answer {
            entry: id,
            answer: "Sorry for the wait.".into(),
        },
    );
    assert_eq!(d.book.entries[&id].due(&d.rules, tz), None);
    let praise = d.fb(
        friday,
        C::Record {
            kind: FeedbackKind::Compliment,
            channel: Channel::Writing,
            category: "staff-manner".into(),
            words: String::new(),
            received: None,
            links: Links::default(),
            contact: None,
        },
    );
    assert_eq!(d.book.entries[&praise].due(&d.rules, tz), None);
}

#[test]
fn deadlines_hold_to_local_midnight_across_the_nights_clocks_change() {
    let mut d = Desk::new();
    let tz = d.hall.tz;
    // Friday 27 March 2026, 17:00 CET; clocks go forward on Sunday night.
    let id = d.complaint(utc(2026, 3, 27, 16, 0), "other", Links::default());
    let e = d.book.entries[&id].clone();
    // End of Monday 30 March in Budapest is 22:00 UTC (CEST), not 23:00.
    let due = utc(2026, 3, 30, 22, 0);
    assert_eq!(e.due(&d.rules, tz).map(|x| x.by), Some(due));
    assert_eq!(e.overdue(&d.rules, tz, due - Duration::minutes(1)), None);
    assert!(e.overdue(&d.rules, tz, due).is_some());

    // Friday 23 October 2026; clocks go back on Sunday night: the end of
    // Monday 26 October is 23:00 UTC (CET) again.
    let id = d.complaint(utc(2026, 10, 23, 9, 0), "other", Links::default());
    let e = d.book.entries[&id].clone();
    let due = utc(2026, 10, 26, 23, 0);
    assert_eq!(e.due(&d.rules, tz).map(|x| x.by), Some(due));
    assert_eq!(e.overdue(&d.rules, tz, due - Duration::minutes(1)), None);
    assert!(e.overdue(&d.rules, tz, due).is_some());
}

#[test]
fn reopening_restarts_the_answer_clock_and_a_close_limit_applies_when_set() {
    let mut d = Desk::new();
    d.rules.close_days = Some(10);
    let tz = d.hall.tz;
    let t0 = utc(2026, 3, 2, 9, 0); // Monday
    let id = d.complaint(t0, "competence", Links::default());
    d.fb(
        t0,
        C::Answer {
            entry: id,
            answer: "Explained.".into(),
        },
    );
    // Answered: the close limit is 10 working days from the complaint.
    assert_eq!(
        d.book.entries[&id]
            .due(&d.rules, tz)
            .map(|x| (x.stage, x.by)),
        Some((Stage::Close, utc(2026, 3, 16, 23, 0)))
    );
    d.fb(
        t0,
        C::Close {
            entry: id,
            note: String::new(),
        },
    );
    let reopened = utc(2026, 3, 25, 9, 0); // Wednesday
    d.fb(
        reopened,
        C::Reopen {
            entry: id,
            why: "Not satisfied".into(),
        },
    );
    // Five working days from the reopening: the next Wednesday, 1 April (CEST).
    assert_eq!(
        d.book.entries[&id]
            .due(&d.rules, tz)
            .map(|x| (x.stage, x.by)),
        Some((Stage::Answer, utc(2026, 4, 1, 22, 0)))
    );
}

/// The hall of the context tests: windows 1 and 2 open, a break planned at
/// window 1 from 10:00 to 10:30 (Budapest, CET), published.
fn morning() -> (Desk, Instant) {
    let mut d = Desk::new();
    d.hall.policy.min_open_per_service = 0;
    let nine = utc(2026, 3, 10, 8, 0); // 09:00 local
    for w in [1, 2] {
        d.hall(
            nine,
            Command::OpenWindow {
                window: WindowId(w),
                staff: None,
            },
            None,
        );
    }
    let ten = nine + Duration::hours(1);
    d.hall(
        nine,
        Command::PlanBreak {
            window: WindowId(1),
            start: ten,
            end: ten + Duration::minutes(30),
            staff: None,
        },
        None,
    );
    let day = ten.with_timezone(&d.hall.tz).date_naive();
    d.hall(nine, Command::PublishBreaks { day }, None);
    (d, ten)
}

fn issue(d: &mut Desk, at: Instant) -> TicketId {
    d.hall(
        at,
        Command::IssueTicket {
            service: crate::domain::ServiceCode::new("B"),
            window: Some(WindowId(1)),
        },
        None,
    );
    d.state
        .tickets
        .keys()
        .next_back()
        .copied()
        .unwrap_or(TicketId(0))
}

#[test]
fn a_window_that_closed_without_warning_shows_no_warning_was_given() {
    let (mut d, ten) = morning();
    let a = issue(&mut d, ten - Duration::minutes(20));
    issue(&mut d, ten - Duration::minutes(18));
    // The cashier leaves on the minute without a word; a supervisor let it through.
    let ovr = Override {
        by: "manager".into(),
        reason: "test".into(),
    };
    d.hall(
        ten,
        Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: false,
        },
        Some(&ovr),
    );
    let at = ten + Duration::minutes(5);
    let id = d.complaint(
        at,
        "not-warned",
        Links {
            ticket: Some(a),
            window: Some(WindowId(1)),
            ..Links::default()
        },
    );
    let e = &d.book.entries[&id];
    let cx = explain(
        &d.hall,
        &d.log,
        &About {
            ticket: e.links.ticket,
            window: e.links.window,
            brk: None,
            at: e.received,
            about_a_break: true,
        },
    );
    let b = cx
        .brk
        .clone()
        .unwrap_or_else(|| panic!("no break in {cx:?}"));
    assert_eq!(b.window, WindowId(1));
    assert_eq!(b.warned_at, None);
    assert_eq!(b.waiting_at_start, Some(2));
    assert!(cx.lapses.contains(&Lapse::NotWarned {
        window: WindowId(1),
        waiting: 2
    }));
    let t = cx.ticket.unwrap_or_else(|| panic!("no ticket"));
    assert_eq!(t.label, "B001");
    // Still waiting five minutes into the break: 25 minutes.
    assert_eq!(t.waited_minutes, 25);
    assert_eq!(t.called, None);
}

#[test]
fn a_warned_queue_shows_how_far_ahead_and_who_was_within_the_cutoff() {
    let (mut d, ten) = morning();
    let first = issue(&mut d, ten - Duration::minutes(30));
    // Warned 15 minutes ahead with one waiting: the cutoff takes them.
    let warned = ten - Duration::minutes(15);
    d.hall(
        warned,
        Command::WarnBreak {
            window: WindowId(1),
        },
        None,
    );
    d.hall(
        warned,
        Command::SayPhrase {
            window: WindowId(1),
            phrase: "warning".into(),
            lang: "en".into(),
        },
        None,
    );
    // Someone arrives after the cutoff filled up... or not; either way the log
    // says which.
    let late = issue(&mut d, ten - Duration::minutes(2));
    d.hall(
        ten - Duration::minutes(14),
        Command::CallNext {
            window: WindowId(1),
        },
        None,
    );
    d.hall(
        ten - Duration::minutes(8),
        Command::Serve {
            window: WindowId(1),
        },
        None,
    );

    let about = |t| About {
        ticket: Some(t),
        window: Some(WindowId(1)),
        brk: None,
        at: ten + Duration::minutes(1),
        about_a_break: true,
    };
    let cx = explain(&d.hall, &d.log, &about(first));
    let b = cx.brk.clone().unwrap_or_else(|| panic!("no break"));
    assert_eq!(b.warned_minutes_ahead, Some(15));
    assert_eq!(b.waiting_when_warned, Some(1));
    assert_eq!(b.cutoff.as_deref(), Some("B001"));
    assert_eq!(cx.within_cutoff, Some(true));
    assert!(cx.lapses.is_empty(), "{:?}", cx.lapses);
    assert_eq!(
        cx.phrases
            .iter()
            .map(|p| p.phrase.as_str())
            .collect::<Vec<_>>(),
        ["warning"]
    );
    let t = cx.ticket.unwrap_or_else(|| panic!("no ticket"));
    assert_eq!(t.waited_minutes, 16);

    // The later customer: whatever the cutoff did, the context agrees with
    // the hall's own rule.
    let cx = explain(&d.hall, &d.log, &about(late));
    let rule = {
        let b = d.state.breaks.values().next().cloned();
        let t = d.state.tickets.get(&late).cloned();
        match (b, t) {
            (Some(b), Some(t)) => d.state.within_cutoff(&b, &t),
            _ => false,
        }
    };
    assert_eq!(cx.within_cutoff, Some(rule));
}

#[test]
fn a_break_that_ran_over_and_a_promise_broken_are_lapses() {
    let (mut d, ten) = morning();
    let a = issue(&mut d, ten - Duration::minutes(20));
    d.hall(
        ten - Duration::minutes(15),
        Command::WarnBreak {
            window: WindowId(1),
        },
        None,
    );
    // The promised customer is sent to window 2 instead of being served.
    d.hall(
        ten - Duration::minutes(1),
        Command::CallNext {
            window: WindowId(1),
        },
        None,
    );
    d.hall(
        ten,
        Command::Transfer {
            window: WindowId(1),
            to: crate::domain::TransferTo::Service(crate::domain::ServiceCode::new("A")),
        },
        None,
    );
    d.hall(
        ten,
        Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: false,
        },
        None,
    );
    d.hall(
        ten + Duration::minutes(42),
        Command::EndBreak {
            window: WindowId(1),
        },
        None,
    );
    let cx = explain(
        &d.hall,
        &d.log,
        &About {
            ticket: Some(a),
            window: Some(WindowId(1)),
            brk: None,
            at: ten + Duration::minutes(50),
            about_a_break: true,
        },
    );
    assert!(cx.lapses.contains(&Lapse::Overran {
        window: WindowId(1),
        minutes: 12
    }));
    assert!(cx.lapses.contains(&Lapse::PromiseBroken {
        window: WindowId(1),
        ticket: "B001".into()
    }));
    assert_eq!(cx.ticket.map(|t| t.transfers), Some(1));
}

#[test]
fn figures_agree_with_a_count_made_from_the_events() {
    let mut d = Desk::new();
    let tz = d.hall.tz;
    let day = utc(2026, 3, 10, 8, 0);
    d.hall(
        day,
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
        None,
    );
    d.hall(
        day,
        Command::OpenWindow {
            window: WindowId(2),
            staff: None,
        },
        None,
    );
    // 30 customers served at windows 1 and 2 over the morning.
    for i in 0..30 {
        let at = day + Duration::minutes(5 * i);
        let w = WindowId(1 + (i % 2) as u32);
        d.hall(
            at,
            Command::IssueTicket {
                service: crate::domain::ServiceCode::new("A"),
                window: Some(w),
            },
            None,
        );
        d.hall(at, Command::CallNext { window: w }, None);
        d.hall(
            at + Duration::minutes(2),
            Command::Serve { window: w },
            None,
        );
        if i % 4 == 0 {
            d.fb(
                at,
                C::Rate {
                    window: w,
                    ticket: None,
                    score: 1 + (i % 5) as u8,
                    reason: None,
                    lang: "en".into(),
                },
            );
        }
    }
    let kinds = [
        (FeedbackKind::Complaint, 1, Channel::Writing),
        (FeedbackKind::Complaint, 2, Channel::Counter),
        (FeedbackKind::Complaint, 1, Channel::MysteryShopper),
        (FeedbackKind::Compliment, 1, Channel::Counter),
        (FeedbackKind::Compliment, 2, Channel::Writing),
        (FeedbackKind::Compliment, 2, Channel::Survey),
        (FeedbackKind::Question, 1, Channel::Phone),
    ];
    for (i, (kind, w, channel)) in kinds.iter().enumerate() {
        d.fb(
            day + Duration::minutes(7 * i as i64),
            C::Record {
                kind: *kind,
                channel: *channel,
                category: "other".into(),
                words: String::new(),
                received: None,
                links: window(*w),
                contact: None,
            },
        );
    }
    let events: Vec<Recorded> = d.log.clone();
    let (staffing, served) = figures::served(&events);
    let (from, to) = (day - Duration::hours(1), day + Duration::hours(12));
    let f = figures::figures(&d.book, &staffing, &served, tz, from, to, GroupBy::Window);

    // The count, made here from the events themselves.
    let served_at = |w: u32| {
        events
            .iter()
            .filter(|r| matches!(&r.event, Event::TicketServed { window, .. } if window.0 == w))
            .count() as u64
    };
    let of = |kind: &str, w: Option<u32>| {
        events
            .iter()
            .filter(|r| match &r.event {
                Event::FeedbackRecorded {
                    kind: k,
                    channel,
                    links,
                    ..
                } => {
                    k.code() == kind
                        && *channel != Channel::MysteryShopper
                        && w.is_none_or(|w| links.window == Some(WindowId(w)))
                }
                _ => false,
            })
            .count() as u64
    };
    let scores: Vec<u8> = events
        .iter()
        .filter_map(|r| match &r.event {
            Event::CustomerRated { score, .. } => Some(*score),
            _ => None,
        })
        .collect();
    assert_eq!(f.total.served, served_at(1) + served_at(2));
    assert_eq!(f.total.served, 30);
    assert_eq!(f.total.complaints, of("complaint", None));
    assert_eq!(f.total.complaints, 2);
    assert_eq!(f.total.compliments, 3);
    let ratio = f.total.praise_per_complaint().unwrap_or_default();
    assert!((ratio - 1.5).abs() < 1e-9);
    let per_k = f.total.complaints_per_thousand().unwrap_or_default();
    assert!((per_k - 2.0 * 1000.0 / 30.0).abs() < 1e-9);
    let avg = f.total.average_rating().unwrap_or_default();
    let truth = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
    assert!((avg - truth).abs() < 1e-9);
    for (key, tally) in &f.rows {
        if let Key::Window(Some(w)) = key {
            assert_eq!(tally.served, served_at(w.0));
            assert_eq!(tally.complaints, of("complaint", Some(w.0)));
            assert_eq!(tally.compliments, of("compliment", Some(w.0)));
        }
    }
    // By staff: the windows' staff from the config, put down to each.
    let f = figures::figures(&d.book, &staffing, &served, tz, from, to, GroupBy::Staff);
    let anna = f
        .rows
        .iter()
        .find(|(k, _)| *k == Key::Staff(Some(StaffId("anna".into()))))
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    assert_eq!(anna.served, served_at(1));
    assert_eq!(anna.complaints, of("complaint", Some(1)));
    // Outside the period nothing counts.
    let f = figures::figures(
        &d.book,
        &staffing,
        &served,
        tz,
        to,
        to + Duration::days(1),
        GroupBy::Day,
    );
    assert_eq!(f.total, figures::Tally::default());
}

proptest! {
    /// A deadline is a local midnight, its last day is a working day, and
    /// exactly the limit's number of working days lie between the day of
    /// receipt and it, whatever the day, the hour and the season.
    #[test]
    fn deadlines_count_exactly_the_working_days(minutes in 0i64..(366 * 24 * 60), days in 0u32..12) {
        let tz = chrono_tz::Europe::Budapest;
        let cal = super::Calendar::default();
        let received = utc(2026, 1, 1, 0, 0) + Duration::minutes(minutes);
        let due = cal.deadline(tz, received, days);
        let local = due.with_timezone(&tz);
        prop_assert_eq!(local.time(), NaiveTime::MIN);
        let last = local.date_naive().pred_opt().unwrap_or_default();
        prop_assert!(cal.is_working(last));
        prop_assert!(local.hour() == 0 && local.minute() == 0);
        let got = received.with_timezone(&tz).date_naive();
        let mut n = 0;
        let mut day = got;
        while day < last {
            day = day.succ_opt().unwrap_or(last);
            if cal.is_working(day) {
                n += 1;
            }
        }
        if days == 0 {
            prop_assert!(last >= got && n <= 1);
        } else {
            prop_assert_eq!(n, days);
        }
        prop_assert!(due > received);
        prop_assert!(last.weekday().num_days_from_monday() < 5);
    }

    /// Whatever steps are tried in whatever order, the book's status follows
    /// the process: refused steps change nothing, an answered entry was
    /// acknowledged, and only open entries that expect an answer have a due.
    #[test]
    fn any_sequence_of_steps_keeps_the_process(steps in proptest::collection::vec(0u8..7, 1..40)) {
        let mut d = Desk::new();
        let t0 = utc(2026, 3, 2, 9, 0);
        let id = d.complaint(t0, "other", Links::default());
        for (i, s) in steps.iter().enumerate() {
            let at = t0 + Duration::hours(i as i64);
            let cmd = match s {
                0 => C::Acknowledge { entry: id },
                1 => C::Answer { entry: id, answer: "a".into() },
                2 => C::Close { entry: id, note: String::new() },
                3 => C::Reopen { entry: id, why: "w".into() },
                4 => C::Assign { entry: id, to: "Eva".into() },
                5 => C::Erase { entry: id },
                _ => C::Acknowledge { entry: FeedbackId(99) },
            };
            let before = d.book.clone();
            if d.try_fb(at, cmd, "p").is_err() {
                prop_assert_eq!(&d.book, &before);
            }
            let e = &d.book.entries[&id];
            if e.answered.is_some() {
                prop_assert!(e.acknowledged.is_some());
            }
            let due = e.due(&d.rules, d.hall.tz);
            prop_assert_eq!(due.is_none(), e.closed.is_some() || (e.answered.is_some() && d.rules.close_days.is_none()));
        }
    }
}

#[test]
fn a_complaint_not_about_a_break_gets_no_break_from_another_hour() {
    let (mut d, ten) = morning();
    d.hall(
        ten,
        Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: false,
        },
        None,
    );
    d.hall(
        ten + Duration::minutes(30),
        Command::EndBreak {
            window: WindowId(1),
        },
        None,
    );
    let later = ten + Duration::hours(2);
    let about = |about_a_break| About {
        ticket: None,
        window: Some(WindowId(1)),
        brk: None,
        at: later,
        about_a_break,
    };
    // "Waiting time" two hours after the break: the break is not its story.
    assert!(explain(&d.hall, &d.log, &about(false)).brk.is_none());
    // "Window closed in front of me": the morning's break is what it means.
    let cx = explain(&d.hall, &d.log, &about(true));
    assert_eq!(cx.brk.map(|b| b.window), Some(WindowId(1)));
}
