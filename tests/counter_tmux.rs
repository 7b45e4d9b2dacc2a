//! The real counter screen in a real terminal: tmux runs `frontdesk counter` in a
//! detached window, the test reads the screen back with `capture-pane`, types
//! with `send-keys`, and meanwhile acts on the same hall through the command
//! line, as a supervisor's terminal would. Each tmux server is private (`-L`, no
//! user config) and is killed when its test ends, pass or fail. Without tmux on
//! PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, frontdesk_pid, have_tmux, pane_command};
use common::{Hall, HallClock, cli, event_type, parse_json_lines};
use serde_json::Value;
use std::process::Command;
use std::time::Duration;

/// How long a test waits for another terminal's work to show: the common
/// patience. How fast a screen follows is measured by `frontdesk bench`,
/// not by a test's clock on a machine busy with other tests.
const PROMPT: Duration = common::tmux::PATIENCE;

/// The hall's clock starts here in every test: 10:00 in Budapest, a Wednesday.
const START: &str = "2026-11-25T10:00:00+01:00";

fn events(hall: &Hall, clock: &HallClock) -> Vec<Value> {
    parse_json_lines(&cli(hall, clock, &["log", "--json", "--limit", "100000"]))
}

fn status(hall: &Hall, clock: &HallClock) -> Value {
    let text = cli(hall, clock, &["status", "--json"]);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("status --json ({e}): {text}"))
}

/// `frontdesk counter --window N` for `hall` as a shell command for a tmux pane.
fn counter_command(hall: &Hall, window: u32) -> String {
    pane_command(
        hall,
        &format!("--lang en --now {START} counter --window {window}"),
    )
}

/// The whole counter is on screen: a frame is written top to bottom, so the
/// last button shows the first frame is complete.
fn counter_drawn(s: &str) -> bool {
    s.contains("Your line") && s.contains("[p] phrase language")
}

fn is_ticket(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() == 4
        && chars.all(|c| c.is_ascii_digit())
}

/// The ticket in the "At the window" box, if any: the box is the left one of
/// the row under the header and banner.
fn at_window(screen: &str) -> Option<String> {
    screen
        .lines()
        .filter_map(|l| l.strip_prefix('│'))
        .filter_map(|l| l.split('│').next())
        // The ticket leads the box's first line, its timer follows.
        .filter_map(|l| l.split_whitespace().next())
        .find(|w| is_ticket(w))
        .map(str::to_string)
}

