//! A busy hall's weeks, made with the domain's own commands: customers
//! arrive by a day's profile, windows call and serve them, breaks are planned,
//! published, warned about (or not), started late now and then, run over,
//! and cut into by unscheduled breaks; supervisors override the rules when
//! the day demands it, so cutoffs are kept and, a few times, broken. Seeded
//! and reproducible. The report's benchmark and its tests use it; nothing
//! here is a report figure.

use crate::domain::{
    BreakId, BreakReason, Command, Event, Hall, Instant, Override, Refusal, ServiceCode, State,
    TicketStatus, TransferTo, WindowId, decide,
};
use crate::sim::rng::Rng;

pub mod quality;
use crate::staffing::local;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// What to make.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub first_day: NaiveDate,
    pub days: u32,
    /// Customers on an ordinary weekday; Saturdays get half, Sundays none.
    pub tickets_per_day: u32,
    /// Every day an ordinary weekday, Sundays included (for the benchmark).
    pub every_day: bool,
    pub seed: u64,
}

/// The services: code, name, target wait, mean service minutes, share of
/// customers.
/// Loans wait in front of one window each (per-window queues).
const SERVICES: [(&str, &str, u32, f64, f64); 3] = [
    ("A", "Cash desk", 10, 3.5, 0.60),
    ("B", "Accounts and cards", 15, 6.0, 0.28),
    ("C", "Loans", 20, 12.0, 0.12),
];

/// The day's shape: each hour's share of an ordinary day's customers, from
/// 08:00 to 18:00.
const PROFILE: [f64; 10] = [0.07, 0.09, 0.11, 0.13, 0.13, 0.11, 0.09, 0.10, 0.11, 0.06];

/// How many windows a hall of this size has: at the peak, breaks aside,
/// some five in six of them busy.
pub fn windows_for(tickets_per_day: u32) -> u32 {
    let mean: f64 = SERVICES.iter().map(|s| s.3 * s.4).sum();
    let peak_per_minute = f64::from(tickets_per_day) * 0.13 / 60.0;
    ((peak_per_minute * mean / 0.85).ceil() as u32).max(4)
}

/// The hall's config file.
pub fn config(tickets_per_day: u32) -> String {
    let n = windows_for(tickets_per_day);
    let concurrent = n.div_ceil(4).max(1);
    let mut s = format!(
        "# A busy hall for the report's benchmark and tests.\n\
         [hall]\nname = \"Market Square Savings Bank\"\ntime_zone = \"Europe/Budapest\"\nlanguage = \"en\"\nlanguages = [\"en\", \"hu\"]\n\n\
         [hours]\nopen = \"08:00\"\nclose = \"18:00\"\n\n\
         [breaks]\nwarn_lead_minutes = 15\nmin_open_per_service = 1\nmax_concurrent = {concurrent}\nmax_length_minutes = 45\n\n\
         [forecast]\ninterval_minutes = 30\nhistory_weeks = 4\n\n"
    );
    for (code, name, target, mean, share) in SERVICES {
        let per_hour: Vec<String> = PROFILE
            .iter()
            .enumerate()
            .map(|(h, p)| {
                format!(
                    "\"{:02}:00\" = {:.1}",
                    8 + h,
                    f64::from(tickets_per_day) * p * share
                )
            })
            .collect();
        let queue = if code == "C" { "per-window" } else { "shared" };
        s.push_str(&format!(
            "[[services]]\ncode = \"{code}\"\nname = \"{name}\"\ntarget_wait_minutes = {target}\nmean_service_minutes = {mean}\nqueue = \"{queue}\"\narrivals_per_hour = {{ {} }}\n\n",
            per_hour.join(", ")
        ));
    }
    for w in 1..=n {
        let services = match w % 4 {
            0 => "\"B\", \"C\"",
            1 => "\"A\"",
            2 => "\"A\", \"B\"",
            _ => "\"A\", \"C\"",
        };
        s.push_str(&format!(
            "[[windows]]\nid = {w}\nname = \"Window {w}\"\nservices = [{services}]\n\n"
        ));
    }
    for w in 1..=n {
        s.push_str(&format!(
            "[[staff]]\nid = \"s{w}\"\nname = \"{}\"\nwindow = {w}\n\n",
            staff_name(w)
        ));
    }
    s
}

