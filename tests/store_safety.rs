//! The log under the kinds of damage and misuse a hall meets: many processes
//! making a new log at once, a log emptied or cut short, a data directory this
//! user may only read, a write-ahead file deleted under a running terminal,
//! garbage inside the file, and backups taken and put back while terminals
//! keep writing.
//!
//! On a fixed hall day (`--now`), so that no run straddles midnight.

mod common;

use common::{Hall, assert_contiguous, issued_numbers, run};
use frontdesk::domain::{Command, Hall as DomainHall, ServiceCode};
use frontdesk::store::{Access, Log, check};
use std::path::Path;
use std::process::{Child, Stdio};

const NOW: &str = "2026-03-02T10:00:00+01:00";

fn hall() -> Hall {
    Hall::at(NOW)
}

fn issue(hall: &Hall, n: u32) -> String {
    run(hall.cmd().args([
        "ticket",
        "issue",
        "--service",
        "A",
        "--count",
        &n.to_string(),
    ]))
    .ok()
}

#[test]
fn many_processes_making_a_new_log_at_once_all_succeed() {
    // The race is narrow for processes (about one round in sixty); the threads'
    // test below hits it at once. This one keeps the end-to-end promise.
    for round in 0..12 {
        let hall = hall();
        let children: Vec<Child> = (0..8)
            .map(|_| {
                hall.std_cmd()
                    .args(["ticket", "issue", "--service", "A"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start frontdesk")
            })
            .collect();
        for child in children {
            let out = common::from_output(child.wait_with_output().expect("wait"));
            assert_eq!(out.code, 0, "round {round}: {}", out.stderr);
        }
        assert_eq!(assert_contiguous(&issued_numbers(&hall.events())), 8);
        // No temporary file is left behind by the processes that lost the race.
        let names: Vec<String> = std::fs::read_dir(hall.data_dir())
            .expect("data dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(names.is_empty(), "left behind: {names:?}");
    }
}

#[test]
fn an_emptied_log_is_damaged_and_never_started_again() {
    let hall = hall();
    issue(&hall, 3);
    std::fs::write(hall.log_path(), b"").expect("empty the log");
    for args in [&["status"][..], &["ticket", "issue", "--service", "A"]] {
        let line = run(hall.cmd().args(args)).fails(2);
        assert!(line.contains("damaged") && line.contains("empty"), "{line}");
        assert!(line.contains("store restore"), "no way out named: {line}");
    }
    // Still empty: nothing was written over it.
    assert_eq!(std::fs::metadata(hall.log_path()).expect("log").len(), 0);
}

#[test]
fn a_log_cut_short_is_damaged() {
    let hall = hall();
    issue(&hall, 3);
    let len = std::fs::metadata(hall.log_path()).expect("log").len();
    assert!(len > 4096, "{len}");
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(hall.log_path())
        .expect("open");
    f.set_len(4096).expect("truncate");
    drop(f);
    let line = run(hall.cmd().arg("status")).fails(2);
    assert!(line.contains("cut short"), "{line}");
    let line = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).fails(2);
    assert!(line.contains("cut short"), "{line}");
}

/// The binary run as a user who may read the hall's files but not write them:
/// as root, the unprivileged `nobody` (root may write anywhere); otherwise the
/// user itself, with the write bits taken away.
fn as_reader(hall: &Hall, args: &[&str]) -> common::Run {
    use std::os::unix::fs::PermissionsExt;
    let data = hall.data_dir();
    let mut cmd = hall.cmd();
    cmd.args(args);
    let root = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false);
    for (p, mode) in [(data.to_path_buf(), 0o555), (hall.log_path(), 0o444)] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }
    if root {
        // The temp dirs are root's own (0700): let the reader in to look.
        for p in [data, hall.home.path()] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        }
        let setpriv = which("setpriv").expect(
            "setpriv (util-linux) runs the test as an unprivileged user; install util-linux",
        );
        let mut wrapped = assert_cmd::Command::new(setpriv);
        wrapped.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        let std_cmd = cmd.get_program().to_owned();
        wrapped.arg(std_cmd);
        wrapped.args(cmd_args(hall, args));
        for (k, v) in hall.env() {
            wrapped.env(k, v);
        }
        for k in [
            "FRONTDESK_DATA_DIR",
            "FRONTDESK_CONFIG",
            "FRONTDESK_LANG",
            "FRONTDESK_NOW",
        ] {
            wrapped.env_remove(k);
        }
        return run(&mut wrapped);
    }
    run(&mut cmd)
}

