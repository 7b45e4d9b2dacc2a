//! Reading a stretch of the log by time and kind, for reports: through the
//! `(kind, at_ms)` index, so a day of a long log costs what the day holds.

use super::{Log, StoreError, row_to_parts};
use crate::domain::{Instant, Recorded};

impl Log {
    /// Events of the given kinds (as [`crate::domain::Event::kind`] names
    /// them) recorded at or after `from` (when given) and before `to`, in log
    /// order.
    pub fn events_between(
        &self,
        kinds: &[&str],
        from: Option<Instant>,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; kinds.len()].join(", ");
        let sql = format!(
            "SELECT seq, at_ms, origin, body FROM events
             WHERE kind IN ({marks}) AND at_ms >= ? AND at_ms < ? ORDER BY seq"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let mut values: Vec<rusqlite::types::Value> = kinds
            .iter()
            .map(|k| rusqlite::types::Value::from(k.to_string()))
            .collect();
        values.push(from.map_or(i64::MIN, |f| f.timestamp_millis()).into());
        values.push(to.timestamp_millis().into());
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values), row_to_parts)
            .map_err(|e| self.sql_err(e))?;
        self.collect(rows)
    }
}
