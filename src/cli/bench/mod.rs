//! `frontdesk bench store`: durable appends per second, append latency, and how
//! long a large log takes to open with its state ready. `frontdesk bench render`:
//! how long one frame of the counter screen takes with a long line. `frontdesk
//! bench board`: how long the hall board takes to build and draw.

use crate::demo;
use crate::domain::{Command, Event, Instant, ServiceCode, TicketId, WindowId};
use crate::store::{Log, StoreError};
use chrono::{Duration, TimeZone, Utc};
use std::path::PathBuf;
use std::time::Instant as StdInstant;

/// A scratch directory removed when the benchmark ends, however it ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

mod feedback;
pub mod pg;
pub mod report;
pub mod train;

use crate::cli::args::BenchCmd;
use crate::cli::failure::Failure;

/// `frontdesk bench …`: runs one benchmark and prints its figures.
pub fn run(b: &BenchCmd) -> Result<(), Failure> {
    match b {
        BenchCmd::Store {
            events,
            appends,
            url,
        } => {
            if let Some(url) = url {
                crate::cli::store::no_password_on_the_command_line(url)?;
            }
            store(*events, *appends).map_err(|e| Failure::Bad(e.to_string()))?;
            match url {
                Some(url) => pg::run(url, *events, *appends),
                None => Ok(()),
            }
        }
        BenchCmd::Plan { windows, runs } => {
            plan(*windows, *runs);
            Ok(())
        }
        BenchCmd::Board { tickets, frames } => {
            board(*tickets, *frames);
            Ok(())
        }
        BenchCmd::Render { tickets, frames } => {
            render(*tickets, *frames);
            Ok(())
        }
        BenchCmd::Follow { file, hall } => pg::follow(file.as_deref(), hall.as_deref()),
        BenchCmd::Sim { reps } => sim(*reps).map_err(|e| Failure::Bad(e.to_string())),
        BenchCmd::Report { days, tickets } => {
            report::run(*days, *tickets).map_err(|e| Failure::Bad(e.to_string()))
        }
        BenchCmd::Train { frames } => {
            train::run(*frames);
            Ok(())
        }
        BenchCmd::Feedback { events, entries } => {
            feedback::run(*events, *entries).map_err(|e| Failure::Bad(e.to_string()))
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub fn store(events: u64, appends: u32) -> Result<(), StoreError> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-{}", std::process::id()));
    let scratch = Scratch(dir.clone());
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let hall = demo::config().hall;
    println!(
        "store benchmark: SQLite WAL, synchronous=FULL, in {}",
        dir.display()
    );

    // 1. Durable appends, one command and one commit each, as a counter makes them.
    let mut log = Log::open(&dir.join("appends.sqlite"), hall.clone())?;
    let mut latencies = Vec::with_capacity(appends as usize);
    let start = StdInstant::now();
    let cmd = Command::IssueTicket {
        service: ServiceCode::new("A"),
        window: None,
    };
    for _ in 0..appends {
        let t = StdInstant::now();
        log.execute(&cmd, Utc::now(), None, "bench")
            .map_err(|e| match e {
                crate::store::ExecError::Store(s) => s,
                crate::store::ExecError::Refused(r) => StoreError::Corrupt {
                    path: dir.clone(),
                    detail: r.to_string(),
                },
            })?;
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let total = start.elapsed().as_secs_f64();
    latencies.sort_by(f64::total_cmp);
    println!(
        "durable appends: {appends} in {total:.2} s = {:.0} appends/s; latency p50 {:.2} ms, p99 {:.2} ms",
        f64::from(appends) / total.max(1e-9),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99)
    );
    drop(log);

    // 2. A large log: days of tickets issued, called and served.
    let path = dir.join("large.sqlite");
    let built = StdInstant::now();
    let mut log = Log::open(&path, hall.clone())?;
    let mut days = DayGenerator::new(hall.windows.iter().map(|w| w.id).collect());
    let mut written = 0u64;
    // The tail after the last snapshot is as long as it can get, the worst case.
    let tail = 999.min(events);
    while written < events - tail {
        let n = (events - tail - written).min(50_000);
        log.append_unchecked((0..n).map(|_| days.next_event()), "bench")?;
        written += n;
    }
    log.write_snapshot()?;
    log.append_unchecked((0..tail).map(|_| days.next_event()), "bench")?;
    written += tail;
    drop(log);
    let size = ["", "-wal"]
        .iter()
        .filter_map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            std::fs::metadata(p).ok()
        })
        .map(|m| m.len())
        .sum::<u64>();
    println!(
        "large log: {written} events, {:.0} MB, built in {:.1} s",
        size as f64 / 1e6,
        built.elapsed().as_secs_f64()
    );

    // 3. Cold start: open the log and have the state ready to answer.
    let mut times = Vec::new();
    for _ in 0..7 {
        let t = StdInstant::now();
        let log = Log::open(&path, hall.clone())?;
        let waiting = log.state().service_queue(&ServiceCode::new("A")).len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(waiting);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "cold start of the large log (open + state ready), 7 runs: median {:.1} ms, worst {:.1} ms (target < 200 ms)",
        percentile(&times, 0.5),
        times.last().copied().unwrap_or(0.0)
    );
    drop(scratch);
    Ok(())
}

