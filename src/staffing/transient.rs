//! One line of work through the day as a time-dependent queue: customers in
//! the system evolve minute by minute from the state at the start (an empty
//! hall at opening), with arrivals and working windows that change by the
//! minute, the backlog carried across intervals and drained after closing.
//! Pure numbers: [`super::Evaluator`] builds a [`Line`] from a hall and a plan.
//!
//! # The model
//!
//! The number in the system is a birth–death process, the M(t)/M/c(t)+M queue:
//! arrivals at rate λ(t), departures at μ(t)·min(n, c(t)) with c(t) working
//! windows, and waiting customers giving up at rate θ each if the service has
//! a patience. Its distribution p(t) follows the Kolmogorov forward equations,
//!
//! ```text
//! dp_n/dt = λ p_{n−1} + D_{n+1} p_{n+1} − (λ + D_n) p_n
//! ```
//!
//! integrated over a truncated state space by the trapezoidal rule
//! (Crank–Nicolson: second order, A-stable, mass-preserving), each step one
//! tridiagonal solve (Thomas), the first steps by implicit Euler so that the
//! point mass at opening does not ring. Exact for Poisson arrivals and
//! exponential visits, up to the step and the truncation, which grows when
//! probability reaches its top (Ingolfsson et al. 2007 compare this and other
//! ways to solve time-varying queues; the forward equations are the reference
//! they hold the others to).
//!
//! # The wait of a customer
//!
//! A customer who arrives at `t` and finds `n` in the system is called when the
//! people ahead of them have thinned out below the windows at work. While they
//! wait every window is busy with someone ahead, so the people ahead leave at
//! μ(s)·c(s) (plus those who give up), whatever comes behind: the wait depends
//! only on `n` and on the capacity ahead of `t`. Its mean `m(n, t)` (and the
//! chance `s(n, t)` of being served at all, less than one with patience or
//! with no window left) solve the backward equations of that pure-death
//! process,
//!
//! ```text
//! −∂s/∂t = D_n (s_{n−1} − s_n) − θ s_n
//! −∂m/∂t = s_n + D_n (m_{n−1} − m_n) − θ m_n
//! ```
//!
//! with `s = 1, m = 0` where the customer is called at once, from the end of
//! the day backwards; after the last change of capacity the windows still at
//! work serve at a constant rate and the equations have a closed solution. By
//! PASTA an arrival sees p(t), so the mean wait of those arriving in an
//! interval is `∫λ Σ p m dt / ∫λ Σ p s dt` — the mean over the customers who
//! are served, as the simulator counts it. The share served within the target
//! uses that the calls ahead come as a Poisson stream of rate μc while the
//! customer waits: P(W ≤ T | n) = P(Poisson(∫_t^{t+T} μc) ≥ n − c(t+T) + 1),
//! exact for M/M/c.
//!
//! # Visits that are not exponential
//!
//! Visit lengths with squared coefficient of variation `cs²` (a lognormal's
//! cv², 0 for fixed visits, the mix's for a line of several services) leave
//! the queue's drift as it is and change its spread. The wait is split in two:
//! the fluid part `w_f`, the wait the deterministic backlog alone would cause
//! (arrivals running ahead of the windows, served at μc), which no variability
//! changes; and the rest, the queue's random excess over it, which scales by
//! `(1 + cs²)/2`:
//!
//! ```text
//! w = w_f + (1 + cs²)/2 · (w_M − w_f)
//! ```
//!
//! On a day below capacity `w_f` is zero and this is the Allen–Cunneen
//! correction of the M/M/c wait (Whitt 1993, "Approximations for the GI/G/m
//! queue"); in a long overload the backlog's growth is the fluid's and its
//! spread is the diffusion's, whose variance λ + μc·cs² is (1 + cs²)/2 times
//! the exponential one's when λ ≈ μc (Kingman 1961; Iglehart & Whitt 1970).
//! The share within target reads the exponential model at the target mapped
//! the same way. For exponential visits nothing changes: the model is exact.
//!
//! Per-window lines, where each customer joins one window's line and stays in
//! it, are another chain (`own`).
//!
//! # Part of a day again
//!
//! The suggestion weighs hundreds of placements. [`resolve`] redoes only the
//! stretch a change touches: forward from its start until the distribution is
//! within [`REJOINED`] of the solved day's, backward from its end until the
//! waits ahead are; the rest of the day stands.
//!
//! # Overload and bad input
//!
//! Nothing here assumes the load is below the windows: an overloaded stretch
//! builds a backlog the later minutes inherit, and the hall drains it after
//! closing with the windows still at work. A load that can never be served
//! grows the state space up to [`MAX_STATES`]; beyond it arrivals are held at
//! the top and the line is marked [`Solution::truncated`], so the figures stay
//! finite (and are lower bounds). With no window left after closing, those
//! still waiting are never served: `s` carries it.

