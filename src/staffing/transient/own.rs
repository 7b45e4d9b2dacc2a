//! Per-window lines as the domain keeps them: a newcomer joins the window with
//! the fewest customers *waiting* — the one at the counter is not counted —
//! the first in the hall's order on a tie, and waits there for that window
//! alone. So at a quiet hour a customer may queue behind a busy window while
//! another stands idle, and waits are far from the pooled line's.
//!
//! The state is `(b, q)`: windows busy and customers waiting. A newcomer finds
//! an idle window to go straight to with a probability between two readings of
//! "the first window with nobody waiting": at random among those windows
//! (idle ones over all with nobody waiting), and in strict hall order, where
//! the busy windows are the first ones and the newcomer goes straight in only
//! when every busy window already has someone waiting. The two bracket the
//! simulator's waits (from 1 to 8 windows, loads 0.5 to 0.9) and their mean
//! is within about 10% of it. A service ends at a window with someone waiting
//! there in the share of busy windows that have a line. The distribution is
//! carried minute by minute by uniformisation (exact for the chain); the wait
//! of a newcomer who joins a busy window is the rest of the visit under way,
//! m(1 + cs²)/2, and a full visit for each customer ahead of them in that line,
//! the waiting spread level over the windows.

use super::{Line, Minute, Solution, finite};

/// Probability left out of a uniformisation step.
const TAIL: f64 = 1e-12;

/// The most states the chain is given.
const MAX_STATES: usize = 40_000;

struct Chain {
    /// Windows the state space covers.
    c_max: usize,
    /// Waiting customers it covers.
    q_max: usize,
}

impl Chain {
    fn index(&self, b: usize, q: usize) -> usize {
        b * (self.q_max + 1) + q
    }

    fn len(&self) -> usize {
        (self.c_max + 1) * (self.q_max + 1)
    }
}

/// One minute's rates.
#[derive(Copy, Clone, PartialEq)]
struct Rates {
    lambda: f64,
    c: usize,
    mu: f64,
    theta: f64,
}

