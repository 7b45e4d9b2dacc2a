//! Roles end to end: the binary run as two different operating-system users,
//! a cashier and a supervisor. The cashier is refused `break approve` and
//! `break publish` with the message and nothing is written; the supervisor is
//! not; the log records who did what; the log's files are the group's only.
//!
//! Switching users needs root (CI runs as root): the test then creates two
//! unprivileged users and a group with `useradd`/`groupadd` and runs the
//! binary through `setpriv`. Not as root, that part is skipped with a note,
//! except under CI=true, where it fails; the one-user part runs everywhere,
//! as whoever runs the tests, with the roles given to that user.

use serde_json::Value;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_frontdesk");
/// 10:00 in Budapest: the hall is open.
const NOW: &str = "2026-03-02T09:00:00Z";

const CASHIER: &str = "fdtest-anna";
const SUPERVISOR: &str = "fdtest-eva";
const GROUP: &str = "fdtest-hall";

/// The hall: Anna at window 1 logs in as `cashier`, Éva supervises as
/// `supervisor`; unscheduled breaks need the supervisor's yes.
fn config(cashier: &str, supervisor: &str) -> String {
    format!(
        r#"[hall]
name = "Riverside Bank"
time_zone = "Europe/Budapest"

[breaks]
unscheduled_needs_approval = true
min_open_per_service = 0

[[services]]
code = "A"
name = "Cash desk"
target_wait_minutes = 10
mean_service_minutes = 4

[[windows]]
id = 1
services = ["A"]

[[windows]]
id = 2
services = ["A"]

[[staff]]
id = "anna"
name = "Anna Kovács"
window = 1
user = "{cashier}"

[[staff]]
id = "eva"
name = "Éva Szabó"
user = "{supervisor}"

[access.staff]
anna = ["cashier"]
eva = ["supervisor"]
"#
    )
}

struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

