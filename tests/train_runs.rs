//! Every shipped scenario driven headless with scripted keys, as a trainee
//! would press them at the counter: one good run and one bad run each, with the
//! score and each check's points asserted. The same scenario, seed and keys
//! give the same events, score and debrief every time, and a session recorded
//! by the binary replays to the same debrief.

mod common;

use common::{Hall, parse_json_lines, run};
use frontdesk::domain::State;
use frontdesk::i18n::{Lang, Tr};
use frontdesk::scenario::session::Session;
use frontdesk::scenario::{self, Scenario};
use frontdesk::tui::app::App;
use frontdesk::tui::app::trainer::Trainer;
use frontdesk::tui::keyscript as keys;
use frontdesk::views::debrief::{self, Words};

fn shipped(id: &str) -> Scenario {
    let pb = frontdesk::playbooks::embedded();
    match scenario::shipped(&pb).into_iter().find(|s| s.id == id) {
        Some(s) => s,
        None => panic!("no shipped scenario {id}"),
    }
}

fn keys_file(id: &str, run: &str) -> String {
    format!("tests/scenarios/runs/{id}.{run}.keys")
}

/// Plays a key script on a fresh session of `sc`, through the counter's own
/// key mapping and state machine.
fn play(sc: &Scenario, file: &str, lang: Lang) -> Trainer {
    let src = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let script = keys::parse(&src, file).unwrap_or_else(|e| panic!("{e}"));
    let session = Session::start(sc, None).unwrap_or_else(|e| panic!("{e:?}"));
    let app = App::new(
        Tr::new(lang),
        sc.config.hall.clone(),
        &State::new(),
        sc.start,
        false,
    );
    let mut t = Trainer::new(app, session);
    keys::play(&mut t, &script);
    assert!(t.session.ended(), "{file}: the session did not end");
    t
}

fn markdown(t: &Trainer) -> String {
    let eval = t.session.evaluation();
    let words = Words {
        tr: &t.app.tr,
        scenario: t.session.scenario(),
        playbooks: &t.app.playbooks,
        phrases: &t.app.phrases,
    };
    debrief::markdown(&debrief::build(&words, t.session.events(), &eval))
}

/// (scenario, run, score, max, each check's points in the file's order)
const RUNS: &[(&str, &str, u32, u32, &[u32])] = &[
    ("lunch-in-five", "good", 100, 100, &[30, 20, 20, 15, 15]),
    ("lunch-in-five", "bad", 0, 100, &[0, 0, 0, 0, 0]),
    ("goods-receipt", "good", 100, 100, &[30, 30, 20, 20]),
    ("goods-receipt", "bad", 30, 100, &[30, 0, 0, 0]),
    ("forgotten-warning", "good", 100, 100, &[35, 25, 20, 20]),
    ("forgotten-warning", "bad", 0, 80, &[0, 0, 0, 0]),
    ("cancel-the-break", "good", 100, 100, &[20, 35, 20, 10, 15]),
    ("cancel-the-break", "bad", 0, 100, &[0, 0, 0, 0, 0]),
    ("after-the-cutoff", "good", 100, 100, &[25, 30, 25, 20]),
    ("after-the-cutoff", "bad", 0, 80, &[0, 0, 0, 0]),
    ("break-runs-over", "good", 100, 100, &[35, 35, 30]),
    ("break-runs-over", "bad", 0, 100, &[0, 0, 0]),
    (
        "only-window-at-lunch",
        "good",
        100,
        100,
        &[20, 20, 15, 15, 15, 15],
    ),
    ("only-window-at-lunch", "bad", 0, 100, &[0, 0, 0, 0, 0, 0]),
    (
        "mystery-shopper",
        "good",
        100,
        100,
        &[20, 20, 15, 20, 15, 10],
    ),
    ("mystery-shopper", "bad", 0, 100, &[0, 0, 0, 0, 0, 0]),
];

#[test]
fn every_shipped_scenario_has_a_good_and_a_bad_run() {
    let pb = frontdesk::playbooks::embedded();
    for s in scenario::shipped(&pb) {
        for run in ["good", "bad"] {
            assert!(
                RUNS.iter().any(|(id, r, ..)| *id == s.id && *r == run),
                "{} has no {run} run",
                s.id
            );
        }
    }
}

