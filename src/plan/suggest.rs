//! Suggested placements for everyone's entitled breaks: each goes inside its
//! allowed part of the day, the policies hold, and the forecast's worst
//! interval, then its mean wait, are as good as the search can make them.
//! The forecast weighed is the time-dependent one, so a break that leaves a
//! backlog is charged for the waits it causes after it ends.
//!
//! The search is greedy and then polished: the least flexible break is placed
//! first, at the five-minute start that leaves the day's forecast best; then
//! each break in turn is lifted and put back where it does most good, until a
//! pass improves nothing. Breaks under way, over, or announced to the queue stay
//! where they are, and so do breaks that are not anyone's entitlement.

use super::{Lock, Plan, PlanBreak};
use crate::domain::{Entitlement, Hall, Instant, StaffId, WindowId, peaks};
use crate::staffing::{Away, Evaluator, Incremental, Score, Weigh, local, staffed_hours};
use chrono::{Duration, DurationRound};

/// Breaks start on this grid, as people read and announce times.
pub const GRID_MINUTES: i64 = 5;

/// The first look at a break's possible starts takes every third (each quarter
/// hour), then the neighbours of the best.
const COARSE: usize = 3;

/// Polishing passes at most; each one that improves nothing ends the search.
const PASSES: usize = 3;

/// Placements polishing may weigh in all, so that a hall with a hundred
/// breaks still gets its suggestion in seconds: the greedy placement is
/// complete before polishing starts, and polishing only improves it.
const POLISH_BUDGET: usize = 1500;

/// One entitled break to place.
#[derive(Clone, Debug)]
struct Item {
    staff: StaffId,
    window: WindowId,
    /// The window's place in the hall's list.
    index: Option<usize>,
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
    search(hall, ev, plan, now, false, |fixed| {
        Incremental::new(ev, fixed)
    })
}

/// The suggested plan: the one the forecast finds best.
pub fn suggest(hall: &Hall, ev: &Evaluator, plan: &Plan, now: Instant) -> Suggestion {
    search(hall, ev, plan, now, true, |fixed| {
        Incremental::new(ev, fixed)
    })
}

/// The plan the same search finds when another forecast weighs the starts
/// (the stationary one, to compare with); its figures before and after are
/// still the forecast's.
pub fn suggest_by<W: Weigh>(
    hall: &Hall,
    ev: &Evaluator,
    plan: &Plan,
    now: Instant,
    weigh: impl FnOnce(&[Away]) -> W,
) -> Suggestion {
    search(hall, ev, plan, now, true, weigh)
}

/// What the rules need to know over and over, worked out once.
struct Ctx<'a> {
    hall: &'a Hall,
    /// When each window (hall order) is staffed that day.
    staffed: Vec<Option<(Instant, Instant)>>,
    /// For each window (hall order), the windows sharing a service with it,
    /// grouped by service: `cover[w][k]` lists the other windows of the k-th
    /// service of window `w`.
    cover: Vec<Vec<Vec<usize>>>,
}

