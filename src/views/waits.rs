//! How long a customer who takes a ticket now will wait, per service: what the
//! hall board shows. Pure: a function of the hall, the state and `now`.
//!
//! The estimate plays the hall forward from now. The new ticket is issued by the
//! hall's own rules (so a per-window queue puts it where `ticket issue` would,
//! and a closing window extends its cutoff to it if there is time), and then
//! every window calls its line as it would: an open window as soon as its
//! current service ends; a window closing soon only the customers within its
//! cutoff, and then again from the end of its break; a window on a break from
//! when it is due back. A window whose break has run over, or that is closed,
//! calls nobody: when it will be back is not known. Each service takes the
//! mean service time, learned from today's services (`State::mean_service`).
//!
//! The wait is shown as a range around that point: the spread of a sum of
//! service times shrinks with the number of services before the call, by the
//! service's own variability (the config's `service_time`), and never below
//! [`MIN_SPREAD`]. Both ends are rounded outwards to 5 minutes.
//!
//! Too little data: an estimate is shown only once at least [`MIN_OBSERVED`]
//! services of that kind were finished today, so the figure rests on the day's
//! own pace and not on the config's guess. Before that the board says there is
//! no estimate yet, unless a window can call the customer at once, which needs
//! no figures at all.

use crate::domain::{
    Command, Event, Hall, Instant, ServiceCode, ServiceTime, State, TicketId, WindowId,
    WindowPhase, decide,
};
use chrono::Duration;
use serde::Serialize;

/// Services of a kind finished today before its wait is estimated.
pub const MIN_OBSERVED: u32 = 5;

/// The narrowest spread shown, as a fraction of the wait: even a steady counter
/// has customers who take longer.
pub const MIN_SPREAD: f64 = 0.15;

/// Minutes a range is rounded to.
const ROUND: i64 = 5;

/// What the board says about the wait for one service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "wait", rename_all = "snake_case")]
pub enum Wait {
    /// A window will call the customer straight away.
    Now,
    /// Between `low` and `high` minutes; `low` may be 0.
    Range { low: i64, high: i64 },
    /// Fewer than [`MIN_OBSERVED`] services of this kind finished today.
    TooLittleData,
    /// No window will call this service: all closed, or away for an unknown time.
    NoWindow,
}

/// One service's line on the board.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServiceWait {
    pub code: String,
    pub name: String,
    pub waiting: usize,
    pub wait: Wait,
}

/// Every service of the hall, in the config's order.
pub fn all(hall: &Hall, state: &State, now: Instant) -> Vec<ServiceWait> {
    hall.services
        .iter()
        .map(|s| ServiceWait {
            code: s.code.0.clone(),
            name: s.name.clone(),
            waiting: state.service_queue(&s.code).len(),
            wait: estimate(hall, state, &s.code, now),
        })
        .collect()
}

/// The wait for a customer taking a ticket for `service` now.
pub fn estimate(hall: &Hall, state: &State, service: &ServiceCode, now: Instant) -> Wait {
    let Some(call) = first_call(hall, state, service, now) else {
        return Wait::NoWindow;
    };
    let wait = call.at - now;
    if wait <= Duration::zero() {
        return Wait::Now;
    }
    let observed = state.service_stats.get(service).map_or(0, |s| s.0);
    if observed < MIN_OBSERVED {
        return Wait::TooLittleData;
    }
    let cv = hall
        .service(service)
        .map_or(1.0, |s| variability(s.service_time));
    let spread = (cv / (call.chain.max(1) as f64).sqrt()).max(MIN_SPREAD);
    let minutes = wait.num_seconds() as f64 / 60.0;
    let low = ((minutes * (1.0 - spread)).max(0.0) / ROUND as f64).floor() as i64 * ROUND;
    let high = ((minutes * (1.0 + spread)) / ROUND as f64).ceil() as i64 * ROUND;
    Wait::Range {
        low,
        high: high.max(low + ROUND),
    }
}

/// The coefficient of variation of one service's length.
fn variability(t: ServiceTime) -> f64 {
    match t {
        ServiceTime::Exponential | ServiceTime::Empirical => 1.0,
        ServiceTime::Lognormal { cv } => cv,
        ServiceTime::Deterministic => 0.0,
    }
}

/// When the new customer is called, and after how many services at that window
/// (the one in progress included): the more, the surer the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call {
    pub at: Instant,
    pub window: WindowId,
    pub chain: u32,
}

