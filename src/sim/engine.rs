//! The general engine: a discrete-event simulation of one day in the hall, with
//! the product's rules for queues and breaks.
//!
//! Events are the next arrival, each window's service end and break timer, and
//! the next customer to give up; with a handful of windows the next event is
//! found by a scan, which beats a heap at this size. Rules, as in the domain:
//!
//! - a ticket of a shared service waits in the service's line; one of a
//!   per-window service joins the shortest line among the open windows that
//!   handle it (all of them if none is open), counting everyone that window may
//!   call; a replayed ticket with a window waits for that window;
//! - a free window calls the earliest ticket among those it may call;
//! - `finish-current`: at the break's start minus the warning lead, if anyone
//!   waits for the window the queue is warned and the window starts closing
//!   with a cutoff computed as [`crate::domain::cutoff::capacity`] does (if
//!   nobody waits, the warning is given as soon as someone does). A closing
//!   window calls only tickets up to its cutoff; a customer who arrives while it
//!   closes moves the cutoff if everyone waiting is within it and the time left
//!   allows, else is past it. At the break's start the window stops calling,
//!   finishes the customer in service and any promised customer nobody else
//!   could take, then leaves; it returns at the planned end (`as-planned`) or
//!   after the full length from its real start (`full-length`);
//! - `preempt-resume`: the window leaves at the planned minute, the customer in
//!   service waits at the window, and the service resumes after the break;
//! - a window stops calling at its closing time, except that windows open until
//!   the hall closes go on serving whoever is still inside.

use super::arrivals::{Customer, NONE, Source};
use super::model::Model;
use super::rng::Rng;
use super::stats::{PastOutcome, Recorder};
use super::{Policy, TraceRow};
use crate::config::LateBreakEnd;
use crate::domain::QueueMode;
use crate::domain::cutoff;
use chrono::{Duration, TimeZone, Utc};
use std::collections::{BinaryHeap, VecDeque};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Status {
    Waiting,
    InService,
    Done,
    Abandoned,
}

#[derive(Copy, Clone, Debug)]
struct Cust {
    c: Customer,
    status: Status,
    window: u32,
    start: f64,
    end: f64,
    /// The break whose cutoff this customer was past, or [`NONE`].
    past: u32,
}

/// Where a window stands with its current break.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Stage {
    /// Before the warning time.
    Ahead,
    /// Warning time passed with nobody waiting: open, warns as soon as someone waits.
    Watching,
    /// Warned; calls only up to the cutoff (finish-current).
    Closing,
    /// The break's time has come; leaves when free of its promises.
    Due,
    OnBreak,
    /// No breaks left today.
    Free,
}

#[derive(Clone, Debug)]
struct Win {
    serving: u32,
    service_end: f64,
    called_at: f64,
    /// Preempt-resume: what is left of the interrupted service.
    paused: Option<f64>,
    /// Position in this window's break list.
    next_break: usize,
    stage: Stage,
    /// Tickets with an order up to this are within the cutoff.
    cutoff: u64,
    on_break_since: f64,
    until: f64,
}

/// Buffers reused from one replication to the next.
#[derive(Default)]
pub(crate) struct Scratch {
    custs: Vec<Cust>,
    shared: Vec<VecDeque<u32>>,
    shared_live: Vec<u64>,
    own: Vec<VecDeque<u32>>,
    own_live: Vec<u64>,
    wins: Vec<Win>,
    send: Vec<f64>,
    tnext: Vec<f64>,
    heap: BinaryHeap<std::cmp::Reverse<(u64, u32)>>,
    window_breaks: Vec<Vec<usize>>,
    service_windows: Vec<Vec<usize>>,
}

/// A total order on floats as unsigned keys, for the patience heap.
fn key(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 0 { b | (1 << 63) } else { !b }
}

struct Day<'a> {
    m: &'a Model,
    policy: Policy,
    now: f64,
    waiting: u64,
    has_breaks: bool,
    s: &'a mut Scratch,
    rec: &'a mut Recorder,
}