#[test]
fn good_runs_pass_and_bad_runs_fail_with_the_expected_score() {
    let mut failures = vec![];
    for (id, which, score, max, points) in RUNS {
        let sc = shipped(id);
        let t = play(&sc, &keys_file(id, which), Lang::En);
        let e = t.session.evaluation();
        let got: Vec<u32> = e.rules.iter().map(|r| r.points).collect();
        if (e.score, e.max, got.as_slice()) != (*score, *max, *points) {
            failures.push(format!(
                "{id} {which}: expected {score}/{max} {points:?}, got {}/{} {got:?}\n{}",
                e.score,
                e.max,
                markdown(&t)
            ));
        }
        assert_eq!(e.passed(), *which == "good", "{id} {which}");
        // The log's last word is the score.
        match t.session.events().last().map(|r| &r.event) {
            Some(frontdesk::domain::Event::TrainingEnded { score: s, max: m }) => {
                assert_eq!((*s, *m), (e.score, e.max), "{id} {which}")
            }
            other => panic!("{id} {which}: the session ends on {other:?}"),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_same_scenario_seed_and_keys_give_the_same_session() {
    for (id, which, ..) in RUNS {
        let sc = shipped(id);
        let a = play(&sc, &keys_file(id, which), Lang::Uk);
        let b = play(&sc, &keys_file(id, which), Lang::Uk);
        assert_eq!(a.session.events(), b.session.events(), "{id} {which}");
        assert_eq!(markdown(&a), markdown(&b), "{id} {which}");
    }
}

#[test]
fn the_debrief_tells_what_happened_next_to_what_was_expected() {
    let sc = shipped("lunch-in-five");
    let t = play(&sc, &keys_file("lunch-in-five", "bad"), Lang::En);
    let md = markdown(&t);
    for want in [
        "# Debrief: “Lunch in five minutes”: the only cashier's lunch break",
        "**Score: 0 of 100 points (0 %) — not passed (pass mark 70 %)**",
        "| Warned the queue at least 10 minutes ahead | 0 / 30 | ✗ warned only at 12:25, 5 minutes before the break |",
        "| 12:20 |  | ✗ Warn the queue by 12:20 (the break starts at 12:30) — warned only at 12:25, 5 minutes before the break |",
        "| 12:26 | A man at the back of the line raises his voice as you prepare to close. — “You're closing now? I've been standing here for ten minutes! Stay and serve us.” |  |",
        "| 12:31 | **A008 did not come to window 1.** |  |",
        "✗ Be back at the window by 13:00 — back at 13:06, 6 minutes late",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
}

#[test]
fn the_debrief_speaks_the_readers_language() {
    let sc = shipped("goods-receipt");
    let uk = markdown(&play(&sc, &keys_file("goods-receipt", "bad"), Lang::Uk));
    assert!(
        uk.contains("# Розбір: Привезли товар, коли останній клієнт уже біля вікна"),
        "{uk}"
    );
    assert!(
        uk.contains("Результат: 30 з 100 балів (30 %) — не зараховано (поріг 70 %)"),
        "{uk}"
    );
    assert!(
        uk.contains("повернулися о 10:22, із запізненням на 6 хвилин"),
        "{uk}"
    );
    let hu = markdown(&play(&sc, &keys_file("goods-receipt", "good"), Lang::Hu));
    assert!(
        hu.contains("Eredmény: 100 pont a lehetséges 100 pontból (100%) — megfelelt"),
        "{hu}"
    );
    assert!(
        hu.contains("| Idő | Mi történt | Mi volt az elvárás |"),
        "{hu}"
    );
}

#[test]
fn the_html_debrief_stands_alone_and_escapes_what_it_quotes() {
    let sc = shipped("cancel-the-break");
    let t = play(&sc, &keys_file("cancel-the-break", "good"), Lang::Ru);
    let eval = t.session.evaluation();
    let words = Words {
        tr: &t.app.tr,
        scenario: t.session.scenario(),
        playbooks: &t.app.playbooks,
        phrases: &t.app.phrases,
    };
    let html = debrief::html(&debrief::build(&words, t.session.events(), &eval));
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"),
        "{html}"
    );
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(
        html.contains("Результат: 100 из 100 баллов (100 %)"),
        "{html}"
    );
    assert!(html.contains("<span class=\"met\">✓ "), "{html}");
    assert!(html.trim_end().ends_with("</html>"));
    assert!(!html.contains("<script"));
}

/// The binary runs the same script, records the session in a real log, and
/// that log replays to the same debrief as the one written at the end.
#[test]
fn a_recorded_session_replays_to_the_same_debrief() {
    let hall = Hall::new();
    let dir = hall.data_dir();
    let log = dir.join("session.sqlite");
    let live = dir.join("live.md");
    let replayed = dir.join("replayed.md");
    let out = run(hall.bare().args([
        "train",
        "after-the-cutoff",
        "--keys",
        &keys_file("after-the-cutoff", "good"),
        "--record",
        &log.display().to_string(),
        "--debrief",
        &live.display().to_string(),
    ]))
    .ok();
    let first = out.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        "Score: 100 of 100 points (100 %) — passed (pass mark 70 %)"
    );
    assert!(
        out.contains(&format!("Session recorded in {}", log.display())),
        "{out}"
    );
    run(hall.bare().args([
        "replay",
        &log.display().to_string(),
        "--debrief",
        &replayed.display().to_string(),
    ]))
    .ok();
    let a = std::fs::read_to_string(&live).unwrap_or_default();
    let b = std::fs::read_to_string(&replayed).unwrap_or_default();
    assert!(a.contains("## Timeline"), "{a}");
    assert_eq!(a, b);

    // The log is an ordinary frontdesk log, with the scenario's cues in it.
    let events = events_of(&log);
    let types: Vec<String> = events.iter().map(common::event_type).collect();
    assert_eq!(types.first().map(String::as_str), Some("training_started"));
    assert_eq!(types.last().map(String::as_str), Some("training_ended"));
    assert!(types.iter().any(|t| t == "training_cue"));
    let origins: Vec<&str> = events.iter().filter_map(|e| e["origin"].as_str()).collect();
    assert!(origins.contains(&"counter:1") && origins.contains(&"colleague:2"));
}

/// Every event of a log file, read by the store as `replay` reads it.
fn events_of(log: &std::path::Path) -> Vec<serde_json::Value> {
    let store = frontdesk::store::Log::open(log, frontdesk::domain::Hall::sample())
        .unwrap_or_else(|e| panic!("{e}"));
    let events = store
        .events(0, usize::MAX)
        .unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<String> = events
        .iter()
        .map(|r| serde_json::to_string(r).unwrap_or_default())
        .collect();
    parse_json_lines(&lines.join("\n"))
}

#[test]
fn a_session_is_recorded_in_the_data_directory_by_default() {
    let hall = Hall::new();
    let out = run(hall.bare().args([
        "train",
        "goods-receipt",
        "--keys",
        &keys_file("goods-receipt", "good"),
    ]))
    .ok();
    let training = hall.data_dir().join("training");
    let files: Vec<_> = std::fs::read_dir(&training)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0]
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("goods-receipt-") && name.ends_with(".sqlite"),
        "{name}"
    );
    assert!(out.contains(&name), "{out}");
}

#[test]
fn another_seed_brings_other_customers_the_same_seed_the_same_ones() {
    let pb = frontdesk::playbooks::embedded();
    let sc = scenario::load(
        std::path::Path::new("tests/scenarios/valid/random-profile.toml"),
        &pb,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let arrivals = |seed: u64| {
        let mut s = Session::start(&sc, Some(seed)).unwrap_or_else(|e| panic!("{e:?}"));
        s.run_until(sc.end);
        s.events()
            .iter()
            .filter(|r| matches!(r.event, frontdesk::domain::Event::TicketIssued { .. }))
            .map(|r| r.at)
            .collect::<Vec<_>>()
    };
    let a = arrivals(1);
    assert!(a.len() > 20, "{}", a.len());
    assert_eq!(a, arrivals(1));
    assert_ne!(a, arrivals(2));
}
