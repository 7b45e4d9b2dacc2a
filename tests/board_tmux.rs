//! The real board in a real terminal: tmux runs `frontdesk board` on a fixture
//! hall while the test acts on the same hall from the command line, as a
//! counter's terminal would, and reads the screen back with `capture-pane`.
//! Each tmux server is private and killed when its test ends. Without tmux on
//! PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, frontdesk_pid, have_tmux, pane_command};
use common::{Hall, HallClock, cli};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// 10:00 in Budapest, a Wednesday.
const START: &str = "2026-11-25T10:00:00+01:00";

/// The fixture hall with `extra` added to its config, in `dir`.
fn hall_with(dir: &Path, extra: &str) -> Hall {
    let text = std::fs::read_to_string(common::fixture_config()).expect("fixture");
    let text = text.replace("language = \"en\"", &format!("language = \"en\"\n{extra}"));
    let path = dir.join("hall.toml");
    std::fs::write(&path, text).expect("write config");
    Hall {
        config: path,
        ..Hall::new()
    }
}

/// Windows open, people waiting, and window 2's published break ten minutes off.
/// Whether `text` stands on the screen in the board's large font, at one of
/// its scales: every row of it, in order, on consecutive lines.
fn in_large_print(screen: &str, text: &str) -> bool {
    use frontdesk::tui::render::font::{BigText, height, width};
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let lines: Vec<&str> = screen.lines().collect();
    (1..=3).any(|scale| {
        let area = Rect::new(0, 0, width(text, scale), height(scale));
        let mut buf = Buffer::empty(area);
        BigText {
            text,
            scale,
            style: ratatui::style::Style::default(),
        }
        .render(area, &mut buf);
        let rows: Vec<String> = (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        lines.windows(rows.len()).any(|w| {
            let Some(at) = w[0].find(rows[0].as_str()) else {
                return false;
            };
            let col = w[0][..at].chars().count();
            w.iter().zip(&rows).all(|(line, row)| {
                line.chars()
                    .skip(col)
                    .collect::<String>()
                    .starts_with(row.as_str())
            })
        })
    })
}

fn busy_hall(hall: &Hall, clock: &HallClock) {
    for w in ["1", "2", "3"] {
        cli(hall, clock, &["window", "open", "--window", w]);
    }
    cli(
        hall,
        clock,
        &["ticket", "issue", "--service", "A", "--count", "4"],
    );
    cli(hall, clock, &["ticket", "call", "--window", "1"]);
    let start = clock.hhmm_after(10);
    cli(
        hall,
        clock,
        &[
            "break",
            "plan",
            "--window",
            "2",
            "--start",
            &start,
            "--minutes",
            "30",
        ],
    );
    cli(hall, clock, &["break", "publish"]);
}

fn board_command(hall: &Hall) -> String {
    pane_command(hall, &format!("--now {START} board"))
}

fn bells(tmux: &Tmux) -> usize {
    std::fs::read(tmux.output_path())
        .unwrap_or_default()
        .iter()
        .filter(|b| **b == 0x07)
        .count()
}

#[test]
fn a_window_that_starts_closing_shows_on_the_board_within_a_second() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    // The fixture's [hall] ends with its language, so a table may follow it.
    let hall = hall_with(dir.path(), "\n[board]\nbell = true\n");
    let clock = HallClock::new(START);
    busy_hall(&hall, &clock);
    let tmux = Tmux::start("closing", 120, 36, &board_command(&hall));
    let screen = tmux.wait_for("the board", |s| {
        s.contains("Window 2 open") && s.contains("Breaks today")
    });
    assert!(screen.contains("Window 1 open"), "{screen}");
    assert!(
        screen.contains("A001 → window 1") || in_large_print(&screen, "A001"),
        "{screen}"
    );
    let rang = bells(&tmux);

    // Another terminal warns window 2's queue: it starts closing.
    cli(&hall, &clock, &["break", "warn", "--window", "2"]);
    let closes = format!("Window 2 closes at {}", clock.hhmm_after(10));
    let screen = tmux.wait_within(PATIENCE_FOR_FAILURE, "the closing message", |s| {
        s.contains(&closes)
    });
    assert!(
        screen.contains("! Window 2 closes for a break at"),
        "{screen}"
    );
    assert!(screen.contains("please go to window"), "{screen}");

    // The hall asked for the bell: it rang once the window started closing.
    let start = Instant::now();
    while bells(&tmux) <= rang && start.elapsed() < PATIENCE_FOR_FAILURE {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        bells(&tmux),
        rang + 1,
        "one bell for one window starting to close"
    );

    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

/// The same, with the cashier's own counter screen in a second terminal: the
/// cashier presses `w` to warn the queue, and the board shows the closing.
#[test]
fn a_counter_that_warns_its_queue_shows_closing_on_the_board_within_a_second() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    busy_hall(&hall, &clock);
    let board = Tmux::start("board", 100, 30, &board_command(&hall));
    board.wait_for("the board", |s| s.contains("Window 2 open"));
    let counter = Tmux::start(
        "counter",
        80,
        24,
        &pane_command(
            &hall,
            &format!("--lang en --now {START} counter --window 2"),
        ),
    );
    counter.wait_for("the counter", |s| {
        s.contains("Your line") && s.contains("[p] phrase language")
    });
    counter.keys(&["w"]);
    counter.wait_for("the warning recorded", |s| s.contains("CLOSING"));
    let closes = format!("Window 2 closes at {}", clock.hhmm_after(10));
    board.wait_within(PATIENCE_FOR_FAILURE, "the closing message", |s| {
        s.contains(&closes)
    });
    counter.keys(&["q"]);
    board.keys(&["q"]);
    counter.wait_for_exit();
    board.wait_for_exit();
}

