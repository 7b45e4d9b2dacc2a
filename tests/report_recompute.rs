//! `frontdesk report` against a recomputation from `frontdesk log --json`:
//! three weeks of a busy hall, made with the domain's own commands (breaks
//! warned and not, late starts, overruns, unscheduled breaks, cutoffs kept and
//! broken, supervisors' overrides), reported for periods and groupings of
//! every kind, and every figure of the JSON worked out again here from the
//! raw events, by the definitions in the README, without the report's code.
//! Only the forecast's Erlang maths is the library's (its own tests hold it
//! to theory); which days, history and plan it is given, and how its
//! intervals are summed, are worked out here.

mod common;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use common::{Hall, run};
use frontdesk::domain::{Hall as HallSpec, Recorded, WindowId};
use frontdesk::report::sample;
use frontdesk::staffing::{Away, Evaluator, History, learn};
use frontdesk::store::Log;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};

type T = DateTime<Utc>;

const TICKETS: u32 = 280;
/// Three weeks, Monday 30 March to Sunday 19 April 2026 (no clock change).
const DAYS: u32 = 21;
/// The hall's "now" for the reports: the Wednesday after.
const NOW: &str = "2026-04-22T12:00:00+02:00";

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 30).unwrap_or_default()
}

/// The busy hall with its three weeks in its log.
fn busy_hall(dir: &std::path::Path) -> (Hall, HallSpec) {
    let config = dir.join("hall.toml");
    std::fs::write(&config, sample::config(TICKETS)).expect("config");
    let hall = Hall {
        config,
        now: Some(NOW.into()),
        ..Hall::new()
    };
    let spec = sample::hall(TICKETS);
    let params = sample::Params {
        first_day: first_day(),
        days: DAYS,
        tickets_per_day: TICKETS,
        every_day: false,
        seed: 15,
    };
    let mut log = Log::open(&hall.log_path(), spec.clone()).expect("log");
    for day in sample::generate(&spec, &params) {
        if !day.is_empty() {
            log.append_unchecked(day, "history").expect("append");
        }
    }
    (hall, spec)
}

// ---------------------------------------------------------------------------
// The log, read back.

struct Ev {
    seq: u64,
    at: T,
    ty: String,
    e: Value,
    raw: Value,
}

