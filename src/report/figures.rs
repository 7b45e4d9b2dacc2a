//! The figures of one period, read from the log's facts and counted in groups:
//! what customers got, how the windows spent their time, and whether the
//! break discipline held. Every figure is defined once in the README
//! ("Reports: the figures"); the comments here say how the definition is
//! carried out.

use super::facts::{BreakFact, End, Facts, SpanKind, TicketFact};
use super::period::{Days, Period, day_of, day_start};
use super::quality::{self, Quality};
use super::stats::{Dist, minutes, share};
use crate::domain::{BreakKind, Hall, Instant, ServiceCode, StaffId, WindowId};
use crate::staffing::local;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Timelike};
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// A start or end this close to the plan counts as on time.
pub const GRACE_MINUTES: f64 = 2.0;
/// The seed's rule: a queue is warned 10–15 minutes ahead; less is too late.
pub const MIN_WARNING_MINUTES: f64 = 10.0;

/// What the groups of a report are.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum By {
    Hall,
    Service,
    Window,
    Staff,
    Weekday,
    Interval,
}

impl By {
    pub fn code(self) -> &'static str {
        match self {
            By::Hall => "hall",
            By::Service => "service",
            By::Window => "window",
            By::Staff => "staff",
            By::Weekday => "weekday",
            By::Interval => "interval",
        }
    }
}

/// Narrows a report to one window or one member of staff.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Filter {
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
}

impl Filter {
    pub(super) fn admits(&self, window: Option<WindowId>, staff: Option<&StaffId>) -> bool {
        self.window.is_none_or(|w| window == Some(w))
            && self.staff.as_ref().is_none_or(|s| staff == Some(s))
    }

    pub fn is_empty(&self) -> bool {
        self.window.is_none() && self.staff.is_none()
    }
}

/// The group a figure is counted in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    All,
    Service(ServiceCode),
    Window(WindowId),
    Staff(StaffId),
    /// 1 = Monday … 7 = Sunday.
    Weekday(u32),
    /// The interval of the day starting at this time.
    Interval(NaiveTime),
    /// Customers never called to a window.
    NoWindow,
    /// Nobody was named at the window.
    NoStaff,
    /// A window the config no longer has.
    NoService,
}

impl Key {
    /// The group's stable name in CSV and JSON.
    pub fn id(&self) -> String {
        match self {
            Key::All => "all".into(),
            Key::Service(s) => s.0.clone(),
            Key::Window(w) => w.0.to_string(),
            Key::Staff(s) => s.0.clone(),
            Key::Weekday(d) => ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .get((*d as usize).saturating_sub(1))
                .copied()
                .unwrap_or("mon")
                .into(),
            Key::Interval(t) => t.format("%H:%M").to_string(),
            Key::NoWindow | Key::NoStaff | Key::NoService => "none".into(),
        }
    }
}

impl Serialize for Key {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group<T> {
    pub key: Key,
    #[serde(flatten)]
    pub figures: T,
}

/// A figure group for the whole report and for each of its groups.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Grouped<T> {
    pub total: T,
    pub groups: Vec<Group<T>>,
}

/// What customers got.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Customers {
    pub issued: u64,
    pub served: u64,
    pub no_show: u64,
    pub cancelled: u64,
    /// Still waiting when their day ended (or sent home by the next day's
    /// first command): nobody served them.
    pub unserved: u64,
    /// Waiting or at a window with no outcome yet: the day is not over.
    pub open: u64,
    /// Transfers made (a customer sent on twice counts twice).
    pub transferred: u64,
    /// From the ticket to the first call, in minutes, for those called.
    pub wait: Dist,
    /// Of those called, the share called within their service's target wait.
    pub within_target: Option<f64>,
    /// How many called customers that share is of (services with a target).
    pub called_with_target: u64,
    /// From the call that ended in service to its end, in minutes.
    pub service: Dist,
}

/// How windows spent their staffed time, in minutes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WindowTime {
    pub staffed_minutes: f64,
    pub busy_minutes: f64,
    pub away_minutes: f64,
    pub idle_minutes: f64,
    /// Busy over staffed time not on a break.
    pub busy_share: Option<f64>,
}

