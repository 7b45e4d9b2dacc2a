//! The hall's fixed layout and policies: what the config describes and the rules read.

use super::types::{ServiceCode, StaffId, WindowId};
use chrono::{Duration, NaiveTime};
use chrono_tz::Tz;

/// How tickets of a service wait: in one line for every window, or each in front of
/// one window.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum QueueMode {
    #[default]
    Shared,
    PerWindow,
}

/// How the lengths of one service's visits spread around their mean: what the
/// simulator draws from. Forecasts use only the mean.
#[derive(Copy, Clone, Debug, PartialEq, Default)]
pub enum ServiceTime {
    /// Memoryless, the textbook assumption behind Erlang C.
    #[default]
    Exponential,
    /// Skewed with a long tail, as real counters are; `cv` is the standard
    /// deviation over the mean.
    Lognormal { cv: f64 },
    /// Every visit takes exactly the mean.
    Deterministic,
    /// As the event log recorded them, where it has enough; else exponential.
    Empirical,
}

/// Expected arrivals per hour from a time of day until the next entry; before the
/// first entry nobody is expected.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct ArrivalRate {
    pub from: NaiveTime,
    pub per_hour: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    pub code: ServiceCode,
    pub name: String,
    pub target_wait: Duration,
    /// The expected length of one service before the log has taught us better.
    pub mean_service: Duration,
    pub queue: QueueMode,
    pub service_time: ServiceTime,
    /// The mean time a waiting customer puts up with before leaving, if they do.
    pub patience: Option<Duration>,
    /// The arrival profile over the day, earliest first; empty when unknown.
    pub arrivals: Vec<ArrivalRate>,
}

impl Service {
    /// Expected arrivals per hour at a time of day, by the configured profile.
    pub fn arrivals_per_hour(&self, at: NaiveTime) -> f64 {
        self.arrivals
            .iter()
            .take_while(|r| r.from <= at)
            .last()
            .map_or(0.0, |r| r.per_hour)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowSpec {
    pub id: WindowId,
    /// The label on the hall's signs; without one, screens say "Window 3" in
    /// their own language.
    pub name: Option<String>,
    pub services: Vec<ServiceCode>,
}

/// A break a member of staff is entitled to: its length, and the part of the day
/// it must lie in (it starts no earlier than `earliest` and ends by `latest`).
#[derive(Clone, Debug, PartialEq)]
pub struct Entitlement {
    pub length: Duration,
    pub earliest: NaiveTime,
    pub latest: NaiveTime,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Staff {
    pub id: StaffId,
    pub name: String,
    pub window: Option<WindowId>,
    /// When this person works; the hall's opening hours when not set.
    pub shift: Option<OpeningHours>,
    /// The breaks the plan owes this person each day.
    pub breaks: Vec<Entitlement>,
}

impl Staff {
    /// The working hours, falling back to the hall's.
    pub fn shift_or<'a>(&'a self, hours: &'a OpeningHours) -> &'a OpeningHours {
        self.shift.as_ref().unwrap_or(hours)
    }
}

/// Break rules a supervisor sets; a command that breaks one is refused unless
/// overridden explicitly.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// How long before a break the queue is warned (the seed's 10–15 minutes).
    pub warn_lead: Duration,
    /// Windows that must stay open for each service while someone is on a break.
    pub min_open_per_service: u32,
    /// How many windows may be on a break at the same time.
    pub max_concurrent_breaks: u32,
    pub max_break_length: Duration,
    /// The shortest break worth planning, if the hall sets one.
    pub min_break_length: Option<Duration>,
    /// A break may not start while more people than this wait at the window.
    pub max_queue_to_start: Option<u32>,
    /// An unscheduled break is asked of the supervisor, who approves or
    /// postpones it, rather than taken at the counter.
    pub unscheduled_needs_approval: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            warn_lead: Duration::minutes(15),
            min_open_per_service: 1,
            max_concurrent_breaks: 1,
            max_break_length: Duration::minutes(60),
            min_break_length: None,
            max_queue_to_start: None,
            unscheduled_needs_approval: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct OpeningHours {
    pub open: NaiveTime,
    pub close: NaiveTime,
}

/// How the supervisor's forecast cuts the day and what it learns from.
#[derive(Clone, Debug, PartialEq)]
pub struct Forecasting {
    /// The length of one forecast interval: 15 or 30 minutes.
    pub interval: Duration,
    /// How many past weeks of the log the forecast learns arrivals and service
    /// times from (same weekday); 0 uses the config alone.
    pub history_weeks: u32,
}

impl Default for Forecasting {
    fn default() -> Self {
        Forecasting {
            interval: Duration::minutes(30),
            history_weeks: 8,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hall {
    pub name: String,
    pub tz: Tz,
    pub hours: OpeningHours,
    pub services: Vec<Service>,
    pub windows: Vec<WindowSpec>,
    pub staff: Vec<Staff>,
    pub policy: Policy,
    pub forecast: Forecasting,
    /// The demo hall is marked on every screen so nobody mistakes it for a real one.
    pub demo: bool,
}

impl Hall {
    pub fn service(&self, code: &ServiceCode) -> Option<&Service> {
        self.services.iter().find(|s| &s.code == code)
    }

    pub fn window(&self, id: WindowId) -> Option<&WindowSpec> {
        self.windows.iter().find(|w| w.id == id)
    }

    pub fn staff(&self, id: &StaffId) -> Option<&Staff> {
        self.staff.iter().find(|s| &s.id == id)
    }

    pub fn window_serves(&self, id: WindowId, service: &ServiceCode) -> bool {
        self.window(id)
            .is_some_and(|w| w.services.contains(service))
    }

    /// Windows that handle a service, in the order of the config.
    pub fn windows_for<'a>(
        &'a self,
        service: &'a ServiceCode,
    ) -> impl Iterator<Item = &'a WindowSpec> + 'a {
        self.windows
            .iter()
            .filter(move |w| w.services.contains(service))
    }

    pub fn mean_service(&self, service: &ServiceCode) -> Duration {
        self.service(service)
            .map(|s| s.mean_service)
            .unwrap_or_else(|| Duration::minutes(5))
    }

    /// A small hall used by unit and property tests: three windows, two services.
    #[doc(hidden)]
    pub fn sample() -> Hall {
        let svc = |code: &str, name: &str, mode| Service {
            code: ServiceCode::new(code),
            name: name.into(),
            target_wait: Duration::minutes(10),
            mean_service: Duration::minutes(4),
            queue: mode,
            service_time: ServiceTime::Exponential,
            patience: None,
            arrivals: vec![],
        };
        let win = |id, services: &[&str]| WindowSpec {
            id: WindowId(id),
            name: None,
            services: services.iter().map(|s| ServiceCode::new(s)).collect(),
        };
        Hall {
            name: "Sample hall".into(),
            tz: chrono_tz::Europe::Budapest,
            hours: OpeningHours {
                open: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
                close: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
            },
            services: vec![
                svc("A", "Cash", QueueMode::Shared),
                svc("B", "Accounts", QueueMode::PerWindow),
            ],
            windows: vec![win(1, &["A", "B"]), win(2, &["A"]), win(3, &["A", "B"])],
            staff: vec![],
            policy: Policy::default(),
            forecast: Forecasting::default(),
            demo: false,
        }
    }
}