fn time(v: &Value) -> T {
    v.as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| panic!("not a time: {v}"))
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn opt_u32(v: &Value) -> Option<u32> {
    v.as_u64().map(|n| n as u32)
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn read_log(hall: &Hall) -> Vec<Ev> {
    let mut evs: Vec<Ev> = hall
        .events()
        .into_iter()
        .map(|r| Ev {
            seq: u(&r["seq"]),
            at: time(&r["at"]),
            ty: r["event"]["type"].as_str().unwrap_or("").to_string(),
            e: r["event"].clone(),
            raw: r,
        })
        .collect();
    evs.sort_by_key(|e| e.seq);
    evs
}

// ---------------------------------------------------------------------------
// The world the events describe.

/// A stretch of time a ticket waited in a line: from the event that put it
/// there to the one that took it out (by the log's sequence).
struct Wait {
    from_seq: u64,
    to_seq: Option<u64>,
    /// Transferred customers (0) go before new ones (1), then by when.
    order: (u8, u64),
    service: String,
    target: Option<u32>,
}

struct Ticket {
    service: String,
    issued: T,
    calls: Vec<(T, u32, Option<String>)>,
    end: Option<(T, &'static str)>,
    transfers: Vec<T>,
    waits: Vec<Wait>,
}

#[derive(Default)]
struct Brk {
    window: u32,
    planned: bool,
    reason: Option<String>,
    staff: Option<String>,
    start: Option<T>,
    end: Option<T>,
    published: Option<T>,
    cancelled: Option<(T, u64)>,
    warned: Option<T>,
    closing: Option<(T, u64, Option<u64>)>,
    extended: Vec<(u64, u64)>,
    /// When the window stopped calling for it (pending or begun), by time and sequence.
    left: Option<(T, u64)>,
    started: Option<(T, u64)>,
    ended: Option<T>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Staffed,
    Busy,
    Away,
}

struct Span {
    window: u32,
    staff: Option<String>,
    kind: Kind,
    from: T,
    to: Option<T>,
}

struct Ovr {
    at: T,
    rule: String,
    by: String,
    reason: String,
    window: Option<u32>,
    staff: Option<String>,
}

struct Req {
    at: T,
    window: u32,
    staff: Option<String>,
    answer: &'static str,
}

struct World {
    tickets: BTreeMap<u64, Ticket>,
    breaks: BTreeMap<u64, Brk>,
    spans: Vec<Span>,
    overrides: Vec<Ovr>,
    requests: Vec<Req>,
    /// Who was at each window from which event on.
    staff_log: HashMap<u32, Vec<(u64, Option<String>)>>,
    closed_at: HashMap<u32, Vec<(T, u64)>>,
}

impl World {
    fn staff_before(&self, window: u32, seq: u64) -> Option<String> {
        self.staff_log
            .get(&window)
            .and_then(|v| v.iter().rev().find(|(s, _)| *s < seq))
            .and_then(|(_, st)| st.clone())
    }

    /// Those waiting in `window`'s line just before event `seq`, first in line first.
    fn line(&self, spec: &HallSpec, window: u32, seq: u64) -> Vec<(u64, (u8, u64))> {
        let services: Vec<String> = spec
            .window(WindowId(window))
            .map(|w| w.services.iter().map(|s| s.0.clone()).collect())
            .unwrap_or_default();
        let mut v: Vec<(u64, (u8, u64))> = Vec::new();
        for (id, t) in &self.tickets {
            for w in &t.waits {
                let waiting = w.from_seq < seq && w.to_seq.is_none_or(|e| e > seq);
                if waiting && services.contains(&w.service) && w.target.is_none_or(|x| x == window)
                {
                    v.push((*id, w.order));
                }
            }
        }
        v.sort_by_key(|(_, o)| *o);
        v
    }

    fn order_at(&self, ticket: u64, seq: u64) -> Option<(u8, u64)> {
        self.tickets.get(&ticket).and_then(|t| {
            t.waits
                .iter()
                .rev()
                .find(|w| w.from_seq <= seq)
                .map(|w| w.order)
        })
    }
}

fn build_world(evs: &[Ev]) -> World {
    let mut w = World {
        tickets: BTreeMap::new(),
        breaks: BTreeMap::new(),
        spans: Vec::new(),
        overrides: Vec::new(),
        requests: Vec::new(),
        staff_log: HashMap::new(),
        closed_at: HashMap::new(),
    };
    let mut staffed: HashMap<u32, usize> = HashMap::new();
    let mut busy: HashMap<u32, (u64, usize)> = HashMap::new();
    let mut away: HashMap<u32, usize> = HashMap::new();
    let mut requests: HashMap<u64, usize> = HashMap::new();
    let close_span = |spans: &mut Vec<Span>, i: Option<usize>, at: T| {
        if let Some(i) = i
            && spans[i].to.is_none()
        {
            spans[i].to = Some(at.max(spans[i].from));
        }
    };
    let close_wait = |t: &mut Ticket, seq: u64| {
        if let Some(last) = t.waits.last_mut()
            && last.to_seq.is_none()
        {
            last.to_seq = Some(seq);
        }
    };
    for ev in evs {
        let e = &ev.e;
        let (at, seq) = (ev.at, ev.seq);
        match ev.ty.as_str() {
            "window_opened" => {
                let win = u(&e["window"]) as u32;
                close_span(&mut w.spans, staffed.remove(&win), at);
                let staff = opt_str(&e["staff"]);
                w.staff_log
                    .entry(win)
                    .or_default()
                    .push((seq, staff.clone()));
                staffed.insert(win, w.spans.len());
                w.spans.push(Span {
                    window: win,
                    staff,
                    kind: Kind::Staffed,
                    from: at,
                    to: None,
                });
            }
            "window_closed" => {
                let win = u(&e["window"]) as u32;
                close_span(&mut w.spans, staffed.remove(&win), at);
                w.staff_log.entry(win).or_default().push((seq, None));
                w.closed_at.entry(win).or_default().push((at, seq));
            }
            "ticket_issued" => {
                let id = u(&e["ticket"]);
                let service = opt_str(&e["service"]).unwrap_or_default();
                w.tickets.insert(
                    id,
                    Ticket {
                        service: service.clone(),
                        issued: at,
                        calls: vec![],
                        end: None,
                        transfers: vec![],
                        waits: vec![Wait {
                            from_seq: seq,
                            to_seq: None,
                            order: (1, seq),
                            service,
                            target: opt_u32(&e["window"]),
                        }],
                    },
                );
            }
            "ticket_called" => {
                let (id, win) = (u(&e["ticket"]), u(&e["window"]) as u32);
                let staff = w.staff_before(win, seq);
                if let Some(t) = w.tickets.get_mut(&id) {
                    close_wait(t, seq);
                    t.calls.push((at, win, staff.clone()));
                }
                close_span(&mut w.spans, busy.remove(&win).map(|(_, i)| i), at);
                busy.insert(win, (id, w.spans.len()));
                w.spans.push(Span {
                    window: win,
                    staff,
                    kind: Kind::Busy,
                    from: at,
                    to: None,
                });
            }
            "ticket_served" | "ticket_no_show" => {
                let (id, win) = (u(&e["ticket"]), u(&e["window"]) as u32);
                close_span(&mut w.spans, busy.remove(&win).map(|(_, i)| i), at);
                let how = if ev.ty == "ticket_served" {
                    "served"
                } else {
                    "no_show"
                };
                if let Some(t) = w.tickets.get_mut(&id)
                    && t.end.is_none()
                {
                    t.end = Some((at, how));
                }
            }
            "ticket_transferred" => {
                let (id, from) = (u(&e["ticket"]), u(&e["from"]) as u32);
                close_span(&mut w.spans, busy.remove(&from).map(|(_, i)| i), at);
                if let Some(t) = w.tickets.get_mut(&id) {
                    t.transfers.push(at);
                    close_wait(t, seq);
                    t.waits.push(Wait {
                        from_seq: seq,
                        to_seq: None,
                        order: (0, seq),
                        service: opt_str(&e["service"]).unwrap_or_default(),
                        target: opt_u32(&e["window"]),
                    });
                }
            }
            "ticket_cancelled" => {
                let id = u(&e["ticket"]);
                let at_window: Vec<u32> = busy
                    .iter()
                    .filter(|(_, (t, _))| *t == id)
                    .map(|(win, _)| *win)
                    .collect();
                for win in at_window {
                    close_span(&mut w.spans, busy.remove(&win).map(|(_, i)| i), at);
                }
                if let Some(t) = w.tickets.get_mut(&id) {
                    close_wait(t, seq);
                    if t.end.is_none() {
                        t.end = Some((at, "cancelled"));
                    }
                }
            }
            "tickets_expired" => {
                for id in e["tickets"].as_array().into_iter().flatten() {
                    if let Some(t) = w.tickets.get_mut(&u(id)) {
                        close_wait(t, seq);
                        if t.end.is_none() {
                            t.end = Some((at, "expired"));
                        }
                    }
                }
            }
            "break_planned" => {
                let b = Brk {
                    window: u(&e["window"]) as u32,
                    planned: e["kind"] == "planned",
                    reason: opt_str(&e["kind"]["unscheduled"]["reason"]),
                    staff: opt_str(&e["staff"]),
                    start: Some(time(&e["start"])),
                    end: Some(time(&e["end"])),
                    ..Brk::default()
                };
                w.breaks.insert(u(&e["brk"]), b);
            }
            "break_changed" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.start = Some(time(&e["start"]));
                    b.end = Some(time(&e["end"]));
                    b.staff = opt_str(&e["staff"]);
                }
            }
            "break_cancelled" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.cancelled.get_or_insert((at, seq));
                }
            }
            "breaks_published" => {
                for id in e["breaks"].as_array().into_iter().flatten() {
                    if let Some(b) = w.breaks.get_mut(&u(id)) {
                        b.published.get_or_insert(at);
                    }
                }
            }
            "warning_given" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.warned.get_or_insert(at);
                }
            }
            "closing_started" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.closing.get_or_insert((at, seq, e["cutoff"].as_u64()));
                }
            }
            "cutoff_extended" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.extended.push((seq, u(&e["cutoff"])));
                }
            }
            "break_pending" => {
                if let Some(b) = w.breaks.get_mut(&u(&e["brk"])) {
                    b.left.get_or_insert((at, seq));
                }
            }
            "break_started" => {
                let id = u(&e["brk"]);
                let Some(win) = w.breaks.get(&id).map(|b| b.window) else {
                    continue;
                };
                if let Some(b) = w.breaks.get_mut(&id) {
                    b.left.get_or_insert((at, seq));
                    b.started.get_or_insert((at, seq));
                }
                close_span(&mut w.spans, away.remove(&win), at);
                away.insert(win, w.spans.len());
                let staff = w.staff_before(win, seq);
                w.spans.push(Span {
                    window: win,
                    staff,
                    kind: Kind::Away,
                    from: at,
                    to: None,
                });
            }
            "break_ended" => {
                let id = u(&e["brk"]);
                let Some(win) = w.breaks.get(&id).map(|b| b.window) else {
                    continue;
                };
                if let Some(b) = w.breaks.get_mut(&id) {
                    b.ended.get_or_insert(at);
                }
                close_span(&mut w.spans, away.remove(&win), at);
            }
            "break_requested" => {
                let win = u(&e["window"]) as u32;
                requests.insert(u(&e["request"]), w.requests.len());
                w.requests.push(Req {
                    at,
                    window: win,
                    staff: w.staff_before(win, seq),
                    answer: "open",
                });
            }
            "break_request_answered" => {
                if let Some(i) = requests.get(&u(&e["request"])) {
                    w.requests[*i].answer = match e["answer"]["answer"].as_str() {
                        Some("approved") => "approved",
                        Some("postponed") => "postponed",
                        _ => "declined",
                    };
                }
            }
            "policy_overridden" => {
                // The window is the one the next event at the same instant names.
                let named = evs
                    .iter()
                    .filter(|x| x.seq > seq)
                    .take_while(|x| x.at == at)
                    .find_map(|x| {
                        let v = &x.e;
                        if x.ty == "policy_overridden" || x.ty == "ticket_issued" {
                            return None;
                        }
                        if let Some(win) = v["window"].as_u64() {
                            return Some((win as u32, x.seq));
                        }
                        if x.ty == "ticket_transferred" {
                            return Some((u(&v["from"]) as u32, x.seq));
                        }
                        if let Some(b) = v["brk"].as_u64() {
                            return w.breaks.get(&b).map(|b| (b.window, x.seq));
                        }
                        if let Some(r) = v["request"].as_u64() {
                            return requests.get(&r).map(|i| (w.requests[*i].window, x.seq));
                        }
                        None
                    });
                w.overrides.push(Ovr {
                    at,
                    rule: opt_str(&e["rule"]).unwrap_or_default(),
                    by: opt_str(&e["by"]).unwrap_or_default(),
                    reason: opt_str(&e["reason"]).unwrap_or_default(),
                    window: named.map(|(win, _)| win),
                    staff: named.and_then(|(win, s)| w.staff_before(win, s)),
                });
            }
            _ => {}
        }
    }
    w
}

