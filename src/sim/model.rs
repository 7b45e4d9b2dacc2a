//! What is simulated: services with their arrivals and visit lengths, windows with
//! the services they handle and their hours, and the breaks of the day. Times are
//! minutes from the start of the simulated day (the hall's opening when built from
//! a hall).

use crate::config::LateBreakEnd;
use crate::domain::{Hall, Instant, QueueMode, ServiceCode, ServiceTime, WindowId};
use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// Fewer served visits than this in the log and an empirical service time falls
/// back to the exponential.
pub const MIN_EMPIRICAL_SAMPLES: usize = 30;

/// How long one visit lasts, in minutes.
#[derive(Clone, Debug, PartialEq)]
pub enum Dist {
    Exponential {
        mean: f64,
    },
    /// `cv` is the standard deviation over the mean.
    Lognormal {
        mean: f64,
        cv: f64,
    },
    Deterministic {
        mean: f64,
    },
    /// Drawn uniformly from these recorded lengths.
    Empirical {
        samples: Vec<f64>,
    },
}

impl Dist {
    pub fn mean(&self) -> f64 {
        match self {
            Dist::Exponential { mean } | Dist::Deterministic { mean } => *mean,
            Dist::Lognormal { mean, .. } => *mean,
            Dist::Empirical { samples } => {
                samples.iter().sum::<f64>() / samples.len().max(1) as f64
            }
        }
    }
}

/// Arrivals per minute from minute `from` until the next entry's `from`.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Rate {
    pub from: f64,
    pub per_minute: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceModel {
    pub code: String,
    /// The arrival profile, earliest first: a Poisson process whose rate is
    /// piecewise constant. Nobody arrives before the first entry.
    pub rates: Vec<Rate>,
    pub service_time: Dist,
    /// The mean patience of a waiting customer (exponential), if they ever leave.
    pub patience: Option<f64>,
    pub queue: QueueMode,
    /// The longest wait the hall aims for: the service level counts waits up to it.
    pub target_wait: f64,
    /// The mean a closing window uses for its cutoff, as the product does.
    pub cutoff_mean: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowModel {
    pub id: u32,
    pub name: Option<String>,
    /// Indexes into [`Model::services`].
    pub services: Vec<usize>,
    /// When the window starts calling.
    pub open: f64,
    /// When it stops calling new customers; the one in service is finished. A
    /// window open until the end of the day ([`Model::day_length`]) goes on
    /// serving whoever is still waiting when the doors close.
    pub close: f64,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub struct BreakModel {
    /// Index into [`Model::windows`].
    pub window: usize,
    pub start: f64,
    pub end: f64,
}

/// One recorded arrival, for a replay.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Arrival {
    pub at: f64,
    /// Index into [`Model::services`].
    pub service: usize,
    /// The visit's length in minutes.
    pub duration: f64,
    /// The window the ticket waits for, if fixed (else chosen as the product does).
    pub window: Option<usize>,
    /// How long this customer waits before leaving, if they would.
    pub patience: Option<f64>,
}

/// How model minutes map to the hall's clock, for reports and traces.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct DayClock {
    pub day: NaiveDate,
    pub tz: Tz,
    /// The instant of minute 0.
    pub origin: Instant,
}

impl DayClock {
    /// The clock of a day in a hall: minute 0 is its opening.
    pub fn for_hall(hall: &Hall, day: NaiveDate) -> Result<DayClock, ModelError> {
        match hall.tz.from_local_datetime(&day.and_time(hall.hours.open)) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => Ok(DayClock {
                day,
                tz: hall.tz,
                origin: x.to_utc(),
            }),
            LocalResult::None => Err(ModelError::NoOpening(day)),
        }
    }

    pub fn instant(&self, minute: f64) -> Instant {
        self.origin + Duration::milliseconds((minute * 60_000.0).round() as i64)
    }

    /// Minutes from the origin to an instant.
    pub fn minute(&self, at: Instant) -> f64 {
        (at - self.origin).num_milliseconds() as f64 / 60_000.0
    }

    /// A wall-clock time on the day, in model minutes. On the day clocks go back
    /// the earlier reading is meant; a time skipped when they go forward is `None`.
    pub fn minute_of(&self, t: NaiveTime) -> Option<f64> {
        match self.tz.from_local_datetime(&self.day.and_time(t)) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => Some(self.minute(x.to_utc())),
            LocalResult::None => None,
        }
    }

    /// Hall time of a model minute, "HH:MM:SS".
    pub fn hms(&self, minute: f64) -> String {
        self.instant(minute)
            .with_timezone(&self.tz)
            .format("%H:%M:%S")
            .to_string()
    }

    /// Hall time of a model minute to the millisecond, "HH:MM:SS.sss": a
    /// model instant is kept to the millisecond, so this is all of it.
    pub fn hms_millis(&self, minute: f64) -> String {
        self.instant(minute)
            .with_timezone(&self.tz)
            .format("%H:%M:%S%.3f")
            .to_string()
    }

    /// Hall time of a model minute, "HH:MM".
    pub fn hm(&self, minute: f64) -> String {
        self.instant(minute)
            .with_timezone(&self.tz)
            .format("%H:%M")
            .to_string()
    }
}

