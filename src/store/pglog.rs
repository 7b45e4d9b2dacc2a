//! A hall's event log in PostgreSQL: the same guarantees as the SQLite file,
//! for terminals on several hosts and several halls in one database.
//!
//! An event is acknowledged only once its transaction has committed
//! (`synchronous_commit = on` for the session, whatever the server's default).
//! A command is decided under the hall's write lock, the row lock on its
//! `info` row, after catching up with what other hosts wrote, so ticket
//! numbers stay unique and gap-free per hall, service and day. Each commit
//! notifies the hall's channel; screens listen on it and catch up when woken.
//!
//! When the server cannot be reached, the log keeps the last state it knew,
//! says since when it has been down, refuses writes with
//! [`StoreError::Unreachable`] and reconnects by itself on the next refresh.

use super::Beside;
use super::pgconn::{ConnectError, Target, flat};
use super::pgschema::{self, CURRENT_VERSION, LOCK_CLASS};
use super::{ExecError, SNAPSHOT_EVERY, SNAPSHOT_FORMAT, StoreError, parts_to_recorded};
use crate::domain::{
    BreakId, Command, Contact, Event, FeedbackId, Hall, Instant, Override, Recorded, State,
    TicketId, decide,
};
use ::postgres::error::SqlState;
use ::postgres::{Client, GenericClient};
use chrono::Utc;
use std::cell::{Cell, RefCell, RefMut};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant as StdInstant};

/// How often a screen's refresh asks the server for news even without a
/// notification: a safety net, and how a dead connection is noticed.
const CHECK_EVERY: Duration = Duration::from_secs(2);
/// How long a refresh waits between attempts to reconnect.
const RETRY_EVERY: Duration = Duration::from_secs(1);

/// The events caught up with and those appended, by one append.
type Appended = (Vec<Recorded>, Vec<Recorded>);

/// An open hall in a PostgreSQL database with the state folded from its log.
pub struct PgLog {
    target: Target,
    id: String,
    schema: String,
    channel: String,
    conn: RefCell<Option<Client>>,
    hall: Hall,
    /// The hall's config as written, kept in the database for a head office.
    config_text: Option<String>,
    /// Who this process acts as: recorded with every event it writes.
    user: Option<String>,
    state: State,
    last_seq: u64,
    last_snapshot: u64,
    down_since: Cell<Option<Instant>>,
    next_try: StdInstant,
    last_check: StdInstant,
    /// A reconnection under way in the background, so that a screen never
    /// waits on a server that does not answer.
    reconnecting: Option<Receiver<Result<Client, StoreError>>>,
}

impl PgLog {
    /// Opens hall `id` in the database, creating or migrating its tables when
    /// the role may (and refusing with the reason when it may not).
    pub fn open(
        target: &Target,
        id: &str,
        hall: Hall,
        config_text: Option<&str>,
    ) -> Result<PgLog, StoreError> {
        if !pgschema::valid_hall_id(id) {
            return Err(StoreError::Database {
                target: target.shown().to_string(),
                detail: format!(
                    "hall id {id:?}: use lower-case letters, digits, - and _ (at most 40, starting with a letter or digit)"
                ),
            });
        }
        let mut log = PgLog {
            target: target.clone(),
            id: id.to_string(),
            schema: pgschema::schema_of(id),
            channel: pgschema::channel_of(id),
            conn: RefCell::new(None),
            hall,
            config_text: config_text.map(str::to_string),
            user: None,
            state: State::new(),
            last_seq: 0,
            last_snapshot: 0,
            down_since: Cell::new(None),
            next_try: StdInstant::now(),
            last_check: StdInstant::now(),
            reconnecting: None,
        };
        let mut conn = log.connect()?;
        log.prepare_hall(&mut conn)?;
        *log.conn.get_mut() = Some(conn);
        log.load_snapshot()?;
        log.catch_up()?;
        Ok(log)
    }

