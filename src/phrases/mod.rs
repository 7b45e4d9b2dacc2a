//! The phrase catalogue: the scripted words a cashier says to the queue and to the
//! customer at the counter, by situation, in four languages, with placeholders and
//! plural forms. The shipped `.ftl` files in `assets/phrases/` are embedded; a
//! hall may override or add messages with its own files in its config directory.

use crate::i18n::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Every speech module the product knows. The Fluent message id is the kebab-case
/// name with a `phrase-` prefix, e.g. `phrase-warning-alone`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhraseKey {
    /// To the queue, a warning lead before a planned break, with the cutoff.
    Warning,
    WarningAlone,
    /// To a customer at or before the cutoff: served, then the window closes.
    ClosingLast,
    /// To a customer after the cutoff: where to go instead.
    Redirect,
    RedirectAlone,
    /// The apology module for an unscheduled break.
    Unscheduled,
    UnscheduledAlone,
    /// "I was here first."
    ObjectionFirst,
    ObjectionFirstAlone,
    /// "Cancel your break!"
    ObjectionCancel,
    ObjectionCancelAlone,
    /// "I only have a quick question."
    ObjectionQuick,
    ObjectionQuickAlone,
    /// Back from the break.
    Return,
    /// Back later than announced.
    Overrun,
    /// A planned break the queue was not warned about.
    ForgotWarning,
    ForgotWarningAlone,
}

impl PhraseKey {
    pub const ALL: [PhraseKey; 17] = [
        PhraseKey::Warning,
        PhraseKey::WarningAlone,
        PhraseKey::ClosingLast,
        PhraseKey::Redirect,
        PhraseKey::RedirectAlone,
        PhraseKey::Unscheduled,
        PhraseKey::UnscheduledAlone,
        PhraseKey::ObjectionFirst,
        PhraseKey::ObjectionFirstAlone,
        PhraseKey::ObjectionCancel,
        PhraseKey::ObjectionCancelAlone,
        PhraseKey::ObjectionQuick,
        PhraseKey::ObjectionQuickAlone,
        PhraseKey::Return,
        PhraseKey::Overrun,
        PhraseKey::ForgotWarning,
        PhraseKey::ForgotWarningAlone,
    ];

    /// The short name used in playbooks and in the log.
    pub fn name(self) -> &'static str {
        match self {
            PhraseKey::Warning => "warning",
            PhraseKey::WarningAlone => "warning-alone",
            PhraseKey::ClosingLast => "closing-last",
            PhraseKey::Redirect => "redirect",
            PhraseKey::RedirectAlone => "redirect-alone",
            PhraseKey::Unscheduled => "unscheduled",
            PhraseKey::UnscheduledAlone => "unscheduled-alone",
            PhraseKey::ObjectionFirst => "objection-first",
            PhraseKey::ObjectionFirstAlone => "objection-first-alone",
            PhraseKey::ObjectionCancel => "objection-cancel",
            PhraseKey::ObjectionCancelAlone => "objection-cancel-alone",
            PhraseKey::ObjectionQuick => "objection-quick",
            PhraseKey::ObjectionQuickAlone => "objection-quick-alone",
            PhraseKey::Return => "return",
            PhraseKey::Overrun => "overrun",
            PhraseKey::ForgotWarning => "forgot-warning",
            PhraseKey::ForgotWarningAlone => "forgot-warning-alone",
        }
    }

    pub fn parse(name: &str) -> Option<PhraseKey> {
        PhraseKey::ALL.into_iter().find(|k| k.name() == name.trim())
    }

    pub fn message_id(self) -> String {
        format!("phrase-{}", self.name())
    }

    /// Whether the words name the ticket of the customer spoken to.
    pub fn names_a_ticket(self) -> bool {
        matches!(
            self,
            PhraseKey::ClosingLast
                | PhraseKey::Redirect
                | PhraseKey::RedirectAlone
                | PhraseKey::ObjectionFirst
                | PhraseKey::ObjectionFirstAlone
        )
    }

    /// The variant to use when no other window is open to send people to.
    pub fn alone(self) -> PhraseKey {
        match self {
            PhraseKey::Warning => PhraseKey::WarningAlone,
            PhraseKey::Redirect => PhraseKey::RedirectAlone,
            PhraseKey::Unscheduled => PhraseKey::UnscheduledAlone,
            PhraseKey::ObjectionFirst => PhraseKey::ObjectionFirstAlone,
            PhraseKey::ObjectionCancel => PhraseKey::ObjectionCancelAlone,
            PhraseKey::ObjectionQuick => PhraseKey::ObjectionQuickAlone,
            PhraseKey::ForgotWarning => PhraseKey::ForgotWarningAlone,
            other => other,
        }
    }
}

