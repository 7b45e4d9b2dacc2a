//! The command line as a user meets it: help, a working day at the counter, the
//! break rules, and what happens on bad input or a bad data file. Every run is
//! isolated (temp data dir and home) and, except for the demo, on a fixed clock.

mod common;

use common::{Hall, fixture_config, issued, issued_label, parse_json_lines, run};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The fixture day: a Monday in winter, when Budapest is UTC+1.
fn t(hhmm: &str) -> String {
    format!("2026-03-02T{hhmm}:00+01:00")
}

fn status_json(hall: &Hall, now: &str) -> Value {
    let out = run(hall.cmd_at(now).args(["status", "--json"])).ok();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("status --json is not JSON ({e}):\n{out}"))
}

fn window(status: &Value, id: u64) -> &Value {
    status["windows"]
        .as_array()
        .expect("windows")
        .iter()
        .find(|w| w["id"] == id)
        .unwrap_or_else(|| panic!("no window {id} in status"))
}

fn service<'a>(status: &'a Value, code: &str) -> &'a Value {
    status["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["code"] == code)
        .unwrap_or_else(|| panic!("no service {code} in status"))
}

fn open_windows(hall: &Hall, now: &str, windows: &[u32]) {
    for w in windows {
        let out = run(hall
            .cmd_at(now)
            .args(["window", "open", "--window", &w.to_string()]))
        .ok();
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("Window {w} is open"))),
            "{out}"
        );
    }
}

fn issue(hall: &Hall, now: &str, service: &str, count: u32) -> Vec<String> {
    let out = run(hall.cmd_at(now).args([
        "ticket",
        "issue",
        "--service",
        service,
        "--count",
        &count.to_string(),
    ]))
    .ok();
    common::labels_in(&out)
}

fn call(hall: &Hall, now: &str, w: u32) -> String {
    run(hall
        .cmd_at(now)
        .args(["ticket", "call", "--window", &w.to_string()]))
    .ok()
}

fn serve(hall: &Hall, now: &str, w: u32) -> String {
    run(hall
        .cmd_at(now)
        .args(["ticket", "serve", "--window", &w.to_string()]))
    .ok()
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Checks that a message states each fact (a ticket, a window, a time), ignoring
/// case: the wording of the texts may improve, the facts they carry may not.
fn says(text: &str, facts: &[&str]) {
    let lower = text.to_lowercase();
    for f in facts {
        assert!(
            lower.contains(&f.to_lowercase()),
            "expected {f:?} in: {text}"
        );
    }
}

/// SQLite's side files: opening a damaged or foreign file must not leave them.
fn side_files(path: &Path) -> Vec<String> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| format!("{}{s}", path.display()))
        .filter(|p| Path::new(p).exists())
        .collect()
}

// ---------------------------------------------------------------------------
// Help and completions

/// The subcommands listed under "Commands:" in a help text, without `help`.
fn subcommands(help: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut listing = false;
    for line in help.lines() {
        if line.trim_end() == "Commands:" {
            listing = true;
            continue;
        }
        if listing {
            if line.trim().is_empty() || !line.starts_with(' ') {
                break;
            }
            if let Some(name) = line.split_whitespace().next()
                && name != "help"
            {
                names.push(name.to_string());
            }
        }
    }
    names
}

#[test]
fn help_works_for_every_command_and_subcommand() {
    let hall = Hall::new();
    let mut seen = BTreeSet::new();
    let mut todo: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = todo.pop() {
        for flag in ["--help", "-h"] {
            let mut cmd = hall.bare();
            cmd.args(&path).arg(flag);
            let out = run(&mut cmd);
            let shown = format!("frontdesk {}", path.join(" "));
            assert_eq!(out.code, 0, "`{shown} {flag}` failed: {}", out.stderr);
            assert!(
                out.stdout.contains(&format!("Usage: {}", shown.trim_end())),
                "`{shown} {flag}` shows no usage line:\n{}",
                out.stdout
            );
            assert!(
                out.stderr.is_empty(),
                "`{shown} {flag}` wrote to stderr: {}",
                out.stderr
            );
            if flag == "--help" {
                for sub in subcommands(&out.stdout) {
                    let mut next = path.clone();
                    next.push(sub);
                    todo.push(next);
                }
            }
        }
        seen.insert(path.join(" "));
    }
    // The walk follows the help texts; this list makes sure it did not stop short.
    let expected = [
        "",
        "ticket",
        "ticket issue",
        "ticket call",
        "ticket recall",
        "ticket serve",
        "ticket no-show",
        "ticket transfer",
        "ticket cancel",
        "window",
        "window open",
        "window close",
        "break",
        "break plan",
        "break list",
        "break publish",
        "break warn",
        "break start",
        "break end",
        "break cancel",
        "status",
        "log",
        "config",
        "config check",
        "config init",
        "config path",
        "demo",
        "demo reset",
        "completions",
        "bench",
        "bench store",
    ];
    for e in expected {
        assert!(
            seen.contains(e),
            "`frontdesk {e} --help` was never reached; walked {seen:?}"
        );
    }
    // --help must not have touched the data dir.
    assert!(!hall.log_path().exists());
    assert!(!hall.data_dir().join("demo.sqlite").exists());
}

#[test]
fn version_is_printed() {
    let out = run(Hall::new().bare().arg("--version")).ok();
    assert!(out.starts_with("frontdesk "), "{out}");
}

#[test]
fn bash_completions_mention_the_program() {
    let out = run(Hall::new().bare().args(["completions", "bash"])).ok();
    assert!(
        out.contains("_frontdesk()"),
        "no completion function in:\n{out}"
    );
    assert!(
        out.contains("complete -F _frontdesk"),
        "the function is not registered"
    );
    for sub in ["ticket", "break", "status", "--after-service"] {
        assert!(out.contains(sub), "completions do not know {sub}");
    }
}

