//! Quality figures: what customers said (complaints, compliments,
//! suggestions, questions), how they rated their visit, how the hall kept its
//! time limits for answers, what mystery shoppers scored, and what trainers
//! scored in their sessions.
//!
//! This is the one place quality figures are counted. Feedback is counted by
//! when the customer gave it, ratings by when they were given, audits by the
//! visit; each is put down to the window and the member of staff it names,
//! else to whoever sat at that window then. A mystery shopper's entries are
//! the hall testing itself and count in none of the customers' figures.
//! Complaints per 1000 are set against the report's own Served figure of the
//! same group, so the two never disagree.

use super::By;
use super::facts::{Facts, SpanKind};
use super::figures::{Customers, Group, Grouped, Key, Scope};
use crate::domain::{Channel, Instant, ServiceCode, StaffId, TicketId, WindowId};
use crate::feedback::Book;
use crate::feedback::figures::Tally;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Every quality figure of a period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quality {
    pub feedback: Grouped<Feedback>,
    pub audits: Grouped<Audits>,
    pub trainer: Trainer,
}

/// What customers said and how they rated their visit.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Feedback {
    pub complaints: u64,
    pub compliments: u64,
    pub suggestions: u64,
    pub questions: u64,
    /// Customers served (the report's Served figure of the same group).
    pub served: u64,
    /// Compliments per complaint: about 0.1 is usual, 3 excellent.
    pub praise_per_complaint: Option<f64>,
    pub complaints_per_thousand: Option<f64>,
    pub ratings: u64,
    /// The mean of the ratings' scores (1 to 5).
    pub average_rating: Option<f64>,
    /// Ratings of 1 or 2.
    pub low_ratings: u64,
    /// Complaints and questions whose next step (acknowledgement, answer or
    /// closing) was past its time limit at the end of the period, wherever
    /// in the past they were received.
    pub overdue: u64,
}

/// Mystery shoppers' visits and their scores (shares of the checklist's
/// weights that applied).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Audits {
    pub visits: u64,
    pub mean_score: Option<f64>,
    pub lowest_score: Option<f64>,
}

/// Training sessions begun in the period and their scores. Scores are shares
/// of the scenario's full marks.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Trainer {
    pub sessions: u64,
    /// Sessions that came to their end with a score.
    pub finished: u64,
    pub mean_score: Option<f64>,
    pub best_score: Option<f64>,
    pub scenarios: Vec<ScenarioRow>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ScenarioRow {
    pub scenario: String,
    pub sessions: u64,
    pub finished: u64,
    pub mean_score: Option<f64>,
    pub best_score: Option<f64>,
}

#[derive(Default)]
struct Acc {
    sessions: u64,
    scores: Vec<f64>,
}

impl Acc {
    /// One session or visit, with its score and full marks when it has one.
    fn add(&mut self, score: Option<(u32, u32)>) {
        self.sessions += 1;
        if let Some((score, max)) = score
            && max > 0
        {
            self.scores.push(f64::from(score) / f64::from(max));
        }
    }

    fn mean(&self) -> Option<f64> {
        (!self.scores.is_empty())
            .then(|| self.scores.iter().sum::<f64>() / self.scores.len() as f64)
    }

    fn best(&self) -> Option<f64> {
        self.scores.iter().copied().reduce(f64::max)
    }

    fn lowest(&self) -> Option<f64> {
        self.scores.iter().copied().reduce(f64::min)
    }
}

/// One group's counts: the quality record's own tally (whose ratios are
/// the feedback screen's too), the low ratings and the overdue entries.
#[derive(Default)]
struct FeedbackAcc {
    tally: Tally,
    low_ratings: u64,
    overdue: u64,
}

impl FeedbackAcc {
    fn rating(&mut self, score: u8) {
        self.tally.add_rating(score);
        if score <= 2 {
            self.low_ratings += 1;
        }
    }