// ---------------------------------------------------------------------------
// The definitions, once more.

struct Scope<'a> {
    spec: &'a HallSpec,
    tz: Tz,
    from: NaiveDate,
    to: NaiveDate,
    start: T,
    until: T,
    by: &'a str,
    window: Option<u32>,
    staff: Option<String>,
}

fn midnight(tz: Tz, d: NaiveDate) -> T {
    tz.from_local_datetime(&d.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn minutes(a: T, b: T) -> f64 {
    (b - a).num_milliseconds() as f64 / 60_000.0
}

fn dist(mut v: Vec<f64>) -> Value {
    if v.is_empty() {
        return json!({"n": 0, "mean": null, "median": null, "p90": null, "max": null, "min": null});
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    let rank = ((n as f64) * 0.9).ceil() as usize;
    json!({
        "n": n,
        "mean": v.iter().sum::<f64>() / n as f64,
        "median": median,
        "p90": v[rank.max(1) - 1],
        "max": v[n - 1],
        "min": v[0],
    })
}

fn share(a: u64, b: u64) -> Value {
    if b == 0 {
        Value::Null
    } else {
        json!(a as f64 / b as f64)
    }
}

impl Scope<'_> {
    fn day(&self, t: T) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    fn interval(&self, t: T) -> String {
        let tod = t.with_timezone(&self.tz).time();
        let m = (tod.hour() * 60 + tod.minute()) as i64;
        let open = (self.spec.hours.open.hour() * 60 + self.spec.hours.open.minute()) as i64;
        let len = self.spec.forecast.interval.num_minutes();
        let start = (open + (m - open).div_euclid(len) * len).rem_euclid(1440);
        format!("{:02}:{:02}", start / 60, start % 60)
    }

    fn weekday(&self, t: T) -> String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            [self.day(t).weekday().num_days_from_monday() as usize]
            .to_string()
    }

    fn admits(&self, window: Option<u32>, staff: Option<&String>) -> bool {
        self.window.is_none_or(|x| window == Some(x))
            && self.staff.as_ref().is_none_or(|s| staff == Some(s))
    }
}

fn customers(w: &World, s: &Scope) -> Value {
    #[derive(Default)]
    struct Acc {
        issued: u64,
        served: u64,
        no_show: u64,
        cancelled: u64,
        unserved: u64,
        open: u64,
        transferred: u64,
        waits: Vec<f64>,
        with_target: u64,
        within: u64,
        service: Vec<f64>,
    }
    let mut groups: BTreeMap<String, Acc> = BTreeMap::new();
    let mut total = Acc::default();
    for t in w.tickets.values() {
        if t.issued < s.start || t.issued >= s.until {
            continue;
        }
        let day_end = midnight(s.tz, s.day(t.issued) + Duration::days(1));
        let first = t.calls.iter().find(|c| c.0 < day_end);
        if !s.admits(first.map(|c| c.1), first.and_then(|c| c.2.as_ref())) {
            continue;
        }
        let key = match s.by {
            "hall" => "all".to_string(),
            "service" => t.service.clone(),
            "window" => first.map_or("none".into(), |c| c.1.to_string()),
            "staff" => first
                .and_then(|c| c.2.clone())
                .unwrap_or_else(|| "none".into()),
            "weekday" => s.weekday(t.issued),
            _ => s.interval(t.issued),
        };
        let target = s
            .spec
            .services
            .iter()
            .find(|x| x.code.0 == t.service)
            .map(|x| x.target_wait.num_milliseconds() as f64 / 60_000.0);
        for a in [&mut total, groups.entry(key).or_default()] {
            a.issued += 1;
            match t.end {
                Some((at, how)) if at < day_end => match how {
                    "served" => a.served += 1,
                    "no_show" => a.no_show += 1,
                    "cancelled" => a.cancelled += 1,
                    _ => a.unserved += 1,
                },
                _ if day_end <= s.until => a.unserved += 1,
                _ => a.open += 1,
            }
            a.transferred += t.transfers.iter().filter(|x| **x < day_end).count() as u64;
            if let Some(c) = first {
                let wait = minutes(t.issued, c.0);
                a.waits.push(wait);
                if let Some(target) = target {
                    a.with_target += 1;
                    if wait <= target {
                        a.within += 1;
                    }
                }
            }
            if let Some((at, "served")) = t.end
                && at < day_end
                && let Some(c) = t.calls.iter().rev().find(|c| c.0 <= at)
            {
                a.service.push(minutes(c.0, at));
            }
        }
    }
    let fig = |a: Acc| {
        json!({
            "issued": a.issued, "served": a.served, "no_show": a.no_show,
            "cancelled": a.cancelled, "unserved": a.unserved, "open": a.open,
            "transferred": a.transferred, "wait": dist(a.waits),
            "within_target": share(a.within, a.with_target),
            "called_with_target": a.with_target, "service": dist(a.service),
        })
    };
    grouped(
        fig(total),
        groups.into_iter().map(|(k, a)| (k, fig(a))).collect(),
    )
}

/// Groups in the report's order: by number (windows), by weekday, else by
/// name; "none" last.
fn group_order(k: &str) -> (bool, u64, String) {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let rank = k
        .parse::<u64>()
        .ok()
        .or_else(|| DAYS.iter().position(|d| *d == k).map(|i| i as u64))
        .unwrap_or(0);
    (k == "none", rank, k.to_string())
}

fn grouped(total: Value, mut groups: Vec<(String, Value)>) -> Value {
    groups.sort_by_key(|(k, _)| group_order(k));
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(k, mut v)| {
            v["key"] = json!(k);
            v
        })
        .collect();
    json!({"total": total, "groups": groups})
}

