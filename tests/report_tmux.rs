//! The report screen in a real terminal: tmux runs `frontdesk report
//! --screen` on the fixture hall while the test serves customers from the
//! command line, as the counters would; the screen's figures follow within
//! a couple of seconds, `l` turns its language, `q` leaves the terminal as
//! it was. Without tmux on PATH the test says so and passes.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command};
use common::{Hall, HallClock, cli};
use std::time::{Duration, Instant};

/// 10:00 in Budapest, a Wednesday.
const START: &str = "2026-11-25T10:00:00+01:00";

/// The screen works its figures out again at most once a second and reads
/// the log five times a second.
const PROMPT: Duration = Duration::from_secs(2);
const PATIENCE_FOR_FAILURE: Duration = Duration::from_secs(10);

/// The number in a row of the key figures, first column (today).
fn today(screen: &str, row: &str) -> Option<String> {
    screen
        .lines()
        .find(|l| l.trim_start().starts_with(row))
        .and_then(|l| l[row.len()..].split_whitespace().next().map(str::to_string))
}

#[test]
fn the_report_screen_follows_the_counters_within_seconds() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    for w in ["1", "2", "3"] {
        cli(&hall, &clock, &["window", "open", "--window", w]);
    }
    cli(&hall, &clock, &["ticket", "issue", "--service", "A"]);
    let tmux = Tmux::start(
        "report",
        120,
        40,
        &pane_command(
            &hall,
            &format!("--lang en --now {} report --screen", clock.now()),
        ),
    );
    let screen = tmux.wait_for("the report screen", |s| {
        s.contains("This week") && today(s, "Tickets issued").as_deref() == Some("1")
    });
    assert!(
        screen.contains("Report · Harbour Street Post Office"),
        "{screen}"
    );

    // The counters serve: two more tickets, one customer served.
    cli(
        &hall,
        &clock,
        &["ticket", "issue", "--service", "A", "--count", "2"],
    );
    cli(&hall, &clock, &["ticket", "call", "--window", "1"]);
    cli(&hall, &clock, &["ticket", "serve", "--window", "1"]);
    let said = Instant::now();
    let screen = tmux.wait_within(PATIENCE_FOR_FAILURE, "the new figures", |s| {
        today(s, "Tickets issued").as_deref() == Some("3")
            && today(s, "Customers served").as_deref() == Some("1")
    });
    let took = said.elapsed();
    assert!(took <= PROMPT, "the figures took {took:?}:\n{screen}");

    tmux.keys(&["l"]);
    tmux.wait_for("Hungarian", |s| {
        s.contains("Kiadott sorszámok") && s.contains("Ezen a héten")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}