/// The largest state space a line is given. A backlog too big for it is
/// counted in groups of customers (grains) so that it fits: its spread is
/// then overstated, on a day that is hopeless anyway.
pub const MAX_STATES: usize = 6000;

/// Probability allowed at the top of the state space before it grows: what
/// lies beyond would move a mean wait by far less than a second.
const TOP_MASS: f64 = 1e-7;

/// The largest step, in minutes.
const MAX_STEP: f64 = 1.0;

/// A step covers at most this much of the fastest rate: `h·(λ + μc)/g`.
const STEP_RATE: f64 = 4.0;

/// Most steps per minute.
const MAX_SUBSTEPS: usize = 8;

/// How the customers of a line wait.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Discipline {
    /// One line, the first in it called by the first free window.
    Shared,
    /// A line per window; a newcomer joins the shortest and stays there.
    PerWindow,
}

/// A line of work for the day, minute by minute from the start.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Arrivals per minute in each minute.
    pub arrivals: Vec<f64>,
    /// Windows at work in each minute (a fraction for part of a minute).
    pub windows: Vec<f64>,
    /// Mean visit length in each minute, in minutes.
    pub mean_service: Vec<f64>,
    /// After the last minute: the windows that go on serving until the line is
    /// empty, and their mean visit.
    pub after_windows: f64,
    pub after_mean: f64,
    /// Squared coefficient of variation of a visit.
    pub scv: f64,
    /// Mean patience of a waiting customer, in minutes; `None` if they never leave.
    pub patience: Option<f64>,
    pub discipline: Discipline,
    /// The wait the share within target is counted against, in minutes.
    pub target: f64,
    /// Customers in the system at the start (an empty hall at opening).
    pub start: f64,
}

/// What the customers arriving in one minute meet, per arrival.
#[derive(Copy, Clone, Debug, Default, PartialEq)]
pub struct Minute {
    /// Arrivals per minute.
    pub arrivals: f64,
    /// E[wait · served] of one arrival, in minutes.
    pub wait: f64,
    /// P(served at all).
    pub served: f64,
    /// P(wait > 0).
    pub waited: f64,
    /// P(wait ≤ target).
    pub within: f64,
    /// Mean windows busy.
    pub busy: f64,
    /// Mean customers in the system.
    pub in_system: f64,
}

/// The line solved.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub minutes: Vec<Minute>,
    /// The state space hit [`MAX_STATES`]: the figures are lower bounds.
    pub truncated: bool,
    /// Customers per state: 1, more only for a hopeless backlog.
    pub grain: f64,
    pub states: usize,
}

/// Rates of one minute, per state (`g` customers).
#[derive(Copy, Clone, Debug, PartialEq)]
struct Rates {
    /// Grain arrivals per minute.
    birth: f64,
    /// Windows at work, in states.
    c: f64,
    /// Service rate per window.
    mu: f64,
    /// Patience rate per waiting customer.
    theta: f64,
}

impl Rates {
    /// Grain departures per minute from state `n`: services and those giving up.
    #[inline]
    fn death(&self, n: usize) -> f64 {
        let n = n as f64;
        self.mu * n.min(self.c) + self.theta * (n - self.c).max(0.0)
    }

    /// The first state in which a newcomer waits: all windows taken by those
    /// ahead, `(n + 1)·g > c` customers; with any window at work, someone with
    /// nobody ahead never waits, however coarse the states.
    #[inline]
    fn first_waiting(&self) -> usize {
        let n = (self.c + 1e-9).floor().max(0.0) as usize;
        if self.c > 1e-12 { n.max(1) } else { 0 }
    }
}

fn rates(line: &Line, k: usize, g: f64) -> Rates {
    let (c, mean) = match (line.windows.get(k), line.mean_service.get(k)) {
        (Some(c), Some(m)) => (*c, *m),
        _ => (line.after_windows, line.after_mean),
    };
    let lambda = line.arrivals.get(k).copied().unwrap_or(0.0);
    Rates {
        birth: finite(lambda) / g,
        c: finite(c) / g,
        mu: if mean > 0.0 && mean.is_finite() {
            1.0 / mean
        } else {
            0.0
        },
        theta: line
            .patience
            .filter(|p| *p > 0.0 && p.is_finite())
            .map_or(0.0, |p| 1.0 / p),
    }
}

fn finite(x: f64) -> f64 {
    if x.is_finite() { x.max(0.0) } else { 0.0 }
}

/// How much the random part of a wait grows with the visits' variability:
/// `(1 + cs²)/2`, 1 for exponential visits.
pub fn variability(scv: f64) -> f64 {
    ((1.0 + finite(scv)) / 2.0).clamp(0.0, 50.0)
}