// ---------------------------------------------------------------------------
// A working day

#[test]
fn a_working_day_at_the_counter() {
    let hall = Hall::at(&t("09:00"));
    open_windows(&hall, &t("09:00"), &[1, 2]);
    assert_eq!(issue(&hall, &t("09:01"), "A", 1), ["A001"]);
    assert_eq!(
        issue(&hall, &t("09:02"), "a", 2),
        ["A002", "A003"],
        "service codes are case-blind"
    );

    assert_eq!(
        call(&hall, &t("09:03"), 1),
        "A001, please come to window 1.\n"
    );
    says(&serve(&hall, &t("09:07"), 1), &["A001", "window 1"]);
    assert_eq!(
        call(&hall, &t("09:08"), 2),
        "A002, please come to window 2.\n"
    );

    let status = status_json(&hall, &t("09:09"));
    assert_eq!(status["hall"], "Harbour Street Post Office");
    assert_eq!(status["demo"], false);
    assert_eq!(
        service(&status, "A")["waiting"],
        1,
        "A003 is the only one left waiting"
    );
    assert_eq!(service(&status, "A")["open_windows"], 2);
    assert_eq!(service(&status, "B")["waiting"], 0);
    assert_eq!(window(&status, 1)["queue"], 1);
    assert_eq!(window(&status, 1)["serving"], Value::Null);
    assert_eq!(window(&status, 1)["phase"]["state"], "open");
    assert_eq!(window(&status, 2)["serving"], "A002");
    assert_eq!(window(&status, 3)["phase"]["state"], "closed");
    assert_eq!(window(&status, 3)["queue"], 0, "window 3 does not handle A");

    let text = run(hall.cmd_at(&t("09:09")).arg("status")).ok();
    assert!(
        text.contains("Harbour Street Post Office — 2026-03-02 09:09"),
        "{text}"
    );
    assert!(text.contains("1 person waiting"), "{text}");

    let events = hall.events();
    let types: Vec<String> = events.iter().map(common::event_type).collect();
    assert_eq!(
        types,
        [
            "window_opened",
            "window_opened",
            "ticket_issued",
            "ticket_issued",
            "ticket_issued",
            "ticket_called",
            "ticket_served",
            "ticket_called",
        ]
    );
    for (i, e) in events.iter().enumerate() {
        assert_eq!(
            e["seq"],
            i as u64 + 1,
            "sequence numbers count up from 1: {e}"
        );
        assert_eq!(e["origin"], "cli");
        assert!(
            e["at"]
                .as_str()
                .is_some_and(|s| s.starts_with("2026-03-02T08:")),
            "{e}"
        );
    }
    let labels: Vec<String> = issued(&events).into_iter().map(issued_label).collect();
    assert_eq!(labels, ["A001", "A002", "A003"]);
    assert_eq!(events[5]["event"]["window"], 1);
    assert_eq!(events[5]["event"]["ticket"], events[2]["event"]["ticket"]);

    // --after pages through the log from a sequence number.
    let after = parse_json_lines(&run(hall.cmd().args(["log", "--json", "--after", "6"])).ok());
    let seqs: Vec<&Value> = after.iter().map(|e| &e["seq"]).collect();
    assert_eq!(seqs, [7, 8]);
    // The plain log names the events in words.
    let plain = run(hall.cmd().args(["log"])).ok();
    let served = plain.lines().nth(6).unwrap_or_default();
    says(served, &["A001", "window 1"]);
}

#[test]
fn ticket_numbers_restart_on_a_new_business_day() {
    let hall = Hall::new();
    let monday = "2026-03-02T10:00:00+01:00";
    let tuesday = "2026-03-03T09:00:00+01:00";
    assert_eq!(issue(&hall, monday, "A", 2), ["A001", "A002"]);
    assert_eq!(issue(&hall, monday, "B", 1), ["B001"]);
    assert_eq!(issue(&hall, tuesday, "A", 1), ["A001"]);
    assert_eq!(issue(&hall, tuesday, "B", 2), ["B001", "B002"]);
    let days: Vec<String> = issued(&hall.events())
        .iter()
        .map(|e| e["event"]["day"].as_str().expect("day").to_string())
        .collect();
    assert_eq!(
        days,
        [
            "2026-03-02",
            "2026-03-02",
            "2026-03-02",
            "2026-03-03",
            "2026-03-03",
            "2026-03-03"
        ]
    );
}

#[test]
fn the_business_day_follows_the_halls_midnight_not_utcs() {
    // Winter, UTC+1: 23:30 UTC is already the next day in Budapest.
    let hall = Hall::new();
    assert_eq!(
        issue(&hall, "2026-03-02T22:30:00Z", "A", 2),
        ["A001", "A002"]
    );
    assert_eq!(
        issue(&hall, "2026-03-02T23:30:00Z", "A", 1),
        ["A001"],
        "00:30 in Budapest is a new day"
    );
    assert_eq!(
        issue(&hall, "2026-03-03T00:10:00Z", "A", 1),
        ["A002"],
        "the UTC date changed, the hall's did not"
    );
    let days: Vec<String> = issued(&hall.events())
        .iter()
        .map(|e| e["event"]["day"].as_str().expect("day").to_string())
        .collect();
    assert_eq!(
        days,
        ["2026-03-02", "2026-03-02", "2026-03-03", "2026-03-03"]
    );

    // Summer, UTC+2: the day turns at 22:00 UTC.
    let hall = Hall::new();
    assert_eq!(issue(&hall, "2026-07-14T21:59:00Z", "B", 1), ["B001"]);
    assert_eq!(issue(&hall, "2026-07-14T22:01:00Z", "B", 1), ["B001"]);
    assert_eq!(issue(&hall, "2026-07-14T23:59:00+00:00", "B", 1), ["B002"]);
}

