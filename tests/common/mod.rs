//! Shared set-up for the tests that drive the `frontdesk` binary: an isolated hall
//! (its own data directory and home) and ways to read its event log back.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

pub mod json;
pub mod pg;
pub mod print;
pub mod tmux;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

/// The binary under test, as cargo built it for the integration tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_frontdesk");

/// Environment variables that would otherwise leak a developer's own hall,
/// language or clock into a test run.
const LEAKY_ENV: [&str; 15] = [
    "FRONTDESK_DATA_DIR",
    "FRONTDESK_CONFIG",
    "FRONTDESK_LANG",
    "FRONTDESK_ORIGIN",
    "FRONTDESK_NOW",
    "FRONTDESK_DATABASE_URL",
    "FRONTDESK_HALL",
    "PGHOST",
    "PGPORT",
    "PGUSER",
    "PGDATABASE",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGSSLMODE",
    "PGSERVICE",
];

/// The fixture hall config shared by the binary tests.
pub fn fixture_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hall.toml")
}

/// One hall for one test: a fresh data directory and a fresh home directory, so
/// neither the user's per-user config nor their data is ever read or written.
pub struct Hall {
    pub data: TempDir,
    pub home: TempDir,
    pub config: PathBuf,
    /// The instant passed as `--now`; `None` runs on the real clock.
    pub now: Option<String>,
    /// The database URL and hall id when the log is in PostgreSQL.
    pub db: Option<(String, String)>,
}

impl Hall {
    /// A hall with the fixture config, on the real clock.
    pub fn new() -> Hall {
        Hall {
            data: TempDir::new().expect("temp data dir"),
            home: TempDir::new().expect("temp home dir"),
            config: fixture_config(),
            now: None,
            db: None,
        }
    }

    /// A hall with the fixture config whose log is a fresh hall in the test
    /// binary's throwaway PostgreSQL server.
    pub fn postgres() -> Hall {
        Hall {
            db: Some((pg::server().url(), pg::fresh_hall("hall"))),
            ..Hall::new()
        }
    }

    /// A hall with the fixture config whose clock starts at `now` (RFC 3339).
    pub fn at(now: &str) -> Hall {
        Hall {
            now: Some(now.to_string()),
            ..Hall::new()
        }
    }

    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    /// The event log of a hall with a config file.
    pub fn log_path(&self) -> PathBuf {
        self.data.path().join("hall.sqlite")
    }

    /// The environment every run of the binary gets: the temp home and the XDG
    /// directories inside it (the per-user config lookup follows XDG first).
    pub fn env(&self) -> Vec<(String, PathBuf)> {
        let home = self.home.path();
        let mut env: Vec<(String, PathBuf)> = vec![
            ("HOME".into(), home.to_path_buf()),
            ("XDG_CONFIG_HOME".into(), home.join(".config")),
            ("XDG_DATA_HOME".into(), home.join(".local/share")),
            ("XDG_CACHE_HOME".into(), home.join(".cache")),
        ];
        if let Some((url, hall)) = &self.db {
            env.push(("FRONTDESK_DATABASE_URL".into(), url.into()));
            env.push(("FRONTDESK_HALL".into(), hall.into()));
        }
        env
    }

    /// The binary with only the isolation applied: the data dir, the temp home
    /// and English. No config (so the demo hall) and the real clock.
    pub fn bare(&self) -> assert_cmd::Command {
        self.bare_in("en")
    }

    /// [`Hall::bare`] in another language.
    pub fn bare_in(&self, lang: &str) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(BIN);
        for k in LEAKY_ENV {
            cmd.env_remove(k);
        }
        for (k, v) in self.env() {
            cmd.env(k, v);
        }
        cmd.arg("--data-dir")
            .arg(self.data.path())
            .args(["--lang", lang]);
        cmd
    }

    /// The binary for this hall: its config and, when set, its `--now`.
    pub fn cmd(&self) -> assert_cmd::Command {
        self.cmd_in("en")
    }

    /// [`Hall::cmd`] in another language.
    pub fn cmd_in(&self, lang: &str) -> assert_cmd::Command {
        let mut cmd = self.bare_in(lang);
        cmd.arg("--config").arg(&self.config);
        if let Some(now) = &self.now {
            cmd.args(["--now", now]);
        }
        cmd
    }

    /// The binary for this hall with the clock at `now` instead of the hall's own.
    pub fn cmd_at(&self, now: &str) -> assert_cmd::Command {
        let mut cmd = self.bare();
        cmd.arg("--config").arg(&self.config).args(["--now", now]);
        cmd
    }

    /// The same as [`Hall::cmd`] as a std command, for processes that must run in
    /// the background (killed part-way, or several at once).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(BIN);
        for k in LEAKY_ENV {
            cmd.env_remove(k);
        }
        for (k, v) in self.env() {
            cmd.env(k, v);
        }
        cmd.arg("--data-dir")
            .arg(self.data.path())
            .args(["--lang", "en"])
            .arg("--config")
            .arg(&self.config);
        if let Some(now) = &self.now {
            cmd.args(["--now", now]);
        }
        cmd
    }

    /// Every event in the log, oldest first, as `log --json` prints them.
    pub fn events(&self) -> Vec<Value> {
        let out = run(self.cmd().args(["log", "--json", "--limit", "1000000"]));
        assert_eq!(out.code, 0, "log --json failed: {}", out.stderr);
        parse_json_lines(&out.stdout)
    }

    pub fn event_count(&self) -> usize {
        self.events().len()
    }

    /// The event types in log order, e.g. `["window_opened", "ticket_issued"]`.
    pub fn event_types(&self) -> Vec<String> {
        self.events().iter().map(event_type).collect()
    }
}

