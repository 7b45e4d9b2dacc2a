//! What every command reads from its arguments: the clock, the language, and
//! windows, days, times, break spans, reasons and overrides as a person types
//! them, each refused with the hall's words when it makes no sense.

use super::args::{Cli, LangChoice, OverrideArgs};
use super::failure::Failure;
use crate::clock::Clock;
use crate::domain::{BreakReason, Hall, Instant, Override, WindowId};
use crate::i18n::{Arg, Lang, Tr};
use crate::text;
use crate::views::describe;
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

pub fn clock(cli: &Cli) -> Result<Clock, Failure> {
    match &cli.global.now {
        None => Ok(Clock::system()),
        Some(text) => Clock::parse_start(text)
            .map(Clock::starting_at)
            .ok_or_else(|| Failure::Bad(format!("--now: not an RFC 3339 instant: {text}"))),
    }
}

/// The language asked for on the command line, else the config's, else English.
pub fn translator(cli: &Cli, config_lang: Option<&str>) -> Tr {
    let lang = cli
        .global
        .lang
        .and_then(LangChoice::one)
        .or_else(|| config_lang.and_then(Lang::parse))
        .unwrap_or(Lang::En);
    Tr::new(lang)
}

/// A window number the hall has.
pub fn window_id(hall: &Hall, tr: &Tr, n: u32) -> Result<WindowId, Failure> {
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
pub fn parse_reason(tr: &Tr, code: &str, note: Option<&str>) -> Result<BreakReason, Failure> {
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

/// A supervisor's override, when both who and why were given.
pub fn override_of(args: &OverrideArgs) -> Option<Override> {
    // Who overrides is filled in from the identity when the command runs.
    match (args.override_, &args.because) {
        (true, Some(reason)) => Some(Override {
            by: String::new(),
            reason: text::clean(reason),
        }),
        _ => None,
    }
}

/// A day as typed (YYYY-MM-DD), or today in the hall.
pub fn parse_day(
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
pub fn break_span(
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
pub fn local_instant(hall: &Hall, tr: &Tr, day: NaiveDate, time: &str) -> Result<Instant, Failure> {
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