#[test]
fn a_ticket_left_over_from_yesterday_is_not_confused_with_todays() {
    let hall = Hall::new();
    // A customer takes A001 late in the evening and is still waiting after midnight.
    issue(&hall, "2026-03-02T23:50:00+01:00", "A", 1);
    open_windows(&hall, "2026-03-03T00:05:00+01:00", &[1]);
    assert_eq!(issue(&hall, "2026-03-03T00:10:00+01:00", "A", 1), ["A001"]);
    let first = call(&hall, "2026-03-03T00:11:00+01:00", 1);
    serve(&hall, "2026-03-03T00:12:00+01:00", 1);
    let second = run(hall
        .cmd_at("2026-03-03T00:13:00+01:00")
        .args(["ticket", "call", "--window", "1"]));
    // Yesterday's ticket was closed with its day: the second call finds nobody,
    // instead of announcing "A001" a second time for another customer.
    assert_ne!(second.code, 0, "called again: {}", second.stdout);
    assert!(first.contains("A001"), "{first}");
}

#[test]
fn a_transferred_customer_keeps_their_ticket() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 3]);
    assert_eq!(issue(&hall, &t("10:00"), "A", 1), ["A001"]);
    assert_eq!(
        call(&hall, &t("10:01"), 1),
        "A001, please come to window 1.\n"
    );
    let out = run(hall.cmd_at(&t("10:02")).args([
        "ticket",
        "transfer",
        "--window",
        "1",
        "--to-service",
        "B",
    ]))
    .ok();
    says(&out, &["A001"]);
    assert!(
        !out.contains("B001"),
        "the customer's ticket is A001: {out}"
    );
    assert_eq!(issue(&hall, &t("10:03"), "B", 1), ["B001"]);
    // Window 3 (service B) takes the transferred customer first, by their own number.
    assert_eq!(
        call(&hall, &t("10:04"), 3),
        "A001, please come to window 3.\n"
    );
}

#[test]
fn the_log_names_yesterdays_tickets() {
    let hall = Hall::new();
    let monday = "2026-03-02T10:00:00+01:00";
    open_windows(&hall, monday, &[1]);
    issue(&hall, monday, "A", 1);
    call(&hall, monday, 1);
    serve(&hall, monday, 1);
    issue(&hall, "2026-03-03T09:00:00+01:00", "A", 1);
    let log = run(hall.cmd_at("2026-03-03T09:01:00+01:00").arg("log")).ok();
    let monday_lines: Vec<&str> = log.lines().filter(|l| l.contains("2026-03-02")).collect();
    assert_eq!(monday_lines.len(), 4, "{log}");
    for line in &monday_lines[1..] {
        assert!(
            line.contains("A001"),
            "yesterday's ticket lost its number: {line}"
        );
    }
}

// ---------------------------------------------------------------------------
// Bad input: a clear one-line message, the right exit code, nothing written.

/// A hall with windows 1 and 2 open and two A tickets waiting.
fn busy_hall() -> Hall {
    let hall = Hall::at(&t("10:00"));
    open_windows(&hall, &t("10:00"), &[1, 2]);
    issue(&hall, &t("10:00"), "A", 2);
    hall
}

#[test]
fn an_unknown_window_is_bad_input() {
    let hall = busy_hall();
    let before = hall.event_count();
    let msg = run(hall.cmd().args(["ticket", "call", "--window", "9"])).fails(2);
    says(&msg, &["window 9"]);
    let msg = run(hall.cmd().args(["window", "open", "--window", "0"])).fails(2);
    says(&msg, &["window 0"]);
    assert_eq!(hall.event_count(), before);
}

#[test]
fn an_unknown_service_is_bad_input() {
    let hall = busy_hall();
    let before = hall.event_count();
    let msg = run(hall.cmd().args(["ticket", "issue", "--service", "Z"])).fails(2);
    says(&msg, &["service Z"]);
    // A service the window does not handle is bad input as well.
    let msg = run(hall
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--window", "3"]))
    .fails(2);
    says(&msg, &["window 3", "service A"]);
    assert_eq!(hall.event_count(), before);
}

#[test]
fn serving_when_nobody_is_at_the_window_is_refused() {
    let hall = busy_hall();
    let before = hall.event_count();
    let msg = run(hall.cmd().args(["ticket", "serve", "--window", "1"])).fails(1);
    says(&msg, &["window 1", "not serving"]);
    // Serving twice: the second one finds nobody.
    call(&hall, &t("10:01"), 1);
    serve(&hall, &t("10:02"), 1);
    let after_serve = hall.event_count();
    let msg = run(hall.cmd().args(["ticket", "serve", "--window", "1"])).fails(1);
    says(&msg, &["window 1", "not serving"]);
    assert_eq!(hall.event_count(), after_serve);
    assert_eq!(after_serve, before + 2);
}

#[test]
fn a_break_cannot_start_in_the_middle_of_a_service() {
    let hall = busy_hall();
    open_windows(&hall, &t("10:00"), &[3]);
    assert_eq!(
        call(&hall, &t("10:01"), 1),
        "A001, please come to window 1.\n"
    );
    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:02"))
        .args(["break", "start", "--window", "1", "--reason", "personal"]))
    .fails(1);
    assert!(
        msg.contains("A001"),
        "the message should name the customer being served: {msg}"
    );
    assert!(
        msg.contains("--after-service"),
        "the message should say how to go on: {msg}"
    );
    assert_eq!(hall.event_count(), before);
}