/// The deterministic backlog: how far arrivals run ahead of the windows at
/// their worst, in customers.
fn fluid_peak(line: &Line) -> f64 {
    let mut q: f64 = finite(line.start);
    let mut peak: f64 = q;
    for k in 0..line.arrivals.len().max(line.windows.len()) {
        let lambda = finite(line.arrivals.get(k).copied().unwrap_or(0.0));
        let c = finite(line.windows.get(k).copied().unwrap_or(line.after_windows));
        let mean = line.mean_service.get(k).copied().unwrap_or(line.after_mean);
        let mu = if mean > 0.0 && mean.is_finite() {
            1.0 / mean
        } else {
            0.0
        };
        q = (q + lambda - mu * c).max(0.0);
        peak = peak.max(q);
    }
    peak
}

/// One trapezoidal step `(I − a·Q) p' = (I + a·Q) p` of one minute's rates,
/// worked out once for as long as the rates stay the same (they change at
/// interval boundaries and when a window comes or goes, not every minute).
struct Factor {
    /// What it was built for: the rates, the states and `a`.
    key: Option<(Rates, usize, f64)>,
    /// Multipliers of the elimination.
    lower: Vec<f64>,
    /// One over the pivots after elimination.
    inv_pivot: Vec<f64>,
    /// The super-diagonal.
    upper: Vec<f64>,
    /// The explicit half: `p_i` stays with `stay[i]`, arrives from below with
    /// `up`, from above with `down[i]`.
    stay: Vec<f64>,
    up: f64,
    down: Vec<f64>,
}

impl Factor {
    fn new() -> Factor {
        Factor {
            key: None,
            lower: Vec::new(),
            inv_pivot: Vec::new(),
            upper: Vec::new(),
            stay: Vec::new(),
            up: 0.0,
            down: Vec::new(),
        }
    }

    /// Factors `I − a·Q` for the generator of `r` on `n` states, unless it
    /// already has. Row `i`: `−a·b p_{i−1} + (1 + a(b_i + d_i)) p_i −
    /// a·d_{i+1} p_{i+1}`.
    fn build(&mut self, r: &Rates, n: usize, a: f64) {
        if self.key == Some((*r, n, a)) {
            return;
        }
        self.key = Some((*r, n, a));
        for v in [
            &mut self.lower,
            &mut self.inv_pivot,
            &mut self.upper,
            &mut self.stay,
            &mut self.down,
        ] {
            v.resize(n, 0.0);
        }
        self.up = a * r.birth;
        let birth = |i: usize| if i + 1 < n { r.birth } else { 0.0 };
        let mut pivot = 1.0;
        for i in 0..n {
            let out = a * (birth(i) + r.death(i));
            let diag = 1.0 + out;
            self.stay[i] = 1.0 - out;
            let d_next = if i + 1 < n { a * r.death(i + 1) } else { 0.0 };
            self.upper[i] = -d_next;
            self.down[i] = d_next;
            if i == 0 {
                pivot = diag;
                self.lower[0] = 0.0;
            } else {
                let l = -a * birth(i - 1) / pivot;
                self.lower[i] = l;
                pivot = diag - l * self.upper[i - 1];
            }
            self.inv_pivot[i] = 1.0 / pivot;
        }
    }

    /// `out = (I + a·Q) p`.
    fn explicit(&self, p: &[f64], out: &mut [f64]) {
        let n = p.len();
        for i in 0..n {
            let mut v = p[i] * self.stay[i];
            if i > 0 {
                v += self.up * p[i - 1];
            }
            if i + 1 < n {
                v += self.down[i] * p[i + 1];
            }
            out[i] = v;
        }
    }

    /// Solves `(I − a·Q) x' = x` in place.
    fn solve(&self, x: &mut [f64]) {
        let n = x.len();
        for i in 1..n {
            x[i] -= self.lower[i] * x[i - 1];
        }
        x[n - 1] *= self.inv_pivot[n - 1];
        for i in (0..n - 1).rev() {
            x[i] = (x[i] - self.upper[i] * x[i + 1]) * self.inv_pivot[i];
        }
    }
}

/// How a line is cut up: kept with its [`Trace`] so that part of the day can
/// be redone the same way.
#[derive(Copy, Clone, Debug, PartialEq)]
struct Grid {
    /// Customers per state.
    g: f64,
    /// Steps per minute, and their length.
    substeps: usize,
    h: f64,
    /// The visits' variability factor for the wait's random part; 1 for
    /// per-window lines, whose formula has its own.
    f: f64,
}

