//! The embedded demo hall: a bank branch whose day is laid around the current time,
//! so whoever starts frontdesk, whenever, sees open windows, a queue, a break on,
//! a window closing and a warning due within the first minute.

use crate::config::{self, Config};
use crate::domain::{
    ArrivalRate, Command, Entitlement, Event, Hall, Instant, ServiceCode, State, WindowId, decide,
};
use crate::store::{Log, StoreError};
use chrono::{Duration, DurationRound, NaiveTime, Timelike};
use std::path::Path;

const SOURCE: &str = include_str!("../assets/demo/hall.toml");

/// A demo log untouched for this long is laid afresh: yesterday's queue is no demo.
const STALE_AFTER_HOURS: i64 = 3;

/// The demo hall's config. It is embedded and tested, so a failure here is a bug in
/// the build, reported as the config error it is.
pub fn config() -> Config {
    match config::parse(SOURCE, "demo/hall.toml") {
        Ok(mut c) => {
            c.hall.demo = true;
            c
        }
        Err(e) => panic!("the embedded demo hall is invalid: {e}"),
    }
}

/// The hour the demo's config is written for: every clock time in it moves with
/// the real clock, so that this moment of the demo day is always about now.
const ANCHOR_MINUTES: i64 = 12 * 60 + 30;

/// The demo hall's config with its day laid around `now`: opening hours,
/// shifts, entitled breaks and the arrival profile all move by the distance
/// from 12:30 to now (to the quarter hour), and stay inside the calendar day.
/// At 23:00 the hall is open from 18:30 to midnight; at 01:00, from midnight.
pub fn config_at(now: Instant) -> Config {
    let mut c = config();
    let local = now.with_timezone(&c.hall.tz).time();
    let minutes = i64::from(local.hour() * 60 + local.minute());
    let offset = minutes - minutes % 15 - ANCHOR_MINUTES;
    let last = NaiveTime::from_hms_opt(23, 59, 0).unwrap_or_default();
    let moved = |t: NaiveTime| {
        let m = i64::from(t.hour() * 60 + t.minute()) + offset;
        if m >= 24 * 60 {
            last
        } else {
            NaiveTime::MIN + Duration::minutes(m.max(0))
        }
    };
    let hall = &mut c.hall;
    hall.hours.open = moved(hall.hours.open);
    hall.hours.close = moved(hall.hours.close);
    for service in &mut hall.services {
        let mut arrivals: Vec<ArrivalRate> = Vec::new();
        for r in &service.arrivals {
            let from = moved(r.from);
            // Several entries pushed to midnight: the last one is in force then.
            arrivals.retain(|x| x.from != from);
            arrivals.push(ArrivalRate { from, ..*r });
        }
        service.arrivals = arrivals;
    }
    let hours = hall.hours.clone();
    for staff in &mut hall.staff {
        if let Some(shift) = &mut staff.shift {
            shift.open = moved(shift.open).max(hours.open);
            shift.close = moved(shift.close).min(hours.close);
        }
        let shift = staff.shift_or(&hours).clone();
        staff.breaks = staff
            .breaks
            .iter()
            .map(|e| Entitlement {
                earliest: moved(e.earliest).max(shift.open),
                latest: moved(e.latest).min(shift.close),
                length: e.length,
            })
            // An entitlement pushed past midnight is the next day's.
            .filter(|e| e.latest - e.earliest >= e.length)
            .collect();
    }
    c
}

/// Opens the demo log, laying a fresh day when asked, when it is new or stale.
pub fn open(path: &Path, hall: Hall, now: Instant, reset: bool) -> Result<Log, StoreError> {
    if !reset && path.exists() {
        let log = Log::open(path, hall.clone())?;
        let last = log.tail(1)?.pop().map(|r| r.at);
        if last.is_some_and(|at| now - at < Duration::hours(STALE_AFTER_HOURS)) {
            return Ok(log);
        }
    }
    remove_log(path)?;
    let mut log = Log::open(path, hall.clone())?;
    log.append_unchecked(history(&hall, now), "demo")?;
    Ok(log)
}

