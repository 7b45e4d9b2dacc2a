//! Commands on the quality record: checked against the hall, its rules, the
//! live state and the book, they yield the events to record (and, for a new
//! entry with a contact, what to keep beside the log), or why they were
//! refused. Nothing is recorded on a refusal.

use super::book::Book;
use super::rules::Rules;
use crate::domain::{
    AuditMark, Channel, Contact, Event, FeedbackId, FeedbackKind, Hall, Instant, Links, StaffId,
    State, TicketId, WindowId,
};
use crate::text::clean;
use thiserror::Error;

/// The longest text kept from a customer or a supervisor: a page of a letter.
pub const TEXT_MAX: usize = 2000;

#[derive(Clone, Debug, PartialEq)]
pub enum FeedbackCommand {
    Record {
        kind: FeedbackKind,
        channel: Channel,
        category: String,
        words: String,
        /// When the customer gave it; now when not said.
        received: Option<Instant>,
        links: Links,
        contact: Option<Contact>,
    },
    Acknowledge {
        entry: FeedbackId,
    },
    Assign {
        entry: FeedbackId,
        to: String,
    },
    Answer {
        entry: FeedbackId,
        answer: String,
    },
    Close {
        entry: FeedbackId,
        note: String,
    },
    Reopen {
        entry: FeedbackId,
        why: String,
    },
    /// Drop the person, keep the entry.
    Erase {
        entry: FeedbackId,
    },
    /// A customer's rating on the survey screen.
    Rate {
        window: WindowId,
        ticket: Option<TicketId>,
        score: u8,
        reason: Option<String>,
        lang: String,
    },
    /// A mystery shopper's visit against a checklist.
    Audit {
        checklist: String,
        window: Option<WindowId>,
        staff: Option<StaffId>,
        visited: Option<Instant>,
        marks: Vec<AuditMark>,
        note: String,
    },
}