    /// Where this log is: the server (never its password) and the hall.
    pub fn shown(&self) -> String {
        format!("{} (hall {})", self.target.shown(), self.id)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn hall(&self) -> &Hall {
        &self.hall
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Records `user` as the one acting in every event this log writes from
    /// now on: the operating-system user running the process.
    pub fn act_as(&mut self, user: &str) {
        self.user = Some(user.to_string());
    }

    /// Since when the server has been unreachable, if it is.
    pub fn outage(&self) -> Option<Instant> {
        self.down_since.get()
    }

    fn mark_down(&self) {
        if self.down_since.get().is_none() {
            self.down_since.set(Some(Utc::now()));
        }
    }

    fn connect(&self) -> Result<Client, StoreError> {
        connect_to(&self.target, &self.channel)
    }

    /// Makes sure the hall's tables exist at the current version, and its
    /// stored config is this one.
    fn prepare_hall(&self, conn: &mut Client) -> Result<(), StoreError> {
        let version = self.version(conn)?;
        if version.is_none_or(|v| v < CURRENT_VERSION) {
            self.create_or_migrate(conn).map_err(|e| match e {
                StoreError::Database { detail, .. } if detail.contains("permission denied") => {
                    StoreError::Database {
                        target: self.target.shown().to_string(),
                        detail: format!(
                            "hall {} {} and this role may not do it; run frontdesk once with the database owner's URL (README: PostgreSQL)",
                            self.id,
                            if version.is_none() {
                                "is not in the database yet"
                            } else {
                                "needs its tables upgraded"
                            }
                        ),
                    }
                }
                e => e,
            })?;
        } else if let Some(v) = version
            && v > CURRENT_VERSION
        {
            return Err(StoreError::Newer {
                path: self.shown().into(),
                found: i64::from(v),
                supported: i64::from(CURRENT_VERSION),
            });
        }
        // Best effort: a role that may only read leaves the stored config be.
        if let Some(text) = &self.config_text {
            let sql = format!(
                "UPDATE {}.info SET name = $1, config = $2 WHERE name IS DISTINCT FROM $1 OR config IS DISTINCT FROM $2",
                self.schema
            );
            let _ = conn.execute(&sql, &[&self.hall.name, text]);
        }
        Ok(())
    }

    fn version(&self, conn: &mut Client) -> Result<Option<i32>, StoreError> {
        if !self.has_tables(conn)? {
            return Ok(None);
        }
        let sql = format!("SELECT version FROM {}.info", self.schema);
        let row = conn.query_one(&sql, &[]).map_err(|e| self.classify(e))?;
        row.try_get(0).map(Some).map_err(|e| self.classify(e))
    }

    /// Whether the hall's tables exist, read from the catalog with a fresh
    /// snapshot (a name lookup may answer from a cache that has not yet seen
    /// another terminal's commit).
    fn has_tables<C: GenericClient>(&self, conn: &mut C) -> Result<bool, StoreError> {
        let schema = pgschema::schema_name(&self.id);
        conn.query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = 'info')",
            &[&schema],
        )
        .and_then(|r| r.try_get(0))
        .map_err(|e| self.classify(e))
    }

    fn create_or_migrate(&self, conn: &mut Client) -> Result<(), StoreError> {
        let mut tx = conn.transaction().map_err(|e| self.classify(e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1, 0)", &[&LOCK_CLASS])
            .map_err(|e| self.classify(e))?;
        // Under the lock, look again: another terminal may have done it.
        let from = match self.has_tables(&mut tx)? {
            false => {
                tx.batch_execute(pgschema::REGISTRY)
                    .map_err(|e| self.classify(e))?;
                tx.batch_execute(&format!("CREATE SCHEMA {}", self.schema))
                    .map_err(|e| self.classify(e))?;
                tx.execute(
                    "INSERT INTO frontdesk.halls (id) VALUES ($1) ON CONFLICT DO NOTHING",
                    &[&self.id],
                )
                .map_err(|e| self.classify(e))?;
                0
            }
            true => {
                let sql = format!("SELECT version FROM {}.info", self.schema);
                tx.query_one(&sql, &[])
                    .and_then(|r| r.try_get::<_, i32>(0))
                    .map_err(|e| self.classify(e))?
            }
        };
        if from < CURRENT_VERSION {
            tx.batch_execute(&pgschema::migrations(&self.schema, from))
                .map_err(|e| self.classify(e))?;
        }
        tx.commit().map_err(|e| self.classify(e))
    }

    /// The connection, made again if it was lost. A failure marks the log as
    /// down since now (if it was not already).
    fn ensure(&self) -> Result<RefMut<'_, Client>, StoreError> {
        let mut slot = self.conn.borrow_mut();
        if slot.as_ref().is_none_or(|c| c.is_closed()) {
            *slot = None;
            let reconnected = self.connect().and_then(|mut c| {
                self.prepare_hall(&mut c)?;
                Ok(c)
            });
            match reconnected {
                Ok(c) => {
                    *slot = Some(c);
                    self.down_since.set(None);
                }
                Err(e) => {
                    if is_down(&e) {
                        self.mark_down();
                    }
                    return Err(e);
                }
            }
        }
        RefMut::filter_map(slot, |s| s.as_mut()).map_err(|_| self.unreachable("no connection"))
    }