/// Produces a plausible stream of events: tickets issued, called and served, a
/// business day after another.
struct DayGenerator {
    windows: Vec<WindowId>,
    t: Instant,
    day_start: Instant,
    next_id: u64,
    number: u32,
    step: u8,
    current: TicketId,
    window_turn: usize,
}

impl DayGenerator {
    fn new(windows: Vec<WindowId>) -> Self {
        let start = Utc
            .with_ymd_and_hms(2024, 1, 1, 7, 0, 0)
            .single()
            .unwrap_or_default();
        DayGenerator {
            windows,
            t: start,
            day_start: start,
            next_id: 1,
            number: 0,
            step: 0,
            current: TicketId(0),
            window_turn: 0,
        }
    }

    fn next_event(&mut self) -> (Instant, Event) {
        self.t += Duration::seconds(7);
        if self.step == 0 && self.t - self.day_start > Duration::hours(10) {
            self.day_start += Duration::days(1);
            self.t = self.day_start;
            self.number = 0;
        }
        let window = self.windows[self.window_turn % self.windows.len().max(1)];
        let event = match self.step {
            0 => {
                self.current = TicketId(self.next_id);
                self.next_id += 1;
                self.number += 1;
                Event::TicketIssued {
                    ticket: self.current,
                    service: ServiceCode::new("A"),
                    number: self.number,
                    day: self.t.date_naive(),
                    window: None,
                }
            }
            1 => Event::TicketCalled {
                ticket: self.current,
                window,
            },
            _ => {
                self.window_turn += 1;
                Event::TicketServed {
                    ticket: self.current,
                    window,
                }
            }
        };
        self.step = (self.step + 1) % 3;
        (self.t, event)
    }
}

/// Times the counter screen of the demo hall with `tickets` more people in line:
/// building the view from the state, and drawing one 80×24 frame.
pub fn render(tickets: u32, frames: u32) {
    use crate::i18n::{Lang, Tr};
    use crate::tui::app::App;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let hall = demo::config().hall;
    let now = Utc::now();
    let mut state =
        crate::domain::State::fold(demo::history(&hall, now).iter().map(|(a, e)| (*a, e)));
    let cmd = Command::IssueTicket {
        service: ServiceCode::new("A"),
        window: None,
    };
    for _ in 0..tickets {
        if let Ok(events) = crate::domain::decide(&hall, &state, &cmd, now, None) {
            for e in &events {
                state.apply(now, e);
            }
        }
    }
    let window = WindowId(1);
    let app = App::new(Tr::new(Lang::En), hall, &state, now, true);
    let mut app = app.at_counter(window, &state, now);
    let waiting = app.counter.as_ref().map_or(0, |c| c.queue);
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
    let mut view_us = Vec::with_capacity(frames as usize);
    let mut draw_us = Vec::with_capacity(frames as usize);
    for _ in 0..frames {
        let t = StdInstant::now();
        app.refresh(&state, now);
        view_us.push(t.elapsed().as_secs_f64() * 1e6);
        let t = StdInstant::now();
        let _ = terminal.draw(|f| crate::tui::render::render(&app, f));
        draw_us.push(t.elapsed().as_secs_f64() * 1e6);
    }
    view_us.sort_by(f64::total_cmp);
    draw_us.sort_by(f64::total_cmp);
    println!("counter screen, 80×24, window 1 with {waiting} in its line, {frames} frames:");
    println!(
        "  view from state: median {:.0} µs, p99 {:.0} µs",
        percentile(&view_us, 0.5),
        percentile(&view_us, 0.99)
    );
    println!(
        "  draw one frame:  median {:.0} µs, p99 {:.0} µs (target < 1000 µs)",
        percentile(&draw_us, 0.5),
        percentile(&draw_us, 0.99)
    );
}

