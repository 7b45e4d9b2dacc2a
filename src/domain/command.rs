//! Commands: what a cashier, supervisor or script asks for. `decide` checks one
//! against the state and the hall's rules and yields the events to record.

use super::cutoff;
use super::event::Answer;
use super::event::Event;
use super::hall::{Hall, QueueMode};
use super::refusal::{Refusal, RefusalClass};
use super::state::{Break, State, TicketStatus, WindowPhase};
use super::types::{
    BreakId, BreakKind, BreakReason, Instant, RequestId, ServiceCode, StaffId, TicketId, WindowId,
    parse_ticket_label,
};
use chrono::{Duration, NaiveDate};

/// Where a transferred customer goes.
#[derive(Clone, Debug, PartialEq)]
pub enum TransferTo {
    Service(ServiceCode),
    Window(WindowId),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    OpenWindow {
        window: WindowId,
        staff: Option<StaffId>,
    },
    CloseWindow {
        window: WindowId,
    },
    IssueTicket {
        service: ServiceCode,
        window: Option<WindowId>,
    },
    CallNext {
        window: WindowId,
    },
    Recall {
        window: WindowId,
    },
    Serve {
        window: WindowId,
    },
    NoShow {
        window: WindowId,
    },
    Transfer {
        window: WindowId,
        to: TransferTo,
    },
    CancelTicket {
        label: String,
    },
    PlanBreak {
        window: WindowId,
        start: Instant,
        end: Instant,
        staff: Option<StaffId>,
    },
    CancelBreak {
        brk: BreakId,
    },
    /// Move or resize a break that has not begun, or give it to someone else
    /// (`staff: None` keeps whoever it was for).
    ChangeBreak {
        brk: BreakId,
        start: Instant,
        end: Instant,
        staff: Option<StaffId>,
    },
    PublishBreaks {
        day: NaiveDate,
    },
    /// Warn the queue about the window's coming break and start closing with a cutoff.
    WarnBreak {
        window: WindowId,
    },
    /// Start the window's due planned break, or an unscheduled one when a reason is
    /// given. `after_service` lets a break asked for mid-service start when it ends.
    StartBreak {
        window: WindowId,
        reason: Option<BreakReason>,
        minutes: Option<u32>,
        after_service: bool,
    },
    EndBreak {
        window: WindowId,
    },
    /// Ask the supervisor for an unscheduled break.
    RequestBreak {
        window: WindowId,
        reason: BreakReason,
        minutes: Option<u32>,
    },
    /// The supervisor's answer to a request; an approved break starts when the
    /// window's current service ends.
    AnswerRequest {
        request: RequestId,
        answer: Reply,
    },
    /// The cashier said a scripted phrase (by its catalogue name) in a language.
    SayPhrase {
        window: WindowId,
        phrase: String,
        lang: String,
    },
    /// The day's break notice was printed: record what it shows customers.
    IssueNotice {
        day: NaiveDate,
    },
    /// The cashier followed a playbook: the step shown and the answer chosen.
    FollowPlaybook {
        window: WindowId,
        playbook: String,
        step: String,
        answer: Option<String>,
    },
    /// A kiosk says how its ticket printer is: `None` works, else the error.
    /// Only a change is recorded, so a kiosk may report after every ticket.
    ReportPrinter {
        kiosk: String,
        error: Option<String>,
    },
}

/// What a supervisor says to a break request.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Approve,
    /// Not now: ask again in this many minutes.
    Postpone {
        minutes: u32,
    },
    Decline,
}

/// A supervisor's explicit permission to break a policy; it is logged with the events.
#[derive(Clone, Debug, PartialEq)]
pub struct Override {
    pub by: String,
    pub reason: String,
}

/// Length of an unscheduled break when the cashier does not say.
pub const DEFAULT_UNSCHEDULED_MINUTES: u32 = 15;

/// Checks a command and returns the events it yields, or why it was refused. Nothing
/// is recorded on refusal.
pub fn decide(
    hall: &Hall,
    state: &State,
    cmd: &Command,
    now: Instant,
    ovr: Option<&Override>,
) -> Result<Vec<Event>, Refusal> {
    // The first command of a business day closes what the last one left waiting;
    // the command itself is then decided on the state that follows.
    let today = now.with_timezone(&hall.tz).date_naive();
    let stale: Vec<TicketId> = state
        .tickets
        .values()
        .filter(|t| t.is_waiting() && t.day < today)
        .map(|t| t.id)
        .collect();
    let (state, mut events) = if stale.is_empty() {
        (std::borrow::Cow::Borrowed(state), Vec::new())
    } else {
        let expired = Event::TicketsExpired { tickets: stale };
        let mut next = state.clone();
        next.apply(now, &expired);
        (std::borrow::Cow::Owned(next), vec![expired])
    };
    let mut d = Decision {
        hall,
        state: &state,
        now,
        ovr,
        events: Vec::new(),
    };
    d.run(cmd)?;
    events.extend(d.events);
    Ok(events)
}

