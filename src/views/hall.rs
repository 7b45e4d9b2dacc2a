//! Read models: what the hall looks like at one moment, derived from the state for
//! the overview and counter screens and `frontdesk status`. Pure: the caller
//! passes `now`.

use crate::domain::{
    Break, BreakKind, BreakPhase, Hall, Instant, State, WindowId, WindowPhase, cutoff_preview,
};
use crate::phrases::{PhraseArgs, PhraseKey, Situation};
use chrono::{DateTime, Duration};
use chrono_tz::Tz;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct HallView {
    pub hall: String,
    pub demo: bool,
    #[serde(serialize_with = "ser_time")]
    pub now: DateTime<Tz>,
    pub windows: Vec<WindowView>,
    pub services: Vec<ServiceView>,
    /// Today's breaks not yet over, the active ones first.
    pub breaks: Vec<BreakView>,
    /// Breaks whose warning is due now and not given: the thing to act on first.
    pub warnings_due: Vec<WindowId>,
    /// Whether today's break notice on the glass still shows the published plan.
    pub notice: crate::views::notice::GlassView,
    /// Cashiers' break requests still waiting for an answer, oldest first.
    pub requests: Vec<RequestView>,
    /// Kiosks whose ticket printer fails, by name.
    pub printers: Vec<PrinterView>,
}

/// A kiosk's failing printer, for the supervisor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrinterView {
    pub kiosk: String,
    pub error: String,
    #[serde(serialize_with = "ser_time")]
    pub since: DateTime<Tz>,
}

/// A cashier's break request as the supervisor and the counter see it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RequestView {
    pub id: u64,
    pub window: WindowId,
    /// The reason's code (goods-receipt, …).
    pub reason: String,
    /// The cashier's words for "other".
    pub note: Option<String>,
    pub minutes: u32,
    #[serde(serialize_with = "ser_time")]
    pub asked_at: DateTime<Tz>,
    pub status: RequestStatusView,
    /// Waiting for an answer now (pending, or postponed to a time that came).
    pub due: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum RequestStatusView {
    Pending,
    Postponed {
        #[serde(serialize_with = "ser_time")]
        until: DateTime<Tz>,
    },
    Approved,
    Declined,
}