/// The instants a span is cut at for weekday and interval groups.
fn cuts(s: &Scope, from: T, to: T) -> Vec<T> {
    let mut v = Vec::new();
    let mut d = s.day(from);
    let len = s.spec.forecast.interval.num_minutes();
    let open = (s.spec.hours.open.hour() * 60 + s.spec.hours.open.minute()) as i64;
    while midnight(s.tz, d) < to {
        v.push(midnight(s.tz, d));
        if s.by == "interval" {
            let mut m = open.rem_euclid(len);
            while m < 1440 {
                if let Some(t) = NaiveTime::from_hms_opt((m / 60) as u32, (m % 60) as u32, 0)
                    .and_then(|t| {
                        s.tz.from_local_datetime(&d.and_time(t))
                            .earliest()
                            .map(|x| x.with_timezone(&Utc))
                    })
                {
                    v.push(t);
                }
                m += len;
            }
        }
        d += Duration::days(1);
    }
    v.retain(|t| from < *t && *t < to);
    v.sort();
    v.dedup();
    v
}

fn windows(w: &World, s: &Scope) -> Value {
    let mut groups: BTreeMap<String, [f64; 3]> = BTreeMap::new();
    let mut total = [0.0; 3];
    let mut window_order: BTreeMap<String, u32> = BTreeMap::new();
    for sp in &w.spans {
        if !s.admits(Some(sp.window), sp.staff.as_ref()) {
            continue;
        }
        let from = sp.from.max(s.start);
        let to = sp.to.unwrap_or(s.until).min(s.until);
        if to <= from {
            continue;
        }
        let mut points = vec![from];
        if s.by == "weekday" || s.by == "interval" {
            points.extend(cuts(s, from, to));
        }
        points.push(to);
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let key = match s.by {
                "staff" => sp.staff.clone().unwrap_or_else(|| "none".into()),
                "weekday" => s.weekday(a),
                "interval" => s.interval(a),
                _ => {
                    window_order.insert(sp.window.to_string(), sp.window);
                    sp.window.to_string()
                }
            };
            let i = match sp.kind {
                Kind::Staffed => 0,
                Kind::Busy => 1,
                Kind::Away => 2,
            };
            let m = minutes(a, b);
            total[i] += m;
            groups.entry(key).or_default()[i] += m;
        }
    }
    let fig = |t: [f64; 3]| {
        let working = t[0] - t[2];
        json!({
            "staffed_minutes": t[0], "busy_minutes": t[1], "away_minutes": t[2],
            "idle_minutes": (t[0] - t[1] - t[2]).max(0.0),
            "busy_share": if working > 0.0 { json!((t[1] / working).min(1.0)) } else { Value::Null },
        })
    };
    let mut list: Vec<(String, [f64; 3])> = groups.into_iter().collect();
    // Windows sort by number, not by their digits.
    if !window_order.is_empty() {
        list.sort_by_key(|(k, _)| window_order.get(k).copied().unwrap_or(u32::MAX));
    }
    grouped(
        fig(total),
        list.into_iter().map(|(k, t)| (k, fig(t))).collect(),
    )
}

fn in_period(s: &Scope, b: &Brk) -> bool {
    b.start.is_some_and(|t| {
        let d = s.day(t);
        s.from <= d && d <= s.to
    }) && s.admits(Some(b.window), b.staff.as_ref())
}

fn break_keys(s: &Scope, b: &Brk) -> Vec<String> {
    let start = b.start.unwrap_or_default();
    match s.by {
        "hall" => vec!["all".into()],
        "window" => vec![b.window.to_string()],
        "staff" => vec![b.staff.clone().unwrap_or_else(|| "none".into())],
        "service" => s
            .spec
            .window(WindowId(b.window))
            .map(|x| x.services.iter().map(|c| c.0.clone()).collect())
            .unwrap_or_else(|| vec!["none".into()]),
        "weekday" => vec![s.weekday(start)],
        _ => vec![s.interval(start)],
    }
}

/// How one break counts.
#[derive(Default)]
struct One {
    add: Vec<&'static str>,
    late: Option<f64>,
    over: Option<f64>,
    ahead: Option<f64>,
    unscheduled: Option<f64>,
    cutoff: bool,
    waived: bool,
    promised: [u64; 4],
    past: [u64; 3],
}