impl Grid {
    fn of(line: &Line) -> (Grid, usize) {
        let minutes = line.arrivals.len().max(line.windows.len());
        let c_max = line
            .windows
            .iter()
            .copied()
            .map(finite)
            .fold(finite(line.after_windows), f64::max);
        let peak = fluid_peak(line);
        // One customer per state, unless a hopeless backlog would not fit.
        let g = 1.0_f64.max((c_max + peak) / (MAX_STATES as f64 / 4.0));
        // A start the line grows from as probability reaches the top.
        let spread = 4.0 * (c_max + peak + 1.0).sqrt();
        let states =
            (((c_max + peak + spread + 8.0) / g).ceil() as usize + 4).clamp(12, MAX_STATES);
        let rate_ref = (0..minutes)
            .map(|k| {
                let r = rates(line, k, g);
                r.birth + r.mu * r.c
            })
            .fold(0.0, f64::max);
        let substeps = ((rate_ref * MAX_STEP / STEP_RATE).ceil() as usize).clamp(1, MAX_SUBSTEPS);
        let f = match line.discipline {
            Discipline::Shared => variability(line.scv),
            Discipline::PerWindow => 1.0,
        };
        (
            Grid {
                g,
                substeps,
                h: 1.0 / substeps as f64,
                f,
            },
            states,
        )
    }
}

/// Distributions at minute marks, one after another in one buffer (their
/// lengths grow with the state space).
#[derive(Clone, Debug, Default)]
struct Marks {
    data: Vec<f64>,
    /// Where each mark starts; one more entry than marks.
    start: Vec<usize>,
}

impl Marks {
    fn with_capacity(marks: usize, states: usize) -> Marks {
        let mut start = Vec::with_capacity(marks + 1);
        start.push(0);
        Marks {
            data: Vec::with_capacity(marks * states),
            start,
        }
    }

    fn push(&mut self, p: &[f64]) {
        self.data.extend_from_slice(p);
        self.start.push(self.data.len());
    }

    fn get(&self, k: usize) -> &[f64] {
        &self.data[self.start[k]..self.start[k + 1]]
    }

    fn len(&self) -> usize {
        self.start.len() - 1
    }
}

/// `(s, m)` at minute marks, all of one width.
#[derive(Clone, Debug, Default)]
struct Backs {
    width: usize,
    s: Vec<f64>,
    m: Vec<f64>,
}

impl Backs {
    fn new(marks: usize, width: usize) -> Backs {
        Backs {
            width,
            s: vec![0.0; marks * width],
            m: vec![0.0; marks * width],
        }
    }

    fn set(&mut self, k: usize, s: &[f64], m: &[f64]) {
        let w = self.width;
        self.s[k * w..(k + 1) * w].copy_from_slice(s);
        self.m[k * w..(k + 1) * w].copy_from_slice(m);
    }

    fn get(&self, k: usize) -> (&[f64], &[f64]) {
        let w = self.width;
        (&self.s[k * w..(k + 1) * w], &self.m[k * w..(k + 1) * w])
    }
}

/// What the solver knew at each minute mark of a solved line, to redo part of
/// the day when a little of it changes.
#[derive(Clone, Debug)]
pub struct Trace {
    grid: Grid,
    /// The distribution at each minute mark.
    marks: Marks,
    /// `(s, m)` at each minute mark under that minute's rates; the last, the
    /// values once nothing changes any more.
    backs: Backs,
    fluid: Vec<f64>,
}

/// Scratch for the forward steps.
struct Forward {
    factor: Factor,
    scratch: Vec<f64>,
}

impl Forward {
    fn new() -> Forward {
        Forward {
            factor: Factor::new(),
            scratch: Vec::new(),
        }
    }

    /// Moves `p` through minute `k`, first growing it if probability nears its
    /// top (up to `limit` states). Returns whether it had room enough.
    fn minute(
        &mut self,
        line: &Line,
        k: usize,
        grid: &Grid,
        p: &mut Vec<f64>,
        limit: usize,
    ) -> bool {
        let mut states = p.len();
        let top = states - (states / 50).max(2);
        if p[top..].iter().sum::<f64>() > TOP_MASS {
            if states >= limit {
                return false;
            }
            states = (states + states / 2).min(limit);
            p.resize(states, 0.0);
        }
        self.scratch.resize(states, 0.0);
        let r = rates(line, k, grid.g);
        let a = grid.h / 2.0;
        self.factor.build(&r, states, a);
        let mut steps = grid.substeps;
        if k == 0 {
            // Two implicit Euler half steps damp the point mass's ringing.
            for _ in 0..2 {
                self.factor.solve(p);
            }
            steps -= 1;
        }
        for _ in 0..steps {
            self.factor.explicit(p, &mut self.scratch);
            self.factor.solve(&mut self.scratch);
            std::mem::swap(p, &mut self.scratch);
        }
        true
    }
}

/// The backward step's coefficients for one minute's rates, kept while they
/// stay the same.
struct Back {
    key: Option<(Rates, usize, f64)>,
    /// `a·D_n` and one over `1 + a(D_n + θ)`.
    ad: Vec<f64>,
    inv: Vec<f64>,
    s1: Vec<f64>,
    m1: Vec<f64>,
}

