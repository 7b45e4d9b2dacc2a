//! Trainer scenarios: a hall set up as it stands when the clock starts, scripted
//! customers (or a seeded random profile), incidents and customers' words, and
//! the rules a trainee's handling is scored by. A trainer writes one as a TOML
//! file, without code; the shipped ones in `assets/scenarios/` are embedded, and
//! a trainer's own `<config dir>/scenarios/<id>.toml` replaces the shipped one of
//! the same id or adds a new one. A broken file is reported as one line,
//! `file:line:col: key: message`, as the hall config is.
//!
//! Everything under this module is pure: a [`session::Session`] runs on a
//! simulated clock that only its driver moves, and the score and the debrief
//! are computed from the session's events alone.

pub mod random;
mod raw;
pub mod score;
pub mod session;

use crate::config::Config;
use crate::domain::{CueKind, Instant, ServiceCode, WindowId};
use crate::phrases::PhraseKey;
use crate::playbooks::Playbook;
use chrono::{Duration, NaiveDate};
use std::path::Path;

pub use crate::i18n::Texts;

/// A scripted customer: one who waits or stands at the window when the clock
/// starts, or one who arrives later.
#[derive(Clone, Debug, PartialEq)]
pub struct Customer {
    /// A name the incidents can refer to ("the customer who speaks").
    pub id: Option<String>,
    pub service: ServiceCode,
    /// When they took their ticket, or since when they stand at the window.
    pub at: Instant,
    /// How long their business takes at the window; drawn from the service's
    /// times (with the session's seed) when the file does not say.
    pub service_time: Option<Duration>,
}

/// A break on the plan when the clock starts.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedBreak {
    pub window: WindowId,
    pub start: Instant,
    pub end: Instant,
    /// Already under way when the clock starts.
    pub started: bool,
}

/// The hall when the clock starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// Staffed windows; the trainee's is always among them.
    pub open: Vec<WindowId>,
    /// Open windows the session works by itself, like colleagues would.
    pub colleagues: Vec<WindowId>,
    /// Whether the day's planned breaks are shown to customers.
    pub publish: bool,
    pub breaks: Vec<PlannedBreak>,
    pub waiting: Vec<Customer>,
    /// The customer at the trainee's window.
    pub serving: Option<Customer>,
}

/// Customers who arrive at random by the services' `arrivals_per_hour`.
#[derive(Clone, Debug, PartialEq)]
pub struct RandomArrivals {
    pub from: Instant,
    pub until: Instant,
}

/// What the trainee is expected to do after an incident, all of it within the
/// time given.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Follow one of these playbooks (any step of it).
    pub playbooks: Vec<String>,
    /// Say one of these phrases.
    pub phrases: Vec<PhraseKey>,
    /// Start an unscheduled break for this reason (a code such as goods-receipt).
    pub break_reason: Option<String>,
    /// Warn the queue.
    pub warn: bool,
    /// End the break.
    pub end_break: bool,
    pub within: Duration,
}

/// Something the scenario makes happen at a moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Incident {
    pub id: String,
    pub kind: CueKind,
    pub at: Instant,
    /// What happens, as the trainee and the debrief read it.
    pub text: Texts,
    /// A customer's words, when someone speaks.
    pub says: Option<Texts>,
    /// The scripted customer who speaks, by id.
    pub from: Option<String>,
    /// The customer who arrives (a late customer).
    pub customer: Option<Customer>,
    /// How far the clock jumps (a clock jump), either way.
    pub jump: Option<Duration>,
    pub answer: Option<Answer>,
}

