//! `frontdesk train` and `frontdesk replay` from the command line: the list in
//! the reader's language, a trainer's own scenarios beside the config, and a
//! clear one-line refusal with exit code 2 for every bad input, nothing
//! recorded when a run is refused.

mod common;

use common::{Hall, run};
use std::path::PathBuf;

/// Where a trainer's own scenarios go for this hall: `scenarios/` beside the
/// per-user config file.
fn own_dir(hall: &Hall) -> PathBuf {
    hall.home.path().join(".config/frontdesk/scenarios")
}

fn own(hall: &Hall, name: &str, text: &str) {
    let dir = own_dir(hall);
    std::fs::create_dir_all(&dir).expect("scenarios dir");
    std::fs::write(dir.join(name), text).expect("write scenario");
}

/// The binary for this hall in another language than the tests' English.
fn in_lang(hall: &Hall, lang: &str) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(common::BIN);
    for k in [
        "FRONTDESK_DATA_DIR",
        "FRONTDESK_CONFIG",
        "FRONTDESK_LANG",
        "FRONTDESK_NOW",
    ] {
        cmd.env_remove(k);
    }
    for (k, v) in hall.env() {
        cmd.env(k, v);
    }
    cmd.arg("--data-dir")
        .arg(hall.data_dir())
        .args(["--lang", lang]);
    cmd
}

fn minimal(id: &str) -> String {
    std::fs::read_to_string("tests/scenarios/valid/minimal.toml")
        .unwrap_or_default()
        .replace("id = \"minimal\"", &format!("id = \"{id}\""))
}

#[test]
fn the_list_names_every_shipped_scenario_in_the_readers_language() {
    let hall = Hall::new();
    let out = run(hall.bare().arg("train")).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Scenarios (run one with: frontdesk train NAME):");
    assert_eq!(lines.len(), 9, "{out}");
    assert!(out.contains("  lunch-in-five         “Lunch in five minutes”: the only cashier's lunch break (65 minutes)"), "{out}");
    assert!(
        out.contains("  mystery-shopper       A mystery shopper's visit (45 minutes)"),
        "{out}"
    );
    let uk = run(in_lang(&hall, "uk").arg("train")).ok();
    assert!(
        uk.starts_with("Сценарії (запуск: frontdesk train НАЗВА):"),
        "{uk}"
    );
    assert!(uk.contains("Перерва затягнулася (23 хвилини)"), "{uk}");
    let ru = run(in_lang(&hall, "ru").arg("train")).ok();
    assert!(ru.contains("Визит «тайного покупателя» (45 минут)"), "{ru}");
    let hu = run(in_lang(&hall, "hu").arg("train")).ok();
    assert!(hu.contains("Elhúzódik a szünet (23 perc)"), "{hu}");
}

#[test]
fn a_trainers_own_scenario_joins_the_list_and_can_replace_a_shipped_one() {
    let hall = Hall::new();
    own(&hall, "minimal.toml", &minimal("minimal"));
    let replaced =
        minimal("lunch-in-five").replace("en = \"One customer\"", "en = \"Our own lunch drill\"");
    own(&hall, "lunch-in-five.toml", &replaced);
    let out = run(hall.bare().arg("train")).ok();
    assert!(out.contains("Our own lunch drill"), "{out}");
    assert!(!out.contains("the only cashier's lunch break"), "{out}");
    let own_line = out
        .lines()
        .find(|l| l.trim_start().starts_with("minimal"))
        .unwrap_or_default();
    assert!(
        own_line.contains("your own: ") && own_line.ends_with("scenarios/minimal.toml"),
        "{own_line}"
    );
    // The replaced one is the one that runs.
    let keys = hall.data_dir().join("none.keys");
    std::fs::write(&keys, "09:02 n\n09:05 s\n").expect("keys");
    let out = run(hall.bare().args([
        "train",
        "lunch-in-five",
        "--keys",
        &keys.display().to_string(),
    ]))
    .ok();
    assert!(out.starts_with("Score: 10 of 10 points (100 %)"), "{out}");
}

#[test]
fn a_broken_own_scenario_is_reported_with_its_place() {
    let hall = Hall::new();
    own(
        &hall,
        "broken.toml",
        &minimal("broken").replace("at = \"09:02\"", "at = \"9 o'clock\""),
    );
    let line = run(hall.bare().arg("train")).fails(2);
    assert!(
        line.contains("scenarios/broken.toml:43:6: arrivals[0].at: expected a time"),
        "{line}"
    );
}

