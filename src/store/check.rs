//! Is the log whole? The full check (`frontdesk store check`) reads every page
//! and every event: SQLite's integrity check, the events numbered from 1
//! without a gap, each one readable, and every state snapshot equal to the
//! fold of the events before it. At start a log gets the cheap part: its file
//! is whole (see `file.rs`), its first and newest events are where the
//! snapshot says, and the events folded since the snapshot follow without a
//! gap.

use super::{SNAPSHOT_FORMAT, StoreError, classify, file, parts_to_recorded, row_to_parts, schema};
use crate::domain::State;
use rusqlite::Connection;
use std::path::Path;

/// How many of SQLite's own findings are worth printing; the first few say
/// where the damage is, the rest repeat it.
const SQLITE_FINDINGS: usize = 5;

/// What the full check found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Events read and decoded.
    pub events: u64,
    /// Snapshots compared with the fold.
    pub snapshots: usize,
    /// Each problem in a few words; empty when the log is whole.
    pub problems: Vec<String>,
}

impl Report {
    pub fn is_whole(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The words for a hole in the numbering: `after` was the last event seen.
pub(crate) fn gap_detail(after: u64, found: u64) -> String {
    if found <= after {
        format!("event {found} comes after event {after}: the numbering goes back")
    } else if found == after + 2 {
        format!("event {} is missing", after + 1)
    } else {
        format!("events {} to {} are missing", after + 1, found - 1)
    }
}

/// The cheap part, on a log just opened with its snapshot loaded up to
/// `snapshot_seq`: the first event is number 1 and the newest is not behind
/// the snapshot. Two lookups on the primary key, whatever the log's size.
pub(crate) fn at_start(
    conn: &Connection,
    path: &Path,
    snapshot_seq: u64,
) -> Result<(), StoreError> {
    let (first, last): (Option<i64>, Option<i64>) = conn
        .query_row("SELECT min(seq), max(seq) FROM events", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(|e| classify(path, e))?;
    let corrupt = |detail: String| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    match (first, last) {
        (Some(first), _) if first != 1 => Err(corrupt(gap_detail(0, first as u64))),
        (_, last) if (last.unwrap_or(0) as u64) < snapshot_seq => Err(corrupt(format!(
            "its snapshot is of event {snapshot_seq} but the newest event is {}: events were lost",
            last.unwrap_or(0)
        ))),
        _ => Ok(()),
    }
}

/// The full check of the log at `path`, which is only read. A file that is
/// not a frontdesk log at all is an error; damage inside one is a report.
pub fn check(path: &Path) -> Result<Report, StoreError> {
    let mut report = Report::default();
    match file::examine(path) {
        Ok(file::Found::Whole) => {}
        Ok(file::Found::Missing) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        Err(StoreError::Corrupt { detail, .. }) => {
            report.problems.push(detail);
            return Ok(report);
        }
        Err(e) => return Err(e),
    }
    let conn = super::connect_read_only(path)?;
    let (app_id, version, tables) = super::inspect(&conn).map_err(|e| classify(path, e))?;
    if app_id != schema::APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
        });
    }
    if version > super::CURRENT_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: super::CURRENT_VERSION,
        });
    }
    if let Err(e) = sqlite_check(&conn, &mut report) {
        report.problems.push(format!("SQLite cannot read it: {e}"));
        return Ok(report);
    }
    if let Err(e) = events_check(&conn, path, &mut report) {
        report
            .problems
            .push(format!("reading the events failed: {e}"));
    }
    Ok(report)
}

/// SQLite's own check of every page, index and constraint.
fn sqlite_check(conn: &Connection, report: &mut Report) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(&format!("PRAGMA integrity_check({SQLITE_FINDINGS})"))?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        let line = row?;
        if line != "ok" {
            report.problems.push(format!("SQLite: {line}"));
        }
    }
    Ok(())
}

/// Every event in order, decoded and folded; each snapshot against the fold.
fn events_check(conn: &Connection, path: &Path, report: &mut Report) -> rusqlite::Result<()> {
    let mut snaps: Vec<(u64, String)> = {
        let mut stmt =
            conn.prepare("SELECT seq, state FROM snapshots WHERE format = ?1 ORDER BY seq")?;
        stmt.query_map([SNAPSHOT_FORMAT], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    snaps.reverse();
    let mut stmt = conn.prepare("SELECT seq, at_ms, origin, body FROM events ORDER BY seq")?;
    let rows = stmt.query_map([], row_to_parts)?;
    let mut state = State::new();
    let mut last = 0u64;
    let mut undecodable = 0u64;
    for row in rows {
        let parts = row?;
        let seq = parts.0 as u64;
        if seq != last + 1 {
            report.problems.push(gap_detail(last, seq));
        }
        last = seq;
        match parts_to_recorded(parts, path) {
            Ok(r) => {
                report.events += 1;
                state.apply(r.at, &r.event);
            }
            Err(e) => {
                undecodable += 1;
                if undecodable <= SQLITE_FINDINGS as u64 {
                    report.problems.push(match e {
                        StoreError::Corrupt { detail, .. } => detail,
                        other => other.to_string(),
                    });
                }
            }
        }
        while snaps.last().is_some_and(|(s, _)| *s == seq) {
            if let Some((s, json)) = snaps.pop() {
                compare_snapshot(s, &json, &state, report);
            }
        }
    }
    if undecodable > SQLITE_FINDINGS as u64 {
        report
            .problems
            .push(format!("{undecodable} events in all cannot be read"));
    }
    for (s, _) in snaps {
        report.problems.push(format!(
            "a snapshot is of event {s}, but the events end at {last}"
        ));
    }
    Ok(())
}

fn compare_snapshot(seq: u64, json: &str, fold: &State, report: &mut Report) {
    report.snapshots += 1;
    match serde_json::from_str::<State>(json) {
        Ok(snap) if &snap == fold => {}
        Ok(_) => report.problems.push(format!(
            "the snapshot at event {seq} differs from the events folded up to it"
        )),
        Err(e) => report
            .problems
            .push(format!("the snapshot at event {seq} cannot be read: {e}")),
    }
}