/// What a command yields: the events, and for a new entry the contact to
/// keep beside the log or, for an erasure, the entry whose contact goes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decided {
    pub events: Vec<Event>,
    pub keep: Option<(FeedbackId, Contact)>,
    pub erase: Option<FeedbackId>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RefusalClass {
    /// Something named that does not exist, or text that cannot be taken (exit 2).
    BadInput,
    /// The entry is not in a state for this step (exit 1).
    Rule,
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum FeedbackRefusal {
    #[error("there is no feedback entry {0}")]
    UnknownEntry(FeedbackId),
    #[error("there is no ticket {0}")]
    UnknownTicket(String),
    #[error("there is no window {0}")]
    UnknownWindow(WindowId),
    #[error("there is no staff member {0}")]
    UnknownStaff(String),
    #[error("there is no service {0}")]
    UnknownService(String),
    #[error("there is no break {0}")]
    UnknownBreak(u64),
    #[error("there is no category {0}")]
    UnknownCategory(String),
    #[error("{0} must not be empty")]
    Empty(&'static str),
    #[error("{what} is longer than {max} characters")]
    TooLong { what: &'static str, max: usize },
    #[error("a rating is 1 to 5, not {0}")]
    BadScore(u8),
    #[error("that is in the future")]
    InFuture,
    #[error("an audit needs at least one item marked")]
    NoMarks,
    #[error("entry {0} is already acknowledged")]
    AlreadyAcknowledged(FeedbackId),
    #[error("entry {0} is closed")]
    Closed(FeedbackId),
    #[error("entry {0} is not closed")]
    NotClosed(FeedbackId),
    #[error("entry {0} has no name or contact to erase")]
    NoContact(FeedbackId),
}

impl FeedbackRefusal {
    pub fn class(&self) -> RefusalClass {
        use FeedbackRefusal::*;
        match self {
            AlreadyAcknowledged(_) | Closed(_) | NotClosed(_) | NoContact(_) => RefusalClass::Rule,
            _ => RefusalClass::BadInput,
        }
    }

    /// A stable name for the messages.
    pub fn code(&self) -> &'static str {
        use FeedbackRefusal::*;
        match self {
            UnknownEntry(_) => "unknown-entry",
            UnknownTicket(_) => "unknown-ticket",
            UnknownWindow(_) => "unknown-window",
            UnknownStaff(_) => "unknown-staff",
            UnknownService(_) => "unknown-service",
            UnknownBreak(_) => "unknown-break",
            UnknownCategory(_) => "unknown-category",
            Empty(_) => "empty",
            TooLong { .. } => "too-long",
            BadScore(_) => "bad-score",
            InFuture => "in-future",
            NoMarks => "no-marks",
            AlreadyAcknowledged(_) => "already-acknowledged",
            Closed(_) => "closed",
            NotClosed(_) => "not-closed",
            NoContact(_) => "no-contact",
        }
    }
}

/// Text from a person, cleaned of control characters and held to a length.
fn text(raw: &str, what: &'static str, required: bool) -> Result<String, FeedbackRefusal> {
    let t = clean(raw);
    if required && t.is_empty() {
        return Err(FeedbackRefusal::Empty(what));
    }
    if t.chars().count() > TEXT_MAX {
        return Err(FeedbackRefusal::TooLong {
            what,
            max: TEXT_MAX,
        });
    }
    Ok(t)
}

fn optional(raw: &Option<String>, what: &'static str) -> Result<Option<String>, FeedbackRefusal> {
    Ok(match raw {
        Some(r) => Some(text(r, what, false)?).filter(|t| !t.is_empty()),
        None => None,
    })
}

/// Checks a command and returns what it yields, or why it was refused.
pub fn decide(
    hall: &Hall,
    rules: &Rules,
    state: &State,
    book: &Book,
    cmd: &FeedbackCommand,
    now: Instant,
) -> Result<Decided, FeedbackRefusal> {
    use FeedbackCommand as C;
    let open_entry = |id: FeedbackId| {
        let e = book
            .entries
            .get(&id)
            .ok_or(FeedbackRefusal::UnknownEntry(id))?;
        if e.is_open() {
            Ok(e)
        } else {
            Err(FeedbackRefusal::Closed(id))
        }
    };
    let only = |event| Decided {
        events: vec![event],
        ..Decided::default()
    };
    match cmd {
        C::Record {
            kind,
            channel,
            category,
            words,
            received,
            links,
            contact,
        } => {
            let category = category.trim().to_ascii_lowercase();
            if !rules.knows(&category) {
                return Err(FeedbackRefusal::UnknownCategory(clean(&category)));
            }
            let mut links = check_links(hall, links)?;
            // Said at the window: it is about whoever sits there now.
            if *channel == Channel::Counter
                && links.staff.is_none()
                && let Some(w) = links.window
            {
                links.staff = state.window(w).staff;
            }
            let received = received.unwrap_or(now);
            if received > now {
                return Err(FeedbackRefusal::InFuture);
            }
            let words = text(words, "words", false)?;
            let contact = match contact {
                Some(c) => Some(Contact {
                    name: optional(&c.name, "name")?,
                    reach: optional(&c.reach, "contact")?,
                })
                .filter(|c| !c.is_empty()),
                None => None,
            };
            let entry = book.next_entry();
            Ok(Decided {
                events: vec![Event::FeedbackRecorded {
                    entry,
                    kind: *kind,
                    channel: *channel,
                    category,
                    words,
                    received,
                    links,
                    contact: contact.is_some(),
                }],
                keep: contact.map(|c| (entry, c)),
                erase: None,
            })
        }
        C::Acknowledge { entry } => {
            let e = open_entry(*entry)?;
            if e.acknowledged.is_some() {
                return Err(FeedbackRefusal::AlreadyAcknowledged(*entry));
            }
            Ok(only(Event::FeedbackAcknowledged { entry: *entry }))
        }
        C::Assign { entry, to } => {
            open_entry(*entry)?;
            Ok(only(Event::FeedbackAssigned {
                entry: *entry,
                to: text(to, "to", true)?,
            }))
        }
        C::Answer { entry, answer } => {
            open_entry(*entry)?;
            Ok(only(Event::FeedbackAnswered {
                entry: *entry,
                answer: text(answer, "answer", true)?,
            }))
        }
        C::Close { entry, note } => {
            open_entry(*entry)?;
            Ok(only(Event::FeedbackClosed {
                entry: *entry,
                note: text(note, "note", false)?,
            }))
        }
        C::Reopen { entry, why } => {
            let e = book
                .entries
                .get(entry)
                .ok_or(FeedbackRefusal::UnknownEntry(*entry))?;
            if e.is_open() {
                return Err(FeedbackRefusal::NotClosed(*entry));
            }
            Ok(only(Event::FeedbackReopened {
                entry: *entry,
                why: text(why, "why", true)?,
            }))
        }
        C::Erase { entry } => {
            let e = book
                .entries
                .get(entry)
                .ok_or(FeedbackRefusal::UnknownEntry(*entry))?;
            if !e.contact {
                return Err(FeedbackRefusal::NoContact(*entry));
            }
            Ok(Decided {
                events: vec![Event::ContactErased { entry: *entry }],
                keep: None,
                erase: Some(*entry),
            })
        }
        C::Rate {
            window,
            ticket,
            score,
            reason,
            lang,
        } => {
            if !(1..=5).contains(score) {
                return Err(FeedbackRefusal::BadScore(*score));
            }
            if hall.window(*window).is_none() {
                return Err(FeedbackRefusal::UnknownWindow(*window));
            }
            if let Some(r) = reason
                && !rules.knows(r)
            {
                return Err(FeedbackRefusal::UnknownCategory(clean(r)));
            }
            Ok(only(Event::CustomerRated {
                window: *window,
                ticket: *ticket,
                staff: state.window(*window).staff,
                score: *score,
                reason: reason.clone(),
                lang: clean(lang),
            }))
        }
        C::Audit {
            checklist,
            window,
            staff,
            visited,
            marks,
            note,
        } => {
            let links = check_links(
                hall,
                &Links {
                    window: *window,
                    staff: staff.clone(),
                    ..Links::default()
                },
            )?;
            if marks.is_empty() {
                return Err(FeedbackRefusal::NoMarks);
            }
            let visited = visited.unwrap_or(now);
            if visited > now {
                return Err(FeedbackRefusal::InFuture);
            }
            let staff = links.staff.or_else(|| {
                // The cashier at the window then, as far as the live hall knows.
                window.and_then(|w| state.window(w).staff)
            });
            Ok(only(Event::AuditRecorded {
                audit: book.next_audit(),
                checklist: text(checklist, "checklist", true)?,
                window: *window,
                staff,
                visited,
                marks: marks.clone(),
                note: text(note, "note", false)?,
            }))
        }
    }
}

/// The links a hall can check by its config: window, staff and service. The
/// ticket and break were found in the log by whoever named them.
fn check_links(hall: &Hall, links: &Links) -> Result<Links, FeedbackRefusal> {
    if let Some(w) = links.window
        && hall.window(w).is_none()
    {
        return Err(FeedbackRefusal::UnknownWindow(w));
    }
    if let Some(s) = &links.staff
        && hall.staff(s).is_none()
    {
        return Err(FeedbackRefusal::UnknownStaff(clean(&s.0)));
    }
    if let Some(s) = &links.service
        && hall.service(s).is_none()
    {
        return Err(FeedbackRefusal::UnknownService(clean(&s.0)));
    }
    Ok(links.clone())
}
