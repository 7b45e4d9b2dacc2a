//! `frontdesk feedback` end to end on a real log: a complaint's steps, the
//! context the log gives a complaint about a window that closed without a
//! warning, refusals of bad input, text cleaned of control characters, a
//! customer's contact erased from the log's files for good, late complaints
//! on working days, the figures checked against a count made from `log
//! --json`, audits against a checklist, and the words in four languages.

mod common;

use common::{Hall, run};
use serde_json::Value;
use std::path::Path;

/// The quality record's fixture hall.
fn hall() -> Hall {
    Hall {
        config: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feedback.toml"),
        ..Hall::new()
    }
}

/// Tuesday 10 March 2026 in Budapest (CET), at a time of day.
fn tue(hhmm: &str) -> String {
    format!("2026-03-10T{hhmm}:00+01:00")
}

fn at(hall: &Hall, now: &str, args: &[&str]) -> common::Run {
    run(hall.cmd_at(now).args(args))
}

fn ok(hall: &Hall, now: &str, args: &[&str]) -> String {
    at(hall, now, args).ok()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn fb(hall: &Hall, now: &str, args: &[&str]) -> String {
    let mut all = vec!["feedback"];
    all.extend_from_slice(args);
    ok(hall, now, &all)
}

/// Windows open, two customers waiting for window 1 and its break at 10:00.
fn morning(hall: &Hall) {
    ok(hall, &tue("08:00"), &["window", "open", "--window", "1"]);
    ok(hall, &tue("08:00"), &["window", "open", "--window", "2"]);
    ok(
        hall,
        &tue("08:00"),
        &[
            "break",
            "plan",
            "--window",
            "1",
            "--start",
            "10:00",
            "--minutes",
            "30",
        ],
    );
    ok(hall, &tue("08:00"), &["break", "publish"]);
    ok(
        hall,
        &tue("09:40"),
        &[
            "ticket",
            "issue",
            "--service",
            "B",
            "--window",
            "1",
            "--count",
            "2",
        ],
    );
}

#[test]
fn a_complaint_is_acknowledged_answered_closed_and_reopened_with_who_did_each() {
    let hall = hall();
    let out = fb(
        &hall,
        &tue("11:00"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "waiting-time",
            "--channel",
            "email",
            "--words",
            "An hour in the queue.",
        ],
    );
    assert_eq!(out, "Complaint #1 recorded: waiting time (by e-mail).\n");
    let steps: [(&str, &[&str], &str); 5] = [
        ("11:05", &["acknowledge", "1"], "Feedback #1 acknowledged."),
        (
            "11:06",
            &["assign", "#1", "--to", "Eva"],
            "Feedback #1 assigned to Eva.",
        ),
        (
            "11:30",
            &[
                "answer",
                "1",
                "--text",
                "Sorry; two windows were short-staffed.",
            ],
            "Feedback #1 answered.",
        ),
        ("11:31", &["close", "1"], "Feedback #1 closed."),
        (
            "12:00",
            &["reopen", "1", "--why", "The customer wrote again"],
            "Feedback #1 reopened: The customer wrote again.",
        ),
    ];
    for (hhmm, args, said) in steps {
        let out = run(hall
            .cmd_at(&tue(hhmm))
            .args(["--origin", "Eva"])
            .arg("feedback")
            .args(args))
        .ok();
        assert_eq!(out.trim_end(), said, "{args:?}");
    }
    let shown = json(&fb(&hall, &tue("12:01"), &["show", "1", "--json"]));
    assert_eq!(shown["entry"]["status"], "acknowledged");
    assert_eq!(shown["entry"]["due"]["stage"], "answer");
    // Five working days from the reopening on Tuesday: the next Tuesday.
    assert_eq!(shown["entry"]["due"]["by"], "2026-03-17");
    let history = shown["history"].as_array().cloned().unwrap_or_default();
    let steps: Vec<(&str, &str)> = history
        .iter()
        .map(|h| {
            (
                h["step"].as_str().unwrap_or(""),
                h["by"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("recorded", "cli"),
            ("acknowledged", "Eva"),
            ("assigned", "Eva"),
            ("answered", "Eva"),
            ("closed", "Eva"),
            ("reopened", "Eva"),
        ]
    );
    // Every step is an event in the log, by whoever took it.
    let kinds: Vec<String> = hall
        .events()
        .iter()
        .map(common::event_type)
        .filter(|k| k.starts_with("feedback_"))
        .collect();
    assert_eq!(
        kinds,
        [
            "feedback_recorded",
            "feedback_acknowledged",
            "feedback_assigned",
            "feedback_answered",
            "feedback_closed",
            "feedback_reopened"
        ]
    );
    // A step the process does not allow is a rule (exit 1), not bad input.
    let msg = at(&hall, &tue("12:02"), &["feedback", "acknowledge", "1"]).fails(1);
    assert_eq!(msg, "frontdesk: Entry #1 is already acknowledged.");
    let msg = at(
        &hall,
        &tue("12:02"),
        &["feedback", "reopen", "1", "--why", "x"],
    )
    .fails(1);
    assert_eq!(msg, "frontdesk: Entry #1 is not closed.");
}

#[test]
fn a_window_that_closed_without_warning_shows_from_the_log_that_no_warning_was_given() {
    let hall = hall();
    morning(&hall);
    // The cashier leaves on the minute, two waiting, and nobody warned them;
    // a supervisor let it through.
    ok(
        &hall,
        &tue("10:00"),
        &[
            "break",
            "start",
            "--window",
            "1",
            "--override",
            "--because",
            "a test",
        ],
    );
    fb(
        &hall,
        &tue("10:05"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "window-closed",
            "--ticket",
            "B001",
            "--window",
            "1",
            "--words",
            "They closed in front of me after twenty minutes.",
        ],
    );
    let text = fb(&hall, &tue("10:06"), &["show", "1"]);
    for part in [
        "What the log says:",
        "Ticket B001 taken at 09:40, waited 25 minutes. Not served.",
        "Break #1 at window 1, 10:00–10:30, planned and published.",
        "The queue was not warned.",
        "2 people were waiting when the break began.",
        "No prepared phrase was said.",
        "! Rules not followed: window 1 went on its break with 2 people waiting and no warning.",
    ] {
        assert!(text.contains(part), "{part:?} missing from:\n{text}");
    }
    let shown = json(&fb(&hall, &tue("10:06"), &["show", "1", "--json"]));
    let cx = &shown["context"];
    assert_eq!(cx["break"]["warned_at"], Value::Null);
    assert_eq!(cx["break"]["waiting_at_start"], 2);
    assert_eq!(cx["lapses"][0]["lapse"], "not_warned");
    assert_eq!(cx["lapses"][0]["waiting"], 2);
    assert_eq!(cx["ticket"]["waited_minutes"], 25);

    // The same complaint where the queue was warned: the log says when, and
    // how far ahead.
    let warned = self::hall();
    morning(&warned);
    ok(&warned, &tue("09:45"), &["break", "warn", "--window", "1"]);
    fb(
        &warned,
        &tue("10:05"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "not-warned",
            "--window",
            "1",
        ],
    );
    let text = fb(&warned, &tue("10:06"), &["show", "1"]);
    assert!(
        text.contains("The queue was warned at 09:45, 15 minutes ahead, with 2 people waiting."),
        "{text}"
    );
    assert!(!text.contains("The queue was not warned."), "{text}");
}

#[test]
fn unknown_tickets_windows_staff_and_categories_are_refused_naming_them() {
    let hall = hall();
    morning(&hall);
    let add = |extra: &[&str]| {
        let mut args = vec![
            "feedback",
            "add",
            "--kind",
            "complaint",
            "--category",
            "other",
        ];
        args.extend_from_slice(extra);
        at(&hall, &tue("10:05"), &args).fails(2)
    };
    assert_eq!(
        add(&["--ticket", "A999"]),
        "frontdesk: There is no ticket A999 on 2026-03-10."
    );
    // B001 exists today, not yesterday: labels restart every day.
    assert_eq!(
        add(&["--ticket", "B001", "--date", "2026-03-09"]),
        "frontdesk: There is no ticket B001 on 2026-03-09."
    );
    assert_eq!(add(&["--window", "9"]), "frontdesk: There is no window 9.");
    assert_eq!(
        add(&["--staff", "zoe"]),
        "frontdesk: There is no staff member zoe."
    );
    assert_eq!(
        add(&["--service", "Q"]),
        "frontdesk: There is no service Q."
    );
    assert_eq!(add(&["--break", "7"]), "frontdesk: There is no break 7.");
    let msg = at(
        &hall,
        &tue("10:05"),
        &[
            "feedback",
            "add",
            "--kind",
            "complaint",
            "--category",
            "rudeness",
        ],
    )
    .fails(2);
    assert!(
        msg.starts_with("frontdesk: There is no category rudeness; the categories are window-closed, not-warned,"),
        "{msg}"
    );
    assert!(msg.ends_with("other, parking."), "{msg}");
    let msg = at(
        &hall,
        &tue("10:05"),
        &["feedback", "add", "--kind", "praise", "--category", "other"],
    )
    .fails(2);
    assert_eq!(
        msg,
        "frontdesk: Unknown kind praise; expected one of complaint, compliment, suggestion, question."
    );
    let msg = at(&hall, &tue("10:05"), &["feedback", "show", "4"]).fails(2);
    assert_eq!(msg, "frontdesk: There is no feedback entry #4.");
    let msg = at(
        &hall,
        &tue("10:05"),
        &["feedback", "rate", "--window", "1", "--score", "6"],
    )
    .fails(2);
    assert_eq!(msg, "frontdesk: A rating is 1 to 5, not 6.");
    let msg = at(
        &hall,
        &tue("10:05"),
        &["feedback", "list", "--staff", "zoe"],
    )
    .fails(2);
    assert_eq!(msg, "frontdesk: There is no staff member zoe.");
    // Nothing refused was written.
    assert!(
        hall.event_types()
            .iter()
            .all(|t| !t.starts_with("feedback")),
        "a refusal wrote to the log"
    );
}

#[test]
fn the_customers_words_are_stored_cleaned_of_control_characters() {
    let hall = hall();
    fb(
        &hall,
        &tue("10:00"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "other",
            "--words",
            "Rude\u{1b}[2J\u{7} and\tslow\u{202e}!",
            "--name",
            "Eva\u{1b}]0;x\u{7} Tóth",
        ],
    );
    let events = hall.events();
    let recorded = events
        .iter()
        .find(|e| common::event_type(e) == "feedback_recorded")
        .expect("recorded");
    assert_eq!(recorded["event"]["words"], "Rude[2J and slow!");
    let shown = json(&fb(&hall, &tue("10:01"), &["show", "1", "--json"]));
    assert_eq!(shown["entry"]["contact"]["name"], "Eva]0;x Tóth");
}

/// Every byte of the log's files: the database and its write-ahead file.
fn log_bytes(hall: &Hall) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let mut p = hall.log_path().into_os_string();
        p.push(suffix);
        all.extend(std::fs::read(&p).unwrap_or_default());
    }
    all
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn erasing_drops_the_person_from_the_log_files_for_good_and_keeps_the_entry() {
    let hall = hall();
    fb(
        &hall,
        &tue("10:00"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "staff-manner",
            "--words",
            "The cashier shouted.",
            "--name",
            "Zsófia Várhelyi-Kun",
            "--contact",
            "zsofia.varhelyi@example.com",
        ],
    );
    // The contact is shown only where asked for.
    let shown = fb(&hall, &tue("10:01"), &["show", "1"]);
    assert!(
        shown.contains("Customer: Zsófia Várhelyi-Kun · zsofia.varhelyi@example.com"),
        "{shown}"
    );
    let list = fb(&hall, &tue("10:01"), &["list"]);
    assert!(!list.contains("Zsófia"), "{list}");
    let list = fb(&hall, &tue("10:01"), &["list", "--json"]);
    assert!(!list.contains("Zsófia"), "{list}");
    let list = fb(&hall, &tue("10:01"), &["list", "--contacts"]);
    assert!(list.contains("Zsófia Várhelyi-Kun"), "{list}");
    // Never in the events: exports of the log do not carry it.
    let log = ok(&hall, &tue("10:01"), &["log", "--json"]);
    assert!(!log.contains("Zsófia") && !log.contains("zsofia"), "{log}");
    assert!(log.contains("\"contact\":true"), "{log}");
    // It is in the log's files before the erasure...
    assert!(holds(&log_bytes(&hall), "zsofia.varhelyi@example.com"));

    let out = fb(&hall, &tue("10:02"), &["erase", "1"]);
    assert_eq!(
        out.trim_end(),
        "The customer's name and contact for #1 were erased; the entry stays."
    );
    // ...and in none of them after it, while the entry stays.
    let bytes = log_bytes(&hall);
    assert!(
        !holds(&bytes, "zsofia.varhelyi@example.com"),
        "the contact is still in the files"
    );
    assert!(!holds(&bytes, "Várhelyi"), "the name is still in the files");
    assert!(holds(&bytes, "The cashier shouted."));
    let shown = fb(&hall, &tue("10:03"), &["show", "1"]);
    assert!(
        shown.contains("The customer's name and contact were erased."),
        "{shown}"
    );
    assert!(shown.contains("name and contact erased by cli"), "{shown}");
    let msg = at(&hall, &tue("10:03"), &["feedback", "erase", "1"]).fails(1);
    assert_eq!(
        msg,
        "frontdesk: Entry #1 holds no name or contact to erase."
    );
}

#[test]
fn a_late_complaint_is_raised_on_working_days_across_the_weekend() {
    let hall = hall();
    // A letter dated Friday 13 March; acknowledged within 1 working day means
    // by the end of Monday 16 March.
    fb(
        &hall,
        "2026-03-13T16:00:00+01:00",
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "sent-elsewhere",
            "--channel",
            "writing",
            "--received",
            "2026-03-13 15:30",
        ],
    );
    let alert = "! Complaint #1 is past the hall's time limit: acknowledgement overdue (due by 2026-03-16). See frontdesk feedback.";
    for now in [
        "2026-03-14T12:00:00+01:00",
        "2026-03-15T23:00:00+01:00",
        "2026-03-16T23:59:00+01:00",
    ] {
        let status = ok(&hall, now, &["status"]);
        assert!(
            !status.contains("past the hall's time limit"),
            "{now}:\n{status}"
        );
    }
    let status = ok(&hall, "2026-03-17T00:01:00+01:00", &["status"]);
    assert!(status.contains(alert), "{status}");
    let list = fb(&hall, "2026-03-17T00:01:00+01:00", &["list"]);
    assert!(
        list.contains("! acknowledgement overdue (due by 2026-03-16)"),
        "{list}"
    );
    // Acknowledged, it is no longer late: the answer is due by Friday 20 March.
    fb(&hall, "2026-03-17T09:00:00+01:00", &["acknowledge", "1"]);
    let status = ok(&hall, "2026-03-17T09:01:00+01:00", &["status"]);
    assert!(!status.contains("past the hall's time limit"), "{status}");
    let list = fb(&hall, "2026-03-17T09:01:00+01:00", &["list"]);
    assert!(list.contains("answer by 2026-03-20"), "{list}");
}

#[test]
fn the_figures_agree_with_a_count_made_from_the_log() {
    let hall = hall();
    ok(&hall, &tue("08:00"), &["window", "open", "--window", "1"]);
    ok(&hall, &tue("08:00"), &["window", "open", "--window", "2"]);
    // Twelve customers, served alternately at windows 1 and 2.
    for i in 0..12 {
        let now = tue(&format!("09:{:02}", i * 4));
        let w = if i % 2 == 0 { "1" } else { "2" };
        ok(
            &hall,
            &now,
            &["ticket", "issue", "--service", "A", "--window", w],
        );
        ok(&hall, &now, &["ticket", "call", "--window", w]);
        ok(&hall, &now, &["ticket", "serve", "--window", w]);
    }
    for (kind, w) in [
        ("complaint", "1"),
        ("complaint", "1"),
        ("complaint", "2"),
        ("compliment", "2"),
        ("compliment", "2"),
        ("suggestion", "1"),
    ] {
        fb(
            &hall,
            &tue("10:00"),
            &["add", "--kind", kind, "--category", "other", "--window", w],
        );
    }
    for (w, score) in [("1", "2"), ("1", "4"), ("2", "5"), ("2", "5"), ("2", "3")] {
        fb(
            &hall,
            &tue("10:10"),
            &["rate", "--window", w, "--score", score],
        );
    }
    let figures = json(&fb(
        &hall,
        &tue("11:00"),
        &[
            "figures",
            "--from",
            "2026-03-10",
            "--to",
            "2026-03-10",
            "--json",
        ],
    ));

    // The count, from the events themselves.
    let events = hall.events();
    let of = |kind: &str| -> Vec<&Value> {
        events
            .iter()
            .filter(|e| common::event_type(e) == kind)
            .collect()
    };
    let served = of("ticket_served");
    let complaints: Vec<&Value> = of("feedback_recorded")
        .into_iter()
        .filter(|e| e["event"]["kind"] == "complaint")
        .collect();
    let praise = of("feedback_recorded")
        .into_iter()
        .filter(|e| e["event"]["kind"] == "compliment")
        .count() as f64;
    let scores: Vec<f64> = of("customer_rated")
        .iter()
        .filter_map(|e| e["event"]["score"].as_f64())
        .collect();
    let h = &figures["hall"];
    assert_eq!(h["served"].as_u64(), Some(served.len() as u64));
    assert_eq!(h["complaints"].as_u64(), Some(complaints.len() as u64));
    let per_k = complaints.len() as f64 * 1000.0 / served.len() as f64;
    assert_eq!(
        h["complaints_per_1000_served"].as_f64(),
        Some((per_k * 100.0).round() / 100.0)
    );
    let ratio = praise / complaints.len() as f64;
    assert_eq!(
        h["praise_per_complaint"].as_f64(),
        Some((ratio * 100.0).round() / 100.0)
    );
    let avg = scores.iter().sum::<f64>() / scores.len() as f64;
    assert_eq!(
        h["average_rating"].as_f64(),
        Some((avg * 100.0).round() / 100.0)
    );
    // And per window, put down to its cashier.
    for group in figures["groups"].as_array().cloned().unwrap_or_default() {
        let w = group["key"].as_u64().unwrap_or(0);
        let n_served = served
            .iter()
            .filter(|e| e["event"]["window"].as_u64() == Some(w))
            .count() as u64;
        let n_complaints = complaints
            .iter()
            .filter(|e| e["event"]["links"]["window"].as_u64() == Some(w))
            .count() as u64;
        assert_eq!(group["served"].as_u64(), Some(n_served), "{group}");
        assert_eq!(group["complaints"].as_u64(), Some(n_complaints), "{group}");
    }
    let by_staff = json(&fb(
        &hall,
        &tue("11:00"),
        &["figures", "--by", "staff", "--json"],
    ));
    let anna = by_staff["groups"]
        .as_array()
        .and_then(|g| g.iter().find(|x| x["key"] == "anna").cloned())
        .expect("Anna's figures");
    assert_eq!(anna["name"], "Anna Kovács");
    assert_eq!(anna["served"], 6);
    assert_eq!(anna["complaints"], 2);
    assert_eq!(anna["ratings"], 2);
}

#[test]
fn an_audit_is_scored_against_the_checklist_and_a_broken_checklist_names_its_place() {
    let hall = hall();
    ok(&hall, &tue("08:00"), &["window", "open", "--window", "2"]);
    let out = fb(
        &hall,
        &tue("11:00"),
        &[
            "audit",
            "--window",
            "2",
            "--mark",
            "greeting=yes,notice=yes,break-warning=no",
            "--mark",
            "phrases=yes",
            "--mark",
            "cutoff-honoured=n/a,redirect=n/a,apology=n/a",
        ],
    );
    assert_eq!(
        out.trim_end(),
        "Mystery-shopper audit #1 recorded: 4 of 7 points."
    );
    let audits = json(&fb(&hall, &tue("11:01"), &["audits", "--json"]));
    assert_eq!(audits[0]["staff"], "bela");
    assert_eq!(audits[0]["percent"], 57);
    let msg = at(
        &hall,
        &tue("11:02"),
        &[
            "feedback",
            "audit",
            "--window",
            "2",
            "--mark",
            "greeting=yes,smile=yes",
        ],
    )
    .fails(2);
    assert!(
        msg.starts_with(
            "frontdesk: Checklist mystery-shopper has no item smile; its items are greeting,"
        ),
        "{msg}"
    );
    let msg = at(
        &hall,
        &tue("11:02"),
        &[
            "feedback",
            "audit",
            "--window",
            "2",
            "--mark",
            "greeting=yes",
        ],
    )
    .fails(2);
    assert_eq!(
        msg,
        "frontdesk: Item notice of checklist mystery-shopper is not marked (every item needs yes, no or n/a)."
    );
    // A hall's own checklist with a mistake: the file, line and column.
    let dir = tempfile::TempDir::new().expect("temp dir");
    let file = dir.path().join("visit.toml");
    std::fs::write(
        &file,
        "id = \"visit\"\n[title]\nen = \"Visit\"\nhu = \"Látogatás\"\nru = \"Визит\"\nuk = \"Візит\"\n\n[[items]]\nid = \"greeting\"\nweight = 500\ntext = { en = \"a\", hu = \"b\", ru = \"c\", uk = \"d\" }\n",
    )
    .expect("write checklist");
    let shown = file.display().to_string();
    let msg = at(
        &hall,
        &tue("11:03"),
        &["feedback", "checklist", "--check", &shown],
    )
    .fails(2);
    assert_eq!(
        msg,
        format!("frontdesk: {shown}:10:10: items[0].weight: must be between 1 and 100, got 500")
    );
    let msg = at(
        &hall,
        &tue("11:03"),
        &[
            "feedback",
            "audit",
            "--checklist",
            &shown,
            "--mark",
            "greeting=yes",
        ],
    )
    .fails(2);
    assert!(msg.contains(":10:10: items[0].weight"), "{msg}");
    std::fs::write(&file, "id = \"visit\"\nitems = [\n").expect("write checklist");
    let msg = at(
        &hall,
        &tue("11:03"),
        &["feedback", "checklist", "--check", &shown],
    )
    .fails(2);
    assert_eq!(
        msg,
        format!("frontdesk: {shown}:2:10: unclosed array, expected `]`")
    );
}

#[test]
fn the_words_come_in_every_language_with_their_plurals() {
    let hall = hall();
    fb(
        &hall,
        &tue("10:00"),
        &[
            "add",
            "--kind",
            "complaint",
            "--category",
            "not-warned",
            "--window",
            "1",
        ],
    );
    let cases = [
        (
            "hu",
            "nem szóltak előre a szünetről",
            "2 nap",
            "Nincs ilyen kategória: nope.",
        ),
        (
            "ru",
            "не предупредили о перерыве",
            "2 дня",
            "Категории nope нет;",
        ),
        (
            "uk",
            "не попередили про перерву",
            "2 дні",
            "Категорії nope немає;",
        ),
        (
            "en",
            "not warned before a break",
            "2 days",
            "There is no category nope;",
        ),
    ];
    for (lang, category, age, refusal) in cases {
        let list = run(hall
            .cmd_at("2026-03-12T10:30:00+01:00")
            .args(["feedback", "--lang", lang, "list"]))
        .ok();
        assert!(list.contains(category), "{lang}: {list}");
        assert!(list.contains(age), "{lang}: {list}");
        let msg = run(hall.cmd_at(&tue("10:01")).args([
            "feedback",
            "--lang",
            lang,
            "add",
            "--kind",
            "complaint",
            "--category",
            "nope",
        ]))
        .fails(2);
        assert!(msg.contains(refusal), "{lang}: {msg}");
    }
    // Ukrainian and Russian hours and days: 24 години, 23 часа, 5 днів, 21 день, 22 дня.
    for (lang, n, want) in [
        ("uk", "2026-03-11T10:30:00+01:00", "24 години"),
        ("ru", "2026-03-11T09:10:00+01:00", "23 часа"),
        ("uk", "2026-03-15T10:30:00+01:00", "5 днів"),
        ("uk", "2026-03-31T10:30:00+01:00", "21 день"),
        ("ru", "2026-03-15T10:30:00+01:00", "5 дней"),
        ("ru", "2026-04-01T10:30:00+01:00", "22 дня"),
    ] {
        let list = run(hall.cmd_at(n).args(["feedback", "--lang", lang, "list"])).ok();
        assert!(list.contains(want), "{lang} {n}: {list}");
    }
}
