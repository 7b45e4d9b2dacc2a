//! One walk over the log's events that keeps what a report counts: each
//! ticket's issue, calls and end; each break's plan, publication, warning,
//! cutoff and real times; the spans each window was staffed, busy with a
//! customer or away on a break; overrides, break requests and training
//! sessions. Figures for any period are then read from these facts.
//!
//! The walk keeps its own copy of the lines in front of each window (in the
//! domain's order: transferred customers first, then by arrival), because
//! who was promised service at a closing window, who was past its cutoff and
//! who stood waiting when a break began are questions about the line at that
//! moment.

use crate::domain::{
    Answer, BreakId, BreakKind, Event, Hall, Instant, Recorded, RequestId, ServiceCode, StaffId,
    TicketId, WindowId,
};
use crate::feedback::Rules;
use std::collections::{BTreeMap, HashMap};

/// How a ticket left the hall, as the log recorded it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum End {
    Served(WindowId),
    NoShow(WindowId),
    Cancelled,
    /// Still waiting when a new business day began.
    Expired,
}

/// A call of a ticket to a window.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub at: Instant,
    pub window: WindowId,
    /// Who worked at the window then.
    pub staff: Option<StaffId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TicketFact {
    pub id: TicketId,
    /// The service printed on the ticket.
    pub service: ServiceCode,
    pub issued: Instant,
    pub calls: Vec<Call>,
    pub end: Option<(Instant, End)>,
    /// When it was sent on to another line.
    pub transfers: Vec<Instant>,
}

impl TicketFact {
    pub fn first_call(&self) -> Option<&Call> {
        self.calls.first()
    }

    /// The first call at or after `t`.
    pub fn call_after(&self, t: Instant) -> Option<&Call> {
        self.calls.iter().find(|c| c.at >= t)
    }

    /// Transfers made before `end`.
    pub fn transfers_before(&self, end: Instant) -> u64 {
        self.transfers.iter().filter(|t| **t < end).count() as u64
    }
}

/// What a window was doing over a span of time.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SpanKind {
    /// Open, with someone at it (breaks included).
    Staffed,
    /// A customer at the window: from the call to the end of the visit.
    Busy,
    /// On a break.
    Away,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub window: WindowId,
    pub staff: Option<StaffId>,
    pub kind: SpanKind,
    pub from: Instant,
    /// `None` while it lasts.
    pub to: Option<Instant>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BreakFact {
    pub id: BreakId,
    pub window: WindowId,
    pub kind: BreakKind,
    pub staff: Option<StaffId>,
    /// As last planned.
    pub start: Instant,
    pub end: Instant,
    pub published_at: Option<Instant>,
    pub cancelled_at: Option<Instant>,
    /// When the queue was warned, and how many were waiting then.
    pub warned: Option<(Instant, u32)>,
    pub closing_at: Option<Instant>,
    /// The window fixed a cutoff ticket when it started closing.
    pub cutoff: bool,
    /// Customers told they would still be served here: those up to the cutoff
    /// when the window started closing, and those the cutoff later took in.
    pub promised: Vec<TicketId>,
    /// Customers in the window's line behind its cutoff while it was closing.
    pub past: Vec<TicketId>,
    /// When the window stopped calling for this break (it began, or was asked
    /// for during a service), and how many waited in its line then.
    pub left: Option<(Instant, u32)>,
    /// A supervisor let the break leave promised customers waiting.
    pub waived: bool,
    pub started_at: Option<Instant>,
    pub ended_at: Option<Instant>,
    /// When the window really went: the break began, or the window closed
    /// while it was closing for it.
    pub gone_at: Option<Instant>,
    cutoff_order: Option<(u8, u64)>,
}

impl BreakFact {
    pub fn is_planned(&self) -> bool {
        self.kind == BreakKind::Planned
    }

