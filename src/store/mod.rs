//! The append-only event log in SQLite. Every screen and report is a view of it;
//! several processes on one host share it safely through SQLite's locking.
//!
//! An event is acknowledged only after its transaction is durably committed (WAL,
//! `synchronous = FULL`). A command is decided while holding the write lock and
//! after catching up with what other processes wrote, so two terminals can never
//! hand out the same ticket number.

pub mod backup;
pub mod check;
mod create;
mod file;
mod quality;
mod range;
mod schema;

use crate::domain::{
    BreakId, Command, Event, Hall, Instant, Override, Recorded, Refusal, State, TicketId, decide,
};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;
use thiserror::Error;

pub use file::{LOG_MODE, world_readable};
pub use quality::Beside;
pub use schema::CURRENT_VERSION;

/// A snapshot of the state is written every this many events, so that opening a
/// log folds at most this many events whatever its size.
const SNAPSHOT_EVERY: u64 = 1000;
/// Bumped whenever `State`'s serialized shape changes; older snapshots are ignored.
const SNAPSHOT_FORMAT: i64 = 3;
/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(15);

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: not a frontdesk log (the file is not an SQLite database)")]
    NotADatabase { path: PathBuf },
    #[error("{path}: this SQLite database belongs to another program, not frontdesk")]
    Foreign { path: PathBuf },
    #[error(
        "{path}: written by a newer frontdesk (log version {found}, this version reads up to {supported}); upgrade frontdesk to open it"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path}: the log is damaged: {detail}. `frontdesk store check` tells what is wrong; `frontdesk store restore BACKUP` puts the last good backup back"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path}: {} not writable by this user, so nothing can be recorded; fix the permissions or use another --data-dir (status, log, board, break list, plan --print and notice --dry-run only read and work as they are)",
        if .what == .path { "the file is".to_string() } else { format!("its directory {} is", .what.display()) }
    )]
    NotWritable { path: PathBuf, what: PathBuf },
    #[error(
        "{path}: the log's write-ahead file {wal} was deleted or damaged while frontdesk was running: close every frontdesk screen of this hall, then run `frontdesk store check` (events written since the last checkpoint may be gone; `frontdesk store restore BACKUP` puts a backup back)"
    )]
    WalLost { path: PathBuf, wal: PathBuf },
    #[error("{path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("cannot create {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A command either was refused by a rule or could not reach the disk.
#[derive(Debug, Error)]
pub enum ExecError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An open log with the state folded from it.
pub struct Log {
    path: PathBuf,
    conn: Connection,
    hall: Hall,
    state: State,
    last_seq: u64,
    last_snapshot: u64,
    data_version: i64,
    read_only: bool,
    /// Who this process acts as: recorded with every event it writes.
    user: Option<String>,
}

/// Whether a command means to write the log or only to read it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Access {
    Write,
    Read,
}

impl Log {
    /// Opens (creating if need be) the log at `path` to read and write. A file
    /// that is not ours, is damaged or comes from a newer version is refused
    /// and left untouched.
    pub fn open(path: &Path, hall: Hall) -> Result<Log, StoreError> {
        Log::open_as(path, hall, Access::Write)
    }

