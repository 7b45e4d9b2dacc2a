//! One log, two homes: the embedded SQLite file, or a hall in a PostgreSQL
//! database. Every command, screen, report and the trainer's recording hold
//! a [`Log`] and never ask which.

use super::pgconn::Target;
use super::{Access, Beside, ExecError, PgLog, SqliteLog, StoreError};
use crate::domain::{
    BreakId, Command, Contact, Event, FeedbackId, Hall, Instant, Override, Recorded, ServiceCode,
    State, TicketId,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where a hall's log lives.
// One per run: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Location {
    /// The SQLite file on this host.
    File(PathBuf),
    /// Hall `hall` in the database at `target`.
    Postgres { target: Target, hall: String },
}

impl Location {
    /// Where, in words for a message: the file, or the server and hall
    /// (never a password).
    pub fn shown(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Postgres { target, hall } => format!("{} (hall {hall})", target.shown()),
        }
    }
}

/// An open log with the state folded from it.
// One or two per process: its size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Log {
    Sqlite(SqliteLog),
    Postgres(Box<PgLog>),
}

macro_rules! each {
    ($self:expr, $log:ident => $body:expr) => {
        match $self {
            Log::Sqlite($log) => $body,
            Log::Postgres($log) => $body,
        }
    };
}

impl Log {
    /// Opens (creating if need be) the SQLite log at `path`.
    pub fn open(path: &Path, hall: Hall) -> Result<Log, StoreError> {
        SqliteLog::open(path, hall).map(Log::Sqlite)
    }

    /// Opens the SQLite log at `path` to write or only to read it (see
    /// [`SqliteLog::open_as`]).
    pub fn open_as(path: &Path, hall: Hall, access: Access) -> Result<Log, StoreError> {
        SqliteLog::open_as(path, hall, access).map(Log::Sqlite)
    }

    /// Opens the log wherever it lives; `config_text` is the hall's config
    /// file as written, which a database keeps for a head office's reports.
    pub fn open_at(
        location: &Location,
        hall: Hall,
        config_text: Option<&str>,
    ) -> Result<Log, StoreError> {
        match location {
            Location::File(path) => Log::open(path, hall),
            Location::Postgres { target, hall: id } => {
                PgLog::open(target, id, hall, config_text).map(|l| Log::Postgres(Box::new(l)))
            }
        }
    }

    /// Where the log is, for messages.
    pub fn shown(&self) -> String {
        match self {
            Log::Sqlite(l) => l.path().display().to_string(),
            Log::Postgres(l) => l.shown(),
        }
    }

    /// Records `user` as the one acting in every event this log writes.
    pub fn act_as(&mut self, user: &str) {
        each!(self, l => l.act_as(user))
    }

    pub fn hall(&self) -> &Hall {
        each!(self, l => l.hall())
    }

    pub fn state(&self) -> &State {
        each!(self, l => l.state())
    }

    pub fn last_seq(&self) -> u64 {
        each!(self, l => l.last_seq())
    }

    /// Since when the database has been unreachable, if it is; a file is
    /// never "unreachable" in this sense.
    pub fn outage(&self) -> Option<Instant> {
        match self {
            Log::Sqlite(_) => None,
            Log::Postgres(l) => l.outage(),
        }
    }

    /// How often a screen should look for others' writes: a file is polled,
    /// a database pushes a notification that only needs picking up.
    pub fn poll_every(&self) -> Duration {
        match self {
            Log::Sqlite(_) => Duration::from_millis(200),
            Log::Postgres(_) => Duration::from_millis(20),
        }
    }

    pub fn execute(
        &mut self,
        cmd: &Command,
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        each!(self, l => l.execute(cmd, now, ovr, origin))
    }

    pub fn execute_all(
        &mut self,
        cmds: &[Command],
        now: Instant,
        ovr: Option<&Override>,
        origin: &str,
    ) -> Result<Vec<Recorded>, ExecError> {
        each!(self, l => l.execute_all(cmds, now, ovr, origin))
    }

    pub fn append_unchecked(
        &mut self,
        events: impl IntoIterator<Item = (Instant, Event)>,
        origin: &str,
    ) -> Result<u64, StoreError> {
        each!(self, l => l.append_unchecked(events, origin))
    }

    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        each!(self, l => l.refresh())
    }

    /// Waits up to `timeout` for another process's write and folds it in;
    /// false when none came. A database wakes it at once; a file is polled.
    pub fn wait_for_news(&mut self, timeout: Duration) -> Result<bool, StoreError> {
        let end = std::time::Instant::now() + timeout;
        loop {
            let left = end.saturating_duration_since(std::time::Instant::now());
            let changed = match self {
                Log::Sqlite(l) => l.refresh()?,
                Log::Postgres(l) => l.wait(left)?,
            };
            if changed {
                return Ok(true);
            }
            if left.is_zero() {
                return Ok(false);
            }
            if let Log::Sqlite(_) = self {
                std::thread::sleep(left.min(Duration::from_millis(20)));
            }
        }
    }

    pub fn write_snapshot(&mut self) -> Result<(), StoreError> {
        each!(self, l => l.write_snapshot())
    }

    pub fn events(&self, after: u64, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.events(after, limit))
    }

    pub fn events_of(
        &self,
        kinds: &[&str],
        after: u64,
        limit: usize,
    ) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.events_of(kinds, after, limit))
    }

    pub fn ticket_issue(&self, ticket: TicketId) -> Result<Option<Recorded>, StoreError> {
        each!(self, l => l.ticket_issue(ticket))
    }

    pub fn break_plan(&self, brk: BreakId) -> Result<Option<Recorded>, StoreError> {
        each!(self, l => l.break_plan(brk))
    }

    pub fn ticket_history(&self, from: Instant, to: Instant) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.ticket_history(from, to))
    }

    pub fn tail(&self, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.tail(limit))
    }

    /// Decides and records the quality record's events with the contacts
    /// they keep or erase, in one transaction (see `store::quality`).
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
        each!(self, l => l.record_with(now, origin, kinds, after, decide))
    }

    pub fn contact(&self, entry: FeedbackId) -> Result<Option<Contact>, StoreError> {
        each!(self, l => l.contact(entry))
    }

    pub fn events_of_kinds(&self, kinds: &[&str]) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.events_of_kinds(kinds))
    }

    pub fn events_between(
        &self,
        kinds: &[&str],
        from: Instant,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.events_between(kinds, from, to))
    }

    /// The ticket a customer holds, by its printed label and business day.
    pub fn find_ticket(
        &self,
        service: &ServiceCode,
        number: u32,
        day: chrono::NaiveDate,
        from: Instant,
        to: Instant,
    ) -> Result<Option<TicketId>, StoreError> {
        match self {
            Log::Sqlite(l) => l.find_ticket(service, number, day, from, to),
            Log::Postgres(_) => {
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
    }

    /// Events of `kinds` at or after `from` (when given) and before `to`,
    /// in log order: what a report reads.
    pub fn events_in_range(
        &self,
        kinds: &[&str],
        from: Option<Instant>,
        to: Instant,
    ) -> Result<Vec<Recorded>, StoreError> {
        each!(self, l => l.events_in_range(kinds, from, to))
    }
}
