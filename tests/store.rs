//! The event log on both of its homes, a real SQLite file and a hall in a real
//! PostgreSQL server: what is acknowledged is there after a reopen, refusals
//! write nothing, snapshots give the same state as a full fold, a second
//! handle sees the first one's writes, batches land whole or not at all, and
//! writers at once never hand out a number twice. Each test runs on both.

mod common;

use chrono::{Duration, TimeZone, Utc};
use frontdesk::domain::*;
use frontdesk::store::pgconn::Target;
use frontdesk::store::{ExecError, Location, Log, StoreError};

/// Where one test's log lives; the directory or hall is its own.
struct Home {
    _dir: tempfile::TempDir,
    location: Location,
}

impl Home {
    fn sqlite() -> Home {
        let d = dir();
        let location = Location::File(d.path().join("hall.sqlite"));
        Home { _dir: d, location }
    }

    fn postgres() -> Home {
        let url = common::pg::server().url();
        Home {
            _dir: dir(),
            location: Location::Postgres {
                target: Target::parse(&url).unwrap_or_else(|e| panic!("{e}")),
                hall: common::pg::fresh_hall("store"),
            },
        }
    }

    fn open(&self) -> Log {
        match Log::open_at(&self.location, Hall::sample(), None) {
            Ok(l) => l,
            Err(e) => panic!("open {}: {e}", self.location.shown()),
        }
    }
}

/// Each test body below, once on SQLite and once on PostgreSQL.
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name(&super::Home::sqlite()); })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name(&super::Home::postgres()); })*
        }
    };
}

on_both!(
    acknowledged_events_are_there_after_a_reopen,
    a_refused_command_writes_nothing,
    snapshots_give_the_same_state_as_a_full_fold,
    a_second_handle_sees_the_first_ones_writes,
    a_batch_is_written_whole_or_not_at_all,
    writers_at_once_hand_out_each_number_once,
    the_log_names_old_tickets_and_breaks,
);

fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

fn run(log: &mut Log, at: Instant, cmd: Command) -> Vec<Recorded> {
    match log.execute(&cmd, at, None, "test") {
        Ok(r) => r,
        Err(e) => panic!("{cmd:?}: {e}"),
    }
}

fn issue(service: &str) -> Command {
    Command::IssueTicket {
        service: ServiceCode::new(service),
        window: None,
    }
}

fn dir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("tempdir: {e}"),
    }
}

fn acknowledged_events_are_there_after_a_reopen(home: &Home) {
    let mut log = home.open();
    run(
        &mut log,
        t(0),
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
    );
    run(&mut log, t(1), issue("A"));
    run(
        &mut log,
        t(2),
        Command::CallNext {
            window: WindowId(1),
        },
    );
    let live = log.state().clone();
    let seq = log.last_seq();
    drop(log);
    let log = home.open();
    assert_eq!(log.last_seq(), seq);
    assert_eq!(log.state(), &live);
    let events = log.events(0, 100).unwrap_or_default();
    assert_eq!(events.len(), 3);
    assert!(events.windows(2).all(|w| w[0].seq + 1 == w[1].seq));
}

fn a_refused_command_writes_nothing(home: &Home) {
    let mut log = home.open();
    run(&mut log, t(0), issue("A"));
    let before = log.last_seq();
    let r = log.execute(
        &Command::Serve {
            window: WindowId(1),
        },
        t(1),
        None,
        "test",
    );
    assert!(matches!(r, Err(ExecError::Refused(Refusal::NotServing(_)))));
    assert_eq!(log.last_seq(), before);
    assert_eq!(log.events(0, 100).map(|e| e.len()).unwrap_or(0), 1);
}

fn snapshots_give_the_same_state_as_a_full_fold(home: &Home) {
    let mut log = home.open();
    run(
        &mut log,
        t(0),
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
    );
    // Enough events to cross several snapshot points, over two business days.
    for i in 0..1500 {
        let at = t(i);
        run(&mut log, at, issue("A"));
        run(
            &mut log,
            at,
            Command::CallNext {
                window: WindowId(1),
            },
        );
        run(
            &mut log,
            at,
            Command::Serve {
                window: WindowId(1),
            },
        );
    }
    let live = log.state().clone();
    drop(log);
    let reopened = home.open();
    assert_eq!(reopened.state(), &live, "snapshot + tail");
    let all = reopened.events(0, usize::MAX >> 1).unwrap_or_default();
    let folded = State::fold(all.iter().map(|r| (r.at, &r.event)));
    assert_eq!(folded, live, "full fold");
    // Local midnight comes 14 hours (840 minutes) after 10:00: numbers restarted then.
    assert_eq!(
        live.last_number.get(&ServiceCode::new("A")).copied(),
        Some(1500 - 840)
    );
}

