//! Crash safety: a ticket the program has printed is on disk. A process issuing
//! tickets is killed outright (SIGKILL, no chance to clean up) at several points;
//! the log must still open, hold every ticket that was printed, and number them
//! without a gap or a repeat, and the next ticket must follow on.
//!
//! The hall's clock starts at a fixed morning (`--now`) and runs on at the real
//! pace, so no run straddles midnight, when the numbers restart.

mod common;

use common::{Hall, assert_contiguous, issued, issued_label, issued_numbers, labels_in, run};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

/// A Monday morning in the hall: hours from midnight either way.
const MORNING: &str = "2026-03-02T10:00:00+01:00";

/// Starts a long `ticket issue`, reads its output until `lines` tickets were
/// printed, kills it, and returns the labels it printed.
fn issue_and_kill(hall: &Hall, lines: usize) -> Vec<String> {
    let mut child = hall
        .std_cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "100000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start frontdesk");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut reader = BufReader::new(stdout);
    let mut printed = Vec::new();
    let mut line = String::new();
    while printed.len() < lines {
        line.clear();
        let n = reader.read_line(&mut line).expect("read a line");
        assert!(n > 0, "frontdesk stopped after {} tickets", printed.len());
        printed.extend(labels_in(&line));
    }
    // SIGKILL on unix: the process gets no chance to finish a write or tidy up.
    child.kill().expect("kill frontdesk");
    let status = child.wait().expect("reap frontdesk");
    assert!(!status.success(), "frontdesk finished before it was killed");
    printed
}

#[test]
fn a_killed_process_loses_no_printed_ticket_and_leaves_no_gap() {
    let hall = Hall::at(MORNING);
    let mut printed_all: Vec<String> = Vec::new();
    for kill_after in [50, 200, 500] {
        let printed = issue_and_kill(&hall, kill_after);
        assert!(printed.len() >= kill_after);
        printed_all.extend(printed);

        // The log opens cleanly after the crash.
        let out = run(hall.cmd().args(["log", "--json", "--limit", "1000000"]));
        assert_eq!(
            out.code, 0,
            "the log does not open after a crash: {}",
            out.stderr
        );
        let events = common::parse_json_lines(&out.stdout);
        let logged: BTreeSet<String> = issued(&events).into_iter().map(issued_label).collect();
        let lost: Vec<&String> = printed_all
            .iter()
            .filter(|l| !logged.contains(*l))
            .collect();
        assert!(
            lost.is_empty(),
            "printed but not in the log after a kill at {kill_after}: {lost:?}"
        );

        let numbers = issued_numbers(&events);
        let n = assert_contiguous(&numbers);
        // Sequence numbers too: the log itself has no hole where the kill hit.
        for (i, e) in events.iter().enumerate() {
            assert_eq!(
                e["seq"],
                i as u64 + 1,
                "sequence gap after a kill at {kill_after}"
            );
        }

        // The next ticket follows on from the last one recorded.
        let out = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).ok();
        assert_eq!(out, format!("Ticket A{:03} issued.\n", n + 1));
        printed_all.push(format!("A{:03}", n + 1));
    }
    let numbers = issued_numbers(&hall.events());
    assert_contiguous(&numbers);
    assert!(numbers.len() >= 753, "{} tickets", numbers.len());
}
