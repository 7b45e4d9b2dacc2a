//! Backups of a live log and putting one back.
//!
//! A backup is SQLite's online backup of the whole log in one read
//! transaction: a consistent copy as of one moment, taken while every terminal
//! keeps writing (in WAL mode readers never block writers). It is written
//! under a temporary name, turned into one self-contained file, checked in
//! full and only then given its name, so a backup file is either whole or
//! absent.
//!
//! A restore checks the backup in full first, then takes the live log for
//! itself (it refuses while any frontdesk process has the log open, as their
//! idea of the hall would no longer match the file), keeps the log it
//! replaces next to it, and copies the backup in through SQLite, so that the
//! write-ahead file and the log never disagree.

use super::check;
use super::{StoreError, classify, connect, file};
use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a backup or restore waits for a busy log, a step at a time.
const PATIENCE: Duration = Duration::from_secs(15);
const PAUSE: Duration = Duration::from_millis(50);

/// What could stop a backup or a restore, beyond the log's own errors.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: exists and is not a frontdesk log; choose another file name for the backup")]
    WouldClobber { path: PathBuf },
    #[error(
        "{path}: the copy is damaged ({problem}); the live log itself may be: run `frontdesk store check`"
    )]
    CopyDamaged { path: PathBuf, problem: String },
    #[error("{path}: cannot be restored, it is damaged: {problem}")]
    BackupDamaged { path: PathBuf, problem: String },
    #[error(
        "{path}: the log is in use by another frontdesk process (a screen or a command); close them all, then restore again"
    )]
    InUse { path: PathBuf },
}

/// What a finished backup or restore did.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    /// The file written: the backup, or the restored log.
    pub path: PathBuf,
    /// Events in it.
    pub events: u64,
    /// Where the log that was replaced was kept (restore only).
    pub kept: Option<PathBuf>,
}

/// Copies the live log at `log` to `dest` while others keep writing.
pub fn backup(log: &Path, dest: &Path) -> Result<Done, BackupError> {
    if file::examine(log)? == file::Found::Missing {
        return Err(StoreError::Io {
            path: log.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        }
        .into());
    }
    if dest.exists() && !is_ours(dest) {
        return Err(BackupError::WouldClobber {
            path: dest.to_path_buf(),
        });
    }
    let source = open_source(log)?;
    let part = temp_beside(dest, "part")?;
    let result = copy_into_file(&source, log, &part).and_then(|()| {
        let report = check::check(&part)?;
        match report.problems.first() {
            Some(problem) => Err(BackupError::CopyDamaged {
                path: part.clone(),
                problem: problem.clone(),
            }),
            None => Ok(report),
        }
    });
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            remove_with_sides(&part);
            return Err(e);
        }
    };
    std::fs::rename(&part, dest).map_err(|source| StoreError::Io {
        path: dest.to_path_buf(),
        source,
    })?;
    sync_dir_of(dest);
    Ok(Done {
        path: dest.to_path_buf(),
        events: report.events,
        kept: None,
    })
}

/// Puts the backup at `from` back as the log at `log`. `stamp` names the copy
/// of the log it replaces (`hall.sqlite.replaced-STAMP`).
pub fn restore(from: &Path, log: &Path, stamp: &str) -> Result<Done, BackupError> {
    let checked = check::check(from)?;
    if let Some(problem) = checked.problems.first() {
        return Err(BackupError::BackupDamaged {
            path: from.to_path_buf(),
            problem: problem.clone(),
        });
    }
    let source = connect(from, true)?;
    if file::examine(log)? == file::Found::Missing {
        // Nothing to replace: built beside the log and linked in, as a new log is.
        let part = temp_beside(log, "restore")?;
        let made = copy_into_file(&source, from, &part).and_then(|()| {
            wal_mode(&part)?;
            std::fs::hard_link(&part, log).map_err(|source| {
                BackupError::from(StoreError::Io {
                    path: log.to_path_buf(),
                    source,
                })
            })
        });
        remove_with_sides(&part);
        made?;
        sync_dir_of(log);
        return Ok(Done {
            path: log.to_path_buf(),
            events: checked.events,
            kept: None,
        });
    }
    let kept = side_name(log, &format!(".replaced-{stamp}"));
    let mut live = take_for_itself(log)?;
    // Held exclusively, the log and its write-ahead file are a consistent
    // pair on disk; copied together they open as the log was.
    for suffix in ["", "-wal"] {
        let from_side = file::side(log, suffix);
        if std::fs::metadata(&from_side).is_ok_and(|m| m.len() > 0) {
            std::fs::copy(&from_side, file::side(&kept, suffix)).map_err(|source| {
                StoreError::Io {
                    path: file::side(&kept, suffix),
                    source,
                }
            })?;
        }
    }
    {
        let copy = Backup::new(&source, &mut live).map_err(|e| classify(log, e))?;
        run(&copy, log)?;
    }
    live.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(|e| classify(log, e))?;
    live.close().map_err(|(_, e)| classify(log, e))?;
    let after = check::check(log)?;
    if let Some(problem) = after.problems.first() {
        return Err(BackupError::CopyDamaged {
            path: log.to_path_buf(),
            problem: problem.clone(),
        });
    }
    Ok(Done {
        path: log.to_path_buf(),
        events: after.events,
        kept: Some(kept),
    })
}