/// One rule of the scoring.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckKind {
    /// With people waiting, the queue was warned at least `lead` before a
    /// planned break.
    WarnedAhead { lead: Duration },
    /// An unscheduled break came with the apology module.
    Apology { phrases: Vec<PhraseKey> },
    /// Nobody entitled to be served was turned away.
    NoRefusal,
    /// Those past the cutoff were sent on with the right words.
    Redirect { phrases: Vec<PhraseKey> },
    /// The break ended within its length.
    BreakLength { tolerance: Duration },
    /// An incident was answered as its `answer` says.
    Answered { incident: String },
    /// A break that ran over was followed by an apology.
    OverrunApology {
        phrases: Vec<PhraseKey>,
        within: Duration,
    },
}

impl CheckKind {
    /// The name scenario files use.
    pub fn name(&self) -> &'static str {
        match self {
            CheckKind::WarnedAhead { .. } => "warned-ahead",
            CheckKind::Apology { .. } => "apology",
            CheckKind::NoRefusal => "no-refusal",
            CheckKind::Redirect { .. } => "redirect",
            CheckKind::BreakLength { .. } => "break-length",
            CheckKind::Answered { .. } => "answered",
            CheckKind::OverrunApology { .. } => "overrun-apology",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    /// Points for this check when every case of it is met.
    pub weight: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    /// The share of the points, in percent, a trainee needs to pass.
    pub pass: u32,
    pub checks: Vec<Check>,
}

/// A checked scenario, ready to run.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub id: String,
    /// Where it was read from, as errors and lists name it.
    pub file: String,
    /// The file's text, recorded with each session so it can be replayed.
    pub source: String,
    pub title: Texts,
    /// What the trainee is told before the clock starts.
    pub briefing: Texts,
    /// The hall, written in the config file's own keys under `[setup]`.
    pub config: Config,
    pub day: NaiveDate,
    pub start: Instant,
    pub end: Instant,
    /// The clock's speed when the session starts.
    pub speed: u32,
    pub seed: u64,
    pub trainee: WindowId,
    pub opening: Opening,
    pub arrivals: Vec<Customer>,
    pub random: Option<RandomArrivals>,
    pub incidents: Vec<Incident>,
    pub scoring: Scoring,
}

impl Scenario {
    pub fn incident(&self, id: &str) -> Option<&Incident> {
        self.incidents.iter().find(|i| i.id == id)
    }

