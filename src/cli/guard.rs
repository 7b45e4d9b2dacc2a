//! Who may run a command: the hall's `[access]` rules checked for the
//! operating-system user running it, before anything is written. A refusal is
//! one line naming the action, the user and the role it takes (exit 1).

use super::args::{BreakCmd, Cli, Cmd};
use super::failure::Failure;
use super::input::translator;
use crate::access::{Action, Identity, Rules};
use crate::domain::{Command, Hall, State, WindowId};
use crate::i18n::Tr;
use crate::setup::{Opened, Places};
use crate::views::access::denied;

/// Checks an action of the whole hall, or of one window, for the hall opened.
pub fn require(
    opened: &Opened,
    tr: &Tr,
    action: Action,
    window: Option<WindowId>,
) -> Result<(), Failure> {
    let hall = opened.log.hall();
    opened
        .config
        .access
        .check(&opened.identity, action, window, hall, opened.log.state())
        .map_err(|d| Failure::Refused(denied(tr, &d)))
}

/// Checks a domain command (and the override that comes with it, if any).
pub fn require_command(
    opened: &Opened,
    tr: &Tr,
    cmd: &Command,
    overriding: bool,
) -> Result<(), Failure> {
    let rules = &opened.config.access;
    let (hall, state) = (opened.log.hall(), opened.log.state());
    rules
        .check_command(&opened.identity, cmd, hall, state)
        .map_err(|d| Failure::Refused(denied(tr, &d)))?;
    if overriding {
        require(opened, tr, Action::Override, None)?;
    }
    Ok(())
}

/// Checks an action for a command that does not open the hall's log (store,
/// train, replay): the rules come from the config in use, or the demo's.
pub fn require_here(cli: &Cli, action: Action) -> Result<(), Failure> {
    let places = Places::resolve(&cli.global.choice())?;
    let rules: Rules = match &places.config {
        Some(path) => {
            crate::config::load(path)
                .map_err(|e| Failure::Bad(e.to_string()))?
                .access
        }
        None => Rules::Open,
    };
    if rules.is_open() {
        return Ok(());
    }
    let who: Identity = crate::whoami::current();
    let tr = translator(cli, None);
    rules
        .check(&who, action, None, &Hall::sample(), &State::new())
        .map_err(|d| Failure::Refused(denied(&tr, &d)))
}

/// The action a command that reads or shows the hall is, for the check made
/// before it runs; `None` for those checked command by command (the domain's
/// commands, at `Desk::exec`) or not about the hall at all.
pub fn action_of(command: &Cmd) -> Option<Action> {
    Some(match command {
        Cmd::Status { .. } => Action::Status,
        Cmd::Log { .. } => Action::Log,
        Cmd::Plan { print: true, .. } => Action::PlanPrint,
        Cmd::Plan { print: false, .. } => Action::Planner,
        Cmd::Break(BreakCmd::List { .. }) => Action::BreakList,
        Cmd::Board => Action::Board,
        // The hall's voice speaks what the board shows.
        Cmd::Announce => Action::Board,
        Cmd::Kiosk => Action::Kiosk,
        Cmd::Counter { .. } => Action::Counter,
        Cmd::Simulate(_) => Action::Simulate,
        Cmd::Notice { dry_run: true, .. } => Action::NoticePrint,
        Cmd::Notice { dry_run: false, .. } => Action::NoticeIssue,
        Cmd::Train(_) => Action::Train,
        Cmd::Replay(_) => Action::Replay,
        Cmd::Store(s) => match s {
            super::store::StoreCmd::Check => Action::StoreCheck,
            super::store::StoreCmd::Backup { .. } => Action::StoreBackup,
            super::store::StoreCmd::Restore { .. } => Action::StoreRestore,
        },
        Cmd::Survey { .. } => Action::Survey,
        Cmd::Report(_) => Action::Report,
        Cmd::Feedback(args) => {
            use super::feedback::FeedbackCmd as F;
            match &args.cmd {
                // Names and contacts are shown or erased: personal data.
                Some(F::Show { .. } | F::Erase { .. }) => Action::PersonalData,
                Some(F::Rate { .. }) => Action::Survey,
                Some(F::Figures { .. }) => Action::Report,
                _ => Action::Complaints,
            }
        }
        _ => return None,
    })
}