/// Something the model builder decided on the user's behalf; reports show these.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum Note {
    /// Too few served visits in the log for an empirical service time.
    EmpiricalFallback { service: String, samples: usize },
    /// A break outside its window's hours, or not on the simulated day, is left out.
    BreakIgnored { window: u32, start: f64, end: f64 },
}

/// A whole simulated day.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub services: Vec<ServiceModel>,
    pub windows: Vec<WindowModel>,
    /// Sorted by window, then start; a window's breaks do not overlap.
    pub breaks: Vec<BreakModel>,
    /// Arrivals stop here (the hall's closing); those still waiting are served
    /// by the windows open until then.
    pub day_length: f64,
    /// Only customers arriving from this minute on are counted, so that long
    /// validation runs can leave out the empty start.
    pub warmup: f64,
    /// The length of one reporting interval for waits by interval.
    pub interval: f64,
    /// How long before a break the queue is warned and the cutoff is set.
    pub warn_lead: f64,
    pub late_break_end: LateBreakEnd,
    /// Recorded arrivals to replay instead of drawing Poisson ones.
    pub replay: Option<Vec<Arrival>>,
    pub clock: Option<DayClock>,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ModelError {
    #[error("the model has no windows")]
    NoWindows,
    #[error("window {0} handles no service")]
    WindowWithoutService(u32),
    #[error("window {window} refers to service #{service}, which the model does not have")]
    UnknownService { window: u32, service: usize },
    #[error("service {0}: the mean service time must be above zero")]
    BadServiceTime(String),
    #[error("service {0}: arrival rates must be finite and not negative, in time order")]
    BadRates(String),
    #[error("service {0}: patience must be above zero")]
    BadPatience(String),
    #[error("a break of window {window} must end after it starts")]
    BadBreak { window: u32 },
    #[error("break for window #{0}, which the model does not have")]
    UnknownBreakWindow(usize),
    #[error("two breaks of window {0} overlap")]
    OverlappingBreaks(u32),
    #[error("no service has arrivals")]
    NoArrivals,
    #[error("the day must have a positive length")]
    BadDay,
    #[error("a recorded arrival is not valid (index {0})")]
    BadArrival(usize),
    #[error("the simulated day {0} does not exist in the hall's time zone at opening")]
    NoOpening(NaiveDate),
}

/// What [`Model::from_hall`] takes beyond the hall's config.
#[derive(Clone, Debug, Default)]
pub struct HallExtras {
    pub late_break_end: LateBreakEnd,
    /// Recorded service lengths in minutes, per service, for `empirical`.
    pub empirical: BTreeMap<ServiceCode, Vec<f64>>,
}

/// A break to simulate, as the plan or the log gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedBreak {
    pub window: WindowId,
    pub start: Instant,
    pub end: Instant,
}