/// Deletes a log and its WAL side files.
pub fn remove_log(path: &Path) -> Result<(), StoreError> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(StoreError::Io {
                    path: p.into(),
                    source,
                });
            }
        }
    }
    Ok(())
}

/// A small deterministic generator: the demo looks the same every time it is laid.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in 0..n.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A planned break, in minutes relative to now.
struct PlanItem {
    window: u32,
    start: i64,
    minutes: i64,
}

/// The demo's break plan around now (minutes): one done, one on, one closing, one
/// whose warning is due, and the afternoon's.
const PLAN: [PlanItem; 6] = [
    PlanItem {
        window: 2,
        start: -100,
        minutes: 30,
    },
    PlanItem {
        window: 4,
        start: -17,
        minutes: 30,
    },
    PlanItem {
        window: 3,
        start: 6,
        minutes: 30,
    },
    PlanItem {
        window: 1,
        start: 14,
        minutes: 30,
    },
    PlanItem {
        window: 2,
        start: 75,
        minutes: 30,
    },
    PlanItem {
        window: 4,
        start: 140,
        minutes: 30,
    },
];

/// The demo day's history up to `now`, decided by the real rules minute by minute.
pub fn history(hall: &Hall, now: Instant) -> Vec<(Instant, Event)> {
    let now = now.duration_trunc(Duration::minutes(1)).unwrap_or(now);
    let start = now - Duration::minutes(150);
    let mut sim = Sim {
        hall,
        state: State::new(),
        out: Vec::new(),
        dice: Dice(0x5eed_f00d_cafe_d00d),
    };
    let at = |m: i64| start + Duration::minutes(m);
    for w in &hall.windows {
        sim.run(
            at(0),
            Command::OpenWindow {
                window: w.id,
                staff: None,
            },
        );
    }
    for p in &PLAN {
        let s = now + Duration::minutes(p.start);
        sim.run(
            at(0),
            Command::PlanBreak {
                window: WindowId(p.window),
                start: s,
                end: s + Duration::minutes(p.minutes),
                staff: None,
            },
        );
    }
    let day = now.with_timezone(&hall.tz).date_naive();
    sim.run(at(0), Command::PublishBreaks { day });
    if start.with_timezone(&hall.tz).date_naive() != day {
        sim.run(
            at(0),
            Command::PublishBreaks {
                day: start.with_timezone(&hall.tz).date_naive(),
            },
        );
    }

    // When each window's current customer will be done, in minutes from `start`.
    let mut busy_until: Vec<(WindowId, i64)> = Vec::new();
    for m in 0..150 {
        let t = at(m);
        // Arrivals grow towards now so that a queue stands when the demo opens.
        let per_hour = if m < 110 { 24 } else { 48 };
        let arrivals =
            (sim.dice.below(120) < per_hour) as u32 + (sim.dice.below(120) < per_hour / 3) as u32;
        for _ in 0..arrivals {
            let roll = sim.dice.below(100);
            let code = if roll < 60 {
                "A"
            } else if roll < 85 {
                "B"
            } else {
                "C"
            };
            sim.run(
                t,
                Command::IssueTicket {
                    service: ServiceCode::new(code),
                    window: None,
                },
            );
        }
        for p in &PLAN {
            let w = WindowId(p.window);
            let (s, e) = (p.start + 150, p.start + 150 + p.minutes);
            if m == s - 12 {
                sim.run(t, Command::WarnBreak { window: w });
            }
            if m >= s && m < e {
                sim.run(
                    t,
                    Command::StartBreak {
                        window: w,
                        reason: None,
                        minutes: None,
                        after_service: true,
                    },
                );
            }
            if m == e {
                sim.run(t, Command::EndBreak { window: w });
            }
        }
        for spec in &hall.windows {
            let w = spec.id;
            let done = busy_until.iter().find(|(x, _)| *x == w).map(|(_, u)| *u);
            if sim.state.window(w).serving.is_some() && done.is_some_and(|u| u <= m) {
                let cmd = if sim.dice.below(25) == 0 {
                    Command::NoShow { window: w }
                } else {
                    Command::Serve { window: w }
                };
                sim.run(t, cmd);
            }
            if sim.state.window(w).serving.is_none()
                && sim.state.window_phase(w, t).takes_customers()
                && sim.run(t, Command::CallNext { window: w })
            {
                let mean = sim
                    .state
                    .serving(w)
                    .map(|tk| hall.mean_service(&tk.service).num_minutes())
                    .unwrap_or(4);
                let length = (mean / 2 + sim.dice.below(mean as u64 + 1) as i64).max(1);
                busy_until.retain(|(x, _)| *x != w);
                busy_until.push((w, m + length));
            }
        }
    }
    // Window 2's cashier has just asked for a break to receive a delivery:
    // the supervisor's live hall has a request to answer.
    sim.run(
        at(146),
        Command::RequestBreak {
            window: WindowId(2),
            reason: crate::domain::BreakReason::GoodsReceipt,
            minutes: Some(15),
        },
    );
    // The day's quality record, in time order with the hall's events.
    let mut out = sim.out;
    let quality = crate::feedback::demo::history(hall, &out, now);
    out.extend(quality);
    out.sort_by_key(|(at, _)| *at);
    out
}