    /// Opens the log as [`Log::open`] does; with [`Access::Read`] a log this
    /// user may not write (a read-only file or data directory) is opened to be
    /// read only, and anything that would write to it is refused with the
    /// reason.
    pub fn open_as(path: &Path, hall: Hall, access: Access) -> Result<Log, StoreError> {
        let path = path.to_path_buf();
        if file::examine(&path)? == file::Found::Missing {
            create::create(&path)?;
        }
        let (conn, read_only) = match connect(&path, false) {
            Ok(conn) if !conn.is_readonly("main").unwrap_or(false) => (conn, false),
            Ok(_) | Err(_) if access == Access::Read && file::not_writable(&path).is_some() => {
                (connect_read_only(&path)?, true)
            }
            Ok(_) => {
                return Err(StoreError::NotWritable {
                    what: file::not_writable(&path).unwrap_or_else(|| path.clone()),
                    path,
                });
            }
            Err(e) => return Err(e),
        };

        // Look before writing anything: a foreign or newer file must stay as it is.
        let (app_id, version, tables) = inspect(&conn).map_err(|e| classify(&path, e))?;
        if app_id != schema::APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(StoreError::Foreign { path });
        }
        if version > CURRENT_VERSION {
            return Err(StoreError::Newer {
                path,
                found: version,
                supported: CURRENT_VERSION,
            });
        }
        let mut conn = conn;
        if !read_only {
            // Logs made by this version are in WAL mode from birth; only an
            // older one needs switching, which takes a write.
            let mode: String = conn
                .pragma_query_value(None, "journal_mode", |r| r.get(0))
                .map_err(|e| classify(&path, e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.pragma_update(None, "journal_mode", "WAL")
                    .map_err(|e| classify(&path, e))?;
            }
            if version < CURRENT_VERSION {
                schema::migrate(&mut conn, version).map_err(|e| classify(&path, e))?;
            }
        } else if version < CURRENT_VERSION {
            return Err(StoreError::NotWritable {
                what: file::not_writable(&path).unwrap_or_else(|| path.clone()),
                path,
            });
        }

        let mut log = Log {
            path,
            conn,
            hall,
            state: State::new(),
            last_seq: 0,
            last_snapshot: 0,
            data_version: 0,
            read_only,
            user: None,
        };
        log.load_snapshot()?;
        check::at_start(&log.conn, &log.path, log.last_seq)?;
        log.catch_up()?;
        log.data_version = log.read_data_version()?;
        Ok(log)
    }

    /// Records `user` as the one acting in every event this log writes from
    /// now on: the operating-system user running the process.
    pub fn act_as(&mut self, user: &str) {
        self.user = Some(user.to_string());
    }