/// Whether the break discipline held.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Breaks {
    /// Planned breaks (not cancelled) whose planned start lies in the period.
    pub planned: u64,
    pub cancelled: u64,
    /// Published to customers before their planned start.
    pub published: u64,
    pub taken: u64,
    /// Their end passed and they never began.
    pub missed: u64,
    pub on_time: u64,
    pub early: u64,
    pub late: u64,
    /// How late, in minutes, for those late.
    pub late_by: Dist,
    /// Breaks of any kind that began and ended.
    pub ended: u64,
    pub ended_on_time: u64,
    pub overrun: u64,
    /// How far past the time the window was due back, in minutes.
    pub overrun_by: Dist,
    pub still_on: u64,
    /// Planned breaks whose queue was warned.
    pub warned: u64,
    /// Minutes between the warning and the planned start.
    pub warned_ahead: Dist,
    /// Warned less than ten minutes ahead.
    pub warned_short: u64,
    /// Planned breaks that began without a warning.
    pub unwarned: u64,
    /// … while someone waited in the window's line.
    pub unwarned_with_queue: u64,
    /// Breaks whose window closed with a cutoff ticket: a promise made.
    pub cutoffs: u64,
    /// … and everyone promised was served before the window left or sent on.
    pub cutoffs_kept: u64,
    pub promised: u64,
    pub promised_served_before: u64,
    pub promised_sent_on: u64,
    pub promised_waited_for_return: u64,
    pub promised_not_called: u64,
    /// Breaks a supervisor let leave promised customers waiting.
    pub waived: u64,
    pub past_cutoff: u64,
    pub past_redirected: u64,
    pub past_served_here: u64,
    pub past_not_called: u64,
    pub unscheduled: u64,
    pub unscheduled_minutes: f64,
}

/// Unscheduled breaks of one reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReasonRow {
    pub reason: String,
    pub count: u64,
    pub minutes: f64,
}

/// Cashiers' requests for unscheduled breaks and the supervisor's answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Requests {
    pub asked: u64,
    pub approved: u64,
    pub postponed: u64,
    pub declined: u64,
    pub open: u64,
}

/// A supervisor let a command through although it broke a policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OverrideRow {
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub at: chrono::DateTime<chrono_tz::Tz>,
    pub rule: String,
    pub by: String,
    pub reason: String,
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
}

/// Every figure of one period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figures {
    pub customers: Grouped<Customers>,
    pub windows: Grouped<WindowTime>,
    pub breaks: Grouped<Breaks>,
    pub unscheduled: Vec<ReasonRow>,
    pub requests: Requests,
    pub overrides: Vec<OverrideRow>,
    pub quality: Quality,
    /// Days of the period, up to now, on which a window was open or a
    /// ticket issued.
    pub open_days: u64,
    /// Days of the period, up to now, with neither.
    pub closed_days: Vec<NaiveDate>,
}

/// A period as the figures see it: its days, how far the log goes, the groups
/// and the filter.
#[derive(Clone, Debug)]
pub struct Scope<'a> {
    pub hall: &'a Hall,
    pub period: Period,
    /// The first instant of the period.
    pub start: Instant,
    /// The end of what can be counted: the period's end, or now if sooner.
    pub until: Instant,
    pub by: By,
    pub filter: &'a Filter,
}

impl<'a> Scope<'a> {
    pub fn new(hall: &'a Hall, period: Period, as_of: Instant, by: By, filter: &'a Filter) -> Self {
        let start = period.start(hall);
        Scope {
            hall,
            period,
            start,
            until: period.end(hall).min(as_of).max(start),
            by,
            filter,
        }
    }

    fn holds(&self, t: Instant) -> bool {
        self.start <= t && t < self.until
    }

    /// Whether a planned start belongs to the period (later today included).
    fn holds_day(&self, t: Instant) -> bool {
        self.period.contains(day_of(self.hall, t))
    }

