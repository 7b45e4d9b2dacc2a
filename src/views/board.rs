//! What the hall board shows, as data: the tickets called and where, every
//! window's state in customers' terms, the warning for the queue of a window
//! about to close, the wait per service, today's coming published breaks and
//! whether the notice on the glass still holds. Pure: `now` is passed in.

use crate::domain::notice::{self, Glass};
use crate::domain::{
    BreakKind, BreakReason, Hall, Instant, State, TicketStatus, WindowId, WindowPhase,
};
use crate::views::waits::{self, ServiceWait};
use chrono::DateTime;
use chrono_tz::Tz;
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq)]
pub struct BoardView {
    pub hall: String,
    pub demo: bool,
    pub now: DateTime<Tz>,
    /// Tickets at a window now, the most recently called first.
    pub called: Vec<Called>,
    pub windows: Vec<WindowLine>,
    /// The warning for the queue of each window about to close.
    pub announcements: Vec<Announcement>,
    pub waits: Vec<ServiceWait>,
    /// Today's published breaks not yet begun, earliest first.
    pub breaks: Vec<ComingBreak>,
    /// The day's printed notice no longer matches the published plan.
    pub notice_out_of_date: bool,
    /// A line from the board itself (its voice is off), if any.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Called {
    pub ticket: String,
    pub window: WindowId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowLine {
    pub window: WindowId,
    pub state: WindowState,
}

/// A window as a customer needs to know it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowState {
    Open,
    Closed,
    /// Closing for a break at `at`, or any moment now (`None`: its time has
    /// come, or it leaves after the current customer); `other` takes the
    /// people it cannot.
    Closing {
        at: Option<DateTime<Tz>>,
        other: Option<WindowId>,
    },
    /// On a break until `until`; an unscheduled one may say why.
    OnBreak {
        until: DateTime<Tz>,
        reason: Option<&'static str>,
    },
    /// The break has run past its end: back as soon as possible.
    BackShortly,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub window: WindowId,
    /// When the window closes; `None` when that is any moment now.
    pub at: Option<DateTime<Tz>>,
    pub back: DateTime<Tz>,
    /// The last ticket it still serves, if it serves anyone more.
    pub cutoff: Option<String>,
    pub other: Option<WindowId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComingBreak {
    pub window: WindowId,
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    /// The times customers were shown before the break was moved.
    pub was: Option<(DateTime<Tz>, DateTime<Tz>)>,
}

impl BoardView {
    /// Windows whose queue is being warned now: closing soon or after the
    /// current customer. The bell rings when one joins them.
    pub fn closing(&self) -> BTreeSet<WindowId> {
        self.announcements.iter().map(|a| a.window).collect()
    }
}

/// Reasons customers are told; personal or free-text ones are not theirs to read.
fn told_reason(kind: &BreakKind) -> Option<&'static str> {
    match kind {
        BreakKind::Unscheduled(
            r @ (BreakReason::GoodsReceipt
            | BreakReason::CashCollection
            | BreakReason::TechnicalFault),
        ) => Some(r.code()),
        _ => None,
    }
}

/// The open window that can best take a leaving window's customers: the one
/// sharing most of its services, then the shortest line.
pub fn other_window(
    hall: &Hall,
    state: &State,
    leaving: WindowId,
    now: Instant,
) -> Option<WindowId> {
    let services = hall
        .window(leaving)
        .map(|w| w.services.clone())
        .unwrap_or_default();
    hall.windows
        .iter()
        .filter(|w| w.id != leaving)
        .filter(|w| matches!(state.window_phase(w.id, now), WindowPhase::Open))
        .map(|w| {
            let shared = services.iter().filter(|s| w.services.contains(s)).count();
            (w, shared)
        })
        .filter(|(_, shared)| *shared > 0)
        .min_by_key(|(w, shared)| (usize::MAX - shared, state.queue(hall, w.id).len(), w.id))
        .map(|(w, _)| w.id)
}

pub fn board_view(hall: &Hall, state: &State, now: Instant) -> BoardView {
    let tz = hall.tz;
    let local = |t: Instant| t.with_timezone(&tz);
    let mut called: Vec<(Instant, Called)> = hall
        .windows
        .iter()
        .filter_map(|w| {
            let t = state.serving(w.id)?;
            matches!(t.status, TicketStatus::Called { .. }).then(|| {
                (
                    t.called_at.unwrap_or(now),
                    Called {
                        ticket: t.label(),
                        window: w.id,
                    },
                )
            })
        })
        .collect();
    called.sort_by_key(|(at, c)| (std::cmp::Reverse(*at), c.window));

    let mut windows = Vec::new();
    let mut announcements = Vec::new();
    for spec in &hall.windows {
        let phase = state.window_phase(spec.id, now);
        let brk = match phase {
            WindowPhase::ClosingSoon(b) | WindowPhase::Pending(b) => state.breaks.get(&b),
            WindowPhase::OnBreak { brk, .. } => state.breaks.get(&brk),
            _ => None,
        };
        let ws = match (phase, brk) {
            (WindowPhase::Open, _) => WindowState::Open,
            (WindowPhase::ClosingSoon(_) | WindowPhase::Pending(_), Some(b)) => {
                let other = other_window(hall, state, spec.id, now);
                let pending = matches!(phase, WindowPhase::Pending(_));
                // Past its start a closing window is only finishing its promises.
                let at = (!pending && b.start > now).then(|| local(b.start));
                let cutoff = (!pending)
                    .then(|| b.cutoff.and_then(|c| state.tickets.get(&c)))
                    .flatten()
                    .filter(|t| t.is_waiting())
                    .map(|t| t.label());
                announcements.push(Announcement {
                    window: spec.id,
                    at,
                    back: local(b.until()),
                    cutoff,
                    other,
                });
                WindowState::Closing { at, other }
            }
            (WindowPhase::OnBreak { overrun: true, .. }, _) => WindowState::BackShortly,
            (WindowPhase::OnBreak { .. }, Some(b)) => WindowState::OnBreak {
                until: local(b.until()),
                reason: told_reason(&b.kind),
            },
            _ => WindowState::Closed,
        };
        windows.push(WindowLine {
            window: spec.id,
            state: ws,
        });
    }

    let today = local(now).date_naive();
    let breaks = notice::published_plan(hall, state, today)
        .into_iter()
        .filter(|b| !b.is_finished() && b.started_at.is_none() && b.end > now)
        .map(|b| ComingBreak {
            window: b.window,
            start: local(b.start),
            end: local(b.end),
            was: b
                .published_was
                .filter(|was| *was != (b.start, b.end))
                .map(|(s, e)| (local(s), local(e))),
        })
        .collect();

    BoardView {
        hall: crate::text::clean(&hall.name),
        demo: hall.demo,
        now: local(now),
        called: called.into_iter().map(|(_, c)| c).collect(),
        windows,
        announcements,
        waits: waits::all(hall, state, now),
        breaks,
        notice_out_of_date: matches!(notice::glass(hall, state, today), Glass::OutOfDate { .. }),
        note: None,
    }
}