    /// When the window is due back: a planned break at its planned end, an
    /// unscheduled one its length after it began.
    pub fn due_back(&self) -> Instant {
        match (&self.kind, self.started_at) {
            (BreakKind::Unscheduled(_), Some(s)) => s + (self.end - self.start),
            _ => self.end,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct OverrideFact {
    pub at: Instant,
    pub rule: String,
    pub by: String,
    pub reason: String,
    /// The window the overridden command was about, when it names one.
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RequestAnswer {
    Open,
    Approved,
    Postponed,
    Declined,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RequestFact {
    pub id: RequestId,
    pub at: Instant,
    pub window: WindowId,
    pub staff: Option<StaffId>,
    pub reason: String,
    pub minutes: u32,
    /// The last answer given.
    pub answer: RequestAnswer,
}

/// A training session: the scenario, when it began, and its score once over.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionFact {
    pub scenario: String,
    pub at: Instant,
    pub score: Option<(u32, u32)>,
}

/// Everything a report reads, from one walk over the events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// In the order they were issued.
    pub tickets: Vec<TicketFact>,
    /// In the order they were planned.
    pub breaks: Vec<BreakFact>,
    pub spans: Vec<Span>,
    pub overrides: Vec<OverrideFact>,
    pub requests: Vec<RequestFact>,
    pub sessions: Vec<SessionFact>,
    /// The quality record's events from the log's start, oldest first, and
    /// the hall's time limits for answering: what a period's quality figures
    /// are read from (see `quality.rs`).
    pub feedback: Vec<Recorded>,
    pub rules: Rules,
}

impl Facts {
    /// Takes in what the log's walk does not hold: training sessions from the
    /// trainer's logs and the quality record.
    pub fn take_in(&mut self, input: &super::Input) {
        self.sessions.extend(input.sessions.iter().cloned());
        self.feedback = input.feedback.clone();
        self.rules = input.rules.clone();
    }
}

/// A ticket waiting in a line: its place and which windows may call it.
#[derive(Clone, Debug)]
struct Place {
    order: (u8, u64),
    service: ServiceCode,
    target: Option<WindowId>,
}

#[derive(Clone, Debug, Default)]
struct Win {
    staff: Option<StaffId>,
    staffed: Option<usize>,
    busy: Option<(usize, TicketId)>,
    away: Option<usize>,
    /// The break the window is closing for, before it begins.
    closing: Option<BreakId>,
    /// A break it was closing for that was just called off: closing the
    /// window in the same command leaves the people it promised.
    dropped: Option<(BreakId, Instant)>,
}

/// The walk's working state.
struct Walk<'a> {
    hall: &'a Hall,
    facts: Facts,
    tickets: HashMap<TicketId, usize>,
    breaks: HashMap<BreakId, usize>,
    requests: HashMap<RequestId, usize>,
    /// Everyone waiting, in the domain's queue order.
    line: BTreeMap<(u8, u64), TicketId>,
    places: HashMap<TicketId, Place>,
    next_order: u64,
    windows: HashMap<WindowId, Win>,
    /// Overrides whose window is not known yet: the command they let
    /// through follows them at the same instant.
    unplaced: Vec<usize>,
}

/// Walks `events` (in log order) and keeps the facts.
pub fn walk(hall: &Hall, events: &[Recorded]) -> Facts {
    let mut w = Walk {
        hall,
        facts: Facts::default(),
        tickets: HashMap::new(),
        breaks: HashMap::new(),
        requests: HashMap::new(),
        line: BTreeMap::new(),
        places: HashMap::new(),
        next_order: 1,
        windows: HashMap::new(),
        unplaced: Vec::new(),
    };
    for r in events {
        w.see(r);
    }
    w.facts
}

impl Walk<'_> {
    fn see(&mut self, r: &Recorded) {
        let at = r.at;
        if let Some(first) = self.unplaced.first()
            && self.facts.overrides[*first].at != at
        {
            self.unplaced.clear();
        }
        // An override belongs to the window of the command it let through:
        // the first event after it, at the same instant, to name a window.
        if !self.unplaced.is_empty()
            && let Some(window) = self.named_window(&r.event)
        {
            self.place(window);
        }
        match &r.event {
            Event::WindowOpened { window, staff } => {
                self.end_span_staffed(*window, at);
                let i = self.open_span(*window, staff.clone(), SpanKind::Staffed, at);
                let w = self.windows.entry(*window).or_default();
                w.staffed = Some(i);
                w.staff = staff.clone();
            }
            Event::WindowClosed { window } => {
                self.end_span_staffed(*window, at);
                let dropped = self.windows.entry(*window).or_default().dropped.take();
                // A window closed while closing for a break has left the
                // people it promised to serve.
                let closed_on = dropped.filter(|(_, t)| *t == at).map(|(b, _)| b);
                if let Some(b) = closed_on.and_then(|b| self.breaks.get(&b).copied()) {
                    let fact = &mut self.facts.breaks[b];
                    if fact.gone_at.is_none() && fact.started_at.is_none() {
                        fact.gone_at = Some(at);
                    }
                }
                let w = self.windows.entry(*window).or_default();
                w.staff = None;
            }
            Event::TicketIssued {
                ticket,
                service,
                window,
                ..
            } => {
                self.tickets.insert(*ticket, self.facts.tickets.len());
                self.facts.tickets.push(TicketFact {
                    id: *ticket,
                    service: service.clone(),
                    issued: at,
                    calls: Vec::new(),
                    end: None,
                    transfers: Vec::new(),
                });
                let order = (1, self.take_order());
                self.join_line(*ticket, order, service.clone(), *window);
            }
            Event::TicketCalled { ticket, window } => {
                self.leave_line(*ticket);
                let staff = self.windows.get(window).and_then(|w| w.staff.clone());
                if let Some(t) = self.ticket(*ticket) {
                    t.calls.push(Call {
                        at,
                        window: *window,
                        staff: staff.clone(),
                    });
                }
                self.end_busy(*window, at);
                let i = self.open_span(*window, staff, SpanKind::Busy, at);
                self.windows.entry(*window).or_default().busy = Some((i, *ticket));
            }
            Event::TicketServed { ticket, window } => {
                self.end_busy(*window, at);
                self.finish(*ticket, at, End::Served(*window));
            }
            Event::TicketNoShow { ticket, window } => {
                self.end_busy(*window, at);
                self.finish(*ticket, at, End::NoShow(*window));
            }
            Event::TicketTransferred {
                ticket,
                from,
                service,
                window,
            } => {
                self.end_busy(*from, at);
                if let Some(t) = self.ticket(*ticket) {
                    t.transfers.push(at);
                }
                if self.tickets.contains_key(ticket) {
                    let order = (0, self.take_order());
                    self.join_line(*ticket, order, service.clone(), *window);
                }
            }
            Event::TicketCancelled { ticket } => {
                self.leave_line(*ticket);
                let serving: Vec<WindowId> = self
                    .windows
                    .iter()
                    .filter(|(_, w)| w.busy.is_some_and(|(_, t)| t == *ticket))
                    .map(|(id, _)| *id)
                    .collect();
                for w in serving {
                    self.end_busy(w, at);
                }
                self.finish(*ticket, at, End::Cancelled);
            }
            Event::TicketsExpired { tickets } => {
                for t in tickets {
                    self.leave_line(*t);
                    self.finish(*t, at, End::Expired);
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
                self.breaks.insert(*brk, self.facts.breaks.len());
                self.facts.breaks.push(BreakFact {
                    id: *brk,
                    window: *window,
                    kind: kind.clone(),
                    staff: staff.clone(),
                    start: *start,
                    end: *end,
                    published_at: None,
                    cancelled_at: None,
                    warned: None,
                    closing_at: None,
                    cutoff: false,
                    promised: Vec::new(),
                    past: Vec::new(),
                    left: None,
                    waived: false,
                    started_at: None,
                    ended_at: None,
                    gone_at: None,
                    cutoff_order: None,
                });
            }
            Event::BreakCancelled { brk } => {
                if let Some(b) = self.brk(*brk) {
                    b.cancelled_at.get_or_insert(at);
                    let window = b.window;
                    let w = self.windows.entry(window).or_default();
                    if w.closing == Some(*brk) {
                        w.closing = None;
                        w.dropped = Some((*brk, at));
                    }
                }
            }
            Event::BreakChanged {
                brk,
                start,
                end,
                staff,
            } => {
                if let Some(b) = self.brk(*brk) {
                    b.start = *start;
                    b.end = *end;
                    b.staff = staff.clone();
                }
            }
            Event::BreaksPublished { breaks } => {
                for id in breaks {
                    if let Some(b) = self.brk(*id) {
                        b.published_at.get_or_insert(at);
                    }
                }
            }
            Event::WarningGiven { brk, waiting } => {
                if let Some(b) = self.brk(*brk) {
                    b.warned.get_or_insert((at, *waiting));
                }
            }
            Event::ClosingStarted { brk, cutoff } => self.closing(*brk, *cutoff, at),
            Event::CutoffExtended { brk, cutoff } => {
                let order = self.places.get(cutoff).map(|p| p.order);
                if let Some(b) = self.brk(*brk) {
                    b.past.retain(|t| t != cutoff);
                    if !b.promised.contains(cutoff) {
                        b.promised.push(*cutoff);
                    }
                    if order.is_some() {
                        b.cutoff_order = order;
                    }
                }
            }
            Event::BreakPending { brk, waived } => {
                let window = self.brk(*brk).map(|b| b.window);
                if let Some(window) = window {
                    let waiting = self.waiting_for(window).len() as u32;
                    let overridden = self.waived_now(window, at);
                    if let Some(b) = self.brk(*brk) {
                        b.left.get_or_insert((at, waiting));
                        b.waived |= *waived || overridden;
                    }
                }
            }
            Event::BreakStarted { brk } => {
                let Some(window) = self.brk(*brk).map(|b| b.window) else {
                    return;
                };
                let waiting = self.waiting_for(window).len() as u32;
                let staff = self.windows.get(&window).and_then(|w| w.staff.clone());
                let overridden = self.waived_now(window, at);
                if let Some(b) = self.brk(*brk) {
                    b.waived |= overridden;
                    b.left.get_or_insert((at, waiting));
                    b.started_at.get_or_insert(at);
                    b.gone_at.get_or_insert(at);
                }
                self.end_away(window, at);
                let i = self.open_span(window, staff, SpanKind::Away, at);
                let w = self.windows.entry(window).or_default();
                w.away = Some(i);
                if w.closing == Some(*brk) {
                    w.closing = None;
                }
            }
            Event::BreakEnded { brk } => {
                let Some(window) = self.brk(*brk).map(|b| b.window) else {
                    return;
                };
                if let Some(b) = self.brk(*brk) {
                    b.ended_at.get_or_insert(at);
                }
                self.end_away(window, at);
            }
            Event::BreakDeferred { .. } => {}
            Event::BreakRequested {
                request,
                window,
                reason,
                minutes,
            } => {
                let staff = self.windows.get(window).and_then(|w| w.staff.clone());
                self.requests.insert(*request, self.facts.requests.len());
                self.facts.requests.push(RequestFact {
                    id: *request,
                    at,
                    window: *window,
                    staff,
                    reason: reason.code().to_string(),
                    minutes: *minutes,
                    answer: RequestAnswer::Open,
                });
            }
            Event::BreakRequestAnswered { request, answer } => {
                if let Some(i) = self.requests.get(request) {
                    let r = &mut self.facts.requests[*i];
                    r.answer = match answer {
                        Answer::Approved => RequestAnswer::Approved,
                        Answer::Postponed { .. } => RequestAnswer::Postponed,
                        Answer::Declined => RequestAnswer::Declined,
                    };
                }
            }
            Event::PolicyOverridden { rule, by, reason } => {
                self.unplaced.push(self.facts.overrides.len());
                self.facts.overrides.push(OverrideFact {
                    at,
                    rule: rule.clone(),
                    by: by.clone(),
                    reason: reason.clone(),
                    window: None,
                    staff: None,
                });
            }
            Event::TrainingStarted { scenario, .. } => self.facts.sessions.push(SessionFact {
                scenario: scenario.clone(),
                at,
                score: None,
            }),
            Event::TrainingEnded { score, max } => {
                if let Some(s) = self.facts.sessions.last_mut()
                    && s.score.is_none()
                {
                    s.score = Some((*score, *max));
                }
            }
            // Phrases, playbooks, notices, recalls and training cues change
            // no figure; events added to the log later are seen here once a
            // report counts them. The quality record is read on its own,
            // from the log's start (see `Facts::take_in`).
            _ => {}
        }
    }

    fn take_order(&mut self) -> u64 {
        let n = self.next_order;
        self.next_order += 1;
        n
    }

    fn ticket(&mut self, id: TicketId) -> Option<&mut TicketFact> {
        let i = *self.tickets.get(&id)?;
        self.facts.tickets.get_mut(i)
    }

    fn brk(&mut self, id: BreakId) -> Option<&mut BreakFact> {
        let i = *self.breaks.get(&id)?;
        self.facts.breaks.get_mut(i)
    }

    /// The window an event is about, if it names one (a ticket's issue names
    /// only the line it joins).
    fn named_window(&self, e: &Event) -> Option<WindowId> {
        let of_break = |b: &BreakId| self.breaks.get(b).map(|i| self.facts.breaks[*i].window);
        match e {
            Event::WindowOpened { window, .. }
            | Event::WindowClosed { window }
            | Event::TicketCalled { window, .. }
            | Event::TicketRecalled { window, .. }
            | Event::TicketServed { window, .. }
            | Event::TicketNoShow { window, .. }
            | Event::BreakPlanned { window, .. }
            | Event::BreakRequested { window, .. }
            | Event::PhraseSaid { window, .. }
            | Event::PlaybookFollowed { window, .. } => Some(*window),
            Event::TicketTransferred { from, .. } => Some(*from),
            Event::BreakCancelled { brk }
            | Event::BreakChanged { brk, .. }
            | Event::WarningGiven { brk, .. }
            | Event::ClosingStarted { brk, .. }
            | Event::CutoffExtended { brk, .. }
            | Event::BreakPending { brk, .. }
            | Event::BreakDeferred { brk }
            | Event::BreakStarted { brk }
            | Event::BreakEnded { brk } => of_break(brk),
            Event::BreakRequestAnswered { request, .. } => self
                .requests
                .get(request)
                .map(|i| self.facts.requests[*i].window),
            _ => None,
        }
    }

    /// Gives the overrides waiting for a window the one this event is about.
    fn place(&mut self, window: WindowId) {
        let staff = self.windows.get(&window).and_then(|w| w.staff.clone());
        for i in self.unplaced.drain(..) {
            let o = &mut self.facts.overrides[i];
            o.window = Some(window);
            o.staff = staff.clone();
        }
    }

    /// Whether a supervisor let this window's break leave promised customers
    /// waiting in the command being walked.
    fn waived_now(&self, window: WindowId, at: Instant) -> bool {
        let promised = |o: &OverrideFact| o.rule == "promised-waiting";
        self.unplaced
            .iter()
            .any(|i| promised(&self.facts.overrides[*i]))
            || self
                .facts
                .overrides
                .iter()
                .rev()
                .take_while(|o| o.at == at)
                .any(|o| promised(o) && o.window == Some(window))
    }

    fn finish(&mut self, ticket: TicketId, at: Instant, end: End) {
        if let Some(t) = self.ticket(ticket)
            && t.end.is_none()
        {
            t.end = Some((at, end));
        }
    }

    /// Puts a ticket in line, and onto the lists of any window closing now
    /// whose line it joins: promised when the cutoff takes it in (a transfer
    /// goes to the head of the line), past the cutoff when not.
    fn join_line(
        &mut self,
        ticket: TicketId,
        order: (u8, u64),
        service: ServiceCode,
        target: Option<WindowId>,
    ) {
        if let Some(old) = self.places.get(&ticket).map(|p| p.order) {
            self.line.remove(&old);
        }
        self.line.insert(order, ticket);
        let place = Place {
            order,
            service,
            target,
        };
        let closing: Vec<(WindowId, BreakId)> = self
            .windows
            .iter()
            .filter_map(|(id, w)| w.closing.map(|b| (*id, b)))
            .collect();
        for (window, brk) in closing {
            if !self.in_line_of(&place, window) {
                continue;
            }
            if let Some(b) = self.brk(brk)
                && b.started_at.is_none()
                && b.cancelled_at.is_none()
            {
                if b.cutoff_order.is_some_and(|c| order <= c) {
                    b.promised.push(ticket);
                } else {
                    b.past.push(ticket);
                }
            }
        }
        self.places.insert(ticket, place);
    }

    fn leave_line(&mut self, ticket: TicketId) {
        if let Some(p) = self.places.remove(&ticket) {
            self.line.remove(&p.order);
        }
    }

    fn in_line_of(&self, place: &Place, window: WindowId) -> bool {
        place.target.is_none_or(|t| t == window)
            && self
                .hall
                .window(window)
                .is_some_and(|w| w.services.contains(&place.service))
    }

    /// The window's line now, first in line first.
    fn waiting_for(&self, window: WindowId) -> Vec<(TicketId, (u8, u64))> {
        self.line
            .iter()
            .filter(|(_, t)| {
                self.places
                    .get(t)
                    .is_some_and(|p| self.in_line_of(p, window))
            })
            .map(|(o, t)| (*t, *o))
            .collect()
    }

    fn closing(&mut self, brk: BreakId, cutoff: Option<TicketId>, at: Instant) {
        let Some(window) = self.brk(brk).map(|b| b.window) else {
            return;
        };
        let line = self.waiting_for(window);
        let cutoff_order = cutoff.and_then(|c| self.places.get(&c).map(|p| p.order));
        if let Some(b) = self.brk(brk) {
            b.closing_at.get_or_insert(at);
            b.cutoff = cutoff.is_some();
            b.cutoff_order = cutoff_order;
            for (t, order) in line {
                if cutoff_order.is_some_and(|c| order <= c) {
                    b.promised.push(t);
                } else {
                    b.past.push(t);
                }
            }
        }
        self.windows.entry(window).or_default().closing = Some(brk);
    }

    fn open_span(
        &mut self,
        window: WindowId,
        staff: Option<StaffId>,
        kind: SpanKind,
        at: Instant,
    ) -> usize {
        self.facts.spans.push(Span {
            window,
            staff,
            kind,
            from: at,
            to: None,
        });
        self.facts.spans.len() - 1
    }

    fn close(&mut self, span: Option<usize>, at: Instant) {
        if let Some(s) = span.and_then(|i| self.facts.spans.get_mut(i))
            && s.to.is_none()
        {
            s.to = Some(at.max(s.from));
        }
    }

    fn end_span_staffed(&mut self, window: WindowId, at: Instant) {
        let span = self.windows.entry(window).or_default().staffed.take();
        self.close(span, at);
    }

    fn end_busy(&mut self, window: WindowId, at: Instant) {
        let span = self
            .windows
            .entry(window)
            .or_default()
            .busy
            .take()
            .map(|(i, _)| i);
        self.close(span, at);
    }

    fn end_away(&mut self, window: WindowId, at: Instant) {
        let span = self.windows.entry(window).or_default().away.take();
        self.close(span, at);
    }
}
