//! The real overview screen in a real terminal: tmux runs the binary in a
//! detached window, the test reads the screen back with `capture-pane` and
//! types with `send-keys`. Each test has its own tmux server (`-L`, no user config), so
//! a user's own tmux is never touched, and the server is killed when the test
//! ends, pass or fail. Without tmux on PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, frontdesk_pid, have_tmux, pane_command};
use common::{Hall, run};
use std::process::Command;
use std::time::Duration;

/// The overview of `hall` as a shell command for a tmux pane.
fn overview_command(hall: &Hall) -> String {
    pane_command(hall, "--lang en")
}

/// The whole overview is on screen: a frame is written top to bottom, so the
/// footer on the last line shows that the first frame is complete.
fn overview_drawn(hall_name: &str) -> impl Fn(&str) -> bool + '_ {
    move |s: &str| s.contains(hall_name) && s.contains("Windows") && s.contains("q quit")
}

const HALL_NAME: &str = "Harbour Street Post Office";

/// The queue line of service `code` on the overview.
fn queue_line<'a>(screen: &'a str, code: &str) -> Option<&'a str> {
    let prefix = format!("{code} ");
    screen.lines().find(|l| l.starts_with(&prefix))
}

#[test]
fn the_overview_follows_other_terminals_and_quits_cleanly() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let tmux = Tmux::start("overview", 100, 30, &overview_command(&hall));
    let screen = tmux.wait_for("the overview", overview_drawn(HALL_NAME));
    assert!(screen.contains("Queues"), "{screen}");
    assert!(
        screen.contains("q quit"),
        "the footer shows the keys:\n{screen}"
    );
    assert_eq!(
        tmux.pane("alternate_on"),
        "1",
        "the overview draws on the alternate screen"
    );
    let line = queue_line(&screen, "A").unwrap_or_default();
    assert!(line.contains("nobody waiting"), "{screen}");

    // Another terminal issues a ticket; the screen shows it without a key press.
    let out = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).ok();
    assert_eq!(out, "Ticket A001 issued.\n");
    tmux.wait_for("the new ticket in the queue", |s| {
        queue_line(s, "A").is_some_and(|l| l.contains("1 person waiting"))
    });

    tmux.keys(&["?"]);
    tmux.wait_for("the help panel", |s| {
        s.contains("Keys") && s.contains("show or hide this help") && s.contains("next language")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help panel to close", |s| {
        !s.contains("Keys") && s.contains("Windows")
    });

    // The language key cycles the four languages; the headings follow.
    tmux.keys(&["l"]);
    tmux.wait_for("headings in another language", |s| {
        s.contains(HALL_NAME) && !s.contains(" Windows ") && !s.contains(" Queues ")
    });
    tmux.keys(&["l", "l", "l"]);
    tmux.wait_for("the English headings again", |s| {
        s.contains(" Windows ") && s.contains(" Queues ")
    });

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn a_standard_terminal_and_a_resize_while_running() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let tmux = Tmux::start("resize", 80, 24, &overview_command(&hall));
    let screen = tmux.wait_for("the overview at 80x24", overview_drawn(HALL_NAME));
    for part in ["Queues", "Breaks today", "q quit"] {
        assert!(screen.contains(part), "{part} missing at 80x24:\n{screen}");
    }
    assert!(screen.lines().all(|l| l.chars().count() <= 80));

    tmux.resize(200, 60);
    // The clock sits at the right edge of the title line: it moves with the edge.
    // The footer moves to the new last line: the whole frame was redrawn.
    tmux.wait_for("the overview redrawn at 200x60", |s| {
        overview_drawn(HALL_NAME)(s)
            && s.lines()
                .next()
                .is_some_and(|l| l.trim_end().chars().count() > 150)
            && s.lines().position(|l| l.contains("q quit")) == Some(59)
    });
    assert!(tmux.alive());
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn a_tiny_terminal_gets_a_notice_instead_of_a_crash() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let tmux = Tmux::start("tiny", 30, 8, &overview_command(&hall));
    // The notice wraps at 30 columns; read it as one text.
    let joined = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    tmux.wait_for("the too-small notice", |s| joined(s).contains("too small"));
    // A few redraws later (the clock ticks every second) it is still there.
    std::thread::sleep(Duration::from_millis(1200));
    assert!(tmux.alive(), "frontdesk died in a tiny terminal");
    assert!(joined(&tmux.capture()).contains("at least 40 columns by 10 rows"));

    // Made big enough, the overview appears.
    tmux.resize(100, 30);
    tmux.wait_for("the overview after growing", overview_drawn(HALL_NAME));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn sigterm_ends_the_overview_and_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let tmux = Tmux::start("sigterm", 100, 30, &overview_command(&hall));
    tmux.wait_for("the overview", overview_drawn(HALL_NAME));
    assert_eq!(tmux.pane("alternate_on"), "1");
    let pid = frontdesk_pid(&tmux.pane("pane_pid"));
    let status = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -TERM {pid} failed");
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

/// Closing the terminal (a window shut, an ssh session dropped) ends the screen
/// instead of leaving it spinning on a terminal nobody can see.
#[test]
fn a_closed_terminal_ends_the_screen() {
    use std::process::Command as Std;
    if Std::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let socket = format!("fd-gone-{}", std::process::id());
    let data = tempfile::tempdir().expect("tempdir");
    let home = tempfile::tempdir().expect("home");
    let cmd = format!(
        "exec env HOME={} {} --data-dir {} --lang en",
        home.path().display(),
        env!("CARGO_BIN_EXE_frontdesk"),
        data.path().display()
    );
    let tmux = |args: &[&str]| {
        Std::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux")
    };
    tmux(&["new-session", "-d", "-s", "g", "-x", "80", "-y", "24", &cmd]);
    let mut pid = String::new();
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let screen =
            String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "g"]).stdout).to_string();
        if screen.contains("Windows") {
            pid =
                String::from_utf8_lossy(&tmux(&["display", "-p", "-t", "g", "#{pane_pid}"]).stdout)
                    .trim()
                    .to_string();
            break;
        }
    }
    assert!(!pid.is_empty(), "the overview never came up");
    // The socket file outlives the server; it is ours, so it goes too.
    let socket_path = String::from_utf8_lossy(&tmux(&["display", "-p", "#{socket_path}"]).stdout)
        .trim()
        .to_string();
    tmux(&["kill-server"]);
    if socket_path.contains(&socket) {
        let _ = std::fs::remove_file(&socket_path);
    }
    let running = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| !s.contains(") Z"))
            .unwrap_or(false)
    };
    let mut gone = false;
    for _ in 0..40 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        if !running(&pid) {
            gone = true;
            break;
        }
    }
    if !gone {
        let _ = Std::new("kill").args(["-9", &pid]).status();
    }
    assert!(gone, "frontdesk kept running after its terminal closed");
}