struct Sim<'a> {
    hall: &'a Hall,
    state: State,
    out: Vec<(Instant, Event)>,
    dice: Dice,
}

impl Sim<'_> {
    /// Runs a command through the real rules; a refusal simply does not happen.
    fn run(&mut self, at: Instant, cmd: Command) -> bool {
        match decide(self.hall, &self.state, &cmd, at, None) {
            Ok(events) => {
                for e in events {
                    self.state.apply(at, &e);
                    self.out.push((at, e));
                }
                true
            }
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    /// Whenever the demo starts, now is inside its opening hours, and every
    /// shift and entitled break it lists is one the config rules would accept.
    #[test]
    fn the_demo_day_is_laid_around_any_hour() {
        // Every quarter hour of a winter day and of the spring-forward day.
        for (y, m, d) in [(2026, 12, 1), (2026, 3, 29)] {
            let midnight = Utc
                .with_ymd_and_hms(y, m, d, 0, 0, 0)
                .single()
                .unwrap_or_default();
            for q in 0..96 {
                let now = midnight + Duration::minutes(q * 15 + 7);
                let hall = config_at(now).hall;
                let local = now.with_timezone(&hall.tz).time();
                let (open, close) = (hall.hours.open, hall.hours.close);
                assert!(open < close, "{now}: {open}–{close}");
                assert!(
                    open <= local && local <= close,
                    "{now}: {local} not in {open}–{close}"
                );
                for s in &hall.staff {
                    let shift = s.shift_or(&hall.hours);
                    assert!(open <= shift.open && shift.close <= close && shift.open < shift.close);
                    for e in &s.breaks {
                        assert!(
                            shift.open <= e.earliest && e.latest <= shift.close,
                            "{now}: {e:?}"
                        );
                        assert!(e.latest - e.earliest >= e.length, "{now}: {e:?}");
                    }
                }
                for svc in &hall.services {
                    assert!(
                        svc.arrivals.windows(2).all(|w| w[0].from < w[1].from),
                        "{now}"
                    );
                    assert!(svc.arrivals_per_hour(local) > 0.0, "{now}: nobody comes");
                }
            }
        }
    }

    #[test]
    fn at_half_past_twelve_the_demo_is_as_written() {
        let now = Utc
            .with_ymd_and_hms(2026, 12, 1, 11, 31, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(config_at(now).hall, config().hall);
    }
}