fn one_break(w: &World, s: &Scope, spec: &HallSpec, b: &Brk) -> One {
    let mut one = One::default();
    let start = b.start.unwrap_or_default();
    let end = b.end.unwrap_or_default();
    if b.planned && b.cancelled.is_some() {
        one.add.push("cancelled");
        return one;
    }
    if !b.planned && b.cancelled.is_some() && b.started.is_none() {
        return one;
    }
    if b.planned {
        one.add.push("planned");
        if b.published.is_some_and(|p| p < start) {
            one.add.push("published");
        }
        match b.started {
            Some((st, _)) => {
                one.add.push("taken");
                let d = minutes(start, st);
                if d > 2.0 {
                    one.add.push("late");
                    one.late = Some(d);
                } else if d < -2.0 {
                    one.add.push("early");
                } else {
                    one.add.push("on_time");
                }
            }
            None if end <= s.until => one.add.push("missed"),
            None => {}
        }
        if let Some(at) = b.warned {
            one.add.push("warned");
            let a = minutes(at, start);
            one.ahead = Some(a);
            if a < 10.0 {
                one.add.push("warned_short");
            }
        } else if let Some((_, left)) = b.left {
            one.add.push("unwarned");
            if !w.line(spec, b.window, left).is_empty() {
                one.add.push("unwarned_with_queue");
            }
        }
    }
    if let Some((st, _)) = b.started {
        let due = if b.planned { end } else { st + (end - start) };
        match b.ended {
            Some(e) => {
                one.add.push("ended");
                let o = minutes(due, e);
                if o > 2.0 {
                    one.add.push("overrun");
                    one.over = Some(o);
                } else {
                    one.add.push("ended_on_time");
                }
            }
            None => one.add.push("still_on"),
        }
        if !b.planned {
            one.add.push("unscheduled");
            one.unscheduled = Some(minutes(st, b.ended.unwrap_or(s.until)).max(0.0));
        }
    }
    let Some((closing_at, closing_seq, cut)) = b.closing else {
        return one;
    };
    one.cutoff = cut.is_some();
    one.waived = b.left.is_some_and(|(left_at, _)| {
        w.overrides.iter().any(|o| {
            o.rule == "promised-waiting"
                && o.window == Some(b.window)
                && (o.at == left_at || b.started.is_some_and(|(st, _)| o.at == st))
        })
    });
    let end_seq = [b.started.map(|x| x.1), b.cancelled.map(|x| x.1)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(u64::MAX);
    let cut_order = cut.and_then(|c| w.order_at(c, closing_seq));
    let mut promised: Vec<u64> = Vec::new();
    let mut past: Vec<u64> = Vec::new();
    for (t, o) in w.line(spec, b.window, closing_seq) {
        if cut_order.is_some_and(|c| o <= c) {
            promised.push(t);
        } else {
            past.push(t);
        }
    }
    // Those who joined the line while the window was closing: promised when
    // the cutoff took them in (or they joined ahead of it), else past it.
    let services: Vec<String> = spec
        .window(WindowId(b.window))
        .map(|x| x.services.iter().map(|c| c.0.clone()).collect())
        .unwrap_or_default();
    let mut joins: Vec<(u64, u64, (u8, u64))> = Vec::new();
    for (tid, t) in &w.tickets {
        for wt in &t.waits {
            if wt.from_seq > closing_seq
                && wt.from_seq < end_seq
                && services.contains(&wt.service)
                && wt.target.is_none_or(|x| x == b.window)
            {
                joins.push((wt.from_seq, *tid, wt.order));
            }
        }
    }
    joins.sort();
    for (jseq, tid, order) in joins {
        let taken_in = b.extended.iter().any(|(_, t)| *t == tid);
        let in_force = b
            .extended
            .iter()
            .rfind(|(es, _)| *es < jseq)
            .and_then(|(es, t)| w.order_at(*t, *es))
            .or(cut_order);
        if taken_in || in_force.is_some_and(|c| order <= c) {
            promised.push(tid);
        } else {
            past.push(tid);
        }
    }
    let gone = b.started.map(|x| x.0).or_else(|| {
        b.cancelled.and_then(|(cat, cseq)| {
            w.closed_at
                .get(&b.window)
                .and_then(|v| v.iter().find(|(t, s2)| *t == cat && *s2 > cseq))
                .map(|(t, _)| *t)
        })
    });
    let next_call = |t: u64| {
        w.tickets
            .get(&t)
            .and_then(|x| x.calls.iter().find(|c| c.0 >= closing_at))
    };
    for t in promised {
        let i = match (next_call(t), gone) {
            (Some(c), Some(g)) if c.0 > g => {
                if c.1 == b.window {
                    2
                } else {
                    1
                }
            }
            (Some(_), _) => 0,
            (None, Some(_)) => 3,
            (None, None) => 0,
        };
        one.promised[i] += 1;
    }
    for t in past {
        let i = match next_call(t) {
            Some(c) if c.1 != b.window => 0,
            Some(_) => 1,
            None => 2,
        };
        one.past[i] += 1;
    }
    one
}

#[derive(Default)]
struct BreakAcc {
    c: BTreeMap<&'static str, u64>,
    late: Vec<f64>,
    over: Vec<f64>,
    ahead: Vec<f64>,
    unscheduled_minutes: f64,
}

impl BreakAcc {
    fn add(&mut self, one: &One) {
        for k in &one.add {
            *self.c.entry(k).or_default() += 1;
        }
        self.late.extend(one.late);
        self.over.extend(one.over);
        self.ahead.extend(one.ahead);
        self.unscheduled_minutes += one.unscheduled.unwrap_or(0.0);
        let mut bump = |k: &'static str, n: u64| *self.c.entry(k).or_default() += n;
        if one.cutoff {
            bump("cutoffs", 1);
            if one.promised[2] + one.promised[3] == 0 {
                bump("cutoffs_kept", 1);
            }
        }
        bump("waived", u64::from(one.waived));
        bump("promised", one.promised.iter().sum());
        bump("promised_served_before", one.promised[0]);
        bump("promised_sent_on", one.promised[1]);
        bump("promised_waited_for_return", one.promised[2]);
        bump("promised_not_called", one.promised[3]);
        bump("past_cutoff", one.past.iter().sum());
        bump("past_redirected", one.past[0]);
        bump("past_served_here", one.past[1]);
        bump("past_not_called", one.past[2]);
    }

    fn value(self) -> Value {
        let n = |k: &str| self.c.get(k).copied().unwrap_or(0);
        json!({
            "planned": n("planned"), "cancelled": n("cancelled"), "published": n("published"),
            "taken": n("taken"), "missed": n("missed"), "on_time": n("on_time"),
            "early": n("early"), "late": n("late"), "late_by": dist(self.late.clone()),
            "ended": n("ended"), "ended_on_time": n("ended_on_time"), "overrun": n("overrun"),
            "overrun_by": dist(self.over.clone()), "still_on": n("still_on"),
            "warned": n("warned"), "warned_ahead": dist(self.ahead.clone()),
            "warned_short": n("warned_short"), "unwarned": n("unwarned"),
            "unwarned_with_queue": n("unwarned_with_queue"),
            "cutoffs": n("cutoffs"), "cutoffs_kept": n("cutoffs_kept"),
            "promised": n("promised"), "promised_served_before": n("promised_served_before"),
            "promised_sent_on": n("promised_sent_on"),
            "promised_waited_for_return": n("promised_waited_for_return"),
            "promised_not_called": n("promised_not_called"), "waived": n("waived"),
            "past_cutoff": n("past_cutoff"), "past_redirected": n("past_redirected"),
            "past_served_here": n("past_served_here"), "past_not_called": n("past_not_called"),
            "unscheduled": n("unscheduled"), "unscheduled_minutes": self.unscheduled_minutes,
        })
    }
}

fn breaks(w: &World, s: &Scope, spec: &HallSpec) -> Value {
    let mut groups: BTreeMap<String, BreakAcc> = BTreeMap::new();
    let mut total = BreakAcc::default();
    for b in w.breaks.values().filter(|b| in_period(s, b)) {
        let one = one_break(w, s, spec, b);
        total.add(&one);
        for k in break_keys(s, b) {
            groups.entry(k).or_default().add(&one);
        }
    }
    grouped(
        total.value(),
        groups.into_iter().map(|(k, a)| (k, a.value())).collect(),
    )
}

fn unscheduled(w: &World, s: &Scope) -> Value {
    let codes = [
        "goods-receipt",
        "cash-collection",
        "technical-fault",
        "personal",
        "other",
    ];
    let mut rows: Vec<(u64, f64)> = vec![(0, 0.0); codes.len()];
    for b in w.breaks.values().filter(|b| in_period(s, b) && !b.planned) {
        let Some((st, _)) = b.started else { continue };
        if let Some(i) = codes.iter().position(|c| Some(*c) == b.reason.as_deref()) {
            rows[i].0 += 1;
            rows[i].1 += minutes(st, b.ended.unwrap_or(s.until)).max(0.0);
        }
    }
    Value::Array(
        codes
            .iter()
            .zip(rows)
            .map(|(c, (n, m))| json!({"reason": c, "count": n, "minutes": m}))
            .collect(),
    )
}

fn requests(w: &World, s: &Scope) -> Value {
    let mut c: BTreeMap<&str, u64> = BTreeMap::new();
    for r in &w.requests {
        if r.at < s.start || r.at >= s.until || !s.admits(Some(r.window), r.staff.as_ref()) {
            continue;
        }
        *c.entry("asked").or_default() += 1;
        *c.entry(r.answer).or_default() += 1;
    }
    let n = |k: &str| c.get(k).copied().unwrap_or(0);
    json!({"asked": n("asked"), "approved": n("approved"), "postponed": n("postponed"),
           "declined": n("declined"), "open": n("open")})
}

fn overrides(w: &World, s: &Scope) -> Value {
    let filtered = s.window.is_some() || s.staff.is_some();
    Value::Array(
        w.overrides
            .iter()
            .filter(|o| o.at >= s.start && o.at < s.until)
            .filter(|o| !filtered || s.admits(o.window, o.staff.as_ref()))
            .map(|o| {
                json!({
                    "at": o.at.with_timezone(&s.tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                    "rule": o.rule, "by": o.by, "reason": o.reason,
                    "window": o.window, "staff": o.staff,
                })
            })
            .collect(),
    )
}

/// Days of the period up to now on which a window was staffed or a ticket issued.
fn open_days(w: &World, s: &Scope) -> (u64, Vec<NaiveDate>) {
    let mut open = BTreeSet::new();
    for t in w.tickets.values() {
        if t.issued >= s.start && t.issued < s.until {
            open.insert(s.day(t.issued));
        }
    }
    for sp in w.spans.iter().filter(|x| x.kind == Kind::Staffed) {
        let from = sp.from.max(s.start);
        let to = sp.to.unwrap_or(s.until).min(s.until);
        let mut d = s.day(from);
        while to > from && midnight(s.tz, d) < to {
            open.insert(d);
            d += Duration::days(1);
        }
    }
    if s.until <= s.start {
        return (0, vec![]);
    }
    let last = s.day(s.until - Duration::milliseconds(1));
    let mut closed = Vec::new();
    let mut d = s.from;
    while d <= s.to && d <= last {
        if !open.contains(&d) {
            closed.push(d);
        }
        d += Duration::days(1);
    }
    (open.len() as u64, closed)
}

fn figures(w: &World, s: &Scope, spec: &HallSpec) -> Value {
    let (open, closed) = open_days(w, s);
    json!({
        "customers": customers(w, s),
        "windows": windows(w, s),
        "breaks": breaks(w, s, spec),
        "unscheduled": unscheduled(w, s),
        "requests": requests(w, s),
        "overrides": overrides(w, s),
        "open_days": open,
        "closed_days": closed.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
    })
}

// ---------------------------------------------------------------------------
// Comparing.

/// Every number of `want` against `got`, as far down as `want` goes.
/// Within 1e-6 relative: the figures are worked out the same way, only
/// summed in another order.
fn same(path: &str, got: &Value, want: &Value, errors: &mut Vec<String>) {
    common::json::same(path, got, want, 1e-6, errors);
}

// ---------------------------------------------------------------------------
// The plan against the day, the trend, the timeline and the key figures.

fn plan(evs: &[Ev], w: &World, s: &Scope, spec: &HallSpec, days: &[NaiveDate]) -> Value {
    #[derive(Default)]
    struct Row {
        days: u64,
        end: String,
        fa: f64,
        weighted: f64,
        weight: f64,
        overloaded: u64,
        arrivals: u64,
        waits: Vec<f64>,
        with_target: u64,
        within: u64,
        targets: Vec<f64>,
    }
    let kinds = [
        "ticket_issued",
        "ticket_called",
        "ticket_served",
        "ticket_transferred",
    ];
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for day in days {
        let past: BTreeSet<NaiveDate> = History::days(spec, *day).into_iter().collect();
        let history: Vec<Recorded> = evs
            .iter()
            .filter(|e| kinds.contains(&e.ty.as_str()) && past.contains(&s.day(e.at)))
            .map(|e| serde_json::from_value(e.raw.clone()).expect("a recorded event"))
            .collect();
        let ev = Evaluator::new(spec, learn(spec, *day, &History { events: history }));
        let aways: Vec<Away> = w
            .breaks
            .values()
            .filter(|b| b.planned && b.cancelled.is_none())
            .filter(|b| b.start.is_some_and(|t| s.day(t) == *day))
            .map(|b| Away {
                window: WindowId(b.window),
                start: b.start.unwrap_or_default(),
                end: b.end.unwrap_or_default(),
            })
            .collect();
        let forecast = ev.forecast(&aways);
        let day_end = midnight(s.tz, *day + Duration::days(1));
        for ((a, b), cells) in forecast.intervals.iter().zip(&forecast.cells) {
            let key = a.with_timezone(&s.tz).format("%H:%M").to_string();
            let row = rows.entry(key).or_default();
            row.days += 1;
            if row.end.is_empty() {
                row.end = b.with_timezone(&s.tz).format("%H:%M").to_string();
            }
            for c in cells {
                row.fa += c.arrivals;
                if c.overloaded {
                    row.overloaded += 1;
                }
                if let Some(mean_wait) = c.mean_wait {
                    row.weighted += c.arrivals * mean_wait;
                    row.weight += c.arrivals;
                }
            }
            for t in w.tickets.values() {
                if t.issued < *a || t.issued >= *b {
                    continue;
                }
                row.arrivals += 1;
                let target = spec
                    .services
                    .iter()
                    .find(|x| x.code.0 == t.service)
                    .map(|x| x.target_wait.num_milliseconds() as f64 / 60_000.0);
                row.targets.extend(target);
                if let Some(c) = t.calls.iter().find(|c| c.0 < day_end) {
                    let wait = minutes(t.issued, c.0);
                    row.waits.push(wait);
                    if let Some(target) = target {
                        row.with_target += 1;
                        if wait <= target {
                            row.within += 1;
                        }
                    }
                }
            }
        }
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            Value::Null
        } else {
            json!(v.iter().sum::<f64>() / v.len() as f64)
        }
    };
    Value::Array(
        rows.into_iter()
            .map(|(start, r)| {
                json!({
                    "start": start, "end": r.end, "days": r.days,
                    "forecast_arrivals": r.fa, "arrivals": r.arrivals,
                    "forecast_mean_wait": if r.weight > 0.0 { json!(r.weighted / r.weight) } else { Value::Null },
                    "overloaded": r.overloaded, "mean_wait": mean(&r.waits),
                    "called": r.waits.len(), "within_target": share(r.within, r.with_target),
                    "target": mean(&r.targets),
                })
            })
            .collect(),
    )
}

fn scope<'a>(
    spec: &'a HallSpec,
    from: NaiveDate,
    to: NaiveDate,
    as_of: T,
    by: &'a str,
    window: Option<u32>,
    staff: Option<String>,
) -> Scope<'a> {
    let tz: Tz = spec.tz;
    let start = midnight(tz, from);
    Scope {
        spec,
        tz,
        from,
        to,
        start,
        until: midnight(tz, to + Duration::days(1)).min(as_of).max(start),
        by,
        window,
        staff,
    }
}

