//! Suggested placements for everyone's entitled breaks: each goes inside its
//! allowed part of the day, the policies hold, and the worst interval of the
//! forecast is as good as the search can make it.
//!
//! The search is greedy and then polished: the least flexible break is placed
//! first, at the five-minute start that leaves the day's forecast best; then
//! each break in turn is lifted and put back where it does most good, until a
//! pass improves nothing. Breaks under way, over, or announced to the queue stay
//! where they are, and so do breaks that are not anyone's entitlement.

use super::{Lock, Plan, PlanBreak};
use crate::domain::{Entitlement, Hall, Instant, StaffId, WindowId};
use crate::staffing::{Away, Evaluator, Incremental, Score, local, staffed_hours};
use chrono::{Duration, DurationRound};

/// Breaks start on this grid, as people read and announce times.
pub const GRID_MINUTES: i64 = 5;

/// Polishing passes at most; each one that improves nothing ends the search.
const PASSES: usize = 3;

/// One entitled break to place.
#[derive(Clone, Debug)]
struct Item {
    staff: StaffId,
    window: WindowId,
    length: Duration,
    /// Possible starts, earliest first.
    starts: Vec<Instant>,
    /// The plan's break standing for it, if any.
    existing: Option<usize>,
    /// Where it is now (the existing break's start), for keeping changes few.
    current: Option<Instant>,
    /// Where the search has put it.
    placed: Option<Instant>,
}

/// The result: the plan with the suggestion applied, and the figures before
/// and after.
#[derive(Clone, Debug)]
pub struct Suggestion {
    pub plan: Plan,
    pub before: Score,
    pub after: Score,
    /// Breaks of the new plan that moved or are new.
    pub changed: Vec<usize>,
    /// Entitled breaks no start could take without breaking a rule.
    pub unplaced: Vec<(StaffId, Entitlement)>,
}

/// Plans every entitled break at its earliest allowed start: the simple plan a
/// suggestion has to beat.
pub fn naive(hall: &Hall, ev: &Evaluator, plan: &Plan, now: Instant) -> Suggestion {
    search(hall, ev, plan, now, false)
}

/// The suggested plan.
pub fn suggest(hall: &Hall, ev: &Evaluator, plan: &Plan, now: Instant) -> Suggestion {
    search(hall, ev, plan, now, true)
}