    pub(super) fn weekday(&self, t: Instant) -> Key {
        Key::Weekday(day_of(self.hall, t).weekday().number_from_monday())
    }

    pub(super) fn interval(&self, t: Instant) -> Key {
        Key::Interval(interval_start(self.hall, t))
    }
}

/// The start of the forecast interval holding `t`, on a grid laid from the
/// opening time (times outside the opening hours get intervals of their own).
pub fn interval_start(hall: &Hall, t: Instant) -> NaiveTime {
    let tod = t.with_timezone(&hall.tz).time();
    let m = i64::from(tod.hour() * 60 + tod.minute());
    let open = i64::from(hall.hours.open.hour() * 60 + hall.hours.open.minute());
    let len = hall.forecast.interval.num_minutes().max(1);
    let k = (m - open).div_euclid(len);
    let start = (open + k * len).rem_euclid(24 * 60);
    NaiveTime::from_hms_opt((start / 60) as u32, (start % 60) as u32, 0).unwrap_or(NaiveTime::MIN)
}

/// The next instant after `t` where a group of `by` may change: the next
/// interval boundary or midnight.
fn boundary_after(hall: &Hall, t: Instant, by: By) -> Option<Instant> {
    let day = day_of(hall, t);
    let next_day = day_start(hall, day + Duration::days(1));
    let b = match by {
        By::Weekday => next_day,
        By::Interval => {
            let start = interval_start(hall, t);
            let len = hall.forecast.interval.num_minutes().max(1);
            let mins = i64::from(start.hour() * 60 + start.minute()) + len;
            if mins >= 24 * 60 {
                next_day
            } else {
                let time = NaiveTime::from_hms_opt((mins / 60) as u32, (mins % 60) as u32, 0)
                    .unwrap_or(NaiveTime::MIN);
                local(hall, day, time).min(next_day)
            }
        }
        _ => return None,
    };
    Some(if b > t { b } else { t + hall.forecast.interval })
}

/// What became of a ticket by the end of its day (or now).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Served,
    NoShow,
    Cancelled,
    Unserved,
    Open,
}

fn outcome(t: &TicketFact, day_end: Instant, until: Instant) -> Outcome {
    match t.end {
        Some((at, end)) if at < day_end => match end {
            End::Served(_) => Outcome::Served,
            End::NoShow(_) => Outcome::NoShow,
            End::Cancelled => Outcome::Cancelled,
            End::Expired => Outcome::Unserved,
        },
        _ if day_end <= until => Outcome::Unserved,
        _ => Outcome::Open,
    }
}

#[derive(Default)]
struct CustomerAcc {
    c: Customers,
    waits: Vec<f64>,
    within: u64,
    services: Vec<f64>,
}

impl CustomerAcc {
    fn finish(mut self) -> Customers {
        self.c.within_target = share(self.within, self.c.called_with_target);
        self.c.wait = Dist::of(self.waits);
        self.c.service = Dist::of(self.services);
        self.c
    }
}