/// The live log with an exclusive lock this connection keeps until it closes.
/// Every frontdesk process holds a shared lock while it has the log open, so
/// this fails at once while any of them runs.
fn take_for_itself(log: &Path) -> Result<Connection, BackupError> {
    let conn = connect(log, false)?;
    let in_use = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            BackupError::InUse {
                path: log.to_path_buf(),
            }
        }
        _ => classify(log, e).into(),
    };
    conn.busy_timeout(Duration::from_millis(500))
        .map_err(|e| classify(log, e))?;
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
        .map_err(|e| classify(log, e))?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
        .map_err(in_use)?;
    Ok(conn)
}

/// The live log opened for reading, for writable and read-only logs alike.
fn open_source(log: &Path) -> Result<Connection, StoreError> {
    match connect(log, false) {
        Ok(c) if !c.is_readonly("main").unwrap_or(false) => Ok(c),
        _ => super::connect_read_only(log),
    }
}

/// The whole of `source` into a new single file at `dest`, in one step: one
/// read transaction, so one moment of the log.
fn copy_into_file(source: &Connection, source_path: &Path, dest: &Path) -> Result<(), BackupError> {
    let mut out = Connection::open(dest).map_err(|e| classify(dest, e))?;
    {
        let copy = Backup::new(source, &mut out).map_err(|e| classify(source_path, e))?;
        run(&copy, source_path)?;
    }
    // A backup travels alone: no write-ahead file beside it.
    out.pragma_update(None, "journal_mode", "DELETE")
        .map_err(|e| classify(dest, e))?;
    out.close().map_err(|(_, e)| classify(dest, e))?;
    if let Ok(f) = std::fs::File::open(dest) {
        let _ = f.sync_all();
    }
    Ok(())
}

fn run(copy: &Backup<'_, '_>, path: &Path) -> Result<(), BackupError> {
    let started = std::time::Instant::now();
    loop {
        match copy.step(-1).map_err(|e| classify(path, e))? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            StepResult::Busy | StepResult::Locked if started.elapsed() < PATIENCE => {
                std::thread::sleep(PAUSE);
            }
            _ => {
                return Err(BackupError::InUse {
                    path: path.to_path_buf(),
                });
            }
        }
    }
}

/// A restored log lives in WAL mode, as every log does.
fn wal_mode(path: &Path) -> Result<(), BackupError> {
    let conn = Connection::open(path).map_err(|e| classify(path, e))?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| classify(path, e))?;
    conn.close().map_err(|(_, e)| classify(path, e))?;
    Ok(())
}

/// Whether `path` is a frontdesk log (so a backup may replace it).
fn is_ours(path: &Path) -> bool {
    super::connect_read_only(path)
        .ok()
        .and_then(|c| super::inspect(&c).ok())
        .is_some_and(|(app_id, _, _)| app_id == super::schema::APPLICATION_ID)
}

/// A fresh name in the directory of `path` for a file being made.
fn temp_beside(path: &Path, what: &str) -> Result<PathBuf, StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let p = dir.join(format!(".{name}.{what}-{}", std::process::id()));
    remove_with_sides(&p);
    Ok(p)
}

fn side_name(path: &Path, suffix: &str) -> PathBuf {
    file::side(path, suffix)
}

fn remove_with_sides(p: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(file::side(p, suffix));
    }
}

fn sync_dir_of(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
}