pub(crate) fn run(
    model: &Model,
    policy: Policy,
    rng: &mut Rng,
    rec: &mut Recorder,
    scratch: &mut Scratch,
    trace: Option<&mut Vec<TraceRow>>,
) {
    let s = scratch;
    let (ns, nw) = (model.services.len(), model.windows.len());
    s.custs.clear();
    s.shared.resize_with(ns, VecDeque::new);
    s.own.resize_with(nw, VecDeque::new);
    s.shared
        .iter_mut()
        .chain(s.own.iter_mut())
        .for_each(|q| q.clear());
    s.shared_live.clear();
    s.shared_live.resize(ns, 0);
    s.own_live.clear();
    s.own_live.resize(nw, 0);
    s.heap.clear();
    s.window_breaks.resize_with(nw, Vec::new);
    s.window_breaks.iter_mut().for_each(|v| v.clear());
    for (i, b) in model.breaks.iter().enumerate() {
        s.window_breaks[b.window].push(i);
    }
    s.service_windows.resize_with(ns, Vec::new);
    for (k, v) in s.service_windows.iter_mut().enumerate() {
        v.clear();
        v.extend(
            model
                .windows
                .iter()
                .enumerate()
                .filter(|(_, w)| w.services.contains(&k))
                .map(|(i, _)| i),
        );
    }
    s.wins.clear();
    for w in 0..nw {
        let stage = if s.window_breaks[w].is_empty() {
            Stage::Free
        } else {
            Stage::Ahead
        };
        s.wins.push(Win {
            serving: NONE,
            service_end: f64::INFINITY,
            called_at: 0.0,
            paused: None,
            next_break: 0,
            stage,
            cutoff: 0,
            on_break_since: 0.0,
            until: f64::INFINITY,
        });
    }
    s.send.clear();
    s.send.resize(nw, f64::INFINITY);
    s.tnext.clear();
    s.tnext.resize(nw, f64::INFINITY);

    let mut source = Source::new(model, rng);
    let mut day = Day {
        m: model,
        policy,
        now: f64::NEG_INFINITY,
        waiting: 0,
        has_breaks: !model.breaks.is_empty(),
        s,
        rec,
    };
    let start = source.peek().min(0.0);
    day.now = start;
    for w in 0..nw {
        day.settle(w);
    }
    loop {
        let ta = source.peek();
        let (mut tw, mut w) = (f64::INFINITY, usize::MAX);
        let mut completion = false;
        for (i, &t) in day.s.send.iter().enumerate() {
            if t < tw {
                tw = t;
                w = i;
                completion = true;
            }
        }
        for (i, &t) in day.s.tnext.iter().enumerate() {
            if t < tw {
                tw = t;
                w = i;
                completion = false;
            }
        }
        let tp = day
            .s
            .heap
            .peek()
            .map_or(f64::INFINITY, |r| day.s.custs[r.0.1 as usize].c.deadline);
        if tw <= tp && tw <= ta {
            if !tw.is_finite() {
                break;
            }
            day.now = tw;
            if completion {
                day.complete(w);
            }
            day.settle(w);
        } else if tp <= ta {
            day.now = tp;
            if let Some(std::cmp::Reverse((_, c))) = day.s.heap.pop() {
                day.give_up(c);
            }
        } else {
            day.now = ta;
            let c = source.take(rng);
            day.arrive(c);
        }
    }
    day.close();
    if let Some(out) = trace {
        out.clear();
        out.extend(day.s.custs.iter().map(|c| TraceRow {
            arrival: c.c.at,
            service: c.c.service as usize,
            window: (c.window != NONE).then_some(c.window as usize),
            start: (c.status == Status::Done).then_some(c.start),
            end: (c.status == Status::Done).then_some(c.end),
            abandoned: c.status == Status::Abandoned,
            left: match c.status {
                Status::Abandoned => Some(c.c.deadline),
                _ => None,
            },
        }));
    }
}

