//! The quality record folded from the log: every feedback entry with its steps
//! (who did what when), the customers' ratings and the audits. Like the hall's
//! state it is a fold of events and nothing else; unlike it, nothing is ever
//! dropped, because a complaint from last month is still a complaint.

use super::calendar::Calendar;
use super::rules::Rules;
use crate::domain::{
    AuditId, AuditMark, Channel, Event, FeedbackId, FeedbackKind, Instant, Links, Recorded,
    StaffId, TicketId, WindowId, audit_score,
};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeMap;

/// The kinds of event (as [`Event::kind`] names them) the book folds: what a
/// reader of the log asks for to keep a book up to date.
pub const KINDS: [&str; 9] = [
    "feedback_recorded",
    "feedback_acknowledged",
    "feedback_assigned",
    "feedback_answered",
    "feedback_closed",
    "feedback_reopened",
    "contact_erased",
    "customer_rated",
    "audit_recorded",
];

/// When something was done and by whom (the terminal or person the log names).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub at: Instant,
    pub by: String,
}

/// One thing that happened to an entry, for its history.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum What {
    Recorded,
    Acknowledged,
    Assigned { to: String },
    Answered { answer: String },
    Closed { note: String },
    Reopened { why: String },
    ContactErased,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Happening {
    #[serde(flatten)]
    pub step: Step,
    #[serde(flatten)]
    pub what: What,
}

/// Where an entry stands in the complaint-handling process.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    New,
    Acknowledged,
    Answered,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::Acknowledged,
        Status::Answered,
        Status::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Acknowledged => "acknowledged",
            Status::Answered => "answered",
            Status::Closed => "closed",
        }
    }
}

/// The next step of the process an entry waits for.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Acknowledge,
    Answer,
    Close,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Acknowledge => "acknowledge",
            Stage::Answer => "answer",
            Stage::Close => "close",
        }
    }
}

/// A step that is due, and by when.
#[derive(Copy, Clone, Debug, PartialEq, Serialize)]
pub struct Due {
    pub stage: Stage,
    pub by: Instant,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    pub id: FeedbackId,
    pub kind: FeedbackKind,
    pub channel: Channel,
    pub category: String,
    pub words: String,
    pub received: Instant,
    pub recorded: Step,
    pub links: Links,
    /// A name or contact is kept beside the log for this entry.
    pub contact: bool,
    pub erased: Option<Step>,
    pub acknowledged: Option<Step>,
    pub assigned: Option<(String, Step)>,
    pub answered: Option<(String, Step)>,
    pub closed: Option<(String, Step)>,
    /// The latest reopening: the time limits run again from it.
    pub reopened: Option<Step>,
    pub history: Vec<Happening>,
}

impl Entry {
    pub fn status(&self) -> Status {
        if self.closed.is_some() {
            Status::Closed
        } else if self.answered.is_some() {
            Status::Answered
        } else if self.acknowledged.is_some() {
            Status::Acknowledged
        } else {
            Status::New
        }
    }

    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }

    /// Where the hall's time limits count from: the customer's feedback, or
    /// its latest reopening.
    pub fn clock_start(&self) -> Instant {
        self.reopened.as_ref().map_or(self.received, |s| s.at)
    }

    /// The next step the hall owes the customer and its deadline: none for a
    /// closed entry, or for praise and ideas, which expect no answer.
    pub fn due(&self, rules: &Rules, tz: Tz) -> Option<Due> {
        if !self.is_open() || !self.kind.expects_answer() {
            return None;
        }
        let cal: &Calendar = &rules.calendar;
        let start = self.clock_start();
        let deadline = |days| cal.deadline(tz, start, days);
        if self.acknowledged.is_none() {
            return Some(Due {
                stage: Stage::Acknowledge,
                by: deadline(rules.acknowledge_days),
            });
        }
        if self.answered.is_none() {
            return Some(Due {
                stage: Stage::Answer,
                by: deadline(rules.answer_days),
            });
        }
        rules.close_days.map(|days| Due {
            stage: Stage::Close,
            by: deadline(days),
        })
    }

    /// The step that is late at `now`, if one is.
    pub fn overdue(&self, rules: &Rules, tz: Tz, now: Instant) -> Option<Due> {
        self.due(rules, tz).filter(|d| now >= d.by)
    }
}

/// A customer's rating from the survey screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rating {
    pub at: Instant,
    pub window: WindowId,
    pub ticket: Option<TicketId>,
    pub staff: Option<StaffId>,
    pub score: u8,
    pub reason: Option<String>,
    pub lang: String,
}

/// A mystery shopper's visit and its score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Audit {
    pub id: AuditId,
    pub recorded: Step,
    pub checklist: String,
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
    pub visited: Instant,
    pub marks: Vec<AuditMark>,
    pub note: String,
    /// Weights passed and weights that applied.
    pub score: (u32, u32),
}

