//! The hall's TOML config file, read into the domain's [`Hall`].
//!
//! Every problem is reported as one line, `file:line:col: key: message`, so that an
//! editor or a terminal can jump straight to it and a supervisor fixing the file at
//! the counter does not have to read a multi-line diagnostic.

use crate::domain::{
    ArrivalRate, Entitlement, Forecasting, Hall, OpeningHours, Policy, QueueMode, Service,
    ServiceCode, ServiceTime, Staff, StaffId, WindowId, WindowSpec,
};
use crate::text::clean;
use crate::tomlfile::{Located, Source};
use chrono::{Duration, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

mod access;
mod kiosk;
pub use kiosk::{Chime, Kiosk, Printer, Voice};
mod feedback;

/// The starter file written by `frontdesk config init`; it documents every key.
pub const STARTER: &str = include_str!("../config.example.toml");

/// Languages the screens are translated into.
const LANGUAGES: [&str; 4] = ["en", "hu", "ru", "uk"];

const DEFAULT_LANGUAGE: &str = "en";

const DEFAULT_OPEN: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(t) => t,
    None => panic!("08:00 is a valid time"),
};

const DEFAULT_CLOSE: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(t) => t,
    None => panic!("18:00 is a valid time"),
};

/// Upper bound for per-service minutes: a day. It keeps durations far from
/// chrono's limits, and anything longer is a typo rather than a real target.
const MAX_SERVICE_MINUTES: i64 = 24 * 60;

/// The spread of a lognormal service time when the config does not give one:
/// counters typically see a standard deviation a little over half the mean.
const DEFAULT_LOGNORMAL_CV: f64 = 0.6;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub hall: Hall,
    /// Language of the staff screens: one of en, hu, ru, uk.
    pub language: String,
    /// Languages of the customer board, in the order they are cycled.
    pub languages: Vec<String>,
    pub board: Board,
    pub simulation: Simulation,
    /// Who may do what: open (everyone, everything) without `[access]`.
    pub access: crate::access::Rules,
    pub kiosk: Kiosk,
    pub voice: Voice,
    /// The quality record's categories, time limits and survey timing.
    pub feedback: crate::feedback::Rules,
}

/// How the customer board behaves.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    /// Seconds each of the hall's languages stays on the board.
    pub rotate_seconds: u32,
    /// Ring the terminal bell when a window starts closing.
    pub bell: bool,
}

impl Default for Board {
    fn default() -> Self {
        Board {
            rotate_seconds: 10,
            bell: false,
        }
    }
}

/// When a planned break starts late because a service ran over, where it ends.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum LateBreakEnd {
    /// At the planned end, as the notice told customers: the break is shorter.
    #[default]
    AsPlanned,
    /// Its full length after it really started: the window returns later.
    FullLength,
}

/// Settings the simulator takes from the hall's config.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Simulation {
    pub late_break_end: LateBreakEnd,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A syntax, type or rule error at a place in the file; `key` is the dotted
    /// path such as `windows[1].services[0]`, empty for a plain syntax error.
    #[error("{file}:{line}:{col}: {}{message}", crate::tomlfile::key_prefix(.key))]
    Invalid {
        file: String,
        line: usize,
        col: usize,
        key: String,
        message: String,
    },
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
}

/// Parses a config from text; `file` is only used to name the file in errors.
pub fn parse(src: &str, file: &str) -> Result<Config, ConfigError> {
    let cx = Ctx::new(src, file);
    let de = toml::Deserializer::parse(src).map_err(|e| cx.syntax_error(&e))?;
    let raw: RawConfig = serde_path_to_error::deserialize(de).map_err(|e| cx.serde_error(e))?;
    raw.into_config(&cx)
}

/// A hall config written as a table inside another file (a trainer's scenario
/// sets up its hall so): the same keys and rules, and places that point into
/// that file. Rule errors name keys as in a config file of their own.
pub(crate) fn embedded(raw: RawConfig, src: &str, file: &str) -> Result<Config, ConfigError> {
    raw.into_config(&Ctx::new(src, file))
}

/// Reads and parses a config file; errors name the file as `path` displays.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let file = path.display().to_string();
    let src = crate::textfile::read(path, &file)?;
    parse(&src, &file)
}

