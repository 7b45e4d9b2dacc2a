//! Carries out one command line: opens the hall, turns arguments into domain
//! commands, prints the outcome, and maps failures to exit codes.

use crate::bench;
use crate::cli::{
    BenchCmd, BreakCmd, Cli, Cmd, ConfigCmd, DemoCmd, OverrideArgs, TicketCmd, WindowCmd,
};
use crate::clock::Clock;
use crate::config;
use crate::describe;
use crate::domain::{
    BreakReason, Command, Hall, Instant, Override, RefusalClass, ServiceCode, StaffId, TransferTo,
    WindowId,
};
use crate::i18n::{Arg, Lang, Tr};
use crate::setup::{self, Opened, Places, SetupError};
use crate::store::{Access, ExecError};
use crate::text;
use crate::view;
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};
use clap::CommandFactory;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// Writes a line to standard output. A reader that went away (a closed pager,
/// `| head`) ends the output quietly instead of failing the command; returns
/// whether the line got through.
pub(crate) fn say(text: &str) -> bool {
    if stdout_gone() {
        return false;
    }
    let mut out = std::io::stdout().lock();
    let ok = writeln!(out, "{text}").and_then(|_| out.flush()).is_ok();
    if !ok {
        STDOUT_GONE.store(true, Ordering::Relaxed);
    }
    ok
}

fn stdout_gone() -> bool {
    STDOUT_GONE.load(Ordering::Relaxed)
}

macro_rules! say {
    ($($arg:tt)*) => {
        say(&format!($($arg)*))
    };
}

/// The log's words for a page of events: names of tickets and breaks come from
/// the page itself, else from where the log first recorded them.
fn log_names(
    log: &crate::store::Log,
    events: &[crate::domain::Recorded],
) -> Result<describe::LogNames, Failure> {
    let mut names = describe::LogNames::default();
    for r in events {
        names.learn(&r.event);
    }
    for r in events {
        let (tickets, breaks) = describe::LogNames::mentioned(&r.event);
        for t in tickets {
            if !names.tickets.contains_key(&t)
                && let Some(issue) = log.ticket_issue(t)?
            {
                names.learn(&issue.event);
            }
        }
        for b in breaks {
            if !names.breaks.contains_key(&b)
                && let Some(plan) = log.break_plan(b)?
            {
                names.learn(&plan.event);
            }
        }
    }
    Ok(names)
}

/// How a run ended badly; the exit code follows from it.
pub enum Failure {
    /// A rule of the hall refused the command (exit 1).
    Refused(String),
    /// Bad input, config or data file (exit 2).
    Bad(String),
}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Refused(_) => 1,
            Failure::Bad(_) => 2,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Failure::Refused(m) | Failure::Bad(m) => m,
        }
    }
}

