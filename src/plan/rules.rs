//! The hall's break policies checked against a whole plan as it is edited, so
//! the planner can show each broken rule next to the break that breaks it.
//!
//! The rules are those the domain enforces when a break is planned (no two at
//! one window, at most so many away together, enough windows left for every
//! service, length), counted the same way, so a plan the planner finds clean is
//! one the log accepts; and those only a plan can see: breaks inside the
//! staff's shift and entitlement, time left to warn the queue, and entitled
//! breaks nobody planned yet.

use super::{Lock, Plan, PlanBreak};
use crate::domain::{Entitlement, Hall, Instant, ServiceCode, StaffId, WindowId, away_at, peaks};
use crate::staffing::{local, staffed_hours};
use chrono::{Duration, NaiveTime};
use serde::Serialize;

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Problem {
    /// Two breaks at one window overlap.
    Overlap {
        other: usize,
    },
    /// One person would be on two breaks at once.
    StaffTwice {
        staff: StaffId,
    },
    TooLong {
        minutes: i64,
        max: i64,
    },
    TooShort {
        minutes: i64,
        min: i64,
    },
    /// Outside the hall's opening hours.
    OutsideHours,
    /// Outside the shift of the person taking it.
    OutsideShift {
        staff: StaffId,
        from: NaiveTime,
        to: NaiveTime,
    },
    /// Not where any of the person's entitled breaks may go.
    OutsideEntitlement {
        staff: StaffId,
        earliest: NaiveTime,
        latest: NaiveTime,
    },
    /// More windows away at once than the policy allows.
    TooManyAway {
        count: u32,
        max: u32,
    },
    /// A service would be left with fewer windows than the policy wants.
    TooFewOpen {
        service: ServiceCode,
        at: Instant,
        open: u32,
        min: u32,
    },
    /// It starts too soon for the queue to be warned the full lead ahead.
    TooLateToWarn {
        minutes: i64,
        lead: i64,
    },
    /// Its time passed and it never began.
    Missed,
    /// Someone's entitled break is not in the plan.
    Unplanned {
        staff: StaffId,
        minutes: i64,
        earliest: NaiveTime,
        latest: NaiveTime,
    },
}

impl Problem {
    /// A stable name, used for the translated reason.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Overlap { .. } => "overlap",
            Problem::StaffTwice { .. } => "staff-twice",
            Problem::TooLong { .. } => "too-long",
            Problem::TooShort { .. } => "too-short",
            Problem::OutsideHours => "outside-hours",
            Problem::OutsideShift { .. } => "outside-shift",
            Problem::OutsideEntitlement { .. } => "outside-entitlement",
            Problem::TooManyAway { .. } => "too-many-away",
            Problem::TooFewOpen { .. } => "too-few-open",
            Problem::TooLateToWarn { .. } => "too-late-to-warn",
            Problem::Missed => "missed",
            Problem::Unplanned { .. } => "unplanned",
        }
    }
}

/// A broken rule, at a break of the plan (by index) or for the plan as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub brk: Option<usize>,
    pub problem: Problem,
}

fn overlaps(a: &PlanBreak, b: &PlanBreak) -> bool {
    a.start < b.end && b.start < a.end
}

/// Every rule the plan breaks, in the order of its breaks. Only breaks that can
/// still change are held to the rules about placing them; one under way or over
/// is history.
pub fn check(hall: &Hall, plan: &Plan, now: Instant) -> Vec<Finding> {
    let mut out = Vec::new();
    let policy = &hall.policy;
    let open = local(hall, plan.day, hall.hours.open);
    let close = local(hall, plan.day, hall.hours.close);
    let live = |b: &PlanBreak| b.lock != Lock::Done;
    for (i, b) in plan.breaks.iter().enumerate() {
        let at = |problem| Finding {
            brk: Some(i),
            problem,
        };
        if b.lock == Lock::Free {
            if let Some(other) = plan
                .breaks
                .iter()
                .enumerate()
                .find(|(j, o)| *j != i && o.window == b.window && live(o) && overlaps(b, o))
                .map(|(j, _)| j)
            {
                out.push(at(Problem::Overlap { other }));
            }
            if let Some(s) = &b.staff
                && plan.breaks.iter().enumerate().any(|(j, o)| {
                    j != i && o.window != b.window && o.staff.as_ref() == Some(s) && overlaps(b, o)
                })
            {
                out.push(at(Problem::StaffTwice { staff: s.clone() }));
            }
            let minutes = b.minutes();
            if !b.unscheduled {
                if minutes > policy.max_break_length.num_minutes() {
                    out.push(at(Problem::TooLong {
                        minutes,
                        max: policy.max_break_length.num_minutes(),
                    }));
                }
                if let Some(min) = policy.min_break_length
                    && minutes < min.num_minutes()
                {
                    out.push(at(Problem::TooShort {
                        minutes,
                        min: min.num_minutes(),
                    }));
                }
            }
            if b.start < open || b.end > close {
                out.push(at(Problem::OutsideHours));
            }
            if let Some(p) = shift_problem(hall, plan, b) {
                out.push(at(p));
            }
            if b.end <= now {
                out.push(at(Problem::Missed));
            } else if b.edited()
                && b.start > now - Duration::minutes(1)
                && b.start - now < policy.warn_lead
                && !b.unscheduled
            {
                // Only a break being placed now: one already in the plan whose
                // warning is due is the live hall's alert, not a planning error.
                out.push(at(Problem::TooLateToWarn {
                    minutes: (b.start - now).num_minutes(),
                    lead: policy.warn_lead.num_minutes(),
                }));
            }
        }
        if b.lock == Lock::Free || b.lock == Lock::Announced {
            out.extend(cover_problems(hall, plan, i).into_iter().map(at));
        }
    }
    out.extend(
        unplanned(hall, plan)
            .into_iter()
            .map(|problem| Finding { brk: None, problem }),
    );
    out
}