impl Model {
    /// The model of one day in a configured hall: its services, their arrival
    /// profiles (`arrivals_per_hour`), service times and patience; its windows,
    /// open during the hall's hours narrowed to the shift of the staff member
    /// whose window it is; and the given breaks.
    pub fn from_hall(
        hall: &Hall,
        day: NaiveDate,
        breaks: &[PlannedBreak],
        extras: &HallExtras,
    ) -> Result<Model, ModelError> {
        let clock = DayClock::for_hall(hall, day)?;
        // A time that does not exist on the day (clocks going forward) is read
        // an hour later, as wall clocks then show.
        let at = |t: NaiveTime| {
            clock
                .minute_of(t)
                .or_else(|| clock.minute_of(t + Duration::hours(1)))
                .unwrap_or(0.0)
        };
        let day_length = at(hall.hours.close);
        let mut notes = Vec::new();
        let services: Vec<ServiceModel> = hall
            .services
            .iter()
            .map(|s| {
                let mean = s.mean_service.num_milliseconds() as f64 / 60_000.0;
                let service_time = match s.service_time {
                    ServiceTime::Exponential => Dist::Exponential { mean },
                    ServiceTime::Lognormal { cv } => Dist::Lognormal { mean, cv },
                    ServiceTime::Deterministic => Dist::Deterministic { mean },
                    ServiceTime::Empirical => {
                        let samples: Vec<f64> = extras
                            .empirical
                            .get(&s.code)
                            .map(|v| v.iter().copied().filter(|x| *x > 0.0).collect())
                            .unwrap_or_default();
                        if samples.len() >= MIN_EMPIRICAL_SAMPLES {
                            Dist::Empirical { samples }
                        } else {
                            notes.push(Note::EmpiricalFallback {
                                service: s.code.0.clone(),
                                samples: samples.len(),
                            });
                            Dist::Exponential { mean }
                        }
                    }
                };
                let rates = s
                    .arrivals
                    .iter()
                    .map(|r| Rate {
                        from: at(r.from).max(0.0),
                        per_minute: r.per_hour / 60.0,
                    })
                    .collect();
                ServiceModel {
                    code: s.code.0.clone(),
                    rates: merge_rates(rates),
                    service_time,
                    patience: s.patience.map(|p| p.num_milliseconds() as f64 / 60_000.0),
                    queue: s.queue,
                    target_wait: s.target_wait.num_milliseconds() as f64 / 60_000.0,
                    cutoff_mean: mean,
                }
            })
            .collect();
        let windows: Vec<WindowModel> = hall
            .windows
            .iter()
            .map(|w| {
                let staff: Vec<_> = hall
                    .staff
                    .iter()
                    .filter(|s| s.window == Some(w.id))
                    .collect();
                // Anyone working at this window all day keeps it open all day;
                // else it is open from the earliest shift start to the latest end.
                let (open, close) = if staff.is_empty() || staff.iter().any(|s| s.shift.is_none()) {
                    (0.0, day_length)
                } else {
                    let open = staff
                        .iter()
                        .filter_map(|s| s.shift.as_ref())
                        .map(|h| at(h.open))
                        .fold(f64::INFINITY, f64::min);
                    let close = staff
                        .iter()
                        .filter_map(|s| s.shift.as_ref())
                        .map(|h| at(h.close))
                        .fold(f64::NEG_INFINITY, f64::max);
                    (open.max(0.0), close.min(day_length))
                };
                WindowModel {
                    id: w.id.0,
                    name: w.name.clone(),
                    services: w
                        .services
                        .iter()
                        .filter_map(|c| hall.services.iter().position(|s| &s.code == c))
                        .collect(),
                    open,
                    close,
                }
            })
            .collect();
        let mut model_breaks = Vec::new();
        for b in breaks {
            let Some(wi) = windows.iter().position(|w| w.id == b.window.0) else {
                continue;
            };
            let (start, end) = (clock.minute(b.start), clock.minute(b.end));
            let w = &windows[wi];
            if end <= start || end <= w.open || start >= w.close {
                notes.push(Note::BreakIgnored {
                    window: w.id,
                    start,
                    end,
                });
                continue;
            }
            model_breaks.push(BreakModel {
                window: wi,
                start,
                end,
            });
        }
        let mut model = Model {
            services,
            windows,
            breaks: model_breaks,
            day_length,
            warmup: 0.0,
            interval: (hall.forecast.interval.num_minutes() as f64).max(1.0),
            warn_lead: hall.policy.warn_lead.num_milliseconds() as f64 / 60_000.0,
            late_break_end: extras.late_break_end,
            replay: None,
            clock: Some(clock),
            notes,
        };
        model.sort_breaks();
        model.check()?;
        Ok(model)
    }

    /// A textbook M/M/c hall: one service with Poisson arrivals at `per_minute`,
    /// exponential visits of mean `mean`, `c` windows sharing one queue, open
    /// for `minutes`. Tests and benchmarks start from this.
    pub fn mmc(c: usize, per_minute: f64, mean: f64, minutes: f64) -> Model {
        Model {
            services: vec![ServiceModel {
                code: "A".into(),
                rates: vec![Rate {
                    from: 0.0,
                    per_minute,
                }],
                service_time: Dist::Exponential { mean },
                patience: None,
                queue: QueueMode::Shared,
                target_wait: 10.0,
                cutoff_mean: mean,
            }],
            windows: (0..c)
                .map(|i| WindowModel {
                    id: i as u32 + 1,
                    name: None,
                    services: vec![0],
                    open: 0.0,
                    close: minutes,
                })
                .collect(),
            breaks: vec![],
            day_length: minutes,
            warmup: 0.0,
            interval: 30.0,
            warn_lead: 15.0,
            late_break_end: LateBreakEnd::AsPlanned,
            replay: None,
            clock: None,
            notes: vec![],
        }
    }

