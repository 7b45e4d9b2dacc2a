//! Why a command was refused. Each refusal is either bad input (exit 2), a rule of
//! the hall (exit 1), or a policy a supervisor may override (exit 1, logged).

use super::types::{BreakId, Instant, RequestId, WindowId};
use thiserror::Error;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RefusalClass {
    BadInput,
    Rule,
    Policy,
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum Refusal {
    #[error("there is no window {0}")]
    UnknownWindow(WindowId),
    #[error("there is no service {0}")]
    UnknownService(String),
    #[error("there is no ticket {0} today")]
    UnknownTicket(String),
    #[error("there is no break {0}")]
    UnknownBreak(BreakId),
    #[error("there is no staff member {0}")]
    UnknownStaff(String),
    #[error("window {window} does not handle service {service}")]
    ServiceNotAtWindow { window: WindowId, service: String },
    #[error("a break must end after it starts")]
    BreakEndsBeforeStart,
    #[error("that break would already be over")]
    BreakInPast,

    #[error("window {0} is closed")]
    WindowClosed(WindowId),
    #[error("window {0} is already open")]
    WindowAlreadyOpen(WindowId),
    #[error("window {0} is on a break")]
    WindowOnBreak(WindowId),
    #[error("window {0} is waiting to go on a break and calls nobody")]
    WindowBreakPending(WindowId),
    #[error("window {window} is still serving {ticket}: finish that service first")]
    WindowBusy { window: WindowId, ticket: String },
    #[error(
        "window {window} is still serving {ticket}: finish that service first, or let the break start when it ends (--after-service)"
    )]
    BreakDuringService { window: WindowId, ticket: String },
    #[error("window {0} is not serving anyone")]
    NotServing(WindowId),
    #[error("nobody is waiting for window {0}")]
    QueueEmpty(WindowId),
    #[error("window {window} is closing and takes nobody after {cutoff:?}; {next} goes elsewhere")]
    CutoffReached {
        window: WindowId,
        /// `None`: no whole service fitted before the break when it began closing.
        cutoff: Option<String>,
        next: String,
    },
    #[error("ticket {0} is already finished")]
    TicketFinished(String),
    #[error("window {0} has no planned break coming up")]
    NoBreakDue(WindowId),
    #[error("the warning for window {window}'s break is due from {due}")]
    WarningNotDue { window: WindowId, due: Instant },
    #[error("the queue at window {0} has already been warned")]
    AlreadyWarned(WindowId),
    #[error("window {0} is not on a break")]
    NotOnBreak(WindowId),
    #[error("window {0} already has a break under way")]
    BreakUnderWay(WindowId),
    #[error("break {0} has already started")]
    BreakAlreadyStarted(BreakId),
    #[error(
        "window {window}'s next planned break is at {next}; an unscheduled break needs a reason"
    )]
    ReasonRequired { window: WindowId, next: Instant },
    #[error("an unscheduled break needs a reason")]
    ReasonMissing(WindowId),
    #[error("window {0} already has a break at that time")]
    BreakOverlaps(WindowId),
    #[error("the queue at window {window} has been told about break {brk}; it can no longer move")]
    BreakAnnounced { brk: BreakId, window: WindowId },

    #[error("there is no break request {0}")]
    UnknownRequest(RequestId),
    #[error("break request {0} has already been answered")]
    RequestAnswered(RequestId),
    #[error("window {0} has already asked for a break; the supervisor has not answered yet")]
    RequestPending(WindowId),
    #[error("window {0} must ask the supervisor for an unscheduled break (break request)")]
    NeedsApproval(WindowId),
    #[error("{waiting} waiting and nobody warned them about window {window}'s break")]
    NotWarned { window: WindowId, waiting: usize },
    #[error("window {window} promised to serve {tickets} before its break")]
    PromisedWaiting { window: WindowId, tickets: String },
    #[error("at most {max} windows may be on a break at the same time")]
    MaxConcurrentBreaks { max: u32 },
    #[error("service {service} must keep at least {min} window(s) open")]
    MinOpenWindows { service: String, min: u32 },
    #[error("a break may last at most {max} minutes, not {asked}")]
    BreakTooLong { max: i64, asked: i64 },
    #[error("a planned break lasts at least {min} minutes, not {asked}")]
    BreakTooShort { min: i64, asked: i64 },
    #[error("{waiting} waiting at window {window}; a break may start with at most {max}")]
    QueueTooLong {
        window: WindowId,
        waiting: usize,
        max: u32,
    },
}

impl Refusal {
    pub fn class(&self) -> RefusalClass {
        use Refusal::*;
        match self {
            UnknownWindow(_)
            | UnknownService(_)
            | UnknownTicket(_)
            | UnknownBreak(_)
            | UnknownStaff(_)
            | UnknownRequest(_)
            | ServiceNotAtWindow { .. }
            | BreakEndsBeforeStart
            | BreakInPast => RefusalClass::BadInput,
            NotWarned { .. }
            | PromisedWaiting { .. }
            | MaxConcurrentBreaks { .. }
            | MinOpenWindows { .. }
            | BreakTooLong { .. }
            | BreakTooShort { .. }
            | NeedsApproval(_)
            | QueueTooLong { .. } => RefusalClass::Policy,
            _ => RefusalClass::Rule,
        }
    }

    /// A stable name for the log and for translations.
    pub fn code(&self) -> &'static str {
        use Refusal::*;
        match self {
            UnknownWindow(_) => "unknown-window",
            UnknownService(_) => "unknown-service",
            UnknownTicket(_) => "unknown-ticket",
            UnknownBreak(_) => "unknown-break",
            UnknownStaff(_) => "unknown-staff",
            ServiceNotAtWindow { .. } => "service-not-at-window",
            BreakEndsBeforeStart => "break-ends-before-start",
            BreakInPast => "break-in-past",
            WindowClosed(_) => "window-closed",
            WindowAlreadyOpen(_) => "window-already-open",
            WindowOnBreak(_) => "window-on-break",
            WindowBreakPending(_) => "window-break-pending",
            WindowBusy { .. } => "window-busy",
            BreakDuringService { .. } => "break-during-service",
            NotServing(_) => "not-serving",
            QueueEmpty(_) => "queue-empty",
            CutoffReached { .. } => "cutoff-reached",
            TicketFinished(_) => "ticket-finished",
            NoBreakDue(_) => "no-break-due",
            WarningNotDue { .. } => "warning-not-due",
            AlreadyWarned(_) => "already-warned",
            NotOnBreak(_) => "not-on-break",
            BreakUnderWay(_) => "break-under-way",
            BreakAlreadyStarted(_) => "break-already-started",
            ReasonRequired { .. } => "reason-required",
            ReasonMissing(_) => "reason-missing",
            BreakOverlaps(_) => "break-overlaps",
            BreakAnnounced { .. } => "break-announced",
            NotWarned { .. } => "not-warned",
            PromisedWaiting { .. } => "promised-waiting",
            MaxConcurrentBreaks { .. } => "max-concurrent-breaks",
            MinOpenWindows { .. } => "min-open-windows",
            BreakTooLong { .. } => "break-too-long",
            BreakTooShort { .. } => "break-too-short",
            UnknownRequest(_) => "unknown-request",
            RequestAnswered(_) => "request-answered",
            RequestPending(_) => "request-pending",
            NeedsApproval(_) => "needs-approval",
            QueueTooLong { .. } => "queue-too-long",
        }
    }
}