/// The customers whose tickets were issued in the period, by group.
pub fn customers(facts: &Facts, scope: &Scope) -> Grouped<Customers> {
    let hall = scope.hall;
    let mut total = CustomerAcc::default();
    let mut groups: BTreeMap<Key, CustomerAcc> = BTreeMap::new();
    let mut days = Days::new(hall);
    for t in &facts.tickets {
        if !scope.holds(t.issued) {
            continue;
        }
        let end = days.end(t.issued);
        let first = t.first_call().filter(|c| c.at < end);
        if !scope.filter.admits(
            first.map(|c| c.window),
            first.and_then(|c| c.staff.as_ref()),
        ) {
            continue;
        }
        let key = match scope.by {
            By::Hall => Key::All,
            By::Service => Key::Service(t.service.clone()),
            By::Window => first.map_or(Key::NoWindow, |c| Key::Window(c.window)),
            By::Staff => first
                .and_then(|c| c.staff.clone())
                .map_or(Key::NoStaff, Key::Staff),
            By::Weekday => scope.weekday(t.issued),
            By::Interval => scope.interval(t.issued),
        };
        let target = hall.service(&t.service).map(|s| s.target_wait);
        let wait = first.map(|c| minutes(t.issued, c.at));
        let service = match t.end {
            Some((at, End::Served(_))) if at < end => t
                .calls
                .iter()
                .rev()
                .find(|c| c.at <= at)
                .map(|c| minutes(c.at, at)),
            _ => None,
        };
        let out = outcome(t, end, scope.until);
        let transfers = t.transfers_before(end);
        for acc in [&mut total, groups.entry(key).or_default()] {
            acc.c.issued += 1;
            match out {
                Outcome::Served => acc.c.served += 1,
                Outcome::NoShow => acc.c.no_show += 1,
                Outcome::Cancelled => acc.c.cancelled += 1,
                Outcome::Unserved => acc.c.unserved += 1,
                Outcome::Open => acc.c.open += 1,
            }
            acc.c.transferred += transfers;
            if let Some(w) = wait {
                acc.waits.push(w);
                if let Some(target) = target {
                    acc.c.called_with_target += 1;
                    if w <= target.num_milliseconds() as f64 / 60_000.0 {
                        acc.within += 1;
                    }
                }
            }
            if let Some(s) = service {
                acc.services.push(s);
            }
        }
    }
    Grouped {
        total: total.finish(),
        groups: groups
            .into_iter()
            .map(|(key, acc)| Group {
                key,
                figures: acc.finish(),
            })
            .collect(),
    }
}

#[derive(Default)]
struct TimeAcc {
    staffed: f64,
    busy: f64,
    away: f64,
}

impl TimeAcc {
    fn finish(&self) -> WindowTime {
        let idle = (self.staffed - self.busy - self.away).max(0.0);
        let working = self.staffed - self.away;
        WindowTime {
            staffed_minutes: self.staffed,
            busy_minutes: self.busy,
            away_minutes: self.away,
            idle_minutes: idle,
            busy_share: (working > 0.0).then(|| (self.busy / working).min(1.0)),
        }
    }
}

/// Staffed, busy, away and idle time, clipped to the period: per window, per
/// member of staff, or per weekday or interval with every window summed.
pub fn windows(facts: &Facts, scope: &Scope) -> Grouped<WindowTime> {
    let mut total = TimeAcc::default();
    let mut groups: BTreeMap<Key, TimeAcc> = BTreeMap::new();
    for s in &facts.spans {
        if !scope.filter.admits(Some(s.window), s.staff.as_ref()) {
            continue;
        }
        let from = s.from.max(scope.start);
        let to = s.to.unwrap_or(scope.until).min(scope.until);
        if to <= from {
            continue;
        }
        let mut pieces = vec![(from, to)];
        if matches!(scope.by, By::Weekday | By::Interval) {
            pieces.clear();
            let mut a = from;
            while a < to {
                let b = boundary_after(scope.hall, a, scope.by).map_or(to, |b| b.min(to));
                pieces.push((a, b));
                a = b;
            }
        }
        for (a, b) in pieces {
            let key = match scope.by {
                By::Hall | By::Service | By::Window => Key::Window(s.window),
                By::Staff => s.staff.clone().map_or(Key::NoStaff, Key::Staff),
                By::Weekday => scope.weekday(a),
                By::Interval => scope.interval(a),
            };
            let m = minutes(a, b);
            for acc in [&mut total, groups.entry(key).or_default()] {
                match s.kind {
                    SpanKind::Staffed => acc.staffed += m,
                    SpanKind::Busy => acc.busy += m,
                    SpanKind::Away => acc.away += m,
                }
            }
        }
    }
    Grouped {
        total: total.finish(),
        groups: groups
            .into_iter()
            .map(|(key, acc)| Group {
                key,
                figures: acc.finish(),
            })
            .collect(),
    }
}

#[derive(Default)]
struct BreakAcc {
    b: Breaks,
    late: Vec<f64>,
    over: Vec<f64>,
    ahead: Vec<f64>,
}

