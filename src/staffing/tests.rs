//! The forecast on small halls whose answers can be worked out by hand.

use super::*;
use crate::domain::{ArrivalRate, Hall, Recorded, Staff, StaffId};
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// A Monday in March 2026; Budapest is UTC+1 then.
fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

/// Hall time on the test day.
fn at(h: u32, m: u32) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, h - 1, m, 0)
        .single()
        .unwrap_or_default()
}

/// One service "A" at 3 per 10 minutes (18 an hour), 4-minute services, on
/// `windows` windows, open 08:00–12:00, 15-minute intervals.
fn hall(windows: u32) -> Hall {
    let mut hall = Hall::sample();
    hall.hours.open = hm(8, 0);
    hall.hours.close = hm(12, 0);
    hall.forecast.interval = Duration::minutes(15);
    hall.services.truncate(1);
    hall.services[0].arrivals = vec![ArrivalRate {
        from: hm(8, 0),
        per_hour: 18.0,
    }];
    hall.windows = (1..=windows)
        .map(|i| crate::domain::WindowSpec {
            id: WindowId(i),
            name: None,
            services: vec![ServiceCode::new("A")],
        })
        .collect();
    hall
}

fn mean_wait(f: &Forecast, interval: usize, service: usize) -> Option<f64> {
    f.cells[interval][service].outlook.mean_wait()
}

#[test]
fn intervals_average_the_profile_over_their_minutes() {
    let mut h = hall(2);
    h.services[0].arrivals = vec![
        ArrivalRate {
            from: hm(8, 0),
            per_hour: 12.0,
        },
        // Changes a third of the way into the 08:15 interval.
        ArrivalRate {
            from: hm(8, 20),
            per_hour: 30.0,
        },
    ];
    let d = Demand::from_config(&h, day());
    assert_eq!(d.intervals().len(), 16);
    assert_eq!(d.intervals()[0], (at(8, 0), at(8, 15)));
    let a = &d.services[0].arrivals;
    assert!((a[0] - 0.2).abs() < 1e-12);
    assert!((a[1] - (5.0 * 0.2 + 10.0 * 0.5) / 15.0).abs() < 1e-12);
    assert!((a[2] - 0.5).abs() < 1e-12);
    assert_eq!(d.services[0].mean_service, 4.0);
}

#[test]
fn a_dedicated_queue_is_plain_erlang_c() {
    let h = hall(2);
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    let expected = Queue {
        arrivals_per_minute: 0.3,
        mean_service: 4.0,
        target_wait: 10.0,
    }
    .figures(2);
    let s = expected
        .stable()
        .copied()
        .unwrap_or_else(|| panic!("{expected:?}"));
    for row in &f.cells {
        match row[0].outlook {
            Outlook::Stable {
                mean_wait, p_wait, ..
            } => {
                assert!((mean_wait - s.mean_wait).abs() < 1e-12);
                assert!((p_wait - s.p_wait).abs() < 1e-12);
            }
            Outlook::Overloaded => panic!("overloaded"),
        }
        assert_eq!(row[0].windows, 2.0);
        assert!((row[0].arrivals - 4.5).abs() < 1e-12);
    }
}

#[test]
fn a_break_weighs_only_on_the_slices_it_covers() {
    // Load 1.2 on two windows; with one away the queue is overloaded.
    let h = hall(2);
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let plan = [Away {
        window: WindowId(1),
        start: at(9, 0),
        end: at(9, 30),
    }];
    let f = ev.forecast(&plan);
    assert!(mean_wait(&f, 3, 0).is_some(), "08:45 untouched");
    assert_eq!(f.cells[4][0].outlook, Outlook::Overloaded, "09:00");
    assert_eq!(f.cells[5][0].outlook, Outlook::Overloaded, "09:15");
    assert!(mean_wait(&f, 6, 0).is_some(), "09:30 untouched");
    assert_eq!(f.cells[4][0].windows, 1.0);
    assert_eq!(f.worst().overloaded, 2);
    // Three windows: one away leaves two, and the wait rises but stays finite.
    let h3 = hall(3);
    let ev3 = Evaluator::new(&h3, Demand::from_config(&h3, day()));
    let f3 = ev3.forecast(&plan);
    let (before, during) = (mean_wait(&f3, 3, 0), mean_wait(&f3, 4, 0));
    assert!(
        before.zip(during).is_some_and(|(b, d)| d > b),
        "{before:?} {during:?}"
    );
    // A break ending mid-interval counts for the slices it touches only.
    let f3b = ev3.forecast(&[Away {
        window: WindowId(1),
        start: at(9, 0),
        end: at(9, 5),
    }]);
    assert!((f3b.cells[4][0].windows - (2.0 + 3.0 + 3.0) / 3.0).abs() < 1e-12);
}

