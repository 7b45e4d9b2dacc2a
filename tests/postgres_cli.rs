//! The command line on a hall in PostgreSQL: chosen by the config's `[store]`
//! or the environment, copied there from its SQLite file and back event for
//! event, read with every other hall by a head office, and never given a
//! password on the command line.

mod common;

use common::{Hall, parse_json_lines, pg, run};
use serde_json::Value;
use std::path::Path;

/// A Monday morning in the hall.
const MORNING: &str = "2026-03-02T10:00:00+01:00";

fn pg_hall() -> Hall {
    Hall {
        now: Some(MORNING.to_string()),
        ..Hall::postgres()
    }
}

/// The hall's events as `log --json` prints them, without anything that
/// depends on where the log is.
fn log_of(hall: &Hall) -> Vec<Value> {
    hall.events()
}

fn busy(hall: &Hall) {
    run(hall.cmd().args(["window", "open", "--window", "1"])).ok();
    run(hall
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "5"]))
    .ok();
    run(hall.cmd().args(["ticket", "call", "--window", "1"])).ok();
}

#[test]
fn the_config_names_the_database_and_the_hall() {
    let server = pg::server();
    let dir = tempfile::tempdir().expect("dir");
    let text = std::fs::read_to_string(common::fixture_config()).expect("fixture");
    let id = pg::fresh_hall("config");
    let config = dir.path().join("hall.toml");
    std::fs::write(
        &config,
        format!(
            "{text}\n[store]\nurl = \"{}\"\nhall = \"{id}\"\n",
            server.url()
        ),
    )
    .expect("write");
    let hall = Hall {
        config: config.clone(),
        ..Hall::at(MORNING)
    };
    busy(&hall);
    assert_eq!(hall.event_count(), 7);
    assert!(!hall.log_path().exists(), "nothing went to the SQLite file");
    let counted = server.query(&format!("SELECT count(*) FROM \"fd_{id}\".events"));
    assert_eq!(counted, vec![Some("7".to_string())]);
    // The database keeps the hall's config for a head office.
    let kept = server.query(&format!("SELECT config FROM \"fd_{id}\".info"));
    assert!(
        kept[0]
            .as_deref()
            .is_some_and(|c| c.contains("Harbour Street"))
    );

    // A database without a hall id is a clear error.
    std::fs::write(
        &config,
        format!("{text}\n[store]\nurl = \"{}\"\n", server.url()),
    )
    .expect("write");
    let line = run(hall.cmd().arg("status")).fails(2);
    assert!(line.contains("hall = "), "{line}");
}

#[test]
fn a_hall_moves_to_the_database_and_back_event_for_event() {
    let server = pg::server();
    let file_hall = Hall::at(MORNING);
    busy(&file_hall);
    let original = log_of(&file_hall);
    let status = run(file_hall.cmd().args(["status", "--json"])).ok();

    // Into the database.
    let id = pg::fresh_hall("moved");
    let out = run(file_hall
        .cmd()
        .args(["store", "copy", "--to", &server.url(), "--hall", &id]))
    .ok();
    assert!(out.starts_with("Copied 7 events from "), "{out}");
    assert!(
        out.contains("checked each one against the original"),
        "{out}"
    );
    let db_hall = Hall {
        db: Some((server.url(), id.clone())),
        ..Hall::at(MORNING)
    };
    assert_eq!(log_of(&db_hall), original, "event for event");
    assert_eq!(run(db_hall.cmd().args(["status", "--json"])).ok(), status);

    // Not over a hall that holds events.
    let line = run(file_hall
        .cmd()
        .args(["store", "copy", "--to", &server.url(), "--hall", &id]))
    .fails(2);
    assert!(line.contains("already holds 7 events"), "{line}");
    assert_eq!(log_of(&db_hall).len(), 7, "left untouched");

    // The database hall carries on, then goes back to a file.
    run(db_hall.cmd().args(["ticket", "issue", "--service", "B"])).ok();
    let back = tempfile::tempdir().expect("dir");
    let file = back.path().join("hall.sqlite");
    let out = run(db_hall.cmd().args(["store", "copy", "--to"]).arg(&file)).ok();
    assert!(out.starts_with("Copied 8 events from "), "{out}");
    let returned = Hall::at(MORNING);
    std::fs::copy(&file, returned.log_path()).expect("place the copy");
    assert_eq!(log_of(&returned), log_of(&db_hall));
    // And not over a file that holds events.
    let line = run(db_hall.cmd().args(["store", "copy", "--to"]).arg(&file)).fails(2);
    assert!(line.contains("already holds 8 events"), "{line}");
}