impl BreakAcc {
    fn finish(mut self) -> Breaks {
        self.b.late_by = Dist::of(self.late);
        self.b.overrun_by = Dist::of(self.over);
        self.b.warned_ahead = Dist::of(self.ahead);
        self.b
    }
}

/// How one break counts, worked out once for every group it falls in.
#[derive(Default)]
struct BreakCount {
    planned: bool,
    cancelled: bool,
    published: bool,
    taken: bool,
    missed: bool,
    start: Option<Start>,
    ended: Option<f64>,
    still_on: bool,
    warned_ahead: Option<f64>,
    unwarned: bool,
    unwarned_with_queue: bool,
    cutoff: bool,
    promised: [u64; 4],
    waived: bool,
    past: [u64; 3],
    unscheduled: Option<f64>,
}

#[derive(Copy, Clone)]
enum Start {
    OnTime,
    Early,
    Late(f64),
}

fn count_break(b: &BreakFact, facts: &Facts, tickets: &TicketIndex, until: Instant) -> BreakCount {
    let mut c = BreakCount::default();
    let grace = GRACE_MINUTES;
    if b.is_planned() {
        if b.cancelled_at.is_some() {
            c.cancelled = true;
            return c;
        }
        c.planned = true;
        c.published = b.published_at.is_some_and(|p| p < b.start);
        match b.started_at {
            Some(s) => {
                c.taken = true;
                let late = minutes(b.start, s);
                c.start = Some(if late > grace {
                    Start::Late(late)
                } else if late < -grace {
                    Start::Early
                } else {
                    Start::OnTime
                });
            }
            None if b.end <= until => c.missed = true,
            None => {}
        }
        if let Some((at, _)) = b.warned {
            c.warned_ahead = Some(minutes(at, b.start));
        } else if let Some((_, waiting)) = b.left {
            c.unwarned = true;
            c.unwarned_with_queue = waiting > 0;
        }
    } else if b.cancelled_at.is_some() && b.started_at.is_none() {
        // An unscheduled break withdrawn before it began took no time.
        return c;
    }
    if let Some(s) = b.started_at {
        match b.ended_at {
            Some(e) => c.ended = Some(minutes(b.due_back(), e)),
            None => c.still_on = true,
        }
        if !b.is_planned() {
            c.unscheduled = Some(minutes(s, b.ended_at.unwrap_or(until)).max(0.0));
        }
    }
    if b.closing_at.is_some() {
        c.cutoff = b.cutoff;
        c.waived = b.waived;
        let closing = b.closing_at.unwrap_or(b.start);
        for id in &b.promised {
            let call = tickets.get(facts, *id).and_then(|t| t.call_after(closing));
            let i = match (call, b.gone_at) {
                (Some(call), Some(gone)) if call.at > gone => {
                    if call.window == b.window {
                        2
                    } else {
                        1
                    }
                }
                (Some(_), _) => 0,
                (None, Some(_)) => 3,
                // The window never left: the promise stands.
                (None, None) => 0,
            };
            c.promised[i] += 1;
        }
        for id in &b.past {
            let call = tickets.get(facts, *id).and_then(|t| t.call_after(closing));
            let i = match call {
                Some(call) if call.window != b.window => 0,
                Some(_) => 1,
                None => 2,
            };
            c.past[i] += 1;
        }
    }
    c
}

