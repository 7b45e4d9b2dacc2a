//! The supervisor's planner screen as a state machine: the day's plan being
//! edited on a timeline, its forecast and broken rules kept current with every
//! edit, a suggestion to preview and accept, and the live hall. No terminal I/O:
//! what it wants done comes back as effects.

use super::{Action, Effect};
use crate::domain::{Command, Hall, Instant, Reply, StaffId, State, WindowId};
use crate::plan::report::PlanReport;
use crate::plan::suggest::{self, GRID_MINUTES, Suggestion};
use crate::plan::{Lock, Plan, PlanBreak};
use crate::staffing::{Evaluator, local};
use crate::views::planner;
use chrono::{Duration, DurationRound, NaiveDate};

/// The planner's two views.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tab {
    Timeline,
    Live,
}

/// A suggestion on show: the plan it would make and that plan's report.
pub struct Preview {
    pub suggestion: Suggestion,
    pub report: PlanReport,
}

/// What an action asks of the rest of the app: effects to run, and a message
/// (by id) to show, refused or not.
#[derive(Default)]
pub struct Outcome {
    pub effects: Vec<Effect>,
    pub note: Option<(&'static str, bool)>,
    /// The planner has nothing to do with Esc: leave the screen.
    pub leave: bool,
}

impl Outcome {
    fn note(id: &'static str, refused: bool) -> Outcome {
        Outcome {
            note: Some((id, refused)),
            ..Outcome::default()
        }
    }

    fn effects(effects: Vec<Effect>) -> Outcome {
        Outcome {
            effects,
            ..Outcome::default()
        }
    }
}

pub struct Planner {
    pub day: NaiveDate,
    ev: Evaluator,
    /// The hall's windows, one timeline row each.
    pub windows: Vec<WindowId>,
    /// The plan as edited; the log keeps the old one until it is written.
    pub plan: Plan,
    /// The plan, its rules and forecast, as drawn.
    pub report: PlanReport,
    pub tab: Tab,
    /// The window row the cursor is on (index into `windows`).
    pub row: usize,
    /// The time the cursor is at, on the five-minute grid.
    pub cursor: Instant,
    /// The selected break, by its key in the plan.
    pub selected: Option<u64>,
    pub preview: Option<Preview>,
    /// The selected break request on the live view.
    pub request: usize,
    /// When the day opens and closes: the timeline's ends.
    pub open: Instant,
    pub close: Instant,
    /// The simulator's check of the plan on show, until the plan changes.
    pub check: Option<Result<planner::SimCheck, String>>,
    /// How the simulator ends a break that starts late (the config's).
    pub late_break_end: crate::config::LateBreakEnd,
    /// Today's forecast from now, from the queues as they stand.
    pub live: Option<crate::plan::live::Live>,
}

/// How long a postponed break request waits before it comes up again.
pub const POSTPONE_MINUTES: u32 = 10;

fn grid() -> Duration {
    Duration::minutes(GRID_MINUTES)
}

/// How far an arrow key moves: five minutes, or half an hour with Shift.
fn step_of(action: &Action) -> Duration {
    match action {
        Action::Left => -grid(),
        Action::Right => grid(),
        Action::FarLeft => -grid() * 6,
        _ => grid() * 6,
    }
}

/// An instant on the five-minute grid, rounding down.
fn snap(t: Instant) -> Instant {
    t.duration_trunc(grid()).unwrap_or(t)
}

impl Planner {
    pub fn new(hall: &Hall, state: &State, ev: Evaluator, day: NaiveDate, now: Instant) -> Planner {
        let open = local(hall, day, hall.hours.open);
        let close = local(hall, day, hall.hours.close).max(open + grid());
        let plan = Plan::from_state(hall, state, day);
        let report = planner::report(hall, state, &ev, &plan, now);
        Planner {
            day,
            ev,
            windows: hall.windows.iter().map(|w| w.id).collect(),
            plan,
            report,
            tab: Tab::Timeline,
            row: 0,
            cursor: snap(now.clamp(open, close - grid())),
            selected: None,
            preview: None,
            request: 0,
            open,
            close,
            check: None,
            late_break_end: crate::config::LateBreakEnd::default(),
            live: None,
        }
    }