    /// Orders breaks by window and start, as the engines expect.
    pub fn sort_breaks(&mut self) {
        self.breaks.sort_by(|a, b| {
            a.window
                .cmp(&b.window)
                .then(a.start.total_cmp(&b.start))
                .then(a.end.total_cmp(&b.end))
        });
    }

    /// Whether anyone can arrive at all.
    pub fn has_arrivals(&self) -> bool {
        match &self.replay {
            Some(r) => !r.is_empty(),
            None => self.services.iter().any(|s| {
                s.rates
                    .iter()
                    .any(|r| r.per_minute > 0.0 && r.from < self.day_length)
            }),
        }
    }

    /// Checks that the engines can run this model.
    pub fn check(&self) -> Result<(), ModelError> {
        if self.windows.is_empty() {
            return Err(ModelError::NoWindows);
        }
        if !(self.day_length.is_finite() && self.day_length > 0.0) {
            return Err(ModelError::BadDay);
        }
        for w in &self.windows {
            if w.services.is_empty() {
                return Err(ModelError::WindowWithoutService(w.id));
            }
            if let Some(&s) = w.services.iter().find(|&&s| s >= self.services.len()) {
                return Err(ModelError::UnknownService {
                    window: w.id,
                    service: s,
                });
            }
        }
        for s in &self.services {
            let ok_mean = |m: f64| m.is_finite() && m > 0.0;
            let ok = match &s.service_time {
                Dist::Exponential { mean } | Dist::Deterministic { mean } => ok_mean(*mean),
                Dist::Lognormal { mean, cv } => ok_mean(*mean) && cv.is_finite() && *cv > 0.0,
                Dist::Empirical { samples } => {
                    !samples.is_empty() && samples.iter().all(|x| ok_mean(*x))
                }
            };
            if !ok || !ok_mean(s.cutoff_mean) {
                return Err(ModelError::BadServiceTime(s.code.clone()));
            }
            let rates_ok = s
                .rates
                .iter()
                .all(|r| r.per_minute.is_finite() && r.per_minute >= 0.0 && r.from.is_finite())
                && s.rates.windows(2).all(|p| p[0].from <= p[1].from);
            if !rates_ok {
                return Err(ModelError::BadRates(s.code.clone()));
            }
            if s.patience.is_some_and(|p| !(p.is_finite() && p > 0.0)) {
                return Err(ModelError::BadPatience(s.code.clone()));
            }
        }
        for (i, b) in self.breaks.iter().enumerate() {
            let Some(w) = self.windows.get(b.window) else {
                return Err(ModelError::UnknownBreakWindow(b.window));
            };
            if !(b.start.is_finite() && b.end.is_finite() && b.end > b.start) {
                return Err(ModelError::BadBreak { window: w.id });
            }
            if i > 0 {
                let p = self.breaks[i - 1];
                if p.window > b.window || (p.window == b.window && p.start > b.start) {
                    return Err(ModelError::BadBreak { window: w.id });
                }
                if p.window == b.window && p.end > b.start {
                    return Err(ModelError::OverlappingBreaks(w.id));
                }
            }
        }
        if let Some(arrivals) = &self.replay {
            for (i, a) in arrivals.iter().enumerate() {
                let ok = a.at.is_finite()
                    && a.duration.is_finite()
                    && a.duration >= 0.0
                    && a.service < self.services.len()
                    && a.window.is_none_or(|w| {
                        self.windows
                            .get(w)
                            .is_some_and(|win| win.services.contains(&a.service))
                    })
                    && a.patience.is_none_or(|p| p >= 0.0)
                    && (i == 0 || arrivals[i - 1].at <= a.at);
                if !ok {
                    return Err(ModelError::BadArrival(i));
                }
            }
        }
        Ok(())
    }

    /// The number of reporting intervals of the day.
    pub fn intervals(&self) -> usize {
        ((self.day_length - self.warmup.min(self.day_length)) / self.interval)
            .ceil()
            .max(1.0) as usize
    }
}

/// Rate entries in time order, later ones replacing earlier ones at the same minute.
fn merge_rates(mut rates: Vec<Rate>) -> Vec<Rate> {
    rates.sort_by(|a, b| a.from.total_cmp(&b.from));
    let mut out: Vec<Rate> = Vec::with_capacity(rates.len());
    for r in rates {
        match out.last_mut() {
            Some(last) if last.from == r.from => *last = r,
            _ => out.push(r),
        }
    }
    out
}