    /// Runs `f` on the connection (made again if it was lost).
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, ::postgres::Error>,
    ) -> Result<T, StoreError> {
        let mut conn = self.ensure()?;
        let result = f(&mut conn);
        drop(conn);
        result.map_err(|e| self.lost(e))
    }

    /// Turns a driver error into ours; one that means the server is gone also
    /// drops the connection and marks the log as down.
    fn lost(&self, e: ::postgres::Error) -> StoreError {
        let err = self.classify(e);
        if is_down(&err) {
            *self.conn.borrow_mut() = None;
            self.mark_down();
        }
        err
    }

    fn classify(&self, e: ::postgres::Error) -> StoreError {
        classify(self.target.shown(), e)
    }

    /// Checks `cmd` against the latest state and records its events durably.
    pub fn execute(
        &mut self,
        cmd: &Command,
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        self.execute_all(std::slice::from_ref(cmd), now, ovr, origin)
    }

    /// Checks several commands in turn and records all their events in one
    /// transaction, or on the first refusal none.
    pub fn execute_all(
        &mut self,
        cmds: &[Command],
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        let mut state = std::mem::take(&mut self.state);
        let result = self.decide_and_write(&mut state, cmds, now, ovr, origin);
        self.state = state;
        if let Ok(recorded) = &result
            && let Some(last) = recorded.last()
        {
            self.last_seq = last.seq;
            self.maybe_snapshot();
        }
        result
    }

    fn decide_and_write(
        &mut self,
        state: &mut State,
        cmds: &[Command],
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        let after = self.last_seq;
        let mut committing = false;
        let mut conn = self.ensure()?;
        let attempt = (|| -> Result<Result<(Vec<Recorded>, u64), ExecError>, ::postgres::Error> {
            let mut tx = conn.transaction()?;
            // The hall's write lock, held until commit.
            let top: i64 = tx
                .query_one(
                    &format!("SELECT last_seq FROM {}.info FOR UPDATE", self.schema),
                    &[],
                )?
                .try_get(0)?;
            let caught = match read_events(&mut tx, &self.schema, after, self.target.shown()) {
                Ok(c) => c,
                Err(e) => return Ok(Err(e.into())),
            };
            for r in &caught {
                state.apply(r.at, &r.event);
            }
            let seq = caught.last().map_or(after, |r| r.seq).max(top as u64);
            let mut scratch = (cmds.len() > 1).then(|| state.clone());
            let mut events = Vec::new();
            for cmd in cmds {
                match decide(&self.hall, scratch.as_ref().unwrap_or(state), cmd, now, ovr) {
                    Ok(e) => {
                        if let Some(s) = scratch.as_mut() {
                            for ev in &e {
                                s.apply(now, ev);
                            }
                        }
                        events.extend(e);
                    }
                    // The transaction is dropped: nothing was written.
                    Err(refusal) => return Ok(Err(ExecError::Refused(refusal))),
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
            if !recorded.is_empty() {
                insert_events(&mut tx, &self.schema, &self.channel, &recorded)?;
            }
            committing = true;
            tx.commit()?;
            Ok(Ok((recorded, seq)))
        })();
        drop(conn);
        match attempt {
            Ok(Ok((recorded, seq))) => {
                // Acknowledged: committed. Only now does the state move.
                self.last_seq = seq;
                for r in &recorded {
                    state.apply(r.at, &r.event);
                }
                Ok(recorded)
            }
            Ok(Err(e)) => Err(e),
            Err(e) => match self.lost(e) {
                // The commit was sent but its answer never came.
                StoreError::Unreachable { target, detail } if committing => {
                    Err(StoreError::InDoubt { target, detail }.into())
                }
                e => Err(e.into()),
            },
        }
    }

    /// Appends events without deciding them, in one transaction under the
    /// hall's lock: for imports, copies and benchmarks.
    pub fn append_unchecked(
        &mut self,
        events: impl IntoIterator<Item = (Instant, Event)>,
        origin: &str,
    ) -> Result<u64, StoreError> {
        let list: Vec<(Instant, Event)> = events.into_iter().collect();
        let user = self.user.clone();
        self.append_records(|seq| {
            list.into_iter()
                .enumerate()
                .map(|(i, (at, event))| Recorded {
                    seq: seq + 1 + i as u64,
                    at,
                    origin: origin.to_string(),
                    user: user.clone(),
                    event,
                })
                .collect()
        })
    }

    /// Appends recorded events as they are (their times and origins kept),
    /// numbered on from the log's last: what copying a hall needs.
    pub fn append_recorded(&mut self, records: Vec<Recorded>) -> Result<u64, StoreError> {
        self.append_records(|seq| {
            records
                .into_iter()
                .enumerate()
                .map(|(i, r)| Recorded {
                    seq: seq + 1 + i as u64,
                    ..r
                })
                .collect()
        })
    }

    fn append_records(
        &mut self,
        make: impl FnOnce(u64) -> Vec<Recorded>,
    ) -> Result<u64, StoreError> {
        let after = self.last_seq;
        let mut conn = self.ensure()?;
        let attempt = (|| -> Result<Result<Appended, StoreError>, ::postgres::Error> {
            let mut tx = conn.transaction()?;
            let top: i64 = tx
                .query_one(
                    &format!("SELECT last_seq FROM {}.info FOR UPDATE", self.schema),
                    &[],
                )?
                .try_get(0)?;
            let caught = match read_events(&mut tx, &self.schema, after, self.target.shown()) {
                Ok(c) => c,
                Err(e) => return Ok(Err(e)),
            };
            let seq = caught.last().map_or(after, |r| r.seq).max(top as u64);
            let recorded = make(seq);
            for chunk in recorded.chunks(20_000) {
                insert_events(&mut tx, &self.schema, &self.channel, chunk)?;
            }
            tx.commit()?;
            Ok(Ok((caught, recorded)))
        })();
        drop(conn);
        match attempt {
            Ok(Ok((caught, recorded))) => {
                for r in caught.iter().chain(&recorded) {
                    self.state.apply(r.at, &r.event);
                    self.last_seq = r.seq;
                }
                self.maybe_snapshot();
                Ok(recorded.len() as u64)
            }
            Ok(Err(e)) => Err(e),
            Err(e) => Err(self.lost(e)),
        }
    }

    /// Folds in what other terminals wrote, when the hall's channel says there
    /// is something (and every few seconds regardless). While the server is
    /// down, tries to reconnect at most once a second; until then the state
    /// stays as it was and the error says the server is unreachable.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        let alive = self.conn.get_mut().as_ref().is_some_and(|c| !c.is_closed());
        if !alive {
            return self.reconnect_in_background();
        }
        let mut woken = false;
        let mut failed = None;
        if let Some(conn) = self.conn.get_mut().as_mut() {
            use ::postgres::fallible_iterator::FallibleIterator;
            let mut notes = conn.notifications();
            // A moment's wait lets the driver read what the socket holds; a
            // plain non-blocking look would only see what was read before.
            let mut iter = notes.timeout_iter(Duration::from_millis(1));
            loop {
                match iter.next() {
                    Ok(Some(_)) => woken = true,
                    Ok(None) => break,
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
        }
        if let Some(e) = failed {
            return Err(self.lost(e));
        }
        if self.conn.get_mut().as_ref().is_none_or(|c| c.is_closed()) {
            *self.conn.get_mut() = None;
            self.mark_down();
            return Err(self.unreachable("connection closed"));
        }
        if woken || self.last_check.elapsed() >= CHECK_EVERY {
            self.last_check = StdInstant::now();
            return self.catch_up();
        }
        Ok(false)
    }

    /// Waits up to `timeout` for a notification on the hall's channel, then
    /// refreshes: for followers that have nothing else to do meanwhile.
    pub fn wait(&mut self, timeout: Duration) -> Result<bool, StoreError> {
        let mut first = None;
        if let Some(conn) = self.conn.get_mut().as_mut() {
            use ::postgres::fallible_iterator::FallibleIterator;
            let mut notes = conn.notifications();
            first = Some(notes.timeout_iter(timeout).next().map(|n| n.is_some()));
        } else {
            std::thread::sleep(timeout.min(RETRY_EVERY));
        }
        match first {
            Some(Ok(true)) => {
                self.last_check = StdInstant::now();
                self.catch_up()
            }
            Some(Err(e)) => Err(self.lost(e)),
            _ => self.refresh(),
        }
    }

    /// While down: picks up a reconnection made in the background, or starts
    /// one (at most once a second). Back, it catches up with whatever
    /// happened meanwhile and the outage ends.
    fn reconnect_in_background(&mut self) -> Result<bool, StoreError> {
        self.mark_down();
        if let Some(rx) = &self.reconnecting {
            match rx.try_recv() {
                Ok(Ok(mut conn)) => {
                    self.reconnecting = None;
                    if let Err(e) = self.prepare_hall(&mut conn) {
                        self.next_try = StdInstant::now() + RETRY_EVERY;
                        return Err(e);
                    }
                    *self.conn.get_mut() = Some(conn);
                    self.last_check = StdInstant::now();
                    self.catch_up()?;
                    self.down_since.set(None);
                    return Ok(true);
                }
                Ok(Err(e)) => {
                    self.reconnecting = None;
                    self.next_try = StdInstant::now() + RETRY_EVERY;
                    return Err(e);
                }
                Err(TryRecvError::Empty) => return Err(self.unreachable("reconnecting")),
                Err(TryRecvError::Disconnected) => self.reconnecting = None,
            }
        }
        if StdInstant::now() >= self.next_try {
            let (tx, rx) = mpsc::channel();
            let target = self.target.clone();
            let channel = self.channel.clone();
            std::thread::spawn(move || {
                let _ = tx.send(connect_to(&target, &channel));
            });
            self.reconnecting = Some(rx);
        }
        Err(self.unreachable("reconnecting"))
    }

    fn unreachable(&self, detail: &str) -> StoreError {
        StoreError::Unreachable {
            target: self.target.shown().to_string(),
            detail: detail.to_string(),
        }
    }

    fn catch_up(&mut self) -> Result<bool, StoreError> {
        let after = self.last_seq;
        let mut conn = self.ensure()?;
        let read = read_events(&mut *conn, &self.schema, after, self.target.shown());
        let closed = conn.is_closed();
        drop(conn);
        let events = match read {
            Ok(ev) => ev,
            Err(e) => {
                if closed || is_down(&e) {
                    *self.conn.get_mut() = None;
                    self.mark_down();
                }
                return Err(e);
            }
        };
        for r in &events {
            self.state.apply(r.at, &r.event);
            self.last_seq = r.seq;
        }
        Ok(!events.is_empty())
    }

    fn load_snapshot(&mut self) -> Result<(), StoreError> {
        let sql = format!(
            "SELECT seq, state FROM {}.snapshots WHERE format = $1 ORDER BY seq DESC LIMIT 1",
            self.schema
        );
        let format = SNAPSHOT_FORMAT as i32;
        let row = self.with(|c| {
            c.query_opt(&sql, &[&format])?
                .map(|r| Ok((r.try_get::<_, i64>(0)?, r.try_get::<_, String>(1)?)))
                .transpose()
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

    /// A snapshot is a cache: failing to write one never fails what was
    /// already acknowledged.
    fn maybe_snapshot(&mut self) {
        if self.last_seq >= self.last_snapshot + SNAPSHOT_EVERY {
            let _ = self.write_snapshot();
        }
    }

    /// Saves the current state so the next start-up folds only what follows it.
    pub fn write_snapshot(&mut self) -> Result<(), StoreError> {
        let json = serde_json::to_string(&self.state).map_err(|e| StoreError::Database {
            target: self.shown().to_string(),
            detail: e.to_string(),
        })?;
        let seq = self.last_seq as i64;
        let format = SNAPSHOT_FORMAT as i32;
        let schema = &self.schema;
        self.with(|c| {
            let mut tx = c.transaction()?;
            tx.execute(
                &format!(
                    "INSERT INTO {schema}.snapshots (seq, format, state) VALUES ($1, $2, $3)
                     ON CONFLICT (seq) DO NOTHING"
                ),
                &[&seq, &format, &json],
            )?;
            // Two are kept: the newest, and one before it for a reader mid-way.
            tx.execute(
                &format!(
                    "DELETE FROM {schema}.snapshots WHERE seq < (SELECT seq FROM {schema}.snapshots ORDER BY seq DESC LIMIT 1 OFFSET 1)"
                ),
                &[],
            )?;
            tx.commit()
        })?;
        self.last_snapshot = self.last_seq;
        Ok(())
    }

    fn query_events(
        &self,
        sql: &str,
        params: &[&(dyn ::postgres::types::ToSql + Sync)],
    ) -> Result<Vec<Recorded>, StoreError> {
        let rows = self.with(|c| c.query(sql, params))?;
        rows_to_recorded(&rows, self.target.shown())
    }

    /// Events after `after`, oldest first, at most `limit` of them.
    pub fn events(&self, after: u64, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events WHERE seq > $1 ORDER BY seq LIMIT $2",
            self.schema
        );
        self.query_events(
            &sql,
            &[&(after as i64), &(limit.min(i64::MAX as usize) as i64)],
        )
    }

    /// Events of the given kinds after `after`, oldest first, at most `limit`.
    pub fn events_of(
        &self,
        kinds: &[&str],
        after: u64,
        limit: usize,
    ) -> Result<Vec<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE seq > $1 AND kind = ANY($2) ORDER BY seq LIMIT $3",
            self.schema
        );
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        self.query_events(
            &sql,
            &[
                &(after as i64),
                &kinds,
                &(limit.min(i64::MAX as usize) as i64),
            ],
        )
    }

    /// The event that issued a ticket, however long ago.
    pub fn ticket_issue(&self, ticket: TicketId) -> Result<Option<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE kind = 'ticket_issued' AND ((body::jsonb) ->> 'ticket') = $1 LIMIT 1",
            self.schema
        );
        Ok(self
            .query_events(&sql, &[&ticket.0.to_string()])?
            .into_iter()
            .next())
    }

    /// The event that planned a break, however long ago.
    pub fn break_plan(&self, brk: BreakId) -> Result<Option<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE kind = 'break_planned' AND ((body::jsonb) ->> 'brk') = $1 LIMIT 1",
            self.schema
        );
        Ok(self
            .query_events(&sql, &[&brk.0.to_string()])?
            .into_iter()
            .next())
    }

    /// The ticket events between two instants, oldest first.
    pub fn ticket_history(&self, from: Instant, to: Instant) -> Result<Vec<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE kind IN ('ticket_issued', 'ticket_called', 'ticket_served', 'ticket_transferred')
               AND at_ms >= $1 AND at_ms < $2
             ORDER BY seq",
            self.schema
        );
        self.query_events(&sql, &[&from.timestamp_millis(), &to.timestamp_millis()])
    }

    /// The newest `limit` events, oldest first.
    pub fn tail(&self, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        let after = self.last_seq.saturating_sub(limit as u64);
        self.events(after, limit)
    }

    /// Fills this hall, which must be empty, with another log's events, their
    /// numbers, times and origins kept, in one transaction under the hall's
    /// lock. `page(after)` gives the events after `after`, none at the end; it
    /// is read twice: to write, and to compare every event read back before
    /// the commit. A hall that is not empty, or any difference, writes nothing.
    pub fn import(
        &mut self,
        page: &mut dyn FnMut(u64) -> Result<Vec<Recorded>, StoreError>,
    ) -> Result<u64, StoreError> {
        let shown = self.shown();
        let mut conn = self.ensure()?;
        let result = (|| -> Result<Result<u64, StoreError>, ::postgres::Error> {
            let mut tx = conn.transaction()?;
            tx.query_one(
                &format!("SELECT last_seq FROM {}.info FOR UPDATE", self.schema),
                &[],
            )?;
            let held: i64 = tx
                .query_one(&format!("SELECT count(*) FROM {}.events", self.schema), &[])?
                .try_get(0)?;
            if held > 0 {
                return Ok(Err(StoreError::Database {
                    target: shown.clone(),
                    detail: format!(
                        "the hall already holds {held} events; nothing was copied (copy into an empty hall)"
                    ),
                }));
            }
            let mut after = 0u64;
            loop {
                let events = match page(after) {
                    Ok(e) if e.is_empty() => break,
                    Ok(e) => e,
                    Err(e) => return Ok(Err(e)),
                };
                if events
                    .iter()
                    .enumerate()
                    .any(|(i, r)| r.seq != after + 1 + i as u64)
                {
                    return Ok(Err(StoreError::Database {
                        target: shown.to_string(),
                        detail: format!(
                            "the source's events after {after} are not numbered one by one"
                        ),
                    }));
                }
                insert_events(&mut tx, &self.schema, &self.channel, &events)?;
                after += events.len() as u64;
            }
            // Read back and compared before anything is acknowledged.
            let mut at = 0u64;
            loop {
                let original = match page(at) {
                    Ok(e) if e.is_empty() => break,
                    Ok(e) => e,
                    Err(e) => return Ok(Err(e)),
                };
                let sql = format!(
                    "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events WHERE seq > $1 ORDER BY seq LIMIT $2",
                    self.schema
                );
                let rows = tx.query(&sql, &[&(at as i64), &(original.len() as i64)])?;
                let back = match rows_to_recorded(&rows, &shown) {
                    Ok(b) => b,
                    Err(e) => return Ok(Err(e)),
                };
                if let Some((o, _)) = original.iter().zip(&back).find(|(o, b)| o != b) {
                    return Ok(Err(StoreError::Database {
                        target: shown.to_string(),
                        detail: format!(
                            "event {} differs from the original after copying; nothing was copied",
                            o.seq
                        ),
                    }));
                }
                if back.len() != original.len() {
                    return Ok(Err(StoreError::Database {
                        target: shown.to_string(),
                        detail: format!(
                            "events after {at} are missing from the copy; nothing was copied"
                        ),
                    }));
                }
                at += original.len() as u64;
            }
            tx.commit()?;
            Ok(Ok(after))
        })();
        drop(conn);
        let copied = match result {
            Ok(r) => r?,
            Err(e) => return Err(self.lost(e)),
        };
        self.state = State::new();
        self.last_seq = 0;
        self.catch_up()?;
        self.write_snapshot()?;
        Ok(copied)
    }

    /// The bytes the hall's events take in the database, indexes included.
    pub fn size(&self) -> Result<u64, StoreError> {
        let name = format!("{}.events", self.schema);
        let n: i64 = self.with(|c| {
            c.query_one(
                "SELECT pg_total_relation_size($1::text::regclass)",
                &[&name],
            )?
            .try_get(0)
        })?;
        Ok(n as u64)
    }

    /// Decides events with `decide` under the hall's lock, after catching up,
    /// and appends them with the customers' contacts they keep or erase, in
    /// one transaction (the quality record's way in; see `store::quality`).
    /// `decide` gets the latest state and the events of `kinds` after `after`.
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
        let mut state = std::mem::take(&mut self.state);
        let (result, top) = self.record_in(&mut state, now, origin, kinds, after, decide);
        self.last_seq = self.last_seq.max(top);
        if let Ok(recorded) = &result {
            // Acknowledged: committed. Only now does the state move.
            for r in recorded {
                state.apply(r.at, &r.event);
                self.last_seq = r.seq;
            }
        }
        self.state = state;
        if result.is_ok() {
            self.maybe_snapshot();
        }
        result
    }

    /// [`PgLog::record_with`]'s transaction; also returns the newest sequence
    /// number caught up with.
    fn record_in<E, F>(
        &self,
        state: &mut State,
        now: Instant,
        origin: &str,
        kinds: &[&str],
        after: u64,
        decide: F,
    ) -> (Result<Vec<Recorded>, E>, u64)
    where
        E: From<StoreError>,
        F: FnOnce(&State, &[Recorded]) -> Result<(Vec<Event>, Beside), E>,
    {
        let seen = self.last_seq;
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        let shown = self.target.shown().to_string();
        let mut conn = match self.ensure() {
            Ok(c) => c,
            Err(e) => return (Err(E::from(e)), seen),
        };
        let mut top_seen = seen;
        let attempt = (|| -> Result<Result<Vec<Recorded>, E>, ::postgres::Error> {
            let mut tx = conn.transaction()?;
            let top: i64 = tx
                .query_one(
                    &format!("SELECT last_seq FROM {}.info FOR UPDATE", self.schema),
                    &[],
                )?
                .try_get(0)?;
            let caught = match read_events(&mut tx, &self.schema, seen, &shown) {
                Ok(c) => c,
                Err(e) => return Ok(Err(E::from(e))),
            };
            for r in &caught {
                state.apply(r.at, &r.event);
            }
            top_seen = caught.last().map_or(seen, |r| r.seq).max(top as u64);
            let sql = format!(
                "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
                 WHERE kind = ANY($1) AND seq > $2 ORDER BY seq",
                self.schema
            );
            let rows = tx.query(&sql, &[&kinds, &(after as i64)])?;
            let earlier = match rows_to_recorded(&rows, &shown) {
                Ok(e) => e,
                Err(e) => return Ok(Err(E::from(e))),
            };
            // A refusal drops the transaction: nothing is written.
            let (events, beside) = match decide(state, &earlier) {
                Ok(d) => d,
                Err(e) => return Ok(Err(e)),
            };
            let recorded: Vec<Recorded> = events
                .into_iter()
                .enumerate()
                .map(|(i, event)| Recorded {
                    seq: top_seen + 1 + i as u64,
                    at: now,
                    origin: origin.to_string(),
                    user: self.user.clone(),
                    event,
                })
                .collect();
            for (entry, contact) in &beside.keep {
                let body = serde_json::to_string(contact).unwrap_or_default();
                tx.execute(
                    &format!(
                        "INSERT INTO {}.contacts (entry, body) VALUES ($1, $2)
                         ON CONFLICT (entry) DO UPDATE SET body = EXCLUDED.body",
                        self.schema
                    ),
                    &[&(entry.0 as i64), &body],
                )?;
            }
            for entry in &beside.erase {
                tx.execute(
                    &format!("DELETE FROM {}.contacts WHERE entry = $1", self.schema),
                    &[&(entry.0 as i64)],
                )?;
            }
            insert_events(&mut tx, &self.schema, &self.channel, &recorded)?;
            tx.commit()?;
            Ok(Ok(recorded))
        })();
        drop(conn);
        match attempt {
            Ok(r) => (r, top_seen),
            Err(e) => (Err(E::from(self.lost(e))), top_seen),
        }
    }

    /// The name and contact kept for a feedback entry, if any.
    pub fn contact(&self, entry: FeedbackId) -> Result<Option<Contact>, StoreError> {
        let sql = format!("SELECT body FROM {}.contacts WHERE entry = $1", self.schema);
        let body: Option<String> = self.with(|c| {
            c.query_opt(&sql, &[&(entry.0 as i64)])?
                .map(|r| r.try_get(0))
                .transpose()
        })?;
        match body {
            None => Ok(None),
            Some(b) => serde_json::from_str(&b)
                .map(Some)
                .map_err(|e| StoreError::Database {
                    target: self.shown(),
                    detail: format!("the contact of entry {} is damaged: {e}", entry.0),
                }),
        }
    }

    /// Every event of `kinds`, oldest first.
    pub fn events_of_kinds(&self, kinds: &[&str]) -> Result<Vec<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events WHERE kind = ANY($1) ORDER BY seq",
            self.schema
        );
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        self.query_events(&sql, &[&kinds])
    }

    /// Events of `kinds` that happened in `[from, to)`, oldest first.
    pub fn events_between(
        &self,
        kinds: &[&str],
        from: Instant,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE kind = ANY($1) AND at_ms >= $2 AND at_ms < $3 ORDER BY seq",
            self.schema
        );
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        self.query_events(
            &sql,
            &[&kinds, &from.timestamp_millis(), &to.timestamp_millis()],
        )
    }

    /// Events of `kinds` recorded at or after `from` (when given) and before
    /// `to`, in log order: what a report reads.
    pub fn events_in_range(
        &self,
        kinds: &[&str],
        from: Option<Instant>,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        let from = from.map_or(i64::MIN, |f| f.timestamp_millis());
        let sql = format!(
            "SELECT seq, at_ms, origin, body, \"user\" FROM {}.events
             WHERE kind = ANY($1) AND at_ms >= $2 AND at_ms < $3 ORDER BY seq",
            self.schema
        );
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        self.query_events(&sql, &[&kinds, &from, &to.timestamp_millis()])
    }

    /// How many events the hall's log holds, as the database counts them now.
    pub fn count(&self) -> Result<u64, StoreError> {
        let sql = format!("SELECT count(*) FROM {}.events", self.schema);
        let n: i64 = self.with(|c| c.query_one(&sql, &[])?.try_get(0))?;
        Ok(n as u64)
    }
}

