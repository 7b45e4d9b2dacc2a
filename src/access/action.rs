//! The permission table: every action a person or a screen can take in the
//! hall, by the words of its command, and the roles that may take it.

use super::Role;
use crate::domain::{Command, WindowId};

/// Where a role may take an action.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// At any window, or an action of the whole hall.
    Anywhere,
    /// Only at the acting user's own window.
    OwnWindow,
}

/// Everything a person or a screen can do to or see of the hall.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    // Screens.
    Overview,
    Counter,
    Planner,
    Board,
    Kiosk,
    Survey,
    // Reading the hall.
    Status,
    Log,
    BreakList,
    PlanPrint,
    NoticePrint,
    Simulate,
    // Tickets.
    TicketIssue,
    TicketCall,
    TicketRecall,
    TicketServe,
    TicketNoShow,
    TicketTransfer,
    TicketCancel,
    // Windows.
    WindowOpen,
    WindowClose,
    // Breaks.
    BreakPlan,
    BreakChange,
    BreakCancel,
    BreakPublish,
    BreakWarn,
    BreakStart,
    BreakEnd,
    BreakRequest,
    BreakApprove,
    BreakPostpone,
    BreakDecline,
    /// Letting a command through although it breaks a policy.
    Override,
    // At the counter.
    SayPhrase,
    FollowPlaybook,
    FeedbackAtCounter,
    // The quality record and the figures.
    Complaints,
    PersonalData,
    Report,
    NoticeIssue,
    // Training.
    Train,
    Replay,
    // Looking after the hall's data.
    DemoReset,
    StoreCheck,
    StoreBackup,
    StoreRestore,
}

impl Action {
    pub const ALL: [Action; 46] = [
        Action::Overview,
        Action::Counter,
        Action::Planner,
        Action::Board,
        Action::Kiosk,
        Action::Survey,
        Action::Status,
        Action::Log,
        Action::BreakList,
        Action::PlanPrint,
        Action::NoticePrint,
        Action::Simulate,
        Action::TicketIssue,
        Action::TicketCall,
        Action::TicketRecall,
        Action::TicketServe,
        Action::TicketNoShow,
        Action::TicketTransfer,
        Action::TicketCancel,
        Action::WindowOpen,
        Action::WindowClose,
        Action::BreakPlan,
        Action::BreakChange,
        Action::BreakCancel,
        Action::BreakPublish,
        Action::BreakWarn,
        Action::BreakStart,
        Action::BreakEnd,
        Action::BreakRequest,
        Action::BreakApprove,
        Action::BreakPostpone,
        Action::BreakDecline,
        Action::Override,
        Action::SayPhrase,
        Action::FollowPlaybook,
        Action::FeedbackAtCounter,
        Action::Complaints,
        Action::PersonalData,
        Action::Report,
        Action::NoticeIssue,
        Action::Train,
        Action::Replay,
        Action::DemoReset,
        Action::StoreCheck,
        Action::StoreBackup,
        Action::StoreRestore,
    ];

    /// The action as a person types it: the command's own words, the same in
    /// every language, so a refusal names exactly what was refused.
    pub fn name(self) -> &'static str {
        match self {
            Action::Overview => "overview",
            Action::Counter => "counter",
            Action::Planner => "plan",
            Action::Board => "board",
            Action::Kiosk => "kiosk",
            Action::Survey => "survey",
            Action::Status => "status",
            Action::Log => "log",
            Action::BreakList => "break list",
            Action::PlanPrint => "plan --print",
            Action::NoticePrint => "notice --dry-run",
            Action::Simulate => "simulate",
            Action::TicketIssue => "ticket issue",
            Action::TicketCall => "ticket call",
            Action::TicketRecall => "ticket recall",
            Action::TicketServe => "ticket serve",
            Action::TicketNoShow => "ticket no-show",
            Action::TicketTransfer => "ticket transfer",
            Action::TicketCancel => "ticket cancel",
            Action::WindowOpen => "window open",
            Action::WindowClose => "window close",
            Action::BreakPlan => "break plan",
            Action::BreakChange => "break change",
            Action::BreakCancel => "break cancel",
            Action::BreakPublish => "break publish",
            Action::BreakWarn => "break warn",
            Action::BreakStart => "break start",
            Action::BreakEnd => "break end",
            Action::BreakRequest => "break request",
            Action::BreakApprove => "break approve",
            Action::BreakPostpone => "break postpone",
            Action::BreakDecline => "break decline",
            Action::Override => "--override",
            Action::SayPhrase => "phrase",
            Action::FollowPlaybook => "playbook",
            Action::FeedbackAtCounter => "feedback at the counter",
            Action::Complaints => "feedback",
            Action::PersonalData => "feedback contacts",
            Action::Report => "report",
            Action::NoticeIssue => "notice",
            Action::Train => "train",
            Action::Replay => "replay",
            Action::DemoReset => "demo reset",
            Action::StoreCheck => "store check",
            Action::StoreBackup => "store backup",
            Action::StoreRestore => "store restore",
        }
    }
}

