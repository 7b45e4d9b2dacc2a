//! What in a simulation's input is allowed but probably not meant: recorded
//! arrivals outside the opening hours (a file from another hall or another
//! day), and a break that covers the whole opening (00:00–23:59 typed for
//! "all day"). The run goes ahead; the supervisor is told.

use super::{Arrival, DayClock, PlannedBreak};
use crate::domain::{Hall, WindowId};

/// One thing worth a word before the figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// `count` arrivals fall before the opening or after the closing; the
    /// first of them (in time) at model minute `first`.
    ArrivalsOutsideHours { count: usize, first: f64 },
    /// A window's break covers the whole opening: it never serves.
    BreakAllDay {
        window: WindowId,
        start: f64,
        end: f64,
    },
}

/// The warnings for a day of `hall` with these arrivals (when replayed) and breaks.
pub fn warnings(
    hall: &Hall,
    clock: &DayClock,
    arrivals: Option<&[Arrival]>,
    breaks: &[PlannedBreak],
) -> Vec<Warning> {
    let mut out = Vec::new();
    let close = clock.minute_of(hall.hours.close).unwrap_or(f64::INFINITY);
    if let Some(arrivals) = arrivals {
        let mut outside = arrivals.iter().filter(|a| a.at < 0.0 || a.at > close);
        if let Some(first) = outside.next() {
            out.push(Warning::ArrivalsOutsideHours {
                count: 1 + outside.count(),
                first: first.at,
            });
        }
    }
    for b in breaks {
        let (start, end) = (clock.minute(b.start), clock.minute(b.end));
        if start <= 0.0 && end >= close {
            out.push(Warning::BreakAllDay {
                window: b.window,
                start,
                end,
            });
        }
    }
    out
}