impl Back {
    fn new() -> Back {
        Back {
            key: None,
            ad: Vec::new(),
            inv: Vec::new(),
            s1: Vec::new(),
            m1: Vec::new(),
        }
    }

    /// Moves `(s, m)` from the end of minute `k` (the values at the next mark)
    /// to its start, under minute `k`'s rates.
    fn minute(&mut self, line: &Line, k: usize, grid: &Grid, s: &mut [f64], m: &mut [f64]) {
        let r = rates(line, k, grid.g);
        let n0 = r.first_waiting();
        let states = s.len();
        let a = grid.h / 2.0;
        if self.key != Some((r, states, a)) {
            self.key = Some((r, states, a));
            self.ad.resize(states, 0.0);
            self.inv.resize(states, 0.0);
            for n in 0..states {
                let d = r.death(n);
                self.ad[n] = a * d;
                self.inv[n] = 1.0 / (1.0 + a * (d + r.theta));
            }
        }
        // The end of this minute under its own rates: those who fit are called.
        for n in 0..states.min(n0) {
            s[n] = 1.0;
            m[n] = 0.0;
        }
        self.s1.resize(states, 0.0);
        self.m1.resize(states, 0.0);
        let at = a * r.theta;
        for _ in 0..grid.substeps {
            self.s1.copy_from_slice(s);
            self.m1.copy_from_slice(m);
            // Lower bidiagonal, solved upwards from the first state in which a
            // newcomer waits.
            for n in n0..states {
                let ad = self.ad[n];
                let (sp1, mp1, sp0, mp0) = if n == n0 {
                    (1.0, 0.0, 1.0, 0.0)
                } else {
                    (self.s1[n - 1], self.m1[n - 1], s[n - 1], m[n - 1])
                };
                let (s1n, m1n) = (self.s1[n], self.m1[n]);
                let sv = (s1n + ad * (sp1 - s1n) - at * s1n + ad * sp0) * self.inv[n];
                let mv =
                    (m1n + a * s1n + ad * (mp1 - m1n) - at * m1n + a * sv + ad * mp0) * self.inv[n];
                s[n] = sv;
                m[n] = mv;
            }
        }
    }
}

/// What an arrival in minute `k` meets, `(P(served), E[wait · served])`, from
/// the distributions at both ends of the minute and the backward values at
/// both marks (the end's under the next minute's rates, masked to this one's).
#[allow(clippy::too_many_arguments)]
fn figure(
    line: &Line,
    k: usize,
    grid: &Grid,
    p0: &[f64],
    p1: &[f64],
    back0: (&[f64], &[f64]),
    back1: (&[f64], &[f64]),
    fluid: (f64, f64),
) -> (f64, f64) {
    let r = rates(line, k, grid.g);
    let n0 = r.first_waiting();
    let correct = |(served, wait): (f64, f64), w_f: f64| {
        if served <= 1e-12 || (grid.f - 1.0).abs() <= 1e-12 {
            return (served, wait);
        }
        let w_m = wait / served;
        let w = w_f.min(w_m) + grid.f * (w_m - w_f).max(0.0);
        (served, w * served)
    };
    let start = correct(moments(p0, back0.0, back0.1, 0), fluid.0);
    let end = correct(moments(p1, back1.0, back1.1, n0), fluid.1);
    (0.5 * (start.0 + end.0), 0.5 * (start.1 + end.1))
}

/// Solves a line for the day.
pub fn solve(line: &Line) -> Solution {
    solve_with(line, None).0
}

/// Solves a line for ranking plans and keeps its [`Trace`]; `headroom` more
/// states are kept in the backward values than the day needed, for changes
/// to grow into. Only each minute's wait and share served are worked out.
pub fn solve_traced(line: &Line, headroom: usize) -> (Solution, Trace) {
    let (sol, trace) = solve_with(line, Some(headroom));
    let trace = trace.unwrap_or_else(|| Trace {
        grid: Grid::of(line).0,
        marks: Marks::default(),
        backs: Backs::default(),
        fluid: Vec::new(),
    });
    (sol, trace)
}