fn two_services(rate_b: f64) -> Hall {
    let mut h = hall(2);
    h.services[0].arrivals[0].per_hour = 6.0; // 0.1 a minute, load 0.4
    let mut b = h.services[0].clone();
    b.code = ServiceCode::new("B");
    b.arrivals[0].per_hour = rate_b * 60.0;
    h.services.push(b);
    h
}

/// The same wait, up to rounding.
fn same(a: Option<f64>, b: Option<f64>) {
    match (a, b) {
        (Some(x), Some(y)) => assert!((x - y).abs() < 1e-9, "{x} vs {y}"),
        _ => panic!("{a:?} vs {b:?}"),
    }
}

fn queue(lambda: f64, c: u32) -> Option<f64> {
    Queue {
        arrivals_per_minute: lambda,
        mean_service: 4.0,
        target_wait: 10.0,
    }
    .figures(c)
    .stable()
    .map(|s| s.mean_wait)
}

#[test]
fn services_sharing_windows_share_their_load() {
    // A and B both on both windows: one line of work of 0.1 + 0.15 a minute.
    let mut h = two_services(0.15);
    for w in &mut h.windows {
        w.services.push(ServiceCode::new("B"));
    }
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    let pooled = queue(0.25, 2);
    assert!(pooled.is_some());
    same(mean_wait(&f, 0, 0), pooled);
    same(mean_wait(&f, 0, 1), pooled);
    // A window each: two separate queues.
    h.windows[0].services = vec![ServiceCode::new("A")];
    h.windows[1].services = vec![ServiceCode::new("B")];
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    same(mean_wait(&f, 0, 0), queue(0.1, 1));
    same(mean_wait(&f, 0, 1), queue(0.15, 1));
}

#[test]
fn a_shared_window_leaves_room_for_the_service_that_has_only_it() {
    // Window 1 handles A and B, window 2 only A. B (load 0.6) can only go to
    // window 1, so A's load (0.4) goes to window 2 first: the windows carry
    // 0.6 and 0.4 rather than B's queue bearing half of A's.
    let mut h = two_services(0.15);
    h.windows[0].services.push(ServiceCode::new("B"));
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    same(mean_wait(&f, 0, 1), queue(0.15, 1));
    // A is served by both windows carrying everything: 0.25 a minute on two.
    same(mean_wait(&f, 0, 0), queue(0.25, 2));
    // With window 1 away, B has no window at all.
    let away = [Away {
        window: WindowId(1),
        start: at(8, 0),
        end: at(8, 15),
    }];
    let f = ev.forecast(&away);
    assert_eq!(f.cells[0][1].outlook, Outlook::Overloaded);
    same(mean_wait(&f, 0, 0), queue(0.1, 1));
}

