//! `frontdesk store check|backup|restore`: the hall's event log looked after
//! from the command line. The work is in `store::check` and `store::backup`;
//! this is the wording and the exit codes.

use super::args::Cli;
use super::failure::{Failure, say};
use super::input::translator;
use crate::domain::Instant;
use crate::setup::Places;
use crate::store::backup::{self, BackupError};
use crate::store::check;
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
}

fn bad(e: impl std::fmt::Display) -> Failure {
    Failure::Bad(e.to_string())
}

pub fn run(cli: &Cli, cmd: &StoreCmd, now: Instant) -> Result<(), Failure> {
    let places = Places::resolve(&cli.global.choice())?;
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