    /// Takes in what the log now holds (other terminals write too), keeping
    /// the edits not yet written.
    pub fn refresh(&mut self, hall: &Hall, state: &State, now: Instant) {
        let fresh = Plan::from_state(hall, state, self.day);
        self.plan = self.plan.merged(fresh);
        if self
            .selected
            .is_some_and(|k| self.plan.index_of(k).is_none())
        {
            self.selected = None;
        }
        self.recompute(hall, state, now);
    }

    /// The plan was written: from now on the log's plan is the plan.
    pub fn written(&mut self) {
        let mut empty = Plan::empty(self.day);
        empty.next_key = self.plan.next_key;
        self.plan = empty;
        self.preview = None;
    }

    fn recompute(&mut self, hall: &Hall, state: &State, now: Instant) {
        self.report = planner::report(hall, state, &self.ev, &self.plan, now);
        self.live = crate::plan::live::live(hall, state, &self.ev, &self.plan, now);
        if let Some(p) = &mut self.preview {
            p.report = planner::report(hall, state, &self.ev, &p.suggestion.plan, now);
        }
    }

    pub fn selected_index(&self) -> Option<usize> {
        self.selected.and_then(|k| self.plan.index_of(k))
    }

    pub fn selected_break(&self) -> Option<&PlanBreak> {
        self.selected_index().map(|i| &self.plan.breaks[i])
    }

    /// The plan on show: the suggestion's while it is previewed.
    pub fn shown(&self) -> (&Plan, &PlanReport) {
        match &self.preview {
            Some(p) => (&p.suggestion.plan, &p.report),
            None => (&self.plan, &self.report),
        }
    }

    /// The forecast interval the cursor is in.
    pub fn cursor_interval(&self) -> Option<usize> {
        let (_, report) = self.shown();
        report
            .intervals
            .iter()
            .position(|i| i.start.to_utc() <= self.cursor && self.cursor < i.end.to_utc())
    }

    fn move_cursor(&mut self, by: Duration) {
        self.cursor = snap((self.cursor + by).clamp(self.open, self.close - grid()));
    }

    /// Handles one action on the planner.
    pub fn update(&mut self, action: Action, hall: &Hall, state: &State, now: Instant) -> Outcome {
        let before = (self.plan.clone(), self.preview.is_some());
        let checking = action == Action::Simulate;
        let outcome = match (self.tab, action) {
            (_, Action::SwitchTab) => {
                self.tab = match self.tab {
                    Tab::Timeline => Tab::Live,
                    Tab::Live => Tab::Timeline,
                };
                Outcome::default()
            }
            (Tab::Live, action) => self.live(action, state, now),
            (Tab::Timeline, action) => self.timeline(action, hall, state, now),
        };
        // A check is of the plan it was made on.
        if !checking && (self.plan != before.0 || self.preview.is_some() != before.1) {
            self.check = None;
        }
        self.recompute(hall, state, now);
        outcome
    }

