//! Events: the facts the log records. State is a fold of these and nothing else.

use super::quality::{AuditId, AuditMark, Channel, FeedbackId, FeedbackKind, Links};
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
    /// A training session began. The scenario is kept as its file read, so the
    /// session can be replayed and debriefed whatever becomes of the file.
    TrainingStarted {
        scenario: String,
        seed: u64,
        source: String,
    },
    /// Something a training scenario made happen: an incident, or a customer's
    /// words (the texts are the scenario's, under `cue`).
    TrainingCue {
        cue: String,
        kind: CueKind,
        /// The customer concerned, when the cue has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ticket: Option<TicketId>,
        /// How far a clock jump moved the clock, in minutes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<i64>,
    },
    /// A training session came to its end with this score.
    TrainingEnded {
        score: u32,
        max: u32,
    },
    /// A kiosk's ticket printer failed: its tickets are shown on its screen
    /// only (and stay valid) until the printer works again.
    PrinterFailed {
        kiosk: String,
        error: String,
    },
    /// The kiosk's ticket printer works again.
    PrinterRestored {
        kiosk: String,
    },
    /// A customer's complaint, compliment, suggestion or question. Who recorded
    /// it is the event's origin; a name or contact, if given, is kept beside
    /// the log (`contact` says there is one), never in it.
    FeedbackRecorded {
        entry: FeedbackId,
        kind: FeedbackKind,
        channel: Channel,
        category: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        words: String,
        /// When the customer gave it: a letter may reach the desk days later,
        /// and the hall's time limits run from here.
        received: Instant,
        #[serde(default)]
        links: Links,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        contact: bool,
    },
    /// The hall told the customer their feedback is being looked into.
    FeedbackAcknowledged {
        entry: FeedbackId,
    },
    /// Someone takes charge of an entry.
    FeedbackAssigned {
        entry: FeedbackId,
        to: String,
    },
    /// The answer given to the customer.
    FeedbackAnswered {
        entry: FeedbackId,
        answer: String,
    },
    FeedbackClosed {
        entry: FeedbackId,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// A closed entry is open again: the customer was not satisfied, or more
    /// came to light. A new answer is due.
    FeedbackReopened {
        entry: FeedbackId,
        why: String,
    },
    /// The customer's name and contact were erased from beside the log; the
    /// entry itself stays.
    ContactErased {
        entry: FeedbackId,
    },
    /// A customer rated their visit on the survey screen: 1 (very bad) to 5.
    CustomerRated {
        window: WindowId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ticket: Option<TicketId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        staff: Option<StaffId>,
        score: u8,
        /// The one reason the customer picked, a category code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        /// The language the customer answered in.
        lang: String,
    },
    /// A mystery shopper's visit, marked against a checklist.
    AuditRecorded {
        audit: AuditId,
        checklist: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        window: Option<WindowId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        staff: Option<StaffId>,
        visited: Instant,
        marks: Vec<AuditMark>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
}

/// What kind of thing a training scenario makes happen.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueKind {
    /// Goods arrive and must be received now.
    Delivery,
    /// The queue protests.
    Protest,
    /// A customer arrives after the window's cutoff.
    LateCustomer,
    /// The system clock jumps.
    ClockJump,
    /// A customer says something to the cashier.
    CustomerLine,
}

impl CueKind {
    pub const ALL: [CueKind; 5] = [
        CueKind::Delivery,
        CueKind::Protest,
        CueKind::LateCustomer,
        CueKind::ClockJump,
        CueKind::CustomerLine,
    ];

    /// The name scenario files and messages use.
    pub fn name(self) -> &'static str {
        match self {
            CueKind::Delivery => "delivery",
            CueKind::Protest => "protest",
            CueKind::LateCustomer => "late-customer",
            CueKind::ClockJump => "clock-jump",
            CueKind::CustomerLine => "customer-line",
        }
    }

    pub fn parse(name: &str) -> Option<CueKind> {
        CueKind::ALL.into_iter().find(|k| k.name() == name)
    }
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
            Event::TrainingStarted { .. } => "training_started",
            Event::TrainingCue { .. } => "training_cue",
            Event::TrainingEnded { .. } => "training_ended",
            Event::PrinterFailed { .. } => "printer_failed",
            Event::PrinterRestored { .. } => "printer_restored",
            Event::FeedbackRecorded { .. } => "feedback_recorded",
            Event::FeedbackAcknowledged { .. } => "feedback_acknowledged",
            Event::FeedbackAssigned { .. } => "feedback_assigned",
            Event::FeedbackAnswered { .. } => "feedback_answered",
            Event::FeedbackClosed { .. } => "feedback_closed",
            Event::FeedbackReopened { .. } => "feedback_reopened",
            Event::ContactErased { .. } => "contact_erased",
            Event::CustomerRated { .. } => "customer_rated",
            Event::AuditRecorded { .. } => "audit_recorded",
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

/// An event as the log holds it: its position, when it happened, which terminal
/// wrote it (`origin`, a place) and who was acting there (`user`, the
/// operating-system user; none in logs from before identities were recorded).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recorded {
    pub seq: u64,
    pub at: Instant,
    pub origin: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub event: Event,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{State, TicketId};
    use chrono::{TimeZone, Utc};

    #[test]
    fn training_marks_keep_their_stored_names() {
        let cue = Event::TrainingCue {
            cue: "late".into(),
            kind: CueKind::LateCustomer,
            ticket: Some(TicketId(4)),
            minutes: None,
        };
        let json = serde_json::to_string(&cue).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"type":"training_cue","cue":"late","kind":"late-customer","ticket":4}"#
        );
        assert_eq!(serde_json::from_str::<Event>(&json).ok(), Some(cue));
        for k in CueKind::ALL {
            assert_eq!(CueKind::parse(k.name()), Some(k));
        }
        assert_eq!(CueKind::parse("Delivery"), None);
    }

    #[test]
    fn training_marks_change_nothing_in_the_hall() {
        let at = Utc
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .unwrap_or_default();
        let mut state = State::new();
        for e in [
            Event::TrainingStarted {
                scenario: "s".into(),
                seed: 1,
                source: String::new(),
            },
            Event::TrainingCue {
                cue: "c".into(),
                kind: CueKind::ClockJump,
                ticket: None,
                minutes: Some(12),
            },
            Event::TrainingEnded { score: 1, max: 2 },
        ] {
            state.apply(at, &e);
        }
        assert_eq!(state, State::new());
    }
}