fn solve_with(line: &Line, keep: Option<usize>) -> (Solution, Option<Trace>) {
    if line.discipline == Discipline::PerWindow {
        // Redone whole when it changes: an empty trace.
        return (own::solve(line), None);
    }
    let minutes = line.arrivals.len().max(line.windows.len());
    let (grid, states) = Grid::of(line);
    let g = grid.g;

    // Forward: p at each minute mark.
    let mut p = vec![0.0; states];
    let first = ((finite(line.start) / g).round() as usize).min(states - 1);
    p[first] = 1.0;
    let mut marks = Marks::with_capacity(minutes + 1, states);
    marks.push(&p);
    let mut truncated = false;
    let mut fw = Forward::new();
    for k in 0..minutes {
        fw.minute(line, k, &grid, &mut p, MAX_STATES);
        if p.len() >= MAX_STATES && p[p.len() - 1] > TOP_MASS {
            truncated = true;
        }
        marks.push(&p);
    }
    let fluid = if (grid.f - 1.0).abs() > 1e-12 {
        fluid_waits(line, minutes, grid.substeps)
    } else {
        vec![0.0; minutes + 1]
    };

    // Backward, each minute's figures on the way: the wait ahead of an
    // arrival in each state, from the end.
    let width = (p.len() + keep.unwrap_or(0)).min(MAX_STATES.max(p.len()));
    let mut s = vec![0.0; width];
    let mut m = vec![0.0; width];
    terminal(&rates(line, minutes, g), &mut s, &mut m);
    let mut backs = keep.map(|_| Backs::new(minutes + 1, width));
    if let Some(b) = backs.as_mut() {
        b.set(minutes, &s, &m);
    }
    let (mut s_end, mut m_end) = (s.clone(), m.clone());
    let mut back = Back::new();
    let target = finite(line.target);
    let mut ahead = Ahead::new(line, g);
    let mut out = vec![Minute::default(); minutes];
    for k in (0..minutes).rev() {
        s_end.copy_from_slice(&s);
        m_end.copy_from_slice(&m);
        back.minute(line, k, &grid, &mut s, &mut m);
        if let Some(b) = backs.as_mut() {
            b.set(k, &s, &m);
        }
        let r = rates(line, k, g);
        let n0 = r.first_waiting();
        let here = marks.get(k);
        let (served, wait) = figure(
            line,
            k,
            &grid,
            here,
            marks.get(k + 1),
            (&s, &m),
            (&s_end, &m_end),
            (fluid[k], fluid[k + 1]),
        );
        if keep.is_some() {
            // Weighed for ranking only: the waits and who is served.
            out[k] = Minute {
                arrivals: finite(line.arrivals.get(k).copied().unwrap_or(0.0)),
                wait,
                served,
                ..Minute::default()
            };
            continue;
        }
        let waited: f64 = here[n0.min(here.len())..].iter().sum();
        let busy: f64 = here
            .iter()
            .enumerate()
            .map(|(n, q)| q * (n as f64 * g).min(r.c * g))
            .sum();
        let in_system: f64 = here.iter().enumerate().map(|(n, q)| q * n as f64 * g).sum();
        // The target as the exponential model reads it.
        let w_f = fluid[k];
        let t = (w_f + (target - w_f) / grid.f.max(1e-6)).max(0.0);
        let within = within_shared(here, n0, ahead.calls(k as f64, t));
        out[k] = Minute {
            arrivals: finite(line.arrivals.get(k).copied().unwrap_or(0.0)),
            wait,
            served,
            waited,
            within: within.min(served),
            busy,
            in_system,
        };
    }
    let solution = Solution {
        minutes: out,
        truncated,
        grain: g,
        states: p.len(),
    };
    let trace = backs.map(|backs| Trace {
        grid,
        marks,
        backs,
        fluid,
    });
    (solution, trace)
}

/// Probability mass apart at which a redone stretch counts as having rejoined
/// the day. What the perturbation left behind would still add decays at the
/// queue's own pace; its share of an interval's mean wait stays below a few
/// thousandths of a minute, well inside what tells two plans apart.
const REJOINED: f64 = 3e-4;