impl BreakAcc {
    fn add(&mut self, c: &BreakCount) {
        let b = &mut self.b;
        b.planned += u64::from(c.planned);
        b.cancelled += u64::from(c.cancelled);
        b.published += u64::from(c.published);
        b.taken += u64::from(c.taken);
        b.missed += u64::from(c.missed);
        match c.start {
            Some(Start::OnTime) => b.on_time += 1,
            Some(Start::Early) => b.early += 1,
            Some(Start::Late(m)) => {
                b.late += 1;
                self.late.push(m);
            }
            None => {}
        }
        if let Some(over) = c.ended {
            b.ended += 1;
            if over > GRACE_MINUTES {
                b.overrun += 1;
                self.over.push(over);
            } else {
                b.ended_on_time += 1;
            }
        }
        b.still_on += u64::from(c.still_on);
        if let Some(ahead) = c.warned_ahead {
            b.warned += 1;
            self.ahead.push(ahead);
            if ahead < MIN_WARNING_MINUTES {
                b.warned_short += 1;
            }
        }
        b.unwarned += u64::from(c.unwarned);
        b.unwarned_with_queue += u64::from(c.unwarned_with_queue);
        if c.cutoff {
            b.cutoffs += 1;
            if c.promised[2] + c.promised[3] == 0 {
                b.cutoffs_kept += 1;
            }
        }
        b.promised += c.promised.iter().sum::<u64>();
        b.promised_served_before += c.promised[0];
        b.promised_sent_on += c.promised[1];
        b.promised_waited_for_return += c.promised[2];
        b.promised_not_called += c.promised[3];
        b.waived += u64::from(c.waived);
        b.past_cutoff += c.past.iter().sum::<u64>();
        b.past_redirected += c.past[0];
        b.past_served_here += c.past[1];
        b.past_not_called += c.past[2];
        if let Some(m) = c.unscheduled {
            b.unscheduled += 1;
            b.unscheduled_minutes += m;
        }
    }
}

/// Finds a ticket's facts by its id.
pub struct TicketIndex(std::collections::HashMap<crate::domain::TicketId, usize>);

impl TicketIndex {
    pub fn new(facts: &Facts) -> TicketIndex {
        TicketIndex(
            facts
                .tickets
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id, i))
                .collect(),
        )
    }

    fn get<'a>(&self, facts: &'a Facts, id: crate::domain::TicketId) -> Option<&'a TicketFact> {
        self.0.get(&id).and_then(|i| facts.tickets.get(*i))
    }
}

/// The groups a break counts in.
fn break_keys(b: &BreakFact, scope: &Scope) -> Vec<Key> {
    match scope.by {
        By::Hall => vec![Key::All],
        By::Window => vec![Key::Window(b.window)],
        By::Staff => vec![b.staff.clone().map_or(Key::NoStaff, Key::Staff)],
        // A break takes a window away from every service it handles.
        By::Service => match scope.hall.window(b.window) {
            Some(w) if !w.services.is_empty() => {
                w.services.iter().cloned().map(Key::Service).collect()
            }
            _ => vec![Key::NoService],
        },
        By::Weekday => vec![scope.weekday(b.start)],
        By::Interval => vec![scope.interval(b.start)],
    }
}

/// The breaks whose (planned) start lies in the period.
fn breaks_in<'a>(facts: &'a Facts, scope: &'a Scope) -> impl Iterator<Item = &'a BreakFact> + 'a {
    facts.breaks.iter().filter(move |b| {
        scope.holds_day(b.start) && scope.filter.admits(Some(b.window), b.staff.as_ref())
    })
}

/// The break discipline, by group.
pub fn breaks(facts: &Facts, scope: &Scope, index: &TicketIndex) -> Grouped<Breaks> {
    let mut total = BreakAcc::default();
    let mut groups: BTreeMap<Key, BreakAcc> = BTreeMap::new();
    for b in breaks_in(facts, scope) {
        let c = count_break(b, facts, index, scope.until);
        total.add(&c);
        for key in break_keys(b, scope) {
            groups.entry(key).or_default().add(&c);
        }
    }
    Grouped {
        total: total.finish(),
        groups: groups
            .into_iter()
            .map(|(key, acc)| Group {
                key,
                figures: acc.finish(),
            })
            .collect(),
    }
}

/// Unscheduled breaks that began in the period, by reason, in the order of
/// the reasons' codes.
pub fn unscheduled(facts: &Facts, scope: &Scope) -> Vec<ReasonRow> {
    let mut rows: Vec<ReasonRow> = crate::domain::BreakReason::CODES
        .iter()
        .map(|code| ReasonRow {
            reason: (*code).to_string(),
            count: 0,
            minutes: 0.0,
        })
        .collect();
    for b in breaks_in(facts, scope) {
        let (BreakKind::Unscheduled(reason), Some(s)) = (&b.kind, b.started_at) else {
            continue;
        };
        let m = minutes(s, b.ended_at.unwrap_or(scope.until)).max(0.0);
        if let Some(row) = rows.iter_mut().find(|r| r.reason == reason.code()) {
            row.count += 1;
            row.minutes += m;
        }
    }
    rows
}