    fn timeline(&mut self, action: Action, hall: &Hall, state: &State, now: Instant) -> Outcome {
        // While a suggestion is on show, only accepting or rejecting it means
        // anything: edits belong to the plan, not to the preview.
        if self.preview.is_some() {
            return match action {
                Action::Confirm => {
                    if let Some(p) = self.preview.take() {
                        self.plan = p.suggestion.plan;
                        self.selected = None;
                    }
                    Outcome::note("planner-suggestion-taken", false)
                }
                Action::Simulate => {
                    self.simulate(hall, now);
                    Outcome::default()
                }
                Action::Back | Action::Suggest => {
                    self.preview = None;
                    Outcome::note("planner-suggestion-dropped", false)
                }
                Action::Left | Action::Right | Action::FarLeft | Action::FarRight => {
                    self.move_cursor(step_of(&action));
                    Outcome::default()
                }
                _ => Outcome::note("planner-suggestion-pending", true),
            };
        }
        match action {
            Action::Left | Action::Right | Action::FarLeft | Action::FarRight => {
                let step = step_of(&action);
                match self.selected_index() {
                    Some(i) if self.plan.breaks[i].lock != Lock::Free => {
                        return Outcome::note("planner-locked", true);
                    }
                    Some(i) => {
                        self.plan.shift(i, step);
                        self.cursor = snap(
                            self.plan.breaks[i]
                                .start
                                .clamp(self.open, self.close - grid()),
                        );
                    }
                    None => self.move_cursor(step),
                }
                Outcome::default()
            }
            Action::Longer | Action::Shorter => {
                let Some(i) = self.selected_index() else {
                    return Outcome::note("planner-nothing-selected", true);
                };
                if self.plan.breaks[i].lock != Lock::Free {
                    return Outcome::note("planner-locked", true);
                }
                let by = if action == Action::Longer {
                    grid()
                } else {
                    -grid()
                };
                self.plan.resize(i, by);
                Outcome::default()
            }
            Action::Up => {
                self.row = self.row.saturating_sub(1);
                self.selected = None;
                Outcome::default()
            }
            Action::Down => {
                self.row = (self.row + 1).min(self.windows.len().saturating_sub(1));
                self.selected = None;
                Outcome::default()
            }
            Action::NextBreak | Action::PrevBreak => {
                self.step_selection(action == Action::NextBreak);
                Outcome::default()
            }
            Action::AddBreak => self.add(hall),
            Action::DeleteBreak => {
                let Some(i) = self.selected_index() else {
                    return Outcome::note("planner-nothing-selected", true);
                };
                if self.plan.breaks[i].lock != Lock::Free {
                    return Outcome::note("planner-locked", true);
                }
                self.plan.delete(i);
                self.selected = None;
                Outcome::default()
            }
            Action::CycleStaff => {
                let Some(i) = self.selected_index() else {
                    return Outcome::note("planner-nothing-selected", true);
                };
                if self.plan.breaks[i].lock != Lock::Free {
                    return Outcome::note("planner-locked", true);
                }
                let b = &mut self.plan.breaks[i];
                b.staff = next_staff(hall, b.staff.as_ref());
                Outcome::default()
            }
            Action::Simulate => {
                self.simulate(hall, now);
                Outcome::default()
            }
            Action::Suggest => {
                let suggestion = suggest::suggest(hall, &self.ev, &self.plan, now);
                let report = planner::report(hall, state, &self.ev, &suggestion.plan, now);
                self.preview = Some(Preview { suggestion, report });
                Outcome::default()
            }
            Action::Revert => {
                self.plan = Plan::from_state(hall, state, self.day);
                self.selected = None;
                Outcome::note("planner-reverted", false)
            }
            Action::WritePlan | Action::PublishPlan => {
                let mut commands = self.plan.commands();
                if action == Action::PublishPlan {
                    commands.push(Command::PublishBreaks { day: self.day });
                } else if commands.is_empty() {
                    return Outcome::note("planner-nothing-to-write", false);
                }
                Outcome::effects(vec![Effect::WritePlan(commands)])
            }
            Action::PrevDay | Action::NextDay => {
                if self.plan.dirty() {
                    return Outcome::note("planner-unwritten", true);
                }
                let day = if action == Action::NextDay {
                    self.day.succ_opt()
                } else {
                    self.day.pred_opt()
                };
                match day {
                    Some(d) => Outcome::effects(vec![Effect::LoadDay(d)]),
                    None => Outcome::default(),
                }
            }
            Action::PointAt { row, at } => {
                self.row = row.min(self.windows.len().saturating_sub(1));
                self.cursor = snap(at.clamp(self.open, self.close - grid()));
                let window = self.windows.get(self.row).copied();
                self.selected = self
                    .plan
                    .breaks
                    .iter()
                    .find(|b| Some(b.window) == window && b.start <= at && at < b.end)
                    .map(|b| b.key);
                Outcome::default()
            }
            Action::DragTo { at } => {
                let at = snap(at.clamp(self.open, self.close - grid()));
                if let Some(i) = self.selected_index()
                    && self.plan.breaks[i].lock == Lock::Free
                {
                    let by = at - self.cursor;
                    self.plan.shift(i, by);
                }
                self.cursor = at;
                Outcome::default()
            }
            Action::Back => {
                if self.selected.take().is_some() {
                    Outcome::default()
                } else {
                    Outcome {
                        leave: true,
                        ..Outcome::default()
                    }
                }
            }
            _ => Outcome::default(),
        }
    }