#[test]
fn a_garbage_data_file_is_refused_and_left_alone() {
    let hall = Hall::at(&t("10:00"));
    std::fs::create_dir_all(hall.data_dir()).expect("data dir");
    let garbage: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(hall.log_path(), &garbage).expect("write garbage");
    for args in [
        &["status"][..],
        &["ticket", "issue", "--service", "A"],
        &["log", "--json"],
    ] {
        let msg = run(hall.cmd().args(args)).fails(2);
        assert!(msg.contains("not a frontdesk log"), "{args:?}: {msg}");
        assert!(
            msg.contains(&hall.log_path().display().to_string()),
            "the message names the file: {msg}"
        );
    }
    assert_eq!(bytes(&hall.log_path()), garbage, "the file was changed");
    assert_eq!(side_files(&hall.log_path()), Vec::<String>::new());
}

#[test]
fn a_file_with_an_sqlite_header_but_garbage_after_it_is_refused_and_left_alone() {
    let hall = Hall::at(&t("10:00"));
    std::fs::create_dir_all(hall.data_dir()).expect("data dir");
    let mut content = b"SQLite format 3\0".to_vec();
    content.extend((0..8192u32).map(|i| (i.wrapping_mul(40_503) >> 7) as u8));
    std::fs::write(hall.log_path(), &content).expect("write file");
    for args in [&["status"][..], &["ticket", "issue", "--service", "A"]] {
        let out = run(hall.cmd().args(args));
        let msg = out.fails(2);
        assert!(
            msg.contains(&hall.log_path().display().to_string()),
            "{msg}"
        );
    }
    assert_eq!(bytes(&hall.log_path()), content, "the file was changed");
    assert_eq!(side_files(&hall.log_path()), Vec::<String>::new());
}

#[test]
fn a_log_with_damaged_pages_is_refused_and_left_alone() {
    let hall = Hall::at(&t("10:00"));
    issue(&hall, &t("10:00"), "A", 300);
    let path = hall.log_path();
    let mut content = bytes(&path);
    let page = 4096;
    assert!(
        content.len() >= 6 * page,
        "the log is smaller than expected: {}",
        content.len()
    );
    // Every page after the schema's: the events and their indexes alike.
    let end = content.len() / page * page;
    for b in &mut content[3 * page..end] {
        *b = 0xA5;
    }
    std::fs::write(&path, &content).expect("damage the log");
    for args in [
        &["log", "--json", "--limit", "100000"][..],
        &["ticket", "issue", "--service", "A"],
    ] {
        let msg = run(hall.cmd().args(args)).fails(2);
        assert!(msg.contains("damaged"), "{args:?}: {msg}");
    }
    assert_eq!(bytes(&path), content, "the damaged file was changed");
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_alone() {
    let hall = Hall::at(&t("10:00"));
    std::fs::create_dir_all(hall.data_dir()).expect("data dir");
    {
        let conn = rusqlite::Connection::open(hall.log_path()).expect("create db");
        conn.execute_batch(
            "CREATE TABLE recipes (name TEXT, minutes INTEGER);
             INSERT INTO recipes VALUES ('goulash', 180);",
        )
        .expect("fill db");
    }
    let before = bytes(&hall.log_path());
    for args in [&["status"][..], &["ticket", "issue", "--service", "A"]] {
        let msg = run(hall.cmd().args(args)).fails(2);
        assert!(msg.contains("belongs to another program"), "{msg}");
    }
    assert_eq!(
        bytes(&hall.log_path()),
        before,
        "the other program's file was changed"
    );
    assert_eq!(side_files(&hall.log_path()), Vec::<String>::new());
}

#[test]
fn a_log_from_a_newer_version_is_refused_and_left_alone() {
    let hall = Hall::at(&t("10:00"));
    issue(&hall, &t("10:00"), "A", 3);
    {
        let conn = rusqlite::Connection::open(hall.log_path()).expect("open the log");
        conn.pragma_update(None, "application_id", 0x4644_534B_i32)
            .expect("application_id");
        conn.pragma_update(None, "user_version", 99)
            .expect("user_version");
        // Closing the last connection folds the WAL back into the file, so the
        // bytes compared below are the whole log.
    }
    let before = bytes(&hall.log_path());
    for args in [
        &["status"][..],
        &["ticket", "issue", "--service", "A"],
        &["log", "--json"],
    ] {
        let msg = run(hall.cmd().args(args)).fails(2);
        assert!(msg.contains("newer"), "{args:?}: {msg}");
        assert!(
            msg.contains("99"),
            "the message should say which version: {msg}"
        );
    }
    assert_eq!(bytes(&hall.log_path()), before, "the newer log was changed");
}

#[test]
fn an_invalid_config_names_the_place_of_the_problem() {
    let hall = Hall::at(&t("10:00"));
    let dir = tempfile::TempDir::new().expect("temp dir");
    let bad = dir.path().join("hall.toml");
    let text = std::fs::read_to_string(fixture_config())
        .expect("fixture")
        .replace("Europe/Budapest", "Europe/Budapset");
    std::fs::write(&bad, text).expect("write config");
    let line = text_line_of(&bad, "Europe/Budapset");
    let place = format!("{}:{line}:", bad.display());
    for args in [&["status"][..], &["ticket", "issue", "--service", "A"]] {
        let mut cmd = hall.bare();
        cmd.arg("--config")
            .arg(&bad)
            .args(["--now", &t("10:00")])
            .args(args);
        let msg = run(&mut cmd).fails(2);
        assert!(msg.contains(&place), "expected {place}<col> in: {msg}");
        let col = msg[msg.find(&place).expect("place") + place.len()..]
            .split(':')
            .next()
            .unwrap_or_default();
        assert!(
            col.parse::<u32>().is_ok(),
            "no column after the line: {msg}"
        );
        assert!(
            msg.contains("hall.time_zone"),
            "the message names the key: {msg}"
        );
    }
    let mut cmd = hall.bare();
    cmd.args(["config", "check"]).arg(&bad);
    let msg = run(&mut cmd).fails(2);
    assert!(msg.contains(&place), "{msg}");
    assert!(
        !hall.log_path().exists(),
        "a log was created for an invalid config"
    );
}

fn text_line_of(path: &Path, needle: &str) -> usize {
    std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .position(|l| l.contains(needle))
        .expect("needle in file")
        + 1
}

#[test]
fn a_garbled_now_is_bad_input() {
    let hall = busy_hall();
    let before = hall.event_count();
    let mut cmd = hall.bare();
    cmd.arg("--config").arg(&hall.config).args([
        "--now",
        "garbage",
        "ticket",
        "issue",
        "--service",
        "A",
    ]);
    let msg = run(&mut cmd).fails(2);
    assert!(msg.contains("--now") && msg.contains("garbage"), "{msg}");
    // The same through the environment.
    let mut cmd = hall.bare();
    cmd.arg("--config")
        .arg(&hall.config)
        .env("FRONTDESK_NOW", "yesterday")
        .args(["ticket", "issue", "--service", "A"]);
    let msg = run(&mut cmd).fails(2);
    assert!(msg.contains("yesterday"), "{msg}");
    assert_eq!(hall.event_count(), before);
}

#[test]
fn impossible_break_times_are_bad_input() {
    let hall = busy_hall();
    let before = hall.event_count();
    let msg = run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "25:00",
        "--minutes",
        "30",
    ]))
    .fails(2);
    says(&msg, &["25:00", "HH:MM"]);
    let msg = run(hall.cmd().args([
        "break", "plan", "--window", "1", "--start", "10:30", "--end", "10:20",
    ]))
    .fails(2);
    says(&msg, &["end"]);
    let msg = run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:30",
        "--minutes",
        "10",
        "--date",
        "2026-02-30",
    ]))
    .fails(2);
    assert!(msg.contains("2026-02-30"), "{msg}");
    // The night the clocks go forward, 02:30 never happens in Budapest.
    let msg = run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--date",
        "2026-03-29",
        "--start",
        "02:30",
        "--minutes",
        "10",
    ]))
    .fails(2);
    assert!(msg.contains("02:30") && msg.contains("2026-03-29"), "{msg}");
    assert_eq!(hall.event_count(), before);
}