pub fn requests(facts: &Facts, scope: &Scope) -> Requests {
    use super::facts::RequestAnswer as A;
    let mut r = Requests::default();
    for q in &facts.requests {
        if !scope.holds(q.at) || !scope.filter.admits(Some(q.window), q.staff.as_ref()) {
            continue;
        }
        r.asked += 1;
        match q.answer {
            A::Open => r.open += 1,
            A::Approved => r.approved += 1,
            A::Postponed => r.postponed += 1,
            A::Declined => r.declined += 1,
        }
    }
    r
}

pub fn overrides(facts: &Facts, scope: &Scope) -> Vec<OverrideRow> {
    facts
        .overrides
        .iter()
        .filter(|o| scope.holds(o.at))
        .filter(|o| scope.filter.is_empty() || scope.filter.admits(o.window, o.staff.as_ref()))
        .map(|o| OverrideRow {
            at: o.at.with_timezone(&scope.hall.tz),
            rule: o.rule.clone(),
            by: o.by.clone(),
            reason: o.reason.clone(),
            window: o.window,
            staff: o.staff.clone(),
        })
        .collect()
}

/// Which days of the period, up to now, the hall was open: a window staffed
/// or a ticket issued.
pub fn open_days(facts: &Facts, scope: &Scope) -> (u64, Vec<NaiveDate>) {
    let hall = scope.hall;
    let last = if scope.until <= scope.start {
        return (0, Vec::new());
    } else {
        day_of(hall, scope.until - Duration::milliseconds(1))
    };
    let mut open = std::collections::BTreeSet::new();
    let mut days = Days::new(hall);
    for t in &facts.tickets {
        if scope.holds(t.issued) {
            open.insert(days.day(t.issued));
        }
    }
    for s in facts.spans.iter().filter(|s| s.kind == SpanKind::Staffed) {
        let from = s.from.max(scope.start);
        let to = s.to.unwrap_or(scope.until).min(scope.until);
        if to <= from {
            continue;
        }
        let mut d = day_of(hall, from);
        let last_day = day_of(hall, to - Duration::milliseconds(1));
        while d <= last_day {
            open.insert(d);
            d += Duration::days(1);
        }
    }
    let closed: Vec<NaiveDate> = scope
        .period
        .each_day()
        .filter(|d| *d <= last && !open.contains(d))
        .collect();
    (open.len() as u64, closed)
}

