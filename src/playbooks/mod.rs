//! Playbooks: the decision flows a cashier opens with one key when a hard moment
//! comes at the counter — the last customer arrives just in time, the queue
//! demands that the break be cancelled, the warning was forgotten. Each flow asks
//! questions with answers and ends in advice: what to do (an action the counter
//! screen can perform) and what to say (a phrase from the catalogue).
//!
//! Flows are data, not code, so that a trainer or a supervisor can adapt them to
//! a hall without a release: the shipped ones in `assets/playbooks/` are
//! embedded, and a hall's own `<dir>/<id>.toml` replaces the shipped one of the
//! same id or adds a new one. A broken file is reported as one line,
//! `file:line:col: key: message`, as the hall config is.

mod raw;

pub use crate::i18n::Lang;
use crate::phrases::PhraseKey;
use std::collections::BTreeMap;
use std::path::Path;

pub use crate::i18n::Texts;

/// What the counter screen can do for the cashier at a step, offered as one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    CallNext,
    Serve,
    NoShow,
    Transfer,
    WarnQueue,
    StartBreak,
    EndBreak,
    CancelBreakRequest,
    CallSupervisor,
    /// Advice that is about manner, not a button: stay calm, explain.
    None,
}

impl Action {
    const ALL: [Action; 10] = [
        Action::CallNext,
        Action::Serve,
        Action::NoShow,
        Action::Transfer,
        Action::WarnQueue,
        Action::StartBreak,
        Action::EndBreak,
        Action::CancelBreakRequest,
        Action::CallSupervisor,
        Action::None,
    ];

    /// The name written in playbook files.
    pub fn name(&self) -> &'static str {
        match self {
            Action::CallNext => "call-next",
            Action::Serve => "serve",
            Action::NoShow => "no-show",
            Action::Transfer => "transfer",
            Action::WarnQueue => "warn-queue",
            Action::StartBreak => "start-break",
            Action::EndBreak => "end-break",
            Action::CancelBreakRequest => "cancel-break-request",
            Action::CallSupervisor => "call-supervisor",
            Action::None => "none",
        }
    }

    fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// The window situations the screen tells apart; a playbook names those in which
/// it is offered first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SituationTag {
    Open,
    WarningDue,
    ClosingSoon,
    Pending,
    OnBreak,
    Overrun,
}

impl SituationTag {
    const ALL: [SituationTag; 6] = [
        SituationTag::Open,
        SituationTag::WarningDue,
        SituationTag::ClosingSoon,
        SituationTag::Pending,
        SituationTag::OnBreak,
        SituationTag::Overrun,
    ];

    fn name(self) -> &'static str {
        match self {
            SituationTag::Open => "open",
            SituationTag::WarningDue => "warning-due",
            SituationTag::ClosingSoon => "closing-soon",
            SituationTag::Pending => "pending",
            SituationTag::OnBreak => "on-break",
            SituationTag::Overrun => "overrun",
        }
    }

    fn parse(name: &str) -> Option<SituationTag> {
        SituationTag::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A way on from a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub text: Texts,
    /// The id of the step it leads to.
    pub next: String,
}

/// A question (when it has answers) or a piece of final advice (when it has none).
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub text: Texts,
    pub answers: Vec<Answer>,
    pub action: Option<Action>,
    /// The base phrase; the screen picks its `-alone` variant itself when no
    /// other window is open.
    pub phrase: Option<PhraseKey>,
}

/// A checked decision flow: every step is reachable from `start`, every answer
/// leads to an existing step, and every path ends in advice.
#[derive(Clone, Debug, PartialEq)]
pub struct Playbook {
    pub id: String,
    pub title: Texts,
    pub situations: Vec<SituationTag>,
    pub start: String,
    pub steps: Vec<Step>,
}