use Role::{Board, Cashier, Kiosk, Supervisor, Survey, Trainer};
use Scope::{Anywhere, OwnWindow};

/// The permission table: which roles may take an action, and where.
pub fn grants(action: Action) -> &'static [(Role, Scope)] {
    match action {
        // What the staff look at; the board, kiosk and survey accounts see
        // only their own screen.
        Action::Overview | Action::Counter => &[(Cashier, Anywhere), (Supervisor, Anywhere)],
        Action::Status | Action::BreakList => &[
            (Cashier, Anywhere),
            (Supervisor, Anywhere),
            (Trainer, Anywhere),
        ],
        Action::NoticePrint => &[(Cashier, Anywhere), (Supervisor, Anywhere)],
        Action::Board => &[(Board, Anywhere), (Supervisor, Anywhere)],
        Action::Kiosk => &[(Kiosk, Anywhere), (Supervisor, Anywhere)],
        Action::Survey => &[(Survey, Anywhere), (Supervisor, Anywhere)],
        // The audit trail, the plans and the figures are the supervisor's.
        Action::Log
        | Action::Planner
        | Action::PlanPrint
        | Action::Simulate
        | Action::BreakPlan
        | Action::BreakChange
        | Action::BreakCancel
        | Action::BreakPublish
        | Action::BreakApprove
        | Action::BreakPostpone
        | Action::BreakDecline
        | Action::Override
        | Action::Complaints
        | Action::PersonalData
        | Action::Report
        | Action::NoticeIssue
        | Action::DemoReset
        | Action::StoreCheck
        | Action::StoreBackup
        | Action::StoreRestore => &[(Supervisor, Anywhere)],
        // A ticket is taken at the kiosk, or given by staff to a customer
        // without one; a waiting one is cancelled by staff.
        Action::TicketIssue => &[
            (Kiosk, Anywhere),
            (Cashier, Anywhere),
            (Supervisor, Anywhere),
        ],
        Action::TicketCancel => &[(Cashier, Anywhere), (Supervisor, Anywhere)],
        // The cashier's own window: its customers, its warnings, its breaks
        // within the policy (an override is the supervisor's).
        Action::TicketCall
        | Action::TicketRecall
        | Action::TicketServe
        | Action::TicketNoShow
        | Action::TicketTransfer
        | Action::BreakWarn
        | Action::BreakStart
        | Action::BreakEnd
        | Action::BreakRequest
        | Action::SayPhrase
        | Action::FollowPlaybook
        | Action::FeedbackAtCounter => &[(Cashier, OwnWindow)],
        // Staffing: the cashier signs in at their own window, the supervisor
        // at any.
        Action::WindowOpen | Action::WindowClose => &[(Cashier, OwnWindow), (Supervisor, Anywhere)],
        Action::Train | Action::Replay => &[(Trainer, Anywhere)],
    }
}

/// The action a domain command is, and the window it acts at.
pub fn action_of(cmd: &Command) -> (Action, Option<WindowId>) {
    match cmd {
        Command::OpenWindow { window, .. } => (Action::WindowOpen, Some(*window)),
        Command::CloseWindow { window } => (Action::WindowClose, Some(*window)),
        Command::IssueTicket { .. } => (Action::TicketIssue, None),
        Command::CallNext { window } => (Action::TicketCall, Some(*window)),
        Command::Recall { window } => (Action::TicketRecall, Some(*window)),
        Command::Serve { window } => (Action::TicketServe, Some(*window)),
        Command::NoShow { window } => (Action::TicketNoShow, Some(*window)),
        Command::Transfer { window, .. } => (Action::TicketTransfer, Some(*window)),
        Command::CancelTicket { .. } => (Action::TicketCancel, None),
        Command::PlanBreak { .. } => (Action::BreakPlan, None),
        Command::CancelBreak { .. } => (Action::BreakCancel, None),
        Command::ChangeBreak { .. } => (Action::BreakChange, None),
        Command::PublishBreaks { .. } => (Action::BreakPublish, None),
        Command::WarnBreak { window } => (Action::BreakWarn, Some(*window)),
        Command::StartBreak { window, .. } => (Action::BreakStart, Some(*window)),
        Command::EndBreak { window } => (Action::BreakEnd, Some(*window)),
        Command::RequestBreak { window, .. } => (Action::BreakRequest, Some(*window)),
        Command::AnswerRequest { answer, .. } => (
            match answer {
                crate::domain::Reply::Approve => Action::BreakApprove,
                crate::domain::Reply::Postpone { .. } => Action::BreakPostpone,
                crate::domain::Reply::Decline => Action::BreakDecline,
            },
            None,
        ),
        Command::SayPhrase { window, .. } => (Action::SayPhrase, Some(*window)),
        Command::IssueNotice { .. } => (Action::NoticeIssue, None),
        Command::FollowPlaybook { window, .. } => (Action::FollowPlaybook, Some(*window)),
        // Part of what the kiosk's screen does.
        Command::ReportPrinter { .. } => (Action::Kiosk, None),
    }
}
