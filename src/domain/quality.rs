//! The facts of the hall's quality record as the log stores them: feedback
//! entries (complaints, compliments, suggestions, questions), the customer's own
//! rating and mystery-shopper audits. The rules that decide and fold them live
//! in `crate::feedback`; here are only the shapes every layer shares.

use super::types::{BreakId, ServiceCode, StaffId, TicketId, WindowId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A feedback entry's number, as the supervisor and the customer quote it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FeedbackId(pub u64);

impl fmt::Display for FeedbackId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A mystery-shopper audit's number.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AuditId(pub u64);

impl fmt::Display for AuditId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a customer's feedback is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackKind {
    Complaint,
    Compliment,
    Suggestion,
    Question,
}

impl FeedbackKind {
    pub const ALL: [FeedbackKind; 4] = [
        FeedbackKind::Complaint,
        FeedbackKind::Compliment,
        FeedbackKind::Suggestion,
        FeedbackKind::Question,
    ];

    /// The name the command line, the log and the messages use.
    pub fn code(self) -> &'static str {
        match self {
            FeedbackKind::Complaint => "complaint",
            FeedbackKind::Compliment => "compliment",
            FeedbackKind::Suggestion => "suggestion",
            FeedbackKind::Question => "question",
        }
    }

    pub fn parse(code: &str) -> Option<FeedbackKind> {
        let code = code.trim().to_ascii_lowercase();
        FeedbackKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the customer waits for an answer, so the hall's time limits
    /// apply: a complaint or a question does; praise and ideas are thanked for.
    pub fn expects_answer(self) -> bool {
        matches!(self, FeedbackKind::Complaint | FeedbackKind::Question)
    }
}

/// How the feedback reached the hall.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Said at the window and recorded by the cashier.
    Counter,
    /// A letter or the complaints book.
    Writing,
    Phone,
    Email,
    Survey,
    MysteryShopper,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Channel::Counter,
        Channel::Writing,
        Channel::Phone,
        Channel::Email,
        Channel::Survey,
        Channel::MysteryShopper,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Counter => "counter",
            Channel::Writing => "writing",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Survey => "survey",
            Channel::MysteryShopper => "mystery-shopper",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        let code = code.trim().to_ascii_lowercase();
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What an entry is about; every link is optional, and each one named was
/// checked against the hall and the log when the entry was recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<TicketId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<WindowId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<StaffId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brk: Option<BreakId>,
}

/// A customer's name and how to reach them. Never written into the event log:
/// the store keeps it beside the log, where it can be erased for good.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A phone number, an e-mail or a postal address, as the customer gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.reach.is_none()
    }
}

/// How one checklist item went on an audit visit.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    Yes,
    No,
    /// The situation did not arise (no break came during the visit): the item
    /// counts neither way.
    NotApplicable,
}

impl Mark {
    pub fn parse(text: &str) -> Option<Mark> {
        match text.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "pass" | "1" => Some(Mark::Yes),
            "no" | "n" | "fail" | "0" => Some(Mark::No),
            "n/a" | "na" | "not-applicable" | "-" => Some(Mark::NotApplicable),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Mark::Yes => "yes",
            Mark::No => "no",
            Mark::NotApplicable => "n/a",
        }
    }
}

/// One checklist item as the auditor marked it, with the weight the checklist
/// gave it then: the score stays what it was if the checklist changes later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditMark {
    pub item: String,
    pub weight: u32,
    pub mark: Mark,
}

/// The score of a set of marks: the weights of the items passed over the
/// weights of the items that applied.
pub fn audit_score(marks: &[AuditMark]) -> (u32, u32) {
    marks.iter().fold((0, 0), |(got, max), m| match m.mark {
        Mark::Yes => (got + m.weight, max + m.weight),
        Mark::No => (got, max + m.weight),
        Mark::NotApplicable => (got, max),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in FeedbackKind::ALL {
            assert_eq!(FeedbackKind::parse(k.code()), Some(k));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.code()), Some(c));
        }
        assert_eq!(
            FeedbackKind::parse(" Complaint "),
            Some(FeedbackKind::Complaint)
        );
        assert_eq!(FeedbackKind::parse("praise"), None);
        assert_eq!(Channel::parse("fax"), None);
    }

    #[test]
    fn not_applicable_items_count_neither_way() {
        let m = |weight, mark| AuditMark {
            item: "x".into(),
            weight,
            mark,
        };
        let marks = [m(2, Mark::Yes), m(3, Mark::No), m(5, Mark::NotApplicable)];
        assert_eq!(audit_score(&marks), (2, 5));
        assert_eq!(audit_score(&[]), (0, 0));
    }
}