fn trend(w: &World, spec: &HallSpec, q: &Q, as_of: T) -> Value {
    let (pfrom, _) = q.previous();
    let from = pfrom.min(q.to - Duration::days(13));
    let weekly = (q.to - from).num_days() + 1 > 31;
    let today = as_of.with_timezone(&spec.tz).date_naive();
    let mut points = Vec::new();
    let mut d = from;
    while d <= q.to {
        let to = if weekly {
            (d + Duration::days(6 - i64::from(d.weekday().num_days_from_monday()))).min(q.to)
        } else {
            d
        };
        if d <= today {
            let s = scope(spec, d, to, as_of, "hall", q.window, q.staff.clone());
            let c = customers(w, &s);
            let b = breaks(w, &s, spec);
            let (open, _) = open_days(w, &s);
            points.push(json!({
                "from": d.to_string(), "to": to.to_string(), "open": open > 0,
                "issued": c["total"]["issued"], "served": c["total"]["served"],
                "mean_wait": c["total"]["wait"]["mean"],
                "within_target": c["total"]["within_target"],
                "breaks_taken": b["total"]["taken"], "late": b["total"]["late"],
                "overrun": b["total"]["overrun"],
                "unwarned_with_queue": b["total"]["unwarned_with_queue"],
                "unscheduled_minutes": b["total"]["unscheduled_minutes"],
            }));
        }
        d = to + Duration::days(1);
    }
    json!({"step": if weekly { "week" } else { "day" }, "points": points})
}

