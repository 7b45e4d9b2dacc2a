//! The log's side of the quality record: deciding feedback commands under the
//! write lock, and the customers' names and contacts, which are kept beside
//! the append-only events so that they can be erased for good.
//!
//! An event, once written, is never changed: backups, replays and `log --json`
//! copy it as it is. So a name or a contact never goes into one. It goes into
//! the `contacts` table of the same file, keyed by the feedback entry, written
//! in the same transaction as the entry's event. Erasing deletes that row with
//! SQLite's `secure_delete` on (the freed space is overwritten with zeros) and
//! then checkpoints and truncates the write-ahead file, so no copy of the row
//! is left in the log's files; the `contact_erased` event records who erased
//! it and when.

use super::{Log, StoreError, classify, insert_events, read_events, row_to_parts};
use crate::domain::{Contact, Event, FeedbackId, Instant, Recorded, ServiceCode, State, TicketId};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

/// What a decision on the quality record writes besides its events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Beside {
    /// Contacts to keep for new entries.
    pub keep: Vec<(FeedbackId, Contact)>,
    /// Entries whose contact is erased.
    pub erase: Vec<FeedbackId>,
}

impl Log {
    /// Decides events with `decide` while holding the write lock, after
    /// catching up with every other terminal, and appends them durably with
    /// the contacts they keep or erase, in one transaction. `decide` gets the
    /// latest state and the events of `kinds` after sequence number `after`,
    /// oldest first: a caller that keeps its fold of them up to date passes
    /// where it is, one that keeps none passes 0. On a refusal nothing is
    /// written.
    pub fn record_with<E, F>(
        &mut self,
        now: Instant,
        origin: &str,
        kinds: &[&str],
        after: u64,
        decide: F,
    ) -> Result<Vec<Recorded>, E>
    where
        E: From<StoreError>,
        F: FnOnce(&State, &[Recorded]) -> Result<(Vec<Event>, Beside), E>,
    {
        let path = self.path.clone();
        let sql = |e| E::from(classify(&path, e));
        // Freed space is zeroed, so an erased contact leaves no copy in the file.
        self.conn
            .pragma_update(None, "secure_delete", "ON")
            .map_err(sql)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let (caught, top) = read_events(&tx, self.last_seq, &self.path).map_err(E::from)?;
        for r in &caught {
            self.state.apply(r.at, &r.event);
        }
        self.last_seq = top.max(self.last_seq);
        let earlier = select(&tx, &self.path, kinds, After::Seq(after)).map_err(E::from)?;
        let (events, beside) = decide(&self.state, &earlier)?;
        let recorded: Vec<Recorded> = events
            .into_iter()
            .enumerate()
            .map(|(i, event)| Recorded {
                seq: self.last_seq + 1 + i as u64,
                at: now,
                origin: origin.to_string(),
                event,
                user: self.user.clone(),
            })
            .collect();
        let erasing = !beside.erase.is_empty();
        let written = (|| -> rusqlite::Result<()> {
            for (entry, contact) in &beside.keep {
                let body = serde_json::to_string(contact)
                    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
                tx.execute(
                    "INSERT OR REPLACE INTO contacts (entry, body) VALUES (?1, ?2)",
                    params![entry.0 as i64, body],
                )?;
            }
            for entry in &beside.erase {
                tx.execute("DELETE FROM contacts WHERE entry = ?1", [entry.0 as i64])?;
            }
            insert_events(&tx, &recorded)?;
            Ok(())
        })()
        .and_then(|_| tx.commit());
        written.map_err(sql)?;
        for r in &recorded {
            self.state.apply(r.at, &r.event);
        }
        if let Some(last) = recorded.last() {
            self.last_seq = last.seq;
        }
        if erasing {
            // The row's old copy may still sit in the write-ahead file: move
            // everything into the database and cut that file to nothing. A
            // reader holding it open makes this wait; it is retried by the
            // next erasure or SQLite's own checkpoint if it cannot finish.
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        self.data_version = self.read_data_version().map_err(E::from)?;
        self.maybe_snapshot().map_err(E::from)?;
        Ok(recorded)
    }

    /// The name and contact kept for a feedback entry, if any.
    pub fn contact(&self, entry: FeedbackId) -> Result<Option<Contact>, StoreError> {
        let body: Option<String> = self
            .conn
            .query_row(
                "SELECT body FROM contacts WHERE entry = ?1",
                [entry.0 as i64],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sql_err(e))?;
        match body {
            None => Ok(None),
            Some(b) => serde_json::from_str(&b)
                .map(Some)
                .map_err(|e| StoreError::Corrupt {
                    path: self.path.clone(),
                    detail: format!("contact of entry {}: {e}", entry.0),
                }),
        }
    }

    /// Every event of `kinds`, oldest first: what the quality record folds.
    pub fn events_of_kinds(&self, kinds: &[&str]) -> Result<Vec<Recorded>, StoreError> {
        select(&self.conn, &self.path, kinds, After::Seq(0))
    }

    /// Events of `kinds` that happened in `[from, to)`, oldest first.
    pub fn events_between(
        &self,
        kinds: &[&str],
        from: Instant,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        select(&self.conn, &self.path, kinds, After::Span(from, to))
    }

    /// The ticket a customer holds, by its printed label and business day:
    /// labels restart every day, so the day says which one is meant. `from`
    /// and `to` bound when it can have been issued.
    pub fn find_ticket(
        &self,
        service: &ServiceCode,
        number: u32,
        day: chrono::NaiveDate,
        from: Instant,
        to: Instant,
    ) -> Result<Option<TicketId>, StoreError> {
        let candidates = self.events_between(&["ticket_issued"], from, to)?;
        Ok(candidates.into_iter().find_map(|r| match r.event {
            Event::TicketIssued {
                ticket,
                service: s,
                number: n,
                day: d,
                ..
            } if &s == service && n == number && d == day => Some(ticket),
            _ => None,
        }))
    }
}

/// Which events of some kinds a reader wants.
enum After {
    /// Those after a sequence number.
    Seq(u64),
    /// Those that happened in `[from, to)`.
    Span(Instant, Instant),
}

/// Events of `kinds` (after a point, or in a span of time), oldest first.
/// The `(kind, at_ms)` index, or the sequence numbers, answer without a scan
/// of the whole log.
fn select(
    conn: &rusqlite::Connection,
    path: &std::path::Path,
    kinds: &[&str],
    which: After,
) -> Result<Vec<Recorded>, StoreError> {
    if kinds.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; kinds.len()].join(", ");
    let mut sql = format!("SELECT seq, at_ms, origin, body FROM events WHERE kind IN ({marks})");
    let mut values: Vec<rusqlite::types::Value> = kinds
        .iter()
        .map(|k| rusqlite::types::Value::from(k.to_string()))
        .collect();
    match which {
        After::Seq(0) => {}
        After::Seq(after) => {
            sql.push_str(" AND seq > ?");
            values.push((after as i64).into());
        }
        After::Span(from, to) => {
            sql.push_str(" AND at_ms >= ? AND at_ms < ?");
            values.push(from.timestamp_millis().into());
            values.push(to.timestamp_millis().into());
        }
    }
    sql.push_str(" ORDER BY seq");
    let mut stmt = conn.prepare(&sql).map_err(|e| classify(path, e))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), row_to_parts)
        .map_err(|e| classify(path, e))?;
    let mut out = Vec::new();
    for row in rows {
        let parts = row.map_err(|e| classify(path, e))?;
        out.push(super::parts_to_recorded(parts, path)?);
    }
    Ok(out)
}