// ---------------------------------------------------------------------------
// Breaks

#[test]
fn a_planned_break_warned_closed_taken_and_ended() {
    let hall = Hall::new();
    // Windows 1 and 2 share service A; window 3 stays closed for now.
    open_windows(&hall, &t("10:00"), &[1, 2]);
    assert_eq!(issue(&hall, &t("10:00"), "A", 10).len(), 10);
    let out = run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:20",
        "--minutes",
        "30",
    ]))
    .ok();
    says(&out, &["break 1", "window 1", "10:20", "10:50"]);
    let out = run(hall.cmd_at(&t("10:00")).args(["break", "publish"])).ok();
    says(&out, &["1 break", "published"]);
    let list: Value =
        serde_json::from_str(&run(hall.cmd_at(&t("10:00")).args(["break", "list", "--json"])).ok())
            .expect("json");
    assert_eq!(list[0]["published"], true);
    assert_eq!(list[0]["phase"], "published");

    // The warning is due 15 minutes before the break, not earlier.
    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:04"))
        .args(["break", "warn", "--window", "1"]))
    .fails(1);
    says(&msg, &["window 1", "from 10:05"]);
    assert_eq!(hall.event_count(), before);

    // 14 minutes left, 4-minute services, two windows on the queue: six fit.
    let out = run(hall
        .cmd_at(&t("10:06"))
        .args(["break", "warn", "--window", "1"]))
    .ok();
    // Two lines: the warning, and the closing with its last ticket.
    assert_eq!(out.lines().count(), 2, "{out}");
    says(&out, &["window 1", "10 waiting", "10:20", "A006"]);
    let msg = run(hall
        .cmd_at(&t("10:07"))
        .args(["break", "warn", "--window", "1"]))
    .fails(1);
    says(&msg, &["already", "warned"]);
    let status = status_json(&hall, &t("10:06"));
    assert_eq!(window(&status, 1)["phase"]["state"], "closing_soon");
    assert_eq!(window(&status, 1)["phase"]["cutoff"], "A006");

    for n in 1..=6 {
        assert_eq!(
            call(&hall, &t("10:07"), 1),
            format!("A00{n}, please come to window 1.\n")
        );
        says(&serve(&hall, &t("10:07"), 1), &[&format!("A00{n}")]);
    }
    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:08"))
        .args(["ticket", "call", "--window", "1"]))
    .fails(1);
    assert!(
        msg.contains("A006") && msg.contains("A007"),
        "the message names the cutoff and the next ticket: {msg}"
    );
    assert_eq!(hall.event_count(), before);
    // The customer beyond the cutoff is not lost: another window takes them.
    assert_eq!(
        call(&hall, &t("10:08"), 2),
        "A007, please come to window 2.\n"
    );

    // Window 3 must be open to keep service B covered while window 1 is away.
    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:19"))
        .args(["break", "start", "--window", "1"]))
    .fails(1);
    says(&msg, &["service B"]);
    assert_eq!(hall.event_count(), before);
    open_windows(&hall, &t("10:19"), &[3]);
    let out = run(hall
        .cmd_at(&t("10:20"))
        .args(["break", "start", "--window", "1"]))
    .ok();
    says(&out, &["window 1", "until 10:50"]);
    let status = status_json(&hall, &t("10:21"));
    assert_eq!(window(&status, 1)["phase"]["state"], "on_break");
    let msg = run(hall
        .cmd_at(&t("10:22"))
        .args(["ticket", "call", "--window", "1"]))
    .fails(1);
    says(&msg, &["window 1", "break"]);

    let out = run(hall
        .cmd_at(&t("10:50"))
        .args(["break", "end", "--window", "1"]))
    .ok();
    says(&out, &["window 1", "back"]);
    let status = status_json(&hall, &t("10:51"));
    assert_eq!(window(&status, 1)["phase"]["state"], "open");
    assert_eq!(
        call(&hall, &t("10:51"), 1),
        "A008, please come to window 1.\n"
    );

    let types = hall.event_types();
    let order: Vec<&str> = [
        "break_planned",
        "breaks_published",
        "warning_given",
        "closing_started",
        "break_started",
        "break_ended",
    ]
    .into_iter()
    .filter(|k| types.iter().any(|t| t == k))
    .collect();
    assert_eq!(order.len(), 6, "missing break events in {types:?}");
    let positions: Vec<usize> = order
        .iter()
        .map(|k| types.iter().position(|t| t == k).expect("present"))
        .collect();
    assert!(
        positions.windows(2).all(|p| p[0] < p[1]),
        "break events out of order: {types:?}"
    );
}

