//! A scenario file as written, and the rules that turn it into a [`Scenario`].
//!
//! Values a rule checks after serde are `Spanned`, so every error points at the
//! key or value to fix. The rules run in file order (the scenario's own keys,
//! the hall under `[setup]`, the start, the arrivals, the incidents, the
//! scoring), and last the start is set up for real on the hall's rules, so
//! that `--check` also catches a set-up the hall itself would refuse.

use super::session::{self, SetupItem};
use super::{
    Answer, Check, CheckKind, Customer, Incident, Opening, PlannedBreak, RandomArrivals, Scenario,
    ScenarioError, Scoring,
};
use crate::config::{ConfigError, RawConfig};
use crate::domain::{BreakReason, CueKind, Hall, Instant, ServiceCode, WindowId};
use crate::phrases::PhraseKey;
use crate::playbooks::Playbook;
use crate::tomlfile::{RawTexts, Source};
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// This file's places, as scenario errors.
type Ctx<'a> = Source<'a, ScenarioError>;
type Result<T> = std::result::Result<T, ScenarioError>;

/// The longest session: a working day.
const MAX_SESSION_HOURS: i64 = 12;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawScenario {
    id: Spanned<String>,
    seed: Option<Spanned<i64>>,
    title: RawTexts,
    briefing: RawTexts,
    clock: RawClock,
    trainee: RawTrainee,
    setup: RawConfig,
    start: Spanned<RawStart>,
    #[serde(default)]
    arrivals: Vec<Spanned<RawArrival>>,
    random: Option<Spanned<RawRandom>>,
    #[serde(default)]
    incidents: Vec<Spanned<RawIncident>>,
    scoring: RawScoring,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawClock {
    date: Spanned<String>,
    start: Spanned<String>,
    end: Spanned<String>,
    speed: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawTrainee {
    window: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawStart {
    open: Spanned<Vec<Spanned<i64>>>,
    colleagues: Option<Spanned<Vec<Spanned<i64>>>>,
    publish: Option<bool>,
    #[serde(default)]
    breaks: Vec<Spanned<RawBreak>>,
    #[serde(default)]
    waiting: Vec<Spanned<RawWaiting>>,
    serving: Option<Spanned<RawWaiting>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawBreak {
    window: Spanned<i64>,
    start: Spanned<String>,
    end: Option<Spanned<String>>,
    minutes: Option<Spanned<i64>>,
    started: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawWaiting {
    id: Option<Spanned<String>>,
    service: Spanned<String>,
    since: Spanned<String>,
    service_minutes: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawArrival {
    id: Option<Spanned<String>>,
    service: Spanned<String>,
    at: Spanned<String>,
    service_minutes: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawRandom {
    from: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawIncident {
    id: Spanned<String>,
    at: Spanned<String>,
    kind: Spanned<String>,
    text: RawTexts,
    says: Option<RawTexts>,
    from: Option<Spanned<String>>,
    service: Option<Spanned<String>>,
    service_minutes: Option<Spanned<f64>>,
    jump_minutes: Option<Spanned<i64>>,
    answer: Option<Spanned<RawAnswer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawAnswer {
    playbooks: Option<Spanned<Vec<Spanned<String>>>>,
    phrases: Option<Spanned<Vec<Spanned<String>>>>,
    break_reason: Option<Spanned<String>>,
    warn: Option<bool>,
    end_break: Option<bool>,
    within_minutes: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawScoring {
    pass: Option<Spanned<i64>>,
    checks: Spanned<Vec<Spanned<RawCheck>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawCheck {
    check: Spanned<String>,
    weight: Spanned<i64>,
    minutes: Option<Spanned<i64>>,
    phrases: Option<Spanned<Vec<Spanned<String>>>>,
    tolerance_minutes: Option<Spanned<i64>>,
    incident: Option<Spanned<String>>,
    within_minutes: Option<Spanned<i64>>,
}

/// Parses a scenario and also returns where its `id` is, so that a duplicate
/// found later, across files, can point at it.
pub(super) fn parse(
    src: &str,
    file: &str,
    playbooks: &[Playbook],
) -> Result<(Scenario, (usize, usize))> {
    let cx = Ctx::new(src, file);
    let de = toml::Deserializer::parse(src).map_err(|e| cx.syntax_error(&e))?;
    let raw: RawScenario = serde_path_to_error::deserialize(de).map_err(|e| cx.serde_error(e))?;
    let id_at = cx.position(&raw.id);
    Ok((raw.check(&cx, playbooks)?, id_at))
}

/// The hall's own rules, with the keys named as they stand in this file.
fn setup_error(e: ConfigError) -> ScenarioError {
    match e {
        ConfigError::Invalid {
            file,
            line,
            col,
            key,
            message,
        } => ScenarioError::Invalid {
            file,
            line,
            col,
            key: if key.is_empty() {
                "setup".into()
            } else {
                format!("setup.{key}")
            },
            message,
        },
        ConfigError::Read { file, source } => ScenarioError::Read { file, source },
    }
}

/// The day and zone every time of the file is read in.
struct Day {
    date: NaiveDate,
    tz: chrono_tz::Tz,
}

impl RawScenario {
    fn check(self, cx: &Ctx, playbooks: &[Playbook]) -> Result<Scenario> {
        let id = cx.file_id(&self.id)?;
        let seed = match &self.seed {
            Some(v) => check_between(cx, v, "seed", 0, i64::MAX)? as u64,
            None => 1,
        };
        let title = cx.texts(&self.title, "title")?;
        let briefing = cx.texts(&self.briefing, "briefing")?;
        let config = crate::config::embedded(self.setup, cx.src, cx.file).map_err(setup_error)?;
        let date = NaiveDate::parse_from_str(self.clock.date.get_ref().trim(), "%Y-%m-%d")
            .map_err(|_| {
                cx.at(
                    &self.clock.date,
                    "clock.date",
                    &format!(
                        "expected a day as \"YYYY-MM-DD\", got {:?}",
                        self.clock.date.get_ref()
                    ),
                )
            })?;
        let day = Day {
            date,
            tz: config.hall.tz,
        };
        let start = check_time(cx, &day, &self.clock.start, "clock.start")?;
        let end = check_time(cx, &day, &self.clock.end, "clock.end")?;
        if end <= start {
            return Err(cx.at(&self.clock.end, "clock.end", "must be after clock.start"));
        }
        if end - start > Duration::hours(MAX_SESSION_HOURS) {
            return Err(cx.at(
                &self.clock.end,
                "clock.end",
                &format!("a session lasts at most {MAX_SESSION_HOURS} hours"),
            ));
        }
        let speed = match &self.clock.speed {
            Some(v) => check_between(cx, v, "clock.speed", 1, 60)? as u32,
            None => 10,
        };
        let hall = &config.hall;
        let trainee = check_window(cx, hall, &self.trainee.window, "trainee.window")?;
        let span = Span { start, end };

        let mut ids = Ids::default();
        let opening = check_start(cx, hall, &day, &span, trainee, &self.start, &mut ids)?;
        let mut arrivals = Vec::new();
        for (i, a) in self.arrivals.iter().enumerate() {
            let key = format!("arrivals[{i}]");
            let raw = a.get_ref();
            let at = check_time(cx, &day, &raw.at, &format!("{key}.at"))?;
            span.within(cx, &raw.at, &format!("{key}.at"), at)?;
            arrivals.push(Customer {
                id: ids.add(cx, &raw.id, &key)?,
                service: check_service(cx, hall, &raw.service, &format!("{key}.service"))?,
                at,
                service_time: check_service_minutes(cx, &raw.service_minutes, &key)?,
            });
        }
        let random = match &self.random {
            None => None,
            Some(r) => Some(check_random(cx, hall, &day, &span, r)?),
        };
        let mut incidents = Vec::new();
        for (i, inc) in self.incidents.iter().enumerate() {
            incidents.push(check_incident(
                cx, hall, &day, &span, i, inc, &mut ids, playbooks,
            )?);
        }
        // A customer named as the one who speaks must exist somewhere in the file.
        for (i, inc) in self.incidents.iter().enumerate() {
            if let Some(from) = &inc.get_ref().from
                && !ids.known.contains_key(from.get_ref().trim())
            {
                return Err(cx.at(
                    from,
                    &format!("incidents[{i}].from"),
                    &format!(
                        "no customer with id {:?}; give one an `id` in [[arrivals]] or [start]",
                        from.get_ref()
                    ),
                ));
            }
        }
        let scoring = check_scoring(cx, &self.scoring, &incidents, &self.incidents)?;

        let scenario = Scenario {
            id,
            file: cx.file.to_string(),
            source: cx.src.to_string(),
            title,
            briefing,
            config,
            day: date,
            start,
            end,
            speed,
            seed,
            trainee,
            opening,
            arrivals,
            random,
            incidents,
            scoring,
        };
        dry_run(cx, &scenario, &self.start)?;
        Ok(scenario)
    }
}

/// Sets the start up on the hall's own rules: a break the hall would refuse,
/// or a customer at a window that cannot call them, is the file's error.
fn dry_run(cx: &Ctx, scenario: &Scenario, start: &Spanned<RawStart>) -> Result<()> {
    let Err(failure) = session::Session::start(scenario, None) else {
        return Ok(());
    };
    let raw = start.get_ref();
    let tr = crate::i18n::Tr::new(crate::i18n::Lang::En);
    let why = crate::refusals::refusal(&tr, &scenario.config.hall, &failure.refusal);
    let message = format!("the hall refuses this start: {why}");
    Err(match failure.item {
        SetupItem::Open(i) => match raw.open.get_ref().get(i) {
            Some(v) => cx.at(v, &format!("start.open[{i}]"), &message),
            None => cx.at(&raw.open, "start.open", &message),
        },
        SetupItem::Break(i) => match raw.breaks.get(i) {
            Some(v) => cx.at(v, &format!("start.breaks[{i}]"), &message),
            None => cx.at(start, "start", &message),
        },
        SetupItem::Waiting(i) => match raw.waiting.get(i) {
            Some(v) => cx.at(v, &format!("start.waiting[{i}]"), &message),
            None => cx.at(start, "start", &message),
        },
        SetupItem::Serving => match &raw.serving {
            Some(v) => cx.at(v, "start.serving", &message),
            None => cx.at(start, "start", &message),
        },
        SetupItem::Publish => cx.at(start, "start.publish", &message),
    })
}

/// The session's time span: arrivals and incidents happen inside it.
struct Span {
    start: Instant,
    end: Instant,
}

impl Span {
    fn within(&self, cx: &Ctx, value: &Spanned<String>, key: &str, at: Instant) -> Result<()> {
        if at < self.start || at >= self.end {
            return Err(cx.at(
                value,
                key,
                "must be within the session, from clock.start up to clock.end",
            ));
        }
        Ok(())
    }
}

/// Customer and incident ids: unique across the file, so that `from` names one.
#[derive(Default)]
struct Ids {
    known: BTreeMap<String, usize>,
}

impl Ids {
    fn add(&mut self, cx: &Ctx, id: &Option<Spanned<String>>, key: &str) -> Result<Option<String>> {
        let Some(value) = id else {
            return Ok(None);
        };
        self.named(cx, value, &format!("{key}.id")).map(Some)
    }

    fn named(&mut self, cx: &Ctx, value: &Spanned<String>, key: &str) -> Result<String> {
        let id = cx.kebab(value, key)?;
        let (line, _) = cx.position(value);
        if let Some(first) = self.known.get(&id) {
            return Err(cx.at(
                value,
                key,
                &format!("duplicate id {id:?}; first defined at line {first}"),
            ));
        }
        self.known.insert(id.clone(), line);
        Ok(id)
    }
}

fn check_between(cx: &Ctx, value: &Spanned<i64>, key: &str, lo: i64, hi: i64) -> Result<i64> {
    let v = *value.get_ref();
    if (lo..=hi).contains(&v) {
        Ok(v)
    } else if hi == i64::MAX {
        Err(cx.at(value, key, &format!("must be {lo} or more, got {v}")))
    } else {
        Err(cx.at(
            value,
            key,
            &format!("must be between {lo} and {hi}, got {v}"),
        ))
    }
}

/// "HH:MM" or "HH:MM:SS" on a 24-hour clock, on the scenario's day in the hall.
fn check_time(cx: &Ctx, day: &Day, value: &Spanned<String>, key: &str) -> Result<Instant> {
    let text = value.get_ref().trim();
    let time = NaiveTime::parse_from_str(text, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M"));
    let Ok(time) = time else {
        return Err(cx.at(
            value,
            key,
            &format!(
                "expected a time as \"HH:MM\" between 00:00 and 23:59, got {:?}",
                value.get_ref()
            ),
        ));
    };
    match day.tz.from_local_datetime(&day.date.and_time(time)) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.to_utc()),
        LocalResult::None => Err(cx.at(
            value,
            key,
            &format!(
                "{text} does not exist on {}: the clocks go forward then",
                day.date
            ),
        )),
    }
}

fn check_window(cx: &Ctx, hall: &Hall, value: &Spanned<i64>, key: &str) -> Result<WindowId> {
    let n = *value.get_ref();
    let known = || {
        hall.windows
            .iter()
            .map(|w| w.id.0.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match u32::try_from(n).ok().map(WindowId) {
        Some(id) if hall.window(id).is_some() => Ok(id),
        _ => Err(cx.at(
            value,
            key,
            &format!(
                "no window {n} in [[setup.windows]]; the windows are {}",
                known()
            ),
        )),
    }
}

fn check_windows(
    cx: &Ctx,
    hall: &Hall,
    list: &Spanned<Vec<Spanned<i64>>>,
    key: &str,
) -> Result<Vec<WindowId>> {
    let mut out: Vec<WindowId> = Vec::new();
    for (i, v) in list.get_ref().iter().enumerate() {
        let k = format!("{key}[{i}]");
        let w = check_window(cx, hall, v, &k)?;
        if out.contains(&w) {
            return Err(cx.at(v, &k, &format!("window {w} is listed twice")));
        }
        out.push(w);
    }
    Ok(out)
}

fn check_service(cx: &Ctx, hall: &Hall, value: &Spanned<String>, key: &str) -> Result<ServiceCode> {
    let code = ServiceCode::new(value.get_ref());
    if hall.service(&code).is_some() {
        Ok(code)
    } else {
        let known: Vec<&str> = hall.services.iter().map(|s| s.code.0.as_str()).collect();
        Err(cx.at(
            value,
            key,
            &format!(
                "no service {:?} in [[setup.services]]; the services are {}",
                value.get_ref(),
                known.join(", ")
            ),
        ))
    }
}

fn check_service_minutes(
    cx: &Ctx,
    value: &Option<Spanned<f64>>,
    key: &str,
) -> Result<Option<Duration>> {
    let Some(v) = value else {
        return Ok(None);
    };
    let minutes = *v.get_ref();
    if !(0.5..=240.0).contains(&minutes) {
        return Err(cx.at(
            v,
            &format!("{key}.service_minutes"),
            &format!("must be between 0.5 and 240, got {minutes}"),
        ));
    }
    Ok(Some(Duration::seconds((minutes * 60.0).round() as i64)))
}

fn check_start(
    cx: &Ctx,
    hall: &Hall,
    day: &Day,
    span: &Span,
    trainee: WindowId,
    start: &Spanned<RawStart>,
    ids: &mut Ids,
) -> Result<Opening> {
    let raw = start.get_ref();
    let open = check_windows(cx, hall, &raw.open, "start.open")?;
    if !open.contains(&trainee) {
        return Err(cx.at(
            &raw.open,
            "start.open",
            &format!("must include the trainee's window {trainee}: the counter screen cannot open a window"),
        ));
    }
    let colleagues = match &raw.colleagues {
        None => open.iter().copied().filter(|w| *w != trainee).collect(),
        Some(list) => {
            let ws = check_windows(cx, hall, list, "start.colleagues")?;
            for (i, w) in ws.iter().enumerate() {
                let v = &list.get_ref()[i];
                let k = format!("start.colleagues[{i}]");
                if *w == trainee {
                    return Err(cx.at(v, &k, "the trainee's window is worked by the trainee"));
                }
                if !open.contains(w) {
                    return Err(cx.at(v, &k, &format!("window {w} is not in start.open")));
                }
            }
            ws
        }
    };
    let mut breaks = Vec::new();
    for (i, b) in raw.breaks.iter().enumerate() {
        let key = format!("start.breaks[{i}]");
        let rb = b.get_ref();
        let window = check_window(cx, hall, &rb.window, &format!("{key}.window"))?;
        let from = check_time(cx, day, &rb.start, &format!("{key}.start"))?;
        let until = match (&rb.end, &rb.minutes) {
            (Some(e), None) => {
                let t = check_time(cx, day, e, &format!("{key}.end"))?;
                if t <= from {
                    return Err(cx.at(e, &format!("{key}.end"), "must be after start"));
                }
                t
            }
            (None, Some(m)) => {
                from + Duration::minutes(check_between(cx, m, &format!("{key}.minutes"), 1, 240)?)
            }
            (Some(e), Some(_)) => {
                return Err(cx.at(
                    e,
                    &format!("{key}.end"),
                    "give either end or minutes, not both",
                ));
            }
            (None, None) => {
                return Err(cx.at(
                    b,
                    &format!("{key}.minutes"),
                    "missing key `minutes` (or `end`)",
                ));
            }
        };
        let started = rb.started.unwrap_or(false);
        // One under way may already be running late: that is a scenario too.
        if started && from > span.start {
            return Err(cx.at(
                &rb.start,
                &format!("{key}.start"),
                "a break under way (started = true) must have begun by clock.start",
            ));
        }
        breaks.push(PlannedBreak {
            window,
            start: from,
            end: until,
            started,
        });
    }
    let mut waiting = Vec::new();
    for (i, w) in raw.waiting.iter().enumerate() {
        waiting.push(check_waiting(
            cx,
            hall,
            day,
            span,
            w,
            &format!("start.waiting[{i}]"),
            ids,
        )?);
    }
    let serving = match &raw.serving {
        None => None,
        Some(s) => {
            let c = check_waiting(cx, hall, day, span, s, "start.serving", ids)?;
            if !hall.window_serves(trainee, &c.service) {
                return Err(cx.at(
                    &s.get_ref().service,
                    "start.serving.service",
                    &format!(
                        "the trainee's window {trainee} does not handle service {}",
                        c.service
                    ),
                ));
            }
            Some(c)
        }
    };
    Ok(Opening {
        open,
        colleagues,
        publish: raw.publish.unwrap_or(true),
        breaks,
        waiting,
        serving,
    })
}

fn check_waiting(
    cx: &Ctx,
    hall: &Hall,
    day: &Day,
    span: &Span,
    value: &Spanned<RawWaiting>,
    key: &str,
    ids: &mut Ids,
) -> Result<Customer> {
    let raw = value.get_ref();
    let at = check_time(cx, day, &raw.since, &format!("{key}.since"))?;
    if at > span.start {
        return Err(cx.at(
            &raw.since,
            &format!("{key}.since"),
            "must be at or before clock.start; later customers go in [[arrivals]]",
        ));
    }
    Ok(Customer {
        id: ids.add(cx, &raw.id, key)?,
        service: check_service(cx, hall, &raw.service, &format!("{key}.service"))?,
        at,
        service_time: check_service_minutes(cx, &raw.service_minutes, key)?,
    })
}

fn check_random(
    cx: &Ctx,
    hall: &Hall,
    day: &Day,
    span: &Span,
    value: &Spanned<RawRandom>,
) -> Result<RandomArrivals> {
    let raw = value.get_ref();
    let from = match &raw.from {
        Some(v) => {
            let t = check_time(cx, day, v, "random.from")?;
            span.within(cx, v, "random.from", t)?;
            t
        }
        None => span.start,
    };
    let until = match &raw.until {
        Some(v) => {
            let t = check_time(cx, day, v, "random.until")?;
            if t <= from || t > span.end {
                return Err(cx.at(
                    v,
                    "random.until",
                    "must be after random.from and no later than clock.end",
                ));
            }
            t
        }
        None => span.end,
    };
    // Somebody must be able to come, or the table does nothing.
    let local = |t: Instant| t.with_timezone(&hall.tz).time();
    let (a, b) = (local(from), local(until));
    let busy = hall.services.iter().any(|s| {
        s.arrivals_per_hour(a) > 0.0
            || s.arrivals
                .iter()
                .any(|r| r.from > a && r.from < b && r.per_hour > 0.0)
    });
    if !busy {
        return Err(cx.at(
            value,
            "random",
            "no service has arrivals_per_hour above 0 in this time; set it in [[setup.services]]",
        ));
    }
    Ok(RandomArrivals { from, until })
}

fn check_names<T>(
    cx: &Ctx,
    list: &Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
    parse: impl Fn(&str) -> Option<T>,
    known: &str,
    what: &str,
) -> Result<Vec<T>> {
    let Some(list) = list else {
        return Ok(vec![]);
    };
    if list.get_ref().is_empty() {
        return Err(cx.at(list, key, "must not be empty; leave the key out instead"));
    }
    let mut out = Vec::new();
    for (i, v) in list.get_ref().iter().enumerate() {
        match parse(v.get_ref().trim()) {
            Some(x) => out.push(x),
            None => {
                return Err(cx.at(
                    v,
                    &format!("{key}[{i}]"),
                    &format!("unknown {what} {:?}; expected one of {known}", v.get_ref()),
                ));
            }
        }
    }
    Ok(out)
}

fn phrase_names() -> String {
    PhraseKey::ALL
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_phrases(
    cx: &Ctx,
    list: &Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
) -> Result<Vec<PhraseKey>> {
    check_names(cx, list, key, PhraseKey::parse, &phrase_names(), "phrase")
}

#[allow(clippy::too_many_arguments)]
fn check_incident(
    cx: &Ctx,
    hall: &Hall,
    day: &Day,
    span: &Span,
    i: usize,
    value: &Spanned<RawIncident>,
    ids: &mut Ids,
    playbooks: &[Playbook],
) -> Result<Incident> {
    let key = format!("incidents[{i}]");
    let k = |field: &str| format!("{key}.{field}");
    let raw = value.get_ref();
    let id = ids.named(cx, &raw.id, &k("id"))?;
    let at = check_time(cx, day, &raw.at, &k("at"))?;
    span.within(cx, &raw.at, &k("at"), at)?;
    let kind = CueKind::parse(raw.kind.get_ref().trim()).ok_or_else(|| {
        let known: Vec<&str> = CueKind::ALL.iter().map(|c| c.name()).collect();
        cx.at(
            &raw.kind,
            &k("kind"),
            &format!(
                "unknown kind {:?}; expected one of {}",
                raw.kind.get_ref(),
                known.join(", ")
            ),
        )
    })?;
    let text = cx.texts(&raw.text, &k("text"))?;
    let says = raw
        .says
        .as_ref()
        .map(|s| cx.texts(s, &k("says")))
        .transpose()?;
    let misplaced = format!("does not apply to an incident of kind {:?}", kind.name());
    let mut customer = None;
    let mut jump = None;
    match kind {
        CueKind::LateCustomer => {
            let Some(service) = &raw.service else {
                return Err(cx.at(
                    value,
                    &k("service"),
                    "missing key `service`: the ticket the late customer takes",
                ));
            };
            if let Some(from) = &raw.from {
                return Err(cx.at(
                    from,
                    &k("from"),
                    "a late customer speaks for themselves; leave `from` out",
                ));
            }
            customer = Some(Customer {
                id: Some(id.clone()),
                service: check_service(cx, hall, service, &k("service"))?,
                at,
                service_time: check_service_minutes(cx, &raw.service_minutes, &key)?,
            });
        }
        CueKind::ClockJump => {
            let Some(m) = &raw.jump_minutes else {
                return Err(cx.at(
                    value,
                    &k("jump_minutes"),
                    "missing key `jump_minutes`: how far the clock jumps",
                ));
            };
            let minutes = check_between(cx, m, &k("jump_minutes"), -180, 180)?;
            if minutes == 0 {
                return Err(cx.at(m, &k("jump_minutes"), "must not be 0"));
            }
            jump = Some(Duration::minutes(minutes));
            if let Some(from) = &raw.from {
                return Err(cx.at(from, &k("from"), &misplaced));
            }
        }
        CueKind::Delivery | CueKind::Protest | CueKind::CustomerLine => {}
    }
    if kind != CueKind::LateCustomer {
        if let Some(v) = &raw.service {
            return Err(cx.at(v, &k("service"), &misplaced));
        }
        if let Some(v) = &raw.service_minutes {
            return Err(cx.at(v, &k("service_minutes"), &misplaced));
        }
    }
    if kind != CueKind::ClockJump
        && let Some(v) = &raw.jump_minutes
    {
        return Err(cx.at(v, &k("jump_minutes"), &misplaced));
    }
    let answer = match &raw.answer {
        None => None,
        Some(a) => Some(check_answer(cx, a, &k("answer"), playbooks)?),
    };
    Ok(Incident {
        id,
        kind,
        at,
        text,
        says,
        from: raw.from.as_ref().map(|f| f.get_ref().trim().to_string()),
        customer,
        jump,
        answer,
    })
}

fn check_answer(
    cx: &Ctx,
    value: &Spanned<RawAnswer>,
    key: &str,
    playbooks: &[Playbook],
) -> Result<Answer> {
    let raw = value.get_ref();
    let known: Vec<&str> = playbooks.iter().map(|p| p.id.as_str()).collect();
    let ids = playbooks.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    let playbook_list = check_names(
        cx,
        &raw.playbooks,
        &format!("{key}.playbooks"),
        |name| ids.iter().find(|id| *id == name).cloned(),
        &known.join(", "),
        "playbook",
    )?;
    let phrases = check_phrases(cx, &raw.phrases, &format!("{key}.phrases"))?;
    let break_reason = match &raw.break_reason {
        None => None,
        Some(v) => {
            let code = v.get_ref().trim();
            if !BreakReason::CODES.contains(&code) {
                return Err(cx.at(
                    v,
                    &format!("{key}.break_reason"),
                    &format!(
                        "unknown break reason {:?}; expected one of {}",
                        v.get_ref(),
                        BreakReason::CODES.join(", ")
                    ),
                ));
            }
            Some(code.to_string())
        }
    };
    let within = check_between(
        cx,
        &raw.within_minutes,
        &format!("{key}.within_minutes"),
        1,
        120,
    )?;
    let answer = Answer {
        playbooks: playbook_list,
        phrases,
        break_reason,
        warn: raw.warn.unwrap_or(false),
        end_break: raw.end_break.unwrap_or(false),
        within: Duration::minutes(within),
    };
    if answer.playbooks.is_empty()
        && answer.phrases.is_empty()
        && answer.break_reason.is_none()
        && !answer.warn
        && !answer.end_break
    {
        return Err(cx.at(
            value,
            key,
            "must ask for something: playbooks, phrases, break_reason, warn or end_break",
        ));
    }
    Ok(answer)
}

const CHECKS: [&str; 7] = [
    "warned-ahead",
    "apology",
    "no-refusal",
    "redirect",
    "break-length",
    "answered",
    "overrun-apology",
];

fn check_scoring(
    cx: &Ctx,
    raw: &RawScoring,
    incidents: &[Incident],
    raw_incidents: &[Spanned<RawIncident>],
) -> Result<Scoring> {
    let pass = match &raw.pass {
        Some(v) => check_between(cx, v, "scoring.pass", 0, 100)? as u32,
        None => 70,
    };
    if raw.checks.get_ref().is_empty() {
        return Err(cx.at(
            &raw.checks,
            "scoring.checks",
            "must list at least one check",
        ));
    }
    let mut checks: Vec<Check> = Vec::new();
    for (i, value) in raw.checks.get_ref().iter().enumerate() {
        let key = format!("scoring.checks[{i}]");
        let c = value.get_ref();
        let name = c.check.get_ref().trim();
        if !CHECKS.contains(&name) {
            return Err(cx.at(
                &c.check,
                &format!("{key}.check"),
                &format!(
                    "unknown check {:?}; expected one of {}",
                    c.check.get_ref(),
                    CHECKS.join(", ")
                ),
            ));
        }
        let weight = check_between(cx, &c.weight, &format!("{key}.weight"), 1, 100)? as u32;
        // Each check takes only its own settings; another's is a mistake worth
        // saying, not silently ignoring.
        let allowed: &[&str] = match name {
            "warned-ahead" => &["minutes"],
            "apology" | "redirect" => &["phrases"],
            "break-length" => &["tolerance_minutes"],
            "answered" => &["incident"],
            "overrun-apology" => &["phrases", "within_minutes"],
            _ => &[],
        };
        let given: [(&str, Option<usize>); 5] = [
            ("minutes", c.minutes.as_ref().map(|v| v.span().start)),
            ("phrases", c.phrases.as_ref().map(|v| v.span().start)),
            (
                "tolerance_minutes",
                c.tolerance_minutes.as_ref().map(|v| v.span().start),
            ),
            ("incident", c.incident.as_ref().map(|v| v.span().start)),
            (
                "within_minutes",
                c.within_minutes.as_ref().map(|v| v.span().start),
            ),
        ];
        for (field, at) in given {
            if let Some(at) = at
                && !allowed.contains(&field)
            {
                return Err(cx.error(
                    at,
                    &format!("{key}.{field}"),
                    &format!("does not apply to check {name:?}"),
                ));
            }
        }
        let phrases = |default: &[PhraseKey]| -> Result<Vec<PhraseKey>> {
            let list = check_phrases(cx, &c.phrases, &format!("{key}.phrases"))?;
            Ok(if list.is_empty() {
                default.to_vec()
            } else {
                list
            })
        };
        let kind = match name {
            "warned-ahead" => CheckKind::WarnedAhead {
                lead: Duration::minutes(match &c.minutes {
                    Some(v) => check_between(cx, v, &format!("{key}.minutes"), 1, 60)?,
                    None => 10,
                }),
            },
            "apology" => CheckKind::Apology {
                phrases: phrases(&[PhraseKey::Unscheduled, PhraseKey::UnscheduledAlone])?,
            },
            "no-refusal" => CheckKind::NoRefusal,
            "redirect" => CheckKind::Redirect {
                phrases: phrases(&[PhraseKey::Redirect, PhraseKey::RedirectAlone])?,
            },
            "break-length" => CheckKind::BreakLength {
                tolerance: Duration::minutes(match &c.tolerance_minutes {
                    Some(v) => check_between(cx, v, &format!("{key}.tolerance_minutes"), 0, 60)?,
                    None => 0,
                }),
            },
            "answered" => {
                let Some(v) = &c.incident else {
                    return Err(cx.at(
                        value,
                        &format!("{key}.incident"),
                        "missing key `incident`: the id of the incident whose answer is scored",
                    ));
                };
                let id = v.get_ref().trim();
                match incidents.iter().find(|inc| inc.id == id) {
                    None => {
                        let known: Vec<&str> = incidents.iter().map(|i| i.id.as_str()).collect();
                        let message = if known.is_empty() {
                            format!("no incident {id:?}; this scenario has no [[incidents]]")
                        } else {
                            format!("no incident {id:?}; the incidents are {}", known.join(", "))
                        };
                        return Err(cx.at(v, &format!("{key}.incident"), &message));
                    }
                    Some(inc) if inc.answer.is_none() => {
                        return Err(cx.at(
                            v,
                            &format!("{key}.incident"),
                            &format!("incident {id:?} has no [incidents.answer] to score"),
                        ));
                    }
                    Some(_) => CheckKind::Answered {
                        incident: id.to_string(),
                    },
                }
            }
            _ => CheckKind::OverrunApology {
                phrases: phrases(&[PhraseKey::Overrun])?,
                within: Duration::minutes(match &c.within_minutes {
                    Some(v) => check_between(cx, v, &format!("{key}.within_minutes"), 1, 60)?,
                    None => 3,
                }),
            },
        };
        if let Some(j) = checks.iter().position(|x| x.kind == kind) {
            return Err(cx.at(
                &c.check,
                &format!("{key}.check"),
                &format!("the same check as scoring.checks[{j}]"),
            ));
        }
        checks.push(Check { kind, weight });
    }
    // An answer nobody scores would be expected of the trainee for nothing.
    for (i, inc) in incidents.iter().enumerate() {
        let scored = checks
            .iter()
            .any(|c| matches!(&c.kind, CheckKind::Answered { incident } if *incident == inc.id));
        if inc.answer.is_some()
            && !scored
            && let Some(a) = &raw_incidents[i].get_ref().answer
        {
            return Err(cx.at(
                a,
                &format!("incidents[{i}].answer"),
                &format!(
                    "no check scores it; add [[scoring.checks]] with check = \"answered\" and incident = {:?}",
                    inc.id
                ),
            ));
        }
    }
    Ok(Scoring { pass, checks })
}