    /// Checks the plan on show against the simulator.
    fn simulate(&mut self, hall: &Hall, now: Instant) {
        let plan = match &self.preview {
            Some(p) => &p.suggestion.plan,
            None => &self.plan,
        };
        self.check = Some(planner::check_with_simulator(
            hall,
            &self.ev,
            plan,
            now,
            self.late_break_end,
            planner::CHECK_REPLICATIONS,
        ));
    }

    /// Selects the next (or previous) break of the day after the selection or
    /// the cursor, and moves the cursor to it.
    fn step_selection(&mut self, forward: bool) {
        let mut order: Vec<&PlanBreak> = self.plan.breaks.iter().collect();
        order.sort_by_key(|b| (b.start, b.window));
        let at = self
            .selected_index()
            .and_then(|i| order.iter().position(|b| b.key == self.plan.breaks[i].key));
        let next = match (at, forward) {
            (Some(i), true) => order.get(i + 1).or(order.first()),
            (Some(i), false) => i.checked_sub(1).and_then(|i| order.get(i)).or(order.last()),
            (None, true) => order
                .iter()
                .find(|b| b.start >= self.cursor)
                .or(order.first()),
            (None, false) => order
                .iter()
                .rev()
                .find(|b| b.start < self.cursor)
                .or(order.last()),
        };
        if let Some(b) = next {
            self.selected = Some(b.key);
            self.row = self
                .windows
                .iter()
                .position(|w| *w == b.window)
                .unwrap_or(0);
            self.cursor = snap(b.start.clamp(self.open, self.close - grid()));
        }
    }

    /// A new break at the cursor on the cursor's row, as long as the break its
    /// cashier is owed, for that cashier.
    fn add(&mut self, hall: &Hall) -> Outcome {
        let Some(window) = self.windows.get(self.row).copied() else {
            return Outcome::default();
        };
        let staff = hall.staff.iter().find(|s| s.window == Some(window));
        let length = staff
            .and_then(|s| s.breaks.first())
            .map_or(Duration::minutes(30), |e| e.length);
        let start = self.cursor;
        let clash = self
            .plan
            .breaks
            .iter()
            .any(|b| b.window == window && b.start < start + length && start < b.end);
        if clash {
            return Outcome::note("planner-slot-taken", true);
        }
        let key = self.plan.add(PlanBreak {
            key: 0,
            id: None,
            window,
            start,
            end: start + length,
            staff: staff.map(|s| s.id.clone()),
            unscheduled: false,
            lock: Lock::Free,
            published: false,
            logged: None,
            actual: None,
        });
        self.selected = Some(key);
        Outcome::default()
    }

    fn live(&mut self, action: Action, state: &State, _now: Instant) -> Outcome {
        let open = state.open_requests();
        self.request = self.request.min(open.len().saturating_sub(1));
        let answer = |reply| match open.get(self.request) {
            Some(r) => Outcome::effects(vec![Effect::Execute(Command::AnswerRequest {
                request: r.id,
                answer: reply,
            })]),
            None => Outcome::note("planner-no-request", true),
        };
        match action {
            Action::Up => {
                self.request = self.request.saturating_sub(1);
                Outcome::default()
            }
            Action::Down => {
                self.request = (self.request + 1).min(open.len().saturating_sub(1));
                Outcome::default()
            }
            Action::Approve => answer(Reply::Approve),
            Action::Postpone => answer(Reply::Postpone {
                minutes: POSTPONE_MINUTES,
            }),
            Action::Decline => answer(Reply::Decline),
            Action::Back => Outcome {
                leave: true,
                ..Outcome::default()
            },
            _ => Outcome::default(),
        }
    }
}

/// The staff member after `current` in the config's order; after the last, the
/// first again.
fn next_staff(hall: &Hall, current: Option<&StaffId>) -> Option<StaffId> {
    let at = current.and_then(|c| hall.staff.iter().position(|s| &s.id == c));
    let next = match at {
        Some(i) => (i + 1) % hall.staff.len().max(1),
        None => 0,
    };
    hall.staff.get(next).map(|s| s.id.clone())
}