#[test]
fn the_cutoff_only_counts_windows_that_can_take_the_queue() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    issue(&hall, &t("10:00"), "A", 10);
    run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:20",
        "--minutes",
        "30",
    ]))
    .ok();
    // 14 minutes of 4-minute services at windows 1 and 2 (the only ones handling
    // A) serve six customers; promising more breaks the promise on the board.
    let out = run(hall
        .cmd_at(&t("10:06"))
        .args(["break", "warn", "--window", "1"]))
    .ok();
    says(&out, &["A006"]);
}

#[test]
fn a_late_warning_does_not_claim_the_queue_is_empty() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    issue(&hall, &t("10:00"), "A", 3);
    run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:20",
        "--minutes",
        "30",
    ]))
    .ok();
    // Two minutes before the break a 4-minute service no longer fits: there is no
    // cutoff, but the three waiting must not be told the queue is empty.
    let out = run(hall
        .cmd_at(&t("10:18"))
        .args(["break", "warn", "--window", "1"]))
    .ok();
    assert!(out.contains("(3 waiting)"), "{out}");
    assert!(
        !out.contains("nobody is waiting"),
        "three customers are waiting:\n{out}"
    );
}

#[test]
fn a_closing_window_without_a_cutoff_says_so_in_words() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    issue(&hall, &t("10:00"), "A", 3);
    run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:20",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall
        .cmd_at(&t("10:18"))
        .args(["break", "warn", "--window", "1"]))
    .ok();
    let msg = run(hall
        .cmd_at(&t("10:18"))
        .args(["ticket", "call", "--window", "1"]))
    .fails(1);
    assert!(msg.contains("A001"), "{msg}");
    assert!(
        !msg.contains(" -."),
        "a placeholder instead of a ticket: {msg}"
    );
}

#[test]
fn a_break_without_a_warning_needs_a_supervisors_override() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    assert_eq!(issue(&hall, &t("10:00"), "B", 2), ["B001", "B002"]);
    run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "3",
        "--start",
        "10:10",
        "--minutes",
        "20",
    ]))
    .ok();

    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:01"))
        .args(["break", "start", "--window", "3"]))
    .fails(1);
    says(&msg, &["2 customers", "window 3"]);
    assert!(
        msg.contains("break warn"),
        "the message says what to do: {msg}"
    );
    assert_eq!(hall.event_count(), before);

    // Half an override is a usage error, not a silent refusal.
    let out = run(hall
        .cmd_at(&t("10:01"))
        .args(["break", "start", "--window", "3", "--override"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("--because"), "{}", out.stderr);
    assert_eq!(hall.event_count(), before);

    let out = run(hall.cmd_at(&t("10:01")).args([
        "break",
        "start",
        "--window",
        "3",
        "--override",
        "--because",
        "window 1 takes the B queue",
    ]))
    .ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "the override, then the break: {out}");
    // The override is the user's who ran the command: a name is never typed.
    let me = frontdesk::whoami::current().user;
    says(lines[0], &[me.as_str(), "window 1 takes the B queue"]);
    says(lines[1], &["window 3", "until 10:30"]);
    let events = hall.events();
    let overridden: Vec<&Value> = events
        .iter()
        .filter(|e| e["event"]["type"] == "policy_overridden")
        .collect();
    assert_eq!(overridden.len(), 1, "{events:?}");
    let o = &overridden[0]["event"];
    assert_eq!(o["rule"], "not-warned");
    assert_eq!(o["by"], me.as_str());
    assert_eq!(
        overridden[0]["user"],
        me.as_str(),
        "who acted, beside the origin"
    );
    assert_eq!(o["reason"], "window 1 takes the B queue");
    assert_eq!(
        events.last().map(common::event_type).as_deref(),
        Some("break_started")
    );
}

