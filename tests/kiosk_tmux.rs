//! The real kiosk in a real terminal: tmux runs `frontdesk kiosk` on the kiosk
//! fixture hall beside a counter and the board, the test touches it (a mouse
//! click, as a touch screen sends) and presses keys, and reads every screen
//! back with `capture-pane`. It waits for each thing to show rather than
//! timing it. Without tmux on PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command};
use common::{Hall, HallClock, cli, event_type, parse_json_lines};
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

/// 10:00 in Budapest, a Wednesday.
const START: &str = "2026-11-25T10:00:00+01:00";

/// The kiosk fixture with `printer` set, in `dir`.
fn kiosk_hall(dir: &Path, printer: &str) -> Hall {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kiosk.toml");
    let text = std::fs::read_to_string(src).expect("fixture");
    let text = text.replace("[kiosk]\n", &format!("[kiosk]\nprinter = {printer}\n"));
    let path = dir.join("hall.toml");
    std::fs::write(&path, text).expect("write config");
    Hall {
        config: path,
        ..Hall::new()
    }
}

fn events(hall: &Hall, clock: &HallClock) -> Vec<Value> {
    parse_json_lines(&cli(hall, clock, &["log", "--json", "--limit", "100000"]))
}

fn issued(hall: &Hall, clock: &HallClock) -> Vec<Value> {
    events(hall, clock)
        .into_iter()
        .filter(|e| event_type(e) == "ticket_issued")
        .collect()
}

fn open_all(hall: &Hall, clock: &HallClock) {
    for w in ["1", "2", "3", "4"] {
        cli(hall, clock, &["window", "open", "--window", w]);
    }
}

fn kiosk(hall: &Hall, name: &str) -> Tmux {
    let tmux = Tmux::start(
        name,
        80,
        24,
        &pane_command(hall, &format!("--now {START} kiosk")),
    );
    tmux.wait_for("the kiosk", |s| {
        s.contains("Pensions") && s.contains("Українська")
    });
    tmux
}

/// The row and column where `text` is on the screen.
fn place(screen: &str, text: &str) -> (u16, u16) {
    screen
        .lines()
        .enumerate()
        .find_map(|(y, l)| {
            l.find(text)
                .map(|b| (l[..b].chars().count() as u16, y as u16))
        })
        .unwrap_or_else(|| panic!("{text} is not on the screen:\n{screen}"))
}

/// A left click (a touch) at a cell, as an xterm reports it in SGR mode.
fn touch(tmux: &Tmux, column: u16, row: u16) {
    let press = format!("\x1b[<0;{};{}M", column + 1, row + 1);
    let release = format!("\x1b[<0;{};{}m", column + 1, row + 1);
    tmux.keys(&["-l", &press]);
    tmux.keys(&["-l", &release]);
}

