//! Events: the facts the log records. State is a fold of these and nothing else.

use super::types::{
    BreakId, BreakKind, BreakReason, Instant, RequestId, ServiceCode, StaffId, TicketId, WindowId,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One fact, as decided by a command. Field names are the stored format: rename
/// nothing without a migration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    WindowOpened {
        window: WindowId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        staff: Option<StaffId>,
    },
    WindowClosed {
        window: WindowId,
    },
    TicketIssued {
        ticket: TicketId,
        service: ServiceCode,
        number: u32,
        /// The business day in the hall's time zone; numbers restart with it.
        day: NaiveDate,
        /// Set when the ticket waits in front of one window (per-window queues).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        window: Option<WindowId>,
    },
    TicketCalled {
        ticket: TicketId,
        window: WindowId,
    },
    TicketRecalled {
        ticket: TicketId,
        window: WindowId,
    },
    TicketServed {
        ticket: TicketId,
        window: WindowId,
    },
    TicketNoShow {
        ticket: TicketId,
        window: WindowId,
    },
    /// The ticket goes back to waiting, at the head of the target's queue: the
    /// customer has already waited once.
    TicketTransferred {
        ticket: TicketId,
        from: WindowId,
        service: ServiceCode,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        window: Option<WindowId>,
    },
    TicketCancelled {
        ticket: TicketId,
    },
    /// Tickets still waiting from an earlier business day: the hall closed on them,
    /// and a new day's numbers must not meet them in the queue.
    TicketsExpired {
        tickets: Vec<TicketId>,
    },
    BreakPlanned {
        brk: BreakId,
        window: WindowId,
        kind: BreakKind,
        start: Instant,
        end: Instant,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        staff: Option<StaffId>,
    },
    BreakCancelled {
        brk: BreakId,
    },
    /// A break not yet begun was moved, resized or given to someone else. When it
    /// had been published, customers see the new times.
    BreakChanged {
        brk: BreakId,
        start: Instant,
        end: Instant,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        staff: Option<StaffId>,
    },
    BreaksPublished {
        breaks: Vec<BreakId>,
    },
    WarningGiven {
        brk: BreakId,
        waiting: u32,
    },
    /// The window announces it will close; it still serves up to the cutoff.
    ClosingStarted {
        brk: BreakId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cutoff: Option<TicketId>,
    },
    /// A customer who arrived while the window was closing still fits before the break.
    CutoffExtended {
        brk: BreakId,
        cutoff: TicketId,
    },
    /// The break was asked for during a service; it starts when that service ends.
    BreakPending {
        brk: BreakId,
        /// A supervisor let it leave promised customers to wait.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        waived: bool,
    },
    /// The service ended, but customers this window promised to serve would be
    /// left with no window: it goes on serving them, and the break waits.
    BreakDeferred {
        brk: BreakId,
    },
    BreakStarted {
        brk: BreakId,
    },
    BreakEnded {
        brk: BreakId,
    },
    /// A cashier asked the supervisor for an unscheduled break.
    BreakRequested {
        request: RequestId,
        window: WindowId,
        reason: BreakReason,
        minutes: u32,
    },
    /// The supervisor answered a break request; an approved break follows in
    /// the same decision.
    BreakRequestAnswered {
        request: RequestId,
        answer: Answer,
    },
    /// A scripted phrase said at a window, for the break's record and for training.
    PhraseSaid {
        window: WindowId,
        phrase: String,
        lang: String,
    },
    /// A step of a playbook a cashier followed, with the answer they chose.
    PlaybookFollowed {
        window: WindowId,
        playbook: String,
        step: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answer: Option<String>,
    },
    /// The day's break notice was printed for the glass and the desk, showing
    /// these breaks at these times: from now on the board can tell when the
    /// published plan no longer matches what the glass says.
    NoticeIssued {
        day: NaiveDate,
        breaks: Vec<NoticedBreak>,
    },
    /// A supervisor let a command through although it broke a policy.
    PolicyOverridden {
        rule: String,
        by: String,
        reason: String,
    },
}

impl Event {
    /// A stable short name, used by the log view and the store's index column.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::WindowOpened { .. } => "window_opened",
            Event::WindowClosed { .. } => "window_closed",
            Event::TicketIssued { .. } => "ticket_issued",
            Event::TicketCalled { .. } => "ticket_called",
            Event::TicketRecalled { .. } => "ticket_recalled",
            Event::TicketServed { .. } => "ticket_served",
            Event::TicketNoShow { .. } => "ticket_no_show",
            Event::TicketTransferred { .. } => "ticket_transferred",
            Event::TicketCancelled { .. } => "ticket_cancelled",
            Event::TicketsExpired { .. } => "tickets_expired",
            Event::BreakPlanned { .. } => "break_planned",
            Event::BreakCancelled { .. } => "break_cancelled",
            Event::BreakChanged { .. } => "break_changed",
            Event::BreaksPublished { .. } => "breaks_published",
            Event::WarningGiven { .. } => "warning_given",
            Event::ClosingStarted { .. } => "closing_started",
            Event::CutoffExtended { .. } => "cutoff_extended",
            Event::BreakPending { .. } => "break_pending",
            Event::BreakDeferred { .. } => "break_deferred",
            Event::BreakStarted { .. } => "break_started",
            Event::BreakEnded { .. } => "break_ended",
            Event::PolicyOverridden { .. } => "policy_overridden",
            Event::BreakRequested { .. } => "break_requested",
            Event::BreakRequestAnswered { .. } => "break_request_answered",
            Event::PhraseSaid { .. } => "phrase_said",
            Event::PlaybookFollowed { .. } => "playbook_followed",
            Event::NoticeIssued { .. } => "notice_issued",
        }
    }
}

/// One break as a printed notice showed it to customers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticedBreak {
    pub brk: BreakId,
    pub window: WindowId,
    pub start: Instant,
    pub end: Instant,
}

/// What the supervisor said to a break request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Answer {
    Approved,
    /// Not now: the request stands and comes up again at `until`.
    Postponed {
        until: Instant,
    },
    Declined,
}

/// An event as the log holds it: its position, when it happened and which terminal
/// wrote it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recorded {
    pub seq: u64,
    pub at: Instant,
    pub origin: String,
    pub event: Event,
}
