//! A head office: every hall of one PostgreSQL database, each read with the
//! config it keeps there. The office needs no hall of its own, only the
//! database's URL (`FRONTDESK_DATABASE_URL` or `[store] url`).

use super::args::Cli;
use super::failure::Failure;
use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Tr;
use crate::store::pgconn::Target;

pub struct Office {
    /// The office's own words, from its config (or the demo's).
    pub tr: Tr,
    /// The office's own config: its time zone says what "today" is.
    pub config: Config,
    pub target: Target,
    /// Every hall of the database, with its config when it keeps one.
    pub halls: Vec<(String, Option<Config>)>,
}

/// Finds the database and lists its halls; `what` names the command for the
/// message when there is no database to read.
pub fn open(cli: &Cli, clock: Clock, what: &str) -> Result<Office, Failure> {
    let places = crate::setup::Places::resolve(&cli.global.choice())?;
    let config = crate::setup::load_config(&places, clock.now())?;
    let tr = super::input::translator(cli, Some(&config.language));
    let url = std::env::var("FRONTDESK_DATABASE_URL")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| config.store.url.clone())
        .ok_or_else(|| Failure::Bad(tr.f("office-needs-database", &[("command", what.into())])))?;
    let target = Target::parse(&url).map_err(|e| Failure::Bad(e.to_string()))?;
    let halls = crate::store::pglog::list_halls(&target)?
        .into_iter()
        .map(|(id, text)| {
            let config = text.and_then(|t| crate::config::parse(&t, &id).ok());
            (id, config)
        })
        .collect();
    Ok(Office {
        tr,
        config,
        target,
        halls,
    })
}