pub fn request_view(hall: &Hall, r: &crate::domain::BreakRequest, now: Instant) -> RequestView {
    use crate::domain::RequestStatus as S;
    RequestView {
        id: r.id.0,
        window: r.window,
        reason: r.reason.code().to_string(),
        note: match &r.reason {
            crate::domain::BreakReason::Other(n) if !n.is_empty() => Some(n.clone()),
            _ => None,
        },
        minutes: r.minutes,
        asked_at: r.asked_at.with_timezone(&hall.tz),
        status: match r.status {
            S::Pending => RequestStatusView::Pending,
            S::Postponed { until } => RequestStatusView::Postponed {
                until: until.with_timezone(&hall.tz),
            },
            S::Approved { .. } => RequestStatusView::Approved,
            S::Declined { .. } => RequestStatusView::Declined,
        },
        due: r.is_due(now),
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct WindowView {
    pub id: WindowId,
    pub name: Option<String>,
    pub staff: Option<String>,
    pub services: Vec<String>,
    pub phase: PhaseView,
    pub serving: Option<String>,
    /// Minutes the current customer has been at the window.
    pub serving_minutes: Option<i64>,
    pub queue: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PhaseView {
    Closed,
    Open,
    ClosingSoon {
        #[serde(serialize_with = "ser_time")]
        at: DateTime<Tz>,
        cutoff: Option<String>,
    },
    /// Going on a break as soon as the current service ends.
    Pending,
    OnBreak {
        #[serde(serialize_with = "ser_time")]
        until: DateTime<Tz>,
        overrun_minutes: i64,
        unscheduled: Option<String>,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct ServiceView {
    pub code: String,
    pub name: String,
    pub waiting: usize,
    pub oldest_wait_minutes: Option<i64>,
    pub open_windows: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct BreakView {
    pub id: u64,
    pub window: WindowId,
    pub window_name: Option<String>,
    pub staff: Option<String>,
    #[serde(serialize_with = "ser_time")]
    pub start: DateTime<Tz>,
    #[serde(serialize_with = "ser_time")]
    pub end: DateTime<Tz>,
    pub unscheduled: Option<String>,
    pub published: bool,
    pub phase: BreakPhase,
}

pub use crate::clock::ser_time;

fn whole_minutes(d: Duration) -> i64 {
    d.num_minutes().max(0)
}

/// One window's row of the overview.
fn window_view(
    hall: &Hall,
    state: &State,
    spec: &crate::domain::WindowSpec,
    now: Instant,
) -> WindowView {
    let tz = hall.tz;
    let rt = state.window(spec.id);
    let serving = state.serving(spec.id);
    let phase = match state.window_phase(spec.id, now) {
        WindowPhase::Closed => PhaseView::Closed,
        WindowPhase::Open => PhaseView::Open,
        WindowPhase::Pending(_) => PhaseView::Pending,
        WindowPhase::ClosingSoon(id) => {
            let b = state.breaks.get(&id);
            PhaseView::ClosingSoon {
                at: b.map_or(now, |b| b.start).with_timezone(&tz),
                cutoff: b
                    .and_then(|b| b.cutoff)
                    .and_then(|c| state.tickets.get(&c))
                    .map(|t| t.label()),
            }
        }
        WindowPhase::OnBreak { brk, .. } => {
            let b = state.breaks.get(&brk);
            let until = b.map_or(now, |b| b.until());
            PhaseView::OnBreak {
                until: until.with_timezone(&tz),
                overrun_minutes: whole_minutes(now - until),
                unscheduled: b.and_then(reason_code),
            }
        }
    };
    WindowView {
        id: spec.id,
        name: spec.name.clone(),
        staff: rt.staff.as_ref().map(|id| {
            hall.staff(id)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| id.0.clone())
        }),
        services: spec.services.iter().map(|s| s.0.clone()).collect(),
        phase,
        serving: serving.map(|t| t.label()),
        serving_minutes: serving
            .and_then(|t| t.called_at)
            .map(|c| whole_minutes(now - c)),
        queue: state.queue(hall, spec.id).len(),
    }
}

pub fn hall_view(hall: &Hall, state: &State, now: Instant) -> HallView {
    let tz = hall.tz;
    let windows = hall
        .windows
        .iter()
        .map(|spec| window_view(hall, state, spec, now))
        .collect();
    let services = hall
        .services
        .iter()
        .map(|s| ServiceView {
            code: s.code.0.clone(),
            name: s.name.clone(),
            waiting: state.service_queue(&s.code).len(),
            oldest_wait_minutes: state.oldest_wait(&s.code, now).map(whole_minutes),
            open_windows: hall
                .windows_for(&s.code)
                .filter(|w| state.window_phase(w.id, now).takes_customers())
                .count(),
        })
        .collect();
    let today = now.with_timezone(&tz).date_naive();
    // Today's breaks, and any coming soon even if that is after midnight: a
    // warning due at 23:50 for a 00:05 break must still be seen.
    let soon = now + hall.policy.warn_lead + Duration::hours(1);
    let mut breaks: Vec<BreakView> = state
        .breaks
        .values()
        .filter(|b| {
            let active = state.active_break(b.window).is_some_and(|a| a.id == b.id);
            active
                || (!b.is_finished()
                    && b.started_at.is_none()
                    && b.end > now
                    && (b.start.with_timezone(&tz).date_naive() == today || b.start <= soon))
        })
        .map(|b| break_view(hall, state, b, now))
        .collect();
    breaks.sort_by_key(|b| {
        (
            !matches!(b.phase, BreakPhase::OnBreak | BreakPhase::Overrun),
            b.start,
        )
    });
    let warnings_due = breaks
        .iter()
        .filter(|b| b.phase == BreakPhase::WarningDue)
        .map(|b| b.window)
        .collect();
    HallView {
        hall: hall.name.clone(),
        demo: hall.demo,
        now: now.with_timezone(&tz),
        windows,
        services,
        breaks,
        warnings_due,
        notice: crate::views::notice::glass_view(hall, state, today),
        requests: state
            .open_requests()
            .into_iter()
            .map(|r| request_view(hall, r, now))
            .collect(),
        printers: state
            .printers
            .iter()
            .map(|(kiosk, f)| PrinterView {
                kiosk: crate::text::clean(kiosk),
                error: crate::text::clean(&f.error),
                since: f.since.with_timezone(&tz),
            })
            .collect(),
    }
}

fn reason_code(b: &Break) -> Option<String> {
    match &b.kind {
        BreakKind::Planned => None,
        BreakKind::Unscheduled(r) => Some(r.code().to_string()),
    }
}

pub fn break_view(hall: &Hall, state: &State, b: &Break, now: Instant) -> BreakView {
    BreakView {
        id: b.id.0,
        window: b.window,
        window_name: hall.window(b.window).and_then(|w| w.name.clone()),
        staff: b.staff.as_ref().map(|s| {
            hall.staff(s)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| s.0.clone())
        }),
        start: b.start.with_timezone(&hall.tz),
        end: b.until().with_timezone(&hall.tz),
        unscheduled: reason_code(b),
        published: b.published,
        phase: state.break_phase(hall, b, now),
    }
}

/// The cashier's view of one window: the customer at the counter, the line, the
/// coming break, and what situation the window is in.
#[derive(Clone, Debug, Serialize)]
pub struct CounterView {
    pub hall: String,
    pub demo: bool,
    #[serde(serialize_with = "ser_time")]
    pub now: DateTime<Tz>,
    pub window: WindowId,
    pub name: Option<String>,
    pub staff: Option<String>,
    pub services: Vec<String>,
    pub phase: PhaseView,
    pub serving: Option<String>,
    /// Seconds the current customer has been at the window.
    pub serving_seconds: Option<i64>,
    pub queue: usize,
    pub oldest_wait_minutes: Option<i64>,
    /// The first few in line, each marked when it is past the cutoff.
    pub next_in_line: Vec<(String, bool)>,
    pub next_break: Option<BreakView>,
    /// Minutes until the next break starts (negative once it should have).
    pub minutes_to_break: Option<i64>,
    /// The last ticket this window takes: fixed once closing, a preview before.
    pub cutoff: Option<String>,
    pub cutoff_fixed: bool,
    /// The first customer in line past the cutoff: the one to send elsewhere.
    pub first_past_cutoff: Option<String>,
    /// An open window that can take this window's line, if any.
    pub other_window: Option<WindowId>,
    pub overrun_minutes: i64,
    /// The window's latest break request, while it is open or was answered
    /// since the window last went on a break.
    pub request: Option<RequestView>,
    #[serde(skip)]
    pub situation: Situation,
}

fn situation(phase: &PhaseView, next: Option<&BreakView>, past_cutoff: bool) -> Situation {
    match phase {
        PhaseView::OnBreak {
            overrun_minutes, ..
        } if *overrun_minutes > 0 => Situation::Overrun,
        PhaseView::OnBreak {
            unscheduled: Some(_),
            ..
        } => Situation::OnUnscheduledBreak,
        PhaseView::OnBreak { .. } => Situation::OnPlannedBreak,
        PhaseView::Pending => Situation::Pending,
        PhaseView::ClosingSoon { .. } => Situation::ClosingSoon {
            beyond_cutoff: past_cutoff,
        },
        PhaseView::Open if next.is_some_and(|b| b.phase == BreakPhase::WarningDue) => {
            Situation::WarningDue
        }
        PhaseView::Open | PhaseView::Closed => Situation::Open,
    }
}

/// How long the counter shows the supervisor's answer to its break request.
const ANSWER_SHOWN_MINUTES: i64 = 10;

/// How many of the first in line the counter shows.
const SHOWN_IN_LINE: usize = 8;

pub fn counter_view(hall: &Hall, state: &State, window: WindowId, now: Instant) -> CounterView {
    let tz = hall.tz;
    let overview = hall
        .window(window)
        .map(|spec| window_view(hall, state, spec, now));
    let queue = state.queue(hall, window);
    let next = state.next_break(window, now);
    let active = state.active_break(window);
    // Before the warning the cutoff is what the window would promise now.
    let (cutoff_id, cutoff_fixed) = match active.filter(|b| b.closing_at.is_some()) {
        Some(b) => (b.cutoff, true),
        None if next.is_some_and(|b| now >= b.start - hall.policy.warn_lead) => {
            (cutoff_preview(hall, state, window, now), false)
        }
        None => (None, false),
    };
    let cutoff_ticket = cutoff_id.and_then(|c| state.tickets.get(&c));
    let limited = cutoff_fixed || cutoff_ticket.is_some();
    let past =
        |t: &crate::domain::Ticket| limited && cutoff_ticket.is_none_or(|c| t.order > c.order);
    let first_past = queue.iter().find(|t| past(t));
    let first_past_cutoff = first_past.map(|t| t.label());
    // Where to send people: a window open for the service of the first customer
    // to redirect, else of the first in line.
    let focus = first_past.or(queue.first()).map(|t| &t.service);
    let focus = focus.or_else(|| hall.window(window).and_then(|w| w.services.first()));
    let other_window = hall
        .windows
        .iter()
        .filter(|w| w.id != window)
        .filter(|w| focus.is_some_and(|s| w.services.contains(s)))
        .filter(|w| matches!(state.window_phase(w.id, now), WindowPhase::Open))
        .min_by_key(|w| state.queue(hall, w.id).len())
        .map(|w| w.id);
    let next_view = next.map(|b| break_view(hall, state, b, now));
    let phase = overview
        .as_ref()
        .map(|w| w.phase.clone())
        .unwrap_or(PhaseView::Closed);
    let overrun_minutes = match &phase {
        PhaseView::OnBreak {
            overrun_minutes, ..
        } => *overrun_minutes,
        _ => 0,
    };
    CounterView {
        hall: hall.name.clone(),
        demo: hall.demo,
        now: now.with_timezone(&tz),
        window,
        name: hall.window(window).and_then(|w| w.name.clone()),
        staff: overview.as_ref().and_then(|w| w.staff.clone()),
        services: overview
            .as_ref()
            .map(|w| w.services.clone())
            .unwrap_or_default(),
        situation: situation(&phase, next_view.as_ref(), first_past_cutoff.is_some()),
        phase,
        serving: overview.as_ref().and_then(|w| w.serving.clone()),
        serving_seconds: state
            .serving(window)
            .and_then(|t| t.called_at)
            .map(|c| (now - c).num_seconds().max(0)),
        queue: queue.len(),
        oldest_wait_minutes: queue.iter().map(|t| whole_minutes(now - t.issued_at)).max(),
        next_in_line: queue
            .iter()
            .take(SHOWN_IN_LINE)
            .map(|t| (t.label(), past(t)))
            .collect(),
        minutes_to_break: next.map(|b| (b.start - now).num_minutes()),
        next_break: next_view,
        cutoff: cutoff_ticket.map(|t| t.label()),
        cutoff_fixed,
        first_past_cutoff,
        other_window,
        overrun_minutes,
        request: state
            .last_request(window)
            .filter(|r| {
                // An answer stays on show for a while, so the cashier sees it.
                use crate::domain::RequestStatus as S;
                match r.status {
                    S::Pending | S::Postponed { .. } => true,
                    S::Approved { at } | S::Declined { at } => {
                        now - at < Duration::minutes(ANSWER_SHOWN_MINUTES)
                    }
                }
            })
            .map(|r| request_view(hall, r, now)),
    }
}

/// What fills the phrases' placeholders for this window now.
pub fn phrase_args(c: &CounterView, key: PhraseKey) -> PhraseArgs {
    let b = c.next_break.as_ref();
    let minutes = match key {
        PhraseKey::Unscheduled | PhraseKey::UnscheduledAlone => {
            b.map_or(0, |b| (b.end - b.start).num_minutes())
        }
        PhraseKey::Overrun => c.overrun_minutes,
        _ => c.minutes_to_break.unwrap_or(0).max(0),
    };
    let first_in_line = c.next_in_line.first().map(|(t, _)| t.clone());
    let ticket = match key {
        PhraseKey::ClosingLast => c.serving.clone(),
        _ => c
            .first_past_cutoff
            .clone()
            .or_else(|| c.serving.clone())
            .or(first_in_line),
    };
    PhraseArgs {
        window: c.window.0,
        other: c.other_window.map(|w| w.0),
        time: b
            .map(|b| b.start.format("%H:%M").to_string())
            .unwrap_or_default(),
        back: b
            .map(|b| b.end.format("%H:%M").to_string())
            .unwrap_or_default(),
        minutes,
        cutoff: c
            .cutoff
            .clone()
            .or_else(|| c.serving.clone())
            .unwrap_or_default(),
        ticket: ticket.unwrap_or_default(),
        reason: b.and_then(|b| b.unscheduled.clone()).unwrap_or_default(),
    }
}
