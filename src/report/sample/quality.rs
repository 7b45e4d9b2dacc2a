//! The quality record of a busy hall's weeks: customers rate some visits on
//! the survey screen, a few complain, praise, suggest or ask; the desk
//! acknowledges and answers most complaints in time and some late or never;
//! a mystery shopper visits every week (and once in a while records a
//! complaint of the hall's own testing). Seeded, laid on the days that
//! [`super::generate`] made, in time order.

use super::Params;
use crate::domain::{
    AuditId, AuditMark, Channel, Event, FeedbackId, FeedbackKind, Hall, Instant, Links, Mark,
    StaffId, WindowId,
};
use crate::sim::rng::Rng;
use chrono::Duration;

/// Built-in categories a complaint in these weeks is filed under.
const COMPLAINT_CATEGORIES: [&str; 4] = [
    "waiting-time",
    "staff-manner",
    "not-warned",
    "window-closed",
];

/// The shipped checklist's items a mystery shopper marks, with their weights.
const ITEMS: [(&str, u32); 7] = [
    ("greeting", 1),
    ("notice", 1),
    ("break-warning", 3),
    ("phrases", 2),
    ("cutoff-honoured", 3),
    ("redirect", 2),
    ("apology", 2),
];

/// A score from 1 to 5, most customers content.
fn score(rng: &mut Rng) -> u8 {
    match rng.uniform() {
        u if u < 0.05 => 1,
        u if u < 0.13 => 2,
        u if u < 0.25 => 3,
        u if u < 0.55 => 4,
        _ => 5,
    }
}

/// Adds the quality record to `days` (as [`super::generate`] made them for
/// `p`): each day's events stay in time order, with feedback after the
/// hall's own events of the same instant.
pub fn add(
    hall: &Hall,
    p: &Params,
    days: Vec<Vec<(Instant, Event)>>,
) -> Vec<Vec<(Instant, Event)>> {
    let mut rng = Rng::from_seed(p.seed ^ 0x5eed_f00d);
    let mut extra: Vec<(Instant, Event)> = Vec::new();
    let mut next_entry = 1u64;
    let mut next_audit = 1u64;
    let day_index = |t: Instant| (t.with_timezone(&hall.tz).date_naive() - p.first_day).num_days();
    for day in &days {
        let mut served_today: Vec<(Instant, WindowId)> = Vec::new();
        for (at, e) in day {
            let Event::TicketServed { ticket, window } = e else {
                continue;
            };
            served_today.push((*at, *window));
            let u = rng.uniform();
            if u < 0.15 {
                extra.push((
                    *at + Duration::seconds(40),
                    Event::CustomerRated {
                        window: *window,
                        ticket: (u < 0.10).then_some(*ticket),
                        staff: None,
                        score: score(&mut rng),
                        reason: None,
                        lang: if u < 0.03 { "hu".into() } else { "en".into() },
                    },
                ));
            }
            let u = rng.uniform();
            let kind = match u {
                u if u < 0.012 => FeedbackKind::Complaint,
                u if u < 0.022 => FeedbackKind::Compliment,
                u if u < 0.025 => FeedbackKind::Suggestion,
                u if u < 0.029 => FeedbackKind::Question,
                _ => continue,
            };
            let entry = FeedbackId(next_entry);
            next_entry += 1;
            // Some complaints come by letter, written that day and read at
            // the desk the next morning.
            let by_letter = kind == FeedbackKind::Complaint && rng.uniform() < 0.3;
            let recorded = if by_letter {
                *at + Duration::hours(18)
            } else {
                *at + Duration::minutes(2)
            };
            let category = match kind {
                FeedbackKind::Complaint => {
                    COMPLAINT_CATEGORIES[rng.below(COMPLAINT_CATEGORIES.len())]
                }
                _ => "other",
            };
            extra.push((
                recorded,
                Event::FeedbackRecorded {
                    entry,
                    kind,
                    channel: if by_letter {
                        Channel::Writing
                    } else {
                        Channel::Counter
                    },
                    category: category.into(),
                    words: String::new(),
                    received: *at + Duration::minutes(1),
                    links: Links {
                        ticket: Some(*ticket),
                        window: Some(*window),
                        ..Links::default()
                    },
                    contact: false,
                },
            ));
            if !kind.expects_answer() {
                continue;
            }
            // Most are acknowledged the next day and answered within a
            // week; some wait, and a few are never answered.
            let u = rng.uniform();
            let ack = Duration::hours(20 + rng.below(30) as i64);
            if u < 0.9 {
                extra.push((recorded + ack, Event::FeedbackAcknowledged { entry }));
            }
            if u < 0.75 {
                let answered = recorded + ack + Duration::days(1 + rng.below(12) as i64);
                extra.push((
                    answered,
                    Event::FeedbackAnswered {
                        entry,
                        answer: "We looked into it and wrote back.".into(),
                    },
                ));
                if u < 0.6 {
                    extra.push((
                        answered + Duration::days(1),
                        Event::FeedbackClosed {
                            entry,
                            note: String::new(),
                        },
                    ));
                }
            }
        }
        // A mystery shopper comes on Wednesdays.
        if let Some(&(at, window)) = served_today.get(served_today.len() / 2)
            && at.with_timezone(&hall.tz).format("%u").to_string() == "3"
        {
            let marks: Vec<AuditMark> = ITEMS
                .iter()
                .map(|(item, weight)| AuditMark {
                    item: (*item).into(),
                    weight: *weight,
                    mark: match rng.uniform() {
                        u if u < 0.2 => Mark::No,
                        u if u < 0.3 => Mark::NotApplicable,
                        _ => Mark::Yes,
                    },
                })
                .collect();
            extra.push((
                at + Duration::hours(2),
                Event::AuditRecorded {
                    audit: AuditId(next_audit),
                    checklist: "mystery-shopper".into(),
                    window: Some(window),
                    staff: next_audit.is_multiple_of(2).then(|| StaffId("s1".into())),
                    visited: at,
                    marks,
                    note: String::new(),
                },
            ));
            next_audit += 1;
            // Now and then the shopper also files a complaint to see how the
            // desk handles it: the hall testing itself, in no customer figure.
            if next_audit.is_multiple_of(2) {
                let entry = FeedbackId(next_entry);
                next_entry += 1;
                extra.push((
                    at + Duration::hours(2),
                    Event::FeedbackRecorded {
                        entry,
                        kind: FeedbackKind::Complaint,
                        channel: Channel::MysteryShopper,
                        category: "waiting-time".into(),
                        words: String::new(),
                        received: at,
                        links: Links {
                            window: Some(window),
                            ..Links::default()
                        },
                        contact: false,
                    },
                ));
            }
        }
    }
    let mut out = days;
    extra.sort_by_key(|(at, _)| *at);
    for (at, e) in extra {
        let i = day_index(at);
        if let Some(day) = usize::try_from(i).ok().and_then(|i| out.get_mut(i)) {
            let pos = day.partition_point(|(t, _)| *t <= at);
            day.insert(pos, (at, e));
        }
    }
    out
}