/// One window as the estimate plays it forward.
struct Server {
    id: WindowId,
    free_at: Instant,
    /// Services ended or to end before `free_at`.
    chain: u32,
    /// While closing: only tickets within this break's cutoff; afterwards it
    /// comes back at `returns`, if it does.
    closing: Option<crate::domain::BreakId>,
    returns: Option<Instant>,
    done: bool,
    /// Nobody before this place in the line is left for this window.
    cursor: usize,
}

/// Plays the hall forward until the hypothetical new ticket is called; `None`
/// when no window would ever call it.
pub fn first_call(hall: &Hall, state: &State, service: &ServiceCode, now: Instant) -> Option<Call> {
    let issue = Command::IssueTicket {
        service: service.clone(),
        window: None,
    };
    let events = decide(hall, state, &issue, now, None).ok()?;
    let mut future = state.clone();
    let mut ours: Option<TicketId> = None;
    for e in &events {
        if let Event::TicketIssued { ticket, .. } = e {
            ours = Some(*ticket);
        }
        future.apply(now, e);
    }
    let ours = ours?;
    let state = &future;

    let mut servers: Vec<Server> = Vec::new();
    for spec in &hall.windows {
        let busy_until = state.serving(spec.id).and_then(|t| {
            t.called_at
                .map(|c| (c + state.mean_service(hall, &t.service)).max(now))
        });
        let (free_at, chain) = match busy_until {
            Some(b) => (b, 1),
            None => (now, 0),
        };
        let server = |closing, returns, from: Instant| Server {
            id: spec.id,
            free_at: from,
            chain,
            closing,
            returns,
            done: false,
            cursor: 0,
        };
        match state.window_phase(spec.id, now) {
            WindowPhase::Open => servers.push(server(None, None, free_at)),
            WindowPhase::ClosingSoon(brk) => {
                let back = state.breaks.get(&brk).map(|b| b.until());
                servers.push(server(Some(brk), back, free_at));
            }
            WindowPhase::Pending(brk) => {
                if let Some(back) = state.breaks.get(&brk).map(|b| b.until()) {
                    servers.push(Server {
                        chain: 0,
                        ..server(None, None, back.max(free_at))
                    });
                }
            }
            WindowPhase::OnBreak { brk, overrun } => {
                if let (false, Some(back)) = (overrun, state.breaks.get(&brk).map(|b| b.until())) {
                    servers.push(Server {
                        chain: 0,
                        ..server(None, None, back.max(now))
                    });
                }
            }
            WindowPhase::Closed => {}
        }
    }

    let mut waiting: Vec<&crate::domain::Ticket> =
        state.tickets.values().filter(|t| t.is_waiting()).collect();
    waiting.sort_by_key(|t| t.order);
    let mut taken = vec![false; waiting.len()];

    loop {
        // Each window's next customer, under its present rule.
        let mut best: Option<(Instant, usize, usize)> = None;
        for (si, s) in servers.iter_mut().enumerate() {
            if s.done {
                continue;
            }
            let Some(spec) = hall.window(s.id) else {
                s.done = true;
                continue;
            };
            let eligible = |t: &crate::domain::Ticket| {
                spec.services.contains(&t.service) && t.target.is_none_or(|w| w == s.id)
            };
            let mut next = (s.cursor..waiting.len()).find(|i| !taken[*i] && eligible(waiting[*i]));
            s.cursor = next.unwrap_or(waiting.len());
            if let (Some(brk), Some(i)) = (s.closing, next) {
                let within = state
                    .breaks
                    .get(&brk)
                    .is_some_and(|b| state.within_cutoff(b, waiting[i]));
                if !within {
                    // Past its cutoff: the window leaves, and calls again on return.
                    match s.returns {
                        Some(back) => {
                            s.closing = None;
                            s.free_at = s.free_at.max(back);
                            s.chain = 0;
                        }
                        None => {
                            s.done = true;
                            next = None;
                        }
                    }
                }
            }
            if let Some(i) = next
                && best.is_none_or(|(at, _, _)| s.free_at < at)
            {
                best = Some((s.free_at, si, i));
            }
        }
        let (at, si, i) = best?;
        let t = waiting[i];
        let server = &mut servers[si];
        if t.id == ours {
            return Some(Call {
                at,
                window: server.id,
                chain: server.chain,
            });
        }
        taken[i] = true;
        server.free_at = at + state.mean_service(hall, &t.service);
        server.chain += 1;
    }
}