fn search(hall: &Hall, ev: &Evaluator, plan: &Plan, now: Instant, optimise: bool) -> Suggestion {
    let before = Score::of(&ev.forecast(&plan.aways(now)));
    let (mut items, unmatched) = items(hall, plan, now);
    let movable: Vec<usize> = items.iter().filter_map(|i| i.existing).collect();
    // What stays: locked breaks, breaks nobody is entitled to, and the
    // entitlement breaks that cannot move.
    let fixed: Vec<&PlanBreak> = plan
        .breaks
        .iter()
        .enumerate()
        .filter(|(i, _)| !movable.contains(i))
        .map(|(_, b)| b)
        .collect();
    let fixed_away: Vec<Away> = fixed.iter().map(|b| b.away(now)).collect();
    let mut inc = Incremental::new(ev, &fixed_away);
    let mut placed: Vec<Placed> = fixed
        .iter()
        .map(|b| Placed {
            window: b.window,
            start: b.start,
            end: b.end,
        })
        .collect();
    // Least flexible first; the naive plan goes in order of the day instead.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if optimise {
        let flex: Vec<usize> = items
            .iter()
            .map(|it| {
                it.starts
                    .iter()
                    .filter(|s| feasible(hall, plan, &placed, it, **s))
                    .count()
            })
            .collect();
        order.sort_by_key(|i| (flex[*i], items[*i].starts.first().copied()));
    } else {
        order.sort_by_key(|i| items[*i].starts.first().copied());
    }
    let mut slot_of = vec![usize::MAX; items.len()];
    for &i in &order {
        let start = if optimise {
            best_start(hall, plan, &mut inc, &placed, &items[i])
        } else {
            items[i]
                .starts
                .iter()
                .copied()
                .find(|s| feasible(hall, plan, &placed, &items[i], *s))
        };
        let start = start.or_else(|| keep_current(hall, plan, &placed, &items[i]));
        if let Some(s) = start {
            put(&mut inc, &mut placed, &items[i], s);
            slot_of[i] = placed.len() - 1;
            items[i].placed = Some(s);
        }
    }
    if optimise {
        for _ in 0..PASSES {
            let mut improved = false;
            for &i in &order {
                let (Some(old), slot) = (items[i].placed, slot_of[i]) else {
                    continue;
                };
                let current = inc.score();
                let away = away_of(&items[i], old);
                inc.change(&away, -1);
                let lifted = placed.remove(slot);
                for s in slot_of.iter_mut() {
                    if *s != usize::MAX && *s > slot {
                        *s -= 1;
                    }
                }
                let better = best_start(hall, plan, &mut inc, &placed, &items[i])
                    .filter(|s| *s != old)
                    .filter(|s| {
                        inc.score_with(&away_of(&items[i], *s))
                            .better_than(&current)
                    });
                let start = match better {
                    Some(s) => {
                        improved = true;
                        s
                    }
                    None => lifted.start,
                };
                put(&mut inc, &mut placed, &items[i], start);
                slot_of[i] = placed.len() - 1;
                items[i].placed = Some(start);
            }
            if !improved {
                break;
            }
        }
    }
    let mut out = plan.clone();
    let mut unplaced = unmatched;
    for it in &items {
        let Some(start) = it.placed else {
            if let Some(e) = entitlement_of(hall, it) {
                unplaced.push((it.staff.clone(), e));
            }
            continue;
        };
        match it.existing {
            Some(k) => {
                let b = &mut out.breaks[k];
                b.start = start;
                b.end = start + it.length;
            }
            None => {
                out.breaks.push(PlanBreak {
                    id: None,
                    window: it.window,
                    start,
                    end: start + it.length,
                    staff: Some(it.staff.clone()),
                    unscheduled: false,
                    lock: Lock::Free,
                    published: false,
                    logged: None,
                    actual: None,
                });
            }
        }
    }
    out.sort();
    let changed = out
        .breaks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            !plan.breaks.iter().any(|o| {
                o.id == b.id && o.window == b.window && o.start == b.start && o.end == b.end
            })
        })
        .map(|(i, _)| i)
        .collect();
    let after = Score::of(&ev.forecast(&out.aways(now)));
    Suggestion {
        plan: out,
        before,
        after,
        changed,
        unplaced,
    }
}

/// A break the search has put down, for the rules.
#[derive(Copy, Clone, Debug)]
struct Placed {
    window: WindowId,
    start: Instant,
    end: Instant,
}

fn away_of(it: &Item, start: Instant) -> Away {
    Away {
        window: it.window,
        start,
        end: start + it.length,
    }
}

fn put(inc: &mut Incremental, placed: &mut Vec<Placed>, it: &Item, start: Instant) {
    inc.change(&away_of(it, start), 1);
    placed.push(Placed {
        window: it.window,
        start,
        end: start + it.length,
    });
}

/// The start that leaves the forecast best, among those the rules allow; on a
/// tie, the one nearest where the break is now, then the earliest.
fn best_start(
    hall: &Hall,
    plan: &Plan,
    inc: &mut Incremental,
    placed: &[Placed],
    it: &Item,
) -> Option<Instant> {
    let mut best: Option<(Score, i64, Instant)> = None;
    for &s in &it.starts {
        if !feasible(hall, plan, placed, it, s) {
            continue;
        }
        let score = inc.score_with(&away_of(it, s));
        let distance = it.current.map_or(0, |c| (s - c).num_minutes().abs());
        let better = match &best {
            None => true,
            Some((b, d, _)) => score.better_than(b) || (!b.better_than(&score) && distance < *d),
        };
        if better {
            best = Some((score, distance, s));
        }
    }
    best.map(|(_, _, s)| s)
}

/// An existing break with no better place stays where it is if the rules let it.
fn keep_current(hall: &Hall, plan: &Plan, placed: &[Placed], it: &Item) -> Option<Instant> {
    it.current.filter(|s| feasible(hall, plan, placed, it, *s))
}

