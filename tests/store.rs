//! The event log on a real SQLite file: what is acknowledged is there after a
//! reopen, refusals write nothing, snapshots give the same state as a full fold,
//! and a second handle sees the first one's writes.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::domain::*;
use frontdesk::store::{ExecError, Log, StoreError};

fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

fn open(path: &std::path::Path) -> Log {
    match Log::open(path, Hall::sample()) {
        Ok(l) => l,
        Err(e) => panic!("open {}: {e}", path.display()),
    }
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

#[test]
fn acknowledged_events_are_there_after_a_reopen() {
    let d = dir();
    let path = d.path().join("hall.sqlite");
    let mut log = open(&path);
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
    let log = open(&path);
    assert_eq!(log.last_seq(), seq);
    assert_eq!(log.state(), &live);
    let events = log.events(0, 100).unwrap_or_default();
    assert_eq!(events.len(), 3);
    assert!(events.windows(2).all(|w| w[0].seq + 1 == w[1].seq));
}

#[test]
fn a_refused_command_writes_nothing() {
    let d = dir();
    let mut log = open(&d.path().join("hall.sqlite"));
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

#[test]
fn snapshots_give_the_same_state_as_a_full_fold() {
    let d = dir();
    let path = d.path().join("hall.sqlite");
    let mut log = open(&path);
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
    let reopened = open(&path);
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

#[test]
fn a_second_handle_sees_the_first_ones_writes() {
    let d = dir();
    let path = d.path().join("hall.sqlite");
    let mut a = open(&path);
    let mut b = open(&path);
    run(&mut a, t(0), issue("A"));
    assert_eq!(b.refresh().ok(), Some(true));
    assert_eq!(b.state(), a.state());
    assert_eq!(b.refresh().ok(), Some(false), "nothing new, nothing to do");
    // b decides on the latest state: its ticket is A002, not a second A001.
    let r = run(&mut b, t(1), issue("A"));
    assert!(matches!(r[0].event, Event::TicketIssued { number: 2, .. }));
}

#[test]
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

#[test]
fn a_batch_is_written_whole_or_not_at_all() {
    let d = dir();
    let path = d.path().join("hall.sqlite");
    let mut log = open(&path);
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
    let log = open(&path);
    assert_eq!(log.last_seq(), before);
    assert_eq!(
        log.state().breaks.values().filter(|b| !b.cancelled).count(),
        2
    );
}
