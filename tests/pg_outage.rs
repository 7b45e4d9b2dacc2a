//! The database server dies while tickets are being issued and a board and a
//! counter are open: every ticket a process printed is in the log, numbers stay
//! gap-free, commands end with exit 2 and one line, the screens show the
//! outage and refuse actions, and once the server is back they recover by
//! themselves. This binary has its own server, since it kills it.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command};
use common::{Hall, assert_contiguous, issued, issued_label, issued_numbers, labels_in, pg, run};
use std::collections::BTreeSet;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn events_in_database(hall: &Hall) -> usize {
    let id = &hall.db.as_ref().expect("a database hall").1;
    pg::server()
        .query(&format!("SELECT count(*) FROM \"fd_{id}\".events"))
        .first()
        .cloned()
        .flatten()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The waiting count for service A as `status --json` gives it.
fn waiting_a(hall: &Hall) -> u64 {
    let status: serde_json::Value =
        serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok()).expect("json");
    status["services"][0]["waiting"].as_u64().expect("waiting")
}

#[test]
fn killing_the_server_loses_no_printed_ticket_and_the_screens_recover() {
    let server = pg::server();
    let hall = Hall::postgres();
    run(hall.cmd().args(["window", "open", "--window", "1"])).ok();
    run(hall
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "3"]))
    .ok();

    let screens = have_tmux().then(|| {
        let board = Tmux::start("board", 100, 30, &pane_command(&hall, "board --lang en"));
        let counter = Tmux::start(
            "counter",
            100,
            30,
            &pane_command(&hall, "--lang en counter --window 1"),
        );
        board.wait_for("the board", |s| s.contains("Window 1"));
        counter.wait_for("the counter", |s| s.contains("Window 1"));
        (board, counter)
    });

    // Two terminals issuing as fast as they can.
    let issuers: Vec<Child> = (0..2)
        .map(|_| {
            hall.std_cmd()
                .args(["ticket", "issue", "--service", "A", "--count", "2000"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start frontdesk")
        })
        .collect();
    let start = Instant::now();
    while events_in_database(&hall) < 60 {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the issuers never got going"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill();

    let mut printed = Vec::new();
    for (i, child) in issuers.into_iter().enumerate() {
        let out = common::from_output(child.wait_with_output().expect("wait"));
        assert_eq!(out.code, 2, "issuer {i}: {out:?}");
        let line = common::one_line(&out.stderr);
        assert!(
            line.contains("cannot be reached") || line.contains("connection broke"),
            "{line}"
        );
        printed.extend(labels_in(&out.stdout));
    }
    assert!(!printed.is_empty(), "nothing was issued before the kill");

    // While it is down: one line, exit 2, for every command.
    let line = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).fails(2);
    assert!(line.contains("cannot be reached"), "{line}");
    assert!(!line.contains("password"), "{line}");

    if let Some((board, counter)) = &screens {
        let patience = Duration::from_secs(20);
        board.wait_within(patience, "the board's outage banner", |s| {
            s.contains("unreachable since") && s.contains("retrying")
        });
        counter.wait_within(patience, "the counter's outage banner", |s| {
            s.contains("unreachable since")
        });
        // An action is refused with the reason, nothing tried.
        counter.keys(&["n"]);
        counter.wait_within(patience, "the refusal", |s| s.contains("Not recorded"));
    }

    server.start_server();

    if let Some((board, counter)) = &screens {
        let patience = Duration::from_secs(20);
        board.wait_within(patience, "the board back", |s| !s.contains("retrying"));
        counter.wait_within(patience, "the counter back", |s| !s.contains("retrying"));
    }

    // Every ticket a terminal printed is in the log; the numbers have no gap
    // (a commit whose answer was lost may have landed unprinted: that is no gap).
    let events = hall.events();
    let logged: BTreeSet<String> = issued(&events).into_iter().map(issued_label).collect();
    let missing: Vec<&String> = printed.iter().filter(|l| !logged.contains(*l)).collect();
    assert!(
        missing.is_empty(),
        "printed but not in the log: {missing:?}"
    );
    let n = assert_contiguous(&issued_numbers(&events));

    // Writing works again, and carries on from the last number.
    let out = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).ok();
    assert_eq!(out, format!("Ticket A{:03} issued.\n", n + 1));

    if let Some((board, _counter)) = &screens {
        let waiting = waiting_a(&hall);
        board.wait_within(
            Duration::from_secs(20),
            "the board to show the new ticket",
            |s| s.contains(&format!("{waiting} waiting")),
        );
    }
}