/// What fills a phrase's placeholders. Fields a phrase does not use are ignored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhraseArgs {
    /// `$window`: this window's number.
    pub window: u32,
    /// `$other`: the window to send people to, when one is open.
    pub other: Option<u32>,
    /// `$time`: when this window closes (HH:MM, hall time).
    pub time: String,
    /// `$back`: when it opens again (HH:MM).
    pub back: String,
    /// `$minutes`: minutes until the break, its length, or the delay (by phrase).
    pub minutes: i64,
    /// `$cutoff`: the last ticket served before the break.
    pub cutoff: String,
    /// `$ticket`: the ticket of the customer spoken to.
    pub ticket: String,
    /// `$reason`: an unscheduled break's reason code (goods-receipt, …).
    pub reason: String,
}

/// The situations the counter screen recognises, each with its speech modules.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Situation {
    Open,
    WarningDue,
    ClosingSoon { beyond_cutoff: bool },
    Pending,
    OnPlannedBreak,
    OnUnscheduledBreak,
    Overrun,
}

/// The phrases to offer in a situation, most urgent first; `alone` picks the
/// variants for when no other window can take the queue.
pub fn for_situation(s: Situation, alone: bool) -> Vec<PhraseKey> {
    use PhraseKey::*;
    let keys: Vec<PhraseKey> = match s {
        // With nobody to send them to and no break to name, there is nothing
        // scripted to say in an open window.
        Situation::Open if alone => vec![],
        Situation::Open => vec![ObjectionQuick],
        Situation::WarningDue => vec![Warning, ForgotWarning, ObjectionCancel],
        Situation::ClosingSoon { beyond_cutoff } => {
            let mut v = vec![ClosingLast];
            if beyond_cutoff {
                v.insert(0, Redirect);
            }
            v.extend([ObjectionFirst, ObjectionCancel, ObjectionQuick]);
            v
        }
        Situation::Pending => vec![ClosingLast, ObjectionFirst, ObjectionCancel],
        Situation::OnPlannedBreak => vec![ObjectionCancel, Return],
        Situation::OnUnscheduledBreak => vec![Unscheduled, ObjectionFirst, Return],
        Situation::Overrun => vec![Overrun, Return],
    };
    if alone {
        keys.into_iter().map(PhraseKey::alone).collect()
    } else {
        keys
    }
}

#[derive(Debug, Error)]
pub enum PhraseError {
    #[error(transparent)]
    Text(#[from] crate::textfile::ReadError),
    #[error("{file}:{line}:{col}: {message}")]
    Syntax {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
}

/// The embedded Fluent source of the shipped phrases.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../assets/phrases/en.ftl"),
        Lang::Hu => include_str!("../../assets/phrases/hu.ftl"),
        Lang::Ru => include_str!("../../assets/phrases/ru.ftl"),
        Lang::Uk => include_str!("../../assets/phrases/uk.ftl"),
    }
}

/// All phrases in all four languages, ready to be said.
pub struct Phrasebook {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    /// The shipped phrases alone: titles a hall's override left out come from here.
    shipped: Option<Box<Phrasebook>>,
}

fn new_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    crate::i18n::add_functions(&mut bundle, lang);
    bundle
}

fn line_col(src: &str, offset: usize) -> (usize, usize) {
    crate::tomlfile::line_col(src, offset)
}

/// Parses one Fluent file, naming the place of the first error.
fn parse(src: String, file: &str) -> Result<FluentResource, PhraseError> {
    FluentResource::try_new(src).map_err(|(res, errors)| {
        let pos = errors.first().map_or(0, |e| e.pos.start);
        let (line, col) = line_col(res.source(), pos);
        PhraseError::Syntax {
            file: file.to_string(),
            line,
            col,
            // Fluent's own words may span lines ("expected one of \n | \r\n").
            message: errors
                .first()
                .map(|e| crate::tomlfile::one_line(&e.kind.to_string()))
                .unwrap_or_else(|| "cannot parse".into()),
        }
    })
}