impl Playbook {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PlaybookError {
    #[error(transparent)]
    Text(#[from] crate::textfile::ReadError),
    /// A syntax, type or rule error at a place in the file; `key` is the dotted
    /// path such as `steps[2].answers[0].next`, empty for a plain syntax error.
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
    /// Two files of one directory define the same id, so neither can be said to
    /// be the hall's choice; the place is the id in the second file.
    #[error("{file}:{line}:{col}: id: playbook {id:?} is already defined in {first}")]
    Duplicate {
        id: String,
        file: String,
        line: usize,
        col: usize,
        first: String,
    },
}

impl From<crate::tomlfile::Located> for PlaybookError {
    fn from(l: crate::tomlfile::Located) -> Self {
        PlaybookError::Invalid {
            file: l.file,
            line: l.line,
            col: l.col,
            key: l.key,
            message: l.message,
        }
    }
}

/// Parses one playbook from text; `file` names the file in errors, and its name
/// without the extension must be the playbook's id.
pub fn parse(src: &str, file: &str) -> Result<Playbook, PlaybookError> {
    raw::parse(src, file).map(|(playbook, _)| playbook)
}

/// The shipped playbooks, each named as its path in the source tree.
const SHIPPED: [(&str, &str); 7] = [
    (
        "assets/playbooks/after-cutoff.toml",
        include_str!("../../assets/playbooks/after-cutoff.toml"),
    ),
    (
        "assets/playbooks/break-overrun.toml",
        include_str!("../../assets/playbooks/break-overrun.toml"),
    ),
    (
        "assets/playbooks/forgot-warning.toml",
        include_str!("../../assets/playbooks/forgot-warning.toml"),
    ),
    (
        "assets/playbooks/last-customer-in-time.toml",
        include_str!("../../assets/playbooks/last-customer-in-time.toml"),
    ),
    (
        "assets/playbooks/only-window-at-break.toml",
        include_str!("../../assets/playbooks/only-window-at-break.toml"),
    ),
    (
        "assets/playbooks/queue-demands-cancel.toml",
        include_str!("../../assets/playbooks/queue-demands-cancel.toml"),
    ),
    (
        "assets/playbooks/unscheduled-with-queue.toml",
        include_str!("../../assets/playbooks/unscheduled-with-queue.toml"),
    ),
];

/// The shipped playbooks, sorted by id. A shipped file that does not parse is a
/// bug the tests catch; at the counter it is left out rather than taking the
/// screen down with it.
pub fn embedded() -> Vec<Playbook> {
    let mut all: Vec<Playbook> = SHIPPED
        .iter()
        .filter_map(|(file, src)| parse(src, file).ok())
        .collect();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

/// The shipped playbooks with a hall's own `<dir>/*.toml` laid over them: a file
/// with a shipped id replaces that playbook, a new id adds one. No directory, or
/// one that does not exist, gives just the shipped ones. Sorted by id.
pub fn load(dir: Option<&Path>) -> Result<Vec<Playbook>, PlaybookError> {
    let mut all = embedded();
    let Some(dir) = dir else {
        return Ok(all);
    };
    let files = match crate::tomlfile::toml_files(dir) {
        Ok(files) => files,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(all),
        Err(source) => {
            return Err(PlaybookError::Read {
                file: dir.display().to_string(),
                source,
            });
        }
    };
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for path in files {
        let file = path.display().to_string();
        let src = crate::textfile::read(&path, &file)?;
        let (playbook, (line, col)) = raw::parse(&src, &file)?;
        if let Some(first) = seen.get(&playbook.id) {
            return Err(PlaybookError::Duplicate {
                id: playbook.id,
                file,
                line,
                col,
                first: first.clone(),
            });
        }
        seen.insert(playbook.id.clone(), file);
        match all.iter_mut().find(|p| p.id == playbook.id) {
            Some(shipped) => *shipped = playbook,
            None => all.push(playbook),
        }
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(all)
}

/// The `.toml` files directly in `dir`, sorted by name so that errors come in
/// the same order on every machine. The extension is matched in any case, as
/// files copied from other systems may carry `.TOML`.
/// The playbooks to offer in a situation: those written for it first, then all
/// the others, so that any flow is still one scroll away; each group by id.
pub fn for_situation(all: &[Playbook], tag: SituationTag) -> Vec<&Playbook> {
    let (mut first, mut rest): (Vec<&Playbook>, Vec<&Playbook>) =
        all.iter().partition(|p| p.situations.contains(&tag));
    first.sort_by(|a, b| a.id.cmp(&b.id));
    rest.sort_by(|a, b| a.id.cmp(&b.id));
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_playbook_parses() {
        for (file, src) in SHIPPED {
            if let Err(e) = parse(src, file) {
                panic!("{e}");
            }
        }
        assert_eq!(embedded().len(), SHIPPED.len());
    }

    #[test]
    fn names_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.name()), Some(a));
        }
        for s in SituationTag::ALL {
            assert_eq!(SituationTag::parse(s.name()), Some(s));
        }
        assert_eq!(Action::parse("Serve"), None);
        assert_eq!(SituationTag::parse("on_break"), None);
    }

    #[test]
    fn texts_by_language() {
        let t = Texts::new("a".into(), "b".into(), "c".into(), "d".into());
        let got: Vec<&str> = Lang::ALL.iter().map(|l| t.get(*l)).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }

    #[test]
    fn syntax_errors_have_no_key() {
        let err = parse("id = \"x\"\nid = \"y\"\n", "x.toml").map(|_| ());
        let err = err.map_err(|e| e.to_string());
        assert_eq!(err, Err("x.toml:2:1: duplicate key `id`".to_string()));
    }
}