/// What a finished run left behind.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The run must have succeeded; its standard output.
    pub fn ok(self) -> String {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self.stdout
    }

    /// The run must have failed with `code`, saying why on exactly one line of
    /// standard error and printing nothing on standard output; that line.
    pub fn fails(self, code: i32) -> String {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stdout.is_empty(),
            "a refused command printed on stdout: {:?}",
            self.stdout
        );
        one_line(&self.stderr)
    }
}

/// A refusal is one line naming the program; a supervisor reads it at a counter.
pub fn one_line(stderr: &str) -> String {
    let text = stderr.trim_end_matches('\n');
    assert!(!text.is_empty(), "no message on stderr");
    assert!(
        !text.contains('\n'),
        "the message should be one line, got:\n{text}"
    );
    assert!(
        text.starts_with("frontdesk: "),
        "the message should name the program: {text}"
    );
    text.to_string()
}

pub fn run(cmd: &mut assert_cmd::Command) -> Run {
    let out = cmd.output().expect("the frontdesk binary runs");
    from_output(out)
}

pub fn from_output(out: Output) -> Run {
    Run {
        // A process killed by a signal has no code; -1 never matches a real one.
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn parse_json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn event_type(e: &Value) -> String {
    e["event"]["type"]
        .as_str()
        .unwrap_or_else(|| panic!("event without a type: {e}"))
        .to_string()
}

/// The printed label of a `ticket_issued` event: service and three-digit number.
pub fn issued_label(e: &Value) -> String {
    let ev = &e["event"];
    format!(
        "{}{:03}",
        ev["service"].as_str().expect("service"),
        ev["number"].as_u64().expect("number")
    )
}

/// The `ticket_issued` events of a log.
pub fn issued(events: &[Value]) -> Vec<&Value> {
    events
        .iter()
        .filter(|e| event_type(e) == "ticket_issued")
        .collect()
}

/// The ticket numbers issued, in log order.
pub fn issued_numbers(events: &[Value]) -> Vec<u64> {
    issued(events)
        .iter()
        .map(|e| e["event"]["number"].as_u64().expect("number"))
        .collect()
}

/// Checks that `numbers` are exactly 1..=n, each once, and returns n.
pub fn assert_contiguous(numbers: &[u64]) -> u64 {
    let n = numbers.len() as u64;
    let set: BTreeSet<u64> = numbers.iter().copied().collect();
    assert_eq!(set.len() as u64, n, "a ticket number was handed out twice");
    let expected: BTreeSet<u64> = (1..=n).collect();
    if set != expected {
        let missing: Vec<u64> = expected.difference(&set).copied().collect();
        let extra: Vec<u64> = set.difference(&expected).copied().collect();
        panic!("ticket numbers are not 1..={n}: missing {missing:?}, unexpected {extra:?}");
    }
    n
}

/// The labels in lines such as "Ticket A001 issued.".
pub fn labels_in(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("Ticket "))
        .filter_map(|l| l.strip_suffix(" issued."))
        .map(str::to_string)
        .collect()
}

/// A hall's time for tests whose screens run on their own clock from a fixed
/// start: it runs on from `start` as the screen's does, so that the command line
/// and the screen agree on what "now" is.
pub struct HallClock {
    start: chrono::DateTime<chrono::FixedOffset>,
    began: std::time::Instant,
}

impl HallClock {
    pub fn new(start: &str) -> HallClock {
        HallClock {
            start: chrono::DateTime::parse_from_rfc3339(start).unwrap_or_default(),
            began: std::time::Instant::now(),
        }
    }

    pub fn now(&self) -> String {
        let elapsed = chrono::Duration::from_std(self.began.elapsed()).unwrap_or_default();
        (self.start + elapsed).to_rfc3339()
    }

    /// Hall time (HH:MM) this many minutes after the start.
    pub fn hhmm_after(&self, minutes: i64) -> String {
        (self.start + chrono::Duration::minutes(minutes))
            .format("%H:%M")
            .to_string()
    }
}

/// One command-line action on the hall, at the hall's time; it must succeed.
pub fn cli(hall: &Hall, clock: &HallClock, args: &[&str]) -> String {
    run(hall.cmd_at(&clock.now()).args(args)).ok()
}