    fn finish(mut self, served: u64) -> Feedback {
        self.tally.served = served;
        let t = &self.tally;
        Feedback {
            complaints: t.complaints,
            compliments: t.compliments,
            suggestions: t.suggestions,
            questions: t.questions,
            served,
            praise_per_complaint: t.praise_per_complaint(),
            complaints_per_thousand: t.complaints_per_thousand(),
            ratings: t.ratings,
            average_rating: t.average_rating(),
            low_ratings: self.low_ratings,
            overdue: self.overdue,
        }
    }
}

/// Who and what a piece of feedback is about, as far as it is known.
struct About {
    at: Instant,
    window: Option<WindowId>,
    staff: Option<StaffId>,
    service: Option<ServiceCode>,
}

/// A window's opening: from, until (none while open), and who sat there.
type Staffed = (Instant, Option<Instant>, Option<StaffId>);

/// What feedback is put down to: who was at each window when (the spans
/// it was staffed), and each ticket's service when the groups are services.
struct Lookup {
    staffed: HashMap<WindowId, Vec<Staffed>>,
    services: HashMap<TicketId, ServiceCode>,
}

impl Lookup {
    fn new(facts: &Facts, by: By) -> Lookup {
        let mut staffed: HashMap<WindowId, Vec<_>> = HashMap::new();
        for s in facts.spans.iter().filter(|s| s.kind == SpanKind::Staffed) {
            staffed
                .entry(s.window)
                .or_default()
                .push((s.from, s.to, s.staff.clone()));
        }
        let services = if by == By::Service {
            facts
                .tickets
                .iter()
                .map(|t| (t.id, t.service.clone()))
                .collect()
        } else {
            HashMap::new()
        };
        Lookup { staffed, services }
    }

    /// Who worked at `window` at `at`.
    fn staff_at(&self, window: WindowId, at: Instant) -> Option<StaffId> {
        self.staffed
            .get(&window)?
            .iter()
            .rev()
            .find(|(from, to, _)| *from <= at && to.is_none_or(|to| at < to))
            .and_then(|(_, _, staff)| staff.clone())
    }

    /// The service of the ticket a piece of feedback names.
    fn service_of(&self, ticket: Option<TicketId>) -> Option<ServiceCode> {
        self.services.get(&ticket?).cloned()
    }
}

/// The group of `about`, or none when the report's filter leaves it out.
fn key_of(scope: &Scope, a: &About) -> Option<Key> {
    if !scope.filter.admits(a.window, a.staff.as_ref()) {
        return None;
    }
    Some(match scope.by {
        By::Hall => Key::All,
        By::Service => a.service.clone().map_or(Key::NoService, Key::Service),
        By::Window => a.window.map_or(Key::NoWindow, Key::Window),
        By::Staff => a.staff.clone().map_or(Key::NoStaff, Key::Staff),
        By::Weekday => scope.weekday(a.at),
        By::Interval => scope.interval(a.at),
    })
}

/// The book as it stood just before `until`: the state of every entry then.
fn book_until(facts: &Facts, until: Instant) -> Book {
    Book::fold(facts.feedback.iter().take_while(|r| r.at < until))
}