#[test]
fn a_break_asked_for_during_a_service_starts_when_it_ends() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    issue(&hall, &t("10:00"), "A", 2);
    run(hall.cmd_at(&t("10:00")).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "10:20",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd_at(&t("10:00")).args(["break", "publish"])).ok();
    let out = run(hall
        .cmd_at(&t("10:06"))
        .args(["break", "warn", "--window", "1"]))
    .ok();
    says(&out, &["A002"]);
    assert_eq!(
        call(&hall, &t("10:07"), 1),
        "A001, please come to window 1.\n"
    );

    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:08"))
        .args(["break", "start", "--window", "1"]))
    .fails(1);
    assert!(
        msg.contains("A001") && msg.contains("--after-service"),
        "{msg}"
    );
    assert_eq!(hall.event_count(), before);

    let out =
        run(hall
            .cmd_at(&t("10:08"))
            .args(["break", "start", "--window", "1", "--after-service"]))
        .ok();
    says(&out, &["window 1"]);
    assert!(
        !out.contains("until"),
        "the break has not started yet: {out}"
    );
    let status = status_json(&hall, &t("10:08"));
    assert_eq!(window(&status, 1)["phase"]["state"], "pending");
    assert_eq!(window(&status, 1)["serving"], "A001");
    // While waiting for the service to end, the window calls nobody else.
    let before = hall.event_count();
    run(hall
        .cmd_at(&t("10:09"))
        .args(["ticket", "call", "--window", "1"]))
    .fails(1);
    assert_eq!(hall.event_count(), before);

    let out = serve(&hall, &t("10:11"), 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "the service, then the break: {out}");
    says(lines[0], &["A001", "window 1"]);
    says(lines[1], &["window 1", "on a break until 10:50"]);
    let status = status_json(&hall, &t("10:12"));
    assert_eq!(window(&status, 1)["phase"]["state"], "on_break");
    assert_eq!(window(&status, 1)["serving"], Value::Null);

    let out = run(hall
        .cmd_at(&t("10:50"))
        .args(["break", "end", "--window", "1"]))
    .ok();
    says(&out, &["window 1", "back"]);
    let msg = run(hall
        .cmd_at(&t("10:51"))
        .args(["break", "end", "--window", "1"]))
    .fails(1);
    says(&msg, &["window 1", "not on a break"]);

    let types = hall.event_types();
    let tail: Vec<&str> = types
        .iter()
        .rev()
        .take(4)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(
        tail,
        [
            "break_pending",
            "ticket_served",
            "break_started",
            "break_ended"
        ]
    );
}

#[test]
fn an_unscheduled_break_needs_a_known_reason() {
    let hall = Hall::new();
    open_windows(&hall, &t("10:00"), &[1, 2, 3]);
    let out = run(hall.cmd_at(&t("10:00")).args([
        "break",
        "start",
        "--window",
        "2",
        "--reason",
        "goods-receipt",
        "--minutes",
        "10",
    ]))
    .ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        2,
        "the unscheduled break, then its start: {out}"
    );
    says(lines[0], &["window 2", "10:00", "10:10", "goods receipt"]);
    says(lines[1], &["window 2", "until 10:10"]);
    let status = status_json(&hall, &t("10:01"));
    assert_eq!(window(&status, 2)["phase"]["state"], "on_break");
    assert_eq!(window(&status, 2)["phase"]["unscheduled"], "goods-receipt");

    let before = hall.event_count();
    let msg = run(hall
        .cmd_at(&t("10:02"))
        .args(["break", "start", "--window", "3", "--reason", "lunch"]))
    .fails(2);
    assert!(msg.contains("lunch"), "{msg}");
    for known in [
        "goods-receipt",
        "cash-collection",
        "technical-fault",
        "personal",
        "other",
    ] {
        assert!(
            msg.contains(known),
            "the message should list {known}: {msg}"
        );
    }
    // No reason and no planned break: the cashier is told to give one.
    let msg = run(hall
        .cmd_at(&t("10:02"))
        .args(["break", "start", "--window", "3"]))
    .fails(1);
    assert!(msg.contains("--reason"), "{msg}");
    assert_eq!(hall.event_count(), before);

    let out = run(hall
        .cmd_at(&t("10:09"))
        .args(["break", "end", "--window", "2"]))
    .ok();
    says(&out, &["window 2", "back"]);
}

// ---------------------------------------------------------------------------
// Config files

#[test]
fn config_init_writes_a_file_config_check_accepts() {
    let hall = Hall::new();
    let dir = tempfile::TempDir::new().expect("temp dir");
    let file = dir.path().join("nested/dir/hall.toml");
    let mut cmd = hall.bare();
    cmd.args(["config", "init"]).arg(&file);
    let out = run(&mut cmd).ok();
    assert!(out.contains(&file.display().to_string()), "{out}");
    let written = bytes(&file);

    let mut cmd = hall.bare();
    cmd.args(["config", "check"]).arg(&file);
    let out = run(&mut cmd).ok();
    says(&out, &["valid"]);

    let mut cmd = hall.bare();
    cmd.args(["config", "init"]).arg(&file);
    let msg = run(&mut cmd).fails(2);
    assert!(
        msg.contains("already exists") && msg.contains("--force"),
        "{msg}"
    );
    assert_eq!(bytes(&file), written);

    std::fs::write(&file, "# mine\n").expect("overwrite");
    let mut cmd = hall.bare();
    cmd.args(["config", "init", "--force"]).arg(&file);
    run(&mut cmd).ok();
    assert_eq!(bytes(&file), written, "--force writes the starter again");
}