/// A session for the hall: commits durable before they are acknowledged,
/// listening on the hall's channel.
fn connect_to(target: &Target, channel: &str) -> Result<Client, StoreError> {
    let shown = target.shown();
    let mut conn = match target.connect() {
        Ok(c) => c,
        Err(ConnectError::Tls(detail)) => {
            return Err(StoreError::Database {
                target: shown.to_string(),
                detail: format!("TLS: {detail}"),
            });
        }
        Err(ConnectError::Postgres(e)) => return Err(classify(shown, e)),
    };
    let setup = format!("SET synchronous_commit = on; LISTEN \"{channel}\";");
    conn.batch_execute(&setup).map_err(|e| classify(shown, e))?;
    Ok(conn)
}

/// Removes a hall and its log from the database: for a benchmark's scratch
/// halls, never for a real one (frontdesk offers no command that does this).
pub fn drop_hall(target: &Target, id: &str) -> Result<(), StoreError> {
    let shown = target.shown().to_string();
    let mut conn = connect_to(target, &pgschema::channel_of(id))?;
    conn.batch_execute(&format!(
        "DROP SCHEMA IF EXISTS {} CASCADE",
        pgschema::schema_of(id)
    ))
    .map_err(|e| classify(&shown, e))?;
    conn.execute("DELETE FROM frontdesk.halls WHERE id = $1", &[&id])
        .map_err(|e| classify(&shown, e))?;
    Ok(())
}