/// A hall for the planner's benchmark: `windows` windows over a 12-hour day
/// (08:00–20:00) in 15-minute intervals, three services, and one cashier per
/// window owed a 30-minute break between 11:00 and 15:00 and a 15-minute one
/// between 16:00 and 19:30.
pub fn planner_hall(windows: u32) -> crate::domain::Hall {
    use crate::domain::{ArrivalRate, Entitlement, OpeningHours, Staff, StaffId, WindowSpec};
    use chrono::NaiveTime;
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    let mut hall = demo::config().hall;
    hall.demo = false;
    hall.hours = OpeningHours {
        open: hm(8, 0),
        close: hm(20, 0),
    };
    hall.forecast.interval = Duration::minutes(15);
    hall.policy.max_concurrent_breaks = (windows / 6).max(1);
    hall.policy.min_open_per_service = 2;
    hall.policy.min_break_length = None;
    // About three quarters of the windows busy at midday.
    let n = f64::from(windows);
    let profile = |per_hour: f64| {
        [(8, 0.8), (11, 1.2), (14, 1.0), (17, 0.9)]
            .map(|(h, k)| ArrivalRate {
                from: hm(h, 0),
                per_hour: per_hour * k,
            })
            .to_vec()
    };
    for (s, per_window) in hall.services.iter_mut().zip([6.0, 1.2, 0.6]) {
        s.arrivals = profile(per_window * n);
    }
    let codes: Vec<ServiceCode> = hall.services.iter().map(|s| s.code.clone()).collect();
    hall.windows = (1..=windows)
        .map(|i| WindowSpec {
            id: WindowId(i),
            name: None,
            services: match i % 5 {
                0 | 1 => vec![codes[0].clone(), codes[1].clone()],
                2 => vec![codes[0].clone(), codes[2].clone()],
                3 => vec![codes[1].clone(), codes[2].clone()],
                _ => vec![codes[0].clone()],
            },
        })
        .collect();
    hall.staff = (1..=windows)
        .map(|i| Staff {
            id: StaffId(format!("s{i}")),
            name: format!("Cashier {i}"),
            window: Some(WindowId(i)),
            shift: None,
            breaks: vec![
                Entitlement {
                    length: Duration::minutes(30),
                    earliest: hm(11, 0),
                    latest: hm(15, 0),
                },
                Entitlement {
                    length: Duration::minutes(15),
                    earliest: hm(16, 0),
                    latest: hm(19, 30),
                },
            ],
        })
        .collect();
    hall
}