fn cmd_args(hall: &Hall, args: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = vec![
        "--data-dir".into(),
        hall.data_dir().display().to_string(),
        "--lang".into(),
        "en".into(),
        "--config".into(),
        hall.config.display().to_string(),
        "--now".into(),
        NOW.into(),
    ];
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn which(tool: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(tool))
            .find(|p| p.is_file())
    })
}

#[test]
fn a_log_this_user_may_only_read_can_still_be_read() {
    let hall = hall();
    issue(&hall, 3);
    for args in [
        &["status"][..],
        &["log", "--limit", "5"],
        &["break", "list"],
        &["plan", "--print"],
        &["notice", "--dry-run"],
        &["store", "check"],
    ] {
        let out = as_reader(&hall, args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    let log = as_reader(&hall, &["log", "--limit", "5"]).ok();
    assert!(log.contains("A003"), "{log}");
    let line = as_reader(&hall, &["ticket", "issue", "--service", "A"]).fails(2);
    assert!(
        line.contains("not writable by this user") && line.contains("status, log"),
        "{line}"
    );
    // It names what is not writable: the data directory, or the file itself.
    assert!(
        line.contains(&hall.data_dir().display().to_string()),
        "{line}"
    );
}

#[test]
fn a_write_ahead_file_deleted_under_a_running_terminal_is_named() {
    let hall = hall();
    issue(&hall, 2);
    // A terminal that keeps the log open, as a screen does.
    let screen = Log::open(&hall.log_path(), DomainHall::sample()).expect("open");
    issue(&hall, 1);
    std::fs::remove_file(hall.log_path().with_extension("sqlite-wal")).expect("delete -wal");
    let line = run(hall.cmd().args(["ticket", "issue", "--service", "A"])).fails(2);
    assert!(
        line.contains("write-ahead file") && line.contains("deleted"),
        "{line}"
    );
    assert!(line.contains("close every frontdesk screen"), "{line}");
    drop(screen);
}

/// Overwrites `len` bytes at `at` with a pattern no page holds.
fn scribble(path: &Path, at: u64, len: usize) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("open");
    f.seek(SeekFrom::Start(at)).expect("seek");
    f.write_all(&vec![0xA5; len]).expect("write");
}

#[test]
fn damage_inside_the_log_is_found_by_store_check() {
    let hall = hall();
    issue(&hall, 300);
    let out = run(hall.cmd().args(["store", "check"])).ok();
    assert!(out.contains("the log is whole: 300 events"), "{out}");
    // Checkpointed into one file by the last process to close it; overwrite the
    // middle of every page after the first few, where the indexes live.
    let len = std::fs::metadata(hall.log_path()).expect("log").len();
    let page = 4096;
    for p in (len / page / 2)..(len / page) {
        scribble(&hall.log_path(), p * page + 200, 64);
    }
    let out = run(hall.cmd().args(["store", "check"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stdout.contains("Damage:"), "{}", out.stdout);
    assert!(out.stderr.contains("store restore"), "{}", out.stderr);
}

#[test]
fn a_missing_event_is_found_at_start() {
    let hall = hall();
    issue(&hall, 3);
    let conn = rusqlite::Connection::open(hall.log_path()).expect("open");
    conn.execute("DELETE FROM events WHERE seq = 2", [])
        .expect("delete");
    drop(conn);
    let line = run(hall.cmd().arg("status")).fails(2);
    assert!(line.contains("event 2 is missing"), "{line}");
    let out = run(hall.cmd().args(["store", "check"]));
    assert!(out.stdout.contains("event 2 is missing"), "{out:?}");
}

#[test]
fn a_snapshot_that_disagrees_with_the_events_is_found() {
    let hall = hall();
    issue(&hall, 3);
    {
        let mut log = Log::open(&hall.log_path(), DomainHall::sample()).expect("open");
        log.write_snapshot().expect("snapshot");
    }
    let conn = rusqlite::Connection::open(hall.log_path()).expect("open");
    // The snapshot forgets the third ticket: a fold from it would number on wrong.
    conn.execute(
        "UPDATE events SET body = replace(body, '\"number\":3', '\"number\":7') WHERE seq = 3",
        [],
    )
    .expect("edit");
    drop(conn);
    let out = run(hall.cmd().args(["store", "check"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stdout.contains("differs from the events"),
        "{}",
        out.stdout
    );
}

#[test]
fn backups_taken_while_terminals_write_are_whole_and_restore() {
    let hall = hall();
    issue(&hall, 5);
    let writers: Vec<Child> = (0..3)
        .map(|_| {
            hall.std_cmd()
                .args(["ticket", "issue", "--service", "A", "--count", "150"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start frontdesk")
        })
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut backups = Vec::new();
    for i in 0..6 {
        let file = dir.path().join(format!("backup-{i}.sqlite"));
        let out = run(hall.cmd().args(["store", "backup"]).arg(&file));
        assert_eq!(out.code, 0, "backup {i}: {}", out.stderr);
        backups.push(file);
    }
    for w in writers {
        let out = common::from_output(w.wait_with_output().expect("wait"));
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    let mut sizes = Vec::new();
    for b in &backups {
        // Each backup is one self-contained file, whole by the full check, and
        // a moment of the log: ticket numbers from 1 without a gap.
        assert!(!b.with_extension("sqlite-wal").exists());
        let report = check::check(b).expect("check");
        assert!(report.is_whole(), "{}: {:?}", b.display(), report.problems);
        let log = Log::open_as(b, DomainHall::sample(), Access::Read).expect("open backup");
        let events = log.events(0, usize::MAX).expect("events");
        let numbers: Vec<u64> = events
            .iter()
            .filter_map(|r| match &r.event {
                frontdesk::domain::Event::TicketIssued { number, .. } => Some(u64::from(*number)),
                _ => None,
            })
            .collect();
        sizes.push(assert_contiguous(&numbers));
    }
    assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
    let total = issued_numbers(&hall.events()).len() as u64;
    assert_eq!(total, 455);

    // Put the first backup back: the log is that backup; the one it replaced
    // is kept, with every ticket.
    let out = run(hall.cmd().args(["store", "restore"]).arg(&backups[0])).ok();
    assert!(out.contains("is kept as"), "{out}");
    assert_eq!(issued_numbers(&hall.events()).len() as u64, sizes[0]);
    let kept = std::fs::read_dir(hall.data_dir())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| {
            p.to_string_lossy().contains(".replaced-") && !p.to_string_lossy().ends_with("-wal")
        })
        .expect("the replaced log is kept");
    let old = Log::open_as(&kept, DomainHall::sample(), Access::Read).expect("open kept");
    assert_eq!(old.last_seq(), total);
    // And the hall carries on from the restored log.
    let next = issue(&hall, 1);
    assert_eq!(next, format!("Ticket A{:03} issued.\n", sizes[0] + 1));
}

#[test]
fn a_damaged_backup_is_not_restored_and_a_log_in_use_is_not_replaced() {
    let hall = hall();
    issue(&hall, 3);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("b.sqlite");
    run(hall.cmd().args(["store", "backup"]).arg(&file)).ok();

    let cut = dir.path().join("cut.sqlite");
    std::fs::copy(&file, &cut).expect("copy");
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&cut)
        .expect("open");
    f.set_len(4096).expect("truncate");
    drop(f);
    let line = run(hall.cmd().args(["store", "restore"]).arg(&cut)).fails(2);
    assert!(line.contains("cannot be restored"), "{line}");

    let screen = Log::open(&hall.log_path(), DomainHall::sample()).expect("open");
    let line = run(hall.cmd().args(["store", "restore"]).arg(&file)).fails(2);
    assert!(
        line.contains("in use by another frontdesk process"),
        "{line}"
    );
    drop(screen);
    // Nothing changed meanwhile: the three tickets and no copy beside them.
    assert_eq!(issued_numbers(&hall.events()).len(), 3);

    // A backup never overwrites a file that is not a log.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "keep me").expect("write");
    let line = run(hall.cmd().args(["store", "backup"]).arg(&notes)).fails(2);
    assert!(line.contains("not a frontdesk log"), "{line}");
    assert_eq!(std::fs::read_to_string(&notes).expect("read"), "keep me");
}

#[test]
fn issuing_on_a_log_opened_by_the_library_in_many_threads_is_safe() {
    // The same race as the processes', inside one process: each thread its
    // own connection to a log that does not exist yet.
    for _ in 0..50 {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("hall.sqlite");
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    let mut log = Log::open(&path, DomainHall::sample()).expect("open");
                    let cmd = Command::IssueTicket {
                        service: ServiceCode::new("A"),
                        window: None,
                    };
                    let at = chrono::DateTime::parse_from_rfc3339(NOW)
                        .expect("now")
                        .to_utc();
                    log.execute(&cmd, at, None, "test").expect("issue");
                });
            }
        });
        let log = Log::open(&path, DomainHall::sample()).expect("open");
        assert_eq!(log.last_seq(), 8);
    }
}