impl From<SetupError> for Failure {
    fn from(e: SetupError) -> Self {
        Failure::Bad(e.to_string())
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Self {
        Failure::Bad(e.to_string())
    }
}

/// Trainer mode fails only on bad input: a file, a name, a log.
fn train_failure(e: crate::train::TrainError) -> Failure {
    Failure::Bad(e.to_string())
}

fn io(e: std::io::Error) -> Failure {
    Failure::Bad(e.to_string())
}

/// Runs the parsed command line and returns the process exit code.
pub fn main(cli: Cli) -> i32 {
    match run(cli) {
        Ok(()) => 0,
        Err(f) => {
            // One line, whatever file or argument the message quotes.
            eprintln!("frontdesk: {}", crate::tomlfile::one_line(f.message()));
            f.exit_code()
        }
    }
}

fn clock(cli: &Cli) -> Result<Clock, Failure> {
    match &cli.global.now {
        None => Ok(Clock::system()),
        Some(text) => Clock::parse_start(text)
            .map(Clock::starting_at)
            .ok_or_else(|| Failure::Bad(format!("--now: not an RFC 3339 instant: {text}"))),
    }
}

pub(crate) fn translator(cli: &Cli, config_lang: Option<&str>) -> Tr {
    let lang = cli
        .global
        .lang
        .and_then(crate::cli::LangChoice::one)
        .or_else(|| config_lang.and_then(Lang::parse))
        .unwrap_or(Lang::En);
    Tr::new(lang)
}

fn run(cli: Cli) -> Result<(), Failure> {
    let clock = clock(&cli)?;
    if cli.global.lang == Some(crate::cli::LangChoice::All)
        && !matches!(cli.command, Some(Cmd::Notice { .. }))
    {
        return Err(Failure::Bad(Tr::new(Lang::En).t("lang-all-notice-only")));
    }
    let Some(command) = &cli.command else {
        let opened = setup::open(&cli.global, clock.now())?;
        let tr = translator(&cli, Some(&opened.config.language));
        let origin = cli
            .global
            .origin
            .clone()
            .unwrap_or_else(|| "overview".into());
        return crate::tui::run(opened, tr, clock, origin, crate::tui::Start::Overview).map_err(io);
    };
    match command {
        Cmd::Counter { window } => {
            let opened = setup::open(&cli.global, clock.now())?;
            let tr = translator(&cli, Some(&opened.config.language));
            let hall = opened.log.hall().clone();
            let id = window_id(&hall, &tr, window.window)?;
            let origin = text::clean(
                &cli.global
                    .origin
                    .clone()
                    .unwrap_or_else(|| format!("counter:{}", id.0)),
            );
            crate::tui::run(opened, tr, clock, origin, crate::tui::Start::Counter(id)).map_err(io)
        }
        Cmd::Plan {
            date, print: false, ..
        } => {
            let opened = setup::open(&cli.global, clock.now())?;
            let tr = translator(&cli, Some(&opened.config.language));
            let hall = opened.log.hall().clone();
            let day = parse_day(&hall, &tr, date, clock.now())?;
            let origin = text::clean(cli.global.origin.as_deref().unwrap_or("planner"));
            crate::tui::run(opened, tr, clock, origin, crate::tui::Start::Planner(day)).map_err(io)
        }
        Cmd::Board => {
            let opened = setup::open_as(&cli.global, clock.now(), Access::Read)?;
            // --lang pins the board to one language; else it turns through the hall's.
            let langs: Vec<Lang> = match cli.global.lang.and_then(crate::cli::LangChoice::one) {
                Some(l) => vec![l],
                None => opened
                    .config
                    .languages
                    .iter()
                    .filter_map(|l| Lang::parse(l))
                    .collect(),
            };
            let rotate = std::time::Duration::from_secs(opened.config.board.rotate_seconds.into());
            crate::board::screen::run(opened, clock, langs, rotate).map_err(io)
        }
        Cmd::Notice {
            date,
            format,
            dry_run,
        } => {
            let access = if *dry_run {
                Access::Read
            } else {
                Access::Write
            };
            let mut opened = setup::open_as(&cli.global, clock.now(), access)?;
            let tr = translator(&cli, Some(&opened.config.language));
            let origin = text::clean(cli.global.origin.as_deref().unwrap_or("cli"));
            notice_cmd(
                &cli,
                &mut opened,
                &tr,
                date,
                *format,
                *dry_run,
                clock,
                &origin,
            )
        }
        Cmd::Completions { shell } => {
            let mut cmd = Cli::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "frontdesk", &mut script);
            say!("{}", String::from_utf8_lossy(&script).trim_end());
            Ok(())
        }
        Cmd::Config(c) => config_cmd(&cli, c),
        Cmd::Bench(BenchCmd::Store { events, appends }) => {
            bench::store(*events, *appends).map_err(|e| Failure::Bad(e.to_string()))
        }
        Cmd::Bench(BenchCmd::Plan { windows, runs }) => {
            bench::plan(*windows, *runs);
            Ok(())
        }
        Cmd::Bench(BenchCmd::Board { tickets, frames }) => {
            crate::bench::board(*tickets, *frames);
            Ok(())
        }
        Cmd::Bench(BenchCmd::Render { tickets, frames }) => {
            bench::render(*tickets, *frames);
            Ok(())
        }
        Cmd::Bench(BenchCmd::Sim { reps }) => {
            bench::sim(*reps).map_err(|e| Failure::Bad(e.to_string()))
        }
        Cmd::Simulate(args) => crate::simulate::run(&cli, args, clock.now()),
        Cmd::Bench(BenchCmd::Train { frames }) => {
            crate::train::bench::run(*frames);
            Ok(())
        }
        Cmd::Store(c) => crate::store_cmd::run(&cli, c, clock.now()),
        Cmd::Train(args) => crate::train::train(&cli.global, args).map_err(train_failure),
        Cmd::Replay(args) => crate::train::replay(&cli.global, args).map_err(train_failure),
        Cmd::Demo(DemoCmd::Reset) => {
            let places = Places::resolve(&cli.global)?;
            let hall = crate::demo::config_at(clock.now()).hall;
            let path = places.data_dir.join("demo.sqlite");
            let log = crate::demo::open(&path, hall, clock.now(), true)?;
            let tr = translator(&cli, Some("en"));
            say!(
                "{}",
                tr.f(
                    "demo-reset",
                    &[("path", (&log.path().display().to_string()).into())]
                )
            );
            Ok(())
        }
        _ => {
            let mut opened = setup::open_as(&cli.global, clock.now(), access_of(command))?;
            let tr = translator(&cli, Some(&opened.config.language));
            let origin = text::clean(cli.global.origin.as_deref().unwrap_or("cli"));
            hall_cmd(&mut opened, &tr, command, clock, &origin)
        }
    }
}

