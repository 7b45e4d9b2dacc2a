//! Identifiers and small value types shared by every domain rule.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An instant on the time line; the domain stores UTC and the UI shows hall time.
pub type Instant = DateTime<Utc>;

/// A service window (counter), numbered as on the hall's signs.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WindowId(pub u32);

impl fmt::Display for WindowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A ticket's identity in the log; never reused, unlike its printed number.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketId(pub u64);

/// A break's identity in the log.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BreakId(pub u64);

impl fmt::Display for BreakId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A cashier's request for an unscheduled break, awaiting the supervisor.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestId(pub u64);

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A service is known by its ticket prefix ("A", "B"), which is what customers and
/// cashiers see on every ticket.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ServiceCode(pub String);

impl ServiceCode {
    pub fn new(code: &str) -> Self {
        ServiceCode(code.trim().to_uppercase())
    }
}

impl fmt::Display for ServiceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A member of staff, by the short id used in the config.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StaffId(pub String);

impl fmt::Display for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The printed form of a ticket: prefix and a three-digit number, "A007".
pub fn ticket_label(service: &ServiceCode, number: u32) -> String {
    format!("{}{:03}", service.0, number)
}

/// Splits "A007" (any case, leading zeros optional) into its service and number.
pub fn parse_ticket_label(label: &str) -> Option<(ServiceCode, u32)> {
    let label = label.trim();
    let split = label.find(|c: char| c.is_ascii_digit())?;
    if split == 0 {
        return None;
    }
    let (prefix, digits) = label.split_at(split);
    let number = digits.parse().ok()?;
    Some((ServiceCode::new(prefix), number))
}

/// Why a window goes on a break it did not plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", content = "note", rename_all = "kebab-case")]
pub enum BreakReason {
    GoodsReceipt,
    CashCollection,
    TechnicalFault,
    Personal,
    Other(String),
}

impl BreakReason {
    pub const CODES: [&'static str; 5] = [
        "goods-receipt",
        "cash-collection",
        "technical-fault",
        "personal",
        "other",
    ];

    /// Parses a reason code as typed on the command line; `other` carries free text.
    pub fn parse(code: &str, note: Option<&str>) -> Option<Self> {
        Some(match code.trim().to_lowercase().as_str() {
            "goods-receipt" => BreakReason::GoodsReceipt,
            "cash-collection" => BreakReason::CashCollection,
            "technical-fault" => BreakReason::TechnicalFault,
            "personal" => BreakReason::Personal,
            "other" => BreakReason::Other(note.unwrap_or("").to_string()),
            _ => return None,
        })
    }

    pub fn code(&self) -> &'static str {
        match self {
            BreakReason::GoodsReceipt => "goods-receipt",
            BreakReason::CashCollection => "cash-collection",
            BreakReason::TechnicalFault => "technical-fault",
            BreakReason::Personal => "personal",
            BreakReason::Other(_) => "other",
        }
    }
}

/// Planned breaks come from the supervisor's plan; unscheduled ones carry a reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakKind {
    Planned,
    Unscheduled(BreakReason),
}

/// How a ticket left the queue for good.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Served,
    NoShow,
    Cancelled,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        let a = ServiceCode::new("a");
        assert_eq!(ticket_label(&a, 7), "A007");
        assert_eq!(parse_ticket_label("a007"), Some((a.clone(), 7)));
        assert_eq!(parse_ticket_label("A1234"), Some((a, 1234)));
        assert_eq!(parse_ticket_label("007"), None);
        assert_eq!(parse_ticket_label("A"), None);
    }
}