impl Day<'_> {
    fn cutting(&self) -> bool {
        self.policy == Policy::FinishCurrent
    }

    /// Whether the window calls customers in its hours at this moment.
    fn in_hours(&self, w: usize) -> bool {
        let spec = &self.m.windows[w];
        self.now >= spec.open && (self.now < spec.close || spec.close >= self.m.day_length)
    }

    /// Open in the domain's sense: in hours, and neither closing nor on a break.
    fn is_open(&self, w: usize) -> bool {
        self.in_hours(w)
            && match self.s.wins[w].stage {
                Stage::Ahead | Stage::Watching | Stage::Free => true,
                Stage::Closing => !self.cutting(),
                Stage::Due | Stage::OnBreak => false,
            }
    }

    fn current_break(&self, w: usize) -> Option<usize> {
        self.s.window_breaks[w]
            .get(self.s.wins[w].next_break)
            .copied()
    }

    /// How many wait for this window: its own line and the shared lines it calls from.
    fn queue_len(&self, w: usize) -> u64 {
        let m = self.m;
        self.s.own_live[w]
            + m.windows[w]
                .services
                .iter()
                .filter(|&&k| m.services[k].queue == QueueMode::Shared)
                .map(|&k| self.s.shared_live[k])
                .sum::<u64>()
    }

    /// Whether a customer waits for this window (may be called by it).
    fn waits_for(&self, c: &Customer, w: usize) -> bool {
        if c.window != NONE {
            return c.window as usize == w;
        }
        self.m.windows[w].services.contains(&(c.service as usize))
    }

    /// The first live ticket of a line, dropping those who left.
    fn head(custs: &[Cust], q: &mut VecDeque<u32>) -> Option<u32> {
        while let Some(&c) = q.front() {
            if custs[c as usize].status == Status::Waiting {
                return Some(c);
            }
            q.pop_front();
        }
        None
    }

    /// The earliest ticket this window may call, and which line it is in
    /// (`None` for its own line, else the service).
    fn next_for(&mut self, w: usize) -> Option<(u32, Option<usize>)> {
        let s = &mut *self.s;
        let mut best = Self::head(&s.custs, &mut s.own[w]).map(|c| (c, None));
        for &k in &self.m.windows[w].services {
            if self.m.services[k].queue != QueueMode::Shared {
                continue;
            }
            if let Some(c) = Self::head(&s.custs, &mut s.shared[k])
                && best.is_none_or(|(b, _)| c < b)
            {
                best = Some((c, Some(k)));
            }
        }
        best
    }

    /// Live tickets waiting for a window, in order of their place in line.
    fn line(&self, w: usize) -> Vec<u32> {
        let s = &*self.s;
        let mut v: Vec<u32> = s.own[w]
            .iter()
            .copied()
            .filter(|&c| s.custs[c as usize].status == Status::Waiting)
            .collect();
        for &k in &self.m.windows[w].services {
            if self.m.services[k].queue == QueueMode::Shared {
                v.extend(
                    s.shared[k]
                        .iter()
                        .copied()
                        .filter(|&c| s.custs[c as usize].status == Status::Waiting),
                );
            }
        }
        v.sort_unstable();
        v
    }

    /// Customers a window may call can be served before its break: the domain's
    /// cutoff capacity, on model minutes mapped to instants.
    fn capacity(&self, w: usize, brk: usize) -> usize {
        let m = self.m;
        let spec = &m.windows[w];
        let mean = spec
            .services
            .iter()
            .map(|&k| m.services[k].cutoff_mean)
            .sum::<f64>()
            / spec.services.len().max(1) as f64;
        let mean = Duration::seconds((mean * 60.0).round() as i64);
        let line = self.line(w);
        let mut in_line: Vec<usize> = line
            .iter()
            .map(|&c| self.s.custs[c as usize].c.service as usize)
            .collect();
        in_line.sort_unstable();
        in_line.dedup();
        if in_line.is_empty() {
            in_line = spec.services.clone();
        }
        let sharing = 1
            + (0..m.windows.len())
                .filter(|&o| o != w)
                .filter(|&o| in_line.iter().all(|k| m.windows[o].services.contains(k)))
                .filter(|&o| self.is_open(o))
                .count() as u32;
        let epoch = Utc
            .timestamp_opt(1_700_000_000, 0)
            .single()
            .unwrap_or_default();
        let at = |minute: f64| epoch + Duration::milliseconds((minute * 60_000.0).round() as i64);
        let win = &self.s.wins[w];
        let called = (win.serving != NONE).then(|| at(win.called_at));
        cutoff::capacity(
            at(self.now),
            at(m.breaks[brk].start),
            cutoff::busy_until(called, mean, at(self.now)),
            mean,
            sharing,
        )
    }

    /// The warning: counted for the break and, under finish-current, the
    /// window starts closing with its cutoff.
    fn warn(&mut self, w: usize, brk: usize) {
        self.rec.warned(brk);
        self.s.wins[w].stage = Stage::Closing;
        if !self.cutting() {
            return;
        }
        let capacity = self.capacity(w, brk);
        let line = self.line(w);
        let promised = capacity.min(line.len());
        self.s.wins[w].cutoff = match promised {
            0 => 0,
            n => u64::from(line[n - 1]) + 1,
        };
        for &c in &line[promised..] {
            self.mark_past(c, brk);
        }
    }

    fn mark_past(&mut self, c: u32, brk: usize) {
        self.s.custs[c as usize].past = brk as u32;
        self.rec.past_cutoff(brk);
    }

    /// Whether a ticket is within the window's cutoff (orders count from 1).
    fn within(&self, w: usize, c: u32) -> bool {
        u64::from(c) < self.s.wins[w].cutoff
    }

    /// A window at its break's time still owes service to customers within its
    /// cutoff who wait for it alone, or whose service has no other open window.
    fn owes(&mut self, w: usize) -> bool {
        let s = &mut *self.s;
        if let Some(c) = Self::head(&s.custs, &mut s.own[w])
            && u64::from(c) < s.wins[w].cutoff
        {
            return true;
        }
        for i in 0..self.m.windows[w].services.len() {
            let k = self.m.windows[w].services[i];
            if self.m.services[k].queue != QueueMode::Shared {
                continue;
            }
            let s = &mut *self.s;
            let Some(c) = Self::head(&s.custs, &mut s.shared[k]) else {
                continue;
            };
            if !self.within(w, c) {
                continue;
            }
            let others = self.s.service_windows[k]
                .iter()
                .any(|&o| o != w && self.is_open(o));
            if !others {
                return true;
            }
        }
        false
    }

    fn start_service(&mut self, w: usize, c: u32, line: Option<usize>) {
        let q = match line {
            None => &mut self.s.own[w],
            Some(k) => &mut self.s.shared[k],
        };
        q.pop_front();
        match line {
            None => self.s.own_live[w] -= 1,
            Some(k) => self.s.shared_live[k] -= 1,
        }
        self.waiting -= 1;
        let now = self.now;
        let cust = &mut self.s.custs[c as usize];
        cust.status = Status::InService;
        cust.window = w as u32;
        cust.start = now;
        let (at, service, duration, past) = (cust.c.at, cust.c.service, cust.c.duration, cust.past);
        self.rec.start(at, now, service as usize);
        if past != NONE {
            let bw = self.m.breaks[past as usize].window;
            let outcome = if bw == w {
                PastOutcome::WaitedForReturn
            } else {
                PastOutcome::ServedElsewhere
            };
            self.rec.past_outcome(past as usize, outcome);
        }
        let win = &mut self.s.wins[w];
        win.serving = c;
        win.called_at = now;
        win.service_end = now + duration;
        self.s.send[w] = win.service_end;
    }

    fn complete(&mut self, w: usize) {
        let win = &mut self.s.wins[w];
        let c = win.serving;
        win.serving = NONE;
        win.service_end = f64::INFINITY;
        self.s.send[w] = f64::INFINITY;
        let now = self.now;
        let cust = &mut self.s.custs[c as usize];
        cust.status = Status::Done;
        cust.end = now;
        let duration = cust.c.duration;
        self.rec.served(w, duration, now);
    }

    fn start_break(&mut self, w: usize, brk: usize) {
        let b = self.m.breaks[brk];
        let now = self.now;
        let until = match self.policy {
            Policy::PreemptResume => b.end,
            Policy::FinishCurrent => match self.m.late_break_end {
                LateBreakEnd::AsPlanned => b.end.max(now),
                LateBreakEnd::FullLength => now + (b.end - b.start),
            },
        };
        self.rec.break_started(brk, now);
        let win = &mut self.s.wins[w];
        win.stage = Stage::OnBreak;
        win.on_break_since = now;
        win.until = until;
        if win.serving != NONE {
            // Preempt-resume only: the service stops and waits for the window.
            win.paused = Some(win.service_end - now);
            win.service_end = f64::INFINITY;
            self.s.send[w] = f64::INFINITY;
        }
    }

    fn end_break(&mut self, w: usize, brk: usize) {
        let now = self.now;
        let win = &mut self.s.wins[w];
        self.rec.break_ended(brk, win.on_break_since, now);
        if let Some(left) = win.paused.take() {
            win.service_end = now + left;
            self.s.send[w] = win.service_end;
        }
        win.next_break += 1;
        win.until = f64::INFINITY;
        win.cutoff = 0;
        win.stage = if win.next_break < self.s.window_breaks[w].len() {
            Stage::Ahead
        } else {
            Stage::Free
        };
    }

    /// Moves a window through its break's stages up to now, lets it call if it
    /// is free, and sets its next timer.
    fn settle(&mut self, w: usize) {
        while let Some(brk) = self.current_break(w) {
            let b = self.m.breaks[brk];
            let now = self.now;
            match self.s.wins[w].stage {
                Stage::Ahead if now >= b.start - self.m.warn_lead => {
                    if self.queue_len(w) > 0 {
                        self.warn(w, brk);
                    } else {
                        self.s.wins[w].stage = Stage::Watching;
                    }
                }
                Stage::Watching | Stage::Closing if now >= b.start => {
                    if self.cutting() {
                        self.s.wins[w].stage = Stage::Due;
                    } else {
                        self.start_break(w, brk);
                    }
                }
                Stage::Due if self.s.wins[w].serving == NONE => {
                    if self.in_hours(w) && self.owes(w) {
                        break;
                    }
                    self.start_break(w, brk);
                }
                Stage::OnBreak if now >= self.s.wins[w].until => self.end_break(w, brk),
                _ => break,
            }
        }
        self.dispatch(w);
        self.set_timer(w);
    }

    /// A free window calls the next customer it may.
    fn dispatch(&mut self, w: usize) {
        if self.s.wins[w].serving != NONE || !self.in_hours(w) {
            return;
        }
        let stage = self.s.wins[w].stage;
        if stage == Stage::OnBreak {
            return;
        }
        let Some((c, line)) = self.next_for(w) else {
            return;
        };
        let restricted = self.cutting() && matches!(stage, Stage::Closing | Stage::Due);
        if restricted && !self.within(w, c) {
            return;
        }
        self.start_service(w, c, line);
    }

    fn set_timer(&mut self, w: usize) {
        let spec = &self.m.windows[w];
        let now = self.now;
        let mut t = if now < spec.open {
            spec.open
        } else {
            f64::INFINITY
        };
        if let Some(brk) = self.current_break(w) {
            let b = self.m.breaks[brk];
            let win = &self.s.wins[w];
            let stage_t = match win.stage {
                Stage::Ahead => b.start - self.m.warn_lead,
                Stage::Watching | Stage::Closing => b.start,
                Stage::OnBreak => win.until,
                Stage::Due | Stage::Free => f64::INFINITY,
            };
            t = t.min(stage_t.max(now));
        }
        self.s.tnext[w] = t;
    }

    fn arrive(&mut self, c: Customer) {
        let m = self.m;
        let k = c.service as usize;
        let mut c = c;
        if c.window == NONE && m.services[k].queue == QueueMode::PerWindow {
            c.window = self.shortest_line(k) as u32;
        }
        let id = self.s.custs.len() as u32;
        self.rec.arrival(c.at, k);
        // A closing window takes a newcomer into its promise if everyone waiting
        // is within it and the time left allows; else the newcomer is past it.
        let mut past = [NONE; 4];
        let mut pasts = 0;
        if self.cutting() && self.has_breaks {
            for w in 0..m.windows.len() {
                if self.s.wins[w].stage != Stage::Closing || !self.waits_for(&c, w) {
                    continue;
                }
                let Some(brk) = self.current_break(w) else {
                    continue;
                };
                let line = self.line(w);
                let all_within = line.last().is_none_or(|&l| self.within(w, l));
                if all_within && line.len() < self.capacity(w, brk) {
                    self.s.wins[w].cutoff = u64::from(id) + 1;
                } else if pasts < past.len() {
                    past[pasts] = brk as u32;
                    pasts += 1;
                }
            }
        }
        self.s.custs.push(Cust {
            c,
            status: Status::Waiting,
            window: NONE,
            start: 0.0,
            end: 0.0,
            past: NONE,
        });
        for &brk in &past[..pasts] {
            self.mark_past(id, brk as usize);
        }
        if c.window != NONE {
            self.s.own[c.window as usize].push_back(id);
            self.s.own_live[c.window as usize] += 1;
        } else {
            self.s.shared[k].push_back(id);
            self.s.shared_live[k] += 1;
        }
        self.waiting += 1;
        if c.deadline.is_finite() {
            self.s.heap.push(std::cmp::Reverse((key(c.deadline), id)));
        }
        // The first free window that may call them does.
        let n = if c.window != NONE {
            1
        } else {
            self.s.service_windows[k].len()
        };
        let window_at = |s: &Scratch, i: usize| {
            if c.window != NONE {
                c.window as usize
            } else {
                s.service_windows[k][i]
            }
        };
        for i in 0..n {
            if self.s.custs[id as usize].status != Status::Waiting {
                break;
            }
            let w = window_at(self.s, i);
            if self.s.wins[w].serving == NONE {
                self.dispatch(w);
                self.set_timer(w);
            }
        }
        // Someone waits for a window whose warning time has come: warn now.
        if self.has_breaks && self.s.custs[id as usize].status == Status::Waiting {
            for i in 0..n {
                let w = window_at(self.s, i);
                if self.s.wins[w].stage == Stage::Watching
                    && let Some(brk) = self.current_break(w)
                {
                    self.warn(w, brk);
                    self.set_timer(w);
                }
            }
        }
        self.rec.queue(self.now, self.waiting);
    }

    /// The per-window line a new ticket joins: the shortest among the open
    /// windows for its service (all of them if none is open), first in the
    /// config on a tie.
    fn shortest_line(&self, k: usize) -> usize {
        let candidates = &self.s.service_windows[k];
        let any_open = candidates.iter().any(|&w| self.is_open(w));
        let mut best: Option<(u64, usize)> = None;
        for &w in candidates {
            if any_open && !self.is_open(w) {
                continue;
            }
            let len = self.queue_len(w);
            if best.is_none_or(|(b, _)| len < b) {
                best = Some((len, w));
            }
        }
        best.map_or(candidates.first().copied().unwrap_or(0), |(_, w)| w)
    }

    fn give_up(&mut self, c: u32) {
        let cust = self.s.custs[c as usize];
        if cust.status != Status::Waiting {
            return;
        }
        self.s.custs[c as usize].status = Status::Abandoned;
        if cust.c.window != NONE {
            self.s.own_live[cust.c.window as usize] -= 1;
        } else {
            self.s.shared_live[cust.c.service as usize] -= 1;
        }
        self.waiting -= 1;
        self.rec.abandoned(cust.c.at, cust.c.service as usize);
        if cust.past != NONE {
            self.rec
                .past_outcome(cust.past as usize, PastOutcome::GaveUp);
        }
    }

    /// The day is over: whoever still waits had no window left to serve them.
    fn close(&mut self) {
        for i in 0..self.s.custs.len() {
            let cust = self.s.custs[i];
            if cust.status == Status::Waiting {
                self.rec.unserved(cust.c.at, cust.c.service as usize);
                if cust.past != NONE {
                    self.rec
                        .past_outcome(cust.past as usize, PastOutcome::GaveUp);
                }
            }
        }
        for w in 0..self.m.windows.len() {
            if self.s.wins[w].stage == Stage::OnBreak
                && let Some(brk) = self.current_break(w)
            {
                let win = &self.s.wins[w];
                let (since, until) = (win.on_break_since, win.until);
                self.rec.break_ended(brk, since, until);
            }
        }
    }
}
