//! `frontdesk simulate`: the simulator from the command line. Reads the hall's
//! config, the break plan (a CSV file, or the day's plan from the log), recorded
//! arrivals to replay if asked, and prints the figures as text or JSON; writes a
//! per-customer trace on request.
//!
//! The files it reads are small CSVs with a header line naming the columns (any
//! order, any case; blank lines and lines starting with `#` are skipped):
//!
//! - a plan: `window,start,end` with hall times `HH:MM` on the simulated day,
//!   ending at the first blank line (what `plan --print --format csv` writes);
//!   a `staff` column (as the planner writes) and any other column are ignored;
//! - arrivals: `arrival,service,duration`: hall time `HH:MM[:SS]` (or an RFC 3339
//!   instant), the service code, the visit's length in minutes; optionally
//!   `window` (the ticket waits for that window) and `patience` (minutes the
//!   customer waits before leaving). `--export-arrivals` writes this format
//!   from the log's served tickets of a day.
//!
//! A bad line is reported as `file:line: message` and the command exits with 2.

use crate::cli::failure::{Failure, say};
use crate::cli::input::{parse_day, translator};
use crate::cli::{Cli, SimulateArgs};
use crate::domain::{
    BreakId, BreakKind, Event, Hall, Instant, ServiceCode, ServiceTime, TicketId, WindowId,
};
use crate::i18n::{Arg, Lang, Tr};
use crate::setup;
use crate::sim::{
    self, Arrival, DayClock, Engine, Estimate, HallExtras, Model, Note, Options, PlannedBreak,
    Policy, Summary, TraceRow,
};
use crate::store::Log;
use crate::views::words::window_name;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use std::collections::BTreeMap;
use std::path::Path;

/// Where the simulated day's breaks came from.
enum Breaks {
    Plan(String),
    Log,
    None,
}

