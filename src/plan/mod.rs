//! A day's break plan as the supervisor edits it: the breaks already in the log
//! and the edits not yet written, the policies checked against it
//! ([`rules`]), and suggested placements for everyone's entitled breaks
//! ([`suggest`]). Pure: the state, the hall and `now` are passed in.

pub mod check;
pub mod live;
pub mod report;
pub mod rules;
pub mod suggest;

use crate::domain::{BreakId, BreakKind, Command, Hall, Instant, StaffId, State, WindowId};
use crate::staffing::Away;
use chrono::{Duration, NaiveDate};

/// Why a break can no longer be moved by the planner.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Lock {
    /// Free to move, resize or delete.
    Free,
    /// The queue was warned and the window is closing: the time is promised.
    Announced,
    /// Under way: it started (or waits for the current service to end).
    Started,
    /// Over.
    Done,
}

/// One break in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanBreak {
    /// Names the break while it is edited, whether or not the log has it yet.
    pub key: u64,
    /// The break in the log; `None` for one added in the planner.
    pub id: Option<BreakId>,
    pub window: WindowId,
    pub start: Instant,
    pub end: Instant,
    pub staff: Option<StaffId>,
    pub unscheduled: bool,
    pub lock: Lock,
    pub published: bool,
    /// What the log holds for it, to tell an edited break from an untouched one.
    pub logged: Option<(Instant, Instant, Option<StaffId>)>,
    /// When it really began and ended, for the day's actual record.
    pub actual: Option<(Instant, Option<Instant>)>,
}

impl PlanBreak {
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes()
    }

    /// Whether the planner changed it from what the log holds.
    pub fn edited(&self) -> bool {
        match &self.logged {
            None => true,
            Some((s, e, staff)) => *s != self.start || *e != self.end || *staff != self.staff,
        }
    }

    /// The time the window is really away: what happened for a break that
    /// began, the plan for one that has not.
    pub fn away(&self, now: Instant) -> Away {
        let (start, end) = match self.actual {
            Some((s, Some(e))) => (s, e),
            Some((s, None)) => (s, self.end.max(now)),
            None => (self.start, self.end),
        };
        Away {
            window: self.window,
            start,
            end,
        }
    }
}

/// The breaks of one day in the hall.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub day: NaiveDate,
    pub breaks: Vec<PlanBreak>,
    /// Breaks of the log the planner deleted, to cancel when written.
    pub deleted: Vec<BreakId>,
    /// The key the next break added in the planner gets.
    pub next_key: u64,
}

/// Keys of breaks added in the planner start here, far above any log's break
/// numbers.
const NEW_KEYS: u64 = 1 << 48;

impl Plan {
    /// The day's breaks as the log holds them (cancelled ones left out).
    pub fn from_state(hall: &Hall, state: &State, day: NaiveDate) -> Plan {
        let breaks = state
            .breaks_on(hall, day)
            .into_iter()
            .filter(|b| !b.cancelled)
            .map(|b| {
                let lock = if b.ended_at.is_some() {
                    Lock::Done
                } else if b.started_at.is_some() || b.pending_at.is_some() {
                    Lock::Started
                } else if b.closing_at.is_some() {
                    Lock::Announced
                } else {
                    Lock::Free
                };
                PlanBreak {
                    key: b.id.0,
                    id: Some(b.id),
                    window: b.window,
                    start: b.start,
                    end: b.until(),
                    staff: b.staff.clone(),
                    unscheduled: b.kind != BreakKind::Planned,
                    lock,
                    published: b.published,
                    logged: Some((b.start, b.until(), b.staff.clone())),
                    actual: b.started_at.map(|s| (s, b.ended_at)),
                }
            })
            .collect();
        Plan {
            day,
            breaks,
            deleted: Vec::new(),
            next_key: NEW_KEYS,
        }
    }

    /// An empty plan for a day.
    pub fn empty(day: NaiveDate) -> Plan {
        Plan {
            day,
            breaks: Vec::new(),
            deleted: Vec::new(),
            next_key: NEW_KEYS,
        }
    }