/// The figures `(minute, P(served), E[wait · served])` of the minutes that
/// change when `line` (solved, with `trace`) becomes `new`, which differs
/// from it only in the minutes `changed`. Forward from the change until the
/// distribution rejoins the old one, backward from its end until the waits
/// ahead rejoin theirs; the rest of the day stands. `None` when the change
/// needs more room than the trace has (solve `new` afresh).
pub fn resolve(
    new: &Line,
    trace: &Trace,
    changed: std::ops::Range<usize>,
) -> Option<Vec<(usize, f64, f64)>> {
    let minutes = trace.marks.len().saturating_sub(1);
    if changed.is_empty() {
        return Some(Vec::new());
    }
    if new.arrivals.len().max(new.windows.len()) != minutes {
        return None;
    }
    let grid = trace.grid;
    let (a0, a1) = (changed.start.min(minutes), changed.end.min(minutes));
    let width = trace.backs.width;
    // Forward: marks a0+1 ..= f1.
    let mut p = trace.marks.get(a0).to_vec();
    let mut marks = Marks::with_capacity((a1 - a0 + 60).min(minutes - a0), p.len());
    let mut fw = Forward::new();
    let mut f1 = minutes;
    for k in a0..minutes {
        if !fw.minute(new, k, &grid, &mut p, width) {
            return None;
        }
        marks.push(&p);
        if k + 1 >= a1 && l1(&p, trace.marks.get(k + 1)) < REJOINED {
            f1 = k + 1;
            break;
        }
    }
    // Backward: marks a1−1 down to b0.
    let (s0, m0) = trace.backs.get(a1);
    let (mut s, mut m) = (s0.to_vec(), m0.to_vec());
    // Mark k is at a1 − 1 − k.
    let mut backs = Backs {
        width,
        s: Vec::with_capacity((a1 - a0 + 30) * width),
        m: Vec::with_capacity((a1 - a0 + 30) * width),
    };
    let mut back = Back::new();
    let mut b0 = 0;
    for k in (0..a1).rev() {
        back.minute(new, k, &grid, &mut s, &mut m);
        backs.s.extend_from_slice(&s);
        backs.m.extend_from_slice(&m);
        if k < a0 && rejoined(trace.marks.get(k), (&s, &m), trace.backs.get(k)) {
            b0 = k;
            break;
        }
    }
    let fluid = if (grid.f - 1.0).abs() > 1e-12 {
        fluid_waits(new, minutes, grid.substeps)
    } else {
        vec![0.0; minutes + 1]
    };
    let mut lo = b0;
    let mut hi = f1;
    for (k, (x, y)) in fluid.iter().zip(&trace.fluid).enumerate() {
        if (x - y).abs() > 1e-9 {
            lo = lo.min(k.saturating_sub(1));
            hi = hi.max((k + 1).min(minutes));
        }
    }
    let mark = |k: usize| -> &[f64] {
        if k > a0 && k - a0 <= marks.len() {
            marks.get(k - a0 - 1)
        } else {
            trace.marks.get(k)
        }
    };
    let back = |k: usize| -> (&[f64], &[f64]) {
        if k >= b0 && k < a1 {
            backs.get(a1 - 1 - k)
        } else {
            trace.backs.get(k)
        }
    };
    Some(
        (lo..hi)
            .map(|k| {
                let (served, wait) = figure(
                    new,
                    k,
                    &grid,
                    mark(k),
                    mark(k + 1),
                    back(k),
                    back(k + 1),
                    (fluid[k], fluid[k + 1]),
                );
                (k, served, wait)
            })
            .collect(),
    )
}

fn l1(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| (a.get(i).copied().unwrap_or(0.0) - b.get(i).copied().unwrap_or(0.0)).abs())
        .sum()
}

/// Whether backward values agree with the old ones where the distribution
/// puts any weight.
fn rejoined(p: &[f64], new: (&[f64], &[f64]), old: (&[f64], &[f64])) -> bool {
    let mut ds = 0.0;
    let mut dm = 0.0;
    for (n, q) in p.iter().enumerate() {
        ds +=
            q * (new.0.get(n).copied().unwrap_or(0.0) - old.0.get(n).copied().unwrap_or(0.0)).abs();
        dm +=
            q * (new.1.get(n).copied().unwrap_or(0.0) - old.1.get(n).copied().unwrap_or(0.0)).abs();
    }
    ds < REJOINED * 1e-2 && dm < REJOINED
}

/// `(Σ p s, Σ p m)`, with `s = 1, m = 0` in the states below `n0` (those
/// called at once).
fn moments(p: &[f64], s: &[f64], m: &[f64], n0: usize) -> (f64, f64) {
    let mut a = 0.0;
    let mut b = 0.0;
    for (n, ((p, s), m)) in p.iter().zip(s).zip(m).enumerate() {
        if n < n0 {
            a += p;
        } else {
            a += p * s;
            b += p * m;
        }
    }
    (a, b)
}

/// The backward equations' solution once nothing changes any more: constant
/// rates, no arrivals, until the line is empty.
fn terminal(r: &Rates, s: &mut [f64], m: &mut [f64]) {
    let n0 = r.first_waiting();
    for n in 0..s.len() {
        if n < n0 {
            s[n] = 1.0;
            m[n] = 0.0;
            continue;
        }
        let d = r.death(n);
        let out = d + r.theta;
        if out <= 0.0 {
            // Nobody is ever called and nobody leaves.
            s[n] = 0.0;
            m[n] = 0.0;
            continue;
        }
        let (s_prev, m_prev) = if n == n0 {
            (1.0, 0.0)
        } else {
            (s[n - 1], m[n - 1])
        };
        s[n] = d * s_prev / out;
        m[n] = (s[n] + d * m_prev) / out;
    }
}

/// The calls the windows make from a moment on: cumulative calls (in states)
/// (μc per minute) from the start, extended past the day at the rates after
/// it as far as asked.
struct Ahead<'a> {
    line: &'a Line,
    g: f64,
    /// `cum[k]`: calls in minutes `0..k`.
    cum: Vec<f64>,
}