pub fn run(cli: &Cli, args: &SimulateArgs, now: Instant) -> Result<(), Failure> {
    let opened = setup::open_as(&cli.global.choice(), now, crate::store::Access::Read)?;
    let tr = translator(cli, Some(&opened.config.language));
    let hall = opened.log.hall().clone();
    let day = parse_day(&hall, &tr, &args.date, now)?;
    let clock = DayClock::for_hall(&hall, day).map_err(|e| Failure::Bad(e.to_string()))?;
    if let Some(path) = &args.export_arrivals {
        return export_arrivals(&tr, &opened.log, &hall, &clock, path);
    }
    let policy = Policy::parse(&args.policy).ok_or_else(|| {
        Failure::Bad(tr.f(
            "sim-bad-policy",
            &[
                ("value", Arg::Str(&args.policy)),
                ("known", Arg::Str(&Policy::CODES.join(", "))),
            ],
        ))
    })?;
    let replay = match &args.arrivals {
        Some(path) => Some(read_arrivals(path, &hall, &clock)?),
        None => None,
    };
    let any_rate = hall
        .services
        .iter()
        .any(|s| s.arrivals.iter().any(|r| r.per_hour > 0.0));
    if replay.is_none() && !any_rate {
        return Err(Failure::Bad(tr.t("sim-no-arrivals")));
    }
    let (breaks, source) = match &args.plan {
        Some(path) => (
            read_plan(path, &hall, &clock)?,
            Breaks::Plan(path.display().to_string()),
        ),
        None => {
            let b = log_breaks(&opened.log, &hall, day)?;
            let source = if b.is_empty() {
                Breaks::None
            } else {
                Breaks::Log
            };
            (b, source)
        }
    };
    for w in crate::sim::warnings::warnings(&hall, &clock, replay.as_deref(), &breaks) {
        eprintln!("{}", warning(&tr, &clock, &w));
    }
    let empirical = if hall
        .services
        .iter()
        .any(|s| s.service_time == ServiceTime::Empirical)
    {
        served_lengths(&opened.log)?
    } else {
        BTreeMap::new()
    };
    let extras = HallExtras {
        late_break_end: opened.config.simulation.late_break_end,
        empirical,
    };
    let mut model =
        Model::from_hall(&hall, day, &breaks, &extras).map_err(|e| Failure::Bad(e.to_string()))?;
    let replayed = replay.as_ref().map(|r| r.len());
    if let Some(r) = replay {
        model.replay = Some(r);
        model.check().map_err(|e| Failure::Bad(e.to_string()))?;
    }
    let opts = Options {
        // A replay has no randomness: one day is the whole answer.
        reps: if replayed.is_some() { 1 } else { args.reps },
        seed: args.seed,
        policy,
        threads: args.threads.unwrap_or(0),
        engine: Engine::Auto,
    };
    let summary = sim::run(&model, &opts).map_err(|e| Failure::Bad(e.to_string()))?;
    let traced = match &args.trace {
        Some(path) => {
            let rows = sim::trace(&model, &opts, 0).map_err(|e| Failure::Bad(e.to_string()))?;
            write_trace(path, &rows, &model, &clock)?;
            Some((path.display().to_string(), rows.len()))
        }
        None => None,
    };
    let report = Report {
        planned: breaks.len(),
        tr: &tr,
        hall: &hall,
        model: &model,
        clock: &clock,
        summary: &summary,
        breaks: &source,
        arrivals: args
            .arrivals
            .as_ref()
            .map(|p| (p.display().to_string(), replayed.unwrap_or(0))),
        asked_reps: args.reps,
    };
    if args.json {
        let text = serde_json::to_string_pretty(&report.json())
            .map_err(|e| Failure::Bad(e.to_string()))?;
        say(&text);
    } else {
        for line in report.text() {
            if !say(&line) {
                break;
            }
        }
    }
    if let Some((file, count)) = traced
        && !args.json
    {
        say(&tr.f(
            "sim-trace-written",
            &[("count", count.into()), ("file", Arg::Str(&file))],
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Reading the log.

/// The day's planned breaks that were not cancelled, with their last times.
fn log_breaks(log: &Log, hall: &Hall, day: NaiveDate) -> Result<Vec<PlannedBreak>, Failure> {
    struct B {
        window: WindowId,
        planned: bool,
        start: Instant,
        end: Instant,
        cancelled: bool,
    }
    let mut all: BTreeMap<BreakId, B> = BTreeMap::new();
    let kinds = ["break_planned", "break_changed", "break_cancelled"];
    let mut after = 0;
    loop {
        let page = log.events_of(&kinds, after, 10_000)?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for r in &page {
            match &r.event {
                Event::BreakPlanned {
                    brk,
                    window,
                    kind,
                    start,
                    end,
                    ..
                } => {
                    all.insert(
                        *brk,
                        B {
                            window: *window,
                            planned: *kind == BreakKind::Planned,
                            start: *start,
                            end: *end,
                            cancelled: false,
                        },
                    );
                }
                Event::BreakChanged {
                    brk, start, end, ..
                } => {
                    if let Some(b) = all.get_mut(brk) {
                        b.start = *start;
                        b.end = *end;
                    }
                }
                Event::BreakCancelled { brk } => {
                    if let Some(b) = all.get_mut(brk) {
                        b.cancelled = true;
                    }
                }
                _ => {}
            }
        }
    }
    let mut out: Vec<PlannedBreak> = all
        .into_values()
        .filter(|b| b.planned && !b.cancelled)
        .filter(|b| b.start.with_timezone(&hall.tz).date_naive() == day)
        .map(|b| PlannedBreak {
            window: b.window,
            start: b.start,
            end: b.end,
        })
        .collect();
    out.sort_by_key(|b| (b.window, b.start));
    // Two planned breaks of one window that overlap cannot both be taken; the
    // domain refuses that, so it only happens in a hand-edited log.
    out.dedup_by(|b, a| a.window == b.window && b.start < a.end);
    Ok(out)
}

/// One served ticket of the log: its service as issued, and its times.
struct Visit {
    service: ServiceCode,
    issued: Instant,
    day: NaiveDate,
    called: Option<Instant>,
    served: Option<Instant>,
}

fn visits(log: &Log, mut keep: impl FnMut(&NaiveDate) -> bool) -> Result<Vec<Visit>, Failure> {
    let kinds = [
        "ticket_issued",
        "ticket_transferred",
        "ticket_called",
        "ticket_served",
    ];
    let mut open: BTreeMap<TicketId, Visit> = BTreeMap::new();
    let mut done = Vec::new();
    let mut after = 0;
    loop {
        let page = log.events_of(&kinds, after, 10_000)?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for r in &page {
            match &r.event {
                Event::TicketIssued {
                    ticket,
                    service,
                    day,
                    ..
                } if keep(day) => {
                    open.insert(
                        *ticket,
                        Visit {
                            service: service.clone(),
                            issued: r.at,
                            day: *day,
                            called: None,
                            served: None,
                        },
                    );
                }
                Event::TicketTransferred {
                    ticket, service, ..
                } => {
                    // The visit that counts is the one at the new service.
                    if let Some(v) = open.get_mut(ticket) {
                        v.service = service.clone();
                        v.called = None;
                    }
                }
                Event::TicketCalled { ticket, .. } => {
                    if let Some(v) = open.get_mut(ticket) {
                        v.called = Some(r.at);
                    }
                }
                Event::TicketServed { ticket, .. } => {
                    if let Some(mut v) = open.remove(ticket) {
                        v.served = Some(r.at);
                        done.push(v);
                    }
                }
                _ => {}
            }
        }
    }
    Ok(done)
}

fn minutes(from: Instant, to: Instant) -> f64 {
    (to - from).num_milliseconds() as f64 / 60_000.0
}

/// Called-to-served lengths of every served ticket in the log, in minutes.
fn served_lengths(log: &Log) -> Result<BTreeMap<ServiceCode, Vec<f64>>, Failure> {
    let mut out: BTreeMap<ServiceCode, Vec<f64>> = BTreeMap::new();
    for v in visits(log, |_| true)? {
        if let (Some(c), Some(s)) = (v.called, v.served) {
            out.entry(v.service).or_default().push(minutes(c, s));
        }
    }
    Ok(out)
}

/// `--export-arrivals`: the day's served tickets as a replay file.
fn export_arrivals(
    tr: &Tr,
    log: &Log,
    hall: &Hall,
    clock: &DayClock,
    path: &Path,
) -> Result<(), Failure> {
    let day = clock.day;
    let mut rows: Vec<(Instant, String, f64)> = visits(log, |d| *d == day)?
        .into_iter()
        .filter_map(|v| {
            let (c, s) = (v.called?, v.served?);
            (v.day == day).then(|| (v.issued, v.service.0.clone(), minutes(c, s)))
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    let mut text = String::from("arrival,service,duration\n");
    for (at, service, duration) in &rows {
        text.push_str(&format!(
            "{},{service},{duration:.3}\n",
            at.with_timezone(&hall.tz).format("%H:%M:%S")
        ));
    }
    std::fs::write(path, text).map_err(|e| Failure::Bad(format!("{}: {e}", path.display())))?;
    say(&tr.f(
        "sim-exported",
        &[
            ("count", rows.len().into()),
            ("date", Arg::Str(&day.to_string())),
            ("file", Arg::Str(&path.display().to_string())),
        ],
    ));
    Ok(())
}

// ---------------------------------------------------------------------------
// CSV files.

/// One data line of a CSV file: its number and its fields by column name.
struct Row {
    line: usize,
    fields: BTreeMap<String, String>,
}

/// Splits a CSV line on commas; a field in double quotes may hold commas and
/// doubled quotes.
fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    out.push(field);
    out.into_iter().map(|f| f.trim().to_string()).collect()
}

fn bad(file: &str, line: usize, message: &str) -> Failure {
    // The message quotes the file, which may hold anything.
    let message = crate::tomlfile::one_line(message);
    Failure::Bad(format!("{file}:{line}: {message}"))
}

/// Reads a CSV file with a header naming at least `required` columns.
/// Reads a CSV table with the `required` columns. With `first_table`, a blank
/// line after the rows ends the table: `plan --print --format csv` writes the
/// breaks first and the forecast after a blank line.
fn read_csv(
    text: &str,
    file: &str,
    required: &[&str],
    first_table: bool,
) -> Result<(String, Vec<Row>), Failure> {
    let file = file.to_string();
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim_start_matches('\u{feff}').trim();
        if raw.is_empty() && first_table && header.is_some() {
            break;
        }
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields = split_csv(raw);
        match &header {
            None => {
                let names: Vec<String> = fields.iter().map(|f| f.to_ascii_lowercase()).collect();
                for r in required {
                    if !names.iter().any(|n| n == r) {
                        return Err(bad(
                            &file,
                            line,
                            &format!(
                                "the header must name the columns {}; missing \"{r}\"",
                                required.join(",")
                            ),
                        ));
                    }
                }
                if let Some(dup) = names
                    .iter()
                    .enumerate()
                    .find(|(j, n)| !n.is_empty() && names[..*j].contains(n))
                {
                    return Err(bad(
                        &file,
                        line,
                        &format!("column \"{}\" is named twice", dup.1),
                    ));
                }
                header = Some(names);
            }
            Some(names) => {
                if fields.len() != names.len() {
                    return Err(bad(
                        &file,
                        line,
                        &format!(
                            "{} fields, but the header names {} columns",
                            fields.len(),
                            names.len()
                        ),
                    ));
                }
                rows.push(Row {
                    line,
                    fields: names.iter().cloned().zip(fields).collect(),
                });
            }
        }
    }
    if header.is_none() {
        return Err(bad(
            &file,
            1,
            &format!(
                "empty file; expected a header naming the columns {}",
                required.join(",")
            ),
        ));
    }
    Ok((file, rows))
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.fields.get(column).map_or("", |s| s.as_str())
    }
}

/// "HH:MM" or "HH:MM:SS", 24-hour.
fn parse_time(s: &str, seconds: bool) -> Option<NaiveTime> {
    let s = s.trim();
    let parts: Vec<&str> = s.split(':').collect();
    let ok = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let n = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [h, m] if ok(h) && m.len() == 2 && ok(m) => NaiveTime::from_hms_opt(n(h)?, n(m)?, 0),
        [h, m, sec] if seconds && ok(h) && m.len() == 2 && ok(m) && sec.len() == 2 && ok(sec) => {
            NaiveTime::from_hms_opt(n(h)?, n(m)?, n(sec)?)
        }
        _ => None,
    }
}

fn window_of(hall: &Hall, text: &str) -> Result<Option<usize>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let known = || {
        hall.windows
            .iter()
            .map(|w| w.id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let n: u32 = text
        .parse()
        .map_err(|_| format!("window: not a window number: \"{text}\""))?;
    hall.windows
        .iter()
        .position(|w| w.id.0 == n)
        .map(Some)
        .ok_or_else(|| {
            format!(
                "window: unknown window {n}; the hall has windows {}",
                known()
            )
        })
}

/// The plan file: breaks on the simulated day.
fn read_text(path: &Path) -> Result<(String, String), Failure> {
    let file = path.display().to_string();
    let text = crate::textfile::read(path, &file).map_err(|e| Failure::Bad(e.to_string()))?;
    Ok((text, file))
}

fn read_plan(path: &Path, hall: &Hall, clock: &DayClock) -> Result<Vec<PlannedBreak>, Failure> {
    let (text, file) = read_text(path)?;
    parse_plan(&text, &file, hall, clock)
}

/// The plan CSV's text (`window,start,end`); `file` names it in errors.
pub fn parse_plan(
    text: &str,
    file: &str,
    hall: &Hall,
    clock: &DayClock,
) -> Result<Vec<PlannedBreak>, Failure> {
    let (file, rows) = read_csv(text, file, &["window", "start", "end"], true)?;
    let mut out: Vec<(PlannedBreak, usize)> = Vec::new();
    for row in &rows {
        let err = |m: &str| bad(&file, row.line, m);
        let window = window_of(hall, row.get("window"))
            .map_err(|m| err(&m))?
            .ok_or_else(|| err("window: missing"))?;
        let at = |column: &str| -> Result<Instant, Failure> {
            let text = row.get(column);
            let t = parse_time(text, false).ok_or_else(|| {
                err(&format!(
                    "{column}: expected a time as HH:MM, got \"{text}\""
                ))
            })?;
            let minute = clock.minute_of(t).ok_or_else(|| {
                err(&format!(
                    "{column}: {text} does not exist on {} (the clocks go forward)",
                    clock.day
                ))
            })?;
            Ok(clock.instant(minute))
        };
        let (start, end) = (at("start")?, at("end")?);
        if end <= start {
            return Err(err("end: the break must end after it starts"));
        }
        let id = hall.windows[window].id;
        if let Some((_, first)) = out
            .iter()
            .find(|(b, _)| b.window == id && b.start < end && start < b.end)
        {
            return Err(err(&format!(
                "overlaps the break of window {id} on line {first}"
            )));
        }
        out.push((
            PlannedBreak {
                window: id,
                start,
                end,
            },
            row.line,
        ));
    }
    Ok(out.into_iter().map(|(b, _)| b).collect())
}

/// Recorded arrivals on the simulated day, in arrival order (file order on ties).
fn read_arrivals(path: &Path, hall: &Hall, clock: &DayClock) -> Result<Vec<Arrival>, Failure> {
    let (text, file) = read_text(path)?;
    parse_arrivals(&text, &file, hall, clock)
}

/// The arrivals CSV's text (`arrival,service,duration`); `file` names it in errors.
pub fn parse_arrivals(
    text: &str,
    file: &str,
    hall: &Hall,
    clock: &DayClock,
) -> Result<Vec<Arrival>, Failure> {
    let (file, rows) = read_csv(text, file, &["arrival", "service", "duration"], false)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let err = |m: &str| bad(&file, row.line, m);
        let text = row.get("arrival");
        let at = if let Some(t) = parse_time(text, true) {
            clock.minute_of(t).ok_or_else(|| {
                err(&format!(
                    "arrival: {text} does not exist on {} (the clocks go forward)",
                    clock.day
                ))
            })?
        } else if let Ok(t) = DateTime::parse_from_rfc3339(text) {
            clock.minute(t.with_timezone(&Utc))
        } else {
            return Err(err(&format!(
                "arrival: expected a time as HH:MM[:SS] or an RFC 3339 instant, got \"{text}\""
            )));
        };
        let code = ServiceCode::new(row.get("service"));
        let service = hall
            .services
            .iter()
            .position(|s| s.code == code)
            .ok_or_else(|| {
                let known: Vec<&str> = hall.services.iter().map(|s| s.code.0.as_str()).collect();
                err(&format!(
                    "service: unknown service \"{}\"; the hall has {}",
                    row.get("service"),
                    known.join(", ")
                ))
            })?;
        let minutes_in = |column: &str, min_ok: f64| -> Result<Option<f64>, Failure> {
            let text = row.get(column);
            if text.is_empty() {
                return Ok(None);
            }
            match text.parse::<f64>() {
                Ok(x) if x.is_finite() && x >= min_ok && x <= 1440.0 => Ok(Some(x)),
                _ => Err(err(&format!(
                    "{column}: expected minutes between {min_ok} and 1440, got \"{text}\""
                ))),
            }
        };
        let duration = minutes_in("duration", 0.0)?.ok_or_else(|| err("duration: missing"))?;
        let patience = minutes_in("patience", 0.0)?;
        let window = window_of(hall, row.get("window")).map_err(|m| err(&m))?;
        if let Some(w) = window
            && !hall.windows[w].services.contains(&code)
        {
            return Err(err(&format!(
                "window: window {} does not handle service {}",
                hall.windows[w].id, code
            )));
        }
        out.push(Arrival {
            at,
            service,
            duration,
            window,
            patience,
        });
    }
    out.sort_by(|a, b| a.at.total_cmp(&b.at));
    Ok(out)
}

/// A warning about the input, in words; on standard error, so that `--json`
/// output stays clean.
fn warning(tr: &Tr, clock: &DayClock, w: &crate::sim::warnings::Warning) -> String {
    use crate::sim::warnings::Warning;
    match w {
        Warning::ArrivalsOutsideHours { count, first } => tr.f(
            "sim-warn-arrivals-outside",
            &[
                ("count", (*count).into()),
                ("first", Arg::Str(&clock.hms(*first))),
            ],
        ),
        Warning::BreakAllDay { window, start, end } => tr.f(
            "sim-warn-break-all-day",
            &[
                ("window", Arg::Num(window.0.into())),
                ("start", Arg::Str(&clock.hm(*start))),
                ("end", Arg::Str(&clock.hm(*end))),
            ],
        ),
    }
}

fn write_trace(
    path: &Path,
    rows: &[TraceRow],
    model: &Model,
    clock: &DayClock,
) -> Result<(), Failure> {
    let mut text = String::from("customer,arrival,service,window,start,end,wait,abandoned\n");
    // Full precision, so a replay can be compared exactly with another tool.
    let time = |t: Option<f64>| t.map(|m| clock.hms_millis(m)).unwrap_or_default();
    for (i, r) in rows.iter().enumerate() {
        text.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            i + 1,
            clock.hms_millis(r.arrival),
            model.services[r.service].code,
            r.window
                .map(|w| model.windows[w].id.to_string())
                .unwrap_or_default(),
            time(r.start),
            time(r.end),
            r.wait().map(|w| format!("{w:.6}")).unwrap_or_default(),
            if r.abandoned { "yes" } else { "no" },
        ));
    }
    std::fs::write(path, text).map_err(|e| Failure::Bad(format!("{}: {e}", path.display())))
}