impl Phrasebook {
    /// The shipped phrases.
    pub fn embedded() -> Phrasebook {
        let mut bundles = BTreeMap::new();
        for lang in Lang::ALL {
            let mut bundle = new_bundle(lang);
            // Shipped files are checked by tests; a broken entry is skipped.
            let res = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(res);
            bundles.insert(lang, bundle);
        }
        Phrasebook {
            bundles,
            shipped: None,
        }
    }

    /// The shipped phrases with a hall's own `<dir>/<lang>.ftl` files laid over
    /// them: a message there replaces the shipped one of the same id.
    pub fn with_overrides(dir: &Path) -> Result<Phrasebook, PhraseError> {
        Phrasebook::overridden(dir, None)
    }

    /// The shipped phrases with one language's override given as text, as if
    /// read from `file`: what a hall's own file goes through.
    pub fn with_override_text(
        lang: Lang,
        src: &str,
        file: &str,
    ) -> Result<Phrasebook, PhraseError> {
        Phrasebook::overridden(Path::new(""), Some((lang, src, file)))
    }

    fn overridden(dir: &Path, text: Option<(Lang, &str, &str)>) -> Result<Phrasebook, PhraseError> {
        let mut book = Phrasebook::embedded();
        book.shipped = Some(Box::new(Phrasebook::embedded()));
        for lang in Lang::ALL {
            let path: PathBuf = dir.join(format!("{}.ftl", lang.code()));
            let mut file = path.display().to_string();
            let read = match text {
                Some((l, src, name)) if l == lang => {
                    file = name.to_string();
                    Ok(src.to_string())
                }
                Some(_) => continue,
                None => crate::textfile::read(&path, &file),
            };
            let src = match read {
                Ok(s) => s,
                Err(crate::textfile::ReadError::Io { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound =>
                {
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            let res = parse(src, &file)?;
            if let Some(bundle) = book.bundles.get_mut(&lang) {
                bundle.add_resource_overriding(res);
            }
        }
        Ok(book)
    }

    fn format(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: &PhraseArgs,
    ) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let msg = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::new();
        fargs.set("window", FluentValue::from(i64::from(args.window)));
        if let Some(o) = args.other {
            fargs.set("other", FluentValue::from(i64::from(o)));
        }
        fargs.set("time", FluentValue::from(args.time.as_str()));
        fargs.set("back", FluentValue::from(args.back.as_str()));
        fargs.set("minutes", FluentValue::from(args.minutes));
        fargs.set("cutoff", FluentValue::from(args.cutoff.as_str()));
        fargs.set("ticket", FluentValue::from(args.ticket.as_str()));
        fargs.set("reason", FluentValue::from(args.reason.as_str()));
        let mut errors = vec![];
        // A hall's own file may hold anything; the screen gets no control
        // character from it (line breaks stay).
        Some(crate::text::without_controls(&bundle.format_pattern(
            pattern,
            Some(&fargs),
            &mut errors,
        )))
    }

    /// The words to say, in the customer's language; English if a hall's own file
    /// lacks the message. With no other window to name, the `-alone` variant is
    /// said, never a sentence with a hole in it.
    pub fn say(&self, lang: Lang, key: PhraseKey, args: &PhraseArgs) -> String {
        let key = if args.other.is_none() {
            key.alone()
        } else {
            key
        };
        let id = key.message_id();
        self.format(lang, &id, None, args)
            .or_else(|| self.format(Lang::En, &id, None, args))
            .unwrap_or(id)
    }

    /// The phrase's short label for the cashier's panel, in the interface language.
    pub fn title(&self, lang: Lang, key: PhraseKey) -> String {
        let id = key.message_id();
        let args = PhraseArgs::default();
        self.format(lang, &id, Some("title"), &args)
            .or_else(|| {
                self.shipped
                    .as_ref()
                    .and_then(|s| s.format(lang, &id, Some("title"), &args))
            })
            .or_else(|| self.format(Lang::En, &id, Some("title"), &args))
            .unwrap_or(id)
    }
}
