//! The hall's live state: a fold of the event log, with the queries every rule and
//! screen asks of it.

use super::event::Answer;
use super::event::Event;
use super::hall::Hall;
use super::notice::Notice;
use super::types::{
    BreakId, BreakKind, BreakReason, Instant, Outcome, RequestId, ServiceCode, StaffId, TicketId,
    WindowId, ticket_label,
};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Finished breaks are kept this long after their end, so yesterday's evening shift
/// still shows in reports made the next morning.
const KEEP_FINISHED_BREAKS: i64 = 2;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Waiting,
    Called { window: WindowId },
    Done(Outcome),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: TicketId,
    /// The queue the ticket waits in now; a transfer changes it.
    pub service: ServiceCode,
    /// The service printed on the customer's paper: a transfer never changes it.
    pub prefix: ServiceCode,
    pub number: u32,
    pub day: NaiveDate,
    pub issued_at: Instant,
    /// The window this ticket waits for, when queues are per window or it was
    /// transferred to one window.
    pub target: Option<WindowId>,
    /// Place in the queue: transferred tickets (class 0) go before new ones (class 1).
    pub order: (u8, u64),
    pub status: TicketStatus,
    pub called_at: Option<Instant>,
    pub finished_at: Option<Instant>,
    pub recalls: u32,
    pub transfers: u32,
}

impl Ticket {
    pub fn label(&self) -> String {
        ticket_label(&self.prefix, self.number)
    }