/// `frontdesk notice`: the document on standard output, then (unless a dry
/// run) the record that it is now the one on the glass; staff's words go to
/// standard error so the document can go straight to a file or a printer.
#[allow(clippy::too_many_arguments)]
fn notice_cmd(
    cli: &Cli,
    opened: &mut Opened,
    tr: &Tr,
    date: &Option<String>,
    format: crate::notice::Format,
    dry_run: bool,
    clock: Clock,
    origin: &str,
) -> Result<(), Failure> {
    let hall = opened.log.hall().clone();
    let now = clock.now();
    let day = parse_day(&hall, tr, date, now)?;
    let langs: Vec<Lang> = match cli.global.lang {
        Some(crate::cli::LangChoice::All) => Lang::ALL.to_vec(),
        Some(one) => one.one().into_iter().collect(),
        None => opened
            .config
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l))
            .collect(),
    };
    if let Some(line) = crate::notice::glass_line(tr, &hall, opened.log.state(), day) {
        eprintln!("{line}");
    }
    let doc = crate::notice::build(&hall, opened.log.state(), day, now);
    let text = crate::notice::render(&doc, &langs, format);
    if !say(text.trim_end()) {
        return Ok(());
    }
    if dry_run {
        eprintln!("{}", tr.t("notice-not-recorded"));
        return Ok(());
    }
    let recorded = opened
        .log
        .execute(&Command::IssueNotice { day }, now, None, origin)
        .map_err(|e| Failure::Bad(e.to_string()))?;
    for r in &recorded {
        eprintln!("{}", describe::event(tr, &hall, opened.log.state(), r));
    }
    Ok(())
}

fn config_cmd(cli: &Cli, c: &ConfigCmd) -> Result<(), Failure> {
    let places = Places::resolve(&cli.global)?;
    let tr = translator(cli, None);
    match c {
        ConfigCmd::Check { file } => {
            let path = file
                .clone()
                .or(places.config.clone())
                .ok_or_else(|| Failure::Bad(tr.t("config-none")))?;
            let cfg = config::load(&path).map_err(|e| Failure::Bad(e.to_string()))?;
            say!(
                "{}",
                tr.f(
                    "config-ok",
                    &[
                        ("file", (&path.display().to_string()).into()),
                        ("hall", (&cfg.hall.name).into()),
                        ("windows", cfg.hall.windows.len().into()),
                        ("services", cfg.hall.services.len().into()),
                    ],
                )
            );
            Ok(())
        }
        ConfigCmd::Init { file, force } => {
            let path = file
                .clone()
                .or(places.default_config.clone())
                .ok_or_else(|| Failure::Bad(tr.t("config-none")))?;
            if path.exists() && !force {
                return Err(Failure::Bad(tr.f(
                    "config-exists",
                    &[("file", (&path.display().to_string()).into())],
                )));
            }
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(io)?;
            }
            std::fs::write(&path, config::STARTER)
                .map_err(|e| Failure::Bad(format!("{}: {e}", path.display())))?;
            say!(
                "{}",
                tr.f(
                    "config-written",
                    &[("file", (&path.display().to_string()).into())]
                )
            );
            Ok(())
        }
        ConfigCmd::Path => {
            let shown = |p: &Option<std::path::PathBuf>| {
                p.as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "-".into())
            };
            say!(
                "config: {}",
                shown(&places.config.clone().or(places.default_config.clone()))
            );
            say!(
                "in use: {}",
                places
                    .config
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| tr.t("config-demo"))
            );
            say!("data:   {}", places.data_dir.display());
            say!("log:    {}", places.log_path().display());
            Ok(())
        }
    }
}