#[test]
fn a_scenario_file_runs_straight_from_its_path() {
    let hall = Hall::new();
    let keys = hall.data_dir().join("run.keys");
    std::fs::write(&keys, "09:02 n\n09:06 s\n").expect("keys");
    let out = run(hall.bare().args([
        "train",
        "tests/scenarios/valid/minimal.toml",
        "--keys",
        &keys.display().to_string(),
    ]))
    .ok();
    assert!(
        out.starts_with("Score: 10 of 10 points (100 %) — passed"),
        "{out}"
    );
}

#[test]
fn an_unknown_scenario_is_named_with_the_known_ones() {
    let hall = Hall::new();
    let line = run(hall.bare().args(["train", "tea-break"])).fails(2);
    assert!(
        line.starts_with(
            "frontdesk: no scenario \"tea-break\"; the scenarios are: lunch-in-five, goods-receipt,"
        ),
        "{line}"
    );
}

#[test]
fn a_bad_key_script_is_refused_before_anything_is_recorded() {
    let hall = Hall::new();
    let keys = hall.data_dir().join("bad.keys");
    std::fs::write(&keys, "12:06 s\nsoon n\n").expect("keys");
    let line = run(hall.bare().args([
        "train",
        "lunch-in-five",
        "--keys",
        &keys.display().to_string(),
    ]))
    .fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {}:2: expected a time (HH:MM), +MINUTES or end at the start of the line, got \"soon\"",
            keys.display()
        )
    );
    assert!(!hall.data_dir().join("training").exists());
}

#[test]
fn a_debrief_must_be_markdown_or_html() {
    let hall = Hall::new();
    let line = run(hall.bare().args([
        "train",
        "lunch-in-five",
        "--keys",
        "tests/scenarios/runs/lunch-in-five.good.keys",
        "--debrief",
        "out.pdf",
    ]))
    .fails(2);
    assert_eq!(
        line,
        "frontdesk: --debrief out.pdf: the file name must end in .md or .html"
    );
    assert!(!hall.data_dir().join("training").exists());
}

#[test]
fn a_session_never_writes_into_an_existing_log() {
    let hall = Hall::new();
    let log = hall.data_dir().join("taken.sqlite");
    std::fs::write(&log, b"").expect("file");
    let line = run(hall.bare().args([
        "train",
        "lunch-in-five",
        "--keys",
        "tests/scenarios/runs/lunch-in-five.good.keys",
        "--record",
        &log.display().to_string(),
    ]))
    .fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {} already exists; each session is recorded in a file of its own",
            log.display()
        )
    );
}

#[test]
fn replay_refuses_what_is_not_a_frontdesk_log() {
    let hall = Hall::new();
    let text = hall.data_dir().join("notes.txt");
    std::fs::write(&text, "not a database, just some notes\n").expect("file");
    let line = run(hall.bare().args(["replay", &text.display().to_string()])).fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {}: not a frontdesk log (the file is not an SQLite database)",
            text.display()
        )
    );
    let foreign = hall.data_dir().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&foreign).expect("sqlite");
        conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY);")
            .expect("table");
    }
    let line = run(hall.bare().args(["replay", &foreign.display().to_string()])).fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {}: this SQLite database belongs to another program, not frontdesk",
            foreign.display()
        )
    );
    let missing = hall.data_dir().join("missing.sqlite");
    let line = run(hall.bare().args(["replay", &missing.display().to_string()])).fails(2);
    assert_eq!(
        line,
        format!("frontdesk: {}: no such file", missing.display())
    );
    assert!(
        !missing.exists(),
        "a replay created the file it was asked to read"
    );
}

#[test]
fn a_hall_log_replays_but_has_no_debrief() {
    let hall = Hall::at("2026-11-25T10:00:00+01:00");
    run(hall.cmd().args(["ticket", "issue", "--service", "A"])).ok();
    let log = hall.log_path();
    let line = run(hall
        .cmd()
        .args(["replay", &log.display().to_string(), "--debrief", "out.md"]))
    .fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {} is not a training session, so it has no debrief",
            log.display()
        )
    );
}

#[test]
fn help_names_the_trainer_commands() {
    let hall = Hall::new();
    let out = run(hall.bare().arg("--help")).ok();
    assert!(out.contains("train") && out.contains("replay"), "{out}");
    let out = run(hall.bare().args(["train", "--help"])).ok();
    for flag in [
        "--check",
        "--seed",
        "--speed",
        "--record",
        "--debrief",
        "--keys",
    ] {
        assert!(out.contains(flag), "{flag} missing from:\n{out}");
    }
    let out = run(hall
        .bare()
        .args(["train", "lunch-in-five", "--speed", "61"]));
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("61"), "{}", out.stderr);
}
