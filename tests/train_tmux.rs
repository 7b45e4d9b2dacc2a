//! Trainer mode in a real terminal: tmux runs `frontdesk train` in a detached
//! window, the test reads the screen with `capture-pane` and plays the trainee
//! and the trainer with `send-keys`, at ×60 and with the step key, until the
//! debrief; then `frontdesk replay` plays the recorded log back to the same
//! debrief. Each tmux server is private and killed when its test ends. Without
//! tmux on PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command, quote};
use common::{Hall, run};
use std::time::Duration;

/// Long enough for the last simulated minutes to run out at ×60 on a slow box.
const TO_THE_END: Duration = Duration::from_secs(30);

/// Steps the paused clock a minute at a time until the screen shows `what`,
/// at most `max` minutes: a loaded machine may have let the clock run a few
/// minutes further before it was paused.
fn step_until(tmux: &Tmux, what: &str, max: usize, ok: impl Fn(&str) -> bool) -> String {
    for _ in 0..max {
        let screen = tmux.capture();
        if ok(&screen) {
            return screen;
        }
        let before = strip_time(&screen);
        tmux.keys(&["F4"]);
        tmux.wait_for("the clock to move on", |s| strip_time(s) != before || ok(s));
    }
    tmux.wait_for(what, ok)
}

/// The clock's reading on the trainer's strip, "HH:MM".
fn strip_time(screen: &str) -> String {
    screen
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .map(|t| t.chars().take(5).collect())
        .unwrap_or_default()
}

#[test]
fn a_scenario_plays_at_high_speed_to_its_debrief_and_replays() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let log = hall.data_dir().join("session.sqlite");
    let live = hall.data_dir().join("live.md");
    let args = format!(
        "--lang en train lunch-in-five --speed 1 --record {} --debrief {}",
        quote(&log.display().to_string()),
        quote(&live.display().to_string())
    );
    let tmux = Tmux::start("train", 100, 30, &pane_command(&hall, &args));

    // A frame may be caught half-drawn: what is checked is what is waited for.
    tmux.wait_for("the briefing", |s| {
        s.contains("Press Enter or F3 to start the clock.")
            && s.contains("Briefing")
            && s.contains("TRAINING")
            && s.contains("paused")
    });

    // Start the clock, then hold it and move it by the step key. At ×1 the
    // time a loaded machine takes between the two keys moves it by seconds,
    // not by the minutes that would pass the warning by.
    tmux.keys(&["F3"]);
    tmux.wait_for("the clock running", |s| s.contains("×1 ▶"));
    tmux.keys(&["F3"]);
    let screen = tmux.wait_for("the clock paused", |s| s.contains("×1 paused"));
    let start = strip_time(&screen);
    // The warning is due from 12:15 and must be given by 12:20.
    assert!(
        start.as_str() >= "12:05" && start.as_str() < "12:07",
        "{start}"
    );

    // The trainee serves the first customer and warns the queue in time.
    tmux.keys(&["s", "n"]);
    step_until(&tmux, "the warning due", 15, |s| {
        s.contains("WARN THE QUEUE NOW") && s.contains("Expected next")
    });
    tmux.keys(&["w"]);
    tmux.wait_for("the window closing", |s| {
        s.contains("CLOSING: serve up to") && s.contains("The queue at window 1 was warned")
    });

    // On to the protest: the scene line shows what the man says.
    step_until(&tmux, "the protest", 15, |s| {
        s.contains("▸") && s.contains("I've been standing here for ten minutes")
    });

    // Step on past the break, then let the clock run at ×60 to the end of the
    // session: the debrief.
    step_until(&tmux, "13:0x on the clock", 45, |s| {
        strip_time(s).starts_with("13:0")
    });
    tmux.keys(&["F6", "F6", "F6", "F6", "F6", "F6"]);
    tmux.wait_for("×60", |s| s.contains("×60 paused"));
    tmux.keys(&["F3"]);
    tmux.wait_within(TO_THE_END, "the debrief", |s| {
        s.contains("Debrief: “Lunch in five minutes”")
            && s.contains("── Timeline ──")
            && s.contains("Score: ")
            && s.contains("Warned the queue at least 10 minutes ahead: ✓")
    });
    tmux.keys(&["PgDn", "PgDn"]);
    tmux.wait_for("the debrief scrolled", |s| s.contains("The session ends."));

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
    // What it printed after leaving the screen, as the terminal received it
    // (on a loaded machine the dead pane's capture has been seen to miss one).
    let start = std::time::Instant::now();
    loop {
        let out = std::fs::read(tmux.output_path()).unwrap_or_default();
        let printed = String::from_utf8_lossy(&out).into_owned();
        let after = printed
            .rsplit("\u{1b}[?1049l")
            .next()
            .unwrap_or_default()
            .to_string();
        if after.contains("Session recorded in") && after.contains("Debrief written to") {
            break;
        }
        assert!(start.elapsed() < common::tmux::PATIENCE, "{after:?}");
        std::thread::sleep(Duration::from_millis(50));
    }

    // The recorded log gives the same debrief as the one written at the end.
    let replayed = hall.data_dir().join("replayed.md");
    run(hall.bare().args([
        "replay",
        &log.display().to_string(),
        "--debrief",
        &replayed.display().to_string(),
    ]))
    .ok();
    let a = std::fs::read_to_string(&live).unwrap_or_default();
    assert!(a.contains("## Timeline"), "{a}");
    assert_eq!(a, std::fs::read_to_string(&replayed).unwrap_or_default());

    // And plays back on the counter, at any speed, stepped to its debrief.
    let args = format!(
        "--lang en replay {} --speed 60",
        quote(&log.display().to_string())
    );
    let tmux = Tmux::start("replay", 100, 30, &pane_command(&hall, &args));
    tmux.wait_for("the replay", |s| {
        s.contains("REPLAY") && s.contains("Window 1") && s.contains("×60")
    });
    tmux.keys(&["F3"]);
    tmux.wait_for("the replay paused", |s| s.contains("paused"));
    tmux.keys(&vec!["F4"; 120]);
    tmux.wait_within(TO_THE_END, "the replay's debrief", |s| {
        s.contains("Debrief: ") && s.contains("Score: ")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn a_hall_log_replays_on_the_overview() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::at("2026-11-25T10:00:00+01:00");
    run(hall.cmd().args(["window", "open", "--window", "1"])).ok();
    run(hall
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "3"]))
    .ok();
    run(hall.cmd().args(["ticket", "call", "--window", "1"])).ok();
    let log = hall.log_path();
    let args = format!("--lang en replay {}", quote(&log.display().to_string()));
    let tmux = Tmux::start("replay-hall", 100, 30, &pane_command(&hall, &args));
    tmux.wait_for("the overview", |s| {
        s.contains("REPLAY") && s.contains("Windows") && s.contains("event ")
    });
    tmux.keys(&["F4", "F4", "F4", "F4", "F4", "F4"]);
    tmux.wait_for("the end of the log", |s| {
        s.contains("end of the log") && s.contains("A001")
    });
    // A window's number opens its counter; a command there changes nothing.
    tmux.keys(&["1"]);
    tmux.wait_for("the counter", |s| s.contains("At the window"));
    tmux.keys(&["n"]);
    tmux.wait_for("the read-only note", |s| s.contains("nothing is recorded"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("the overview again", |s| s.contains("Windows"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}