    /// Adds a break not yet in the log; returns its key.
    pub fn add(&mut self, mut b: PlanBreak) -> u64 {
        b.key = self.next_key;
        b.id = None;
        b.logged = None;
        self.next_key += 1;
        let key = b.key;
        self.breaks.push(b);
        key
    }

    pub fn index_of(&self, key: u64) -> Option<usize> {
        self.breaks.iter().position(|b| b.key == key)
    }

    /// This plan's edits laid over what the log now holds: another terminal
    /// may have started, moved or cancelled breaks meanwhile. An edit of a
    /// break that can no longer move is dropped; breaks added here stay.
    pub fn merged(&self, mut fresh: Plan) -> Plan {
        fresh.next_key = fresh.next_key.max(self.next_key);
        for b in fresh.breaks.iter_mut().filter(|b| b.lock == Lock::Free) {
            if let Some(d) = self.breaks.iter().find(|d| d.id == b.id && d.edited()) {
                b.start = d.start;
                b.end = d.end;
                b.staff = d.staff.clone();
            }
        }
        fresh.deleted = self
            .deleted
            .iter()
            .copied()
            .filter(|id| {
                fresh
                    .breaks
                    .iter()
                    .any(|b| b.id == Some(*id) && b.lock == Lock::Free)
            })
            .collect();
        let deleted = fresh.deleted.clone();
        fresh
            .breaks
            .retain(|b| !b.id.is_some_and(|id| deleted.contains(&id)));
        fresh
            .breaks
            .extend(self.breaks.iter().filter(|d| d.id.is_none()).cloned());
        fresh
    }

    /// When each window is away, for the forecast.
    pub fn aways(&self, now: Instant) -> Vec<Away> {
        self.breaks.iter().map(|b| b.away(now)).collect()
    }

    /// Whether anything differs from the log.
    pub fn dirty(&self) -> bool {
        !self.deleted.is_empty() || self.breaks.iter().any(|b| b.edited())
    }

    /// The commands that write the plan to the log: deletions first, then moves,
    /// then new breaks, so that a break moving into another's old place finds
    /// it free.
    pub fn commands(&self) -> Vec<Command> {
        let mut out: Vec<Command> = self
            .deleted
            .iter()
            .map(|brk| Command::CancelBreak { brk: *brk })
            .collect();
        for b in self.breaks.iter().filter(|b| b.edited()) {
            if let Some(brk) = b.id {
                out.push(Command::ChangeBreak {
                    brk,
                    start: b.start,
                    end: b.end,
                    staff: b.staff.clone(),
                });
            }
        }
        for b in self.breaks.iter().filter(|b| b.id.is_none()) {
            out.push(Command::PlanBreak {
                window: b.window,
                start: b.start,
                end: b.end,
                staff: b.staff.clone(),
            });
        }
        out
    }

    /// Removes a break; one in the log is cancelled when the plan is written.
    pub fn delete(&mut self, index: usize) {
        if index < self.breaks.len() && self.breaks[index].lock == Lock::Free {
            let b = self.breaks.remove(index);
            if let Some(id) = b.id {
                self.deleted.push(id);
            }
        }
    }

    /// Moves a free break by `by`, keeping its length.
    pub fn shift(&mut self, index: usize, by: Duration) {
        if let Some(b) = self.breaks.get_mut(index).filter(|b| b.lock == Lock::Free) {
            b.start += by;
            b.end += by;
        }
    }

    /// Lengthens (or with a negative `by`, shortens) a free break at its end;
    /// it never shrinks below five minutes.
    pub fn resize(&mut self, index: usize, by: Duration) {
        if let Some(b) = self.breaks.get_mut(index).filter(|b| b.lock == Lock::Free) {
            b.end = (b.end + by).max(b.start + Duration::minutes(5));
        }
    }

    /// The breaks of one window, earliest first, as indices.
    pub fn of_window(&self, window: WindowId) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.breaks.len())
            .filter(|i| self.breaks[*i].window == window)
            .collect();
        v.sort_by_key(|i| self.breaks[*i].start);
        v
    }

    /// Keeps the breaks sorted by start, then window: the order lists show.
    pub fn sort(&mut self) {
        self.breaks.sort_by_key(|b| (b.start, b.window));
    }
}

#[cfg(test)]
mod tests;
