//! The forecast on small halls whose answers are known: theory for a long
//! steady day, the simulator's behaviour for a line that starts empty and a
//! backlog that outlives its break, and the demand read from the config and
//! learned from the log.

use super::*;
use crate::domain::{ArrivalRate, Hall, Recorded, Staff, StaffId, WindowId};
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// A Monday in March 2026; Budapest is UTC+1 then.
pub(crate) fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

/// Hall time on the test day.
pub(crate) fn at(h: u32, m: u32) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, h - 1, m, 0)
        .single()
        .unwrap_or_default()
}

/// One service "A" at 3 per 10 minutes (18 an hour), 4-minute services, on
/// `windows` windows, open 08:00–12:00, 15-minute intervals.
pub(crate) fn hall(windows: u32) -> Hall {
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

pub(crate) fn two_services(rate_b: f64) -> Hall {
    let mut h = hall(2);
    h.services[0].arrivals[0].per_hour = 6.0; // 0.1 a minute, load 0.4
    let mut b = h.services[0].clone();
    b.code = ServiceCode::new("B");
    b.arrivals[0].per_hour = rate_b * 60.0;
    h.services.push(b);
    h
}

fn wait(f: &Forecast, interval: usize, service: usize) -> f64 {
    f.cells[interval][service].mean_wait.unwrap_or(f64::NAN)
}

fn erlang(lambda: f64, c: u32) -> f64 {
    Queue {
        arrivals_per_minute: lambda,
        mean_service: 4.0,
        target_wait: 10.0,
    }
    .figures(c)
    .stable()
    .map_or(f64::NAN, |s| s.mean_wait)
}

#[test]
fn a_steady_day_starts_empty_and_settles_to_erlang_c() {
    // Load 1.2 on two windows all morning: the line starts empty, so the first
    // quarter hour waits far less than Erlang C says, and by the end of four
    // hours (dozens of relaxation times) it is Erlang C.
    let h = hall(2);
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    let steady = erlang(0.3, 2);
    assert!(
        wait(&f, 0, 0) < 0.5 * steady,
        "{} vs {steady}",
        wait(&f, 0, 0)
    );
    let last = f.cells.len() - 1;
    assert!(
        (wait(&f, last, 0) - steady).abs() < 0.02 * steady,
        "{} vs {steady}",
        wait(&f, last, 0)
    );
    // Waits rise through the morning towards it, never above.
    for i in 1..f.cells.len() {
        assert!(wait(&f, i, 0) >= wait(&f, i - 1, 0) - 1e-9, "interval {i}");
        assert!(wait(&f, i, 0) < steady * 1.001, "interval {i}");
    }
    let c = f.cells[5][0];
    assert_eq!(c.windows, 2.0);
    assert!(!c.overloaded && !c.no_window);
    assert!((c.arrivals - 4.5).abs() < 1e-12);
    assert!(c.unserved.abs() < 1e-6, "{c:?}");
    assert!((c.occupancy - 0.6).abs() < 0.02, "{c:?}");
}

#[test]
fn a_break_that_overloads_the_line_shows_its_real_wait_and_its_backlog() {
    // Load 1.2 on two windows; with one away for half an hour the line grows.
    let h = hall(2);
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let plain = ev.forecast(&[]);
    let plan = [Away {
        window: WindowId(1),
        start: at(9, 0),
        end: at(9, 30),
    }];
    let f = ev.forecast(&plan);
    // Three quarters of an hour before, nothing changes; those arriving in
    // the quarter hour before it wait longer, as capacity drops while they wait.
    assert!((wait(&f, 1, 0) - wait(&plain, 1, 0)).abs() < 0.01, "08:15");
    assert!((wait(&f, 2, 0) - wait(&plain, 2, 0)).abs() < 0.1, "08:30");
    assert!(!f.cells[3][0].overloaded, "08:45");
    assert!(wait(&f, 3, 0) > wait(&plain, 3, 0) + 0.1, "08:45");
    for i in [4, 5] {
        let c = f.cells[i][0];
        assert!(c.overloaded, "interval {i}");
        assert_eq!(c.windows, 1.0);
        assert!(c.mean_wait.is_some_and(f64::is_finite), "{c:?}");
    }
    // The backlog outlives the break: 09:30–09:45 is still far above the
    // plain day's.
    assert!(!f.cells[6][0].overloaded);
    assert!(
        wait(&f, 6, 0) > 1.5 * wait(&plain, 6, 0),
        "{} vs {}",
        wait(&f, 6, 0),
        wait(&plain, 6, 0)
    );
    // Overloaded intervals count in the day's figures.
    let s = Score::of(&f);
    assert_eq!(s.overloaded, 2);
    assert!(s.worst >= wait(&f, 5, 0));
    assert!(s.mean_wait > Score::of(&plain).mean_wait);
    assert!(Score::of(&plain).better_than(&s));
}

#[test]
fn services_sharing_windows_share_one_line_of_work() {
    // A and B both on both windows: the same as one service bringing both.
    let mut h = two_services(0.15);
    for w in &mut h.windows {
        w.services.push(ServiceCode::new("B"));
    }
    let f = Evaluator::new(&h, Demand::from_config(&h, day())).forecast(&[]);
    let mut one = hall(2);
    one.services[0].arrivals[0].per_hour = 15.0;
    let g = Evaluator::new(&one, Demand::from_config(&one, day())).forecast(&[]);
    for i in 0..f.cells.len() {
        for s in 0..2 {
            assert!(
                (wait(&f, i, s) - wait(&g, i, 0)).abs() < 1e-9,
                "interval {i}"
            );
        }
    }
    // A window each: two lines, each a one-window hall.
    h.windows[0].services = vec![ServiceCode::new("A")];
    h.windows[1].services = vec![ServiceCode::new("B")];
    let f = Evaluator::new(&h, Demand::from_config(&h, day())).forecast(&[]);
    let mut a = hall(1);
    a.services[0].arrivals[0].per_hour = 6.0;
    let ga = Evaluator::new(&a, Demand::from_config(&a, day())).forecast(&[]);
    let mut b = hall(1);
    b.services[0].arrivals[0].per_hour = 9.0;
    let gb = Evaluator::new(&b, Demand::from_config(&b, day())).forecast(&[]);
    let last = f.cells.len() - 1;
    assert!((wait(&f, last, 0) - wait(&ga, last, 0)).abs() < 1e-9);
    assert!((wait(&f, last, 1) - wait(&gb, last, 0)).abs() < 1e-9);
    assert!(wait(&f, last, 1) > wait(&f, last, 0));
}

#[test]
fn a_service_with_no_window_says_so() {
    // B is handled by window 1 only; with window 1 away its customers wait for
    // its return, and with no window for B at all they are never served.
    let mut h = two_services(0.15);
    h.windows[0].services.push(ServiceCode::new("B"));
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[Away {
        window: WindowId(1),
        start: at(8, 0),
        end: at(8, 15),
    }]);
    let c = f.cells[0][1];
    assert!(c.no_window && c.overloaded, "{c:?}");
    // They wait for window 1: about the rest of the quarter hour and more.
    assert!(wait(&f, 0, 1) > 4.0, "{c:?}");
    assert!(c.unserved < 1e-6);
    h.windows[0].services.retain(|s| s.0 != "B");
    let f = Evaluator::new(&h, Demand::from_config(&h, day())).forecast(&[]);
    for row in &f.cells {
        let c = row[1];
        assert!(c.no_window && c.mean_wait.is_none(), "{c:?}");
        assert!((c.unserved - c.arrivals).abs() < 1e-6, "{c:?}");
        assert!(row[0].mean_wait.is_some());
    }
    let s = Score::of(&f);
    assert!(s.unserved > 0.0 && s.worst.is_finite() && s.mean_wait.is_finite());
}