/// The tickets shown in the "Your line" box, the right one beside it.
fn in_line(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| l.split_once("││").map(|(_, right)| right))
        .flat_map(|r| r.split(['│', ' ']))
        .map(|w| w.trim_end_matches('→'))
        .filter(|w| is_ticket(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_counter_calls_serves_and_warns_with_the_hall() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    let tmux = Tmux::start("calls", 80, 24, &counter_command(&hall, 1));
    let screen = tmux.wait_for("the counter", counter_drawn);
    assert!(screen.contains("This window is closed."), "{screen}");
    assert_eq!(tmux.pane("alternate_on"), "1");

    // The supervisor opens the windows and the ticket machine prints three.
    cli(&hall, &clock, &["window", "open", "--window", "1"]);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    let printed = cli(
        &hall,
        &clock,
        &["ticket", "issue", "--service", "A", "--count", "3"],
    );
    assert_eq!(common::labels_in(&printed), ["A001", "A002", "A003"]);
    tmux.wait_within(PROMPT, "the three in line", |s| {
        in_line(s) == ["A001", "A002", "A003"] && s.contains("State: open")
    });

    tmux.keys(&["n"]);
    let screen = tmux.wait_within(PROMPT, "A001 at the window", |s| {
        at_window(s).as_deref() == Some("A001")
    });
    assert!(
        screen.contains("A001, please come to window 1."),
        "the call is confirmed:\n{screen}"
    );
    assert_eq!(in_line(&screen), ["A002", "A003"]);

    tmux.keys(&["s"]);
    let screen = tmux.wait_within(PROMPT, "the service confirmed", |s| {
        s.contains("A001 served at window 1.")
    });
    assert_eq!(at_window(&screen), None, "{screen}");

    // A break planned for 12 minutes from the start, with two waiting: the
    // warning is due at once and the counter says so without a key press.
    cli(
        &hall,
        &clock,
        &[
            "break",
            "plan",
            "--window",
            "1",
            "--start",
            &clock.hhmm_after(12),
            "--minutes",
            "30",
        ],
    );
    let screen = tmux.wait_within(PROMPT, "the warning banner", |s| {
        s.contains("WARN THE QUEUE NOW")
    });
    assert!(
        screen.contains("your break starts at 10:12 and 2 customers are waiting"),
        "{screen}"
    );

    // w: the queue is warned, the cutoff is fixed and shown in place of the warning.
    tmux.keys(&["w"]);
    let screen = tmux.wait_within(PROMPT, "the closing banner", |s| {
        s.contains("CLOSING: serve up to A003")
    });
    assert!(!screen.contains("WARN THE QUEUE NOW"), "{screen}");
    assert!(
        screen.contains("closing at 10:12, last ticket A003"),
        "{screen}"
    );

    let log = events(&hall, &clock);
    let types: Vec<String> = log.iter().map(event_type).collect();
    for t in ["warning_given", "closing_started", "phrase_said"] {
        assert!(types.iter().any(|x| x == t), "no {t} in the log: {types:?}");
    }
    let said = log
        .iter()
        .find(|e| event_type(e) == "phrase_said")
        .map(|e| e["event"].clone())
        .unwrap_or_default();
    assert_eq!(said["phrase"], "warning", "{said}");
    assert_eq!(said["lang"], "en", "{said}");
    assert_eq!(said["window"], 1, "{said}");

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn two_counters_on_one_hall_agree() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "1"]);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    cli(
        &hall,
        &clock,
        &["ticket", "issue", "--service", "A", "--count", "6"],
    );
    let one = Tmux::start("one", 80, 24, &counter_command(&hall, 1));
    let two = Tmux::start("two", 80, 24, &counter_command(&hall, 2));
    let all: Vec<String> = (1..=6).map(|n| format!("A{n:03}")).collect();
    for t in [&one, &two] {
        t.wait_for("the whole line", |s| counter_drawn(s) && in_line(s) == all);
    }

    // Each call at one window takes the ticket off the other's line at once.
    let step = |at: &Tmux, other: &Tmux, key: &str, expect: Option<&str>| {
        at.keys(&[key]);
        let screen = at.wait_within(PROMPT, "the window's own answer", |s| {
            at_window(s).as_deref() == expect
        });
        if let Some(ticket) = expect {
            other.wait_within(PROMPT, "the other window's line to follow", |s| {
                !in_line(s).iter().any(|t| t == ticket)
            });
            assert!(!in_line(&screen).iter().any(|t| t == ticket), "{screen}");
        }
    };
    step(&one, &two, "n", Some("A001"));
    step(&two, &one, "n", Some("A002"));
    step(&one, &two, "s", None);
    step(&one, &two, "n", Some("A003"));
    step(&two, &one, "s", None);
    step(&two, &one, "n", Some("A004"));

    let screens = [one.capture(), two.capture()];
    let shown: Vec<Option<String>> = screens.iter().map(|s| at_window(s)).collect();
    assert_eq!(shown, [Some("A003".into()), Some("A004".into())]);
    for s in &screens {
        assert_eq!(in_line(s), ["A005", "A006"], "{s}");
    }

    // The hall's own record says the same as the two screens.
    let v = status(&hall, &clock);
    let serving: Vec<Option<String>> = v["windows"]
        .as_array()
        .map(|ws| {
            ws.iter()
                .map(|w| w["serving"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(serving[..2], shown[..], "status: {v}");
    assert_eq!(serving[2], None, "window 3 is closed: {v}");
    let mut at_windows: Vec<&String> = serving.iter().flatten().collect();
    at_windows.dedup();
    assert_eq!(at_windows.len(), 2, "a ticket at two windows: {v}");

    for t in [&one, &two] {
        t.keys(&["q"]);
        t.wait_for_exit();
    }
}

#[test]
fn the_counter_survives_any_terminal_size() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let joined = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let tmux = Tmux::start("sizes", 20, 5, &counter_command(&hall, 1));
    tmux.wait_for("the too-small notice", |s| {
        joined(s).contains("terminal is too small")
    });

    tmux.resize(300, 100);
    let screen = tmux.wait_for("the counter at 300x100", |s| {
        counter_drawn(s) && s.lines().count() >= 99
    });
    // The buttons sit on the last row: the whole frame was redrawn at the new size.
    let last = screen.lines().rfind(|l| !l.trim().is_empty());
    assert!(
        last.is_some_and(|l| l.contains("[n] next") && l.contains("[p] phrase language")),
        "{screen}"
    );

    tmux.resize(80, 24);
    let screen = tmux.wait_for("the counter at 80x24", |s| {
        counter_drawn(s)
            && s.lines()
                .nth(23)
                .is_some_and(|l| l.contains("[p] phrase language"))
    });
    assert!(screen.lines().all(|l| l.chars().count() <= 80));
    assert!(tmux.alive());
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn q_and_sighup_end_the_counter_and_restore_the_terminal() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let tmux = Tmux::start("quit", 80, 24, &counter_command(&hall, 1));
    tmux.wait_for("the counter", counter_drawn);
    // Esc at a counter opened on its own has nowhere to go back to.
    tmux.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(tmux.alive(), "Esc closed the counter");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();

    // The terminal window is closed under the cashier: SIGHUP.
    let tmux = Tmux::start("hangup", 80, 24, &counter_command(&hall, 1));
    tmux.wait_for("the counter", counter_drawn);
    assert_eq!(tmux.pane("alternate_on"), "1");
    let pid = frontdesk_pid(&tmux.pane("pane_pid"));
    let status = Command::new("kill")
        .args(["-HUP", &pid])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -HUP {pid} failed");
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
    // tmux does not always record the status of a pane that died this way; what
    // it must never show is that the signal killed the process unhandled.
    assert_eq!(
        tmux.pane("pane_dead_signal"),
        "",
        "killed by SIGHUP unhandled"
    );
    assert!(
        matches!(tmux.pane("pane_dead_status").as_str(), "0" | ""),
        "exit status after SIGHUP"
    );
}

#[test]
fn a_refused_warning_is_not_logged_as_said() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "1"]);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    cli(
        &hall,
        &clock,
        &["ticket", "issue", "--service", "A", "--count", "2"],
    );
    let tmux = Tmux::start("refused", 80, 24, &counter_command(&hall, 1));
    tmux.wait_for("the counter", |s| counter_drawn(s) && in_line(s).len() == 2);
    // No break is planned: there is nothing to warn about.
    tmux.keys(&["w"]);
    let screen = tmux.wait_within(PROMPT, "the refusal", |s| {
        s.contains("has no planned break coming up")
    });
    let types: Vec<String> = events(&hall, &clock).iter().map(event_type).collect();
    assert!(
        !types.iter().any(|t| t == "phrase_said"),
        "the log says the warning was said although it was refused: {types:?}\n{screen}"
    );
    assert!(
        !screen.contains("said “Warn the queue”"),
        "the screen confirms a warning it refused:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}