    /// Whether this log was opened to be read only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn refuse_if_read_only(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::NotWritable {
                path: self.path.clone(),
                what: file::not_writable(&self.path).unwrap_or_else(|| self.path.clone()),
            });
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn hall(&self) -> &Hall {
        &self.hall
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// The sequence number of the newest event this process has seen.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    fn sql_err(&self, source: rusqlite::Error) -> StoreError {
        classify(&self.path, source)
    }

    /// Checks `cmd` against the latest state and records its events durably. On a
    /// refusal nothing is written.
    pub fn execute(
        &mut self,
        cmd: &Command,
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        self.execute_all(std::slice::from_ref(cmd), now, ovr, origin)
    }

    /// Checks several commands in turn, each against the state the ones before
    /// it leave, and records all their events in one transaction: a whole plan
    /// is written, or on the first refusal nothing is.
    pub fn execute_all(
        &mut self,
        cmds: &[Command],
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        self.refuse_if_read_only()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&self.path, e))?;
        let mut state = std::mem::take(&mut self.state);
        let caught = read_events(&tx, self.last_seq, &self.path);
        let (caught, mut seq) = match caught {
            Ok(c) => c,
            Err(e) => {
                self.state = state;
                return Err(e.into());
            }
        };
        for r in &caught {
            state.apply(r.at, &r.event);
        }
        seq = seq.max(self.last_seq);
        self.last_seq = seq;
        // Decided on a scratch copy, so a refusal part-way leaves the state as
        // the log has it.
        let mut scratch = (cmds.len() > 1).then(|| state.clone());
        let mut events = Vec::new();
        for cmd in cmds {
            let decided = decide(
                &self.hall,
                scratch.as_ref().unwrap_or(&state),
                cmd,
                now,
                ovr,
            );
            match decided {
                Ok(e) => {
                    if let Some(s) = scratch.as_mut() {
                        for ev in &e {
                            s.apply(now, ev);
                        }
                    }
                    events.extend(e);
                }
                Err(refusal) => {
                    self.state = state;
                    return Err(refusal.into());
                }
            }
        }
        let recorded: Vec<Recorded> = events
            .into_iter()
            .enumerate()
            .map(|(i, event)| Recorded {
                seq: seq + 1 + i as u64,
                at: now,
                origin: origin.to_string(),
                user: self.user.clone(),
                event,
            })
            .collect();
        let written = insert_events(&tx, &recorded).and_then(|_| tx.commit());
        if let Err(e) = written {
            self.state = state;
            return Err(classify(&self.path, e).into());
        }
        // Acknowledged: the events are on disk. Only now does the state move.
        for r in &recorded {
            state.apply(r.at, &r.event);
        }
        self.state = state;
        if let Some(last) = recorded.last() {
            self.last_seq = last.seq;
        }
        self.data_version = self.read_data_version()?;
        self.maybe_snapshot()?;
        Ok(recorded)
    }

    /// Appends events without deciding them, in one transaction: for imports and
    /// benchmarks whose events were produced by the rules elsewhere.
    pub fn append_unchecked(
        &mut self,
        events: impl IntoIterator<Item = (Instant, Event)>,
        origin: &str,
    ) -> Result<u64, StoreError> {
        self.refuse_if_read_only()?;
        self.catch_up()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&self.path, e))?;
        let (caught, top) = read_events(&tx, self.last_seq, &self.path)?;
        for r in &caught {
            self.state.apply(r.at, &r.event);
        }
        let mut seq = top.max(self.last_seq);
        let mut recorded = Vec::new();
        for (at, event) in events {
            seq += 1;
            recorded.push(Recorded {
                seq,
                at,
                origin: origin.to_string(),
                user: self.user.clone(),
                event,
            });
        }
        insert_events(&tx, &recorded).map_err(|e| classify(&self.path, e))?;
        tx.commit().map_err(|e| classify(&self.path, e))?;
        for r in &recorded {
            self.state.apply(r.at, &r.event);
        }
        self.last_seq = seq;
        self.data_version = self.read_data_version()?;
        self.maybe_snapshot()?;
        Ok(recorded.len() as u64)
    }

    /// Folds in whatever other processes have written since we last looked.
    /// Cheap when nothing changed, so screens can call it several times a second.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        let version = self.read_data_version()?;
        if version == self.data_version {
            return Ok(false);
        }
        self.data_version = version;
        self.catch_up()
    }

    fn read_data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "data_version", |r| r.get(0))
            .map_err(|e| self.sql_err(e))
    }

    fn catch_up(&mut self) -> Result<bool, StoreError> {
        let (events, _) = read_events(&self.conn, self.last_seq, &self.path)?;
        for r in &events {
            self.state.apply(r.at, &r.event);
            self.last_seq = r.seq;
        }
        Ok(!events.is_empty())
    }

    fn load_snapshot(&mut self) -> Result<(), StoreError> {
        let row: Option<(i64, String)> = self
            .conn
            .query_row(
                "SELECT seq, state FROM snapshots WHERE format = ?1 ORDER BY seq DESC LIMIT 1",
                [SNAPSHOT_FORMAT],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(self.sql_err(e)),
            })?;
        // A snapshot is only a cache: one we cannot read is skipped, not fatal.
        if let Some((seq, json)) = row
            && let Ok(state) = serde_json::from_str::<State>(&json)
        {
            self.state = state;
            self.last_seq = seq as u64;
            self.last_snapshot = seq as u64;
        }
        Ok(())
    }

    fn maybe_snapshot(&mut self) -> Result<(), StoreError> {
        if self.last_seq < self.last_snapshot + SNAPSHOT_EVERY {
            return Ok(());
        }
        self.write_snapshot()
    }

    /// Saves the current state so the next start-up folds only what follows it.
    pub fn write_snapshot(&mut self) -> Result<(), StoreError> {
        self.refuse_if_read_only()?;
        let json = serde_json::to_string(&self.state).map_err(|e| StoreError::Corrupt {
            path: self.path.clone(),
            detail: e.to_string(),
        })?;
        let seq = self.last_seq as i64;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO snapshots (seq, format, state) VALUES (?1, ?2, ?3)",
                params![seq, SNAPSHOT_FORMAT, json],
            )
            .map_err(|e| self.sql_err(e))?;
        // Two are kept: the newest, and one before it in case a reader is mid-way.
        self.conn
            .execute(
                "DELETE FROM snapshots WHERE seq < (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT 1 OFFSET 1)",
                [],
            )
            .map_err(|e| self.sql_err(e))?;
        self.last_snapshot = self.last_seq;
        Ok(())
    }

    /// Decodes the rows of a query for events, in their order.
    fn collect(
        &self,
        rows: impl Iterator<Item = rusqlite::Result<Parts>>,
    ) -> Result<Vec<Recorded>, StoreError> {
        let mut out = Vec::new();
        for row in rows {
            let parts = row.map_err(|e| self.sql_err(e))?;
            out.push(parts_to_recorded(parts, &self.path)?);
        }
        Ok(out)
    }

    /// Events after `after`, oldest first, at most `limit` of them.
    pub fn events(&self, after: u64, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT seq, at_ms, origin, body, user FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )
            .map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map(params![after as i64, limit as i64], row_to_parts)
            .map_err(|e| self.sql_err(e))?;
        self.collect(rows)
    }

    /// Events of the given kinds (as [`Event::kind`] names them) after `after`,
    /// oldest first, at most `limit`: what a report needs, without decoding the
    /// rest of the log.
    pub fn events_of(
        &self,
        kinds: &[&str],
        after: u64,
        limit: usize,
    ) -> Result<Vec<Recorded>, StoreError> {
        let marks = vec!["?"; kinds.len()].join(", ");
        let sql = format!(
            "SELECT seq, at_ms, origin, body, user FROM events
             WHERE seq > ? AND kind IN ({marks}) ORDER BY seq LIMIT ?"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let mut values: Vec<rusqlite::types::Value> = vec![(after as i64).into()];
        values.extend(
            kinds
                .iter()
                .map(|k| rusqlite::types::Value::from(k.to_string())),
        );
        values.push((limit as i64).into());
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values), row_to_parts)
            .map_err(|e| self.sql_err(e))?;
        self.collect(rows)
    }

    /// The event that issued a ticket, however long ago.
    pub fn ticket_issue(&self, ticket: TicketId) -> Result<Option<Recorded>, StoreError> {
        self.find_one(
            "SELECT seq, at_ms, origin, body, user FROM events
             WHERE kind = 'ticket_issued' AND json_extract(body, '$.ticket') = ?1",
            ticket.0 as i64,
        )
    }

    /// The event that planned a break, however long ago.
    pub fn break_plan(&self, brk: BreakId) -> Result<Option<Recorded>, StoreError> {
        self.find_one(
            "SELECT seq, at_ms, origin, body, user FROM events
             WHERE kind = 'break_planned' AND json_extract(body, '$.brk') = ?1",
            brk.0 as i64,
        )
    }

    fn find_one(&self, sql: &str, key: i64) -> Result<Option<Recorded>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.sql_err(e))?;
        let mut rows = stmt
            .query_map([key], row_to_parts)
            .map_err(|e| self.sql_err(e))?;
        match rows.next() {
            Some(row) => {
                let parts = row.map_err(|e| self.sql_err(e))?;
                Ok(Some(parts_to_recorded(parts, &self.path)?))
            }
            None => Ok(None),
        }
    }

    /// The ticket events between two instants, oldest first: what the forecast
    /// learns past days' arrivals and service times from.
    pub fn ticket_history(&self, from: Instant, to: Instant) -> Result<Vec<Recorded>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT seq, at_ms, origin, body, user FROM events
                 WHERE kind IN ('ticket_issued', 'ticket_called', 'ticket_served', 'ticket_transferred')
                   AND at_ms >= ?1 AND at_ms < ?2
                 ORDER BY seq",
            )
            .map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map(
                params![from.timestamp_millis(), to.timestamp_millis()],
                row_to_parts,
            )
            .map_err(|e| self.sql_err(e))?;
        self.collect(rows)
    }

    /// The newest `limit` events, oldest first.
    pub fn tail(&self, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        let after = self.last_seq.saturating_sub(limit as u64);
        self.events(after, limit)
    }
}

