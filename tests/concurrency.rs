//! Several terminals of one hall write the same log at once: ticket numbers must
//! stay unique and gap-free, and no customer may be called to two windows.
//!
//! The hall's clock starts at a fixed morning (`--now`) and runs on at the real
//! pace, so no run straddles midnight, when ticket numbers restart.

mod common;

use common::{Hall, assert_contiguous, issued, issued_label, issued_numbers, labels_in, run};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

/// A Monday morning in the hall: hours from midnight either way.
const MORNING: &str = "2026-03-02T10:00:00+01:00";

#[test]
fn four_processes_issuing_at_once_hand_out_each_number_once() {
    let hall = Hall::at(MORNING);
    // Spawn all four before waiting for any, so that they really overlap.
    let children: Vec<Child> = (0..4)
        .map(|_| {
            hall.std_cmd()
                .args(["ticket", "issue", "--service", "A", "--count", "250"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start frontdesk")
        })
        .collect();
    let mut printed: Vec<String> = Vec::new();
    for (i, child) in children.into_iter().enumerate() {
        let out = common::from_output(child.wait_with_output().expect("wait"));
        assert_eq!(out.code, 0, "process {i} failed: {}", out.stderr);
        let labels = labels_in(&out.stdout);
        assert_eq!(
            labels.len(),
            250,
            "process {i} printed {} tickets",
            labels.len()
        );
        printed.extend(labels);
    }

    let events = hall.events();
    let numbers = issued_numbers(&events);
    assert_eq!(numbers.len(), 1000);
    assert_eq!(assert_contiguous(&numbers), 1000);
    let logged: BTreeSet<String> = issued(&events).into_iter().map(issued_label).collect();
    let printed_set: BTreeSet<String> = printed.iter().cloned().collect();
    assert_eq!(
        printed_set.len(),
        1000,
        "two processes printed the same ticket"
    );
    assert_eq!(
        printed_set, logged,
        "what was printed is not what was logged"
    );
    // Ticket ids in the log are unique too, not only the printed numbers.
    let ids: BTreeSet<u64> = issued(&events)
        .iter()
        .map(|e| e["event"]["ticket"].as_u64().expect("ticket id"))
        .collect();
    assert_eq!(ids.len(), 1000);

    // A fresh process, starting from the state snapshot the store takes every
    // 1000 events, carries on with the next number.
    let out = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).ok();
    assert_eq!(out, "Ticket A1001 issued.\n");
}

/// One cashier's terminal: call and serve at `window` until the queue is empty.
/// Returns the tickets it called.
fn cashier(hall: &Hall, window: u32) -> Vec<String> {
    let w = window.to_string();
    let mut called = Vec::new();
    loop {
        let out = run(hall.cmd().args(["ticket", "call", "--window", &w]));
        match out.code {
            0 => {
                let label = out
                    .stdout
                    .strip_suffix(&format!(", please come to window {w}.\n"))
                    .unwrap_or_else(|| panic!("unexpected call output: {:?}", out.stdout))
                    .to_string();
                called.push(label);
                run(hall.cmd().args(["ticket", "serve", "--window", &w])).ok();
            }
            1 if out.stderr.contains("Nobody is waiting") => return called,
            _ => panic!("window {w}: call failed: {out:?}"),
        }
    }
}

#[test]
fn two_windows_calling_at_once_never_call_the_same_customer() {
    let hall = Hall::at(MORNING);
    for w in ["1", "2"] {
        run(hall.cmd().args(["window", "open", "--window", w])).ok();
    }
    run(hall
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "40"]))
    .ok();

    let done = AtomicBool::new(false);
    let (one, two, looks) = std::thread::scope(|s| {
        let one = s.spawn(|| cashier(&hall, 1));
        let two = s.spawn(|| cashier(&hall, 2));
        // A supervisor's screen reads the hall meanwhile; it must never see one
        // customer at two windows.
        let watcher = s.spawn(|| {
            let mut looks = 0;
            while !done.load(Ordering::Relaxed) {
                let status: Value =
                    serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok())
                        .expect("json");
                let serving: Vec<&str> = status["windows"]
                    .as_array()
                    .expect("windows")
                    .iter()
                    .filter_map(|w| w["serving"].as_str())
                    .collect();
                let distinct: BTreeSet<&&str> = serving.iter().collect();
                assert_eq!(
                    distinct.len(),
                    serving.len(),
                    "one customer at two windows: {status}"
                );
                looks += 1;
            }
            looks
        });
        let one = one.join().expect("window 1");
        let two = two.join().expect("window 2");
        done.store(true, Ordering::Relaxed);
        (one, two, watcher.join().expect("watcher"))
    });
    assert!(
        looks > 0,
        "the status was never read while the windows worked"
    );

    let mut all: Vec<&String> = one.iter().chain(&two).collect();
    all.sort();
    let distinct: BTreeSet<&String> = all.iter().copied().collect();
    assert_eq!(
        distinct.len(),
        all.len(),
        "a ticket was called twice: {one:?} / {two:?}"
    );
    assert_eq!(all.len(), 40, "every customer is called once");
    // Both windows got a share; otherwise the test did not interleave anything.
    assert!(!one.is_empty() && !two.is_empty(), "{one:?} / {two:?}");

    // The log agrees with what the terminals printed.
    let events = hall.events();
    let mut calls: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    for e in events
        .iter()
        .filter(|e| e["event"]["type"] == "ticket_called")
    {
        let ticket = e["event"]["ticket"].as_u64().expect("ticket");
        let window = e["event"]["window"].as_u64().expect("window");
        calls.entry(ticket).or_default().push(window);
    }
    assert_eq!(calls.len(), 40);
    assert!(
        calls.values().all(|w| w.len() == 1),
        "a ticket was called twice: {calls:?}"
    );
    let served = events
        .iter()
        .filter(|e| e["event"]["type"] == "ticket_served")
        .count();
    assert_eq!(served, 40);

    // And so does the status: nobody waiting, nobody at a window.
    let status: Value =
        serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok()).expect("json");
    assert_eq!(status["services"][0]["waiting"], 0, "{status}");
    for w in status["windows"].as_array().expect("windows") {
        assert_eq!(w["serving"], Value::Null, "{w}");
        assert_eq!(w["queue"], 0, "{w}");
    }
}