struct Decision<'a> {
    hall: &'a Hall,
    state: &'a State,
    now: Instant,
    ovr: Option<&'a Override>,
    events: Vec<Event>,
}

impl Decision<'_> {
    fn run(&mut self, cmd: &Command) -> Result<(), Refusal> {
        match cmd {
            Command::OpenWindow { window, staff } => self.open_window(*window, staff),
            Command::CloseWindow { window } => self.close_window(*window),
            Command::IssueTicket { service, window } => self.issue(service, *window),
            Command::CallNext { window } => self.call_next(*window),
            Command::Recall { window } => {
                let ticket = self.serving(*window)?;
                self.events.push(Event::TicketRecalled {
                    ticket,
                    window: *window,
                });
                Ok(())
            }
            Command::Serve { window } => {
                let ticket = self.serving(*window)?;
                self.events.push(Event::TicketServed {
                    ticket,
                    window: *window,
                });
                self.service_ended(*window);
                Ok(())
            }
            Command::NoShow { window } => {
                let ticket = self.serving(*window)?;
                self.events.push(Event::TicketNoShow {
                    ticket,
                    window: *window,
                });
                self.service_ended(*window);
                Ok(())
            }
            Command::Transfer { window, to } => self.transfer(*window, to),
            Command::CancelTicket { label } => self.cancel_ticket(label),
            Command::PlanBreak {
                window,
                start,
                end,
                staff,
            } => self.plan_break(*window, *start, *end, staff),
            Command::CancelBreak { brk } => self.cancel_break(*brk),
            Command::ChangeBreak {
                brk,
                start,
                end,
                staff,
            } => self.change_break(*brk, *start, *end, staff),
            Command::PublishBreaks { day } => {
                let breaks: Vec<BreakId> = self
                    .state
                    .breaks_on(self.hall, *day)
                    .into_iter()
                    .filter(|b| !b.published && !b.is_finished() && b.kind == BreakKind::Planned)
                    .map(|b| b.id)
                    .collect();
                if !breaks.is_empty() {
                    self.events.push(Event::BreaksPublished { breaks });
                }
                Ok(())
            }
            Command::IssueNotice { day } => {
                let breaks = super::notice::noticed(&super::notice::published_plan(
                    self.hall, self.state, *day,
                ));
                self.events.push(Event::NoticeIssued { day: *day, breaks });
                Ok(())
            }
            Command::ReportPrinter { kiosk, error } => {
                let known = self.state.printers.get(kiosk).map(|f| &f.error);
                match (error, known) {
                    (Some(e), Some(k)) if e == k => {}
                    (Some(e), _) => self.events.push(Event::PrinterFailed {
                        kiosk: kiosk.clone(),
                        error: e.clone(),
                    }),
                    (None, Some(_)) => self.events.push(Event::PrinterRestored {
                        kiosk: kiosk.clone(),
                    }),
                    (None, None) => {}
                }
                Ok(())
            }
            Command::WarnBreak { window } => self.warn(*window),
            Command::StartBreak {
                window,
                reason,
                minutes,
                after_service,
            } => {
                if reason.is_some() && self.hall.policy.unscheduled_needs_approval {
                    self.policy(Refusal::NeedsApproval(*window))?;
                }
                self.start_break(*window, reason.as_ref(), *minutes, *after_service)
            }
            Command::EndBreak { window } => self.end_break(*window),
            Command::RequestBreak {
                window,
                reason,
                minutes,
            } => self.request_break(*window, reason, *minutes),
            Command::AnswerRequest { request, answer } => self.answer_request(*request, answer),
            Command::SayPhrase {
                window,
                phrase,
                lang,
            } => {
                self.known_window(*window)?;
                self.events.push(Event::PhraseSaid {
                    window: *window,
                    phrase: phrase.clone(),
                    lang: lang.clone(),
                });
                Ok(())
            }
            Command::FollowPlaybook {
                window,
                playbook,
                step,
                answer,
            } => {
                self.known_window(*window)?;
                self.events.push(Event::PlaybookFollowed {
                    window: *window,
                    playbook: playbook.clone(),
                    step: step.clone(),
                    answer: answer.clone(),
                });
                Ok(())
            }
        }
    }

    /// Lets a policy violation through when a supervisor overrode it, logging that.
    fn policy(&mut self, violation: Refusal) -> Result<(), Refusal> {
        debug_assert_eq!(violation.class(), RefusalClass::Policy);
        match self.ovr {
            Some(o) => {
                self.events.push(Event::PolicyOverridden {
                    rule: violation.code().to_string(),
                    by: o.by.clone(),
                    reason: o.reason.clone(),
                });
                Ok(())
            }
            None => Err(violation),
        }
    }

    fn known_window(&self, window: WindowId) -> Result<(), Refusal> {
        self.hall
            .window(window)
            .map(|_| ())
            .ok_or(Refusal::UnknownWindow(window))
    }

    fn label(&self, ticket: TicketId) -> String {
        self.state
            .tickets
            .get(&ticket)
            .map(|t| t.label())
            .unwrap_or_else(|| format!("#{}", ticket.0))
    }

    fn serving(&self, window: WindowId) -> Result<TicketId, Refusal> {
        self.known_window(window)?;
        self.state
            .window(window)
            .serving
            .ok_or(Refusal::NotServing(window))
    }

    /// A service ended: a break asked for during it starts now, unless customers
    /// the window promised to serve would be left with nobody to serve them.
    fn service_ended(&mut self, window: WindowId) {
        let Some(b) = self.state.active_break(window) else {
            return;
        };
        if b.pending_at.is_none() || b.started_at.is_some() {
            return;
        }
        let brk = b.id;
        if !b.promises_waived && !self.promised(window, b).is_empty() {
            self.events.push(Event::BreakDeferred { brk });
        } else {
            self.events.push(Event::BreakStarted { brk });
        }
    }

    fn open_window(&mut self, window: WindowId, staff: &Option<StaffId>) -> Result<(), Refusal> {
        self.known_window(window)?;
        if let Some(s) = staff
            && self.hall.staff(s).is_none()
        {
            return Err(Refusal::UnknownStaff(s.0.clone()));
        }
        if self.state.window(window).open {
            return Err(Refusal::WindowAlreadyOpen(window));
        }
        let staff = staff.clone().or_else(|| {
            self.hall
                .staff
                .iter()
                .find(|s| s.window == Some(window))
                .map(|s| s.id.clone())
        });
        self.events.push(Event::WindowOpened { window, staff });
        Ok(())
    }

    fn close_window(&mut self, window: WindowId) -> Result<(), Refusal> {
        self.known_window(window)?;
        match self.state.window_phase(window, self.now) {
            WindowPhase::Closed => return Err(Refusal::WindowClosed(window)),
            WindowPhase::OnBreak { .. } => return Err(Refusal::WindowOnBreak(window)),
            _ => {}
        }
        if let Some(t) = self.state.window(window).serving {
            return Err(Refusal::WindowBusy {
                window,
                ticket: self.label(t),
            });
        }
        // A break the window was closing for goes with it, but not the promise
        // it made to the people before its cutoff.
        if let Some(b) = self.state.active_break(window).cloned() {
            self.keep_promises(window, &b)?;
            self.events.push(Event::BreakCancelled { brk: b.id });
        }
        self.events.push(Event::WindowClosed { window });
        Ok(())
    }

    fn issue(&mut self, service: &ServiceCode, window: Option<WindowId>) -> Result<(), Refusal> {
        let svc = self
            .hall
            .service(service)
            .ok_or_else(|| Refusal::UnknownService(service.0.clone()))?;
        if let Some(w) = window {
            self.known_window(w)?;
            if !self.hall.window_serves(w, service) {
                return Err(Refusal::ServiceNotAtWindow {
                    window: w,
                    service: service.0.clone(),
                });
            }
        }
        let target = match (window, svc.queue) {
            (Some(w), _) => Some(w),
            (None, QueueMode::Shared) => None,
            (None, QueueMode::PerWindow) => self.shortest_window_queue(service),
        };
        let day = self.now.with_timezone(&self.hall.tz).date_naive();
        let number = if self.state.day == Some(day) {
            self.state.last_number.get(service).copied().unwrap_or(0) + 1
        } else {
            1
        };
        let ticket = TicketId(self.state.next_ticket.max(1));
        self.events.push(Event::TicketIssued {
            ticket,
            service: service.clone(),
            number,
            day,
            window: target,
        });
        self.extend_cutoffs(ticket, service, target);
        Ok(())
    }

    /// Per-window queues: a new customer joins the shortest line among the windows
    /// that will call them soonest.
    fn shortest_window_queue(&self, service: &ServiceCode) -> Option<WindowId> {
        let candidates: Vec<WindowId> = self.hall.windows_for(service).map(|w| w.id).collect();
        let open: Vec<WindowId> = candidates
            .iter()
            .copied()
            .filter(|w| matches!(self.state.window_phase(*w, self.now), WindowPhase::Open))
            .collect();
        let pool = if open.is_empty() { &candidates } else { &open };
        pool.iter()
            .copied()
            .min_by_key(|w| self.state.queue(self.hall, *w).len())
    }

    /// A customer who arrives while a window is closing still gets served there if
    /// the time left allows; the cutoff moves to include them.
    fn extend_cutoffs(
        &mut self,
        ticket: TicketId,
        service: &ServiceCode,
        target: Option<WindowId>,
    ) {
        for spec in self.hall.windows_for(service) {
            if target.is_some_and(|t| t != spec.id) {
                continue;
            }
            let WindowPhase::ClosingSoon(brk) = self.state.window_phase(spec.id, self.now) else {
                continue;
            };
            let Some(b) = self.state.breaks.get(&brk) else {
                continue;
            };
            let queue = self.state.queue(self.hall, spec.id);
            let all_within = queue.iter().all(|t| self.state.within_cutoff(b, t));
            if !all_within {
                continue;
            }
            if queue.len() < self.capacity(spec.id, b) {
                self.events.push(Event::CutoffExtended {
                    brk,
                    cutoff: ticket,
                });
            }
        }
    }

    /// How many more customers the window can serve before the break starts.
    fn capacity(&self, window: WindowId, brk: &Break) -> usize {
        let spec = self.hall.window(window);
        let services = spec.map(|w| w.services.as_slice()).unwrap_or_default();
        let mean = mean_of(
            services
                .iter()
                .map(|s| self.state.mean_service(self.hall, s)),
        );
        let called_at = self.state.serving(window).and_then(|t| t.called_at);
        // Only windows that can take everyone in this line help drain it; counting
        // one that handles just part of it would promise more than can be kept.
        let mut in_line: Vec<&ServiceCode> = self
            .state
            .queue(self.hall, window)
            .into_iter()
            .map(|t| &t.service)
            .collect();
        if in_line.is_empty() {
            in_line = services.iter().collect();
        }
        let sharing = 1 + self
            .hall
            .windows
            .iter()
            .filter(|w| w.id != window && in_line.iter().all(|s| w.services.contains(s)))
            .filter(|w| matches!(self.state.window_phase(w.id, self.now), WindowPhase::Open))
            .count() as u32;
        cutoff::capacity(
            self.now,
            brk.start,
            cutoff::busy_until(called_at, mean, self.now),
            mean,
            sharing,
        )
    }

    fn call_next(&mut self, window: WindowId) -> Result<(), Refusal> {
        self.known_window(window)?;
        let phase = self.state.window_phase(window, self.now);
        match phase {
            WindowPhase::Closed => return Err(Refusal::WindowClosed(window)),
            WindowPhase::OnBreak { .. } => return Err(Refusal::WindowOnBreak(window)),
            WindowPhase::Pending(_) => return Err(Refusal::WindowBreakPending(window)),
            WindowPhase::Open | WindowPhase::ClosingSoon(_) => {}
        }
        if let Some(t) = self.state.window(window).serving {
            return Err(Refusal::WindowBusy {
                window,
                ticket: self.label(t),
            });
        }
        let queue = self.state.queue(self.hall, window);
        let next = *queue.first().ok_or(Refusal::QueueEmpty(window))?;
        if let WindowPhase::ClosingSoon(brk) = phase
            && let Some(b) = self.state.breaks.get(&brk)
            && !self.state.within_cutoff(b, next)
        {
            return Err(Refusal::CutoffReached {
                window,
                cutoff: b.cutoff.map(|c| self.label(c)),
                next: next.label(),
            });
        }
        self.events.push(Event::TicketCalled {
            ticket: next.id,
            window,
        });
        Ok(())
    }

    fn transfer(&mut self, window: WindowId, to: &TransferTo) -> Result<(), Refusal> {
        let ticket = self.serving(window)?;
        let current = self
            .state
            .tickets
            .get(&ticket)
            .map(|t| t.service.clone())
            .unwrap_or_else(|| ServiceCode::new("?"));
        let (service, target) = match to {
            TransferTo::Window(w) => {
                self.known_window(*w)?;
                if !self.hall.window_serves(*w, &current) {
                    return Err(Refusal::ServiceNotAtWindow {
                        window: *w,
                        service: current.0,
                    });
                }
                (current, Some(*w))
            }
            TransferTo::Service(s) => {
                let svc = self
                    .hall
                    .service(s)
                    .ok_or_else(|| Refusal::UnknownService(s.0.clone()))?;
                let target = match svc.queue {
                    QueueMode::Shared => None,
                    QueueMode::PerWindow => self.shortest_window_queue(s),
                };
                (s.clone(), target)
            }
        };
        self.events.push(Event::TicketTransferred {
            ticket,
            from: window,
            service,
            window: target,
        });
        self.service_ended(window);
        Ok(())
    }

    fn cancel_ticket(&mut self, label: &str) -> Result<(), Refusal> {
        let (service, number) =
            parse_ticket_label(label).ok_or_else(|| Refusal::UnknownTicket(label.to_string()))?;
        let t = self
            .state
            .find_ticket(&service, number)
            .ok_or_else(|| Refusal::UnknownTicket(label.to_uppercase()))?;
        if let TicketStatus::Done(_) = t.status {
            return Err(Refusal::TicketFinished(t.label()));
        }
        let called_at = match t.status {
            TicketStatus::Called { window } => Some(window),
            _ => None,
        };
        self.events.push(Event::TicketCancelled { ticket: t.id });
        if let Some(w) = called_at {
            self.service_ended(w);
        }
        Ok(())
    }

    fn plan_break(
        &mut self,
        window: WindowId,
        start: Instant,
        end: Instant,
        staff: &Option<StaffId>,
    ) -> Result<(), Refusal> {
        self.known_window(window)?;
        if let Some(s) = staff
            && self.hall.staff(s).is_none()
        {
            return Err(Refusal::UnknownStaff(s.0.clone()));
        }
        self.check_plan(window, start, end, None)?;
        self.events.push(Event::BreakPlanned {
            brk: BreakId(self.state.next_break.max(1)),
            window,
            kind: BreakKind::Planned,
            start,
            end,
            // Whoever was named, else whoever works there now, else whoever
            // the config says usually does.
            staff: staff
                .clone()
                .or_else(|| self.state.window(window).staff)
                .or_else(|| {
                    self.hall
                        .staff
                        .iter()
                        .find(|s| s.window == Some(window))
                        .map(|s| s.id.clone())
                }),
        });
        Ok(())
    }

    fn change_break(
        &mut self,
        brk: BreakId,
        start: Instant,
        end: Instant,
        staff: &Option<StaffId>,
    ) -> Result<(), Refusal> {
        let b = self
            .state
            .breaks
            .get(&brk)
            .filter(|b| !b.cancelled)
            .ok_or(Refusal::UnknownBreak(brk))?
            .clone();
        if let Some(s) = staff
            && self.hall.staff(s).is_none()
        {
            return Err(Refusal::UnknownStaff(s.0.clone()));
        }
        if b.started_at.is_some() || b.ended_at.is_some() || b.pending_at.is_some() {
            return Err(Refusal::BreakAlreadyStarted(brk));
        }
        // The queue has been told when this window closes and who it still
        // serves; moving the break now would break that promise.
        if b.closing_at.is_some() {
            return Err(Refusal::BreakAnnounced {
                brk,
                window: b.window,
            });
        }
        self.check_plan(b.window, start, end, Some(brk))?;
        let staff = staff.clone().or(b.staff.clone());
        if start != b.start || end != b.end || staff != b.staff {
            self.events.push(Event::BreakChanged {
                brk,
                start,
                end,
                staff,
            });
        }
        Ok(())
    }

    /// The rules a planned break must meet, whether new or moved: `except` is
    /// the break being moved, which does not count against itself.
    fn check_plan(
        &mut self,
        window: WindowId,
        start: Instant,
        end: Instant,
        except: Option<BreakId>,
    ) -> Result<(), Refusal> {
        if end <= start {
            return Err(Refusal::BreakEndsBeforeStart);
        }
        if end <= self.now {
            return Err(Refusal::BreakInPast);
        }
        let overlapping: Vec<&Break> = self
            .state
            .breaks
            .values()
            .filter(|b| Some(b.id) != except)
            .filter(|b| !b.is_finished() && b.start < end && start < b.until())
            .collect();
        if overlapping.iter().any(|b| b.window == window) {
            return Err(Refusal::BreakOverlaps(window));
        }
        self.check_length(end - start)?;
        self.check_min_length(end - start)?;
        let policy = &self.hall.policy;
        let spans: Vec<(WindowId, Instant, Instant)> = overlapping
            .iter()
            .map(|b| (b.window, b.start, b.until()))
            .collect();
        let moments = peaks(start, end, &spans);
        let away_at = |t: &Instant| away_at(&spans, *t);
        let most_away = moments.iter().map(|t| away_at(t).len()).max().unwrap_or(0);
        if most_away as u32 >= policy.max_concurrent_breaks {
            self.policy(Refusal::MaxConcurrentBreaks {
                max: policy.max_concurrent_breaks,
            })?;
        }
        // Minimum cover: the other windows of each service, less those away,
        // at the moment the fewest are left.
        let services = self
            .hall
            .window(window)
            .map(|w| w.services.clone())
            .unwrap_or_default();
        for service in &services {
            let cover = moments
                .iter()
                .map(|t| {
                    let away = away_at(t);
                    self.hall
                        .windows_for(service)
                        .filter(|w| w.id != window && !away.contains(&w.id))
                        .count() as u32
                })
                .min()
                .unwrap_or(0);
            if cover < policy.min_open_per_service {
                self.policy(Refusal::MinOpenWindows {
                    service: service.0.clone(),
                    min: policy.min_open_per_service,
                })?;
            }
        }
        Ok(())
    }

    fn check_length(&mut self, length: Duration) -> Result<(), Refusal> {
        let max = self.hall.policy.max_break_length;
        if length > max {
            self.policy(Refusal::BreakTooLong {
                max: max.num_minutes(),
                asked: length.num_minutes(),
            })?;
        }
        Ok(())
    }

    /// Planned breaks also have a least length; an unscheduled one is as long as
    /// the moment needs.
    fn check_min_length(&mut self, length: Duration) -> Result<(), Refusal> {
        if let Some(min) = self.hall.policy.min_break_length
            && length < min
        {
            self.policy(Refusal::BreakTooShort {
                min: min.num_minutes(),
                asked: length.num_minutes(),
            })?;
        }
        Ok(())
    }

    fn cancel_break(&mut self, brk: BreakId) -> Result<(), Refusal> {
        let b = self
            .state
            .breaks
            .get(&brk)
            .ok_or(Refusal::UnknownBreak(brk))?;
        if b.started_at.is_some() {
            return Err(Refusal::BreakAlreadyStarted(brk));
        }
        if !b.is_finished() {
            self.events.push(Event::BreakCancelled { brk });
        }
        Ok(())
    }

    /// The planned break a window may act on now: the one it is closing for, or the
    /// next one whose warning time has come.
    fn due_break(&self, window: WindowId) -> Option<&Break> {
        if let Some(b) = self.state.active_break(window) {
            return Some(b);
        }
        self.state
            .next_break(window, self.now)
            .filter(|b| self.now >= b.start - self.hall.policy.warn_lead)
    }

    fn warn(&mut self, window: WindowId) -> Result<(), Refusal> {
        self.known_window(window)?;
        let phase = self.state.window_phase(window, self.now);
        match phase {
            WindowPhase::Closed => return Err(Refusal::WindowClosed(window)),
            WindowPhase::OnBreak { .. } => return Err(Refusal::WindowOnBreak(window)),
            _ => {}
        }
        let Some(b) = self.due_break(window).cloned() else {
            return match self.state.next_break(window, self.now) {
                Some(b) => Err(Refusal::WarningNotDue {
                    window,
                    due: b.start - self.hall.policy.warn_lead,
                }),
                None => Err(Refusal::NoBreakDue(window)),
            };
        };
        if b.warned_at.is_some() || b.closing_at.is_some() {
            return Err(Refusal::AlreadyWarned(window));
        }
        let queue = self.state.queue(self.hall, window);
        let capacity = self.capacity(window, &b);
        let cutoff = capacity
            .min(queue.len())
            .checked_sub(1)
            .and_then(|last| queue.get(last))
            .map(|t| t.id);
        self.events.push(Event::WarningGiven {
            brk: b.id,
            waiting: queue.len() as u32,
        });
        self.events
            .push(Event::ClosingStarted { brk: b.id, cutoff });
        Ok(())
    }

    fn request_break(
        &mut self,
        window: WindowId,
        reason: &BreakReason,
        minutes: Option<u32>,
    ) -> Result<(), Refusal> {
        self.known_window(window)?;
        match self.state.window_phase(window, self.now) {
            WindowPhase::Closed => return Err(Refusal::WindowClosed(window)),
            WindowPhase::OnBreak { .. } | WindowPhase::Pending(_) => {
                return Err(Refusal::BreakUnderWay(window));
            }
            _ => {}
        }
        if self
            .state
            .open_requests()
            .iter()
            .any(|r| r.window == window)
        {
            return Err(Refusal::RequestPending(window));
        }
        self.events.push(Event::BreakRequested {
            request: RequestId(self.state.next_request.max(1)),
            window,
            reason: reason.clone(),
            minutes: minutes.unwrap_or(DEFAULT_UNSCHEDULED_MINUTES),
        });
        Ok(())
    }

    fn answer_request(&mut self, request: RequestId, reply: &Reply) -> Result<(), Refusal> {
        let r = self
            .state
            .requests
            .get(&request)
            .ok_or(Refusal::UnknownRequest(request))?
            .clone();
        if !r.is_open() {
            return Err(Refusal::RequestAnswered(request));
        }
        let answer = match reply {
            Reply::Approve => Answer::Approved,
            Reply::Postpone { minutes } => Answer::Postponed {
                until: self.now + Duration::minutes(i64::from(*minutes)),
            },
            Reply::Decline => Answer::Declined,
        };
        self.events
            .push(Event::BreakRequestAnswered { request, answer });
        if *reply == Reply::Approve {
            // The supervisor's yes is the approval the policy asks for; the
            // other rules of a break still hold.
            self.start_break(r.window, Some(&r.reason), Some(r.minutes), true)?;
        }
        Ok(())
    }

    fn start_break(
        &mut self,
        window: WindowId,
        reason: Option<&BreakReason>,
        minutes: Option<u32>,
        after_service: bool,
    ) -> Result<(), Refusal> {
        self.known_window(window)?;
        match self.state.window_phase(window, self.now) {
            WindowPhase::Closed => return Err(Refusal::WindowClosed(window)),
            WindowPhase::OnBreak { .. } | WindowPhase::Pending(_) => {
                return Err(Refusal::BreakUnderWay(window));
            }
            _ => {}
        }
        let planned = if reason.is_none() {
            self.due_break(window).cloned()
        } else {
            None
        };
        let (brk, new_break) = match (planned, reason) {
            (Some(b), _) => (b, None),
            (None, Some(reason)) => {
                let minutes = i64::from(minutes.unwrap_or(DEFAULT_UNSCHEDULED_MINUTES));
                self.check_length(Duration::minutes(minutes))?;
                let b = Break {
                    id: BreakId(self.state.next_break.max(1)),
                    window,
                    kind: BreakKind::Unscheduled(reason.clone()),
                    start: self.now,
                    end: self.now + Duration::minutes(minutes),
                    staff: self.state.window(window).staff,
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
                };
                let ev = Event::BreakPlanned {
                    brk: b.id,
                    window,
                    kind: b.kind.clone(),
                    start: b.start,
                    end: b.end,
                    staff: b.staff.clone(),
                };
                (b, Some(ev))
            }
            (None, None) => {
                return Err(match self.state.next_break(window, self.now) {
                    Some(b) => Refusal::ReasonRequired {
                        window,
                        next: b.start,
                    },
                    None => Refusal::ReasonMissing(window),
                });
            }
        };
        let serving = self.state.window(window).serving;
        if let (Some(t), false) = (serving, after_service) {
            return Err(Refusal::BreakDuringService {
                window,
                ticket: self.label(t),
            });
        }
        self.check_break_policies(window, &brk)?;
        self.events.extend(new_break);
        // A supervisor who let the break leave promised customers waiting has
        // decided for the end of the service too.
        let waived = self.events.iter().any(
            |e| matches!(e, Event::PolicyOverridden { rule, .. } if rule == "promised-waiting"),
        );
        self.events.push(if serving.is_some() {
            Event::BreakPending {
                brk: brk.id,
                waived,
            }
        } else {
            Event::BreakStarted { brk: brk.id }
        });
        Ok(())
    }

    /// Customers told they would be served at this closing window whom no other
    /// window could take if it left now.
    fn promised(&self, window: WindowId, brk: &Break) -> Vec<String> {
        self.state
            .queue(self.hall, window)
            .into_iter()
            .filter(|t| self.state.within_cutoff(brk, t))
            .filter(|t| {
                t.target == Some(window)
                    || self
                        .state
                        .open_windows_for(self.hall, &t.service, window, self.now)
                        == 0
            })
            .map(|t| t.label())
            .collect()
    }

    /// Those told they would be served at a closing window must not be left
    /// behind when no other window can take them.
    fn keep_promises(&mut self, window: WindowId, brk: &Break) -> Result<(), Refusal> {
        let promised = self.promised(window, brk);
        if promised.is_empty() {
            return Ok(());
        }
        self.policy(Refusal::PromisedWaiting {
            window,
            tickets: promised.join(", "),
        })
    }

    fn check_break_policies(&mut self, window: WindowId, brk: &Break) -> Result<(), Refusal> {
        let queue = self.state.queue(self.hall, window);
        let waiting = queue.len();
        let policy = self.hall.policy.clone();
        if brk.kind == BreakKind::Planned && waiting > 0 && brk.warned_at.is_none() {
            self.policy(Refusal::NotWarned { window, waiting })?;
        }
        self.keep_promises(window, brk)?;
        if self.state.windows_on_break(Some(window)) as u32 >= policy.max_concurrent_breaks {
            self.policy(Refusal::MaxConcurrentBreaks {
                max: policy.max_concurrent_breaks,
            })?;
        }
        let services = self
            .hall
            .window(window)
            .map(|w| w.services.clone())
            .unwrap_or_default();
        for service in &services {
            let open =
                self.state
                    .open_windows_for(self.hall, service, window, self.now) as u32;
            if open < policy.min_open_per_service {
                self.policy(Refusal::MinOpenWindows {
                    service: service.0.clone(),
                    min: policy.min_open_per_service,
                })?;
            }
        }
        if let Some(max) = policy.max_queue_to_start
            && waiting > max as usize
        {
            self.policy(Refusal::QueueTooLong {
                window,
                waiting,
                max,
            })?;
        }
        Ok(())
    }

    fn end_break(&mut self, window: WindowId) -> Result<(), Refusal> {
        self.known_window(window)?;
        let b = self
            .state
            .active_break(window)
            .ok_or(Refusal::NotOnBreak(window))?;
        if b.started_at.is_some() {
            self.events.push(Event::BreakEnded { brk: b.id });
        } else if b.pending_at.is_some() {
            // Asked for but never begun: withdrawing it is ending it.
            self.events.push(Event::BreakCancelled { brk: b.id });
        } else {
            return Err(Refusal::NotOnBreak(window));
        }
        Ok(())
    }
}