fn rates(line: &Line, k: usize) -> Rates {
    let (c, mean) = match (line.windows.get(k), line.mean_service.get(k)) {
        (Some(c), Some(m)) => (*c, *m),
        _ => (line.after_windows, line.after_mean),
    };
    Rates {
        lambda: finite(line.arrivals.get(k).copied().unwrap_or(0.0)),
        c: finite(c).round() as usize,
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

/// The chance a newcomer in state `(b, q)` finds an idle window to go to.
fn straight_in(b: usize, q: usize, c: usize) -> f64 {
    if c == 0 {
        return 0.0;
    }
    let lined = q.min(c);
    if lined >= c {
        return 0.0;
    }
    let idle = c.saturating_sub(b);
    if idle == 0 {
        return 0.0;
    }
    let random = (idle as f64 / (c - lined) as f64).min(1.0);
    let ordered = if lined >= b.min(c) { 1.0 } else { 0.0 };
    0.5 * (random + ordered)
}

/// Each transition out of a state: `(to, rate)`, at most four.
fn moves(ch: &Chain, r: &Rates, b: usize, q: usize, out: &mut Vec<(usize, f64)>) {
    out.clear();
    if r.lambda > 0.0 {
        let go = straight_in(b, q, r.c);
        if go > 0.0 && b < ch.c_max {
            out.push((ch.index(b + 1, q), r.lambda * go));
        }
        if go < 1.0 && q < ch.q_max {
            out.push((ch.index(b, q + 1), r.lambda * (1.0 - go)));
        }
    }
    let working = b.min(r.c);
    if working > 0 {
        let rate = r.mu * working as f64;
        let lined = (q.min(r.c) as f64 / working as f64).min(1.0);
        if q > 0 && lined > 0.0 {
            out.push((ch.index(b, q - 1), rate * lined));
        }
        if lined < 1.0 {
            out.push((ch.index(b - 1, q), rate * (1.0 - lined)));
        }
    }
    if q > 0 && r.theta > 0.0 {
        out.push((ch.index(b, q - 1), r.theta * q as f64));
    }
}

/// The generator of one minute's rates: each state's transitions and total
/// rate out, and the largest of those.
struct Generator {
    table: Vec<(usize, usize, f64)>,
    leave: Vec<f64>,
    big: f64,
}

impl Generator {
    fn new(ch: &Chain, r: &Rates) -> Generator {
        let mut out = Vec::with_capacity(4);
        let n = ch.len();
        let mut g = Generator {
            table: Vec::with_capacity(3 * n),
            leave: vec![0.0; n],
            big: 0.0,
        };
        for b in 0..=ch.c_max {
            for q in 0..=ch.q_max {
                let i = ch.index(b, q);
                moves(ch, r, b, q, &mut out);
                let total: f64 = out.iter().map(|(_, x)| x).sum();
                g.leave[i] = total;
                g.big = g.big.max(total);
                for (to, rate) in &out {
                    g.table.push((i, *to, *rate));
                }
            }
        }
        g
    }

    /// Moves `p` through one minute, by uniformisation:
    /// `p(t + 1) = Σ_k e^{−Λ} Λ^k / k! · (I + Q/Λ)^k p`.
    fn minute(
        &self,
        p: &mut Vec<f64>,
        next: &mut Vec<f64>,
        term: &mut Vec<f64>,
        step: &mut Vec<f64>,
    ) {
        if self.big <= 0.0 {
            return;
        }
        let big = self.big;
        let mut weight = (-big).exp();
        let mut done = weight;
        term.clone_from(p);
        next.iter_mut()
            .zip(p.iter())
            .for_each(|(x, y)| *x = weight * y);
        let mut k = 0;
        while 1.0 - done > TAIL && k < 10_000 {
            k += 1;
            step.iter_mut()
                .zip(term.iter().zip(&self.leave))
                .for_each(|(s, (t, l))| *s = t * (1.0 - l / big));
            for (from, to, rate) in &self.table {
                step[*to] += term[*from] * rate / big;
            }
            std::mem::swap(term, step);
            weight *= big / k as f64;
            done += weight;
            for (x, y) in next.iter_mut().zip(term.iter()) {
                *x += weight * y;
            }
        }
        std::mem::swap(p, next);
    }
}

/// Windows back at work call the customers waiting for them: a window with a
/// line is never idle, so at most `b` windows have one.
fn settle(ch: &Chain, c: usize, p: &mut [f64]) {
    for b in (0..=ch.c_max).rev() {
        for q in 0..=ch.q_max {
            let (mut b2, mut q2) = (b, q);
            while b2 < c.min(ch.c_max) && q2 > 0 && q2.min(c) > b2 {
                b2 += 1;
                q2 -= 1;
            }
            if (b2, q2) != (b, q) {
                let i = ch.index(b, q);
                let mass = std::mem::take(&mut p[i]);
                p[ch.index(b2, q2)] += mass;
            }
        }
    }
}

/// A newcomer's `(P(wait > 0), mean wait, P(wait ≤ target))` in the state
/// distribution `p`.
fn meet(ch: &Chain, r: &Rates, p: &[f64], mean: f64, scv: f64, target: f64) -> (f64, f64, f64) {
    let rest = mean * (1.0 + finite(scv)) / 2.0;
    let (mut waited, mut wait, mut within) = (0.0, 0.0, 0.0);
    for b in 0..=ch.c_max {
        for q in 0..=ch.q_max {
            let pr = p[ch.index(b, q)];
            if pr == 0.0 {
                continue;
            }
            let go = straight_in(b, q, r.c);
            let stay = 1.0 - go;
            // Ahead in the chosen line besides the one at the counter.
            let ahead = q.checked_div(r.c).unwrap_or(q);
            waited += pr * stay;
            wait += pr * stay * (rest + ahead as f64 * mean);
            within += pr * (go + stay * erlang_cdf(ahead + 1, r.mu, target));
        }
    }
    (waited, wait, within)
}

/// P(the sum of `k` exponential visits at rate `mu` is at most `t`).
fn erlang_cdf(k: usize, mu: f64, t: f64) -> f64 {
    let x = mu * t;
    if x <= 0.0 {
        return 0.0;
    }
    let mut term = (-x).exp();
    let mut below = 0.0;
    for j in 0..k {
        below += term;
        term *= x / (j + 1) as f64;
    }
    (1.0 - below).clamp(0.0, 1.0)
}

/// Solves a per-window line for the day.
pub(super) fn solve(line: &Line) -> Solution {
    let minutes = line.arrivals.len().max(line.windows.len());
    let c_max = line
        .windows
        .iter()
        .copied()
        .map(finite)
        .fold(finite(line.after_windows), f64::max)
        .round() as usize;
    let peak = super::fluid_peak(line);
    let spread = 8.0 * (c_max as f64 + peak + 1.0).sqrt();
    let q_max =
        ((peak + spread + 2.0 * c_max as f64 + 20.0).ceil() as usize).min(MAX_STATES / (c_max + 1));
    let ch = Chain { c_max, q_max };
    let mut p = vec![0.0; ch.len()];
    let start = finite(line.start).round() as usize;
    let b0 = start.min(c_max);
    p[ch.index(b0, (start - b0).min(q_max))] = 1.0;
    let mut next = vec![0.0; ch.len()];
    let mut term = vec![0.0; ch.len()];
    let mut step = vec![0.0; ch.len()];
    let mut out = Vec::with_capacity(minutes);
    let mut truncated = false;
    let mut generator: Option<(Rates, Generator)> = None;
    for k in 0..minutes {
        let r = rates(line, k);
        if generator.as_ref().is_none_or(|(g, _)| *g != r) {
            if generator.as_ref().is_some_and(|(g, _)| g.c < r.c) {
                settle(&ch, r.c, &mut p);
            }
            generator = Some((r, Generator::new(&ch, &r)));
        }
        let mean = if r.mu > 0.0 {
            1.0 / r.mu
        } else {
            line.after_mean
        };
        let before = meet(&ch, &r, &p, mean, line.scv, line.target);
        let busy: f64 = (0..=c_max)
            .map(|b| (0..=q_max).map(|q| p[ch.index(b, q)]).sum::<f64>() * b.min(r.c) as f64)
            .sum();
        let in_system: f64 = (0..=c_max)
            .flat_map(|b| (0..=q_max).map(move |q| (b, q)))
            .map(|(b, q)| p[ch.index(b, q)] * (b + q) as f64)
            .sum();
        if let Some((_, g)) = &generator {
            g.minute(&mut p, &mut next, &mut term, &mut step);
        }
        let after = meet(&ch, &r, &p, mean, line.scv, line.target);
        let top: f64 = (0..=c_max).map(|b| p[ch.index(b, q_max)]).sum();
        truncated |= top > 1e-6;
        out.push(Minute {
            arrivals: r.lambda,
            wait: 0.5 * (before.1 + after.1),
            served: 1.0,
            waited: 0.5 * (before.0 + after.0),
            within: 0.5 * (before.2 + after.2),
            busy,
            in_system,
        });
    }
    Solution {
        minutes: out,
        truncated,
        grain: 1.0,
        states: ch.len(),
    }
}