fn staff_name(w: u32) -> String {
    const FIRST: [&str; 8] = [
        "Anna", "Béla", "Olena", "Dmitry", "Eszter", "Ivan", "Kata", "Petro",
    ];
    const LAST: [&str; 6] = ["Kovács", "Nagy", "Shevchenko", "Orlov", "Tóth", "Bondar"];
    format!(
        "{} {}",
        FIRST[(w as usize - 1) % FIRST.len()],
        LAST[(w as usize - 1) / FIRST.len() % LAST.len()]
    )
}

/// Supervisors who let things through, and their reasons.
const SUPERVISORS: [&str; 2] = ["Eva Horváth", "Mykola Lysenko"];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Act {
    Arrive(usize),
    /// A window looks for what to do next.
    Free(WindowId),
    Finish(WindowId, u8),
    Warn(WindowId, BreakId),
    Back(WindowId),
    Unscheduled(WindowId, u8, u32),
    GiveUp(crate::domain::TicketId),
    Close,
}

#[derive(Clone, Debug, Default)]
struct Win {
    serving: bool,
    away: bool,
    /// The planned break the cashier means to start, and from when.
    next_break: Option<(Instant, BreakId)>,
    /// An unscheduled break the cashier means to take.
    unscheduled: Option<(u8, u32)>,
    tries: u32,
    closed: bool,
}

struct Day<'a> {
    hall: &'a Hall,
    state: &'a mut State,
    out: Vec<(Instant, Event)>,
    rng: &'a mut Rng,
    agenda: BinaryHeap<Reverse<(Instant, u64, Act)>>,
    seq: u64,
    windows: BTreeMap<WindowId, Win>,
    closing_time: bool,
}

/// Every day's events, each day on its own.
pub fn generate(hall: &Hall, p: &Params) -> Vec<Vec<(Instant, Event)>> {
    let mut state = State::new();
    let mut rng = Rng::from_seed(p.seed);
    let mut days = Vec::new();
    for i in 0..p.days {
        let day = p.first_day + Duration::days(i64::from(i));
        let load = match day.weekday() {
            _ if p.every_day => 1.0,
            Weekday::Sun => 0.0,
            Weekday::Sat => 0.5,
            _ => 1.0,
        };
        if load == 0.0 {
            days.push(Vec::new());
            continue;
        }
        let mut d = Day {
            hall,
            state: &mut state,
            out: Vec::new(),
            rng: &mut rng,
            agenda: BinaryHeap::new(),
            seq: 0,
            windows: BTreeMap::new(),
            closing_time: false,
        };
        d.run(day, f64::from(p.tickets_per_day) * load);
        days.push(d.out);
    }
    days
}