#[test]
fn a_head_office_reads_every_hall_of_the_database() {
    let server = pg::server();
    let north = pg_hall();
    let south = pg_hall();
    run(north
        .cmd()
        .args(["ticket", "issue", "--service", "A", "--count", "3"]))
    .ok();
    run(south.cmd().args(["ticket", "issue", "--service", "B"])).ok();
    let north_id = &north.db.as_ref().expect("db").1;
    let south_id = &south.db.as_ref().expect("db").1;

    // No hall of its own: only the database's URL.
    let office = Hall::new();
    let text = run(office
        .bare()
        .env("FRONTDESK_DATABASE_URL", server.url())
        .args(["--now", MORNING, "status", "--all-halls"]))
    .ok();
    let heading = |id: &str| format!("Hall {id}: Harbour Street Post Office");
    assert!(text.contains(&heading(north_id)), "{text}");
    assert!(text.contains(&heading(south_id)), "{text}");

    let json: Value = serde_json::from_str(
        &run(office
            .bare()
            .env("FRONTDESK_DATABASE_URL", server.url())
            .args(["--now", MORNING, "status", "--all-halls", "--json"]))
        .ok(),
    )
    .expect("json");
    for (hall, id) in [(&north, north_id), (&south, south_id)] {
        let own: Value =
            serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok()).expect("json");
        let listed = json
            .as_array()
            .expect("array")
            .iter()
            .find(|h| h["hall"] == id.as_str())
            .unwrap_or_else(|| panic!("hall {id} missing: {json}"));
        assert_eq!(listed["status"], own, "hall {id}");
    }

    // Without a database it says what it needs.
    let line = run(office.bare().args(["status", "--all-halls"])).fails(2);
    assert!(line.contains("FRONTDESK_DATABASE_URL"), "{line}");
}

#[test]
fn a_password_never_goes_on_the_command_line_nor_into_a_message() {
    let hall = Hall::at(MORNING);
    let url = "postgresql://clerk:Pr1vate@db.invalid/halls";
    let line = run(hall
        .cmd()
        .args(["store", "copy", "--to", url, "--hall", "x"]))
    .fails(2);
    assert!(line.contains("password file"), "{line}");
    assert!(!line.contains("Pr1vate"), "{line}");
    let line = run(hall.bare().args(["bench", "store", "--url", url])).fails(2);
    assert!(!line.contains("Pr1vate"), "{line}");

    // A password in the environment's URL is used, never shown.
    let server = pg::server();
    let dead = server.dead_url().replace("postgres@", "postgres:Pr1vate@");
    let line = run(hall
        .cmd()
        .env("FRONTDESK_DATABASE_URL", dead)
        .env("FRONTDESK_HALL", "nowhere")
        .arg("status"))
    .fails(2);
    assert!(line.contains("cannot be reached"), "{line}");
    assert!(!line.contains("Pr1vate"), "{line}");
}

#[test]
fn log_lines_name_the_database_hall_as_they_name_the_file() {
    let hall = pg_hall();
    busy(&hall);
    let lines = parse_json_lines(&run(hall.cmd().args(["log", "--json", "--after", "5"])).ok());
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["seq"], 6);
    let text = run(hall.cmd().args(["log", "--limit", "1"])).ok();
    assert!(
        text.contains("A001"),
        "the log names the called ticket: {text}"
    );
    assert!(Path::new(&hall.data_dir()).exists());
}

#[test]
fn the_quality_record_keeps_and_erases_contacts_in_the_database() {
    let server = pg::server();
    let hall = Hall {
        config: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feedback.toml"),
        now: Some("2026-03-10T10:00:00+01:00".to_string()),
        ..pg_hall()
    };
    let id = hall.db.as_ref().expect("db").1.clone();
    run(hall.cmd().args([
        "feedback",
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
    ]))
    .ok();
    let shown = run(hall.cmd().args(["feedback", "show", "1"])).ok();
    assert!(
        shown.contains("Customer: Zsófia Várhelyi-Kun · zsofia.varhelyi@example.com"),
        "{shown}"
    );
    // Beside the events, never in them.
    let log = run(hall.cmd().args(["log", "--json"])).ok();
    assert!(!log.contains("zsofia"), "{log}");
    let kept = server.query(&format!("SELECT count(*) FROM \"fd_{id}\".contacts"));
    assert_eq!(kept, vec![Some("1".to_string())]);

    run(hall.cmd().args(["feedback", "erase", "1"])).ok();
    let kept = server.query(&format!("SELECT count(*) FROM \"fd_{id}\".contacts"));
    assert_eq!(kept, vec![Some("0".to_string())]);
    let shown = run(hall.cmd().args(["feedback", "show", "1"])).ok();
    assert!(
        shown.contains("The customer's name and contact were erased."),
        "{shown}"
    );
}

