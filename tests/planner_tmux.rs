//! The real planner in a real terminal: tmux runs `frontdesk plan`, the test
//! moves a break with the keys a supervisor would press and reads the forecast
//! row change on screen, writes the plan, and finds it in the log; a change
//! another terminal makes shows without a key. Without tmux the tests say so
//! and pass.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command};
use common::{Hall, run};
use std::path::Path;
use std::time::Duration;

/// 08:00 in Budapest on a Wednesday; the screen's clock runs on from here.
const START: &str = "2026-11-25T08:00:00+01:00";

fn planner_hall() -> Hall {
    Hall {
        config: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/planner.toml"),
        ..Hall::at(START)
    }
}

fn plan_command(hall: &Hall) -> String {
    pane_command(hall, &format!("--lang en --now {START} plan"))
}

/// The whole planner is on screen once its last button is drawn.
fn drawn(s: &str) -> bool {
    s.contains("Forecast: mean wait per service") && s.contains("[?] keys")
}

fn row<'a>(screen: &'a str, prefix: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no row {prefix:?} on\n{screen}"))
}

#[test]
fn moving_a_break_changes_the_forecast_on_screen_and_writing_it_lands_in_the_log() {
    if !have_tmux() {
        return;
    }
    let hall = planner_hall();
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "2",
        "--start",
        "12:00",
        "--minutes",
        "30",
    ]))
    .ok();
    let tmux = Tmux::start("plan", 100, 30, &plan_command(&hall));
    let screen = tmux.wait_for("the planner", drawn);
    let before = row(&screen, "A Letters").to_string();
    assert!(
        screen.contains("The plan is as the log has it."),
        "{screen}"
    );

    // Select the break and take it an hour later, out of the midday rush.
    tmux.keys(&["n"]);
    tmux.wait_for("the break selected", |s| {
        s.contains("#1   12:00–12:30 · Window 2")
    });
    tmux.keys(&["S-Right", "S-Right"]);
    let screen = tmux.wait_for("the forecast row to change", |s| {
        drawn(s) && row(s, "A Letters") != before && s.contains("13:00–13:30 · Window 2")
    });
    assert!(screen.contains("1 change not written yet"), "{screen}");

    tmux.keys(&["w"]);
    tmux.wait_for("the plan written", |s| s.contains("The plan is written"));
    let list = run(hall.cmd().args(["break", "list"])).ok();
    assert!(list.contains("#1   13:00–13:30  Window 2"), "{list}");

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn another_terminals_change_shows_without_a_key() {
    if !have_tmux() {
        return;
    }
    let hall = planner_hall();
    let tmux = Tmux::start("live", 100, 30, &plan_command(&hall));
    tmux.wait_for("the planner", drawn);
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "3",
        "--start",
        "13:00",
        "--minutes",
        "30",
    ]))
    .ok();
    tmux.wait_within(Duration::from_secs(2), "the new break", |s| {
        s.contains("#1   13:00–13:30 · Window 3")
    });
    // The request another terminal makes shows on the live hall.
    for w in ["1", "2", "3"] {
        run(hall.cmd().args(["window", "open", "--window", w])).ok();
    }
    run(hall
        .cmd()
        .args(["break", "request", "--window", "1", "--reason", "personal"]))
    .ok();
    tmux.keys(&["Tab"]);
    tmux.wait_for("the request", |s| {
        s.contains("#1 Window 1 · personal reasons") && s.contains("[y] approve")
    });
    tmux.keys(&["y"]);
    tmux.wait_for("the approval", |s| {
        s.contains("Request 1 of window 1 approved")
    });
    tmux.resize(40, 10);
    tmux.resize(120, 40);
    tmux.wait_for("the planner again", |s| s.contains("[y] approve"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}