impl Day<'_> {
    fn at(&self, day: NaiveDate, h: u32, m: u32) -> Instant {
        local(
            self.hall,
            day,
            NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN),
        )
    }

    fn push(&mut self, at: Instant, act: Act) {
        self.seq += 1;
        self.agenda.push(Reverse((at, self.seq, act)));
    }

    /// Carries out a command as the hall would, and keeps what it recorded.
    fn exec(
        &mut self,
        at: Instant,
        cmd: Command,
        ovr: Option<&Override>,
    ) -> Result<Vec<Event>, Refusal> {
        let events = decide(self.hall, self.state, &cmd, at, ovr)?;
        for e in &events {
            self.state.apply(at, e);
            self.out.push((at, e.clone()));
            match e {
                Event::BreakStarted { brk } => {
                    if let Some(b) = self.state.breaks.get(brk) {
                        let w = b.window;
                        let due = b.until();
                        let back = due + self.overrun();
                        if let Some(win) = self.windows.get_mut(&w) {
                            win.away = true;
                            win.serving = false;
                        }
                        self.push(back.max(at + Duration::minutes(1)), Act::Back(w));
                    }
                }
                Event::BreakEnded { brk } => {
                    if let Some(w) = self.state.breaks.get(brk).map(|b| b.window) {
                        if let Some(win) = self.windows.get_mut(&w) {
                            win.away = false;
                        }
                        self.push(at, Act::Free(w));
                    }
                }
                _ => {}
            }
        }
        Ok(events)
    }

    fn supervisor(&mut self, why: &str) -> Override {
        Override {
            by: SUPERVISORS[self.rng.below(SUPERVISORS.len())].to_string(),
            reason: why.to_string(),
        }
    }

    fn overrun(&mut self) -> Duration {
        let u = self.rng.uniform();
        let minutes = if u < 0.75 {
            -1.0 + self.rng.uniform() * 2.5
        } else if u < 0.95 {
            3.0 + self.rng.uniform() * 9.0
        } else {
            12.0 + self.rng.uniform() * 13.0
        };
        Duration::seconds((minutes * 60.0) as i64)
    }

    fn run(&mut self, day: NaiveDate, customers: f64) {
        let open = self.at(day, 8, 0);
        let close = self.at(day, 18, 0);
        let ids: Vec<WindowId> = self.hall.windows.iter().map(|w| w.id).collect();
        for w in &ids {
            self.windows.insert(*w, Win::default());
            let _ = self.exec(
                open - Duration::minutes(10),
                Command::OpenWindow {
                    window: *w,
                    staff: None,
                },
                None,
            );
        }
        self.plan_breaks(day, open - Duration::minutes(5));
        self.arrivals(day, customers);
        for w in &ids {
            self.push(open, Act::Free(*w));
            if self.rng.uniform() < 0.25 {
                let at = open + Duration::minutes(60 + self.rng.below(480) as i64);
                let reason = self.rng.below(100);
                let reason = match reason {
                    0..30 => 0,
                    30..60 => 1,
                    60..75 => 2,
                    75..95 => 3,
                    _ => 4,
                };
                let minutes = 5 + self.rng.below(16) as u32;
                self.push(at, Act::Unscheduled(*w, reason, minutes));
            }
        }
        self.push(close + Duration::minutes(20), Act::Close);
        while let Some(Reverse((at, _, act))) = self.agenda.pop() {
            self.act(at, act);
        }
    }

    /// Everyone's breaks: a 30-minute lunch and a 15-minute break later,
    /// staggered in waves as the rules allow; published before opening
    /// (now and then one is added after, and stays unpublished).
    fn plan_breaks(&mut self, day: NaiveDate, at: Instant) {
        let ids: Vec<WindowId> = self.hall.windows.iter().map(|w| w.id).collect();
        let wave = self.hall.policy.max_concurrent_breaks.max(1) as usize;
        let late_add = self.rng.uniform() < 0.3;
        let mut planned = Vec::new();
        for (first, length, gap) in [(11u32, 30i64, 35i64), (15, 15, 20)] {
            for (i, w) in ids.iter().enumerate() {
                // Now and then the last window's short break is added after
                // publishing, and stays unpublished.
                if late_add && i + 1 == ids.len() && first == 15 {
                    continue;
                }
                let start = self.at(day, first, 0) + Duration::minutes(gap * (i / wave) as i64);
                let cmd = Command::PlanBreak {
                    window: *w,
                    start,
                    end: start + Duration::minutes(length),
                    staff: None,
                };
                if let Ok(events) = self.exec(at, cmd, None) {
                    for e in events {
                        if let Event::BreakPlanned { brk, .. } = e {
                            planned.push((*w, brk, start));
                        }
                    }
                }
            }
        }
        let _ = self.exec(at, Command::PublishBreaks { day }, None);
        if late_add && let Some(w) = ids.last() {
            let start = self.at(day, 17, 20);
            if let Ok(events) = self.exec(
                at + Duration::minutes(1),
                Command::PlanBreak {
                    window: *w,
                    start,
                    end: start + Duration::minutes(15),
                    staff: None,
                },
                None,
            ) {
                for e in events {
                    if let Event::BreakPlanned { brk, .. } = e {
                        planned.push((*w, brk, start));
                    }
                }
            }
        }
        let lead = self.hall.policy.warn_lead;
        for (w, brk, start) in planned {
            // Most warn a full lead ahead; some late; some forget.
            let u = self.rng.uniform();
            if u < 0.80 {
                let ahead = lead - Duration::seconds(self.rng.below(180) as i64);
                self.push(start - ahead, Act::Warn(w, brk));
            } else if u < 0.88 {
                let ahead = Duration::minutes(2 + self.rng.below(7) as i64);
                self.push(start - ahead, Act::Warn(w, brk));
            }
            // When the cashier means to go: mostly on time, sometimes late,
            // rarely a little early.
            let v = self.rng.uniform();
            let shift = if v < 0.75 {
                Duration::seconds(self.rng.below(60) as i64)
            } else if v < 0.95 {
                Duration::minutes(3 + self.rng.below(8) as i64)
            } else {
                -Duration::minutes(4)
            };
            let go = start + shift;
            self.push(go, Act::Free(w));
            self.windows.entry(w).or_default().next_break =
                match self.windows.get(&w).and_then(|x| x.next_break) {
                    Some((t, b)) if t < go => Some((t, b)),
                    _ => Some((go, brk)),
                };
        }
    }

    fn arrivals(&mut self, day: NaiveDate, customers: f64) {
        for (h, share) in PROFILE.iter().enumerate() {
            let from = self.at(day, 8 + h as u32, 0);
            for (s, (_, _, _, _, mix)) in SERVICES.iter().enumerate() {
                let mean_gap = 60.0 / (customers * share * mix).max(1e-9);
                let mut t = self.rng.exp(mean_gap);
                while t < 60.0 {
                    self.push(
                        from + Duration::milliseconds((t * 60_000.0) as i64),
                        Act::Arrive(s),
                    );
                    t += self.rng.exp(mean_gap);
                }
            }
        }
    }

    fn act(&mut self, at: Instant, act: Act) {
        match act {
            Act::Arrive(s) => {
                let service = ServiceCode::new(SERVICES[s].0);
                if let Ok(events) = self.exec(
                    at,
                    Command::IssueTicket {
                        service: service.clone(),
                        window: None,
                    },
                    None,
                ) {
                    for e in events {
                        if let Event::TicketIssued { ticket, .. } = e {
                            let patience = 20.0 + self.rng.exp(40.0);
                            self.push(
                                at + Duration::seconds((patience * 60.0) as i64),
                                Act::GiveUp(ticket),
                            );
                        }
                    }
                }
                let idle: Vec<WindowId> = self
                    .windows
                    .iter()
                    .filter(|(_, w)| !w.serving && !w.away && !w.closed)
                    .map(|(id, _)| *id)
                    .collect();
                for w in idle {
                    if self.hall.window_serves(w, &service) {
                        self.push(at, Act::Free(w));
                    }
                }
            }
            Act::Free(w) => self.free(at, w),
            Act::Finish(w, how) => self.finish(at, w, how),
            Act::Warn(w, _) => {
                let _ = self.exec(at, Command::WarnBreak { window: w }, None);
            }
            Act::Back(w) => {
                let _ = self.exec(at, Command::EndBreak { window: w }, None);
            }
            Act::Unscheduled(w, reason, minutes) => {
                if let Some(win) = self.windows.get_mut(&w) {
                    win.unscheduled = Some((reason, minutes));
                }
                self.free(at, w);
            }
            Act::GiveUp(_) if self.closing_time => {}
            Act::GiveUp(ticket) => {
                let label = match self.state.tickets.get(&ticket) {
                    Some(t) if t.status == TicketStatus::Waiting => Some(t.label()),
                    _ => None,
                };
                if let Some(label) = label {
                    let _ = self.exec(at, Command::CancelTicket { label }, None);
                }
            }
            Act::Close => {
                self.closing_time = true;
                let ids: Vec<WindowId> = self.windows.keys().copied().collect();
                for w in ids {
                    self.free(at, w);
                }
            }
        }
    }

    fn reason(code: u8) -> BreakReason {
        match code {
            0 => BreakReason::GoodsReceipt,
            1 => BreakReason::CashCollection,
            2 => BreakReason::TechnicalFault,
            3 => BreakReason::Personal,
            _ => BreakReason::Other("printer jam".into()),
        }
    }

    /// The window is free: the end of the day, a break due, or the next customer.
    fn free(&mut self, at: Instant, w: WindowId) {
        let Some(win) = self.windows.get(&w).cloned() else {
            return;
        };
        if win.serving || win.away || win.closed {
            return;
        }
        if self.closing_time {
            let cmd = Command::CloseWindow { window: w };
            let closed = match self.exec(at, cmd.clone(), None) {
                Ok(_) => true,
                Err(r) if r.class() == crate::domain::RefusalClass::Policy => {
                    let o = self.supervisor("closing time");
                    self.exec(at, cmd, Some(&o)).is_ok()
                }
                Err(_) => false,
            };
            if closed && let Some(x) = self.windows.get_mut(&w) {
                x.closed = true;
            }
            return;
        }
        if let Some((reason, minutes)) = win.unscheduled {
            let cmd = Command::StartBreak {
                window: w,
                reason: Some(Self::reason(reason)),
                minutes: Some(minutes),
                after_service: true,
            };
            let started = match self.exec(at, cmd.clone(), None) {
                Ok(_) => true,
                Err(_) if self.rng.uniform() < 0.5 => {
                    let o = self.supervisor("delivery at the door");
                    self.exec(at, cmd, Some(&o)).is_ok()
                }
                Err(_) => false,
            };
            if let Some(x) = self.windows.get_mut(&w) {
                x.unscheduled = None;
            }
            if started {
                return;
            }
        }
        if let Some((go, brk)) = win.next_break
            && at >= go
            && self.try_break(at, w, brk)
        {
            return;
        }
        match self.exec(at, Command::CallNext { window: w }, None) {
            Ok(events) => {
                let ticket = events.iter().find_map(|e| match e {
                    Event::TicketCalled { ticket, .. } => Some(*ticket),
                    _ => None,
                });
                let service = ticket
                    .and_then(|t| self.state.tickets.get(&t))
                    .map(|t| t.service.clone());
                let mean = service
                    .as_ref()
                    .and_then(|s| SERVICES.iter().find(|x| x.0 == s.0))
                    .map_or(4.0, |x| x.3);
                let u = self.rng.uniform();
                let (how, minutes) = if u < 0.03 {
                    (1, 0.5 + self.rng.uniform())
                } else if u < 0.06 {
                    (2, mean * 0.5)
                } else {
                    let z = self.rng.normal();
                    (0, mean * (0.5 * z - 0.125).exp())
                };
                if let Some(x) = self.windows.get_mut(&w) {
                    x.serving = true;
                }
                self.push(
                    at + Duration::milliseconds((minutes.max(0.3) * 60_000.0) as i64),
                    Act::Finish(w, how),
                );
            }
            Err(_) => {
                // Nobody to call (or past the cutoff): wait for the next
                // arrival, or for the break.
                if let Some((go, _)) = win.next_break
                    && at >= go
                {
                    self.push(at + Duration::minutes(2), Act::Free(w));
                }
            }
        }
    }

    /// Tries to start the planned break; true when the window has gone (or
    /// the break waits for the service in progress).
    fn try_break(&mut self, at: Instant, w: WindowId, brk: BreakId) -> bool {
        let cmd = Command::StartBreak {
            window: w,
            reason: None,
            minutes: None,
            after_service: true,
        };
        let result = self.exec(at, cmd.clone(), None);
        let refusal = match result {
            Ok(_) => {
                self.next_planned(w, brk);
                return true;
            }
            Err(r) => r,
        };
        let tries = self.windows.get(&w).map_or(0, |x| x.tries);
        if let Some(x) = self.windows.get_mut(&w) {
            x.tries += 1;
        }
        let ovr = match refusal {
            Refusal::NotWarned { .. } => {
                if self.rng.uniform() < 0.6 {
                    Some(self.supervisor("queue not told in time; break overdue"))
                } else {
                    // Warn now, late, and go once the promised are served.
                    let _ = self.exec(at, Command::WarnBreak { window: w }, None);
                    None
                }
            }
            Refusal::PromisedWaiting { .. } => {
                let late = self
                    .state
                    .breaks
                    .get(&brk)
                    .is_some_and(|b| at - b.start > Duration::minutes(4));
                (self.rng.uniform() < if late { 0.5 } else { 0.25 })
                    .then(|| self.supervisor("relief cashier late; colleague covers"))
            }
            Refusal::MaxConcurrentBreaks { .. } | Refusal::MinOpenWindows { .. } => {
                (tries >= 3).then(|| self.supervisor("break overdue"))
            }
            _ => {
                // The break is gone (missed, cancelled): look for the next one.
                self.next_planned(w, brk);
                return false;
            }
        };
        if let Some(o) = ovr
            && self.exec(at, cmd, Some(&o)).is_ok()
        {
            self.next_planned(w, brk);
            return true;
        }
        // Serve those promised meanwhile; try again shortly.
        self.push(at + Duration::minutes(2), Act::Free(w));
        false
    }

    /// After a break, the window's next planned one of the day.
    fn next_planned(&mut self, w: WindowId, done: BreakId) {
        let next = self
            .state
            .breaks
            .values()
            .filter(|b| b.window == w && b.id != done && b.started_at.is_none() && !b.cancelled)
            .filter(|b| b.kind == crate::domain::BreakKind::Planned)
            .min_by_key(|b| b.start)
            .map(|b| (b.start, b.id));
        if let Some(x) = self.windows.get_mut(&w) {
            x.tries = 0;
            x.next_break = next.map(|(start, id)| (start + Duration::seconds(30), id));
        }
        if let Some((start, _)) = next {
            self.push(start + Duration::seconds(30), Act::Free(w));
        }
    }

    fn finish(&mut self, at: Instant, w: WindowId, how: u8) {
        let cmd = match how {
            1 => Command::NoShow { window: w },
            2 => {
                let current = self.state.serving(w).map(|t| t.service.0.clone());
                let to = match current.as_deref() {
                    Some("A") => "B",
                    _ => "A",
                };
                Command::Transfer {
                    window: w,
                    to: TransferTo::Service(ServiceCode::new(to)),
                }
            }
            _ => Command::Serve { window: w },
        };
        let _ = self.exec(at, cmd, None);
        if let Some(x) = self.windows.get_mut(&w) {
            x.serving = false;
        }
        // A transfer puts someone back in line: whoever is free calls them.
        if how == 2 {
            let idle: Vec<WindowId> = self
                .windows
                .iter()
                .filter(|(id, x)| **id != w && !x.serving && !x.away && !x.closed)
                .map(|(id, _)| *id)
                .collect();
            for other in idle {
                self.push(at, Act::Free(other));
            }
        }
        let on_break = self
            .state
            .active_break(w)
            .is_some_and(|b| b.started_at.is_some());
        if !on_break {
            self.push(at, Act::Free(w));
        }
    }
}