/// Serves `n` customers of service A at window 1, three minutes apart.
fn serve(hall: &Hall, n: usize) {
    run(hall
        .cmd_at("2026-03-02T09:00:00+01:00")
        .args(["window", "open", "--window", "1"]))
    .ok();
    for i in 0..n {
        let at = |m: usize| format!("2026-03-02T09:{:02}:00+01:00", 1 + 3 * i + m);
        run(hall
            .cmd_at(&at(0))
            .args(["ticket", "issue", "--service", "A"]))
        .ok();
        run(hall
            .cmd_at(&at(1))
            .args(["ticket", "call", "--window", "1"]))
        .ok();
        run(hall
            .cmd_at(&at(2))
            .args(["ticket", "serve", "--window", "1"]))
        .ok();
    }
}

#[test]
fn a_head_office_reports_every_hall_side_by_side() {
    let server = pg::server();
    let north = pg_hall();
    let south = pg_hall();
    serve(&north, 3);
    serve(&south, 1);
    let north_id = north.db.as_ref().expect("db").1.clone();
    let south_id = south.db.as_ref().expect("db").1.clone();
    let office = Hall::new();
    let ask = |format: &str| {
        run(office
            .bare()
            .env("FRONTDESK_DATABASE_URL", server.url())
            .args([
                "--now",
                MORNING,
                "report",
                "--all-halls",
                "--day",
                "2026-03-02",
            ])
            .args(["--format", format]))
    };

    // Each hall's figures are the ones its own report gives.
    let json: Value = serde_json::from_str(&ask("json").ok()).expect("json");
    for (hall, id, served) in [(&north, &north_id, 3), (&south, &south_id, 1)] {
        let own: Value = serde_json::from_str(
            &run(hall
                .cmd()
                .args(["report", "--day", "2026-03-02", "--format", "json"]))
            .ok(),
        )
        .expect("json");
        let listed = json["halls"]
            .as_array()
            .expect("halls")
            .iter()
            .find(|h| h["hall"] == id.as_str())
            .unwrap_or_else(|| panic!("hall {id} missing: {json}"));
        // (The windows' minutes run on with each process's clock.)
        for part in ["customers", "breaks", "quality", "overrides"] {
            assert_eq!(
                listed["report"]["figures"][part], own["figures"][part],
                "hall {id}: {part}"
            );
        }
        assert_eq!(
            listed["report"]["figures"]["customers"]["total"]["served"], served,
            "hall {id}"
        );
    }

    // A row per hall in the terminal and in a spreadsheet.
    let text = ask("text").ok();
    assert!(text.starts_with("Halls compared"), "{text}");
    assert!(text.contains("Harbour Street Post Office"), "{text}");
    let csv = ask("csv").ok();
    let head = csv.lines().next().unwrap_or("");
    assert!(
        head.starts_with("period,hall,hall_name,served,mean_wait"),
        "{head}"
    );
    for (id, served) in [(&north_id, "3"), (&south_id, "1")] {
        let row = csv
            .lines()
            .find(|l| l.starts_with(&format!("current,{id},")))
            .unwrap_or_else(|| panic!("no row for {id}: {csv}"));
        assert_eq!(row.split(',').nth(3), Some(served), "{row}");
    }

    // HTML is one hall's page; without a database it says what it needs.
    let line = ask("html").fails(2);
    assert!(line.contains("text, md, csv or json"), "{line}");
    let line = run(office.bare().args(["report", "--all-halls"])).fails(2);
    assert!(
        line.contains("report --all-halls reads a PostgreSQL database"),
        "{line}"
    );
    // In the office's language.
    let line = run(office.bare_in("hu").args(["report", "--all-halls"])).fails(2);
    assert!(line.contains("PostgreSQL-adatbázist olvas"), "{line}");
}