/// Commands that only look at the hall work on a log this user may only read.
fn access_of(command: &Cmd) -> Access {
    match command {
        Cmd::Status { .. } | Cmd::Log { .. } | Cmd::Plan { print: true, .. } => Access::Read,
        Cmd::Break(BreakCmd::List { .. }) => Access::Read,
        _ => Access::Write,
    }
}

fn window_id(hall: &Hall, tr: &Tr, n: u32) -> Result<WindowId, Failure> {
    let id = WindowId(n);
    match hall.window(id) {
        Some(_) => Ok(id),
        None => Err(Failure::Bad(describe::refusal(
            tr,
            hall,
            &crate::domain::Refusal::UnknownWindow(id),
        ))),
    }
}

/// A break reason as typed, with the note for "other" cleaned for the screen.
fn parse_reason(tr: &Tr, code: &str, note: Option<&str>) -> Result<BreakReason, Failure> {
    BreakReason::parse(code, note.map(text::clean).as_deref()).ok_or_else(|| {
        Failure::Bad(tr.f(
            "bad-reason",
            &[
                ("value", code.into()),
                ("known", Arg::Str(&BreakReason::CODES.join(", "))),
            ],
        ))
    })
}

fn override_of(args: &OverrideArgs) -> Option<Override> {
    match (&args.override_by, &args.because) {
        (Some(by), Some(reason)) => Some(Override {
            by: text::clean(by),
            reason: text::clean(reason),
        }),
        _ => None,
    }
}

pub(crate) fn parse_day(
    hall: &Hall,
    tr: &Tr,
    date: &Option<String>,
    now: Instant,
) -> Result<NaiveDate, Failure> {
    match date {
        None => Ok(now.with_timezone(&hall.tz).date_naive()),
        Some(d) => NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .map_err(|_| Failure::Bad(tr.f("bad-date", &[("value", d.into())]))),
    }
}

/// A break's start and end as typed: a start, and an end or a length.
fn break_span(
    hall: &Hall,
    tr: &Tr,
    day: NaiveDate,
    start: &str,
    end: &Option<String>,
    minutes: Option<u32>,
) -> Result<(Instant, Instant), Failure> {
    let start = local_instant(hall, tr, day, start)?;
    let end = match (end, minutes) {
        (Some(e), _) => local_instant(hall, tr, day, e)?,
        (None, Some(m)) => start + Duration::minutes(i64::from(m)),
        (None, None) => return Err(Failure::Bad(tr.t("break-length-missing"))),
    };
    Ok((start, end))
}

/// A wall-clock time on a day in the hall, to an instant. On the day clocks go
/// back the earlier of the two is meant; a time skipped when clocks go forward
/// does not exist and is refused.
fn local_instant(hall: &Hall, tr: &Tr, day: NaiveDate, time: &str) -> Result<Instant, Failure> {
    let t = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .map_err(|_| Failure::Bad(tr.f("bad-time", &[("value", time.into())])))?;
    match hall.tz.from_local_datetime(&day.and_time(t)) {
        LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => Ok(x.to_utc()),
        LocalResult::None => Err(Failure::Bad(tr.f(
            "time-skipped",
            &[("value", time.into()), ("date", (&day.to_string()).into())],
        ))),
    }
}

