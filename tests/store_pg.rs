//! What only the PostgreSQL home of the log has: several halls in one
//! database, migrations of a hall's tables, an unreachable server, a
//! least-privilege role per hall (set up with the README's own SQL), the
//! password from a file, `.pgpass` or the environment and never in a message,
//! and screens woken by a notification rather than a poll.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::pg;
use frontdesk::domain::*;
use frontdesk::store::pgconn::Target;
use frontdesk::store::pgschema::{self, CURRENT_VERSION};
use frontdesk::store::{ExecError, Location, Log, StoreError};

fn t(min: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(min)
}

fn issue(service: &str) -> Command {
    Command::IssueTicket {
        service: ServiceCode::new(service),
        window: None,
    }
}

fn at(url: &str, hall: &str) -> Location {
    Location::Postgres {
        target: Target::parse(url).unwrap_or_else(|e| panic!("{e}")),
        hall: hall.to_string(),
    }
}

fn open(url: &str, hall: &str) -> Log {
    Log::open_at(&at(url, hall), Hall::sample(), None).unwrap_or_else(|e| panic!("open: {e}"))
}

fn number(log: &mut Log, min: i64) -> u32 {
    match log.execute(&issue("A"), t(min), None, "test") {
        Ok(r) => match r[0].event {
            Event::TicketIssued { number, .. } => number,
            _ => 0,
        },
        Err(e) => panic!("issue: {e}"),
    }
}

#[test]
fn halls_in_one_database_keep_their_own_numbers_and_logs() {
    let url = pg::server().url();
    let (a, b) = (pg::fresh_hall("north"), pg::fresh_hall("south"));
    let mut north = open(&url, &a);
    let mut south = open(&url, &b);
    assert_eq!(number(&mut north, 0), 1);
    assert_eq!(number(&mut north, 1), 2);
    assert_eq!(number(&mut south, 2), 1, "south's numbering is its own");
    assert_eq!(north.last_seq(), 2);
    assert_eq!(south.last_seq(), 1);
    let listed = pg::server().query("SELECT id FROM frontdesk.halls ORDER BY id");
    assert!(listed.contains(&Some(a.clone())) && listed.contains(&Some(b.clone())));
}

#[test]
fn an_unreachable_server_is_one_clear_error_without_the_password() {
    let url = pg::server()
        .dead_url()
        .replace("postgres@", "postgres:hunter2@");
    let started = std::time::Instant::now();
    let r = Log::open_at(&at(&url, "nowhere"), Hall::sample(), None);
    let Err(e) = r else {
        panic!("a server nobody runs was reached")
    };
    assert!(matches!(e, StoreError::Unreachable { .. }), "{e}");
    let text = e.to_string();
    assert!(!text.contains('\n'), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    assert!(text.contains("cannot be reached"), "{text}");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn a_hall_from_an_older_frontdesk_is_migrated_with_its_events() {
    let server = pg::server();
    let id = pg::fresh_hall("old");
    let schema = pgschema::schema_of(&id);
    let ev = Event::TicketIssued {
        ticket: TicketId(1),
        service: ServiceCode::new("A"),
        number: 1,
        day: t(0).date_naive(),
        window: None,
    };
    let body = serde_json::to_string(&ev).unwrap_or_default();
    // As the first version of the schema left it: no indexes yet.
    server.admin_sql(
        pg::DB,
        &format!(
            "{}; CREATE SCHEMA {schema}; {};
             INSERT INTO {schema}.events VALUES (1, {}, 'old', 'ticket_issued', '{body}');
             UPDATE {schema}.info SET last_seq = 1;
             INSERT INTO frontdesk.halls (id) VALUES ('{id}');",
            pgschema::REGISTRY,
            pgschema::migrations_upto(&schema, 1),
            t(0).timestamp_millis()
        ),
    );
    let mut log = open(&server.url(), &id);
    assert_eq!(log.last_seq(), 1);
    assert_eq!(number(&mut log, 1), 2, "numbering carries on");
    let version = server.query(&format!("SELECT version FROM {schema}.info"));
    assert_eq!(version, vec![Some(CURRENT_VERSION.to_string())]);
    let indexes = server.query(&format!(
        "SELECT indexname FROM pg_indexes WHERE schemaname = 'fd_{id}' AND indexname = 'events_ticket_issued'"
    ));
    assert_eq!(indexes.len(), 1);
    assert!(log.ticket_issue(TicketId(1)).ok().flatten().is_some());
}

#[test]
fn a_hall_from_a_newer_frontdesk_is_refused_untouched() {
    let server = pg::server();
    let id = pg::fresh_hall("new");
    let mut log = open(&server.url(), &id);
    number(&mut log, 0);
    drop(log);
    let schema = pgschema::schema_of(&id);
    server.admin_sql(pg::DB, &format!("UPDATE {schema}.info SET version = 99"));
    let r = Log::open_at(&at(&server.url(), &id), Hall::sample(), None);
    assert!(matches!(r, Err(StoreError::Newer { found: 99, .. })));
    let version = server.query(&format!("SELECT version FROM {schema}.info"));
    assert_eq!(version, vec![Some("99".to_string())]);
}

#[test]
fn a_gap_in_the_log_is_damage_not_news() {
    let server = pg::server();
    let id = pg::fresh_hall("gap");
    let mut log = open(&server.url(), &id);
    for i in 0..3 {
        number(&mut log, i);
    }
    drop(log);
    let schema = pgschema::schema_of(&id);
    server.admin_sql(
        pg::DB,
        &format!("DELETE FROM {schema}.events WHERE seq = 2"),
    );
    let r = Log::open_at(&at(&server.url(), &id), Hall::sample(), None);
    let text = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("damaged: event 2 is missing"), "{text}");
}

/// The README's SQL for a counter role of one hall, with the hall and role
/// names filled in: the tests run with exactly what people are told to run.
fn readme_role_sql(hall: &str, role: &str, password: &str) -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let start = readme
        .find("-- counter role for one hall")
        .expect("the README gives the counter role's SQL");
    let end = readme[start..].find("```").expect("end of the SQL block") + start;
    readme[start..end]
        .replace("market-square", hall)
        .replace("fd_counter_market_square", role)
        .replace("DATABASE frontdesk", &format!("DATABASE {}", pg::DB))
        .replace("'change me'", &format!("'{password}'"))
}

