//! `frontdesk bench store --url URL`: the same figures for a hall in
//! PostgreSQL as for the SQLite file, and for both the time from a call at one
//! counter to the board of another process showing it: through NOTIFY for the
//! database, through the board's poll for the file. Scratch halls are removed
//! afterwards.

use super::{DayGenerator, Scratch, percentile};
use crate::cli::failure::Failure;
use crate::cli::store::no_password_on_the_command_line;
use crate::demo;
use crate::domain::{Command, ServiceCode, WindowId};
use crate::store::pgconn::Target;
use crate::store::{ExecError, Log, PgLog, StoreError, pglog};
use chrono::Utc;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant as StdInstant, SystemTime, UNIX_EPOCH};

/// Calls timed from one counter to another process's board.
const CALLS: u32 = 60;
/// How long a follower lives at most, should its parent vanish.
const FOLLOW_FOR: Duration = Duration::from_secs(300);

fn bad(e: impl std::fmt::Display) -> Failure {
    Failure::Bad(e.to_string())
}

fn exec_err(e: ExecError) -> Failure {
    bad(e)
}

/// Microseconds of the wall clock: the one clock two processes share.
fn wall_us() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

pub fn run(url: &str, events: u64, appends: u32) -> Result<(), Failure> {
    no_password_on_the_command_line(url)?;
    let target = Target::parse(url).map_err(bad)?;
    let id = format!("bench-{}", std::process::id());
    let big = format!("{id}-large");
    println!();
    println!(
        "store benchmark: PostgreSQL at {}, scratch halls {id} and {big} (removed afterwards)",
        target.shown()
    );
    let result = measure(&target, url, &id, &big, events, appends);
    let _ = pglog::drop_hall(&target, &id);
    let _ = pglog::drop_hall(&target, &big);
    result?;
    call_to_board_sqlite()
}

fn measure(
    target: &Target,
    url: &str,
    id: &str,
    big: &str,
    events: u64,
    appends: u32,
) -> Result<(), Failure> {
    let hall = demo::config().hall;
    // 1. Durable appends, one command and one commit each, as a counter makes them.
    let mut log = PgLog::open(target, id, hall.clone(), None)?;
    let cmd = Command::IssueTicket {
        service: ServiceCode::new("A"),
        window: None,
    };
    let mut latencies = Vec::with_capacity(appends as usize);
    let start = StdInstant::now();
    for _ in 0..appends {
        let t = StdInstant::now();
        log.execute(&cmd, Utc::now(), None, "bench")
            .map_err(exec_err)?;
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

    // 2. Call to board, through the hall's notification.
    let mut board = Log::Postgres(Box::new(log));
    let child = follower()
        .env("FRONTDESK_DATABASE_URL", url)
        .args(["--hall", id])
        .spawn()
        .map_err(bad)?;
    let lat = call_to_board(&mut board, child)?;
    println!(
        "call at one counter to the board of another process (NOTIFY, {CALLS} calls): p50 {:.1} ms, p99 {:.1} ms, worst {:.1} ms (target < 100 ms)",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(0.0)
    );
    drop(board);

    // 3. A large hall: days of tickets issued, called and served.
    let built = StdInstant::now();
    let mut log = PgLog::open(target, big, hall.clone(), None)?;
    let mut days = DayGenerator::new(hall.windows.iter().map(|w| w.id).collect());
    let tail = 999.min(events);
    let mut written = 0u64;
    while written < events - tail {
        let n = (events - tail - written).min(50_000);
        log.append_unchecked((0..n).map(|_| days.next_event()), "bench")?;
        written += n;
    }
    log.write_snapshot()?;
    log.append_unchecked((0..tail).map(|_| days.next_event()), "bench")?;
    written += tail;
    println!(
        "large hall: {written} events, {:.0} MB, built in {:.1} s",
        log.size()? as f64 / 1e6,
        built.elapsed().as_secs_f64()
    );
    drop(log);

    // 4. Cold start: connect, open the hall and have the state ready to answer.
    let mut times = Vec::new();
    for _ in 0..7 {
        let t = StdInstant::now();
        let log = PgLog::open(target, big, hall.clone(), None)?;
        let waiting = log.state().service_queue(&ServiceCode::new("A")).len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(waiting);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "cold start of the large hall (connect + open + state ready), 7 runs: median {:.1} ms, worst {:.1} ms (target < 200 ms)",
        percentile(&times, 0.5),
        times.last().copied().unwrap_or(0.0)
    );
    Ok(())
}

/// The same measurement on a SQLite file, whose boards poll it.
fn call_to_board_sqlite() -> Result<(), Failure> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-follow-{}", std::process::id()));
    let scratch = Scratch(dir.clone());
    std::fs::create_dir_all(&dir).map_err(bad)?;
    let path = dir.join("hall.sqlite");
    let mut log = Log::open(&path, demo::config().hall)?;
    let child = follower().arg("--file").arg(&path).spawn().map_err(bad)?;
    let lat = call_to_board(&mut log, child)?;
    println!(
        "the same on the SQLite file (the board polls every 200 ms, {CALLS} calls): p50 {:.1} ms, p99 {:.1} ms, worst {:.1} ms",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(0.0)
    );
    drop(scratch);
    Ok(())
}