fn hall_cmd(
    opened: &mut Opened,
    tr: &Tr,
    command: &Cmd,
    clock: Clock,
    origin: &str,
) -> Result<(), Failure> {
    let hall = opened.log.hall().clone();
    let now = clock.now();
    // A moved break keeps its own day unless told otherwise.
    let break_day = |id: u64| {
        opened
            .log
            .state()
            .breaks
            .get(&crate::domain::BreakId(id))
            .map(|b| b.start.with_timezone(&hall.tz).date_naive())
    };
    let changed_day = match command {
        Cmd::Break(BreakCmd::Change { id, .. }) => break_day(*id),
        _ => None,
    };
    let mut exec = |cmd: Command, ovr: Option<Override>| -> Result<(), Failure> {
        let recorded = opened
            .log
            .execute(&cmd, clock.now(), ovr.as_ref(), origin)
            .map_err(|e| match e {
                ExecError::Refused(r) => {
                    let text = describe::refusal(tr, &hall, &r);
                    match r.class() {
                        RefusalClass::BadInput => Failure::Bad(text),
                        RefusalClass::Rule | RefusalClass::Policy => Failure::Refused(text),
                    }
                }
                ExecError::Store(s) => Failure::Bad(s.to_string()),
            })?;
        let state = opened.log.state();
        if recorded.is_empty() {
            say!("{}", tr.t("nothing-to-do"));
        }
        for r in &recorded {
            say!("{}", describe::event(tr, &hall, state, r));
        }
        Ok(())
    };
    match command {
        Cmd::Ticket(t) => match t {
            TicketCmd::Issue {
                service,
                window,
                count,
            } => {
                let window = window.map(|w| window_id(&hall, tr, w)).transpose()?;
                if service.trim().is_empty() {
                    let refusal = crate::domain::Refusal::UnknownService("\"\"".into());
                    return Err(Failure::Bad(describe::refusal(tr, &hall, &refusal)));
                }
                for _ in 0..*count {
                    // Nobody reads the numbers any more (`| head`): stop issuing.
                    if stdout_gone() {
                        break;
                    }
                    exec(
                        Command::IssueTicket {
                            service: ServiceCode::new(service),
                            window,
                        },
                        None,
                    )?;
                }
                Ok(())
            }
            TicketCmd::Call(w) => exec(
                Command::CallNext {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            TicketCmd::Recall(w) => exec(
                Command::Recall {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            TicketCmd::Serve(w) => exec(
                Command::Serve {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            TicketCmd::NoShow(w) => exec(
                Command::NoShow {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            TicketCmd::Transfer {
                from,
                to_service,
                to_window,
            } => {
                let to = match (to_service, to_window) {
                    (Some(s), _) => TransferTo::Service(ServiceCode::new(s)),
                    (None, Some(w)) => TransferTo::Window(window_id(&hall, tr, *w)?),
                    (None, None) => return Err(Failure::Bad(tr.t("transfer-target"))),
                };
                exec(
                    Command::Transfer {
                        window: window_id(&hall, tr, from.window)?,
                        to,
                    },
                    None,
                )
            }
            TicketCmd::Cancel { ticket } => exec(
                Command::CancelTicket {
                    label: ticket.clone(),
                },
                None,
            ),
        },
        Cmd::Window(w) => match w {
            WindowCmd::Open { window, staff } => exec(
                Command::OpenWindow {
                    window: window_id(&hall, tr, window.window)?,
                    staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
                },
                None,
            ),
            WindowCmd::Close(w) => exec(
                Command::CloseWindow {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
        },
        Cmd::Break(b) => match b {
            BreakCmd::Plan {
                window,
                start,
                end,
                minutes,
                date,
                staff,
                ovr,
            } => {
                let day = parse_day(&hall, tr, date, now)?;
                let (start, end) = break_span(&hall, tr, day, start, end, *minutes)?;
                exec(
                    Command::PlanBreak {
                        window: window_id(&hall, tr, window.window)?,
                        start,
                        end,
                        staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
                    },
                    override_of(ovr),
                )
            }
            BreakCmd::Change {
                id,
                start,
                end,
                minutes,
                date,
                staff,
                ovr,
            } => {
                let brk = crate::domain::BreakId(*id);
                // Without --date the break keeps its own day.
                let day = match (date, changed_day) {
                    (None, Some(d)) => d,
                    _ => parse_day(&hall, tr, date, now)?,
                };
                let (start, end) = break_span(&hall, tr, day, start, end, *minutes)?;
                exec(
                    Command::ChangeBreak {
                        brk,
                        start,
                        end,
                        staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
                    },
                    override_of(ovr),
                )
            }
            BreakCmd::List { date, json } => {
                let day = parse_day(&hall, tr, date, now)?;
                let state = opened.log.state();
                let breaks: Vec<view::BreakView> = state
                    .breaks_on(&hall, day)
                    .into_iter()
                    .map(|b| view::break_view(&hall, state, b, now))
                    .collect();
                if *json {
                    let text = serde_json::to_string_pretty(&breaks)
                        .map_err(|e| Failure::Bad(e.to_string()))?;
                    say!("{text}");
                } else if breaks.is_empty() {
                    say!(
                        "{}",
                        tr.f("no-breaks", &[("date", (&day.to_string()).into())])
                    );
                } else {
                    for b in &breaks {
                        say!("{}", crate::ui::text::break_line(tr, b));
                    }
                }
                Ok(())
            }
            BreakCmd::Publish { date } => {
                let day = parse_day(&hall, tr, date, now)?;
                exec(Command::PublishBreaks { day }, None)
            }
            BreakCmd::Warn(w) => exec(
                Command::WarnBreak {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            BreakCmd::Start {
                window,
                reason,
                note,
                minutes,
                after_service,
                ovr,
            } => {
                let reason = match reason {
                    None => None,
                    Some(code) => Some(parse_reason(tr, code, note.as_deref())?),
                };
                exec(
                    Command::StartBreak {
                        window: window_id(&hall, tr, window.window)?,
                        reason,
                        minutes: *minutes,
                        after_service: *after_service,
                    },
                    override_of(ovr),
                )
            }
            BreakCmd::Request {
                window,
                reason,
                note,
                minutes,
            } => {
                let reason = parse_reason(tr, reason, note.as_deref())?;
                exec(
                    Command::RequestBreak {
                        window: window_id(&hall, tr, window.window)?,
                        reason,
                        minutes: *minutes,
                    },
                    None,
                )
            }
            BreakCmd::Approve { request, ovr } => exec(
                Command::AnswerRequest {
                    request: crate::domain::RequestId(*request),
                    answer: crate::domain::Reply::Approve,
                },
                override_of(ovr),
            ),
            BreakCmd::Postpone { request, minutes } => exec(
                Command::AnswerRequest {
                    request: crate::domain::RequestId(*request),
                    answer: crate::domain::Reply::Postpone { minutes: *minutes },
                },
                None,
            ),
            BreakCmd::Decline { request } => exec(
                Command::AnswerRequest {
                    request: crate::domain::RequestId(*request),
                    answer: crate::domain::Reply::Decline,
                },
                None,
            ),
            BreakCmd::End(w) => exec(
                Command::EndBreak {
                    window: window_id(&hall, tr, w.window)?,
                },
                None,
            ),
            BreakCmd::Cancel { id } => exec(
                Command::CancelBreak {
                    brk: crate::domain::BreakId(*id),
                },
                None,
            ),
        },
        Cmd::Plan {
            date,
            print: true,
            format,
            suggest,
            simulate,
        } => {
            let day = parse_day(&hall, tr, date, now)?;
            let late = simulate.then_some(opened.config.simulation.late_break_end);
            let text = crate::planner::print(tr, &opened.log, day, now, *format, *suggest, late)?;
            say!("{text}");
            Ok(())
        }
        Cmd::Status { json } => {
            let v = view::hall_view(&hall, opened.log.state(), now);
            if *json {
                let text =
                    serde_json::to_string_pretty(&v).map_err(|e| Failure::Bad(e.to_string()))?;
                say!("{text}");
            } else {
                for line in crate::ui::text::status_lines(tr, &v) {
                    say!("{line}");
                }
                let today = now.with_timezone(&hall.tz).date_naive();
                if let Some(line) = crate::notice::glass_line(tr, &hall, opened.log.state(), today)
                {
                    say!("! {line}");
                }
            }
            Ok(())
        }
        Cmd::Log { json, limit, after } => {
            let events = match after {
                Some(a) => opened.log.events(*a, *limit)?,
                None => opened.log.tail(*limit)?,
            };
            let names = log_names(&opened.log, &events)?;
            for r in &events {
                let line = if *json {
                    serde_json::to_string(r).map_err(|e| Failure::Bad(e.to_string()))?
                } else {
                    format!(
                        "{:>6}  {}  {:<10}  {}",
                        r.seq,
                        r.at.with_timezone(&hall.tz).format("%Y-%m-%d %H:%M:%S"),
                        r.origin,
                        describe::event(tr, &hall, &names, r)
                    )
                };
                if !say(&line) {
                    break;
                }
            }
            Ok(())
        }
        Cmd::Completions { .. }
        | Cmd::Config(_)
        | Cmd::Demo(_)
        | Cmd::Bench(_)
        | Cmd::Plan { .. }
        | Cmd::Counter { .. }
        | Cmd::Board
        | Cmd::Notice { .. }
        | Cmd::Simulate(_)
        | Cmd::Train(_)
        | Cmd::Store(_)
        | Cmd::Replay(_) => Ok(()),
    }
}