#[test]
fn config_path_names_the_data_dir_and_the_log() {
    let hall = Hall::new();
    let out = run(hall.cmd().args(["config", "path"])).ok();
    let data = hall.data_dir().display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with("data:") && l.ends_with(&data)),
        "{out}"
    );
    let log = hall.log_path().display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with("log:") && l.ends_with(&log)),
        "{out}"
    );
    let config = hall.config.display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with("in use:") && l.ends_with(&config)),
        "{out}"
    );

    // Without a config the demo's log is the one in use.
    let out = run(hall.bare().args(["config", "path"])).ok();
    let demo = hall.data_dir().join("demo.sqlite").display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with("log:") && l.ends_with(&demo)),
        "{out}"
    );
    assert!(out.contains("demo"), "{out}");
}

#[test]
fn config_init_without_a_file_sets_up_the_per_user_hall() {
    let hall = Hall::new();
    let out = run(hall.bare().args(["config", "init"])).ok();
    let expected = hall.home.path().join(".config/frontdesk/config.toml");
    assert!(expected.is_file(), "config init wrote elsewhere: {out}");
    let path = run(hall.bare().args(["config", "path"])).ok();
    assert!(
        path.lines()
            .any(|l| l.starts_with("in use:") && l.ends_with(&expected.display().to_string())),
        "{path}"
    );
    // From now on the hall is the starter config, not the demo.
    let status = run(hall.bare().args(["status", "--json"])).ok();
    let status: Value = serde_json::from_str(&status).expect("json");
    assert_eq!(status["demo"], false);
    assert!(
        hall.log_path().exists(),
        "the configured hall keeps its log in hall.sqlite"
    );
}

// ---------------------------------------------------------------------------
// The demo hall (on the real clock: it is laid around the current time)

#[test]
fn without_a_config_the_demo_hall_opens() {
    let hall = Hall::new();
    let out = run(hall.bare().arg("status")).ok();
    assert!(out.contains("DEMO"), "{out}");
    let windows: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("Window "))
        .collect();
    assert_eq!(windows.len(), 4, "{out}");
    assert!(hall.data_dir().join("demo.sqlite").is_file());
    assert!(
        !hall.log_path().exists(),
        "the demo must not write the configured hall's log"
    );

    let out = run(hall.bare().args(["demo", "reset"])).ok();
    says(&out, &["demo"]);
    assert!(
        out.contains(&hall.data_dir().join("demo.sqlite").display().to_string()),
        "{out}"
    );

    let status: Value =
        serde_json::from_str(&run(hall.bare().args(["status", "--json"])).ok()).expect("json");
    assert_eq!(status["demo"], true);
    let phases: Vec<&str> = status["windows"]
        .as_array()
        .expect("windows")
        .iter()
        .map(|w| w["phase"]["state"].as_str().expect("state"))
        .collect();
    assert_eq!(phases.len(), 4);
    assert!(phases.contains(&"on_break"), "{phases:?}");
    assert!(phases.contains(&"closing_soon"), "{phases:?}");
    // The break whose warning is due starts 14 minutes from now, tomorrow if it is
    // late evening: it is due either way.
    assert!(
        !status["warnings_due"]
            .as_array()
            .expect("warnings_due")
            .is_empty(),
        "{status}"
    );
}

#[test]
fn the_demo_has_a_warning_due_even_late_at_night() {
    let hall = Hall::new();
    let late = "2026-03-02T23:50:00+01:00";
    let mut cmd = hall.bare();
    cmd.args(["--now", late, "demo", "reset"]);
    run(&mut cmd).ok();
    let mut cmd = hall.bare();
    cmd.args(["--now", late, "status", "--json"]);
    let status: Value = serde_json::from_str(&run(&mut cmd).ok()).expect("json");
    assert_eq!(status["warnings_due"], serde_json::json!([1]), "{status}");
}

// ---------------------------------------------------------------------------
// The store benchmark (small, so it runs in a test)

#[test]
fn the_store_benchmark_cleans_up_after_itself() {
    let hall = Hall::new();
    let scratch = tempfile::TempDir::new().expect("temp dir");
    let out = run(hall.bare().env("TMPDIR", scratch.path()).args([
        "bench",
        "store",
        "--events",
        "2000",
        "--appends",
        "10",
    ]))
    .ok();
    assert!(out.contains("durable appends: 10"), "{out}");
    assert!(out.contains("2000 events"), "{out}");
    let left: Vec<_> = std::fs::read_dir(scratch.path()).expect("list").collect();
    assert!(left.is_empty(), "the benchmark left files behind: {left:?}");
    assert!(!hall.log_path().exists() && !hall.data_dir().join("demo.sqlite").exists());
}

// ---------------------------------------------------------------------------
// Output into a closed pipe (`frontdesk status | head -1`, a pager quit early)

#[test]
fn output_into_a_closed_pipe_is_not_a_crash() {
    let hall = Hall::at(&t("10:00"));
    issue(&hall, &t("10:00"), "A", 1);
    let commands: [&[&str]; 6] = [
        &["log"],
        &["status"],
        &["completions", "bash"],
        &["config", "path"],
        &["break", "list"],
        &["demo", "reset"],
    ];
    let mut crashed = Vec::new();
    for args in commands {
        // A pipe whose reader is already closed: every write fails with EPIPE.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = hall.std_cmd();
        cmd.env("RUST_BACKTRACE", "0").args(args).stdout(writer);
        let out = common::from_output(cmd.output().expect("run"));
        if out.code == 101 || out.stderr.contains("panicked") {
            crashed.push(format!("{}: exit {}", args.join(" "), out.code));
        }
    }
    assert!(
        crashed.is_empty(),
        "crashed on a closed stdout: {crashed:#?}"
    );
}