#[test]
fn levelling_fills_the_least_busy_windows_first() {
    let load = [0.5, 0.0, 0.2];
    let mut got = level(&load, &[0, 1, 2], 0.4);
    got.sort_by_key(|(w, _)| *w);
    // 0.2 raises window 1 to window 2's 0.2; the other 0.2 lifts both to 0.3.
    assert_eq!(got.len(), 2);
    assert!((got[0].1 - 0.3).abs() < 1e-12 && got[0].0 == 1);
    assert!((got[1].1 - 0.1).abs() < 1e-12 && got[1].0 == 2);
    let all = level(&load, &[0, 1, 2], 3.0);
    let after: Vec<f64> = (0..3)
        .map(|w| load[w] + all.iter().find(|(x, _)| *x == w).map_or(0.0, |(_, p)| *p))
        .collect();
    assert!(
        after.iter().all(|x| (x - (0.7 + 3.0) / 3.0).abs() < 1e-12),
        "{after:?}"
    );
    assert!(level(&load, &[], 1.0).is_empty());
}

#[test]
fn windows_work_only_in_their_staffs_shift() {
    let mut h = hall(2);
    h.staff = vec![
        Staff {
            id: StaffId("a".into()),
            name: "A".into(),
            window: Some(WindowId(1)),
            shift: None,
            breaks: vec![],
        },
        Staff {
            id: StaffId("b".into()),
            name: "B".into(),
            window: Some(WindowId(2)),
            shift: Some(crate::domain::OpeningHours {
                open: hm(10, 0),
                close: hm(11, 0),
            }),
            breaks: vec![],
        },
    ];
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    assert_eq!(f.cells[0][0].windows, 1.0);
    assert_eq!(f.cells[8][0].windows, 2.0, "10:00");
    assert_eq!(f.cells[12][0].windows, 1.0, "11:00");
    assert_eq!(f.cells[0][0].needed, Some(2));
    assert_eq!(staffed_hours(&h, day(), WindowId(3)), None);
}

fn issued(at: Instant, ticket: u64, service: &str) -> Recorded {
    Recorded {
        seq: ticket,
        at,
        origin: "t".into(),
        user: None,
        event: crate::domain::Event::TicketIssued {
            ticket: crate::domain::TicketId(ticket),
            service: ServiceCode::new(service),
            number: ticket as u32,
            day: at.date_naive(),
            window: None,
        },
    }
}

#[test]
fn arrivals_are_learned_from_the_same_weekday_in_past_weeks() {
    let h = hall(2);
    let week = Duration::weeks(1);
    let mut events = Vec::new();
    // Two past Mondays: 6 and 4 tickets at 08:00–08:15, so 5 a day on average.
    for (w, n) in [(1, 6), (2, 4)] {
        for i in 0..n {
            events.push(issued(at(8, i) - week * w, events.len() as u64 + 1, "A"));
        }
    }
    // A Tuesday's tickets are not a Monday's.
    events.push(issued(at(8, 0) - Duration::days(6), 99, "A"));
    events.sort_by_key(|r| r.at);
    let d = learn(
        &h,
        day(),
        &History {
            events: events.clone(),
        },
    );
    let a = &d.services[0];
    assert_eq!(a.source, Source::Learned { days: 2 });
    assert!((a.arrivals[0] - 5.0 / 15.0).abs() < 1e-12);
    assert_eq!(a.arrivals[1], 0.0);
    // One day is not enough to trust.
    let one: Vec<Recorded> = events
        .into_iter()
        .filter(|r| r.at > at(8, 0) - week * 1 - Duration::hours(1))
        .collect();
    let d = learn(&h, day(), &History { events: one });
    assert_eq!(d.services[0].source, Source::Config);
    assert!((d.services[0].arrivals[0] - 0.3).abs() < 1e-12);
}

#[test]
fn a_spring_forward_night_is_an_hour_shorter() {
    // Budapest skips 02:00–03:00 on 29 March 2026: a hall open 00:00–06:00
    // is open five hours that day, ten half hours.
    let mut h = hall(1);
    h.hours.open = hm(0, 0);
    h.hours.close = hm(6, 0);
    h.forecast.interval = Duration::minutes(30);
    let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap_or_default();
    let d = Demand::from_config(&h, day);
    assert_eq!(d.intervals().len(), 10);
    assert_eq!(d.close - d.open, Duration::hours(5));
    // The autumn night is an hour longer.
    let day = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap_or_default();
    assert_eq!(Demand::from_config(&h, day).intervals().len(), 14);
}