    /// Whether this scenario came with frontdesk rather than from a trainer.
    pub fn shipped(&self) -> bool {
        self.file.starts_with("assets/scenarios/")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error(transparent)]
    Text(#[from] crate::textfile::ReadError),
    /// A syntax, type or rule error at a place in the file; `key` is the dotted
    /// path such as `incidents[2].answer.phrases[0]`, empty for a plain syntax
    /// error.
    #[error("{file}:{line}:{col}: {}{message}", crate::tomlfile::key_prefix(.key))]
    Invalid {
        file: String,
        line: usize,
        col: usize,
        key: String,
        message: String,
    },
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    /// Two files of the trainer's directory define the same id.
    #[error("{file}:{line}:{col}: id: scenario {id:?} is already defined in {first}")]
    Duplicate {
        id: String,
        file: String,
        line: usize,
        col: usize,
        first: String,
    },
    #[error("no scenario {name:?}; the scenarios are: {known}")]
    Unknown { name: String, known: String },
}

impl From<crate::tomlfile::Located> for ScenarioError {
    fn from(l: crate::tomlfile::Located) -> Self {
        ScenarioError::Invalid {
            file: l.file,
            line: l.line,
            col: l.col,
            key: l.key,
            message: l.message,
        }
    }
}

/// Parses one scenario; `file` names the file in errors, and its name without
/// the extension must be the scenario's id. Playbooks an answer names must be
/// among `playbooks`.
pub fn parse(src: &str, file: &str, playbooks: &[Playbook]) -> Result<Scenario, ScenarioError> {
    raw::parse(src, file, playbooks).map(|(s, _)| s)
}

/// Reads and parses one scenario file.
pub fn load(path: &Path, playbooks: &[Playbook]) -> Result<Scenario, ScenarioError> {
    let file = path.display().to_string();
    let src = crate::textfile::read(path, &file)?;
    parse(&src, &file, playbooks)
}

/// The shipped scenarios, each named as its path in the source tree.
const SHIPPED: [(&str, &str); 8] = [
    (
        "assets/scenarios/lunch-in-five.toml",
        include_str!("../../assets/scenarios/lunch-in-five.toml"),
    ),
    (
        "assets/scenarios/goods-receipt.toml",
        include_str!("../../assets/scenarios/goods-receipt.toml"),
    ),
    (
        "assets/scenarios/forgotten-warning.toml",
        include_str!("../../assets/scenarios/forgotten-warning.toml"),
    ),
    (
        "assets/scenarios/cancel-the-break.toml",
        include_str!("../../assets/scenarios/cancel-the-break.toml"),
    ),
    (
        "assets/scenarios/after-the-cutoff.toml",
        include_str!("../../assets/scenarios/after-the-cutoff.toml"),
    ),
    (
        "assets/scenarios/break-runs-over.toml",
        include_str!("../../assets/scenarios/break-runs-over.toml"),
    ),
    (
        "assets/scenarios/only-window-at-lunch.toml",
        include_str!("../../assets/scenarios/only-window-at-lunch.toml"),
    ),
    (
        "assets/scenarios/mystery-shopper.toml",
        include_str!("../../assets/scenarios/mystery-shopper.toml"),
    ),
];

/// The shipped scenarios in their teaching order. One that does not parse is a
/// bug the tests catch; here it is left out rather than taking the list down.
pub fn shipped(playbooks: &[Playbook]) -> Vec<Scenario> {
    SHIPPED
        .iter()
        .filter_map(|(file, src)| parse(src, file, playbooks).ok())
        .collect()
}

/// The shipped scenarios with a trainer's own `<dir>/*.toml` laid over them: a
/// file with a shipped id replaces that scenario in its place, a new id is
/// added after the shipped ones. No directory, or one that does not exist,
/// gives just the shipped ones.
pub fn catalogue(
    dir: Option<&Path>,
    playbooks: &[Playbook],
) -> Result<Vec<Scenario>, ScenarioError> {
    let mut all = shipped(playbooks);
    let Some(dir) = dir else {
        return Ok(all);
    };
    let files = match crate::tomlfile::toml_files(dir) {
        Ok(files) => files,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(all),
        Err(source) => {
            return Err(ScenarioError::Read {
                file: dir.display().to_string(),
                source,
            });
        }
    };
    let mut seen: Vec<(String, String)> = Vec::new();
    for path in files {
        let file = path.display().to_string();
        let src = crate::textfile::read(&path, &file)?;
        let (scenario, (line, col)) = raw::parse(&src, &file, playbooks)?;
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == scenario.id) {
            return Err(ScenarioError::Duplicate {
                id: scenario.id,
                file,
                line,
                col,
                first: first.clone(),
            });
        }
        seen.push((scenario.id.clone(), file));
        match all.iter_mut().find(|s| s.id == scenario.id) {
            Some(shipped) => *shipped = scenario,
            None => all.push(scenario),
        }
    }
    Ok(all)
}

/// A scenario by id from the catalogue, or straight from a file when `name`
/// is a path to one.
pub fn find(
    name: &str,
    dir: Option<&Path>,
    playbooks: &[Playbook],
) -> Result<Scenario, ScenarioError> {
    let as_path = Path::new(name);
    let looks_like_file = name.contains(std::path::MAIN_SEPARATOR)
        || name.contains('/')
        || as_path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("toml"));
    if looks_like_file {
        return load(as_path, playbooks);
    }
    let all = catalogue(dir, playbooks)?;
    let wanted = name.trim();
    match all.iter().find(|s| s.id == wanted) {
        Some(s) => Ok(s.clone()),
        None => Err(ScenarioError::Unknown {
            name: crate::tomlfile::one_line(name),
            known: all
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}