fn timeline(w: &World, s: &Scope) -> Value {
    let iso = |t: T| {
        t.with_timezone(&s.tz)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    };
    let mut rows: Vec<(T, u32, Value)> = w
        .breaks
        .iter()
        .filter(|(_, b)| in_period(s, b) && (b.planned || b.started.is_some()))
        .map(|(id, b)| {
            let start = b.start.unwrap_or_default();
            let end = b.end.unwrap_or_default();
            let due = match (b.planned, b.started) {
                (false, Some((st, _))) => st + (end - start),
                _ => end,
            };
            (
                start,
                b.window,
                json!({
                    "id": id, "window": b.window, "staff": b.staff,
                    "day": s.day(start).to_string(),
                    "kind": if b.planned { "planned".to_string() } else { b.reason.clone().unwrap_or_default() },
                    "start": iso(start), "end": iso(due),
                    "started": b.started.map(|x| iso(x.0)), "ended": b.ended.map(iso),
                    "cancelled": b.cancelled.is_some(), "warned": b.warned.is_some(),
                }),
            )
        })
        .collect();
    rows.sort_by_key(|(t, w, _)| (*t, *w));
    Value::Array(rows.into_iter().map(|(_, _, v)| v).collect())
}

fn key_figures(now: &Value, before: &Value) -> Value {
    let pick = |f: &Value, id: &str| -> Value {
        let c = &f["customers"]["total"];
        let b = &f["breaks"]["total"];
        match id {
            "issued" | "served" | "unserved" => c[id].clone(),
            "mean_wait" => c["wait"]["mean"].clone(),
            "p90_wait" => c["wait"]["p90"].clone(),
            "longest_wait" => c["wait"]["max"].clone(),
            "within_target" => c["within_target"].clone(),
            "mean_service" => c["service"]["mean"].clone(),
            "breaks_taken" => b["taken"].clone(),
            "late_starts" => b["late"].clone(),
            "overruns" => b["overrun"].clone(),
            "warned" => b["warned"].clone(),
            "unwarned_with_queue" => b["unwarned_with_queue"].clone(),
            "promises_kept" => {
                let kept = u(&b["promised_served_before"]) + u(&b["promised_sent_on"]);
                share(kept, u(&b["promised"]))
            }
            "unscheduled_minutes" => b["unscheduled_minutes"].clone(),
            _ => json!(f["overrides"].as_array().map_or(0, Vec::len)),
        }
    };
    let ids = [
        "issued",
        "served",
        "unserved",
        "mean_wait",
        "p90_wait",
        "longest_wait",
        "within_target",
        "mean_service",
        "breaks_taken",
        "late_starts",
        "overruns",
        "warned",
        "unwarned_with_queue",
        "promises_kept",
        "unscheduled_minutes",
        "overrides",
    ];
    let had_before = u(&before["open_days"]) > 0;
    Value::Array(
        ids.iter()
            .map(|id| {
                let a = pick(now, id);
                let b = if had_before {
                    pick(before, id)
                } else {
                    Value::Null
                };
                let change = match (a.as_f64(), b.as_f64()) {
                    (Some(x), Some(y)) => json!(x - y),
                    _ => Value::Null,
                };
                json!({"id": id, "current": a, "previous": b, "change": change})
            })
            .collect(),
    )
}