#[test]
fn a_counter_role_may_append_and_read_its_hall_and_nothing_else() {
    let server = pg::server();
    let hall = pg::fresh_hall("counter");
    let other = pg::fresh_hall("other");
    // The owner (here the superuser) makes both halls.
    number(&mut open(&server.url(), &hall), 0);
    number(&mut open(&server.url(), &other), 0);
    let role = format!("fd_counter_{}", hall.replace('-', "_"));
    server.admin_sql(pg::DB, &readme_role_sql(&hall, &role, "pa:ss w0rd"));

    // The password from a file named in the URL; never in the URL itself.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("password");
    std::fs::write(&file, "pa:ss w0rd\n").expect("write");
    let url = format!(
        "{}&password_file={}",
        server.url_for(&role, pg::DB),
        file.display()
    );
    let mut log = open(&url, &hall);
    assert_eq!(number(&mut log, 1), 2, "appends and reads its hall");
    for _ in 0..(1000 - 2) {
        // Past a snapshot point: the role may write snapshots too.
        log.append_unchecked(
            [(
                t(2),
                Event::WindowOpened {
                    window: WindowId(1),
                    staff: None,
                },
            )],
            "x",
        )
        .ok();
    }

    // Another hall's log is not its business.
    let r = Log::open_at(&at(&url, &other), Hall::sample(), None);
    let text = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("permission denied"), "{text}");
    // Nor is making a hall.
    let r = Log::open_at(&at(&url, &pg::fresh_hall("made")), Hall::sample(), None);
    let text = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("may not"), "{text}");
    // Nor is rewriting history.
    let mut client = postgres::Client::connect(
        &format!("{}&password=pa%3Ass%20w0rd", server.url_for(&role, pg::DB)),
        postgres::NoTls,
    )
    .expect("connect as the role");
    let schema = pgschema::schema_of(&hall);
    for sql in [
        format!("DELETE FROM {schema}.events"),
        format!("UPDATE {schema}.events SET origin = 'me'"),
        format!("DROP TABLE {schema}.events"),
    ] {
        let e = client.batch_execute(&sql).err().map(|e| e.to_string());
        assert!(e.is_some(), "the role could run {sql}");
    }
    let snapshots = server.query(&format!("SELECT count(*) FROM {schema}.snapshots"));
    assert_ne!(snapshots, vec![Some("0".to_string())]);
}

#[test]
fn the_password_comes_from_pgpass_and_a_wrong_one_is_not_shown() {
    let server = pg::server();
    let hall = pg::fresh_hall("pass");
    number(&mut open(&server.url(), &hall), 0);
    let role = format!("fd_counter_{}", hall.replace('-', "_"));
    server.admin_sql(pg::DB, &readme_role_sql(&hall, &role, "s3cret"));
    let dir = tempfile::tempdir().expect("dir");
    let pgpass = dir.path().join("pgpass");
    std::fs::write(&pgpass, format!("localhost:*:{}:{role}:s3cret\n", pg::DB)).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let url = format!(
        "{}&passfile={}",
        server.url_for(&role, pg::DB),
        pgpass.display()
    );
    let mut log = open(&url, &hall);
    assert_eq!(number(&mut log, 1), 2);

    let wrong = format!("{}&password=wr0ng-s3cret", server.url_for(&role, pg::DB));
    let r = Log::open_at(&at(&wrong, &hall), Hall::sample(), None);
    let text = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("password authentication failed"), "{text}");
    assert!(!text.contains("wr0ng"), "{text}");
}

#[test]
fn a_write_wakes_another_handle_through_its_notification() {
    let server = pg::server();
    let hall = pg::fresh_hall("notify");
    let mut board = open(&server.url(), &hall);
    let url = server.url();
    let h = hall.clone();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        let mut counter = open(&url, &h);
        number(&mut counter, 0);
    });
    // Waits on the channel: woken by the commit, not by a timer.
    let woken = board.wait_for_news(std::time::Duration::from_secs(20));
    writer.join().expect("writer");
    assert_eq!(woken.ok(), Some(true));
    assert_eq!(board.last_seq(), 1);
}

#[test]
fn a_refusal_in_the_database_writes_nothing_and_keeps_the_lock_free() {
    let server = pg::server();
    let hall = pg::fresh_hall("refuse");
    let mut a = open(&server.url(), &hall);
    let r = a.execute(
        &Command::Serve {
            window: WindowId(1),
        },
        t(0),
        None,
        "test",
    );
    assert!(matches!(r, Err(ExecError::Refused(_))));
    // Had the refusal kept the hall's lock, this would wait for ever.
    let mut b = open(&server.url(), &hall);
    assert_eq!(number(&mut b, 1), 1);
}