/// Polling goes on a little past the promise, so a slow frame fails with the
/// time it took rather than a bare time-out.
const PATIENCE_FOR_FAILURE: Duration = Duration::from_secs(5);

#[test]
fn a_moved_break_and_a_stale_notice_show_at_once() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    busy_hall(&hall, &clock);
    cli(&hall, &clock, &["notice", "--format", "text"]);
    let tmux = Tmux::start("moved", 100, 30, &board_command(&hall));
    let first = format!("Window 2: {}", clock.hhmm_after(10));
    tmux.wait_for("the break list", |s| s.contains(&first));
    let new_start = clock.hhmm_after(40);
    cli(
        &hall,
        &clock,
        &[
            "break",
            "change",
            "1",
            "--start",
            &new_start,
            "--minutes",
            "30",
        ],
    );
    let moved = format!(
        "Window 2: {}–{} (moved; was {}–{})",
        new_start,
        clock.hhmm_after(70),
        clock.hhmm_after(10),
        clock.hhmm_after(40)
    );
    let screen = tmux.wait_within(PATIENCE_FOR_FAILURE, "the moved break", |s| {
        s.contains(&moved)
    });
    assert!(
        screen.contains("Break times have changed since the notice on the glass"),
        "{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn the_board_survives_any_size_and_ends_cleanly_on_sigterm() {
    if !have_tmux() {
        return;
    }
    let hall = Hall::new();
    let clock = HallClock::new(START);
    busy_hall(&hall, &clock);
    let tmux = Tmux::start("sizes", 80, 24, &board_command(&hall));
    tmux.wait_for("the board", |s| s.contains("Windows"));
    for (w, h) in [(20, 5), (2, 2), (200, 60), (40, 10), (80, 24)] {
        tmux.resize(w, h);
        std::thread::sleep(Duration::from_millis(300));
        assert!(tmux.alive(), "the board died at {w}×{h}");
    }
    tmux.wait_for("the board again", |s| s.contains("Window 3 open"));
    let pid = frontdesk_pid(&tmux.pane("pane_pid"));
    let killed = Command::new("kill").args(["-TERM", &pid]).status();
    assert!(killed.is_ok_and(|s| s.success()));
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}

#[test]
fn the_board_turns_through_the_halls_languages() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = hall_with(dir.path(), "languages = [\"en\", \"hu\"]");
    let text = std::fs::read_to_string(&hall.config).expect("config");
    std::fs::write(&hall.config, text + "\n[board]\nrotate_seconds = 3\n").expect("config");
    let clock = HallClock::new(START);
    busy_hall(&hall, &clock);
    let tmux = Tmux::start("languages", 100, 30, &board_command(&hall));
    tmux.wait_for("English", |s| s.contains("Window 3 open"));
    tmux.wait_within(Duration::from_secs(8), "Hungarian", |s| {
        s.contains("3. ablak: nyitva")
    });
    tmux.wait_within(Duration::from_secs(8), "English again", |s| {
        s.contains("Window 3 open")
    });
    tmux.keys(&["C-c"]);
    tmux.wait_for_exit();
    tmux.assert_terminal_restored();
}
