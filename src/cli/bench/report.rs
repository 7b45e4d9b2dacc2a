//! `frontdesk bench report`: a month of a busy hall (by default 30 days of
//! April 2026, 2000 customers on an ordinary weekday, every window's breaks
//! with their warnings, late starts, overruns and unscheduled breaks), made
//! with the domain's commands and written to a scratch log, then the whole
//! month's report timed: reading the log, working out the figures (the month
//! before, the trend and the plan against each day included) and writing
//! every format. All of it runs on one thread, so on one core.

use super::Scratch;
use crate::domain::Event;
use crate::i18n::{Lang, Tr};
use crate::report::render::{Format, render};
use crate::report::{By, Filter, Period, Query, Span, sample};
use crate::store::{Log, StoreError};
use crate::views::report::{build, input};
use chrono::{Duration, NaiveDate};
use std::time::Instant as StdInstant;

/// How many times the report is made; the median is reported.
const RUNS: usize = 5;

pub fn run(days: u32, tickets: u32) -> Result<(), StoreError> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-report-{}", std::process::id()));
    let scratch = Scratch(dir.clone());
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let hall = sample::hall(tickets);
    let first = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default();
    let params = sample::Params {
        first_day: first,
        days,
        tickets_per_day: tickets,
        seed: 2026,
    };
    let t = StdInstant::now();
    let made = sample::generate(&hall, &params);
    let generated = t.elapsed().as_secs_f64();
    let events: usize = made.iter().map(Vec::len).sum();
    let issued = made
        .iter()
        .flatten()
        .filter(|(_, e)| matches!(e, Event::TicketIssued { .. }))
        .count();
    let t = StdInstant::now();
    let mut log = Log::open(&dir.join("hall.sqlite"), hall.clone())?;
    for day in made {
        if !day.is_empty() {
            log.append_unchecked(day, "bench")?;
        }
    }
    drop(log);
    println!(
        "report benchmark: {} windows, {days} days from {first}, {issued} tickets, {events} events (made in {generated:.1} s, written in {:.1} s)",
        hall.windows.len(),
        t.elapsed().as_secs_f64()
    );

    let last = first + Duration::days(i64::from(days) - 1);
    let period = Period::range(first, last).unwrap_or(Period::day(first));
    let span = if period == Period::month(first) {
        Span::Month
    } else {
        Span::Range
    };
    let q = Query {
        period,
        span,
        by: By::Hall,
        filter: Filter::default(),
        as_of: period.end(&hall) + Duration::hours(1),
    };
    let tr = Tr::new(Lang::En);
    let log = Log::open(&dir.join("hall.sqlite"), hall.clone())?;
    let mut read = Vec::new();
    let mut whole = Vec::new();
    let mut formats: Vec<(Format, Vec<f64>)> = [
        Format::Text,
        Format::Md,
        Format::Csv,
        Format::Json,
        Format::Html,
    ]
    .into_iter()
    .map(|f| (f, Vec::new()))
    .collect();
    let mut bytes = 0;
    for _ in 0..RUNS {
        let t = StdInstant::now();
        let got = input(&log, &q)?;
        read.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(got.events.len());
        let t = StdInstant::now();
        let report = match build(&log, None, &q) {
            Ok(r) => r,
            Err(e) => {
                return Err(StoreError::Corrupt {
                    path: dir.clone(),
                    detail: e.to_string(),
                });
            }
        };
        let built = t.elapsed().as_secs_f64() * 1000.0;
        let mut rendering = 0.0;
        for (f, times) in &mut formats {
            let t = StdInstant::now();
            let out = render(&tr, &hall, &report, *f, None).unwrap_or_default();
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            times.push(ms);
            rendering += ms;
            if *f == Format::Html {
                bytes = out.len();
            }
        }
        whole.push(built + rendering);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "month report ({} to {}), median of {RUNS} runs on one thread:",
        period.from, period.to
    );
    println!(
        "  read the log:                         {:>7.1} ms",
        median(&mut read)
    );
    for (f, times) in &mut formats {
        println!(
            "  write {:<5}                           {:>7.1} ms",
            format!("{f:?}").to_lowercase(),
            median(times)
        );
    }
    println!(
        "  whole report (read, figures, every format): {:.1} ms (target < 1000 ms); the HTML is {} kB",
        median(&mut whole),
        bytes / 1024
    );
    drop(log);
    drop(scratch);
    Ok(())
}
