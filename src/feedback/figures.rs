//! The quality figures: the praise-to-complaint ratio (about 1 to 10 is usual,
//! 3 to 1 excellent, as the source documents put it), complaints per 1000
//! customers served and the average rating, for the hall, per window, per
//! member of staff and per period. Counted from the book and the log's served
//! tickets; a mystery shopper's entries are the hall testing itself and count
//! in none of them.

use super::book::Book;
use crate::domain::{Channel, Event, FeedbackKind, Instant, Recorded, StaffId, WindowId};
use chrono::{Datelike, Duration, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeMap;

/// The kinds of event the figures read from the log besides the book's.
pub const KINDS: [&str; 3] = ["window_opened", "window_closed", "ticket_served"];

/// Who sat at each window from when: what a served ticket or a complaint
/// about a window is put down to when it names nobody.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Staffing {
    spans: BTreeMap<WindowId, Vec<(Instant, Option<StaffId>)>>,
}

impl Staffing {
    pub fn apply(&mut self, r: &Recorded) {
        match &r.event {
            Event::WindowOpened { window, staff } => self
                .spans
                .entry(*window)
                .or_default()
                .push((r.at, staff.clone())),
            Event::WindowClosed { window } => {
                self.spans.entry(*window).or_default().push((r.at, None))
            }
            _ => {}
        }
    }

    /// Who was at the window at `at`.
    pub fn staff_at(&self, window: WindowId, at: Instant) -> Option<StaffId> {
        self.spans
            .get(&window)?
            .iter()
            .take_while(|(from, _)| *from <= at)
            .last()
            .and_then(|(_, s)| s.clone())
    }
}

/// One customer served, and by whom.
#[derive(Clone, Debug, PartialEq)]
pub struct Served {
    pub at: Instant,
    pub window: WindowId,
    pub staff: Option<StaffId>,
}

/// The staffing and the services of a stretch of the log, oldest first
/// (window openings and closings from the start, served tickets of the period).
pub fn served(events: &[Recorded]) -> (Staffing, Vec<Served>) {
    let mut staffing = Staffing::default();
    let mut out = Vec::new();
    for r in events {
        staffing.apply(r);
        if let Event::TicketServed { window, .. } = &r.event {
            out.push(Served {
                at: r.at,
                window: *window,
                staff: staffing.staff_at(*window, r.at),
            });
        }
    }
    (staffing, out)
}

/// The counts behind the figures of one group.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Tally {
    pub complaints: u64,
    pub compliments: u64,
    pub suggestions: u64,
    pub questions: u64,
    pub served: u64,
    pub ratings: u64,
    /// The sum of the ratings' scores.
    pub rating_total: u64,
}

impl Tally {
    /// Praise per complaint: 0.1 is the usual 1 to 10, 3.0 excellent.
    pub fn praise_per_complaint(&self) -> Option<f64> {
        (self.complaints > 0).then(|| self.compliments as f64 / self.complaints as f64)
    }

    pub fn complaints_per_thousand(&self) -> Option<f64> {
        (self.served > 0).then(|| self.complaints as f64 * 1000.0 / self.served as f64)
    }

    pub fn average_rating(&self) -> Option<f64> {
        (self.ratings > 0).then(|| self.rating_total as f64 / self.ratings as f64)
    }

    pub fn add_kind(&mut self, kind: FeedbackKind) {
        match kind {
            FeedbackKind::Complaint => self.complaints += 1,
            FeedbackKind::Compliment => self.compliments += 1,
            FeedbackKind::Suggestion => self.suggestions += 1,
            FeedbackKind::Question => self.questions += 1,
        }
    }

    pub fn add_rating(&mut self, score: u8) {
        self.ratings += 1;
        self.rating_total += u64::from(score);
    }
}

/// How the figures are broken down.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    Window,
    Staff,
    Day,
    Week,
    Month,
}

/// One group's key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum Key {
    /// `None`: feedback that names no window.
    Window(Option<WindowId>),
    Staff(Option<StaffId>),
    /// The first day of the day, week (Monday) or month.
    Period(NaiveDate),
}

/// The figures of a stretch of time: the whole and its groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub from: Instant,
    pub to: Instant,
    pub total: Tally,
    pub group: GroupBy,
    pub rows: Vec<(Key, Tally)>,
}

/// The figures for `[from, to)`: entries by when the customer gave them,
/// ratings and services by when they happened, each put down to the window
/// and the member of staff it names, else to whoever sat at that window then.
pub fn figures(
    book: &Book,
    staffing: &Staffing,
    served: &[Served],
    tz: Tz,
    from: Instant,
    to: Instant,
    group: GroupBy,
) -> Figures {
    let within = |t: Instant| from <= t && t < to;
    let key = |window: Option<WindowId>, staff: Option<StaffId>, at: Instant| -> Key {
        let day = at.with_timezone(&tz).date_naive();
        match group {
            GroupBy::Window => Key::Window(window),
            GroupBy::Staff => Key::Staff(staff),
            GroupBy::Day => Key::Period(day),
            GroupBy::Week => {
                Key::Period(day - Duration::days(i64::from(day.weekday().num_days_from_monday())))
            }
            GroupBy::Month => Key::Period(day.with_day(1).unwrap_or(day)),
        }
    };
    let mut total = Tally::default();
    let mut rows: BTreeMap<Key, Tally> = BTreeMap::new();
    for e in book.entries.values() {
        if !within(e.received) || e.channel == Channel::MysteryShopper {
            continue;
        }
        let staff = e.links.staff.clone().or_else(|| {
            e.links
                .window
                .and_then(|w| staffing.staff_at(w, e.received))
        });
        total.add_kind(e.kind);
        rows.entry(key(e.links.window, staff, e.received))
            .or_default()
            .add_kind(e.kind);
    }
    for r in book.ratings.iter().filter(|r| within(r.at)) {
        let staff = r
            .staff
            .clone()
            .or_else(|| staffing.staff_at(r.window, r.at));
        total.add_rating(r.score);
        rows.entry(key(Some(r.window), staff, r.at))
            .or_default()
            .add_rating(r.score);
    }
    for s in served.iter().filter(|s| within(s.at)) {
        total.served += 1;
        rows.entry(key(Some(s.window), s.staff.clone(), s.at))
            .or_default()
            .served += 1;
    }
    Figures {
        from,
        to,
        total,
        group,
        rows: rows.into_iter().collect(),
    }
}