#[test]
fn more_arrivals_than_any_window_can_take_give_finite_figures() {
    let mut h = hall(1);
    h.services[0].arrivals[0].per_hour = 600.0;
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let f = ev.forecast(&[]);
    for c in f.cells.iter().flatten() {
        assert!(c.overloaded);
        let w = c.mean_wait.unwrap_or(f64::NAN);
        assert!(w.is_finite() && w > 0.0, "{c:?}");
        for x in [
            c.p_wait,
            c.service_level,
            c.occupancy,
            c.unserved,
            c.windows,
        ] {
            assert!(x.is_finite(), "{c:?}");
        }
    }
    let s = Score::of(&f);
    assert!(s.worst.is_finite() && s.mean_wait.is_finite());
    // A backlog of hundreds: the later customers wait hours for it.
    assert!(s.worst > 60.0, "{s:?}");
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
fn levelling_fills_the_least_busy_windows_first() {
    let load = [0.5, 0.0, 0.2];
    let mut got = share::level(&load, &[0, 1, 2], 0.4);
    got.sort_by_key(|(w, _)| *w);
    // 0.2 raises window 1 to window 2's 0.2; the other 0.2 lifts both to 0.3.
    assert_eq!(got.len(), 2);
    assert!((got[0].1 - 0.3).abs() < 1e-12 && got[0].0 == 1);
    assert!((got[1].1 - 0.1).abs() < 1e-12 && got[1].0 == 2);
    let all = share::level(&load, &[0, 1, 2], 3.0);
    let after: Vec<f64> = (0..3)
        .map(|w| load[w] + all.iter().find(|(x, _)| *x == w).map_or(0.0, |(_, p)| *p))
        .collect();
    assert!(
        after.iter().all(|x| (x - (0.7 + 3.0) / 3.0).abs() < 1e-12),
        "{after:?}"
    );
    assert!(share::level(&load, &[], 1.0).is_empty());
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

#[test]
fn weighing_a_break_agrees_with_forecasting_the_plan_with_it() {
    // The demo hall: three services on shared windows, lognormal visits,
    // patience; a break weighed piecemeal against the whole day solved again.
    let hall = crate::demo::config().hall;
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let ev = Evaluator::new(&hall, Demand::from_config(&hall, day));
    let t = |h: u32, m: u32| {
        local(
            &hall,
            day,
            NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default(),
        )
    };
    let fixed = [Away {
        window: WindowId(2),
        start: t(10, 0),
        end: t(10, 30),
    }];
    let mut inc = Incremental::new(&ev, &fixed);
    assert_eq!(inc.score(), Score::of(&ev.forecast(&fixed)));
    for (w, h, m) in [
        (1, 12, 0),
        (3, 13, 15),
        (4, 11, 5),
        (2, 10, 15),
        (1, 16, 50),
    ] {
        let a = Away {
            window: WindowId(w),
            start: t(h, m),
            end: t(h, m) + Duration::minutes(30),
        };
        let weighed = inc.score_with(&a);
        let plan: Vec<Away> = fixed.iter().copied().chain([a]).collect();
        let full = Score::of(&ev.forecast(&plan));
        // To a few thousandths of a minute: far finer than tells plans apart.
        assert!(
            (weighed.worst - full.worst).abs() < 5e-3,
            "{a:?}: {weighed:?} vs {full:?}"
        );
        assert!(
            (weighed.mean_wait - full.mean_wait).abs() < 1e-3,
            "{a:?}: {weighed:?} vs {full:?}"
        );
        assert!((weighed.unserved - full.unserved).abs() < 1e-2, "{a:?}");
        assert_eq!(weighed.overloaded, full.overloaded, "{a:?}");
        // Weighing leaves the plan as it was.
        assert_eq!(inc.score(), Score::of(&ev.forecast(&fixed)));
    }
    inc.change(&fixed[0], -1);
    assert_eq!(inc.score(), Score::of(&ev.forecast(&[])));
}

#[test]
fn the_live_forecast_starts_from_the_queue_as_it_stands() {
    let h = hall(2);
    let ev = Evaluator::new(&h, Demand::from_config(&h, day()));
    let day_forecast = ev.forecast(&[]);
    // From opening with nobody inside: the day's forecast.
    let same = ev.forecast_from(&[], at(8, 0), &[0.0], &[false, false]);
    assert_eq!(same.cells.len(), day_forecast.cells.len());
    for (a, b) in same.cells.iter().zip(&day_forecast.cells) {
        assert!((a[0].mean_wait.unwrap_or(0.0) - b[0].mean_wait.unwrap_or(0.0)).abs() < 1e-9);
    }
    // At 10:05 with twelve waiting and both windows busy: the first customers
    // wait behind them — twelve ahead at two windows of four minutes are
    // about 26 minutes of work — and the backlog drains towards the day's
    // figures over the next two hours.
    let live = ev.forecast_from(&[], at(10, 5), &[12.0], &[true, true]);
    assert_eq!(live.intervals[0], (at(10, 5), at(10, 15)));
    assert_eq!(live.intervals.len(), 8, "10:05 to 12:00");
    let first = live.cells[0][0].mean_wait.unwrap_or(0.0);
    assert!(first > 15.0 && first < 30.0, "{first}");
    assert!(
        (live.cells[0][0].arrivals - 3.0).abs() < 1e-9,
        "ten minutes of 0.3 a minute"
    );
    let last = live.cells.len() - 1;
    let settled = day_forecast.cells[15][0].mean_wait.unwrap_or(0.0);
    let waits: Vec<f64> = live
        .cells
        .iter()
        .map(|c| c[0].mean_wait.unwrap_or(0.0))
        .collect();
    assert!(waits.windows(2).all(|w| w[1] < w[0]), "{waits:?}");
    assert!(
        waits[last] > settled && waits[last] < 1.6 * settled,
        "{waits:?} vs {settled}"
    );
    // After closing, nothing is left.
    assert!(
        ev.forecast_from(&[], at(12, 0), &[3.0], &[true, true])
            .cells
            .is_empty()
    );
}