/// Whether a start keeps the rules the domain enforces: one break at a window
/// at a time, at most so many away, and enough windows left for each service.
fn feasible(hall: &Hall, plan: &Plan, placed: &[Placed], it: &Item, start: Instant) -> bool {
    let end = start + it.length;
    let overlapping: Vec<&Placed> = placed
        .iter()
        .filter(|p| p.start < end && start < p.end)
        .collect();
    if overlapping.iter().any(|p| p.window == it.window) {
        return false;
    }
    if overlapping.len() as u32 >= hall.policy.max_concurrent_breaks {
        return false;
    }
    let Some(spec) = hall.window(it.window) else {
        return false;
    };
    spec.services.iter().all(|service| {
        let open = hall
            .windows_for(service)
            .filter(|w| w.id != it.window && !overlapping.iter().any(|p| p.window == w.id))
            .filter(|w| {
                staffed_hours(hall, plan.day, w.id).is_some_and(|(a, b)| a <= start && end <= b)
            })
            .count() as u32;
        open >= hall.policy.min_open_per_service
    })
}

fn entitlement_of(hall: &Hall, it: &Item) -> Option<Entitlement> {
    hall.staff(&it.staff)?
        .breaks
        .iter()
        .find(|e| e.length == it.length)
        .cloned()
}

/// The entitled breaks to place, each with its possible starts, matched to the
/// plan's breaks that stand for them. Entitlements whose existing break cannot
/// move are already met and are not searched; those of staff with no window
/// cannot be placed and are returned apart.
fn items(hall: &Hall, plan: &Plan, now: Instant) -> (Vec<Item>, Vec<(StaffId, Entitlement)>) {
    let mut out = Vec::new();
    let mut homeless = Vec::new();
    let mut used: Vec<usize> = Vec::new();
    let grid = Duration::minutes(GRID_MINUTES);
    let today = now.with_timezone(&hall.tz).date_naive() == plan.day;
    // Today a break must leave time to warn the queue.
    let earliest_now = (now + hall.policy.warn_lead)
        .duration_trunc(grid)
        .map(|t| {
            if t < now + hall.policy.warn_lead {
                t + grid
            } else {
                t
            }
        })
        .unwrap_or(now);
    for staff in &hall.staff {
        let Some(window) = staff.window else {
            homeless.extend(staff.breaks.iter().map(|e| (staff.id.clone(), e.clone())));
            continue;
        };
        let shift = staff.shift_or(&hall.hours);
        for e in &staff.breaks {
            let theirs = |i: &usize| {
                let b = &plan.breaks[*i];
                !used.contains(i)
                    && !b.unscheduled
                    && match &b.staff {
                        Some(s) => s == &staff.id,
                        None => b.window == window,
                    }
            };
            let (from, to) = (
                local(hall, plan.day, e.earliest),
                local(hall, plan.day, e.latest),
            );
            let candidates: Vec<usize> = (0..plan.breaks.len()).filter(theirs).collect();
            let existing = candidates
                .iter()
                .copied()
                .find(|i| plan.breaks[*i].start >= from && plan.breaks[*i].end <= to)
                .or_else(|| {
                    candidates
                        .iter()
                        .copied()
                        .find(|i| plan.breaks[*i].minutes() == e.length.num_minutes())
                });
            if let Some(i) = existing {
                used.push(i);
                if plan.breaks[i].lock != Lock::Free {
                    continue;
                }
            }
            let lo = from.max(local(hall, plan.day, shift.open)).max(local(
                hall,
                plan.day,
                hall.hours.open,
            ));
            let lo = if today { lo.max(earliest_now) } else { lo };
            let hi = to.min(local(hall, plan.day, shift.close)).min(local(
                hall,
                plan.day,
                hall.hours.close,
            ));
            let mut starts = Vec::new();
            let mut s = lo
                .duration_trunc(grid)
                .map(|t| if t < lo { t + grid } else { t })
                .unwrap_or(lo);
            while s + e.length <= hi {
                starts.push(s);
                s += grid;
            }
            out.push(Item {
                staff: staff.id.clone(),
                window,
                length: e.length,
                starts,
                existing,
                current: existing.map(|i| plan.breaks[i].start),
                placed: None,
            });
        }
    }
    (out, homeless)
}
