//! `frontdesk store check|backup|restore|copy`: the hall's event log looked
//! after from the command line. The work is in `store::check`,
//! `store::backup` and `store::copy`; this is the choice of files and
//! destinations, the wording and the exit codes.

use super::args::Cli;
use super::failure::{Failure, say};
use super::input::translator;
use crate::domain::Instant;
use crate::setup::{self, Places};
use crate::store::backup::{self, BackupError};
use crate::store::check;
use crate::store::pgconn::{Target, is_postgres_url, redact};
use crate::store::{Location, Log};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum StoreCmd {
    /// Check the whole log: SQLite's integrity check, the events numbered
    /// without a gap and each readable, the snapshots against the events
    Check,
    /// Copy the live log to FILE while terminals keep working (SQLite's online
    /// backup); the copy is checked in full before it gets its name
    Backup {
        /// Where to write the backup
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Put a backup back as the hall's log, after checking it in full; the log
    /// it replaces is kept beside it. Close every frontdesk screen first
    Restore {
        /// The backup to restore
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Copy the hall's whole log into a PostgreSQL database (postgresql://…)
    /// or a SQLite file, in one transaction, and check it event for event;
    /// a destination that already holds events is refused
    Copy {
        /// Where to: a postgresql:// URL (its password from a password file,
        /// PGPASSWORD or .pgpass, never here) or a file path
        #[arg(long, value_name = "URL|FILE")]
        to: String,
        /// The hall's id at the destination database (default: its id here,
        /// or the config's [store] hall)
        #[arg(long, value_name = "ID")]
        hall: Option<String>,
    },
}

fn bad(e: impl std::fmt::Display) -> Failure {
    Failure::Bad(e.to_string())
}

pub fn run(cli: &Cli, cmd: &StoreCmd, now: Instant) -> Result<(), Failure> {
    if let StoreCmd::Copy { to, hall } = cmd {
        return copy(cli, to, hall.as_deref(), now);
    }
    let places = Places::resolve(&cli.global.choice())?;
    // check, backup and restore look after the SQLite file; a database has
    // its own tools for that.
    let config = setup::load_config(&places, now)?;
    if let Location::Postgres { target, hall } = setup::location(&places, &config)? {
        return Err(Failure::Bad(format!(
            "{} (hall {hall}): the log is in PostgreSQL; check and back it up with the database's own tools (pg_dump, pg_basebackup), or move it with `frontdesk store copy`",
            target.shown()
        )));
    }
    let log = places.log_path();
    let tr = translator(cli, None);
    let shown = |p: &std::path::Path| p.display().to_string();
    match cmd {
        StoreCmd::Check => {
            let report = check::check(&log)?;
            if report.is_whole() {
                say(&tr.f(
                    "store-check-whole",
                    &[
                        ("file", (&shown(&log)).into()),
                        ("events", (report.events as i64).into()),
                        ("snapshots", report.snapshots.into()),
                    ],
                ));
                return Ok(());
            }
            for problem in &report.problems {
                say(&tr.f(
                    "store-check-problem",
                    &[("problem", (&crate::tomlfile::one_line(problem)).into())],
                ));
            }
            Err(Failure::Bad(tr.f(
                "store-check-damaged",
                &[
                    ("file", (&shown(&log)).into()),
                    ("count", report.problems.len().into()),
                ],
            )))
        }
        StoreCmd::Backup { file } => {
            let done = backup::backup(&log, file).map_err(bad)?;
            say(&tr.f(
                "store-backup-done",
                &[
                    ("events", (done.events as i64).into()),
                    ("log", (&shown(&log)).into()),
                    ("file", (&shown(&done.path)).into()),
                ],
            ));
            Ok(())
        }
        StoreCmd::Copy { .. } => Ok(()),
        StoreCmd::Restore { file } => {
            let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
            let done = backup::restore(file, &log, &stamp).map_err(|e: BackupError| bad(e))?;
            say(&tr.f(
                "store-restore-done",
                &[
                    ("events", (done.events as i64).into()),
                    ("file", (&shown(file)).into()),
                    ("log", (&shown(&log)).into()),
                ],
            ));
            if let Some(kept) = &done.kept {
                say(&tr.f("store-restore-kept", &[("kept", (&shown(kept)).into())]));
            }
            Ok(())
        }
    }
}

/// A URL given on the command line must not carry a password: command lines
/// are seen by every user of the host and kept in shell histories.
pub fn no_password_on_the_command_line(url: &str) -> Result<(), Failure> {
    let shown = redact(url);
    if shown != url {
        return Err(Failure::Bad(format!(
            "{shown}: a password does not belong on the command line; put it in a password file (password_file=FILE or passfile=FILE in the URL), PGPASSWORD or ~/.pgpass"
        )));
    }
    Ok(())
}

fn copy(cli: &Cli, to: &str, hall: Option<&str>, now: Instant) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), now)?;
    let tr = translator(cli, Some(&opened.config.language));
    let dest = if is_postgres_url(to) {
        no_password_on_the_command_line(to)?;
        let target = Target::parse(to).map_err(|e| Failure::Bad(e.to_string()))?;
        let here = match setup::location(&opened.places, &opened.config) {
            Ok(Location::Postgres { hall, .. }) => Some(hall),
            _ => None,
        };
        let id = hall
            .map(str::to_string)
            .or(here)
            .or_else(|| opened.config.store.hall.clone())
            .or_else(|| opened.places.config.is_none().then(|| "demo".to_string()))
            .ok_or_else(|| {
                Failure::Bad(
                    "store copy: name the hall's id in the database with --hall ID (or [store] hall in the config)"
                        .to_string(),
                )
            })?;
        if !crate::store::pgschema::valid_hall_id(&id) {
            return Err(Failure::Bad(format!(
                "--hall {id:?}: use 1 to 40 lower-case letters, digits, - or _"
            )));
        }
        Location::Postgres { target, hall: id }
    } else {
        Location::File(PathBuf::from(to))
    };
    let text = opened
        .places
        .config
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok());
    let copied = crate::store::copy::copy(
        &opened.log,
        &dest,
        opened.config.hall.clone(),
        text.as_deref(),
    )?;
    // Opened afresh: what a terminal of the hall will see there.
    let check = Log::open_at(&dest, opened.config.hall.clone(), None)?;
    if check.last_seq() < copied || check.state() != opened.log.state() {
        return Err(Failure::Bad(format!(
            "{}: the copy does not give the hall's state back; check it before using it",
            dest.shown()
        )));
    }
    say(&tr.f(
        "store-copied",
        &[
            ("events", (copied as i64).into()),
            ("from", (&opened.log.shown()).into()),
            ("to", (&dest.shown()).into()),
        ],
    ));
    Ok(())
}