/// `frontdesk bench plan`: the forecast of a day and the suggested placement of
/// every entitled break, timed on the demo hall's day and on
/// [`planner_hall`] with `windows` windows.
pub fn plan(windows: u32, runs: u32) {
    let demo = {
        let mut h = demo::config().hall;
        h.demo = false;
        h
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
    println!("planner benchmark, {runs} runs each:");
    plan_on("demo hall", &demo, day, runs, Some((5.0, 100.0)));
    plan_on(
        &format!("{windows}-window hall"),
        &planner_hall(windows),
        day,
        runs,
        None,
    );
}

/// Times one hall's forecast and suggestion; `targets` are the medians aimed
/// at, in milliseconds.
fn plan_on(
    name: &str,
    hall: &crate::domain::Hall,
    day: chrono::NaiveDate,
    runs: u32,
    targets: Option<(f64, f64)>,
) {
    use crate::plan::{Plan, suggest};
    use crate::staffing::{Demand, Evaluator, Score};
    // The day before it opens: every break is still to be placed.
    let now = crate::staffing::local(hall, day, hall.hours.open) - Duration::hours(2);
    let plan = Plan::empty(day);
    let mut forecast_ms = Vec::new();
    let mut suggest_ms = Vec::new();
    let mut forecast_cpu = Vec::new();
    let mut suggest_cpu = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let (t, c) = (StdInstant::now(), cpu_ms());
        let ev = Evaluator::new(hall, Demand::from_config(hall, day));
        let f = ev.forecast(&plan.aways(now));
        forecast_ms.push(t.elapsed().as_secs_f64() * 1e3);
        forecast_cpu.extend(c.zip(cpu_ms()).map(|(a, b)| b - a));
        let (t, c) = (StdInstant::now(), cpu_ms());
        let s = suggest::suggest(hall, &ev, &plan, now);
        suggest_ms.push(t.elapsed().as_secs_f64() * 1e3);
        suggest_cpu.extend(c.zip(cpu_ms()).map(|(a, b)| b - a));
        last = Some((f.intervals.len(), s, suggest::naive(hall, &ev, &plan, now)));
    }
    for v in [
        &mut forecast_ms,
        &mut suggest_ms,
        &mut forecast_cpu,
        &mut suggest_cpu,
    ] {
        v.sort_by(f64::total_cmp);
    }
    let hours = (hall.hours.close - hall.hours.open).num_minutes() as f64 / 60.0;
    println!(
        "{name}: {} windows, {hours:.0}-hour day in {}-minute intervals, {} services, {} entitled breaks",
        hall.windows.len(),
        hall.forecast.interval.num_minutes(),
        hall.services.len(),
        hall.staff.iter().map(|s| s.breaks.len()).sum::<usize>()
    );
    let target = |t: Option<f64>| t.map_or(String::new(), |t| format!(" (target < {t:.0} ms)"));
    // On a machine other work shares, the time on the processors says what
    // the work costs; the clock says what a person waits. Counted in ticks of
    // 10 ms, so given as the mean over the runs.
    let cpu = |v: &[f64]| {
        if v.is_empty() {
            String::new()
        } else {
            format!(
                "; on the processors: {:.1} ms a run",
                v.iter().sum::<f64>() / v.len() as f64
            )
        }
    };
    if let Some((intervals, s, naive)) = last {
        println!(
            "  forecast ({intervals} intervals): median {:.2} ms, worst {:.2} ms{}{}",
            percentile(&forecast_ms, 0.5),
            percentile(&forecast_ms, 1.0),
            target(targets.map(|t| t.0)),
            cpu(&forecast_cpu)
        );
        println!(
            "  suggest: median {:.1} ms, worst {:.1} ms{}{}",
            percentile(&suggest_ms, 0.5),
            percentile(&suggest_ms, 1.0),
            target(targets.map(|t| t.1)),
            cpu(&suggest_cpu)
        );
        let figures = |s: &Score| {
            format!(
                "worst interval {:.1} min, {:.1} min on average, {} overloaded",
                s.worst, s.mean_wait, s.overloaded
            )
        };
        println!(
            "  placed {} breaks ({} unplaced): {}; naive plan: {}",
            s.plan.breaks.len(),
            s.unplaced.len(),
            figures(&s.after),
            figures(&naive.after)
        );
    }
}

/// Milliseconds this process's threads have run on the processors, where
/// Linux tells (`/proc/self/stat`, in ticks of 10 ms); `None` elsewhere.
fn cpu_ms() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which ends at the last ')'.
    let rest = text.get(text.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    // utime and stime are the 14th and 15th fields, 12th and 13th after it.
    Some((ticks(11)? + ticks(12)?) * 10.0)
}

/// Times the hall board on the demo hall with `tickets` more people waiting:
/// building its view (wait estimates included) and drawing one frame at
/// 80×24 and at 200×60.
pub fn board(tickets: u32, frames: u32) {
    use crate::i18n::{Lang, Tr};
    use crate::tui::render::board::{self as render, Look};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let hall = demo::config().hall;
    let now = Utc::now();
    let mut state =
        crate::domain::State::fold(demo::history(&hall, now).iter().map(|(a, e)| (*a, e)));
    for i in 0..tickets {
        let code = &hall.services[i as usize % hall.services.len()].code;
        let cmd = Command::IssueTicket {
            service: code.clone(),
            window: None,
        };
        if let Ok(events) = crate::domain::decide(&hall, &state, &cmd, now, None) {
            for e in &events {
                state.apply(now, e);
            }
        }
    }
    let waiting: usize = state.tickets.values().filter(|t| t.is_waiting()).count();
    let tr = Tr::new(Lang::En);
    let langs = Lang::ALL.to_vec();
    let mut view_us = Vec::with_capacity(frames as usize);
    let mut small_us = Vec::with_capacity(frames as usize);
    let mut large_us = Vec::with_capacity(frames as usize);
    let (Ok(mut small), Ok(mut large)) = (
        Terminal::new(TestBackend::new(80, 24)),
        Terminal::new(TestBackend::new(200, 60)),
    );
    for _ in 0..frames {
        let t = StdInstant::now();
        let view = crate::views::board::board_view(&hall, &state, now);
        view_us.push(t.elapsed().as_secs_f64() * 1e6);
        let look = Look { colour: true };
        let t = StdInstant::now();
        let _ = small.draw(|f| render::render(&view, &tr, &langs, look, f));
        small_us.push(t.elapsed().as_secs_f64() * 1e6);
        let t = StdInstant::now();
        let _ = large.draw(|f| render::render(&view, &tr, &langs, look, f));
        large_us.push(t.elapsed().as_secs_f64() * 1e6);
    }
    for v in [&mut view_us, &mut small_us, &mut large_us] {
        v.sort_by(f64::total_cmp);
    }
    println!(
        "hall board, demo hall with {waiting} waiting in {} services, {frames} frames:",
        hall.services.len()
    );
    println!(
        "  view from state (wait estimates included): median {:.0} µs, p99 {:.0} µs (budget: one poll, 200000 µs)",
        percentile(&view_us, 0.5),
        percentile(&view_us, 0.99)
    );
    println!(
        "  draw 80×24:  median {:.0} µs, p99 {:.0} µs",
        percentile(&small_us, 0.5),
        percentile(&small_us, 0.99)
    );
    println!(
        "  draw 200×60: median {:.0} µs, p99 {:.0} µs",
        percentile(&large_us, 0.5),
        percentile(&large_us, 0.99)
    );
}

