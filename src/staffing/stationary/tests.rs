//! The stationary forecast on small halls whose answers can be worked out by
//! hand: each slice is Erlang C with the windows working in it.

use super::*;
use crate::domain::{ServiceCode, WindowId};
use crate::staffing::tests::{at, day, hall, two_services};
use crate::staffing::{Away, Demand};

fn mean_wait(f: &Forecast, interval: usize, service: usize) -> Option<f64> {
    f.cells[interval][service].outlook.mean_wait()
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
    assert_eq!(f.score().overloaded, 2);
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
