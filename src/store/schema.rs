//! The log's on-disk schema and its migrations. A file's `user_version` says which
//! migrations it has had; `application_id` says it is ours at all.

use rusqlite::Connection;

/// "FDSK": tells our files from any other SQLite database.
pub const APPLICATION_ID: i32 = 0x4644_534B;

/// Each entry moves the schema one version up; never edit one that has shipped.
const MIGRATIONS: &[&str] = &[
    // 1: the append-only event log and state snapshots for fast start-up.
    "CREATE TABLE events (
        seq    INTEGER PRIMARY KEY,
        at_ms  INTEGER NOT NULL,
        origin TEXT NOT NULL,
        kind   TEXT NOT NULL,
        body   TEXT NOT NULL
     );
     CREATE TABLE snapshots (
        seq    INTEGER PRIMARY KEY,
        format INTEGER NOT NULL,
        state  TEXT NOT NULL
     );",
    // 2: find the issue of a ticket and the plan of a break without a scan, so the
    //    log can name tickets and windows long gone from the live state.
    "CREATE INDEX events_ticket_issued ON events (json_extract(body, '$.ticket'))
        WHERE kind = 'ticket_issued';
     CREATE INDEX events_break_planned ON events (json_extract(body, '$.brk'))
        WHERE kind = 'break_planned';",
    // 3: read a stretch of past days' tickets for the forecast without a scan.
    "CREATE INDEX events_kind_at ON events (kind, at_ms);",
    // 4: who acted: the operating-system user of the process that wrote the
    //    event, next to the origin that names the place. Older events have none.
    "ALTER TABLE events ADD COLUMN user TEXT;",
    // 5: customers' names and contacts for feedback entries, kept beside the
    //    append-only events so that `feedback erase` can remove them for good.
    "CREATE TABLE contacts (
        entry INTEGER PRIMARY KEY,
        body  TEXT NOT NULL
     );",
];

pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings a database from `from` up to the current version, in one transaction.
pub fn migrate(conn: &mut Connection, from: i64) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == from {
        for sql in &MIGRATIONS[from as usize..] {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", CURRENT_VERSION)?;
    }
    tx.commit()
}
