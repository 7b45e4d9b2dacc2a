//! `frontdesk bench feedback`: how the quality record keeps up in a large
//! log — folding the record, listing the open entries with their tickets,
//! telling a complaint's context from its day, the figures of a month, and a
//! durable step decided under the write lock.

use super::{DayGenerator, Scratch, percentile};
use crate::domain::{Channel, Event, FeedbackId, FeedbackKind, Instant, Links, StaffId, WindowId};
use crate::feedback::book::{Book, KINDS};
use crate::feedback::figures::GroupBy;
use crate::feedback::{FeedbackCommand, decide};
use crate::i18n::{Lang, Tr};
use crate::store::{Beside, Log, StoreError};
use crate::views::feedback as view;
use chrono::Duration;
use std::time::Instant as StdInstant;

/// The median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = StdInstant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    percentile(&times, 0.5)
}

pub fn run(events: u64, entries: u32) -> Result<(), StoreError> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-feedback-{}", std::process::id()));
    let _scratch = Scratch(dir.clone());
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let hall = crate::demo::config().hall;
    let rules = crate::feedback::Rules::default();
    let path = dir.join("large.sqlite");
    let mut log = Log::open(&path, hall.clone())?;
    let windows: Vec<WindowId> = hall.windows.iter().map(|w| w.id).collect();
    let mut days = DayGenerator::new(windows.clone());

    // Days of tickets issued, called and served, with feedback among them:
    // complaints and praise about windows and tickets, and ratings.
    let built = StdInstant::now();
    let every = (events / u64::from(entries.max(1))).max(3);
    let mut batch: Vec<(Instant, Event)> = Vec::new();
    let staff: Vec<Option<StaffId>> = windows
        .iter()
        .map(|w| {
            hall.staff
                .iter()
                .find(|s| s.window == Some(*w))
                .map(|s| s.id.clone())
        })
        .collect();
    let (first, _) = days.next_event();
    for (w, s) in windows.iter().zip(&staff) {
        batch.push((
            first,
            Event::WindowOpened {
                window: *w,
                staff: s.clone(),
            },
        ));
    }
    let mut entry = 0u64;
    let mut last_ticket = None;
    for i in 0..events {
        let (at, event) = days.next_event();
        if let Event::TicketServed { ticket, .. } = &event {
            last_ticket = Some(*ticket);
        }
        batch.push((at, event));
        if i % every == every - 1 {
            entry += 1;
            let window = windows[(entry as usize) % windows.len()];
            let kind = if entry.is_multiple_of(3) {
                FeedbackKind::Compliment
            } else {
                FeedbackKind::Complaint
            };
            batch.push((
                at,
                Event::FeedbackRecorded {
                    entry: FeedbackId(entry),
                    kind,
                    channel: Channel::Counter,
                    category: "waiting-time".into(),
                    words: "Bench words.".into(),
                    received: at,
                    links: Links {
                        ticket: last_ticket,
                        window: Some(window),
                        ..Links::default()
                    },
                    contact: false,
                },
            ));
            batch.push((
                at,
                Event::CustomerRated {
                    window,
                    ticket: last_ticket,
                    staff: None,
                    score: 1 + (entry % 5) as u8,
                    reason: None,
                    lang: "en".into(),
                },
            ));
        }
        if batch.len() >= 50_000 {
            log.append_unchecked(std::mem::take(&mut batch), "bench")?;
        }
    }
    log.append_unchecked(batch, "bench")?;
    log.write_snapshot()?;
    println!(
        "quality record benchmark: {events} hall events, {entry} feedback entries and {entry} ratings, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );

    let tr = Tr::new(Lang::En);
    let mut book = Book::new();
    let fold = median_ms(5, || {
        if let Ok(ev) = log.events_of_kinds(&KINDS) {
            book = Book::fold(&ev);
        }
    });
    println!(
        "fold the record ({} entries, {} ratings): {fold:.1} ms",
        book.entries.len(),
        book.ratings.len()
    );
    let now = book
        .entries
        .values()
        .map(|e| e.received)
        .max()
        .unwrap_or_default()
        + Duration::hours(1);
    let mut shown = 0;
    let list = median_ms(5, || {
        let labels = view::ticket_labels(&log, &book).unwrap_or_default();
        let filter = view::Filter {
            open_only: true,
            ..view::Filter::default()
        };
        let rows = view::listed(&book, &rules, hall.tz, &filter, now);
        let views: Vec<view::EntryView> = rows
            .iter()
            .map(|e| view::entry_view(&tr, &hall, &rules, &labels, e, now))
            .collect();
        shown = views.len();
    });
    println!("list the open entries with their tickets ({shown} rows): {list:.1} ms");
    let complaint = book
        .entries
        .values()
        .rev()
        .find(|e| e.kind == FeedbackKind::Complaint && e.links.ticket.is_some())
        .cloned();
    if let Some(e) = complaint {
        let mut lines = 0;
        let context = median_ms(5, || {
            if let Ok(cx) = view::context_of(&log, &hall, &e) {
                lines = view::context_lines(&tr, &hall, &cx).len();
            }
        });
        println!("tell one complaint's context from its day ({lines} lines): {context:.1} ms");
    }
    let mut served = 0;
    let figures = median_ms(5, || {
        if let Ok(f) = view::figures_from_log(
            &log,
            &book,
            &hall,
            now - Duration::days(30),
            now,
            GroupBy::Window,
        ) {
            served = f.total.served;
        }
    });
    println!("figures of the last 30 days by window ({served} served): {figures:.1} ms");

    // A step decided under the write lock on the whole record, made durable.
    let mut steps = Vec::new();
    for id in 1..=20u64 {
        let cmd = FeedbackCommand::Assign {
            entry: FeedbackId(id),
            to: "Eva".into(),
        };
        let t = StdInstant::now();
        let (h, r) = (hall.clone(), rules.clone());
        log.record_with(now, "bench", &KINDS, 0, |state, events| {
            let book = Book::fold(events);
            let d = decide(&h, &r, state, &book, &cmd, now).map_err(|e| StoreError::Corrupt {
                path: dir.clone(),
                detail: e.to_string(),
            })?;
            Ok::<_, StoreError>((d.events, Beside::default()))
        })?;
        steps.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    steps.sort_by(f64::total_cmp);
    println!(
        "a durable step (assign), the record folded afresh as a command does: p50 {:.1} ms, p99 {:.1} ms",
        percentile(&steps, 0.5),
        percentile(&steps, 0.99)
    );
    // The same from a screen, whose record is kept up to date.
    let mut tracker = view::Tracker::default();
    tracker.catch_up(&log)?;
    let mut steps = Vec::new();
    for id in 21..=40u64 {
        let cmd = FeedbackCommand::Assign {
            entry: FeedbackId(id),
            to: "Eva".into(),
        };
        let t = StdInstant::now();
        let (h, r) = (hall.clone(), rules.clone());
        let after = tracker.book.seq;
        let book = &mut tracker.book;
        let recorded = log.record_with(now, "bench", &KINDS, after, |state, events| {
            for e in events {
                book.apply(e);
            }
            let d = decide(&h, &r, state, book, &cmd, now).map_err(|e| StoreError::Corrupt {
                path: dir.clone(),
                detail: e.to_string(),
            })?;
            Ok::<_, StoreError>((d.events, Beside::default()))
        })?;
        for e in &recorded {
            tracker.book.apply(e);
        }
        steps.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    steps.sort_by(f64::total_cmp);
    println!(
        "the same from a screen, its record kept up to date: p50 {:.1} ms, p99 {:.1} ms",
        percentile(&steps, 0.5),
        percentile(&steps, 0.99)
    );
    Ok(())
}
