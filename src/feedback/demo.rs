//! The demo hall's quality record, laid with its day: ratings from the
//! survey for some of the customers served, praise and complaints said at the
//! counters, a complaint about a break whose context the log tells, a letter
//! whose acknowledgement is overdue, an answered question, and yesterday's
//! mystery-shopper visit. Decided by the real rules, so the supervisor's
//! feedback screen has something to show whenever the demo starts.

use super::book::Book;
use super::decide::{FeedbackCommand as C, decide};
use super::rules::Rules;
use crate::domain::{
    AuditMark, Channel, Event, FeedbackId, FeedbackKind, Hall, Instant, Links, Mark, Recorded,
    State, WindowId,
};
use chrono::Duration;

/// The survey's scores for the customers asked, in turn: mostly content, as
/// a real hall's are, with a few who were not.
const SCORES: [u8; 10] = [5, 4, 5, 3, 4, 5, 2, 4, 5, 4];

/// The quality record of the demo's day, given the hall's own events of it
/// (oldest first) and now.
pub fn history(hall: &Hall, laid: &[(Instant, Event)], now: Instant) -> Vec<(Instant, Event)> {
    let rules = Rules::default();
    let mut state = State::new();
    for (at, e) in laid {
        state.apply(*at, e);
    }
    let mut book = Book::new();
    let mut out: Vec<(Instant, Event)> = Vec::new();
    let mut run = |at: Instant, cmd: C, book: &mut Book| {
        // A command the rules refuse simply does not happen in the demo.
        if let Ok(d) = decide(hall, &rules, &state, book, &cmd, at) {
            for event in d.events {
                book.apply(&Recorded {
                    seq: 0,
                    at,
                    origin: "demo".into(),
                    event: event.clone(),
                    user: None,
                });
                out.push((at, event));
            }
        }
    };
    let record = |kind, channel, category: &str, words: &str, received: Instant, links| C::Record {
        kind,
        channel,
        category: category.into(),
        words: words.into(),
        received: Some(received),
        links,
        contact: None,
    };

    // Every third customer served answered the survey.
    let served: Vec<(Instant, Event)> = laid
        .iter()
        .filter(|(_, e)| matches!(e, Event::TicketServed { .. }))
        .cloned()
        .collect();
    for (i, (at, e)) in served.iter().enumerate().filter(|(i, _)| i % 3 == 1) {
        if let Event::TicketServed { ticket, window } = e {
            let score = SCORES[(i / 3) % SCORES.len()];
            let reason = match score {
                1 | 2 => Some("waiting-time".to_string()),
                5 => Some("staff-manner".to_string()),
                _ => None,
            };
            run(
                *at + Duration::seconds(20),
                C::Rate {
                    window: *window,
                    ticket: Some(*ticket),
                    score,
                    reason,
                    lang: "en".into(),
                },
                &mut book,
            );
        }
    }

    // Praise and a complaint said at the counters.
    let window = |n| Links {
        window: Some(WindowId(n)),
        ..Links::default()
    };
    let said = [
        (
            120,
            FeedbackKind::Compliment,
            1,
            "staff-manner",
            "Very patient with my mother.",
        ),
        (
            95,
            FeedbackKind::Compliment,
            3,
            "competence",
            "Explained the loan clearly.",
        ),
        (
            40,
            FeedbackKind::Complaint,
            2,
            "waiting-time",
            "Forty minutes for a parcel.",
        ),
        (
            10,
            FeedbackKind::Suggestion,
            1,
            "premises",
            "A chair by the door, please.",
        ),
    ];
    for (ago, kind, w, category, words) in said {
        let at = now - Duration::minutes(ago);
        run(
            at,
            record(kind, Channel::Counter, category, words, at, window(w)),
            &mut book,
        );
    }

    // A complaint about the morning's break at window 2: its context is in the log.
    let brk = laid.iter().find_map(|(_, e)| match e {
        Event::BreakPlanned { brk, window, .. } if *window == WindowId(2) => Some(*brk),
        _ => None,
    });
    let at = now - Duration::minutes(60);
    run(
        at,
        record(
            FeedbackKind::Complaint,
            Channel::Writing,
            "not-warned",
            "The window closed while I was next in line.",
            at,
            Links {
                window: Some(WindowId(2)),
                brk,
                ..Links::default()
            },
        ),
        &mut book,
    );
    let id = book
        .entries
        .keys()
        .next_back()
        .copied()
        .unwrap_or(FeedbackId(0));
    run(
        now - Duration::minutes(30),
        C::Acknowledge { entry: id },
        &mut book,
    );

    // A letter from last week that nobody has acknowledged: late.
    run(
        now - Duration::minutes(5),
        record(
            FeedbackKind::Complaint,
            Channel::Email,
            "sent-elsewhere",
            "After 25 minutes I was sent to another window and waited again.",
            now - Duration::days(6),
            window(4),
        ),
        &mut book,
    );
    // A question asked and answered.
    let at = now - Duration::minutes(80);
    run(
        at,
        record(
            FeedbackKind::Question,
            Channel::Phone,
            "information",
            "Is the branch open on Saturdays?",
            at,
            Links::default(),
        ),
        &mut book,
    );
    let id = book
        .entries
        .keys()
        .next_back()
        .copied()
        .unwrap_or(FeedbackId(0));
    run(
        at + Duration::minutes(5),
        C::Answer {
            entry: id,
            answer: "No; Monday to Friday only.".into(),
        },
        &mut book,
    );
    run(
        at + Duration::minutes(6),
        C::Close {
            entry: id,
            note: String::new(),
        },
        &mut book,
    );

    // Yesterday's mystery shopper at window 3.
    let marks = [
        ("greeting", 1, Mark::Yes),
        ("notice", 1, Mark::Yes),
        ("break-warning", 3, Mark::No),
        ("phrases", 2, Mark::Yes),
        ("cutoff-honoured", 3, Mark::Yes),
        ("redirect", 2, Mark::Yes),
        ("apology", 2, Mark::NotApplicable),
    ]
    .into_iter()
    .map(|(item, weight, mark)| AuditMark {
        item: item.into(),
        weight,
        mark,
    })
    .collect();
    run(
        now - Duration::minutes(100),
        C::Audit {
            checklist: "mystery-shopper".into(),
            window: Some(WindowId(3)),
            staff: None,
            visited: Some(now - Duration::days(1)),
            marks,
            note: "Closed for lunch with two waiting; warned only five minutes ahead.".into(),
        },
        &mut book,
    );
    out
}