/// One row of the log as stored, decoded as every reader decodes it: for
/// tools and tests that look at rows directly.
pub fn decode_row(
    seq: i64,
    at_ms: i64,
    origin: String,
    body: String,
) -> Result<Recorded, StoreError> {
    parts_to_recorded((seq, at_ms, origin, body, None), Path::new("event"))
}

/// A row: seq, at_ms, origin, body, and the user who acted (a column logs
/// from before identities lack, and a query may leave out).
type Parts = (i64, i64, String, String, Option<String>);

fn row_to_parts(r: &rusqlite::Row<'_>) -> rusqlite::Result<Parts> {
    let user = r.get::<_, Option<String>>(4).ok().flatten();
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, user))
}

fn parts_to_recorded(
    (seq, at_ms, origin, body, user): Parts,
    path: &Path,
) -> Result<Recorded, StoreError> {
    let corrupt = |detail: String| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    let event: Event =
        serde_json::from_str(&body).map_err(|e| corrupt(format!("event {seq}: {e}")))?;
    let at: DateTime<Utc> = DateTime::from_timestamp_millis(at_ms)
        .ok_or_else(|| corrupt(format!("event {seq}: bad time {at_ms}")))?;
    Ok(Recorded {
        seq: seq as u64,
        at,
        origin,
        user,
        event,
    })
}

