//! The fast path: one FIFO line that every window calls from, nobody giving up,
//! and breaks (if any) taken preempt-resume. Then customers start in arrival
//! order and each is served by the window that can start them soonest, so a
//! day is the classic recursion
//!
//! ```text
//! start(n) = min over windows j of avail_j(max(arrival(n), free_j))
//! free_j  := end(n) for the window chosen
//! ```
//!
//! where `avail_j` moves a time out of the window's breaks and before its
//! opening, and `end(n)` adds to the visit the breaks it is interrupted by.
//! That is O(windows) per customer with no event list at all. Ties are broken
//! as the event engine breaks them, so both engines give every customer the
//! same window and start on the same random stream: a customer who can start
//! the moment they arrive takes the first free window; one who waited is taken
//! by the first window that finishes a service at that minute, else by the
//! first that opens or comes back from a break then.

use super::TraceRow;
use super::arrivals::Source;
use super::model::Model;
use super::rng::Rng;
use super::stats::Recorder;
use super::{Policy, stats::NO_WAIT};
use crate::domain::QueueMode;
use std::collections::VecDeque;

/// Whether the fast path computes exactly what the event engine would.
pub fn applies(model: &Model, policy: Policy) -> bool {
    let all = model.services.len();
    let one_line = model.services.iter().all(|s| s.queue == QueueMode::Shared)
        && model
            .windows
            .iter()
            .all(|w| (0..all).all(|k| w.services.contains(&k)));
    let patient = model.services.iter().all(|s| s.patience.is_none());
    let replay_ok = model
        .replay
        .as_ref()
        .is_none_or(|r| r.iter().all(|a| a.window.is_none() && a.patience.is_none()));
    let breaks_ok = model.breaks.is_empty() || policy == Policy::PreemptResume;
    one_line && patient && replay_ok && breaks_ok
}

/// Buffers reused from one replication to the next.
#[derive(Default)]
pub(crate) struct Scratch {
    free: Vec<f64>,
    /// Whether `free` is the end of a service (not an opening).
    finished: Vec<bool>,
    close: Vec<f64>,
    waiting: VecDeque<f64>,
    breaks: Vec<Vec<(f64, f64, usize)>>,
    next_break: Vec<usize>,
    warned: Vec<bool>,
}

pub(crate) fn run(
    model: &Model,
    rng: &mut Rng,
    rec: &mut Recorder,
    s: &mut Scratch,
    mut trace: Option<&mut Vec<TraceRow>>,
) {
    let nw = model.windows.len();
    s.free.clear();
    s.free.extend(model.windows.iter().map(|w| w.open));
    s.finished.clear();
    s.finished.resize(nw, false);
    s.close.clear();
    s.close.extend(model.windows.iter().map(|w| {
        if w.close >= model.day_length {
            f64::INFINITY
        } else {
            w.close
        }
    }));
    s.waiting.clear();
    s.breaks.resize_with(nw, Vec::new);
    s.breaks.iter_mut().for_each(|v| v.clear());
    for (i, b) in model.breaks.iter().enumerate() {
        s.breaks[b.window].push((b.start, b.end, i));
    }
    s.next_break.clear();
    s.next_break.resize(nw, 0);
    s.warned.clear();
    s.warned.resize(model.breaks.len(), false);
    if let Some(t) = trace.as_deref_mut() {
        t.clear();
    }
    let with_breaks = !model.breaks.is_empty();
    let mut source = Source::new(model, rng);
    let mut unserved: Vec<(f64, usize)> = Vec::new();
    while source.peek().is_finite() {
        let c = source.take(rng);
        let a = c.at;
        let service = c.service as usize;
        rec.arrival(a, service);
        let mut best = f64::INFINITY;
        let mut best_rank = 0u8;
        let mut bj = usize::MAX;
        // Rank 0 beats 1 at the same minute: see the module's docs.
        let rank = |t: f64, finished: bool| u8::from(t > a && !finished);
        if with_breaks {
            for j in 0..nw {
                let mut t = a.max(s.free[j]);
                let mut finished = s.finished[j] && t == s.free[j];
                // Breaks of this window that ended by now no longer matter.
                let list = &s.breaks[j];
                let mut p = s.next_break[j];
                while p < list.len() && list[p].1 <= t {
                    p += 1;
                }
                s.next_break[j] = p;
                while p < list.len() && list[p].0 <= t {
                    if list[p].1 > t {
                        t = list[p].1;
                        finished = false;
                    }
                    p += 1;
                }
                if t >= s.close[j] {
                    continue;
                }
                let r = rank(t, finished);
                if t < best || (t == best && r < best_rank) {
                    best = t;
                    best_rank = r;
                    bj = j;
                }
            }
        } else {
            for j in 0..nw {
                let t = a.max(s.free[j]);
                if t >= s.close[j] {
                    continue;
                }
                let r = rank(t, s.finished[j]);
                if t < best || (t == best && r < best_rank) {
                    best = t;
                    best_rank = r;
                    bj = j;
                }
            }
        }
        // Who waits after this arrival: earlier customers not yet started, and
        // this one if they cannot start at once.
        while s.waiting.front().is_some_and(|&st| st <= a) {
            s.waiting.pop_front();
        }
        if bj == usize::MAX {
            unserved.push((a, service));
            if let Some(t) = trace.as_deref_mut() {
                t.push(TraceRow {
                    arrival: a,
                    service,
                    window: None,
                    start: None,
                    end: None,
                    abandoned: false,
                    left: None,
                });
            }
            // Never served: waits to the end of the day.
            s.waiting.push_back(f64::INFINITY);
            rec.queue(a, s.waiting.len() as u64);
            continue;
        }
        let start = best;
        if start > a {
            s.waiting.push_back(start);
        }
        rec.queue(a, s.waiting.len() as u64);
        rec.start(a, start, service);
        let mut end = start + c.duration;
        if with_breaks {
            let list = &s.breaks[bj];
            let mut p = s.next_break[bj];
            while p < list.len() && list[p].0 <= start {
                p += 1;
            }
            while p < list.len() && list[p].0 < end {
                end = list[p].1 + (end - list[p].0);
                p += 1;
            }
            // The warning: someone waits at the warning time, or arrives
            // between it and the break and has to wait.
            for (b, brk) in model.breaks.iter().enumerate() {
                if s.warned[b] {
                    continue;
                }
                let t = brk.start - model.warn_lead;
                let waiting_then = a < t && start > t;
                let arrives_and_waits = t <= a && a < brk.start && start > a;
                if waiting_then || arrives_and_waits {
                    s.warned[b] = true;
                }
            }
        }
        s.free[bj] = end;
        s.finished[bj] = true;
        rec.served(bj, c.duration, end);
        if let Some(t) = trace.as_deref_mut() {
            t.push(TraceRow {
                arrival: a,
                service,
                window: Some(bj),
                start: Some(start),
                end: Some(end),
                abandoned: false,
                left: None,
            });
        }
        let _ = NO_WAIT;
    }
    for (a, k) in unserved {
        rec.unserved(a, k);
    }
    for (b, brk) in model.breaks.iter().enumerate() {
        if s.warned[b] {
            rec.warned(b);
        }
        rec.break_started(b, brk.start);
        rec.break_ended(b, brk.start, brk.end);
    }
}