impl<'a> Ahead<'a> {
    fn new(line: &'a Line, g: f64) -> Ahead<'a> {
        Ahead {
            line,
            g,
            cum: vec![0.0],
        }
    }

    fn flow(&self, k: usize) -> f64 {
        let r = rates(self.line, k, self.g);
        r.mu * r.c
    }

    /// Calls in `[0, t)`.
    fn at(&mut self, t: f64) -> f64 {
        let t = t.max(0.0);
        let whole = t.floor() as usize;
        while self.cum.len() <= whole + 1 {
            let k = self.cum.len() - 1;
            let next = self.cum[k] + self.flow(k);
            self.cum.push(next);
        }
        self.cum[whole] + (t - whole as f64) * self.flow(whole)
    }

    /// The Poisson mean of the calls in `[t, t + span)`, and the first state
    /// in which a newcomer would still wait at its end.
    fn calls(&mut self, t: f64, span: f64) -> (f64, usize) {
        let mean = self.at(t + span) - self.at(t);
        let end = rates(self.line, (t + span).floor() as usize, self.g).first_waiting();
        (mean.max(0.0), end)
    }
}

/// The fluid part of the wait at each minute mark: the deterministic
/// backlog `(x − c)⁺` of `dx/dt = λ − μ·min(x, c) − θ·(x − c)⁺`, from the
/// start, cleared at the windows' pace μc from that moment on. Where no
/// window is left to clear it, 0 (the exponential model's wait stands).
fn fluid_waits(line: &Line, minutes: usize, substeps: usize) -> Vec<f64> {
    let h = 1.0 / substeps as f64;
    let mut x = finite(line.start);
    let mut backlog = Vec::with_capacity(minutes + 1);
    let theta = line
        .patience
        .filter(|p| *p > 0.0 && p.is_finite())
        .map_or(0.0, |p| 1.0 / p);
    let r = |k: usize| rates(line, k, 1.0);
    backlog.push((x - r(0).c).max(0.0));
    for k in 0..minutes {
        let rk = r(k);
        for _ in 0..substeps {
            let dx = rk.birth - rk.mu * x.min(rk.c) - theta * (x - rk.c).max(0.0);
            x = (x + h * dx).max(0.0);
        }
        backlog.push((x - r(k + 1).c).max(0.0));
    }
    // Cumulative customer calls, to find when each backlog is cleared.
    let mut ahead = Ahead::new(line, 1.0);
    let horizon = minutes as f64 + 24.0 * 60.0;
    backlog
        .iter()
        .enumerate()
        .map(|(k, q)| {
            if *q <= 0.0 {
                return 0.0;
            }
            let t = k as f64;
            let base = ahead.at(t);
            // Bisection on the (non-decreasing) calls after t.
            let (mut lo, mut hi) = (t, t + 1.0);
            while ahead.at(hi) - base < *q {
                hi = t + 2.0 * (hi - t);
                if hi > horizon {
                    return 0.0;
                }
            }
            for _ in 0..40 {
                let mid = 0.5 * (lo + hi);
                if ahead.at(mid) - base >= *q {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            hi - t
        })
        .collect()
}

/// Poisson probabilities P(D = j) for j = 0, 1, ... in turn: by the
/// recurrence where e^{−mean} is representable, else term by term in logs.
struct Poisson {
    mean: f64,
    j: usize,
    term: f64,
    ln_fact: f64,
    logs: bool,
}

impl Poisson {
    fn new(mean: f64) -> Poisson {
        let mean = finite(mean);
        let logs = mean > 600.0;
        Poisson {
            mean,
            j: 0,
            term: if logs { 0.0 } else { (-mean).exp() },
            ln_fact: 0.0,
            logs,
        }
    }

    /// P(D = j) for the next j.
    fn next(&mut self) -> f64 {
        let j = self.j;
        let out = if self.logs {
            (j as f64 * self.mean.ln() - self.mean - self.ln_fact).exp()
        } else {
            self.term
        };
        self.j += 1;
        if self.logs {
            self.ln_fact += (self.j as f64).ln();
        } else {
            self.term *= self.mean / self.j as f64;
        }
        out
    }
}

/// P(called within the target) for one line: in a waiting state `n`, the
/// calls ahead must reach `n + 1 − n_end`.
fn within_shared(p: &[f64], n0: usize, (mean, n_end): (f64, usize)) -> f64 {
    let mut total: f64 = p[..n0.min(p.len())].iter().sum();
    let mut pois = Poisson::new(mean);
    // P(D ≤ j − 1) as j grows.
    let mut below = 0.0;
    let mut j = 0usize;
    for (n, q) in p.iter().enumerate().skip(n0) {
        let need = (n + 1).saturating_sub(n_end);
        while j < need {
            below += pois.next();
            j += 1;
        }
        total += q * (1.0 - below).max(0.0);
    }
    total.min(1.0)
}

mod own;

#[cfg(test)]
mod tests;
