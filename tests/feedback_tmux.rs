//! The survey and the supervisor's feedback screen in real terminals: tmux
//! runs `frontdesk survey` facing the customer at window 2 and `frontdesk
//! feedback` in the back office, while the test serves a customer from the
//! command line as the counter would. The customer rates the visit on the
//! survey; once the rating is in the log, the supervisor's screen shows it
//! within a second. Each tmux server is private and killed when its test
//! ends. Without tmux on PATH the tests say so and pass.

mod common;

use common::tmux::{Tmux, have_tmux, pane_command};
use common::{Hall, HallClock, cli};
use std::path::Path;
use std::time::{Duration, Instant};

/// What the issue asks: a rating given on the survey shows within this.
const PROMPT: Duration = Duration::from_secs(1);

/// Polling goes on a little past the promise, so a slow frame fails with the
/// time it took rather than a bare time-out.
const PATIENCE_FOR_FAILURE: Duration = Duration::from_secs(5);

/// Tuesday 10 March 2026, 10:00 in Budapest.
const START: &str = "2026-03-10T10:00:00+01:00";

/// The quality record's fixture hall, thanking for two seconds only.
fn hall(dir: &Path) -> Hall {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feedback.toml");
    let text = std::fs::read_to_string(fixture).expect("fixture");
    let text = text.replace(
        "answer_within_days = 5",
        "answer_within_days = 5\nsurvey_thanks_seconds = 2",
    );
    let path = dir.join("hall.toml");
    std::fs::write(&path, text).expect("write config");
    Hall {
        config: path,
        ..Hall::new()
    }
}

/// The screen as one line of words: a wrapped sentence reads whole again.
fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the log holds a customer's rating yet.
fn rated(hall: &Hall) -> bool {
    hall.event_types().iter().any(|t| t == "customer_rated")
}

#[test]
fn a_rating_on_the_survey_shows_on_the_supervisors_screen_within_a_second() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = hall(dir.path());
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    cli(&hall, &clock, &["ticket", "issue", "--service", "A"]);
    cli(&hall, &clock, &["ticket", "call", "--window", "2"]);

    let survey = Tmux::start(
        "survey",
        80,
        24,
        &pane_command(&hall, &format!("--lang en --now {START} survey --window 2")),
    );
    survey.wait_for("the survey at rest", |s| {
        s.contains("Welcome") && s.contains("[English]")
    });
    let desk = Tmux::start(
        "desk",
        100,
        30,
        &pane_command(&hall, &format!("--lang en --now {START} feedback")),
    );
    desk.wait_for("the supervisor's screen", |s| {
        flat(s).contains("no ratings today yet")
    });

    // The service ends at the counter: the survey asks.
    cli(&hall, &clock, &["ticket", "serve", "--window", "2"]);
    let screen = survey.wait_for("the question", |s| s.contains("How was your visit?"));
    assert!(
        screen.contains("Very bad") && screen.contains("Very good"),
        "{screen}"
    );
    // Nothing of the customer's is on it: not even their ticket.
    assert!(!screen.contains("A001"), "{screen}");
    // A customer's stray `q` does not end the survey.
    survey.keys(&["q"]);
    survey.keys(&["4"]);
    survey.wait_for("the reason question", |s| s.contains("What mattered most?"));
    survey.keys(&["2"]);
    survey.wait_for("the thanks", |s| s.contains("Thank you for your answer!"));

    // Once the rating is in the log, the back office sees it within a second.
    let start = Instant::now();
    while !rated(&hall) {
        assert!(
            start.elapsed() < PATIENCE_FOR_FAILURE,
            "no rating was recorded"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let seen = Instant::now();
    let screen = desk.wait_within(PATIENCE_FOR_FAILURE, "the rating", |s| {
        flat(s).contains("today 1 rating, average 4.0")
    });
    let took = seen.elapsed();
    assert!(
        took <= PROMPT,
        "the rating took {took:?} to show:\n{screen}"
    );
    assert!(flat(&screen).contains("window 2: 4 of 5"), "{screen}");

    // The rating is the customer's, for their ticket and their cashier.
    let events = hall.events();
    let rating = events
        .iter()
        .find(|e| common::event_type(e) == "customer_rated")
        .expect("the rating");
    assert_eq!(rating["event"]["score"], 4);
    assert_eq!(rating["event"]["reason"], "staff-manner");
    assert_eq!(rating["event"]["staff"], "bela");
    assert_eq!(rating["event"]["lang"], "en");
    assert_eq!(rating["origin"], "survey:2");

    // The thanks clear themselves for the next customer.
    survey.wait_for("the survey at rest again", |s| {
        s.contains("Welcome") && !s.contains("Thank you")
    });
    // Whoever set it up ends it with Ctrl-C; the terminal is as it was.
    survey.keys(&["C-c"]);
    survey.wait_for_exit();
    survey.assert_terminal_restored();
    desk.keys(&["q"]);
    desk.wait_for_exit();
    desk.assert_terminal_restored();
}

#[test]
fn on_a_small_tablet_a_language_key_a_face_and_a_skipped_reason_make_a_rating() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = hall(dir.path());
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    cli(&hall, &clock, &["ticket", "issue", "--service", "A"]);
    cli(&hall, &clock, &["ticket", "call", "--window", "2"]);
    // A small tablet.
    let survey = Tmux::start(
        "tablet",
        40,
        12,
        &pane_command(&hall, &format!("--lang en --now {START} survey --window 2")),
    );
    survey.wait_for("the survey at rest", |s| s.contains("[EN]"));
    cli(&hall, &clock, &["ticket", "serve", "--window", "2"]);
    survey.wait_for("the question", |s| s.contains("How was your visit?"));
    // F2 is Magyar, as the button row says.
    survey.keys(&["F2"]);
    let screen = survey.wait_for("Hungarian", |s| s.contains("Milyen volt az ügyintézés?"));
    assert!(screen.contains("[HU]"), "{screen}");
    survey.keys(&["5"]);
    survey.wait_for("the reason question", |s| {
        s.contains("Mi számított a legtöbbet?")
    });
    survey.keys(&["0"]);
    survey.wait_for("the thanks", |s| s.contains("Köszönjük a válaszát!"));
    let start = Instant::now();
    while !rated(&hall) {
        assert!(
            start.elapsed() < PATIENCE_FOR_FAILURE,
            "no rating was recorded"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let events = hall.events();
    let rating = events
        .iter()
        .find(|e| common::event_type(e) == "customer_rated")
        .expect("the rating");
    assert_eq!(rating["event"]["score"], 5);
    assert_eq!(rating["event"]["lang"], "hu");
    assert!(rating["event"].get("reason").is_none(), "{rating}");
    // The next customer is asked in the hall's language again.
    survey.wait_for("the survey at rest in English", |s| {
        s.contains("[EN]") && s.contains("Welcome")
    });
    survey.keys(&["C-c"]);
    survey.wait_for_exit();
}
