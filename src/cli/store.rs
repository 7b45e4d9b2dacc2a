//! `frontdesk store copy`: moving a hall's log between homes. The work is in
//! `store::copy`; this is the choice of destination, the wording and the
//! exit codes.

use super::args::{Cli, StoreCmd};
use super::failure::{Failure, say};
use super::input::translator;
use crate::clock::Clock;
use crate::setup;
use crate::store::pgconn::{Target, is_postgres_url, redact};
use crate::store::{Location, Log};
use std::path::PathBuf;

pub fn run(cli: &Cli, cmd: &StoreCmd, clock: Clock) -> Result<(), Failure> {
    match cmd {
        StoreCmd::Copy { to, hall } => copy(cli, to, hall.as_deref(), clock),
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

fn copy(cli: &Cli, to: &str, hall: Option<&str>, clock: Clock) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), clock.now())?;
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
