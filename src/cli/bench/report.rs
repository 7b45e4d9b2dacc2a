//! `frontdesk bench report`: a month of a busy hall (by default 30 days of
//! April 2026, 2000 customers every day, every window's breaks
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

/// Time spent on a processor by this thread, in nanoseconds (Linux), so the
/// figure holds on a machine busy with other work; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// A stopwatch of both wall-clock and processor time, in milliseconds.
struct Watch {
    wall: StdInstant,
    cpu: Option<u64>,
}

impl Watch {
    fn start() -> Watch {
        Watch {
            wall: StdInstant::now(),
            cpu: cpu_ns(),
        }
    }

    /// Processor time where the system tells it, else wall-clock time.
    fn ms(&self) -> f64 {
        match (self.cpu, cpu_ns()) {
            (Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e6,
            _ => self.wall_ms(),
        }
    }

    fn wall_ms(&self) -> f64 {
        self.wall.elapsed().as_secs_f64() * 1000.0
    }
}

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
        every_day: true,
        seed: 2026,
    };
    let t = StdInstant::now();
    // With the quality record: ratings, complaints and their answers, audits.
    let made = sample::quality::add(&hall, &params, sample::generate(&hall, &params));
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
    let mut whole_wall = Vec::new();
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
    let mut walk = Vec::new();
    let mut figures = Vec::new();
    let mut plan = Vec::new();
    for _ in 0..RUNS {
        // The parts of the figures, each on its own.
        let got = input(&log, &q)?;
        let t = Watch::start();
        let facts = crate::report::facts::walk(&hall, &got.events);
        walk.push(t.ms());
        let t = Watch::start();
        let index = crate::report::figures::TicketIndex::new(&facts);
        let scope = crate::report::figures::Scope::new(&hall, q.period, q.as_of, q.by, &q.filter);
        std::hint::black_box(crate::report::figures::figures(&facts, &scope, &index));
        figures.push(t.ms());
        let t = Watch::start();
        let days: Vec<NaiveDate> = q.period.each_day().collect();
        std::hint::black_box(crate::report::forecast::plan_vs_day(
            &hall,
            &facts,
            &days,
            &got.history,
            &got.events,
        ));
        plan.push(t.ms());
    }
    for _ in 0..RUNS {
        let t = Watch::start();
        let got = input(&log, &q)?;
        read.push(t.ms());
        std::hint::black_box(got.events.len());
        let t = Watch::start();
        let report = match build(&log, &Default::default(), None, &q) {
            Ok(r) => r,
            Err(e) => {
                return Err(StoreError::Corrupt {
                    path: dir.clone(),
                    detail: e.to_string(),
                });
            }
        };
        let built = t.ms();
        let built_wall = t.wall_ms();
        let mut rendering = 0.0;
        let mut rendering_wall = 0.0;
        for (f, times) in &mut formats {
            let t = Watch::start();
            let out = render(&tr, &hall, &report, *f, None).unwrap_or_default();
            let ms = t.ms();
            times.push(ms);
            rendering += ms;
            rendering_wall += t.wall_ms();
            if *f == Format::Html {
                bytes = out.len();
            }
        }
        whole.push(built + rendering);
        whole_wall.push(built_wall + rendering_wall);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let clock = if cpu_ns().is_some() {
        "processor time of the one thread it runs on"
    } else {
        "wall-clock time"
    };
    println!(
        "month report ({} to {}), median of {RUNS} runs, {clock}:",
        period.from, period.to
    );
    println!(
        "  read the log:                         {:>7.1} ms",
        median(&mut read)
    );
    println!(
        "  walk the events:                      {:>7.1} ms",
        median(&mut walk)
    );
    println!(
        "  one period's figures:                 {:>7.1} ms",
        median(&mut figures)
    );
    println!(
        "  the plan against each day:            {:>7.1} ms",
        median(&mut plan)
    );
    for (f, times) in &mut formats {
        println!(
            "  write {:<5}                           {:>7.1} ms",
            format!("{f:?}").to_lowercase(),
            median(times)
        );
    }
    println!(
        "  whole report (read, figures, every format): {:.1} ms (target < 1000 ms; {:.1} ms on the wall clock); the HTML is {} kB",
        median(&mut whole),
        median(&mut whole_wall),
        bytes / 1024
    );
    drop(log);
    drop(scratch);
    Ok(())
}