impl<'a> Ctx<'a> {
    fn new(hall: &'a Hall, plan: &Plan) -> Ctx<'a> {
        let staffed = hall
            .windows
            .iter()
            .map(|w| staffed_hours(hall, plan.day, w.id))
            .collect();
        let cover = hall
            .windows
            .iter()
            .enumerate()
            .map(|(i, w)| {
                w.services
                    .iter()
                    .map(|s| {
                        hall.windows
                            .iter()
                            .enumerate()
                            .filter(|(j, o)| *j != i && o.services.contains(s))
                            .map(|(j, _)| j)
                            .collect()
                    })
                    .collect()
            })
            .collect();
        Ctx {
            hall,
            staffed,
            cover,
        }
    }

    fn index(&self, w: WindowId) -> Option<usize> {
        self.hall.windows.iter().position(|x| x.id == w)
    }

    fn working(&self, w: usize, start: Instant, end: Instant) -> bool {
        self.staffed[w].is_some_and(|(a, b)| a <= start && end <= b)
    }
}

fn search<W: Weigh>(
    hall: &Hall,
    ev: &Evaluator,
    plan: &Plan,
    now: Instant,
    optimise: bool,
    weigh: impl FnOnce(&[Away]) -> W,
) -> Suggestion {
    let cx = Ctx::new(hall, plan);
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
    let mut inc = weigh(&fixed_away);
    let mut placed: Vec<Placed> = fixed
        .iter()
        .map(|b| Placed {
            window: b.window,
            index: cx.index(b.window),
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
                    .filter(|s| feasible(&cx, &placed, it, **s))
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
            best_start(&cx, &mut inc, &placed, &items[i], None).map(|(s, _)| s)
        } else {
            items[i]
                .starts
                .iter()
                .copied()
                .find(|s| feasible(&cx, &placed, &items[i], *s))
        };
        let start = start.or_else(|| keep_current(&cx, &placed, &items[i]));
        if let Some(s) = start {
            put(&mut inc, &mut placed, &items[i], s);
            slot_of[i] = placed.len() - 1;
            items[i].placed = Some(s);
        }
    }
    if optimise {
        // Changes to the plan so far, and how many there had been when each
        // break was last weighed: one weighed since with nothing changed has
        // nowhere better to go.
        let mut changes = 0usize;
        let mut weighed_at = vec![usize::MAX; items.len()];
        let mut spent = 0usize;
        for _ in 0..PASSES {
            let mut improved = false;
            for &i in &order {
                let (Some(old), slot) = (items[i].placed, slot_of[i]) else {
                    continue;
                };
                if weighed_at[i] == changes || spent >= POLISH_BUDGET {
                    continue;
                }
                // About what weighing its starts will take.
                spent += items[i].starts.len().div_ceil(COARSE) + 2 * COARSE;
                let current = inc.score();
                let away = away_of(&items[i], old);
                // Lifted from the rules' list; the forecast weighs moves of
                // it from where it is.
                let lifted = placed.remove(slot);
                for s in slot_of.iter_mut() {
                    if *s != usize::MAX && *s > slot {
                        *s -= 1;
                    }
                }
                let better = best_start(&cx, &mut inc, &placed, &items[i], Some(&away))
                    .filter(|(s, score)| *s != old && inc.better(score, &current));
                match better {
                    Some((s, _)) => {
                        improved = true;
                        changes += 1;
                        inc.change(&away, -1);
                        put(&mut inc, &mut placed, &items[i], s);
                        items[i].placed = Some(s);
                    }
                    None => placed.push(lifted),
                }
                weighed_at[i] = changes;
                slot_of[i] = placed.len() - 1;
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
                out.add(PlanBreak {
                    key: 0,
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
    /// The window's place in the hall's list, if the hall has it.
    index: Option<usize>,
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

fn put<W: Weigh>(inc: &mut W, placed: &mut Vec<Placed>, it: &Item, start: Instant) {
    inc.change(&away_of(it, start), 1);
    placed.push(Placed {
        window: it.window,
        index: it.index,
        start,
        end: start + it.length,
    });
}

/// The start that leaves the forecast best, among those the rules allow, and
/// the forecast's figures with it; on a tie, the one nearest where the break
/// is now, then the earliest. With `from`, the break is in the forecast there
/// already and each start is weighed as a move from it.
fn best_start<W: Weigh>(
    cx: &Ctx,
    inc: &mut W,
    placed: &[Placed],
    it: &Item,
    from: Option<&Away>,
) -> Option<(Instant, Score)> {
    let mut best: Option<(Score, i64, usize)> = None;
    let mut tried = vec![false; it.starts.len()];
    // Weighs the starts not tried yet that the rules allow, all at once, and
    // keeps the best in their order.
    let mut weigh = |ks: &[usize], best: &mut Option<(Score, i64, usize)>, inc: &mut W| {
        let ks: Vec<usize> = ks
            .iter()
            .copied()
            .filter(|k| !std::mem::replace(&mut tried[*k], true))
            .filter(|k| feasible(cx, placed, it, it.starts[*k]))
            .collect();
        let aways: Vec<Away> = ks.iter().map(|k| away_of(it, it.starts[*k])).collect();
        let scores = inc.score_all(from, &aways);
        for (k, score) in ks.into_iter().zip(scores) {
            let s = it.starts[k];
            let distance = it.current.map_or(0, |c| (s - c).num_minutes().abs());
            let better = match best {
                None => true,
                Some((b, d, _)) => {
                    inc.better(&score, b) || (!inc.better(b, &score) && distance < *d)
                }
            };
            if better {
                *best = Some((score, distance, k));
            }
        }
    };
    // Every quarter hour first, and where the break is now; then the starts
    // around the best of those.
    let mut first: Vec<usize> = (0..it.starts.len()).step_by(COARSE).collect();
    if let Some(k) = it
        .current
        .and_then(|c| it.starts.iter().position(|s| *s == c))
    {
        first.push(k);
    }
    weigh(&first, &mut best, inc);
    while let Some((_, _, k)) = best {
        let around: Vec<usize> =
            (k.saturating_sub(COARSE - 1)..(k + COARSE).min(it.starts.len())).collect();
        weigh(&around, &mut best, inc);
        if best.map(|(_, _, b)| b) == Some(k) {
            break;
        }
    }
    // Nothing on the coarse grid fits: try every start.
    if best.is_none() {
        let all: Vec<usize> = (0..it.starts.len()).collect();
        weigh(&all, &mut best, inc);
    }
    best.map(|(score, _, k)| (it.starts[k], score))
}

/// An existing break with no better place stays where it is if the rules let it.
fn keep_current(cx: &Ctx, placed: &[Placed], it: &Item) -> Option<Instant> {
    it.current.filter(|s| feasible(cx, placed, it, *s))
}

/// Whether a start keeps the rules the domain enforces: one break at a window
/// at a time, at most so many away together, and enough windows left for each
/// service, at every moment of the break.
fn feasible(cx: &Ctx, placed: &[Placed], it: &Item, start: Instant) -> bool {
    let end = start + it.length;
    let policy = &cx.hall.policy;
    let Some(me) = it.index else {
        return false;
    };
    let mut spans: Vec<(WindowId, Instant, Instant)> = Vec::new();
    let mut indices: Vec<Option<usize>> = Vec::new();
    for p in placed.iter().filter(|p| p.start < end && start < p.end) {
        if p.window == it.window {
            return false;
        }
        spans.push((p.window, p.start, p.end));
        indices.push(p.index);
    }
    let mut away = vec![false; cx.staffed.len()];
    peaks(start, end, &spans).iter().all(|t| {
        away.iter_mut().for_each(|a| *a = false);
        let mut count = 0;
        for ((_, s, e), i) in spans.iter().zip(&indices) {
            if s <= t && t < e {
                count += 1;
                if let Some(i) = i {
                    away[*i] = true;
                }
            }
        }
        count < policy.max_concurrent_breaks
            && cx.cover[me].iter().all(|others| {
                let open = others
                    .iter()
                    .filter(|w| !away[**w] && cx.working(**w, start, end))
                    .count() as u32;
                open >= policy.min_open_per_service
            })
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
                index: hall.windows.iter().position(|w| w.id == window),
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
