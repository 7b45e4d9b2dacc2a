//! The break notice on the glass: which breaks customers are shown for a day, and
//! what changed in that plan since the notice was last printed. A notice is
//! paper: once the plan moves, the glass is wrong until someone prints it again,
//! and the board and `status` must say so.

use super::event::NoticedBreak;
use super::hall::Hall;
use super::state::{Break, State};
use super::types::{BreakId, BreakKind, Instant, WindowId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A printed notice: when it was printed and the breaks it showed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub at: Instant,
    pub breaks: Vec<NoticedBreak>,
}

/// The day's breaks as customers are told about them: planned, published and
/// not cancelled, earliest first. A break that has started or ended stays: it
/// was on the plan. Unpublished entries and unscheduled breaks never are.
pub fn published_plan<'a>(hall: &Hall, state: &'a State, day: NaiveDate) -> Vec<&'a Break> {
    state
        .breaks_on(hall, day)
        .into_iter()
        .filter(|b| b.published && !b.cancelled && b.kind == BreakKind::Planned)
        .collect()
}

/// The plan as a notice records it.
pub fn noticed(plan: &[&Break]) -> Vec<NoticedBreak> {
    plan.iter()
        .map(|b| NoticedBreak {
            brk: b.id,
            window: b.window,
            start: b.start,
            end: b.end,
        })
        .collect()
}

/// One difference between the glass and the published plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum NoticeChange {
    /// The notice shows other times than the plan now has.
    Moved {
        brk: BreakId,
        window: WindowId,
        was: (Instant, Instant),
        now: (Instant, Instant),
    },
    /// Published after the notice was printed.
    Added {
        brk: BreakId,
        window: WindowId,
        start: Instant,
        end: Instant,
    },
    /// On the notice, but no longer on the plan.
    Cancelled {
        brk: BreakId,
        window: WindowId,
        start: Instant,
        end: Instant,
    },
}

/// What the notice on the glass is worth for a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Glass {
    /// No notice was printed for the day.
    NotPrinted,
    /// The notice printed at `at` still shows the plan.
    Current { at: Instant },
    /// The plan changed since the notice printed at `at`.
    OutOfDate {
        at: Instant,
        changes: Vec<NoticeChange>,
    },
}

/// Compares the day's printed notice with the published plan.
pub fn glass(hall: &Hall, state: &State, day: NaiveDate) -> Glass {
    let Some(notice) = state.notices.get(&day) else {
        return Glass::NotPrinted;
    };
    let changes = changes(&notice.breaks, &noticed(&published_plan(hall, state, day)));
    if changes.is_empty() {
        Glass::Current { at: notice.at }
    } else {
        Glass::OutOfDate {
            at: notice.at,
            changes,
        }
    }
}

/// The differences from what was printed to what is published, in time order.
pub fn changes(printed: &[NoticedBreak], plan: &[NoticedBreak]) -> Vec<NoticeChange> {
    let printed_by_id: BTreeMap<BreakId, &NoticedBreak> =
        printed.iter().map(|b| (b.brk, b)).collect();
    let plan_by_id: BTreeMap<BreakId, &NoticedBreak> = plan.iter().map(|b| (b.brk, b)).collect();
    let mut out: Vec<(Instant, NoticeChange)> = Vec::new();
    for b in plan {
        match printed_by_id.get(&b.brk) {
            None => out.push((
                b.start,
                NoticeChange::Added {
                    brk: b.brk,
                    window: b.window,
                    start: b.start,
                    end: b.end,
                },
            )),
            Some(p) if (p.start, p.end) != (b.start, b.end) => out.push((
                b.start,
                NoticeChange::Moved {
                    brk: b.brk,
                    window: b.window,
                    was: (p.start, p.end),
                    now: (b.start, b.end),
                },
            )),
            Some(_) => {}
        }
    }
    for p in printed {
        if !plan_by_id.contains_key(&p.brk) {
            out.push((
                p.start,
                NoticeChange::Cancelled {
                    brk: p.brk,
                    window: p.window,
                    start: p.start,
                    end: p.end,
                },
            ));
        }
    }
    out.sort_by_key(|(at, _)| *at);
    out.into_iter().map(|(_, c)| c).collect()
}