/// The halls a database holds, by id, for a head office.
pub fn list_halls(target: &Target) -> Result<Vec<(String, Option<String>)>, StoreError> {
    let shown = target.shown().to_string();
    let mut conn = match target.connect() {
        Ok(c) => c,
        Err(ConnectError::Tls(detail)) => {
            return Err(StoreError::Database {
                target: shown,
                detail: format!("TLS: {detail}"),
            });
        }
        Err(ConnectError::Postgres(e)) => return Err(classify(&shown, e)),
    };
    let exists: Option<String> = conn
        .query_one("SELECT to_regclass('frontdesk.halls')::text", &[])
        .and_then(|r| r.try_get(0))
        .map_err(|e| classify(&shown, e))?;
    if exists.is_none() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = conn
        .query("SELECT id FROM frontdesk.halls ORDER BY id", &[])
        .map_err(|e| classify(&shown, e))?
        .iter()
        .filter_map(|r| r.try_get(0).ok())
        .collect();
    let mut out = Vec::new();
    for id in ids {
        let sql = format!("SELECT config FROM {}.info", pgschema::schema_of(&id));
        let config = conn
            .query_opt(&sql, &[])
            .ok()
            .flatten()
            .and_then(|r| r.try_get::<_, Option<String>>(0).ok().flatten());
        out.push((id, config));
    }
    Ok(out)
}