/// Reads the events after `after`; also returns the highest sequence number seen.
fn read_events(
    conn: &Connection,
    after: u64,
    path: &Path,
) -> Result<(Vec<Recorded>, u64), StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT seq, at_ms, origin, body, user FROM events WHERE seq > ?1 ORDER BY seq",
        )
        .map_err(|e| classify(path, e))?;
    let rows = stmt
        .query_map([after as i64], row_to_parts)
        .map_err(|e| classify(path, e))?;
    let mut out = Vec::new();
    let mut top = after;
    for row in rows {
        let r = parts_to_recorded(row.map_err(|e| classify(path, e))?, path)?;
        // Events are numbered without a gap; a hole means rows were lost.
        if r.seq != top + 1 {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: check::gap_detail(top, r.seq),
            });
        }
        top = r.seq;
        out.push(r);
    }
    Ok((out, top))
}

fn insert_events(conn: &Connection, events: &[Recorded]) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO events (seq, at_ms, origin, kind, body, user) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for r in events {
        let body = serde_json::to_string(&r.event)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        stmt.execute(params![
            r.seq as i64,
            r.at.timestamp_millis(),
            r.origin,
            r.event.kind(),
            body,
            r.user
        ])?;
    }
    Ok(())
}

/// A connection to an existing log; never creates one (see [`create`]).
fn connect(path: &Path, read_only: bool) -> Result<Connection, StoreError> {
    let access = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| classify(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(path, e))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(|e| classify(path, e))?;
    Ok(conn)
}

/// A log this user may only read. SQLite reads a WAL log read-only when its
/// `-wal` and `-shm` files exist or can be made; in a read-only directory with
/// neither, nobody can be writing it (a writer would need them), so it is
/// safe to read as a file that does not change.
fn connect_read_only(path: &Path) -> Result<Connection, StoreError> {
    let plain = connect(path, true).and_then(|c| {
        inspect(&c).map_err(|e| classify(path, e))?;
        Ok(c)
    });
    if plain.is_ok() || file::side(path, "-wal").exists() {
        return plain;
    }
    let mut uri = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'?' | b'#' | b'%' => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(b as char),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(&uri, flags).map_err(|e| classify(path, e))
}

/// Reads the file's identity, version and table count in one read transaction:
/// read one by one, they could straddle another process creating the log.
fn inspect(conn: &Connection) -> rusqlite::Result<(i32, i64, i64)> {
    let tx = conn.unchecked_transaction()?;
    let app_id: i32 = tx.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tables: i64 = tx.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    tx.commit()?;
    Ok((app_id, version, tables))
}

fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
            if file::not_writable(path).is_some() =>
        {
            StoreError::NotWritable {
                path: path.to_path_buf(),
                what: file::not_writable(path).unwrap_or_else(|| path.to_path_buf()),
            }
        }
        // The usual way to get an I/O error from a log on a healthy disk is
        // its write-ahead file going missing under a running process.
        Some(ErrorCode::SystemIoFailure | ErrorCode::ReadOnly)
            if std::fs::metadata(file::side(path, "-shm")).is_ok()
                && std::fs::metadata(file::side(path, "-wal")).map_or(true, |m| m.len() == 0) =>
        {
            StoreError::WalLost {
                path: path.to_path_buf(),
                wal: file::side(path, "-wal"),
            }
        }
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            source: e,
        },
    }
}
