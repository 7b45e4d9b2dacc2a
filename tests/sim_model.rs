//! The simulator's model of a configured hall: services, rates, hours, shifts,
//! breaks and daylight-saving days, as `Model::from_hall` builds them.

use chrono::{NaiveDate, TimeZone};
use frontdesk::config::{self, LateBreakEnd};
use frontdesk::domain::{QueueMode, ServiceCode, WindowId};
use frontdesk::sim::{self, Dist, HallExtras, Model, Note, Options, PlannedBreak};
use std::collections::BTreeMap;

const HALL: &str = r#"
[hall]
name = "Test hall"
time_zone = "Europe/Budapest"

[hours]
open = "08:00"
close = "16:00"

[breaks]
warn_lead_minutes = 12

[forecast]
interval_minutes = 15

[[services]]
code = "A"
name = "Cash"
target_wait_minutes = 10
mean_service_minutes = 4.5
service_time = "lognormal"
service_time_cv = 0.4
patience_minutes = 30
arrivals_per_hour = { "07:00" = 5, "09:30" = 30, "12:00" = 0, "13:00" = 12 }

[[services]]
code = "B"
name = "Loans"
target_wait_minutes = 20
mean_service_minutes = 15
queue = "per-window"
service_time = "empirical"

[[windows]]
id = 4
services = ["A", "B"]

[[windows]]
id = 7
name = "Advisor"
services = ["B"]

[[staff]]
id = "x"
name = "X"
window = 7
shift_start = "09:00"
shift_end = "13:30"
"#;

fn hall() -> frontdesk::domain::Hall {
    config::parse(HALL, "t.toml")
        .unwrap_or_else(|e| panic!("{e}"))
        .hall
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

#[test]
fn a_configured_hall_becomes_a_model() {
    let hall = hall();
    let at = |h, m| {
        hall.tz
            .with_ymd_and_hms(2026, 3, 2, h, m, 0)
            .single()
            .map(|t| t.to_utc())
            .unwrap_or_default()
    };
    let breaks = [
        PlannedBreak {
            window: WindowId(4),
            start: at(11, 0),
            end: at(11, 30),
        },
        // After window 7's shift: left out, with a note.
        PlannedBreak {
            window: WindowId(7),
            start: at(14, 0),
            end: at(14, 30),
        },
    ];
    let extras = HallExtras {
        late_break_end: LateBreakEnd::FullLength,
        empirical: BTreeMap::from([(ServiceCode::new("B"), vec![10.0; 5])]),
    };
    let m = Model::from_hall(&hall, day(), &breaks, &extras).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.day_length, 480.0);
    assert_eq!(m.interval, 15.0);
    assert_eq!(m.warn_lead, 12.0);
    assert_eq!(m.late_break_end, LateBreakEnd::FullLength);
    assert_eq!(m.intervals(), 32);
    let a = &m.services[0];
    assert_eq!(a.service_time, Dist::Lognormal { mean: 4.5, cv: 0.4 });
    assert_eq!(a.patience, Some(30.0));
    assert_eq!(a.target_wait, 10.0);
    // Rates in minutes from the opening; the one before it starts the day.
    let rates: Vec<(f64, f64)> = a.rates.iter().map(|r| (r.from, r.per_minute)).collect();
    assert_eq!(
        rates,
        vec![(0.0, 5.0 / 60.0), (90.0, 0.5), (240.0, 0.0), (300.0, 0.2)]
    );
    let b = &m.services[1];
    assert_eq!(b.queue, QueueMode::PerWindow);
    assert!(b.rates.is_empty());
    // Five recorded visits are too few: exponential with the configured mean.
    assert_eq!(b.service_time, Dist::Exponential { mean: 15.0 });
    assert!(m.notes.contains(&Note::EmpiricalFallback {
        service: "B".into(),
        samples: 5
    }));
    // Window 4 keeps the hall's hours; window 7 its cashier's shift.
    assert_eq!((m.windows[0].open, m.windows[0].close), (0.0, 480.0));
    assert_eq!((m.windows[1].open, m.windows[1].close), (60.0, 330.0));
    assert_eq!(m.windows[1].services, vec![1]);
    assert_eq!(m.breaks.len(), 1);
    assert_eq!((m.breaks[0].start, m.breaks[0].end), (180.0, 210.0));
    assert!(matches!(m.notes[1], Note::BreakIgnored { window: 7, .. }));
    // Enough recorded visits: drawn from them.
    let extras = HallExtras {
        empirical: BTreeMap::from([(ServiceCode::new("B"), vec![10.0; 40])]),
        ..HallExtras::default()
    };
    let m = Model::from_hall(&hall, day(), &[], &extras).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(&m.services[1].service_time, Dist::Empirical { samples } if samples.len() == 40)
    );
    let s = sim::run(
        &m,
        &Options {
            reps: 30,
            ..Options::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // 5·1.5 + 30·2.5 + 12·3 = 118.5 arrivals a day.
    let arrivals = s.figures.arrivals;
    assert!(
        arrivals.covers(118.5) || (arrivals.mean - 118.5).abs() < 8.0,
        "{arrivals:?}"
    );
}

#[test]
fn a_day_when_the_clocks_go_forward_is_an_hour_shorter() {
    // Open 01:00–05:00 on the night Budapest moves from 02:00 to 03:00.
    let src = HALL
        .replace("open = \"08:00\"", "open = \"01:00\"")
        .replace("close = \"16:00\"", "close = \"05:00\"")
        .replace(
            "arrivals_per_hour = { \"07:00\" = 5, \"09:30\" = 30, \"12:00\" = 0, \"13:00\" = 12 }",
            "arrivals_per_hour = { \"01:00\" = 5, \"02:30\" = 30, \"04:00\" = 0 }",
        )
        .replace("shift_start = \"09:00\"\nshift_end = \"13:30\"\n", "");
    let hall = config::parse(&src, "t.toml")
        .unwrap_or_else(|e| panic!("{e}"))
        .hall;
    let night = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap_or_default();
    let m = Model::from_hall(&hall, night, &[], &HallExtras::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.day_length, 180.0);
    // 02:30 does not exist that night: read as 03:30 summer time, an hour and a
    // half after 01:00 winter time; 04:00 is two hours after it.
    let rates: Vec<f64> = m.services[0].rates.iter().map(|r| r.from).collect();
    assert_eq!(rates, vec![0.0, 90.0, 120.0]);
    let clock = m
        .clock
        .unwrap_or_else(|| panic!("a hall model has a clock"));
    assert_eq!(clock.hm(0.0), "01:00");
    assert_eq!(clock.hm(60.0), "03:00");
}