/// `frontdesk bench sim`: simulated customers per second on one core and on all,
/// for the issue's model (8 windows, one service, a 480-minute day, 1.8 arrivals
/// a minute, exponential visits of 4 minutes), without breaks and with the eight
/// windows taking staggered 30-minute breaks one after another from minute 120.
pub fn sim(reps: u64) -> Result<(), crate::sim::RunError> {
    use crate::sim::{self, BreakModel, Engine, Model, Options, Policy};
    let plain = Model::mmc(8, 1.8, 4.0, 480.0);
    let mut staggered = plain.clone();
    staggered.breaks = (0..8)
        .map(|w| BreakModel {
            window: w,
            start: 120.0 + 30.0 * w as f64,
            end: 150.0 + 30.0 * w as f64,
        })
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "simulator benchmark: 8 windows, one shared line, 480-minute day, 1.8 arrivals/min, \
         exponential visits of 4 min; {reps} replications; {cores} cores"
    );
    let cases: [(&str, &Model, Policy, Engine); 4] = [
        ("no breaks", &plain, Policy::FinishCurrent, Engine::Auto),
        (
            "staggered breaks, finish-current",
            &staggered,
            Policy::FinishCurrent,
            Engine::Auto,
        ),
        (
            "staggered breaks, preempt-resume",
            &staggered,
            Policy::PreemptResume,
            Engine::Auto,
        ),
        (
            "no breaks, event engine forced",
            &plain,
            Policy::FinishCurrent,
            Engine::Events,
        ),
    ];
    for (name, model, policy, engine) in cases {
        let mut rates = Vec::new();
        let mut last = None;
        for threads in [1, 0] {
            let opts = Options {
                reps,
                seed: 1,
                policy,
                threads,
                engine,
            };
            let t = StdInstant::now();
            let summary = sim::run(model, &opts)?;
            let secs = t.elapsed().as_secs_f64().max(1e-9);
            rates.push((summary.threads, summary.customers as f64 / secs));
            // Compared as JSON: a figure no replication has is NaN, unequal to itself.
            let json = serde_json::to_string(&summary.figures).unwrap_or_default();
            if let Some(prev) = &last
                && prev != &json
            {
                println!("  WARNING: results differ between thread counts");
            }
            last = Some(json);
            if threads == 0 {
                let f = &summary.figures;
                println!(
                    "{name} ({} engine): mean wait {:.3} ± {:.3} min, P(wait > 0) {:.3}, {} customers",
                    match summary.engine {
                        Engine::Recursion => "recursion",
                        _ => "event",
                    },
                    f.mean_wait.mean,
                    f.mean_wait.ci95.unwrap_or(0.0),
                    f.p_wait.mean,
                    summary.customers
                );
            }
        }
        let (_, one) = rates[0];
        let (n, all) = rates[1];
        println!(
            "  1 thread: {:.2} M customers/s;  {n} threads: {:.2} M customers/s (speed-up {:.2}×)",
            one / 1e6,
            all / 1e6,
            all / one
        );
    }
    Ok(())
}