/// Waits until the log holds `n` tickets, or fails with what it holds.
fn wait_for_tickets(hall: &Hall, clock: &HallClock, n: usize) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let got = issued(hall, clock);
        if got.len() >= n {
            return got;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "waited for {n} tickets, got {got:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_press_issues_exactly_one_ticket_which_the_counter_and_the_board_show() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let paper = dir.path().join("tickets.bin");
    let hall = kiosk_hall(dir.path(), &format!("{:?}", paper.display().to_string()));
    let clock = HallClock::new(START);
    open_all(&hall, &clock);
    let board = Tmux::start(
        "board",
        100,
        30,
        &pane_command(&hall, &format!("--lang en --now {START} board")),
    );
    board.wait_for("the board", |s| {
        s.contains("Window 1 open") && s.contains("Letters and parcels")
    });
    let counter = Tmux::start(
        "counter",
        80,
        24,
        &pane_command(
            &hall,
            &format!("--lang en --now {START} counter --window 1"),
        ),
    );
    counter.wait_for("the counter", |s| {
        s.contains("Your line") && s.contains("[p] phrase language")
    });
    let kiosk = kiosk(&hall, "kiosk");

    // A customer touches Letters and parcels twice in a hurry.
    let screen = kiosk.capture();
    let (x, y) = place(&screen, "Letters and parcels");
    touch(&kiosk, x, y);
    touch(&kiosk, x, y);
    let shown = kiosk.wait_for("the ticket", |s| s.contains("Your ticket"));
    assert!(shown.contains("Nobody is ahead of you."), "{shown}");
    let tickets = wait_for_tickets(&hall, &clock, 1);
    // The second touch may still be on its way: give it time to do harm.
    std::thread::sleep(Duration::from_millis(500));
    let tickets_now = issued(&hall, &clock);
    assert_eq!(
        tickets_now.len(),
        1,
        "one press, one ticket: {tickets_now:?}"
    );
    assert_eq!(tickets[0]["origin"], "door", "{}", tickets[0]);
    assert_eq!(common::issued_label(&tickets[0]), "A001");

    // The cashier's line and the board show it.
    counter.wait_for("the ticket in the line", |s| s.contains("A001"));
    board.wait_for("one waiting", |s| {
        s.contains("Letters and parcels · 1 waiting")
    });
    // Printed to the file, as ESC/POS.
    let start = Instant::now();
    while std::fs::read(&paper).unwrap_or_default().is_empty()
        && start.elapsed() < Duration::from_secs(5)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    let bytes = std::fs::read(&paper).unwrap_or_default();
    assert!(bytes.starts_with(b"\x1b@"), "{bytes:02x?}");
    assert!(bytes.windows(4).any(|w| w == b"A001"), "{bytes:02x?}");
    kiosk.wait_for("the paper", |s| {
        s.contains("Please take your printed ticket.")
    });

    // A key works too, after the guard: "2" is Letters' neighbour, Bills,
    // whose only window is open now.
    std::thread::sleep(Duration::from_millis(1600));
    kiosk.keys(&["Escape"]);
    kiosk.wait_for("the buttons back", |s| s.contains("Pensions"));
    kiosk.keys(&["2"]);
    kiosk.wait_for("the second ticket", |s| {
        s.contains("Bills and payments") && s.contains("Your ticket")
    });
    let tickets = wait_for_tickets(&hall, &clock, 2);
    assert_eq!(common::issued_label(&tickets[1]), "B001");

    // The customer cannot leave; the key sequence of the config does.
    kiosk.keys(&["q", "Escape", "C-c"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(kiosk.alive(), "the kiosk ended on a customer's key");
    kiosk.keys(&["*", "#", "*"]);
    kiosk.wait_for_exit();
    kiosk.assert_terminal_restored();
    counter.keys(&["q"]);
    board.keys(&["q"]);
}

#[test]
fn a_failing_printer_is_shown_on_the_kiosk_and_the_overview_and_the_ticket_stays() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = kiosk_hall(
        dir.path(),
        r#"["sh", "-c", "cat > /dev/null; echo 'tickets: out of paper' >&2; exit 1"]"#,
    );
    let clock = HallClock::new(START);
    open_all(&hall, &clock);
    let kiosk = kiosk(&hall, "failing");
    kiosk.keys(&["1"]);
    let screen = kiosk.wait_for("the printer's failure", |s| {
        s.contains("The printer is not working: please remember your number.")
    });
    assert!(screen.contains("Your ticket"), "{screen}");
    let tickets = wait_for_tickets(&hall, &clock, 1);
    assert_eq!(common::issued_label(&tickets[0]), "A001");
    let start = Instant::now();
    let failed = loop {
        let found: Vec<Value> = events(&hall, &clock)
            .into_iter()
            .filter(|e| event_type(e) == "printer_failed")
            .collect();
        if !found.is_empty() || start.elapsed() > Duration::from_secs(10) {
            break found;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["origin"], "door");
    assert_eq!(
        failed[0]["event"]["error"],
        "sh exited with 1: tickets: out of paper"
    );
    // The ticket is valid: a window calls it.
    let called = cli(&hall, &clock, &["ticket", "call", "--window", "1"]);
    assert!(called.contains("A001"), "{called}");

    // The supervisor sees it on the overview.
    let overview = Tmux::start(
        "overview",
        100,
        30,
        &pane_command(&hall, &format!("--lang en --now {START}")),
    );
    overview.wait_for("the printer alert", |s| {
        s.contains("Kiosk door: the ticket printer has failed since 10:00")
    });
    overview.keys(&["q"]);
    // A second failure with the same error is not news: one event in the log.
    // (Past the double-press guard, Esc puts the ticket away.)
    std::thread::sleep(Duration::from_millis(1600));
    kiosk.keys(&["Escape"]);
    kiosk.wait_for("the buttons back", |s| s.contains("Pensions"));
    kiosk.keys(&["1"]);
    wait_for_tickets(&hall, &clock, 2);
    std::thread::sleep(Duration::from_millis(500));
    let failures = events(&hall, &clock)
        .into_iter()
        .filter(|e| event_type(e) == "printer_failed")
        .count();
    assert_eq!(failures, 1);
    kiosk.keys(&["*", "#", "*"]);
    kiosk.wait_for_exit();
}

#[test]
fn an_unplugged_printer_is_shown_from_the_start_and_tickets_are_still_given() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = kiosk_hall(dir.path(), "\"/dev/usb/frontdesk-test-unplugged\"");
    let clock = HallClock::new(START);
    open_all(&hall, &clock);
    let kiosk = kiosk(&hall, "unplugged");
    kiosk.wait_for("the printer's state", |s| {
        s.contains("The printer is not working: please remember your number.")
    });
    let failed: Vec<Value> = events(&hall, &clock)
        .into_iter()
        .filter(|e| event_type(e) == "printer_failed")
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(
        failed[0]["event"]["error"],
        "/dev/usb/frontdesk-test-unplugged: not found"
    );
    kiosk.keys(&["3"]);
    let screen = kiosk.wait_for("the ticket", |s| s.contains("Your ticket"));
    assert!(screen.contains("Pensions"), "{screen}");
    assert_eq!(
        common::issued_label(&wait_for_tickets(&hall, &clock, 1)[0]),
        "C001"
    );
    kiosk.keys(&["*", "#", "*"]);
    kiosk.wait_for_exit();
}