impl Audit {
    /// The score as a share of what applied, in percent; none when nothing did.
    pub fn percent(&self) -> Option<u32> {
        let (got, max) = self.score;
        (max > 0).then(|| ((f64::from(got) * 100.0 / f64::from(max)).round()) as u32)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    pub entries: BTreeMap<FeedbackId, Entry>,
    pub ratings: Vec<Rating>,
    pub audits: BTreeMap<AuditId, Audit>,
    /// The newest event folded in.
    pub seq: u64,
}

impl Book {
    pub fn new() -> Book {
        Book::default()
    }

    /// Folds recorded events, oldest first.
    pub fn fold<'a>(events: impl IntoIterator<Item = &'a Recorded>) -> Book {
        let mut book = Book::new();
        for r in events {
            book.apply(r);
        }
        book
    }

    pub fn next_entry(&self) -> FeedbackId {
        FeedbackId(self.entries.keys().next_back().map_or(1, |id| id.0 + 1))
    }

    pub fn next_audit(&self) -> AuditId {
        AuditId(self.audits.keys().next_back().map_or(1, |id| id.0 + 1))
    }

    /// Applies one recorded event; events of the hall's own are passed over.
    /// Never fails: a step about an entry this book never saw is ignored.
    pub fn apply(&mut self, r: &Recorded) {
        self.seq = self.seq.max(r.seq);
        let step = Step {
            at: r.at,
            by: r.origin.clone(),
        };
        match &r.event {
            Event::FeedbackRecorded {
                entry,
                kind,
                channel,
                category,
                words,
                received,
                links,
                contact,
            } => {
                self.entries.insert(
                    *entry,
                    Entry {
                        id: *entry,
                        kind: *kind,
                        channel: *channel,
                        category: category.clone(),
                        words: words.clone(),
                        received: *received,
                        recorded: step.clone(),
                        links: links.clone(),
                        contact: *contact,
                        erased: None,
                        acknowledged: None,
                        assigned: None,
                        answered: None,
                        closed: None,
                        reopened: None,
                        history: vec![Happening {
                            step,
                            what: What::Recorded,
                        }],
                    },
                );
            }
            Event::FeedbackAcknowledged { entry } => self.step(*entry, step, What::Acknowledged),
            Event::FeedbackAssigned { entry, to } => {
                self.step(*entry, step, What::Assigned { to: to.clone() })
            }
            Event::FeedbackAnswered { entry, answer } => self.step(
                *entry,
                step,
                What::Answered {
                    answer: answer.clone(),
                },
            ),
            Event::FeedbackClosed { entry, note } => {
                self.step(*entry, step, What::Closed { note: note.clone() })
            }
            Event::FeedbackReopened { entry, why } => {
                self.step(*entry, step, What::Reopened { why: why.clone() })
            }
            Event::ContactErased { entry } => self.step(*entry, step, What::ContactErased),
            Event::CustomerRated {
                window,
                ticket,
                staff,
                score,
                reason,
                lang,
            } => self.ratings.push(Rating {
                at: r.at,
                window: *window,
                ticket: *ticket,
                staff: staff.clone(),
                score: *score,
                reason: reason.clone(),
                lang: lang.clone(),
            }),
            Event::AuditRecorded {
                audit,
                checklist,
                window,
                staff,
                visited,
                marks,
                note,
            } => {
                self.audits.insert(
                    *audit,
                    Audit {
                        id: *audit,
                        recorded: step,
                        checklist: checklist.clone(),
                        window: *window,
                        staff: staff.clone(),
                        visited: *visited,
                        score: audit_score(marks),
                        marks: marks.clone(),
                        note: note.clone(),
                    },
                );
            }
            _ => {}
        }
    }

    fn step(&mut self, id: FeedbackId, step: Step, what: What) {
        let Some(e) = self.entries.get_mut(&id) else {
            return;
        };
        match &what {
            What::Recorded => {}
            What::Acknowledged => e.acknowledged = Some(step.clone()),
            What::Assigned { to } => e.assigned = Some((to.clone(), step.clone())),
            What::Answered { answer } => {
                e.answered = Some((answer.clone(), step.clone()));
                // An answer acknowledges too.
                if e.acknowledged.is_none() {
                    e.acknowledged = Some(step.clone());
                }
            }
            What::Closed { note } => e.closed = Some((note.clone(), step.clone())),
            What::Reopened { .. } => {
                e.closed = None;
                e.answered = None;
                e.reopened = Some(step.clone());
                if e.acknowledged.is_none() {
                    e.acknowledged = Some(step.clone());
                }
            }
            What::ContactErased => {
                e.contact = false;
                e.erased = Some(step.clone());
            }
        }
        e.history.push(Happening { step, what });
    }

    /// The open entries whose next step is late at `now`, the longest late first.
    pub fn overdue(&self, rules: &Rules, tz: Tz, now: Instant) -> Vec<(&Entry, Due)> {
        let mut v: Vec<(&Entry, Due)> = self
            .entries
            .values()
            .filter_map(|e| e.overdue(rules, tz, now).map(|d| (e, d)))
            .collect();
        v.sort_by_key(|(e, d)| (d.by, e.id));
        v
    }
}