fn a_second_handle_sees_the_first_ones_writes(home: &Home) {
    let mut a = home.open();
    let mut b = home.open();
    run(&mut a, t(0), issue("A"));
    // A database's notification may take a moment to arrive.
    let mut seen = false;
    for _ in 0..200 {
        if b.refresh().unwrap_or(false) {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(seen, "the second handle never saw the write");
    assert_eq!(b.state(), a.state());
    assert_eq!(b.refresh().ok(), Some(false), "nothing new, nothing to do");
    // b decides on the latest state: its ticket is A002, not a second A001.
    let r = run(&mut b, t(1), issue("A"));
    assert!(matches!(r[0].event, Event::TicketIssued { number: 2, .. }));
}

fn a_file_that_is_not_a_log_is_refused_untouched() {
    let d = dir();
    let path = d.path().join("hall.sqlite");
    let garbage = b"this is a shopping list, not a database\n".repeat(50);
    let _ = std::fs::write(&path, &garbage);
    let r = Log::open(&path, Hall::sample());
    assert!(matches!(r, Err(StoreError::NotADatabase { .. })));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), garbage);
    assert!(!d.path().join("hall.sqlite-wal").exists());
}

fn a_batch_is_written_whole_or_not_at_all(home: &Home) {
    let mut log = home.open();
    let plan = |w: u32, start: i64| Command::PlanBreak {
        window: WindowId(w),
        start: t(start),
        end: t(start + 30),
        staff: None,
    };
    // The second break depends on the first being gone: cancel, then plan.
    run(&mut log, t(0), plan(1, 60));
    let batch = [
        Command::CancelBreak { brk: BreakId(1) },
        plan(2, 60),
        plan(1, 120),
    ];
    let written = log.execute_all(&batch, t(1), None, "test");
    let written = written.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(written.len(), 3);
    assert!(written.windows(2).all(|w| w[0].seq + 1 == w[1].seq));
    let before = log.last_seq();
    // The last one overlaps window 2's break just planned: nothing of the batch lands.
    let refused = log.execute_all(&[plan(3, 200), plan(2, 70)], t(2), None, "test");
    assert!(matches!(
        refused,
        Err(ExecError::Refused(Refusal::BreakOverlaps(_)))
    ));
    assert_eq!(log.last_seq(), before);
    assert!(!log.state().breaks.values().any(|b| b.window == WindowId(3)));
    drop(log);
    let log = home.open();
    assert_eq!(log.last_seq(), before);
    assert_eq!(
        log.state().breaks.values().filter(|b| !b.cancelled).count(),
        2
    );
}

fn writers_at_once_hand_out_each_number_once(home: &Home) {
    // Four handles, as four terminals, each in its own thread.
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let mut log = home.open();
            std::thread::spawn(move || {
                (0..40)
                    .map(|i| match run(&mut log, t(i), issue("A"))[0].event {
                        Event::TicketIssued { number, .. } => number,
                        _ => 0,
                    })
                    .collect::<Vec<u32>>()
            })
        })
        .collect();
    let mut numbers: Vec<u32> = threads
        .into_iter()
        .flat_map(|h| h.join().unwrap_or_default())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=160).collect::<Vec<u32>>());
    let log = home.open();
    let seqs: Vec<u64> = log
        .events(0, 1000)
        .unwrap_or_default()
        .iter()
        .map(|r| r.seq)
        .collect();
    assert_eq!(seqs, (1..=160).collect::<Vec<u64>>(), "gap-free sequence");
}

fn the_log_names_old_tickets_and_breaks(home: &Home) {
    let mut log = home.open();
    run(&mut log, t(0), issue("B"));
    run(
        &mut log,
        t(1),
        Command::PlanBreak {
            window: WindowId(2),
            start: t(60),
            end: t(90),
            staff: None,
        },
    );
    for i in 0..5 {
        run(&mut log, t(2 + i), issue("A"));
    }
    let ticket = log.ticket_issue(TicketId(1)).ok().flatten();
    assert!(matches!(
        ticket.map(|r| r.event),
        Some(Event::TicketIssued { number: 1, .. })
    ));
    let brk = log.break_plan(BreakId(1)).ok().flatten();
    assert_eq!(brk.map(|r| r.seq), Some(2));
    assert_eq!(log.ticket_issue(TicketId(99)).ok().flatten(), None);
    let issued = log
        .events_of(&["ticket_issued"], 0, 100)
        .unwrap_or_default();
    assert_eq!(issued.len(), 6);
    let history = log.ticket_history(t(3), t(5)).unwrap_or_default();
    assert_eq!(history.len(), 2);
    assert_eq!(log.tail(2).unwrap_or_default().len(), 2);
}

#[test]
fn a_file_that_is_not_a_log_is_refused_untouched_sqlite() {
    a_file_that_is_not_a_log_is_refused_untouched();
}