/// The hall of [`config`], parsed.
pub fn hall(tickets_per_day: u32) -> Hall {
    match crate::config::parse(&config(tickets_per_day), "sample.toml") {
        Ok(c) => c.hall,
        Err(_) => Hall::sample(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_weeks_and_sundays_are_closed() {
        let hall = hall(120);
        let p = Params {
            first_day: NaiveDate::from_ymd_opt(2026, 4, 11).unwrap_or_default(),
            days: 2,
            tickets_per_day: 120,
            every_day: false,
            seed: 3,
        };
        let a = generate(&hall, &p);
        assert_eq!(a, generate(&hall, &p));
        assert!(!a[0].is_empty(), "Saturday is open");
        assert!(a[1].is_empty(), "Sunday is closed");
        let other = generate(&hall, &Params { seed: 4, ..p });
        assert_ne!(a, other);
        // Every event was decided in time order.
        assert!(a[0].windows(2).all(|w| w[0].0 <= w[1].0));
    }

    #[test]
    fn the_config_is_a_valid_hall_of_the_size_asked() {
        let c = crate::config::parse(&config(2000), "sample.toml");
        let Ok(c) = c else {
            panic!("{c:?}");
        };
        assert_eq!(c.hall.windows.len() as u32, windows_for(2000));
        assert!(c.hall.windows.len() >= 25);
    }
}