/// Every figure of a period.
pub fn figures(facts: &Facts, scope: &Scope, index: &TicketIndex) -> Figures {
    let (open_days, closed_days) = open_days(facts, scope);
    let customers = customers(facts, scope);
    Figures {
        quality: quality::figures(facts, scope, &customers),
        customers,
        windows: windows(facts, scope),
        breaks: breaks(facts, scope, index),
        unscheduled: unscheduled(facts, scope),
        requests: requests(facts, scope),
        overrides: overrides(facts, scope),
        open_days,
        closed_days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Command, Event, Recorded, decide};
    use crate::report::facts::walk;
    use chrono::TimeZone;

    fn hall() -> Hall {
        Hall::sample()
    }

    /// 2 March 2026 (a Monday) at a time in Budapest.
    fn at(h: u32, m: u32) -> Instant {
        chrono_tz::Europe::Budapest
            .with_ymd_and_hms(2026, 3, 2, h, m, 0)
            .single()
            .map(|t| t.with_timezone(&chrono::Utc))
            .unwrap_or_default()
    }

    /// Runs commands at their times and records what they yield.
    fn log(steps: &[(Instant, Command)]) -> Vec<Recorded> {
        let hall = hall();
        let mut state = crate::domain::State::new();
        let mut out = Vec::new();
        for (t, cmd) in steps {
            for e in decide(&hall, &state, cmd, *t, None).unwrap_or_default() {
                state.apply(*t, &e);
                out.push(Recorded {
                    seq: out.len() as u64 + 1,
                    at: *t,
                    origin: "test".into(),
                    event: e,
                    user: None,
                });
            }
        }
        out
    }

    fn day() -> Period {
        Period::day(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default())
    }

    #[test]
    fn nothing_gives_no_figure_and_never_a_nan() {
        let hall = hall();
        let facts = Facts::default();
        let filter = Filter::default();
        let scope = Scope::new(&hall, day(), at(20, 0), By::Window, &filter);
        let f = figures(&facts, &scope, &TicketIndex::new(&facts));
        assert_eq!(f.customers.total.issued, 0);
        assert_eq!(f.customers.total.wait.mean, None);
        assert_eq!(f.customers.total.within_target, None);
        assert_eq!(f.windows.total.busy_share, None);
        assert_eq!(f.breaks.total, Breaks::default());
        assert!(f.customers.groups.is_empty());
        assert_eq!((f.open_days, f.closed_days.len()), (0, 1));
        let json = serde_json::to_string(&f).unwrap_or_default();
        assert!(!json.contains("NaN") && !json.contains("inf"));
    }

    #[test]
    fn a_transferred_customer_counts_once_with_the_first_wait() {
        use crate::domain::{ServiceCode, TransferTo, WindowId};
        let a = ServiceCode::new("A");
        let events = log(&[
            (
                at(8, 0),
                Command::OpenWindow {
                    window: WindowId(1),
                    staff: None,
                },
            ),
            (
                at(8, 0),
                Command::OpenWindow {
                    window: WindowId(2),
                    staff: None,
                },
            ),
            (
                at(9, 0),
                Command::IssueTicket {
                    service: a.clone(),
                    window: None,
                },
            ),
            (
                at(9, 6),
                Command::CallNext {
                    window: WindowId(1),
                },
            ),
            (
                at(9, 10),
                Command::Transfer {
                    window: WindowId(1),
                    to: TransferTo::Window(WindowId(2)),
                },
            ),
            (
                at(9, 30),
                Command::CallNext {
                    window: WindowId(2),
                },
            ),
            (
                at(9, 33),
                Command::Serve {
                    window: WindowId(2),
                },
            ),
        ]);
        let hall = hall();
        let facts = walk(&hall, &events);
        let filter = Filter::default();
        let scope = Scope::new(&hall, day(), at(20, 0), By::Window, &filter);
        let c = customers(&facts, &scope);
        assert_eq!(
            (c.total.issued, c.total.served, c.total.transferred),
            (1, 1, 1)
        );
        assert_eq!(c.total.wait.mean, Some(6.0));
        // From the last call to the end of the service.
        assert_eq!(c.total.service.mean, Some(3.0));
        // The customer belongs to the window that called them first.
        assert_eq!(c.groups.len(), 1);
        assert_eq!(c.groups[0].key, Key::Window(WindowId(1)));
        let w = windows(&facts, &scope);
        let busy: Vec<f64> = w.groups.iter().map(|g| g.figures.busy_minutes).collect();
        assert_eq!(busy, [4.0, 3.0]);
        assert!(
            !events
                .iter()
                .any(|r| matches!(r.event, Event::TicketsExpired { .. }))
        );
    }

    #[test]
    fn intervals_are_laid_from_the_opening_time() {
        let hall = hall();
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        assert_eq!(interval_start(&hall, at(8, 14)), t(8, 0));
        assert_eq!(interval_start(&hall, at(8, 30)), t(8, 30));
        assert_eq!(interval_start(&hall, at(7, 50)), t(7, 30));
        assert_eq!(interval_start(&hall, at(23, 59)), t(23, 30));
        assert_eq!(Key::Interval(t(9, 30)).id(), "09:30");
        assert_eq!(Key::Weekday(7).id(), "sun");
        assert_eq!(Key::NoStaff.id(), "none");
    }
}