// ---------------------------------------------------------------------------
// The report.

struct Report<'a> {
    /// Breaks as the plan gave them, before those outside hours were left out.
    planned: usize,
    tr: &'a Tr,
    hall: &'a Hall,
    model: &'a Model,
    clock: &'a DayClock,
    summary: &'a Summary,
    breaks: &'a Breaks,
    arrivals: Option<(String, usize)>,
    asked_reps: u64,
}

/// A number with the language's decimal mark.
fn num(lang: Lang, x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::En => s,
        _ => s.replace('.', ","),
    }
}

impl Report<'_> {
    fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// "3.4 ± 0.1", or "3.4" from one day, or "—" when no day had the figure.
    fn est(&self, e: &Estimate, decimals: usize, scale: f64) -> String {
        if e.mean.is_nan() {
            return "—".into();
        }
        let mean = num(self.lang(), e.mean * scale, decimals);
        match e.ci95 {
            Some(h) => format!("{mean} ± {}", num(self.lang(), h * scale, decimals)),
            None => mean,
        }
    }

    fn pct(&self, e: &Estimate) -> String {
        if e.mean.is_nan() {
            return "—".into();
        }
        let mean = num(self.lang(), e.mean * 100.0, 1);
        match e.ci95 {
            Some(h) => format!("{mean}% ± {}", num(self.lang(), h * 100.0, 1)),
            None => format!("{mean}%"),
        }
    }

    fn window(&self, id: u32) -> String {
        let name = self.hall.window(WindowId(id)).and_then(|w| w.name.clone());
        window_name(self.tr, WindowId(id), &name)
    }

    fn text(&self) -> Vec<String> {
        let tr = self.tr;
        let s = self.summary;
        let f = &s.figures;
        let mut out = Vec::new();
        out.push(tr.f(
            "sim-heading",
            &[
                ("date", Arg::Str(&self.clock.day.to_string())),
                ("hall", Arg::Str(&self.hall.name)),
                ("reps", Arg::Num(s.replications as i64)),
                ("seed", Arg::Str(&s.seed.to_string())),
            ],
        ));
        out.push(tr.t(match s.policy {
            Policy::FinishCurrent => "sim-policy-finish-current",
            Policy::PreemptResume => "sim-policy-preempt-resume",
        }));
        let count = self.planned;
        out.push(match self.breaks {
            Breaks::Plan(file) => tr.f(
                "sim-breaks-plan",
                &[("count", count.into()), ("file", Arg::Str(file))],
            ),
            Breaks::Log => tr.f(
                "sim-breaks-log",
                &[
                    ("count", count.into()),
                    ("date", Arg::Str(&self.clock.day.to_string())),
                ],
            ),
            Breaks::None => tr.f(
                "sim-breaks-none",
                &[("date", Arg::Str(&self.clock.day.to_string()))],
            ),
        });
        match &self.arrivals {
            Some((file, n)) => {
                out.push(tr.f(
                    "sim-arrivals-replay",
                    &[("count", (*n).into()), ("file", Arg::Str(file))],
                ));
                if self.asked_reps > 1 {
                    out.push(tr.t("sim-replay-one-day"));
                }
            }
            None => out.push(tr.t("sim-arrivals-profile")),
        }
        for note in &self.model.notes {
            out.push(match note {
                Note::EmpiricalFallback { service, samples } => tr.f(
                    "sim-note-empirical",
                    &[
                        ("service", Arg::Str(service)),
                        ("samples", (*samples).into()),
                        ("needed", sim::MIN_EMPIRICAL_SAMPLES.into()),
                    ],
                ),
                Note::BreakIgnored { window, start, end } => tr.f(
                    "sim-note-break-ignored",
                    &[
                        ("window", Arg::Str(&self.window(*window))),
                        ("start", Arg::Str(&self.clock.hm(*start))),
                        ("end", Arg::Str(&self.clock.hm(*end))),
                    ],
                ),
            });
        }
        if s.replications > 1 {
            out.push(tr.t("sim-ci"));
        }
        out.push(String::new());
        let min = tr.t("sim-min");
        let rows: Vec<(String, String)> = vec![
            (tr.t("sim-customers"), self.est(&f.arrivals, 1, 1.0)),
            (
                tr.t("sim-mean-wait"),
                format!("{} {min}", self.est(&f.mean_wait, 2, 1.0)),
            ),
            (tr.t("sim-p-wait"), self.pct(&f.p_wait)),
            (tr.t("sim-service-level"), self.pct(&f.service_level)),
            (tr.t("sim-abandoned"), self.pct(&f.abandoned)),
            (tr.t("sim-unserved"), self.est(&f.unserved, 1, 1.0)),
            (
                tr.t("sim-longest-queue"),
                self.est(&f.longest_queue, 1, 1.0),
            ),
        ];
        push_table(&mut out, &rows);
        out.push(String::new());
        out.push(tr.t("sim-heading-intervals"));
        let mut table = vec![vec![
            tr.t("sim-col-time"),
            tr.t("sim-col-arrivals"),
            format!("{} ({min})", tr.t("sim-col-wait")),
            tr.t("sim-col-waited"),
        ]];
        for i in &f.intervals {
            table.push(vec![
                self.clock.hm(i.start),
                self.est(&i.arrivals, 1, 1.0),
                self.est(&i.mean_wait, 2, 1.0),
                self.pct(&i.p_wait),
            ]);
        }
        push_columns(&mut out, &table);
        if f.services.len() > 1 {
            out.push(String::new());
            out.push(tr.t("sim-heading-services"));
            let mut table = vec![vec![
                tr.t("sim-col-service"),
                tr.t("sim-col-arrivals"),
                format!("{} ({min})", tr.t("sim-col-wait")),
                tr.t("sim-col-within"),
                tr.t("sim-col-gave-up"),
            ]];
            for (svc, model) in f.services.iter().zip(&self.model.services) {
                let name = self
                    .hall
                    .service(&ServiceCode::new(&model.code))
                    .map_or(String::new(), |s| s.name.clone());
                table.push(vec![
                    format!("{} {name}", svc.code),
                    self.est(&svc.arrivals, 1, 1.0),
                    self.est(&svc.mean_wait, 2, 1.0),
                    self.pct(&svc.service_level),
                    self.pct(&svc.abandoned),
                ]);
            }
            push_columns(&mut out, &table);
        }
        out.push(String::new());
        out.push(tr.t("sim-heading-windows"));
        let mut table = vec![vec![
            tr.t("sim-col-window"),
            tr.t("sim-col-utilisation"),
            tr.t("sim-col-served"),
        ]];
        for w in &f.windows {
            table.push(vec![
                self.window(w.window),
                self.pct(&w.utilisation),
                self.est(&w.served, 1, 1.0),
            ]);
        }
        push_columns(&mut out, &table);
        if !f.breaks.is_empty() {
            out.push(String::new());
            out.push(tr.f(
                "sim-heading-breaks",
                &[
                    ("warnings", Arg::Str(&self.est(&f.warnings, 1, 1.0))),
                    ("late", Arg::Str(&self.est(&f.late_breaks, 1, 1.0))),
                ],
            ));
            for b in &f.breaks {
                out.push(tr.f(
                    "sim-break",
                    &[
                        ("window", Arg::Str(&self.window(b.window))),
                        ("start", Arg::Str(&self.clock.hm(b.start))),
                        ("end", Arg::Str(&self.clock.hm(b.end))),
                        ("warned", Arg::Str(&self.pct(&b.warned))),
                        ("late", Arg::Str(&self.pct(&b.started_late))),
                    ],
                ));
                if b.late_minutes.n > 0 {
                    out.push(format!(
                        "    {}",
                        tr.f(
                            "sim-break-late",
                            &[("minutes", Arg::Str(&self.est(&b.late_minutes, 1, 1.0)))]
                        )
                    ));
                }
                if s.policy == Policy::FinishCurrent {
                    out.push(format!(
                        "    {}",
                        tr.f(
                            "sim-break-cutoff",
                            &[
                                ("past", Arg::Str(&self.est(&b.past_cutoff, 1, 1.0))),
                                (
                                    "elsewhere",
                                    Arg::Str(&self.est(&b.served_elsewhere, 1, 1.0))
                                ),
                                (
                                    "returned",
                                    Arg::Str(&self.est(&b.waited_for_return, 1, 1.0))
                                ),
                                ("gaveup", Arg::Str(&self.est(&b.gave_up, 1, 1.0))),
                            ],
                        )
                    ));
                }
            }
        }
        out
    }

    fn json(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self.summary).unwrap_or_default();
        let hm = |m: &serde_json::Value| {
            m.as_f64()
                .map(|m| serde_json::Value::from(self.clock.hm(m)))
                .unwrap_or_default()
        };
        if let Some(list) = v.get_mut("intervals").and_then(|l| l.as_array_mut()) {
            for i in list {
                let t = hm(&i["start"]);
                i["time"] = t;
            }
        }
        if let Some(list) = v.get_mut("breaks").and_then(|l| l.as_array_mut()) {
            for b in list {
                let (s, e) = (hm(&b["start"]), hm(&b["end"]));
                b["start_time"] = s;
                b["end_time"] = e;
            }
        }
        let (from, file) = match self.breaks {
            Breaks::Plan(f) => ("plan", Some(f.clone())),
            Breaks::Log => ("log", None),
            Breaks::None => ("none", None),
        };
        if let Some(o) = v.as_object_mut() {
            o.insert("hall".into(), self.hall.name.clone().into());
            o.insert("day".into(), self.clock.day.to_string().into());
            o.insert("opens".into(), self.clock.hm(0.0).into());
            o.insert("breaks_from".into(), from.into());
            o.insert("plan_file".into(), file.into());
            o.insert(
                "arrivals_from".into(),
                if self.arrivals.is_some() {
                    "replay"
                } else {
                    "profile"
                }
                .into(),
            );
            o.insert(
                "arrivals_file".into(),
                self.arrivals.as_ref().map(|a| a.0.clone()).into(),
            );
        }
        v
    }
}

/// Label and value pairs, the values lined up.
fn push_table(out: &mut Vec<String>, rows: &[(String, String)]) {
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let pad = width - label.chars().count();
        out.push(format!("  {label}{}  {value}", " ".repeat(pad)));
    }
}

/// A table whose first row is the header; columns are padded to line up.
fn push_columns(out: &mut Vec<String>, rows: &[Vec<String>]) {
    let cols = rows.first().map_or(0, |r| r.len());
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in rows {
        let mut line = String::from(" ");
        for (c, cell) in r.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            line.push(' ');
            line.push_str(cell);
            if c + 1 < r.len() {
                line.push_str(&" ".repeat(pad + 1));
            }
        }
        out.push(line);
    }
}