// ---------------------------------------------------------------------------
// The queries.

struct Q {
    args: Vec<&'static str>,
    span: &'static str,
    from: NaiveDate,
    to: NaiveDate,
    by: &'static str,
    window: Option<u32>,
    staff: Option<String>,
}

impl Q {
    fn previous(&self) -> (NaiveDate, NaiveDate) {
        if self.span == "month" {
            let to = self.from - Duration::days(1);
            (to.with_day(1).unwrap_or(to), to)
        } else {
            let len = (self.to - self.from).num_days() + 1;
            let to = self.from - Duration::days(1);
            (to - Duration::days(len - 1), to)
        }
    }
}

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
}

#[test]
fn every_figure_of_every_grouping_equals_a_recomputation_from_the_log() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let (hall, spec) = busy_hall(dir.path());
    let evs = read_log(&hall);
    let world = build_world(&evs);
    let as_of = time(&json!(NOW));
    let today = as_of.with_timezone(&spec.tz).date_naive();
    // The history has what the test is about.
    let all = scope(&spec, first_day(), d(4, 19), as_of, "hall", None, None);
    let whole = breaks(&world, &all, &spec);
    for (figure, least) in [
        ("warned", 20),
        ("unwarned_with_queue", 1),
        ("overrun", 5),
        ("unscheduled", 3),
        ("cutoffs", 5),
        ("cutoffs_kept", 5),
        ("promised_waited_for_return", 0),
        ("past_redirected", 10),
        ("late", 5),
    ] {
        assert!(
            u(&whole["total"][figure]) >= least,
            "three weeks should have at least {least} of {figure}: {}",
            whole["total"]
        );
    }
    assert!(
        u(&whole["total"]["cutoffs"]) > u(&whole["total"]["cutoffs_kept"]),
        "some cutoff promise is broken: {}",
        whole["total"]
    );
    assert!(!world.overrides.is_empty(), "supervisors overrode rules");

    let queries = vec![
        Q {
            args: vec![
                "--from",
                "2026-04-06",
                "--to",
                "2026-04-19",
                "--by",
                "window",
            ],
            span: "range",
            from: d(4, 6),
            to: d(4, 19),
            by: "window",
            window: None,
            staff: None,
        },
        Q {
            args: vec!["--week", "2026-04-15", "--by", "staff"],
            span: "week",
            from: d(4, 13),
            to: d(4, 19),
            by: "staff",
            window: None,
            staff: None,
        },
        Q {
            args: vec!["--day", "2026-04-14", "--by", "service"],
            span: "day",
            from: d(4, 14),
            to: d(4, 14),
            by: "service",
            window: None,
            staff: None,
        },
        Q {
            args: vec!["--week", "2026-04-08", "--by", "interval"],
            span: "week",
            from: d(4, 6),
            to: d(4, 12),
            by: "interval",
            window: None,
            staff: None,
        },
        Q {
            args: vec!["--month", "2026-04", "--by", "weekday"],
            span: "month",
            from: d(4, 1),
            to: d(4, 30),
            by: "weekday",
            window: None,
            staff: None,
        },
        Q {
            args: vec!["--week", "2026-04-13", "--window", "2", "--by", "window"],
            span: "week",
            from: d(4, 13),
            to: d(4, 19),
            by: "window",
            window: Some(2),
            staff: None,
        },
        Q {
            args: vec!["--week", "2026-04-06", "--staff", "s3"],
            span: "week",
            from: d(4, 6),
            to: d(4, 12),
            by: "hall",
            window: None,
            staff: Some("s3".into()),
        },
        Q {
            args: vec!["--day", "2026-04-19"],
            span: "day",
            from: d(4, 19),
            to: d(4, 19),
            by: "hall",
            window: None,
            staff: None,
        },
    ];
    for q in &queries {
        let out = run(hall
            .cmd()
            .arg("report")
            .args(&q.args)
            .args(["--format", "json"]));
        assert_eq!(out.code, 0, "{:?}: {}", q.args, out.stderr);
        let r: Value = serde_json::from_str(&out.stdout).expect("report JSON");
        assert_eq!(r["period"]["from"], q.from.to_string(), "{:?}", q.args);
        assert_eq!(r["period"]["to"], q.to.to_string(), "{:?}", q.args);
        let (pf, pt) = q.previous();
        assert_eq!(r["previous_period"]["from"], pf.to_string(), "{:?}", q.args);
        assert_eq!(r["previous_period"]["to"], pt.to_string(), "{:?}", q.args);
        let now = scope(&spec, q.from, q.to, as_of, q.by, q.window, q.staff.clone());
        let before = scope(&spec, pf, pt, as_of, q.by, q.window, q.staff.clone());
        let want_now = figures(&world, &now, &spec);
        let want_before = figures(&world, &before, &spec);
        let mut errors = Vec::new();
        same("figures", &r["figures"], &want_now, &mut errors);
        same(
            "previous_figures",
            &r["previous_figures"],
            &want_before,
            &mut errors,
        );
        same(
            "key_figures",
            &r["key_figures"],
            &key_figures(&want_now, &want_before),
            &mut errors,
        );
        same(
            "trend",
            &r["trend"],
            &trend(&world, &spec, q, as_of),
            &mut errors,
        );
        same(
            "timeline",
            &r["timeline"],
            &timeline(&world, &now),
            &mut errors,
        );
        let days: Vec<NaiveDate> = if q.window.is_some() || q.staff.is_some() {
            vec![]
        } else {
            let (open, closed) = open_days(&world, &now);
            let mut v = Vec::new();
            let mut day = q.from;
            while open > 0 && day <= q.to && day <= today {
                if !closed.contains(&day) {
                    v.push(day);
                }
                day += Duration::days(1);
            }
            v
        };
        same(
            "plan",
            &r["plan"],
            &plan(&evs, &world, &now, &spec, &days),
            &mut errors,
        );
        assert!(
            errors.is_empty(),
            "{:?}: {} figures differ:\n{}",
            q.args,
            errors.len(),
            errors
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(!out.stdout.contains("NaN") && !out.stdout.contains("inf"));
    }
}