fn ran(out: Output) -> Ran {
    Ran {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A hall in a directory every test user can reach.
struct Place {
    _dir: tempfile::TempDir,
    root: PathBuf,
    bin: PathBuf,
    config: PathBuf,
    data: PathBuf,
}

impl Place {
    fn new(config_text: &str) -> Place {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        chmod(&root, 0o755);
        // A copy of the binary the test users may run wherever cargo built it.
        let bin = root.join("frontdesk");
        std::fs::copy(BIN, &bin).expect("copy the binary");
        chmod(&bin, 0o755);
        let config = root.join("hall.toml");
        std::fs::write(&config, config_text).expect("config");
        chmod(&config, 0o644);
        let data = root.join("data");
        Place {
            _dir: dir,
            root,
            bin,
            config,
            data,
        }
    }

    /// The binary as this process's user.
    fn cmd(&self) -> Command {
        let mut c = Command::new(&self.bin);
        self.env(&mut c);
        c
    }

    /// The binary as another user, with that user's groups.
    fn cmd_as(&self, user: &str) -> Command {
        let mut c = Command::new("setpriv");
        c.args([
            &format!("--reuid={}", id(user, "-u")),
            &format!("--regid={}", id(user, "-g")),
            "--init-groups",
            "--",
        ]);
        c.arg(&self.bin);
        self.env(&mut c);
        c
    }

    fn env(&self, c: &mut Command) {
        c.env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", &self.root)
            .env("FRONTDESK_CONFIG", &self.config)
            .env("FRONTDESK_DATA_DIR", &self.data)
            .env("FRONTDESK_NOW", NOW)
            .env("FRONTDESK_LANG", "en");
    }

    /// How many events the log holds, read straight from the file.
    fn count(&self) -> i64 {
        let conn = rusqlite::Connection::open(self.data.join("hall.sqlite")).expect("open");
        conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .expect("count")
    }

    fn events(&self) -> Vec<Value> {
        let out = run(self.cmd().args(["log", "--json", "--limit", "1000"]));
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// `id -u NAME` or `id -g NAME`.
fn id(user: &str, which: &str) -> String {
    let out = Command::new("id").args([which, user]).output().expect("id");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn whoami() -> String {
    let out = Command::new("id").arg("-un").output().expect("id -un");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn is_root() -> bool {
    id(&whoami(), "-u") == "0"
}

fn run(c: &mut Command) -> Ran {
    ran(output(c))
}

/// Runs the copied binary. Another test thread forking while this one had the
/// copy open for writing can leave the file "busy" for a moment (ETXTBSY):
/// that is the test's own race, not the program's, so the start is retried.
fn output(c: &mut Command) -> Output {
    let mut tries = 0;
    loop {
        match c.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 100 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.expect("run frontdesk"),
        }
    }
}

/// The refusal: one line, exit 1, naming the action, the user and the role.
fn refused(out: &Ran, action: &str, user: &str) {
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let line = out.stderr.trim();
    assert!(!line.contains('\n'), "one line: {line}");
    assert!(line.contains(action), "names the action: {line}");
    assert!(line.contains(user), "names the user: {line}");
    assert!(line.contains("supervisor"), "names the role: {line}");
}

/// Makes a user (and the hall's group) unless they are there from a run before.
fn ensure_user(user: &str) {
    if Command::new("id")
        .arg(user)
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return;
    }
    let made = Command::new("useradd")
        .args([
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            "-G",
            GROUP,
            user,
        ])
        .status()
        .expect("useradd");
    assert!(made.success(), "useradd {user}");
}

fn ensure_group() {
    let found = Command::new("getent").args(["group", GROUP]).output();
    if found.is_ok_and(|o| o.status.success()) {
        return;
    }
    let made = Command::new("groupadd")
        .arg(GROUP)
        .status()
        .expect("groupadd");
    assert!(made.success(), "groupadd {GROUP}");
}

#[test]
fn a_cashier_and_a_supervisor_as_two_users_of_the_host() {
    if !is_root() {
        let msg = "creating users and switching to them needs root; \
                   the one-user test below covers refusals as this user";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{msg}");
        eprintln!("skipped: {msg}");
        return;
    }
    ensure_group();
    ensure_user(CASHIER);
    ensure_user(SUPERVISOR);
    let place = Place::new(&config(CASHIER, SUPERVISOR));
    // The shared host's data directory: the hall's group, setgid, no others.
    std::fs::create_dir(&place.data).expect("data dir");
    let gid = id(CASHIER, "-G")
        .split_whitespace()
        .find(|g| *g != id(CASHIER, "-g"))
        .map(str::to_string)
        .expect("the hall's group");
    let chgrp = Command::new("chgrp").arg(&gid).arg(&place.data).status();
    assert!(chgrp.is_ok_and(|s| s.success()));
    chmod(&place.data, 0o2770);

    // Anna opens her window, calls a customer and asks for a break.
    let out = run(place
        .cmd_as(CASHIER)
        .args(["window", "open", "--window", "1"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    run(place
        .cmd_as(CASHIER)
        .args(["ticket", "issue", "--service", "A"]));
    let out = run(place
        .cmd_as(CASHIER)
        .args(["ticket", "call", "--window", "1"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(place
        .cmd_as(CASHIER)
        .args(["break", "request", "--window", "1", "--reason", "personal"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let planned = run(place.cmd_as(CASHIER).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "12:00",
        "--minutes",
        "30",
    ]));
    refused(&planned, "break plan", CASHIER);

    // She may not answer her own request, nor publish the plan.
    let before = place.count();
    refused(
        &run(place.cmd_as(CASHIER).args(["break", "approve", "1"])),
        "break approve",
        CASHIER,
    );
    refused(
        &run(place.cmd_as(CASHIER).args(["break", "publish"])),
        "break publish",
        CASHIER,
    );
    // Nor work at a window that is not hers.
    let elsewhere = run(place
        .cmd_as(CASHIER)
        .args(["ticket", "call", "--window", "2"]));
    assert_eq!(elsewhere.code, 1);
    assert!(
        elsewhere.stderr.contains("window 2"),
        "{}",
        elsewhere.stderr
    );
    assert_eq!(place.count(), before, "nothing written by a refusal");

    // Éva may: plan, publish, approve.
    let out = run(place.cmd_as(SUPERVISOR).args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "12:00",
        "--minutes",
        "30",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(place.cmd_as(SUPERVISOR).args(["break", "publish"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(place.cmd_as(SUPERVISOR).args(["break", "approve", "1"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("approved"), "{}", out.stdout);
    // The supervisor reads the log; the cashier may not.
    let log = run(place.cmd_as(SUPERVISOR).args(["log", "--json"]));
    assert_eq!(log.code, 0, "{}", log.stderr);
    refused(&run(place.cmd_as(CASHIER).args(["log"])), "log", CASHIER);

    // The log says who did what, next to the place it was done from.
    let events: Vec<Value> = log
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let by = |kind: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| e["event"]["type"] == kind)
            .map(|e| e["user"].as_str().unwrap_or("(none)").to_string())
            .collect()
    };
    assert_eq!(by("window_opened"), [CASHIER]);
    assert_eq!(by("ticket_called"), [CASHIER]);
    assert_eq!(by("break_requested"), [CASHIER]);
    // Her plan, and the break her yes started.
    assert_eq!(by("break_planned"), [SUPERVISOR, SUPERVISOR]);
    assert_eq!(by("breaks_published"), [SUPERVISOR]);
    assert_eq!(by("break_request_answered"), [SUPERVISOR]);
    assert!(
        events.iter().all(|e| e["origin"] == "cli"),
        "origin is the place"
    );

    // The log and its side files: the hall's group may read and write, nobody else.
    let log_file = place.data.join("hall.sqlite");
    let meta = std::fs::metadata(&log_file).expect("log file");
    assert_eq!(meta.permissions().mode() & 0o777, 0o660);
    assert_eq!(meta.gid().to_string(), gid, "the data directory's group");
    for side in ["hall.sqlite-wal", "hall.sqlite-shm"] {
        if let Ok(m) = std::fs::metadata(place.data.join(side)) {
            assert_eq!(m.permissions().mode() & 0o007, 0, "{side}");
        }
    }
}

#[test]
fn roles_as_whoever_runs_the_tests() {
    let me = whoami();
    // As a cashier: the supervisor's actions are refused and nothing is written.
    let place = Place::new(&config(&me, "nobody-else"));
    let out = run(place.cmd().args(["window", "open", "--window", "1"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(place
        .cmd()
        .args(["break", "request", "--window", "1", "--reason", "personal"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let count = || place.count();
    let before = count();
    refused(
        &run(place.cmd().args(["break", "approve", "1"])),
        "break approve",
        &me,
    );
    refused(
        &run(place.cmd().args(["break", "publish"])),
        "break publish",
        &me,
    );
    // An override is the supervisor's, whatever the cashier types.
    let out = run(place.cmd().args([
        "break",
        "start",
        "--window",
        "1",
        "--reason",
        "personal",
        "--override",
        "--because",
        "x",
    ]));
    refused(&out, "--override", &me);
    assert_eq!(count(), before, "nothing written");
    // In every language the refusal names the action and the user.
    for lang in ["hu", "ru", "uk"] {
        let out = run(place.cmd().args(["--lang", lang, "break", "approve", "1"]));
        assert_eq!(out.code, 1);
        assert!(
            out.stderr.contains("break approve") && out.stderr.contains(&me),
            "{}",
            out.stderr
        );
    }

    // The same login made the supervisor: allowed, and the log names them.
    std::fs::write(&place.config, config("nobody-else", &me)).expect("config");
    let out = run(place.cmd().args(["break", "approve", "1"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let answered: Vec<Value> = place
        .events()
        .into_iter()
        .filter(|e| e["event"]["type"] == "break_request_answered")
        .collect();
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0]["user"], me.as_str());
}

#[test]
fn without_access_everyone_may_do_everything_and_config_check_says_so() {
    let text = config("a", "b");
    let open = &text[..text.find("[access.staff]").unwrap_or(text.len())];
    let place = Place::new(open);
    let out = run(place.cmd().args(["config", "check"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Roles: off"), "{}", out.stdout);
    for args in [
        &["window", "open", "--window", "1"][..],
        &["break", "request", "--window", "1", "--reason", "personal"],
        &["break", "approve", "1"],
        &["break", "publish"],
    ] {
        let out = run(place.cmd().args(args));
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    // The demo hall is open too.
    let out = run(place
        .cmd()
        .env_remove("FRONTDESK_CONFIG")
        .args(["--demo", "break", "publish"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    // A log every user can read is pointed out.
    chmod(&place.data.join("hall.sqlite"), 0o644);
    let out = run(place.cmd().args(["config", "check"]));
    assert!(
        out.stdout.contains("can be read by every user"),
        "{}",
        out.stdout
    );
    chmod(&place.data.join("hall.sqlite"), 0o660);
    let out = run(place.cmd().args(["config", "check"]));
    assert!(
        !out.stdout.contains("can be read by every user"),
        "{}",
        out.stdout
    );
    // With roles on, the line says so.
    let place = Place::new(&text);
    let out = run(place.cmd().args(["config", "check"]));
    assert!(
        out.stdout.contains("Roles: on; 2 logins and 0 groups"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_log_from_before_identities_still_opens_and_shows_no_user() {
    let place = Place::new(&config("a", "b"));
    std::fs::create_dir(&place.data).expect("data");
    // A version-3 log, as the last release wrote it: no user column.
    let path = place.data.join("hall.sqlite");
    let conn = rusqlite::Connection::open(&path).expect("create");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         CREATE TABLE events (seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,
            origin TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL);
         CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, format INTEGER NOT NULL,
            state TEXT NOT NULL);
         CREATE INDEX events_ticket_issued ON events (json_extract(body, '$.ticket'))
            WHERE kind = 'ticket_issued';
         CREATE INDEX events_break_planned ON events (json_extract(body, '$.brk'))
            WHERE kind = 'break_planned';
         CREATE INDEX events_kind_at ON events (kind, at_ms);
         INSERT INTO events VALUES (1, 1772441000000, 'counter:1', 'window_opened',
            '{\"type\":\"window_opened\",\"window\":1}');
         PRAGMA application_id = 1178882891;
         PRAGMA user_version = 3;",
    )
    .expect("old log");
    drop(conn);
    // Opened by a command that writes: migrated, the old event kept as it was.
    let text = config(&whoami(), "b");
    std::fs::write(
        &place.config,
        text.replace(
            "[access.staff]\nanna = [\"cashier\"]\neva = [\"supervisor\"]\n",
            "",
        ),
    )
    .expect("open config");
    let out = run(place.cmd().args(["ticket", "issue", "--service", "A"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let events = place.events();
    assert_eq!(events.len(), 2);
    assert!(events[0].get("user").is_none(), "{}", events[0]);
    assert_eq!(events[0]["origin"], "counter:1");
    assert_eq!(events[1]["user"], whoami().as_str());
    let text = run(place.cmd().args(["log"]));
    assert!(text.stdout.lines().count() == 2, "{}", text.stdout);
}
