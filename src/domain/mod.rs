//! The pure rules of a service hall: windows, tickets, queues and breaks. Commands
//! are checked against the state and yield events; the state is a fold of events.
//! Nothing here reads a clock, a file or a terminal: `now` is always passed in.

pub mod command;
pub mod cutoff;
pub mod event;
pub mod hall;
pub mod notice;
pub mod quality;
pub mod refusal;
pub mod state;
pub mod types;

pub use command::{Command, Override, Reply, TransferTo, away_at, cutoff_preview, decide, peaks};
pub use event::{Answer, CueKind, Event, NoticedBreak, Recorded};
pub use hall::{
    ArrivalRate, Entitlement, Forecasting, Hall, OpeningHours, Policy, QueueMode, Service,
    ServiceTime, Staff, WindowSpec,
};
pub use quality::{
    AuditId, AuditMark, Channel, Contact, FeedbackId, FeedbackKind, Links, Mark, audit_score,
};
pub use refusal::{Refusal, RefusalClass};
pub use state::{
    Break, BreakPhase, BreakRequest, PrinterFault, RequestStatus, State, Ticket, TicketStatus,
    WindowPhase,
};
pub use types::*;

#[cfg(test)]
mod tests;
