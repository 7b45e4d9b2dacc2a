//! A hall's tables in PostgreSQL and their migrations. Each hall has a schema
//! of its own, `fd_<hall>`, so that a role can be given its hall and nothing
//! else; `frontdesk.halls` lists the halls of the database for a head office.
//! The hall's `info` row holds its schema version, the last sequence number
//! handed out (its row lock is the hall's write lock) and its config.

/// Each entry moves a hall's schema one version up; `{s}` is the schema.
/// Never edit one that has shipped.
const MIGRATIONS: &[&str] = &[
    // 1: the append-only event log, state snapshots for fast start-up, and the
    //    hall's own row.
    "CREATE TABLE {s}.info (
        one      boolean PRIMARY KEY DEFAULT true CHECK (one),
        version  integer NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        name     text NOT NULL DEFAULT '',
        config   text
     );
     INSERT INTO {s}.info (version) VALUES (0);
     CREATE TABLE {s}.events (
        seq    bigint PRIMARY KEY,
        at_ms  bigint NOT NULL,
        origin text NOT NULL,
        kind   text NOT NULL,
        body   text NOT NULL
     );
     CREATE TABLE {s}.snapshots (
        seq    bigint PRIMARY KEY,
        format integer NOT NULL,
        state  text NOT NULL
     );",
    // 2: find the issue of a ticket and the plan of a break without a scan.
    "CREATE INDEX events_ticket_issued ON {s}.events (((body::jsonb) ->> 'ticket'))
        WHERE kind = 'ticket_issued';
     CREATE INDEX events_break_planned ON {s}.events (((body::jsonb) ->> 'brk'))
        WHERE kind = 'break_planned';",
    // 3: read a stretch of past days' tickets for the forecast without a scan.
    "CREATE INDEX events_kind_at ON {s}.events (kind, at_ms);",
    // 4: who acted: the operating-system user of the process that wrote the
    //    event (empty for events from before).
    "ALTER TABLE {s}.events ADD COLUMN \"user\" text;",
    // 5: customers' names and contacts for feedback entries, kept beside the
    //    append-only events so that `feedback erase` can remove them.
    "CREATE TABLE {s}.contacts (
        entry bigint PRIMARY KEY,
        body  text NOT NULL
     );",
];

pub const CURRENT_VERSION: i32 = MIGRATIONS.len() as i32;

/// "FDSK": the first key of the advisory lock under which halls are created
/// and migrated, so that two terminals starting at once do it once.
pub const LOCK_CLASS: i32 = 0x4644_534B;

/// The registry of halls, made once per database.
pub const REGISTRY: &str = "CREATE SCHEMA IF NOT EXISTS frontdesk;
     CREATE TABLE IF NOT EXISTS frontdesk.halls (
        id      text PRIMARY KEY,
        created timestamptz NOT NULL DEFAULT now()
     );";

/// The SQL that takes a hall's schema from `from` to the current version.
pub fn migrations(schema: &str, from: i32) -> String {
    let start = from.clamp(0, CURRENT_VERSION) as usize;
    let mut sql: String = MIGRATIONS[start..]
        .iter()
        .map(|m| m.replace("{s}", schema))
        .collect::<Vec<_>>()
        .join(";\n");
    sql.push_str(&format!(
        ";\nUPDATE {schema}.info SET version = {CURRENT_VERSION};"
    ));
    sql
}

/// Only the first `upto` migrations, as a hall made by an older frontdesk has
/// them: for the tests of migrating.
pub fn migrations_upto(schema: &str, upto: i32) -> String {
    let end = upto.clamp(1, CURRENT_VERSION) as usize;
    let mut sql: String = MIGRATIONS[..end]
        .iter()
        .map(|m| m.replace("{s}", schema))
        .collect::<Vec<_>>()
        .join(";\n");
    sql.push_str(&format!(";\nUPDATE {schema}.info SET version = {upto};"));
    sql
}

/// A hall's id as the database knows it: lower-case letters, digits, `-` and
/// `_`, starting with a letter or digit, at most 40 characters.
pub fn valid_hall_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && id
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The hall's schema, quoted for SQL (the id's characters need no escaping).
pub fn schema_of(id: &str) -> String {
    format!("\"{}\"", schema_name(id))
}

/// The hall's schema as the catalog names it.
pub fn schema_name(id: &str) -> String {
    format!("fd_{id}")
}

/// The channel the hall's writers notify and its screens listen on.
pub fn channel_of(id: &str) -> String {
    format!("fd_{id}")
}