/// The shift and entitlement of whoever takes the break.
fn shift_problem(hall: &Hall, plan: &Plan, b: &PlanBreak) -> Option<Problem> {
    let staff = b
        .staff
        .as_ref()
        .and_then(|s| hall.staff(s))
        .or_else(|| hall.staff.iter().find(|s| s.window == Some(b.window)))?;
    let shift = staff.shift_or(&hall.hours);
    let (from, to) = (
        local(hall, plan.day, shift.open),
        local(hall, plan.day, shift.close),
    );
    if b.start < from || b.end > to {
        return Some(Problem::OutsideShift {
            staff: staff.id.clone(),
            from: shift.open,
            to: shift.close,
        });
    }
    if b.unscheduled || staff.breaks.is_empty() {
        return None;
    }
    let fits = |e: &Entitlement| {
        b.start >= local(hall, plan.day, e.earliest) && b.end <= local(hall, plan.day, e.latest)
    };
    if staff.breaks.iter().any(fits) {
        return None;
    }
    // Name the entitlement the break is nearest to by length.
    let e = staff
        .breaks
        .iter()
        .min_by_key(|e| (e.length.num_minutes() - b.minutes()).abs())?;
    Some(Problem::OutsideEntitlement {
        staff: staff.id.clone(),
        earliest: e.earliest,
        latest: e.latest,
    })
}

/// Concurrency and minimum cover, counted as the domain counts them when the
/// break is planned: at each moment of its span the number of windows away
/// peaks (see [`peaks`]), and a window also counts as away while its staff are
/// off shift.
fn cover_problems(hall: &Hall, plan: &Plan, i: usize) -> Vec<Problem> {
    let b = &plan.breaks[i];
    let policy = &hall.policy;
    let mut out = Vec::new();
    let spans: Vec<(WindowId, Instant, Instant)> = plan
        .breaks
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != i && o.lock != Lock::Done && overlaps(b, o))
        .map(|(_, o)| (o.window, o.start, o.end))
        .collect();
    let moments = peaks(b.start, b.end, &spans);
    let away_at = |t: &Instant| away_at(&spans, *t);
    let most = moments.iter().map(|t| away_at(t).len()).max().unwrap_or(0) as u32;
    if most >= policy.max_concurrent_breaks {
        out.push(Problem::TooManyAway {
            count: most + 1,
            max: policy.max_concurrent_breaks,
        });
    }
    let Some(spec) = hall.window(b.window) else {
        return out;
    };
    let working = |w: WindowId| {
        staffed_hours(hall, plan.day, w).is_some_and(|(from, to)| from <= b.start && b.end <= to)
    };
    for service in &spec.services {
        let fewest = moments
            .iter()
            .map(|t| {
                let away = away_at(t);
                let open = hall
                    .windows_for(service)
                    .filter(|w| w.id != b.window && !away.contains(&w.id) && working(w.id))
                    .count() as u32;
                (open, *t)
            })
            .min_by_key(|(open, _)| *open);
        if let Some((open, at)) = fewest
            && open < policy.min_open_per_service
        {
            out.push(Problem::TooFewOpen {
                service: service.clone(),
                at,
                open,
                min: policy.min_open_per_service,
            });
        }
    }
    out
}

/// Entitled breaks with no break in the plan that fits them. A break counts for
/// the entitlement it lies in, for the person taking it (or working at its
/// window); each break counts once.
pub fn unplanned(hall: &Hall, plan: &Plan) -> Vec<Problem> {
    let mut out = Vec::new();
    for staff in &hall.staff {
        let mut theirs: Vec<&PlanBreak> = plan
            .breaks
            .iter()
            .filter(|b| !b.unscheduled)
            .filter(|b| match &b.staff {
                Some(s) => s == &staff.id,
                None => staff.window == Some(b.window),
            })
            .collect();
        for e in &staff.breaks {
            let (from, to) = (
                local(hall, plan.day, e.earliest),
                local(hall, plan.day, e.latest),
            );
            match theirs
                .iter()
                .position(|b| b.start >= from && b.end <= to)
                .or_else(|| {
                    // A break moved out of its bounds still stands for it; the
                    // rule it breaks is reported at the break itself.
                    theirs
                        .iter()
                        .position(|b| b.minutes() == e.length.num_minutes())
                }) {
                Some(k) => {
                    theirs.remove(k);
                }
                None => out.push(Problem::Unplanned {
                    staff: staff.id.clone(),
                    minutes: e.length.num_minutes(),
                    earliest: e.earliest,
                    latest: e.latest,
                }),
            }
        }
    }
    out
}