    pub fn is_waiting(&self) -> bool {
        self.status == TicketStatus::Waiting
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WindowRt {
    pub open: bool,
    pub staff: Option<StaffId>,
    pub serving: Option<TicketId>,
    /// The break this window is closing for, waiting to start, or on.
    pub active_break: Option<BreakId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Break {
    pub id: BreakId,
    pub window: WindowId,
    pub kind: BreakKind,
    pub start: Instant,
    pub end: Instant,
    pub staff: Option<StaffId>,
    pub published: bool,
    pub warned_at: Option<Instant>,
    pub closing_at: Option<Instant>,
    /// The last ticket this window promised to serve before leaving.
    pub cutoff: Option<TicketId>,
    pub pending_at: Option<Instant>,
    /// A supervisor let this break leave promised customers waiting.
    #[serde(default)]
    pub promises_waived: bool,
    pub started_at: Option<Instant>,
    pub ended_at: Option<Instant>,
    pub cancelled: bool,
    /// When the break's times or staff last changed after it was planned.
    #[serde(default)]
    pub changed_at: Option<Instant>,
    /// The times customers were shown before the break last changed while
    /// published: the board and the notice point out the change.
    #[serde(default)]
    pub published_was: Option<(Instant, Instant)>,
    /// Scripted phrases said at the window while this break was near or on.
    #[serde(default)]
    pub phrases: Vec<String>,
}

impl Break {
    pub fn length(&self) -> Duration {
        self.end - self.start
    }

    /// When the window is due back. A planned break keeps its published end (that
    /// is what customers were told); an unscheduled one lasts its length from
    /// when it really started.
    pub fn until(&self) -> Instant {
        match (&self.kind, self.started_at) {
            (BreakKind::Unscheduled(_), Some(started)) => started + self.length(),
            _ => self.end,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.cancelled || self.ended_at.is_some()
    }

    pub fn is_on(&self) -> bool {
        self.started_at.is_some() && !self.is_finished()
    }
}

/// Where a break stands at a given moment.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakPhase {
    Planned,
    Published,
    /// Within the warning lead, people are waiting and nobody has warned them.
    WarningDue,
    ClosingSoon,
    /// Asked for during a service; starts when it ends.
    Pending,
    OnBreak,
    Overrun,
    Done,
    Cancelled,
    /// Its time passed and it never started.
    Missed,
}

/// What a window is doing, as the hall sees it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum WindowPhase {
    Closed,
    Open,
    ClosingSoon(BreakId),
    Pending(BreakId),
    OnBreak { brk: BreakId, overrun: bool },
}

impl WindowPhase {
    /// Whether the window may call customers at all (the cutoff may still stop it).
    pub fn takes_customers(self) -> bool {
        matches!(self, WindowPhase::Open | WindowPhase::ClosingSoon(_))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The business day of the newest ticket; numbers restart when it changes.
    pub day: Option<NaiveDate>,
    pub next_ticket: u64,
    pub next_break: u64,
    next_order: u64,
    pub last_number: BTreeMap<ServiceCode, u32>,
    pub tickets: BTreeMap<TicketId, Ticket>,
    pub windows: BTreeMap<WindowId, WindowRt>,
    pub breaks: BTreeMap<BreakId, Break>,
    /// Today's finished services per service: count and total seconds, to learn the
    /// real mean service time.
    pub service_stats: BTreeMap<ServiceCode, (u32, i64)>,
    /// The break notice last printed for each business day.
    #[serde(default)]
    pub notices: BTreeMap<NaiveDate, Notice>,
    /// Cashiers' requests for unscheduled breaks, answered or not.
    #[serde(default)]
    pub requests: BTreeMap<RequestId, BreakRequest>,
    #[serde(default)]
    pub next_request: u64,
    /// Kiosks whose ticket printer is failing, by kiosk name.
    #[serde(default)]
    pub printers: BTreeMap<String, PrinterFault>,
}

/// A kiosk's printer that fails: since when, and the last error it gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrinterFault {
    pub since: Instant,
    pub error: String,
}

/// Where a cashier's break request stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum RequestStatus {
    Pending,
    /// Not now; it is due again at `until`.
    Postponed {
        until: Instant,
    },
    Approved {
        at: Instant,
    },
    Declined {
        at: Instant,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakRequest {
    pub id: RequestId,
    pub window: WindowId,
    pub reason: BreakReason,
    pub minutes: u32,
    pub asked_at: Instant,
    pub staff: Option<StaffId>,
    pub status: RequestStatus,
}

impl BreakRequest {
    /// Still waiting for a yes or no.
    pub fn is_open(&self) -> bool {
        matches!(
            self.status,
            RequestStatus::Pending | RequestStatus::Postponed { .. }
        )
    }

    /// Waiting for an answer now: pending, or postponed to a time that came.
    pub fn is_due(&self, now: Instant) -> bool {
        match self.status {
            RequestStatus::Pending => true,
            RequestStatus::Postponed { until } => now >= until,
            _ => false,
        }
    }
}

impl State {
    pub fn new() -> Self {
        State {
            next_ticket: 1,
            next_break: 1,
            next_order: 1,
            ..State::default()
        }
    }

    /// Folds a whole log into a state.
    pub fn fold<'a>(events: impl IntoIterator<Item = (Instant, &'a Event)>) -> Self {
        let mut state = State::new();
        for (at, event) in events {
            state.apply(at, event);
        }
        state
    }

    /// Applies one recorded event. Never fails: the event was checked when it was
    /// decided, and replaying the log must always succeed, even for windows a later
    /// config no longer has.
    pub fn apply(&mut self, at: Instant, event: &Event) {
        match event {
            Event::WindowOpened { window, staff } => {
                let w = self.windows.entry(*window).or_default();
                w.open = true;
                w.staff = staff.clone();
            }
            Event::WindowClosed { window } => {
                let w = self.windows.entry(*window).or_default();
                w.open = false;
                w.staff = None;
            }
            Event::TicketIssued {
                ticket,
                service,
                number,
                day,
                window,
            } => {
                if self.day != Some(*day) {
                    self.roll_over(*day, at);
                }
                let last = self.last_number.entry(service.clone()).or_default();
                *last = (*last).max(*number);
                let order = (1, self.take_order());
                self.tickets.insert(
                    *ticket,
                    Ticket {
                        id: *ticket,
                        service: service.clone(),
                        prefix: service.clone(),
                        number: *number,
                        day: *day,
                        issued_at: at,
                        target: *window,
                        order,
                        status: TicketStatus::Waiting,
                        called_at: None,
                        finished_at: None,
                        recalls: 0,
                        transfers: 0,
                    },
                );
                self.next_ticket = self.next_ticket.max(ticket.0 + 1);
            }
            Event::TicketCalled { ticket, window } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.status = TicketStatus::Called { window: *window };
                    t.called_at = Some(at);
                }
                self.windows.entry(*window).or_default().serving = Some(*ticket);
            }
            Event::TicketRecalled { ticket, .. } => {
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.recalls += 1;
                }
            }
            Event::TicketServed { ticket, window } => {
                if let Some(t) = self.tickets.get_mut(ticket)
                    && let Some(called) = t.called_at
                {
                    let stat = self.service_stats.entry(t.service.clone()).or_default();
                    stat.0 += 1;
                    stat.1 += (at - called).num_seconds().max(0);
                }
                self.finish(*ticket, Some(*window), Outcome::Served, at);
            }
            Event::TicketNoShow { ticket, window } => {
                self.finish(*ticket, Some(*window), Outcome::NoShow, at)
            }
            Event::TicketCancelled { ticket } => self.finish(*ticket, None, Outcome::Cancelled, at),
            Event::TicketsExpired { tickets } => {
                for t in tickets {
                    self.finish(*t, None, Outcome::Cancelled, at);
                }
            }
            Event::TicketTransferred {
                ticket,
                from,
                service,
                window,
            } => {
                let order = (0, self.take_order());
                if let Some(t) = self.tickets.get_mut(ticket) {
                    t.status = TicketStatus::Waiting;
                    t.service = service.clone();
                    t.target = *window;
                    t.order = order;
                    t.transfers += 1;
                    t.called_at = None;
                }
                let w = self.windows.entry(*from).or_default();
                if w.serving == Some(*ticket) {
                    w.serving = None;
                }
            }
            Event::BreakPlanned {
                brk,
                window,
                kind,
                start,
                end,
                staff,
            } => {
                self.breaks.insert(
                    *brk,
                    Break {
                        id: *brk,
                        window: *window,
                        kind: kind.clone(),
                        start: *start,
                        end: *end,
                        staff: staff.clone(),
                        published: false,
                        warned_at: None,
                        closing_at: None,
                        cutoff: None,
                        pending_at: None,
                        promises_waived: false,
                        started_at: None,
                        ended_at: None,
                        cancelled: false,
                        changed_at: None,
                        published_was: None,
                        phrases: Vec::new(),
                    },
                );
                self.next_break = self.next_break.max(brk.0 + 1);
            }
            Event::BreakChanged {
                brk,
                start,
                end,
                staff,
            } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    if b.published && b.published_was.is_none() {
                        b.published_was = Some((b.start, b.end));
                    }
                    b.start = *start;
                    b.end = *end;
                    b.staff = staff.clone();
                    b.changed_at = Some(at);
                }
            }
            Event::BreakCancelled { brk } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.cancelled = true;
                    let w = self.windows.entry(b.window).or_default();
                    if w.active_break == Some(*brk) {
                        w.active_break = None;
                    }
                }
            }
            Event::BreaksPublished { breaks } => {
                for id in breaks {
                    if let Some(b) = self.breaks.get_mut(id) {
                        b.published = true;
                    }
                }
            }
            Event::WarningGiven { brk, .. } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.warned_at = Some(at);
                }
            }
            Event::ClosingStarted { brk, cutoff } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.closing_at = Some(at);
                    b.cutoff = *cutoff;
                    self.windows.entry(b.window).or_default().active_break = Some(*brk);
                }
            }
            Event::CutoffExtended { brk, cutoff } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.cutoff = Some(*cutoff);
                }
            }
            Event::BreakDeferred { brk } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.pending_at = None;
                }
            }
            Event::BreakPending { brk, waived } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.pending_at = Some(at);
                    b.promises_waived = *waived;
                    self.windows.entry(b.window).or_default().active_break = Some(*brk);
                }
            }
            Event::BreakStarted { brk } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.started_at = Some(at);
                    self.windows.entry(b.window).or_default().active_break = Some(*brk);
                }
            }
            Event::BreakEnded { brk } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.ended_at = Some(at);
                    let w = self.windows.entry(b.window).or_default();
                    if w.active_break == Some(*brk) {
                        w.active_break = None;
                    }
                }
            }
            Event::PhraseSaid { window, phrase, .. } => {
                let brk = self
                    .windows
                    .get(window)
                    .and_then(|w| w.active_break)
                    .or_else(|| {
                        self.breaks
                            .values()
                            .filter(|b| b.window == *window && !b.is_finished())
                            .min_by_key(|b| b.start)
                            .map(|b| b.id)
                    });
                if let Some(b) = brk.and_then(|id| self.breaks.get_mut(&id)) {
                    b.phrases.push(phrase.clone());
                }
            }
            Event::NoticeIssued { day, breaks } => {
                self.notices.insert(
                    *day,
                    Notice {
                        at,
                        breaks: breaks.clone(),
                    },
                );
            }
            Event::BreakRequested {
                request,
                window,
                reason,
                minutes,
            } => {
                let staff = self.windows.get(window).and_then(|w| w.staff.clone());
                self.requests.insert(
                    *request,
                    BreakRequest {
                        id: *request,
                        window: *window,
                        reason: reason.clone(),
                        minutes: *minutes,
                        asked_at: at,
                        staff,
                        status: RequestStatus::Pending,
                    },
                );
                self.next_request = self.next_request.max(request.0 + 1);
            }
            Event::BreakRequestAnswered { request, answer } => {
                if let Some(r) = self.requests.get_mut(request) {
                    r.status = match answer {
                        Answer::Approved => RequestStatus::Approved { at },
                        Answer::Postponed { until } => RequestStatus::Postponed { until: *until },
                        Answer::Declined => RequestStatus::Declined { at },
                    };
                }
            }
            Event::PrinterFailed { kiosk, error } => {
                let since = self.printers.get(kiosk).map_or(at, |f| f.since);
                self.printers.insert(
                    kiosk.clone(),
                    PrinterFault {
                        since,
                        error: error.clone(),
                    },
                );
            }
            Event::PrinterRestored { kiosk } => {
                self.printers.remove(kiosk);
            }
            Event::PolicyOverridden { .. } | Event::PlaybookFollowed { .. } => {}
            // Training marks change nothing in the hall; they are for the debrief.
            Event::TrainingStarted { .. }
            | Event::TrainingCue { .. }
            | Event::TrainingEnded { .. } => {}
            // The quality record has its own fold (`crate::feedback`): it never
            // changes who is served when.
            Event::FeedbackRecorded { .. }
            | Event::FeedbackAcknowledged { .. }
            | Event::FeedbackAssigned { .. }
            | Event::FeedbackAnswered { .. }
            | Event::FeedbackClosed { .. }
            | Event::FeedbackReopened { .. }
            | Event::ContactErased { .. }
            | Event::CustomerRated { .. }
            | Event::AuditRecorded { .. } => {}
        }
    }

    fn take_order(&mut self) -> u64 {
        let n = self.next_order.max(1);
        self.next_order = n + 1;
        n
    }

    fn finish(
        &mut self,
        ticket: TicketId,
        window: Option<WindowId>,
        outcome: Outcome,
        at: Instant,
    ) {
        if let Some(t) = self.tickets.get_mut(&ticket) {
            t.status = TicketStatus::Done(outcome);
            t.finished_at = Some(at);
        }
        let windows: Vec<WindowId> = match window {
            Some(w) => vec![w],
            None => self.windows.keys().copied().collect(),
        };
        for w in windows {
            let rt = self.windows.entry(w).or_default();
            if rt.serving == Some(ticket) {
                rt.serving = None;
            }
        }
    }

    /// A new business day: numbers restart, and what finished on earlier days leaves
    /// the live state (it stays in the log).
    fn roll_over(&mut self, day: NaiveDate, at: Instant) {
        self.day = Some(day);
        self.last_number.clear();
        self.service_stats.clear();
        self.tickets
            .retain(|_, t| t.day >= day || !matches!(t.status, TicketStatus::Done(_)));
        let horizon = at - Duration::days(KEEP_FINISHED_BREAKS);
        let active: Vec<BreakId> = self
            .windows
            .values()
            .filter_map(|w| w.active_break)
            .collect();
        self.breaks
            .retain(|id, b| b.end >= horizon || active.contains(id));
        let oldest = day - Duration::days(KEEP_FINISHED_BREAKS);
        self.notices.retain(|d, _| *d >= oldest);
        // Yesterday's requests were for yesterday's counter.
        self.requests.clear();
    }

    // ----- queries -----

    /// Requests still waiting for an answer, oldest first.
    pub fn open_requests(&self) -> Vec<&BreakRequest> {
        self.requests.values().filter(|r| r.is_open()).collect()
    }

    /// A window's latest request, answered or not.
    pub fn last_request(&self, window: WindowId) -> Option<&BreakRequest> {
        self.requests.values().rev().find(|r| r.window == window)
    }

    pub fn window(&self, id: WindowId) -> WindowRt {
        self.windows.get(&id).cloned().unwrap_or_default()
    }

    pub fn active_break(&self, window: WindowId) -> Option<&Break> {
        self.windows
            .get(&window)
            .and_then(|w| w.active_break)
            .and_then(|id| self.breaks.get(&id))
    }

    pub fn window_phase(&self, id: WindowId, now: Instant) -> WindowPhase {
        let rt = self.windows.get(&id);
        if let Some(b) = self.active_break(id) {
            if b.started_at.is_some() {
                return WindowPhase::OnBreak {
                    brk: b.id,
                    overrun: now > b.until(),
                };
            }
            if rt.is_some_and(|w| w.open) {
                if b.pending_at.is_some() {
                    return WindowPhase::Pending(b.id);
                }
                return WindowPhase::ClosingSoon(b.id);
            }
        }
        match rt {
            Some(w) if w.open => WindowPhase::Open,
            _ => WindowPhase::Closed,
        }
    }

    pub fn serving(&self, window: WindowId) -> Option<&Ticket> {
        self.windows
            .get(&window)
            .and_then(|w| w.serving)
            .and_then(|id| self.tickets.get(&id))
    }

    /// The tickets a window may call, first in line first.
    pub fn queue(&self, hall: &Hall, window: WindowId) -> Vec<&Ticket> {
        let Some(spec) = hall.window(window) else {
            return vec![];
        };
        let mut q: Vec<&Ticket> = self
            .tickets
            .values()
            .filter(|t| {
                t.is_waiting()
                    && spec.services.contains(&t.service)
                    && t.target.is_none_or(|w| w == window)
            })
            .collect();
        q.sort_by_key(|t| t.order);
        q
    }

    /// Everyone waiting for a service, whatever window they wait for.
    pub fn service_queue(&self, service: &ServiceCode) -> Vec<&Ticket> {
        let mut q: Vec<&Ticket> = self
            .tickets
            .values()
            .filter(|t| t.is_waiting() && &t.service == service)
            .collect();
        q.sort_by_key(|t| t.order);
        q
    }

    pub fn find_ticket(&self, service: &ServiceCode, number: u32) -> Option<&Ticket> {
        self.tickets
            .values()
            .filter(|t| &t.prefix == service && t.number == number)
            .max_by_key(|t| t.day)
    }

    /// Whether a ticket is at or before the cutoff a closing window promised.
    pub fn within_cutoff(&self, brk: &Break, ticket: &Ticket) -> bool {
        brk.cutoff
            .and_then(|c| self.tickets.get(&c))
            .is_some_and(|c| ticket.order <= c.order)
    }

    /// The break a window is on or heading for: the active one, else the next one
    /// not yet over.
    pub fn next_break(&self, window: WindowId, now: Instant) -> Option<&Break> {
        if let Some(b) = self.active_break(window) {
            return Some(b);
        }
        self.breaks
            .values()
            .filter(|b| {
                b.window == window && !b.is_finished() && b.started_at.is_none() && b.end > now
            })
            .min_by_key(|b| b.start)
    }

    /// Breaks of one business day (in the hall's time zone), earliest first.
    pub fn breaks_on(&self, hall: &Hall, day: NaiveDate) -> Vec<&Break> {
        let mut v: Vec<&Break> = self
            .breaks
            .values()
            .filter(|b| b.start.with_timezone(&hall.tz).date_naive() == day)
            .collect();
        v.sort_by_key(|b| (b.start, b.window));
        v
    }

    pub fn break_phase(&self, hall: &Hall, brk: &Break, now: Instant) -> BreakPhase {
        if brk.cancelled {
            return BreakPhase::Cancelled;
        }
        if brk.ended_at.is_some() {
            return BreakPhase::Done;
        }
        if brk.started_at.is_some() {
            return if now > brk.until() {
                BreakPhase::Overrun
            } else {
                BreakPhase::OnBreak
            };
        }
        if brk.pending_at.is_some() {
            return BreakPhase::Pending;
        }
        if brk.closing_at.is_some() {
            return BreakPhase::ClosingSoon;
        }
        if now >= brk.end {
            return BreakPhase::Missed;
        }
        if self.warning_due(hall, brk, now) {
            return BreakPhase::WarningDue;
        }
        if brk.published {
            BreakPhase::Published
        } else {
            BreakPhase::Planned
        }
    }

    /// The seed's rule: with a queue, customers hear about a break a warning lead
    /// before it.
    pub fn warning_due(&self, hall: &Hall, brk: &Break, now: Instant) -> bool {
        brk.kind == BreakKind::Planned
            && brk.warned_at.is_none()
            && brk.started_at.is_none()
            && !brk.is_finished()
            && now >= brk.start - hall.policy.warn_lead
            && now < brk.end
            && !self.queue(hall, brk.window).is_empty()
    }

    /// How many windows are on a break right now, pending ones included: those no
    /// longer call anyone.
    pub fn windows_on_break(&self, except: Option<WindowId>) -> usize {
        self.windows
            .iter()
            .filter(|(id, _)| Some(**id) != except)
            .filter_map(|(id, _)| self.active_break(*id))
            .filter(|b| b.started_at.is_some() || b.pending_at.is_some())
            .count()
    }

    /// Windows open for a service that will still call customers after `except`
    /// leaves: open, and neither on nor heading straight for a break.
    pub fn open_windows_for(
        &self,
        hall: &Hall,
        service: &ServiceCode,
        except: WindowId,
        now: Instant,
    ) -> usize {
        hall.windows_for(service)
            .filter(|w| w.id != except)
            .filter(|w| matches!(self.window_phase(w.id, now), WindowPhase::Open))
            .count()
    }

    /// The mean service time: learned from today's services once there are enough,
    /// else the configured one.
    pub fn mean_service(&self, hall: &Hall, service: &ServiceCode) -> Duration {
        match self.service_stats.get(service) {
            Some(&(n, total)) if n >= 5 => Duration::seconds(total / i64::from(n)),
            _ => hall.mean_service(service),
        }
    }

    /// The oldest waiting ticket's wait, per service.
    pub fn oldest_wait(&self, service: &ServiceCode, now: Instant) -> Option<Duration> {
        self.service_queue(service)
            .iter()
            .map(|t| now - t.issued_at)
            .max()
    }
}