fn read_events<C: GenericClient>(
    conn: &mut C,
    schema: &str,
    after: u64,
    target: &str,
) -> Result<Vec<Recorded>, StoreError> {
    // In pages with a LIMIT: the planner then walks the key's index even when
    // the table has no statistics yet (a hall just filled), instead of
    // scanning a million rows for the last few.
    const PAGE: i64 = 5000;
    let sql = format!(
        "SELECT seq, at_ms, origin, body, \"user\" FROM {schema}.events WHERE seq > $1 ORDER BY seq LIMIT $2"
    );
    let mut events = Vec::new();
    let mut from = after;
    loop {
        let rows = conn
            .query(&sql, &[&(from as i64), &PAGE])
            .map_err(|e| classify(target, e))?;
        let page = rows_to_recorded(&rows, target)?;
        let full = page.len() as i64 == PAGE;
        if let Some(last) = page.last() {
            from = last.seq;
        }
        events.extend(page);
        if !full {
            break;
        }
    }
    // Events are numbered without a gap; a hole means rows were lost.
    for (expect, r) in (after + 1..).zip(&events) {
        if r.seq != expect {
            return Err(StoreError::Database {
                target: target.to_string(),
                detail: format!(
                    "the log is damaged: event {expect} is missing (the next is {})",
                    r.seq
                ),
            });
        }
    }
    Ok(events)
}