// ---------------------------------------------------------------------------
// The file as written. Values that rules check later are `Spanned` so that a rule
// error can point at them. Integers are read as i64 and range-checked afterwards,
// so "-1" gets the same "must be between" message as "5000" instead of a type
// error.

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
pub(crate) struct RawConfig {
    hall: RawHall,
    hours: Option<RawHours>,
    breaks: Option<RawBreaks>,
    forecast: Option<RawForecast>,
    board: Option<RawBoard>,
    simulation: Option<RawSimulation>,
    kiosk: Option<kiosk::RawKiosk>,
    voice: Option<kiosk::RawVoice>,
    services: Spanned<Vec<RawService>>,
    windows: Spanned<Vec<RawWindow>>,
    #[serde(default)]
    staff: Vec<RawStaff>,
    access: Option<Spanned<access::RawAccess>>,
    feedback: Option<feedback::RawFeedback>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawForecast {
    interval_minutes: Option<Spanned<i64>>,
    history_weeks: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawBoard {
    rotate_seconds: Option<Spanned<i64>>,
    bell: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawSimulation {
    late_break_end: Option<RawLateBreakEnd>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawLateBreakEnd {
    AsPlanned,
    FullLength,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawHall {
    name: Spanned<String>,
    time_zone: Spanned<String>,
    language: Option<Spanned<String>>,
    languages: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawHours {
    // Either a "HH:MM" string or a bare TOML local time (`open = 08:00`), which
    // is what many people type for a time of day.
    open: Option<Spanned<toml::Value>>,
    close: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawBreaks {
    warn_lead_minutes: Option<Spanned<i64>>,
    min_open_per_service: Option<Spanned<i64>>,
    max_concurrent: Option<Spanned<i64>>,
    max_length_minutes: Option<Spanned<i64>>,
    min_length_minutes: Option<Spanned<i64>>,
    unscheduled_needs_approval: Option<bool>,
    max_queue_to_start: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawService {
    code: Spanned<String>,
    name: Spanned<String>,
    target_wait_minutes: Spanned<i64>,
    mean_service_minutes: Spanned<f64>,
    queue: Option<RawQueue>,
    service_time: Option<RawServiceTime>,
    service_time_cv: Option<Spanned<f64>>,
    patience_minutes: Option<Spanned<f64>>,
    arrivals_per_hour: Option<Spanned<BTreeMap<Spanned<String>, Spanned<f64>>>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawServiceTime {
    Exponential,
    Lognormal,
    Deterministic,
    Empirical,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawQueue {
    Shared,
    PerWindow,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawWindow {
    id: Spanned<i64>,
    name: Option<Spanned<String>>,
    services: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawStaff {
    id: Spanned<String>,
    name: Spanned<String>,
    window: Option<Spanned<i64>>,
    shift_start: Option<Spanned<toml::Value>>,
    shift_end: Option<Spanned<toml::Value>>,
    #[serde(default)]
    breaks: Vec<RawEntitlement>,
    /// The staff member's login on this host, for `[access]`.
    user: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawEntitlement {
    minutes: Spanned<i64>,
    earliest: Spanned<toml::Value>,
    latest: Spanned<toml::Value>,
}

// ---------------------------------------------------------------------------
// Locating errors.

impl From<crate::textfile::ReadError> for ConfigError {
    fn from(e: crate::textfile::ReadError) -> Self {
        use crate::textfile::ReadError;
        match e {
            ReadError::Io { file, source } => ConfigError::Read { file, source },
            ReadError::NotUtf8 {
                file,
                line,
                col,
                message,
            } => ConfigError::Invalid {
                file,
                line,
                col,
                key: String::new(),
                message,
            },
        }
    }
}

/// This file's places, as config errors.
type Ctx<'a> = Source<'a, ConfigError>;

impl From<Located> for ConfigError {
    fn from(l: Located) -> Self {
        ConfigError::Invalid {
            file: l.file,
            line: l.line,
            col: l.col,
            key: l.key,
            message: l.message,
        }
    }
}

// ---------------------------------------------------------------------------
// Rules.

impl RawConfig {
    fn into_config(self, cx: &Ctx) -> Result<Config, ConfigError> {
        let (name, tz, language, languages) = self.hall.check(cx)?;
        let hours = check_hours(cx, self.hours)?;
        let policy = check_breaks(cx, self.breaks)?;
        let forecast = check_forecast(cx, self.forecast)?;
        let board = check_board(cx, self.board)?;
        let simulation = Simulation {
            late_break_end: match self.simulation.and_then(|s| s.late_break_end) {
                None | Some(RawLateBreakEnd::AsPlanned) => LateBreakEnd::AsPlanned,
                Some(RawLateBreakEnd::FullLength) => LateBreakEnd::FullLength,
            },
        };
        let (services, code_spans) = check_services(cx, self.services)?;
        let windows = check_windows(cx, self.windows, &services)?;
        // A service no window handles would hand out tickets nobody ever calls.
        for (i, (service, code)) in services.iter().zip(&code_spans).enumerate() {
            if !windows.iter().any(|w| w.services.contains(&service.code)) {
                return Err(cx.at(
                    code,
                    &format!("services[{i}].code"),
                    &format!(
                        "no window handles service {:?}; add it to the services of a [[windows]] table",
                        service.code.0
                    ),
                ));
            }
        }
        let logins: Vec<(usize, access::Login)> = self
            .staff
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let user = s.user.clone()?;
                let staff = StaffId(s.id.get_ref().clone());
                Some((i, access::Login { staff, user }))
            })
            .collect();
        let staff = check_staff(cx, self.staff, &windows, &hours, &policy)?;
        access::check_logins(cx, &logins)?;
        let ids: Vec<StaffId> = staff.iter().map(|s| s.id.clone()).collect();
        let access = access::check_access(cx, self.access, &ids, &logins)?;
        let kiosk = kiosk::check_kiosk(cx, self.kiosk, &services)?;
        let voice = kiosk::check_voice(cx, self.voice)?;
        let feedback = feedback::check(cx, self.feedback)?;
        Ok(Config {
            hall: Hall {
                name,
                tz,
                hours,
                services,
                windows,
                staff,
                policy,
                forecast,
                demo: false,
            },
            language,
            languages,
            board,
            simulation,
            access,
            kiosk,
            voice,
            feedback,
        })
    }
}

impl RawHall {
    fn check(self, cx: &Ctx) -> Result<(String, Tz, String, Vec<String>), ConfigError> {
        let name = clean_name(cx, &self.name, "hall.name")?;
        let tz: Tz = self.time_zone.get_ref().trim().parse().map_err(|_| {
            cx.at(
                &self.time_zone,
                "hall.time_zone",
                &format!(
                    "unknown time zone {:?}; expected an IANA name such as \"Europe/Budapest\"",
                    self.time_zone.get_ref()
                ),
            )
        })?;
        let language = match &self.language {
            Some(l) => check_language(cx, l, "hall.language")?,
            None => DEFAULT_LANGUAGE.to_string(),
        };
        let languages = match &self.languages {
            None => vec![language.clone()],
            Some(list) => {
                if list.get_ref().is_empty() {
                    return Err(cx.at(list, "hall.languages", "must list at least one language"));
                }
                let mut out: Vec<String> = Vec::new();
                for (i, l) in list.get_ref().iter().enumerate() {
                    let key = format!("hall.languages[{i}]");
                    let code = check_language(cx, l, &key)?;
                    if out.contains(&code) {
                        return Err(cx.at(l, &key, &format!("language {code:?} is listed twice")));
                    }
                    out.push(code);
                }
                out
            }
        };
        Ok((name, tz, language, languages))
    }
}

fn check_language(cx: &Ctx, value: &Spanned<String>, key: &str) -> Result<String, ConfigError> {
    let code = value.get_ref().trim().to_ascii_lowercase();
    if LANGUAGES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(cx.at(
            value,
            key,
            &format!(
                "unsupported language {:?}; expected one of {}",
                value.get_ref(),
                LANGUAGES.join(", ")
            ),
        ))
    }
}

/// A name after control characters are stripped; one that is left empty would
/// draw as a blank on every screen.
fn clean_name(cx: &Ctx, value: &Spanned<String>, key: &str) -> Result<String, ConfigError> {
    let name = clean(value.get_ref());
    if name.is_empty() {
        Err(cx.at(value, key, "must not be empty"))
    } else {
        Ok(name)
    }
}

/// Longest id: ids are typed at the counter and shown in narrow columns.
const MAX_ID_CHARS: usize = 32;

/// An id as it is typed on the command line (`--staff anna`) and written in
/// the log: letters and digits of any alphabet, `.`, `_` and `-`; nothing a
/// shell or a terminal would take apart. Checked, never cleaned, so that the
/// id written in the file is the one that works on the command line.
pub fn is_safe_id(s: &str) -> bool {
    let n = s.chars().count();
    (1..=MAX_ID_CHARS).contains(&n)
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn check_id(cx: &Ctx, value: &Spanned<String>, key: &str) -> Result<String, ConfigError> {
    let id = value.get_ref();
    if is_safe_id(id) {
        Ok(id.clone())
    } else {
        Err(cx.at(
            value,
            key,
            &format!(
                "must be 1 to {MAX_ID_CHARS} letters, digits, '.', '_' or '-' (no spaces or other signs), got {id:?}"
            ),
        ))
    }
}

fn check_hours(cx: &Ctx, hours: Option<RawHours>) -> Result<OpeningHours, ConfigError> {
    let Some(hours) = hours else {
        return Ok(OpeningHours {
            open: DEFAULT_OPEN,
            close: DEFAULT_CLOSE,
        });
    };
    let open = match &hours.open {
        Some(v) => check_hhmm(cx, v, "hours.open")?,
        None => DEFAULT_OPEN,
    };
    let close = match &hours.close {
        Some(v) => check_hhmm(cx, v, "hours.close")?,
        None => DEFAULT_CLOSE,
    };
    if close <= open {
        let hhmm = |t: NaiveTime| t.format("%H:%M").to_string();
        return Err(match (&hours.close, &hours.open) {
            (Some(c), _) => cx.at(
                c,
                "hours.close",
                &format!("must be after open ({})", hhmm(open)),
            ),
            (None, Some(o)) => cx.at(
                o,
                "hours.open",
                &format!("must be before close ({}, the default)", hhmm(close)),
            ),
            (None, None) => cx.error(0, "hours", "close must be after open"),
        });
    }
    Ok(OpeningHours { open, close })
}

fn check_hhmm(cx: &Ctx, value: &Spanned<toml::Value>, key: &str) -> Result<NaiveTime, ConfigError> {
    let time = match value.get_ref() {
        toml::Value::String(s) => parse_hhmm(s),
        toml::Value::Datetime(toml::value::Datetime {
            date: None,
            time: Some(t),
            offset: None,
        }) if t.second.unwrap_or(0) == 0 && t.nanosecond.unwrap_or(0) == 0 => {
            NaiveTime::from_hms_opt(t.hour.into(), t.minute.into(), 0)
        }
        _ => None,
    };
    time.ok_or_else(|| {
        cx.at(
            value,
            key,
            &format!(
                "expected a time as \"HH:MM\" between 00:00 and 23:59, got {}",
                value.get_ref()
            ),
        )
    })
}

/// "HH:MM" on a 24-hour clock; a one-digit hour ("8:30") is accepted too.
fn parse_hhmm(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.trim().split_once(':')?;
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

fn check_breaks(cx: &Ctx, breaks: Option<RawBreaks>) -> Result<Policy, ConfigError> {
    let d = Policy::default();
    let Some(b) = breaks else {
        return Ok(d);
    };
    let minutes = |v: &Option<Spanned<i64>>, key: &str, lo, hi, default: Duration| match v {
        Some(v) => check_between(cx, v, key, lo, hi).map(Duration::minutes),
        None => Ok(default),
    };
    let count = |v: &Option<Spanned<i64>>, key: &str, lo| -> Result<Option<u32>, ConfigError> {
        v.as_ref()
            .map(|v| check_at_least(cx, v, key, lo))
            .transpose()
    };
    let policy = Policy {
        // The queue must hear about a break 10 to 15 minutes ahead: less leaves no
        // time to serve who is already waiting, more sends people away too early.
        warn_lead: minutes(
            &b.warn_lead_minutes,
            "breaks.warn_lead_minutes",
            10,
            15,
            d.warn_lead,
        )?,
        min_open_per_service: count(&b.min_open_per_service, "breaks.min_open_per_service", 0)?
            .unwrap_or(d.min_open_per_service),
        max_concurrent_breaks: count(&b.max_concurrent, "breaks.max_concurrent", 1)?
            .unwrap_or(d.max_concurrent_breaks),
        max_break_length: minutes(
            &b.max_length_minutes,
            "breaks.max_length_minutes",
            5,
            240,
            d.max_break_length,
        )?,
        min_break_length: b
            .min_length_minutes
            .as_ref()
            .map(|v| {
                check_between(cx, v, "breaks.min_length_minutes", 1, 240).map(Duration::minutes)
            })
            .transpose()?,
        max_queue_to_start: count(&b.max_queue_to_start, "breaks.max_queue_to_start", 0)?
            .or(d.max_queue_to_start),
        unscheduled_needs_approval: b
            .unscheduled_needs_approval
            .unwrap_or(d.unscheduled_needs_approval),
    };
    if let (Some(min), Some(v)) = (policy.min_break_length, &b.min_length_minutes)
        && min > policy.max_break_length
    {
        return Err(cx.at(
            v,
            "breaks.min_length_minutes",
            &format!(
                "must not exceed max_length_minutes ({})",
                policy.max_break_length.num_minutes()
            ),
        ));
    }
    Ok(policy)
}

fn check_forecast(cx: &Ctx, forecast: Option<RawForecast>) -> Result<Forecasting, ConfigError> {
    let d = Forecasting::default();
    let Some(f) = forecast else {
        return Ok(d);
    };
    let interval = match &f.interval_minutes {
        None => d.interval,
        // Staffing is planned in quarter or half hours; anything else would not
        // line up with the break plan's own grid.
        Some(v) if matches!(*v.get_ref(), 15 | 30) => Duration::minutes(*v.get_ref()),
        Some(v) => {
            return Err(cx.at(
                v,
                "forecast.interval_minutes",
                &format!("must be 15 or 30, got {}", v.get_ref()),
            ));
        }
    };
    let history_weeks = match &f.history_weeks {
        None => d.history_weeks,
        Some(v) => check_between(cx, v, "forecast.history_weeks", 0, 52)? as u32,
    };
    Ok(Forecasting {
        interval,
        history_weeks,
    })
}

fn check_board(cx: &Ctx, board: Option<RawBoard>) -> Result<Board, ConfigError> {
    let d = Board::default();
    let Some(b) = board else {
        return Ok(d);
    };
    Ok(Board {
        // Fast enough to reach every language while someone waits, slow enough
        // to be read from across the hall.
        rotate_seconds: match &b.rotate_seconds {
            None => d.rotate_seconds,
            Some(v) => check_between(cx, v, "board.rotate_seconds", 3, 300)? as u32,
        },
        bell: b.bell.unwrap_or(d.bell),
    })
}

/// A number of minutes given as a TOML number, above 0 and at most a day.
fn check_minutes_f64(cx: &Ctx, value: &Spanned<f64>, key: &str) -> Result<Duration, ConfigError> {
    let minutes = *value.get_ref();
    let seconds = (minutes * 60.0).round();
    // `!(x >= 1)` also turns away NaN.
    if !(seconds >= 1.0 && minutes <= MAX_SERVICE_MINUTES as f64) {
        return Err(cx.at(
            value,
            key,
            &format!(
                "must be above 0 (at least one second) and at most {MAX_SERVICE_MINUTES}, got {minutes}"
            ),
        ));
    }
    // Bounded above by a day in seconds, so the cast cannot truncate.
    Ok(Duration::seconds(seconds as i64))
}

/// The arrival profile: `{ "08:00" = 12, "11:30" = 30 }`, arrivals per hour from
/// each time until the next.
fn check_arrivals(
    cx: &Ctx,
    raw: &Spanned<BTreeMap<Spanned<String>, Spanned<f64>>>,
    key: &str,
) -> Result<Vec<ArrivalRate>, ConfigError> {
    let mut out = Vec::new();
    for (time, rate) in raw.get_ref() {
        let at = parse_hhmm(time.get_ref()).ok_or_else(|| {
            cx.at(
                time,
                key,
                &format!(
                    "expected a time as \"HH:MM\" between 00:00 and 23:59, got {:?}",
                    time.get_ref()
                ),
            )
        })?;
        let per_hour = *rate.get_ref();
        // A hall serves people, not streams: more than 10 000 an hour is a typo.
        if !(0.0..=10_000.0).contains(&per_hour) {
            return Err(cx.at(
                rate,
                &format!("{key}.\"{}\"", time.get_ref()),
                &format!("must be between 0 and 10000 arrivals per hour, got {per_hour}"),
            ));
        }
        if out.iter().any(|r: &ArrivalRate| r.from == at) {
            return Err(cx.at(time, key, &format!("{} is given twice", at.format("%H:%M"))));
        }
        out.push(ArrivalRate { from: at, per_hour });
    }
    out.sort_by_key(|r| r.from);
    Ok(out)
}

fn check_between(
    cx: &Ctx,
    value: &Spanned<i64>,
    key: &str,
    lo: i64,
    hi: i64,
) -> Result<i64, ConfigError> {
    let v = *value.get_ref();
    if (lo..=hi).contains(&v) {
        Ok(v)
    } else {
        Err(cx.at(
            value,
            key,
            &format!("must be between {lo} and {hi}, got {v}"),
        ))
    }
}

fn check_at_least(cx: &Ctx, value: &Spanned<i64>, key: &str, lo: u32) -> Result<u32, ConfigError> {
    let v = *value.get_ref();
    if v < i64::from(lo) {
        return Err(cx.at(value, key, &format!("must be at least {lo}, got {v}")));
    }
    u32::try_from(v).map_err(|_| {
        cx.at(
            value,
            key,
            &format!("must be at most {}, got {v}", u32::MAX),
        )
    })
}

fn check_services(
    cx: &Ctx,
    raw: Spanned<Vec<RawService>>,
) -> Result<(Vec<Service>, Vec<Spanned<String>>), ConfigError> {
    if raw.get_ref().is_empty() {
        return Err(cx.at(&raw, "services", "must list at least one service"));
    }
    let mut services: Vec<Service> = Vec::new();
    let mut code_spans: Vec<Spanned<String>> = Vec::new();
    for (i, s) in raw.into_inner().into_iter().enumerate() {
        let key = |field: &str| format!("services[{i}].{field}");
        let text = s.code.get_ref();
        if !(1..=3).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(cx.at(
                &s.code,
                &key("code"),
                &format!("must be 1 to 3 letters A-Z, got {text:?}"),
            ));
        }
        let code = ServiceCode::new(text);
        if let Some(first) = services.iter().position(|x| x.code == code) {
            return Err(cx.at(
                &s.code,
                &key("code"),
                &format!(
                    "duplicate service code {:?}; first defined at line {}",
                    code.0,
                    cx.position(&code_spans[first]).0
                ),
            ));
        }
        let name = clean_name(cx, &s.name, &key("name"))?;
        let target = check_between(
            cx,
            &s.target_wait_minutes,
            &key("target_wait_minutes"),
            1,
            MAX_SERVICE_MINUTES,
        )?;
        let mean_service =
            check_minutes_f64(cx, &s.mean_service_minutes, &key("mean_service_minutes"))?;
        let service_time = match (&s.service_time, &s.service_time_cv) {
            (Some(RawServiceTime::Lognormal), cv) => {
                let cv = match cv {
                    None => DEFAULT_LOGNORMAL_CV,
                    Some(v) => {
                        let cv = *v.get_ref();
                        if !(cv > 0.0 && cv <= 5.0) {
                            return Err(cx.at(
                                v,
                                &key("service_time_cv"),
                                &format!("must be above 0 and at most 5, got {cv}"),
                            ));
                        }
                        cv
                    }
                };
                ServiceTime::Lognormal { cv }
            }
            (_, Some(v)) => {
                return Err(cx.at(
                    v,
                    &key("service_time_cv"),
                    "only applies to service_time = \"lognormal\"",
                ));
            }
            (None | Some(RawServiceTime::Exponential), None) => ServiceTime::Exponential,
            (Some(RawServiceTime::Deterministic), None) => ServiceTime::Deterministic,
            (Some(RawServiceTime::Empirical), None) => ServiceTime::Empirical,
        };
        let patience = s
            .patience_minutes
            .as_ref()
            .map(|v| check_minutes_f64(cx, v, &key("patience_minutes")))
            .transpose()?;
        let arrivals = match &s.arrivals_per_hour {
            None => vec![],
            Some(a) => check_arrivals(cx, a, &key("arrivals_per_hour"))?,
        };
        services.push(Service {
            code,
            name,
            target_wait: Duration::minutes(target),
            mean_service,
            queue: match s.queue {
                None | Some(RawQueue::Shared) => QueueMode::Shared,
                Some(RawQueue::PerWindow) => QueueMode::PerWindow,
            },
            service_time,
            patience,
            arrivals,
        });
        code_spans.push(s.code);
    }
    Ok((services, code_spans))
}

fn check_windows(
    cx: &Ctx,
    raw: Spanned<Vec<RawWindow>>,
    services: &[Service],
) -> Result<Vec<WindowSpec>, ConfigError> {
    if raw.get_ref().is_empty() {
        return Err(cx.at(&raw, "windows", "must list at least one window"));
    }
    let mut windows: Vec<WindowSpec> = Vec::new();
    let mut id_spans: Vec<Spanned<i64>> = Vec::new();
    for (i, w) in raw.into_inner().into_iter().enumerate() {
        let key = |field: &str| format!("windows[{i}].{field}");
        let id = check_between(cx, &w.id, &key("id"), 1, 999)?;
        // 1..=999 always fits a u32.
        let id = WindowId(u32::try_from(id).unwrap_or_default());
        if let Some(first) = windows.iter().position(|x| x.id == id) {
            return Err(cx.at(
                &w.id,
                &key("id"),
                &format!(
                    "duplicate window id {id}; first defined at line {}",
                    cx.position(&id_spans[first]).0
                ),
            ));
        }
        let name = match &w.name {
            Some(n) => Some(clean_name(cx, n, &key("name"))?),
            // Left out, each screen says "Window 3" in its own language.
            None => None,
        };
        if w.services.get_ref().is_empty() {
            return Err(cx.at(
                &w.services,
                &key("services"),
                "must list at least one service code",
            ));
        }
        let mut codes: Vec<ServiceCode> = Vec::new();
        for (j, c) in w.services.get_ref().iter().enumerate() {
            let code_key = format!("windows[{i}].services[{j}]");
            let code = ServiceCode::new(c.get_ref());
            if !services.iter().any(|s| s.code == code) {
                let known: Vec<&str> = services.iter().map(|s| s.code.0.as_str()).collect();
                return Err(cx.at(
                    c,
                    &code_key,
                    &format!(
                        "unknown service {:?}; defined services: {}",
                        c.get_ref(),
                        known.join(", ")
                    ),
                ));
            }
            if codes.contains(&code) {
                return Err(cx.at(
                    c,
                    &code_key,
                    &format!("service {:?} is listed twice", code.0),
                ));
            }
            codes.push(code);
        }
        windows.push(WindowSpec {
            id,
            name,
            services: codes,
        });
        id_spans.push(w.id);
    }
    Ok(windows)
}

fn check_staff(
    cx: &Ctx,
    raw: Vec<RawStaff>,
    windows: &[WindowSpec],
    hours: &OpeningHours,
    policy: &Policy,
) -> Result<Vec<Staff>, ConfigError> {
    let mut staff: Vec<Staff> = Vec::new();
    let mut id_spans: Vec<Spanned<String>> = Vec::new();
    for (i, s) in raw.into_iter().enumerate() {
        let key = |field: &str| format!("staff[{i}].{field}");
        let id = StaffId(check_id(cx, &s.id, &key("id"))?);
        if let Some(first) = staff.iter().position(|x| x.id == id) {
            return Err(cx.at(
                &s.id,
                &key("id"),
                &format!(
                    "duplicate staff id {:?}; first defined at line {}",
                    id.0,
                    cx.position(&id_spans[first]).0
                ),
            ));
        }
        let name = clean_name(cx, &s.name, &key("name"))?;
        let window = match &s.window {
            None => None,
            Some(w) => {
                let wanted = *w.get_ref();
                let found = windows.iter().find(|x| i64::from(x.id.0) == wanted);
                match found {
                    Some(x) => Some(x.id),
                    None => {
                        let known: Vec<String> = windows.iter().map(|x| x.id.to_string()).collect();
                        return Err(cx.at(
                            w,
                            &key("window"),
                            &format!(
                                "unknown window {wanted}; defined windows: {}",
                                known.join(", ")
                            ),
                        ));
                    }
                }
            }
        };
        let shift = check_shift(cx, &s, &key, hours)?;
        let within = shift.as_ref().unwrap_or(hours);
        let mut breaks = Vec::new();
        for (j, e) in s.breaks.iter().enumerate() {
            breaks.push(check_entitlement(
                cx,
                e,
                &format!("staff[{i}].breaks[{j}]"),
                within,
                policy,
            )?);
        }
        staff.push(Staff {
            id,
            name,
            window,
            shift,
            breaks,
        });
        id_spans.push(s.id);
    }
    Ok(staff)
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A shift inside the opening hours; either end left out is the hall's.
fn check_shift(
    cx: &Ctx,
    s: &RawStaff,
    key: &dyn Fn(&str) -> String,
    hours: &OpeningHours,
) -> Result<Option<OpeningHours>, ConfigError> {
    if s.shift_start.is_none() && s.shift_end.is_none() {
        return Ok(None);
    }
    let open = match &s.shift_start {
        Some(v) => check_hhmm(cx, v, &key("shift_start"))?,
        None => hours.open,
    };
    let close = match &s.shift_end {
        Some(v) => check_hhmm(cx, v, &key("shift_end"))?,
        None => hours.close,
    };
    if close <= open {
        let (v, k) = match (&s.shift_end, &s.shift_start) {
            (Some(v), _) => (v, key("shift_end")),
            (None, Some(v)) => (v, key("shift_start")),
            (None, None) => return Ok(None),
        };
        return Err(cx.at(
            v,
            &k,
            &format!(
                "the shift must end after it starts ({}–{})",
                hhmm(open),
                hhmm(close)
            ),
        ));
    }
    Ok(Some(OpeningHours { open, close }))
}

/// One break a person is owed: long enough for the policy, short enough to fit
/// between its bounds, and inside the shift.
fn check_entitlement(
    cx: &Ctx,
    e: &RawEntitlement,
    key: &str,
    shift: &OpeningHours,
    policy: &Policy,
) -> Result<Entitlement, ConfigError> {
    let min = policy.min_break_length.map_or(1, |m| m.num_minutes());
    let max = policy.max_break_length.num_minutes();
    let minutes = check_between(cx, &e.minutes, &format!("{key}.minutes"), min, max)?;
    let earliest = check_hhmm(cx, &e.earliest, &format!("{key}.earliest"))?;
    let latest = check_hhmm(cx, &e.latest, &format!("{key}.latest"))?;
    if earliest < shift.open || earliest >= shift.close {
        return Err(cx.at(
            &e.earliest,
            &format!("{key}.earliest"),
            &format!(
                "must lie within the shift ({}–{})",
                hhmm(shift.open),
                hhmm(shift.close)
            ),
        ));
    }
    if latest > shift.close || latest <= shift.open {
        return Err(cx.at(
            &e.latest,
            &format!("{key}.latest"),
            &format!(
                "must lie within the shift ({}–{})",
                hhmm(shift.open),
                hhmm(shift.close)
            ),
        ));
    }
    if (latest - earliest).num_minutes() < minutes {
        return Err(cx.at(
            &e.latest,
            &format!("{key}.latest"),
            &format!(
                "leaves no room for a {minutes}-minute break after {}",
                hhmm(earliest)
            ),
        ));
    }
    Ok(Entitlement {
        length: Duration::minutes(minutes),
        earliest,
        latest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[hall]
name = "Post office"
time_zone = "Europe/Kyiv"

[[services]]
code = "a"
name = "Parcels"
target_wait_minutes = 15
mean_service_minutes = 3

[[windows]]
id = 7
services = ["A"]
"#;

    fn invalid(src: &str) -> (usize, usize, String, String) {
        match parse(src, "t.toml") {
            Err(ConfigError::Invalid {
                line,
                col,
                key,
                message,
                ..
            }) => (line, col, key, message),
            other => panic!("expected an Invalid error, got {other:?}"),
        }
    }

    use crate::tomlfile::line_col;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "ab\nКаса = 1\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 2), (1, 3));
        assert_eq!(line_col(src, 3), (2, 1));
        // "Каса" is eight bytes and four characters.
        assert_eq!(line_col(src, 3 + 8), (2, 5));
        assert_eq!(line_col("é🙂x", "é🙂".len()), (1, 3));
    }

    #[test]
    fn line_col_survives_odd_offsets() {
        let src = "Каса";
        // Inside a character: falls back to its start.
        assert_eq!(line_col(src, 1), (1, 1));
        assert_eq!(line_col(src, 3), (1, 2));
        // Past the end: the end.
        assert_eq!(line_col(src, 100), (1, 5));
        assert_eq!(line_col("", 5), (1, 1));
        assert_eq!(line_col("x\n", 2), (2, 1));
        assert_eq!(line_col("\u{feff}ab", "\u{feff}a".len()), (1, 2));
    }

    #[test]
    fn defaults_fill_what_is_left_out() {
        let config = match parse(MINIMAL, "t.toml") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(config.language, "en");
        assert_eq!(config.languages, vec!["en".to_string()]);
        let hall = &config.hall;
        assert_eq!(hall.tz, chrono_tz::Europe::Kyiv);
        assert_eq!(hall.hours.open, DEFAULT_OPEN);
        assert_eq!(hall.hours.close, DEFAULT_CLOSE);
        assert_eq!(hall.policy, Policy::default());
        assert!(hall.staff.is_empty());
        assert!(!hall.demo);
        let service = &hall.services[0];
        assert_eq!(service.code, ServiceCode::new("A"));
        assert_eq!(service.queue, QueueMode::Shared);
        assert_eq!(service.target_wait, Duration::minutes(15));
        assert_eq!(service.mean_service, Duration::minutes(3));
        assert_eq!(hall.windows[0].name, None);
        assert_eq!(hall.windows[0].services, vec![ServiceCode::new("A")]);
    }

    #[test]
    fn languages_default_to_the_screen_language() {
        let src = MINIMAL.replace("time_zone", "language = \"HU\"\ntime_zone");
        let config = parse(&src, "t.toml").map_err(|e| e.to_string());
        let config = config
            .as_ref()
            .map(|c| (c.language.as_str(), c.languages.clone()));
        assert_eq!(config, Ok(("hu", vec!["hu".to_string()])));
    }

    #[test]
    fn hours_default_each_end_separately() {
        let src = format!("{MINIMAL}\n[hours]\nclose = \"16:00\"\n");
        let config = parse(&src, "t.toml").map_err(|e| e.to_string());
        let hours = config.map(|c| c.hall.hours);
        assert_eq!(
            hours,
            Ok(OpeningHours {
                open: DEFAULT_OPEN,
                close: NaiveTime::from_hms_opt(16, 0, 0).unwrap_or_default(),
            })
        );
        let src = format!("{MINIMAL}\n[hours]\nopen = \"19:00\"\n");
        let (line, _, key, message) = invalid(&src);
        assert_eq!((line, key.as_str()), (17, "hours.open"));
        assert_eq!(message, "must be before close (18:00, the default)");
    }

    #[test]
    fn hours_accept_bare_toml_times() {
        let src = format!("{MINIMAL}\n[hours]\nopen = 07:30\nclose = 19:45:00\n");
        let hours = parse(&src, "t.toml").map(|c| c.hall.hours).ok();
        assert_eq!(
            hours.map(|h| (h.open, h.close)),
            Some((
                NaiveTime::from_hms_opt(7, 30, 0).unwrap_or_default(),
                NaiveTime::from_hms_opt(19, 45, 0).unwrap_or_default(),
            ))
        );
        for bad in ["07:30:15", "1979-05-27", "1979-05-27T07:30:00", "730"] {
            let src = format!("{MINIMAL}\n[hours]\nopen = {bad}\n");
            let (_, col, key, message) = invalid(&src);
            assert_eq!((col, key.as_str()), (8, "hours.open"), "{bad}");
            assert!(message.ends_with(&format!("got {bad}")), "{message}");
        }
    }

    #[test]
    fn mean_service_is_rounded_to_seconds() {
        let with = |m: &str| {
            MINIMAL.replace(
                "mean_service_minutes = 3",
                &format!("mean_service_minutes = {m}"),
            )
        };
        let mean = |m: &str| {
            parse(&with(m), "t.toml")
                .map(|c| c.hall.services[0].mean_service)
                .ok()
        };
        assert_eq!(mean("4.5"), Some(Duration::seconds(270)));
        assert_eq!(mean("0.011"), Some(Duration::seconds(1)));
        assert_eq!(mean("1440"), Some(Duration::minutes(1440)));
        for bad in ["0", "-1.0", "0.001", "nan", "inf", "1441"] {
            let (_, _, key, _) = invalid(&with(bad));
            assert_eq!(key, "services[0].mean_service_minutes", "{bad}");
        }
    }

    #[test]
    fn names_are_cleaned() {
        let src = MINIMAL.replace("\"Post office\"", "\"\\u001b[31mPost\\toffice\\u0007\"");
        let config = parse(&src, "t.toml").map_err(|e| e.to_string());
        assert_eq!(
            config.map(|c| c.hall.name),
            Ok("[31mPost office".to_string())
        );
        let src = MINIMAL.replace("\"Post office\"", "\"\\u001b\\u202e \"");
        let (_, _, key, message) = invalid(&src);
        assert_eq!(
            (key.as_str(), message.as_str()),
            ("hall.name", "must not be empty")
        );
    }

    #[test]
    fn key_paths_hide_spanned_internals() {
        let src = MINIMAL.replace("services = [\"A\"]", "services = [\"A\", 2]");
        let (line, col, key, message) = invalid(&src);
        assert_eq!((line, col), (14, 18));
        assert_eq!(key, "windows[0].services[1]");
        assert_eq!(message, "invalid type: integer `2`, expected a string");
    }

    #[test]
    fn missing_keys_name_the_key_at_its_table() {
        let src = MINIMAL.replace("id = 7\n", "");
        let (line, col, key, message) = invalid(&src);
        assert_eq!((line, col), (12, 1));
        assert_eq!(key, "windows[0].id");
        assert_eq!(message, "missing key `id`");
        let (line, col, key, _) = invalid("");
        assert_eq!((line, col, key.as_str()), (1, 1, "hall"));
    }

    #[test]
    fn messages_stay_on_one_line_and_inert() {
        let src = MINIMAL.replace("[hall]\n", "[hall]\n\"col\\u001b[2Jour\\n\" = 1\n");
        let err = match parse(&src, "t.toml") {
            Err(e) => e.to_string(),
            Ok(_) => panic!("unknown key accepted"),
        };
        assert!(!err.contains('\n') && !err.contains('\u{1b}'), "{err}");
        assert!(err.contains("unknown key `col\\u{1b}[2Jour\\n`"), "{err}");
    }

    #[test]
    fn syntax_errors_have_no_key() {
        let err = parse("[hall]\nname = \"x\"\nname = \"y\"\n", "t.toml").map(|_| ());
        let err = err.map_err(|e| e.to_string());
        assert_eq!(err, Err("t.toml:3:1: duplicate key `name`".to_string()));
    }

    #[test]
    fn hhmm_is_strict() {
        assert_eq!(parse_hhmm("08:05"), NaiveTime::from_hms_opt(8, 5, 0));
        assert_eq!(parse_hhmm("8:05"), NaiveTime::from_hms_opt(8, 5, 0));
        assert_eq!(parse_hhmm("23:59"), NaiveTime::from_hms_opt(23, 59, 0));
        for bad in [
            "24:00",
            "8",
            "8.00",
            "08:5",
            "08:60",
            "+8:00",
            "08:00:00",
            "",
            "٠٨:٠٠",
        ] {
            assert_eq!(parse_hhmm(bad), None, "{bad}");
        }
    }

    #[test]
    fn planning_keys_are_read() {
        let src = include_str!("../tests/config/valid/planning.toml");
        let config = match parse(src, "planning.toml") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        let hall = &config.hall;
        assert_eq!(hall.forecast.interval, Duration::minutes(30));
        assert_eq!(hall.forecast.history_weeks, 0);
        assert_eq!(hall.policy.min_break_length, Some(Duration::minutes(15)));
        assert_eq!(
            config.board,
            Board {
                rotate_seconds: 20,
                bell: true
            }
        );
        assert_eq!(config.simulation.late_break_end, LateBreakEnd::FullLength);
        let p = &hall.services[0];
        assert_eq!(p.service_time, ServiceTime::Deterministic);
        assert_eq!(p.patience, Some(Duration::minutes(45)));
        assert_eq!(p.arrivals_per_hour(hm(8, 59)), 0.0);
        assert_eq!(p.arrivals_per_hour(hm(9, 0)), 8.0);
        assert_eq!(p.arrivals_per_hour(hm(12, 30)), 14.5);
        assert_eq!(p.arrivals_per_hour(hm(17, 0)), 0.0);
        let oksana = &hall.staff[0];
        assert_eq!(
            oksana.shift,
            Some(OpeningHours {
                open: hm(9, 0),
                close: hm(17, 30)
            })
        );
        assert_eq!(
            oksana.breaks,
            vec![Entitlement {
                length: Duration::minutes(60),
                earliest: hm(12, 0),
                latest: hm(15, 0),
            }]
        );
        let starter =
            parse(STARTER, "config.example.toml").map(|c| c.hall.services[0].service_time);
        assert_eq!(starter.ok(), Some(ServiceTime::Lognormal { cv: 0.6 }));
    }

    #[test]
    fn starter_is_a_complete_hall() {
        let config = match parse(STARTER, "config.example.toml") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let hall = &config.hall;
        assert_eq!(hall.services.len(), 2);
        assert_eq!(hall.windows.len(), 3);
        assert_eq!(hall.staff.len(), 3);
        assert_eq!(config.languages, vec!["en".to_string(), "hu".to_string()]);
        assert_eq!(hall.services[1].queue, QueueMode::PerWindow);
        assert_eq!(hall.policy.max_queue_to_start, Some(8));
        assert_eq!(hall.staff[0].window, Some(WindowId(1)));
    }
}