/// The cutoff a window would promise if it warned its queue now: what the counter
/// screen shows before the warning is given.
pub fn cutoff_preview(
    hall: &Hall,
    state: &State,
    window: WindowId,
    now: Instant,
) -> Option<TicketId> {
    let events = decide(hall, state, &Command::WarnBreak { window }, now, None).ok()?;
    events.into_iter().find_map(|e| match e {
        Event::ClosingStarted { cutoff, .. } => cutoff,
        _ => None,
    })
}

/// The moments in `[start, end)` at which the number of other breaks away is at
/// its highest: the start, and each other break's start inside the span. Those
/// are the only moments a policy on breaks at the same time can be broken.
pub fn peaks(
    start: Instant,
    end: Instant,
    others: &[(WindowId, Instant, Instant)],
) -> Vec<Instant> {
    let mut v: Vec<Instant> = std::iter::once(start)
        .chain(
            others
                .iter()
                .map(|(_, s, _)| *s)
                .filter(|s| start < *s && *s < end),
        )
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The windows of `spans` away at `t`.
pub fn away_at(spans: &[(WindowId, Instant, Instant)], t: Instant) -> Vec<WindowId> {
    spans
        .iter()
        .filter(|(_, s, e)| *s <= t && t < *e)
        .map(|(w, _, _)| *w)
        .collect()
}

fn mean_of(durations: impl Iterator<Item = Duration>) -> Duration {
    let (sum, n) = durations.fold((Duration::zero(), 0i32), |(s, n), d| (s + d, n + 1));
    if n == 0 {
        Duration::minutes(5)
    } else {
        sum / n
    }
}
