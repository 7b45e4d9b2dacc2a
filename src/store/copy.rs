//! Moving a hall: its whole log copied to another home (a database, or back
//! to a SQLite file), in one transaction, then read back and compared event
//! for event. A destination that already holds events is refused untouched.

use super::{Location, Log, PgLog, SqliteLog, StoreError, classify, insert_events};
use crate::domain::{Hall, Recorded};
use rusqlite::{Connection, TransactionBehavior, params};
use std::path::Path;

/// Events read from the source at a time.
const PAGE: usize = 20_000;

/// Copies `source`'s whole log, as far as it went when the copy began, to the
/// empty log at `to`, and returns how many events were copied.
pub fn copy(
    source: &Log,
    to: &Location,
    hall: Hall,
    config_text: Option<&str>,
) -> Result<u64, StoreError> {
    let upto = source.last_seq();
    let mut page = |after: u64| -> Result<Vec<Recorded>, StoreError> {
        if after >= upto {
            return Ok(Vec::new());
        }
        let mut events = source.events(after, PAGE)?;
        events.retain(|r| r.seq <= upto);
        Ok(events)
    };
    let copied = match to {
        Location::Postgres { target, hall: id } => {
            let mut dest = PgLog::open(target, id, hall, config_text)?;
            dest.import(&mut page)?
        }
        Location::File(path) => {
            // Made (or checked to be a frontdesk log) as any log is opened.
            let dest = SqliteLog::open(path, hall.clone())?;
            if dest.last_seq() > 0 {
                return Err(not_empty(path, dest.last_seq()));
            }
            drop(dest);
            let n = import_file(path, &mut page)?;
            let mut dest = SqliteLog::open(path, hall)?;
            dest.write_snapshot()?;
            n
        }
    };
    Ok(copied)
}

fn not_empty(path: &Path, events: u64) -> StoreError {
    StoreError::Database {
        target: path.display().to_string(),
        detail: format!(
            "it already holds {events} events; nothing was copied (copy into a new file)"
        ),
    }
}

/// [`PgLog::import`] for a SQLite file: one transaction, written, read back
/// and compared before the commit.
fn import_file(
    path: &Path,
    page: &mut dyn FnMut(u64) -> Result<Vec<Recorded>, StoreError>,
) -> Result<u64, StoreError> {
    let sql = |e| classify(path, e);
    let mut conn = Connection::open(path).map_err(sql)?;
    conn.busy_timeout(std::time::Duration::from_secs(15))
        .map_err(sql)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sql)?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(sql)?;
    let held: i64 = tx
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .map_err(sql)?;
    if held > 0 {
        return Err(not_empty(path, held as u64));
    }
    let mut after = 0u64;
    loop {
        let events = page(after)?;
        if events.is_empty() {
            break;
        }
        if events
            .iter()
            .enumerate()
            .any(|(i, r)| r.seq != after + 1 + i as u64)
        {
            return Err(StoreError::Database {
                target: path.display().to_string(),
                detail: format!("the source's events after {after} are not numbered one by one"),
            });
        }
        insert_events(&tx, &events).map_err(sql)?;
        after += events.len() as u64;
    }
    let mut at = 0u64;
    loop {
        let original = page(at)?;
        if original.is_empty() {
            break;
        }
        let mut stmt = tx
            .prepare_cached(
                "SELECT seq, at_ms, origin, body, user FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )
            .map_err(sql)?;
        let rows = stmt
            .query_map(
                params![at as i64, original.len() as i64],
                super::row_to_parts,
            )
            .map_err(sql)?;
        let mut back = Vec::with_capacity(original.len());
        for row in rows {
            back.push(super::parts_to_recorded(row.map_err(sql)?, path)?);
        }
        if back != original {
            let seq = original
                .iter()
                .zip(&back)
                .find(|(o, b)| o != b)
                .map_or(at + back.len() as u64 + 1, |(o, _)| o.seq);
            return Err(StoreError::Database {
                target: path.display().to_string(),
                detail: format!(
                    "event {seq} differs from the original after copying; nothing was copied"
                ),
            });
        }
        at += original.len() as u64;
    }
    tx.commit().map_err(sql)?;
    Ok(after)
}