fn rows_to_recorded(rows: &[::postgres::Row], target: &str) -> Result<Vec<Recorded>, StoreError> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let parts = (|| -> Result<super::Parts, ::postgres::Error> {
            Ok((
                row.try_get(0)?,
                row.try_get(1)?,
                row.try_get(2)?,
                row.try_get(3)?,
                row.try_get(4)?,
            ))
        })()
        .map_err(|e| classify(target, e))?;
        out.push(parts_to_recorded(parts, Path::new(target))?);
    }
    Ok(out)
}

/// Writes events with one statement whatever their number, then moves the
/// hall's counter and notifies its screens (delivered on commit).
fn insert_events<C: GenericClient>(
    tx: &mut C,
    schema: &str,
    channel: &str,
    events: &[Recorded],
) -> Result<(), ::postgres::Error> {
    let Some(last) = events.last() else {
        return Ok(());
    };
    let mut seqs = Vec::with_capacity(events.len());
    let mut ats = Vec::with_capacity(events.len());
    let mut origins = Vec::with_capacity(events.len());
    let mut kinds = Vec::with_capacity(events.len());
    let mut bodies = Vec::with_capacity(events.len());
    let mut users: Vec<Option<String>> = Vec::with_capacity(events.len());
    for r in events {
        users.push(r.user.clone());
        seqs.push(r.seq as i64);
        ats.push(r.at.timestamp_millis());
        origins.push(r.origin.clone());
        kinds.push(r.event.kind().to_string());
        // Serializing our own event type cannot fail; an empty body would be
        // caught as damage by every reader.
        bodies.push(serde_json::to_string(&r.event).unwrap_or_default());
    }
    tx.execute(
        &format!(
            "INSERT INTO {schema}.events (seq, at_ms, origin, kind, body, \"user\")
             SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])"
        ),
        &[&seqs, &ats, &origins, &kinds, &bodies, &users],
    )?;
    let top = last.seq as i64;
    tx.execute(&format!("UPDATE {schema}.info SET last_seq = $1"), &[&top])?;
    tx.execute("SELECT pg_notify($1, $2)", &[&channel, &top.to_string()])?;
    Ok(())
}

/// Whether an error means the server cannot be reached (as opposed to one
/// that it reported).
pub fn is_down(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Unreachable { .. } | StoreError::InDoubt { .. }
    )
}

/// A driver error in our words, on one line and without a password.
pub fn classify(target: &str, e: ::postgres::Error) -> StoreError {
    let target = target.to_string();
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let gone = code.code().starts_with("08")
            || *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CRASH_SHUTDOWN
            || *code == SqlState::CANNOT_CONNECT_NOW;
        let detail = flat(db.message());
        return if gone {
            StoreError::Unreachable { target, detail }
        } else {
            StoreError::Database { target, detail }
        };
    }
    let text = flat(&e.to_string());
    let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
    if e.is_closed()
        || io
        || text.starts_with("error connecting")
        || text.starts_with("error communicating")
        || text.contains("timeout")
    {
        let detail = match std::error::Error::source(&e) {
            Some(s) => flat(&s.to_string()),
            None => text,
        };
        StoreError::Unreachable { target, detail }
    } else {
        StoreError::Database {
            target,
            detail: text,
        }
    }
}