fn follower() -> std::process::Command {
    let exe = std::env::current_exe().unwrap_or_else(|_| "frontdesk".into());
    let mut cmd = std::process::Command::new(exe);
    cmd.args(["bench", "follow"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    cmd
}

/// Calls customers at window 1 of `log` and times how long each call takes to
/// show in `child`, a board following the same hall in another process.
fn call_to_board(log: &mut Log, mut child: Child) -> Result<Vec<f64>, Failure> {
    let now = Utc::now;
    let window = WindowId(1);
    log.execute(
        &Command::OpenWindow {
            window,
            staff: None,
        },
        now(),
        None,
        "bench",
    )
    .map_err(exec_err)?;
    for _ in 0..CALLS {
        let cmd = Command::IssueTicket {
            service: ServiceCode::new("A"),
            window: None,
        };
        log.execute(&cmd, now(), None, "bench").map_err(exec_err)?;
    }
    let stdout = child.stdout.take().ok_or_else(|| bad("no follower"))?;
    let mut lines = BufReader::new(stdout).lines();
    let mut next_line = || -> Result<String, Failure> {
        match lines.next() {
            Some(Ok(l)) => Ok(l),
            _ => Err(bad("the following board ended early")),
        }
    };
    while next_line()? != "ready" {}
    let mut dice = 0x2545_F491_4F6C_DD1Du64;
    let mut lat = Vec::with_capacity(CALLS as usize);
    for _ in 0..CALLS {
        // A pause of 0–250 ms, so that calls fall anywhere in a poll's cycle.
        dice ^= dice << 13;
        dice ^= dice >> 7;
        dice ^= dice << 17;
        std::thread::sleep(Duration::from_millis(dice % 250));
        let t0 = wall_us();
        let seq = log
            .execute(&Command::CallNext { window }, now(), None, "bench")
            .map_err(exec_err)?
            .last()
            .map_or(0, |r| r.seq);
        loop {
            let line = next_line()?;
            let mut parts = line.split_whitespace().skip(1);
            let (Some(s), Some(t)) = (parts.next(), parts.next()) else {
                continue;
            };
            if s.parse::<u64>().unwrap_or(0) >= seq {
                let seen = t.parse::<u64>().unwrap_or(t0);
                lat.push(seen.saturating_sub(t0) as f64 / 1000.0);
                break;
            }
        }
        log.execute(&Command::Serve { window }, now(), None, "bench")
            .map_err(exec_err)?;
    }
    let _ = child.kill();
    let _ = child.wait();
    lat.sort_by(f64::total_cmp);
    Ok(lat)
}

/// `bench follow`: a board's loop on a hall, printing `seen SEQ MICROS` each
/// time a change shows, with the board's view built from it.
pub fn follow(file: Option<&Path>, hall_id: Option<&str>) -> Result<(), Failure> {
    let hall = demo::config().hall;
    let mut log = match file {
        Some(path) => Log::open(path, hall.clone())?,
        None => {
            let url = std::env::var("FRONTDESK_DATABASE_URL").map_err(bad)?;
            let target = Target::parse(&url).map_err(bad)?;
            let id = hall_id.ok_or_else(|| bad("bench follow: --hall"))?;
            Log::Postgres(Box::new(PgLog::open(&target, id, hall.clone(), None)?))
        }
    };
    let mut out = std::io::stdout().lock();
    let say = |out: &mut std::io::StdoutLock<'_>, text: &str| -> Result<(), Failure> {
        writeln!(out, "{text}")
            .and_then(|_| out.flush())
            .map_err(bad)
    };
    say(&mut out, "ready")?;
    let started = StdInstant::now();
    let poll = log.poll_every();
    while started.elapsed() < FOLLOW_FOR {
        std::thread::sleep(poll);
        let changed = match log.refresh() {
            Ok(c) => c,
            Err(StoreError::Unreachable { .. }) => false,
            Err(e) => return Err(e.into()),
        };
        if changed {
            let view = crate::views::board::board_view(&hall, log.state(), Utc::now());
            std::hint::black_box(&view);
            say(&mut out, &format!("seen {} {}", log.last_seq(), wall_us()))?;
        }
    }
    Ok(())
}