/// The quality figures of a period; `customers` are the period's customer
/// figures, whose Served counts complaints are set against.
pub fn figures(facts: &Facts, scope: &Scope, customers: &Grouped<Customers>) -> Quality {
    let book = book_until(facts, scope.until);
    let look = Lookup::new(facts, scope.by);
    let holds = |t: Instant| scope.start <= t && t < scope.until;
    let mut total = FeedbackAcc::default();
    let mut groups: BTreeMap<Key, FeedbackAcc> = BTreeMap::new();
    let about_entry = |e: &crate::feedback::Entry| About {
        at: e.received,
        window: e.links.window,
        staff: e
            .links
            .staff
            .clone()
            .or_else(|| e.links.window.and_then(|w| look.staff_at(w, e.received))),
        service: e
            .links
            .service
            .clone()
            .or_else(|| look.service_of(e.links.ticket)),
    };
    for e in book.entries.values() {
        if e.channel == Channel::MysteryShopper || !holds(e.received) {
            continue;
        }
        if let Some(key) = key_of(scope, &about_entry(e)) {
            total.tally.add_kind(e.kind);
            groups.entry(key).or_default().tally.add_kind(e.kind);
        }
    }
    for r in book.ratings.iter().filter(|r| holds(r.at)) {
        let a = About {
            at: r.at,
            window: Some(r.window),
            staff: r.staff.clone().or_else(|| look.staff_at(r.window, r.at)),
            service: look.service_of(r.ticket),
        };
        if let Some(key) = key_of(scope, &a) {
            total.rating(r.score);
            groups.entry(key).or_default().rating(r.score);
        }
    }
    for (e, _) in book.overdue(&facts.rules, scope.hall.tz, scope.until) {
        if e.channel == Channel::MysteryShopper {
            continue;
        }
        if let Some(key) = key_of(scope, &about_entry(e)) {
            total.overdue += 1;
            groups.entry(key).or_default().overdue += 1;
        }
    }
    let served: BTreeMap<&Key, u64> = customers
        .groups
        .iter()
        .map(|g| (&g.key, g.figures.served))
        .collect();
    // Every group with customers served shows, so that a window nobody
    // complained about is seen with its zero.
    if scope.by != By::Hall {
        for g in &customers.groups {
            if g.figures.served > 0 {
                groups.entry(g.key.clone()).or_default();
            }
        }
    }
    let feedback = Grouped {
        total: total.finish(customers.total.served),
        groups: groups
            .into_iter()
            .filter(|(k, _)| *k != Key::All)
            .map(|(key, acc)| {
                let n = served.get(&key).copied().unwrap_or(0);
                Group {
                    figures: acc.finish(n),
                    key,
                }
            })
            .collect(),
    };
    Quality {
        feedback,
        audits: audits(&look, scope, &book),
        trainer: trainer(facts, scope),
    }
}

fn audits(look: &Lookup, scope: &Scope, book: &Book) -> Grouped<Audits> {
    let mut total = Acc::default();
    let mut groups: BTreeMap<Key, Acc> = BTreeMap::new();
    for a in book.audits.values() {
        if a.visited < scope.start || a.visited >= scope.until {
            continue;
        }
        let about = About {
            at: a.visited,
            window: a.window,
            staff: a
                .staff
                .clone()
                .or_else(|| a.window.and_then(|w| look.staff_at(w, a.visited))),
            service: None,
        };
        let Some(key) = key_of(scope, &about) else {
            continue;
        };
        total.add(Some(a.score));
        groups.entry(key).or_default().add(Some(a.score));
    }
    let finish = |acc: &Acc| Audits {
        visits: acc.sessions,
        mean_score: acc.mean(),
        lowest_score: acc.lowest(),
    };
    Grouped {
        total: finish(&total),
        groups: groups
            .iter()
            .filter(|(k, _)| **k != Key::All)
            .map(|(key, acc)| Group {
                key: key.clone(),
                figures: finish(acc),
            })
            .collect(),
    }
}

/// Training sessions are not tied to the hall's windows or staff, so a
/// report narrowed to one leaves them out.
fn trainer(facts: &Facts, scope: &Scope) -> Trainer {
    if !scope.filter.is_empty() {
        return Trainer::default();
    }
    let mut total = Acc::default();
    let mut by: BTreeMap<&str, Acc> = BTreeMap::new();
    for s in &facts.sessions {
        if s.at < scope.start || s.at >= scope.until {
            continue;
        }
        total.add(s.score);
        by.entry(s.scenario.as_str()).or_default().add(s.score);
    }
    Trainer {
        sessions: total.sessions,
        finished: total.scores.len() as u64,
        mean_score: total.mean(),
        best_score: total.best(),
        scenarios: by
            .into_iter()
            .map(|(name, acc)| ScenarioRow {
                scenario: name.to_string(),
                sessions: acc.sessions,
                finished: acc.scores.len() as u64,
                mean_score: acc.mean(),
                best_score: acc.best(),
            })
            .collect(),
    }
}
