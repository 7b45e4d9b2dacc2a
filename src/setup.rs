//! Where a hall's config and event log live, and opening them: an explicit
//! `--config`, the per-user config file, or (with neither) the embedded demo hall.

use crate::config::{self, Config, ConfigError};
use crate::demo;
use crate::domain::Instant;
use crate::store::{Access, Log, StoreError};
use directories::ProjectDirs;
use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SetupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no home directory to keep data in; give --data-dir or FRONTDESK_DATA_DIR")]
    NoHome,
    #[error("{0}")]
    Io(String),
    #[error(transparent)]
    Phrases(#[from] crate::phrases::PhraseError),
    #[error(transparent)]
    Playbooks(#[from] crate::playbooks::PlaybookError),
}

/// The words and decision flows the counter offers: the shipped ones, with the
/// hall's own `phrases/` and `playbooks/` beside its config laid over them. A
/// broken file of the hall's is an error, as a broken config is.
pub fn scripts(
    places: &Places,
) -> Result<(crate::phrases::Phrasebook, Vec<crate::playbooks::Playbook>), SetupError> {
    match places.config_dir() {
        Some(dir) => Ok((
            crate::phrases::Phrasebook::with_overrides(&dir.join("phrases"))?,
            crate::playbooks::load(Some(&dir.join("playbooks")))?,
        )),
        None => Ok((
            crate::phrases::Phrasebook::embedded(),
            crate::playbooks::embedded(),
        )),
    }
}

/// What the person asked for: where data lives, which config, whether the demo.
/// Each is optional; [`Places::resolve`] fills in the defaults.
#[derive(Clone, Debug, Default)]
pub struct Choice {
    pub data_dir: Option<PathBuf>,
    pub config: Option<PathBuf>,
    pub demo: bool,
}

/// The directories and files in play for this run.
#[derive(Clone, Debug)]
pub struct Places {
    pub data_dir: PathBuf,
    /// The config file in use, if any; `None` means the demo hall.
    pub config: Option<PathBuf>,
    /// Where `config init` writes and where a config is looked for by default.
    pub default_config: Option<PathBuf>,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "frontdesk")
}

impl Places {
    pub fn resolve(global: &Choice) -> Result<Places, SetupError> {
        let dirs = project_dirs();
        let data_dir = match (&global.data_dir, &dirs) {
            (Some(d), _) => d.clone(),
            (None, Some(p)) => p.data_dir().to_path_buf(),
            (None, None) => return Err(SetupError::NoHome),
        };
        let default_config = dirs.map(|p| p.config_dir().join("config.toml"));
        if data_dir.exists() && !data_dir.is_dir() {
            return Err(SetupError::Io(format!(
                "{}: the data directory is a file, not a directory",
                data_dir.display()
            )));
        }
        let config = match (&global.config, global.demo) {
            (_, true) => None,
            (Some(c), false) => Some(c.clone()),
            (None, false) => default_config.clone().filter(|p| p.is_file()),
        };
        Ok(Places {
            data_dir,
            config,
            default_config,
        })
    }

    /// The folder of the config in use, where a hall keeps its own phrases and
    /// playbooks; the per-user config folder for the demo.
    pub fn config_dir(&self) -> Option<PathBuf> {
        self.config
            .as_ref()
            .or(self.default_config.as_ref())
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
    }

    pub fn log_path(&self) -> PathBuf {
        if self.config.is_some() {
            self.data_dir.join("hall.sqlite")
        } else {
            self.data_dir.join("demo.sqlite")
        }
    }
}

/// A hall ready to work with: its config, its open log, and who is acting.
pub struct Opened {
    pub config: Config,
    pub log: Log,
    pub places: Places,
    /// The operating-system user running this process, recorded with every
    /// event the log writes and checked against the hall's `[access]`.
    pub identity: crate::access::Identity,
}

/// Loads the config (or the demo's) and opens the log. The demo is laid afresh
/// when asked, when it does not exist yet, or when it has gone stale.
pub fn open(global: &Choice, now: Instant) -> Result<Opened, SetupError> {
    open_as(global, now, Access::Write)
}

/// [`open`] for a command that only reads (or only writes) the log.
pub fn open_as(global: &Choice, now: Instant, access: Access) -> Result<Opened, SetupError> {
    let places = Places::resolve(global)?;
    let config = load_config(&places, now)?;
    let path = places.log_path();
    let mut log = if places.config.is_none() {
        demo::open(&path, config.hall.clone(), now, global.demo)?
    } else {
        Log::open_as(&path, config.hall.clone(), access)?
    };
    let identity = crate::whoami::current();
    log.act_as(&identity.user);
    Ok(Opened {
        config,
        log,
        places,
        identity,
    })
}

/// The hall's config, or the demo's with its day laid around `now`.
pub fn load_config(places: &Places, now: Instant) -> Result<Config, SetupError> {
    Ok(match &places.config {
        Some(path) => config::load(path)?,
        None => demo::config_at(now),
    })
}
