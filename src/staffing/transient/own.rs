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

/// Probability left out of a uniformisation step: below what a step in
/// single precision represents.
const TAIL: f64 = 1e-9;

/// The most states the chain is given.
const MAX_STATES: usize = 40_000;

struct Chain {
    /// Windows the state space covers.
    c_max: usize,
    /// Waiting customers it covers.
    q_max: usize,
}

impl Chain {
    /// States are laid out row by row of waiting customers, so that the
    /// states with at most `q` waiting are a prefix of the vector.
    fn index(&self, b: usize, q: usize) -> usize {
        q * (self.c_max + 1) + b
    }

    fn len(&self) -> usize {
        (self.c_max + 1) * (self.q_max + 1)
    }

    /// The states with at most `rows - 1` waiting.
    fn prefix(&self, rows: usize) -> usize {
        rows.min(self.q_max + 1) * (self.c_max + 1)
    }
}

/// Probability below which a row of the distribution's far tail is let go:
/// far below what any figure shows, and it keeps each minute's work to the
/// rows the customers really reach.
const ROW_FLOOR: f64 = 1e-15;

/// Rows above the highest one holding probability that a minute's steps may
/// reach; what would flow further in one minute is below [`TAIL`].
const REACH: usize = 40;

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

/// The generator of one minute's rates. Every move goes to a neighbouring
/// state — one more or one fewer busy window, one more or one fewer waiting —
/// so a step of the chain is one pass over the vector, each state taking in
/// what flows from its four neighbours.
struct Generator {
    /// The rate into each state from `(b − 1, q)`, `(b, q − 1)`, `(b + 1, q)`
    /// and `(b, q + 1)`: the neighbours' rates towards it.
    from_left: Vec<f64>,
    from_below: Vec<f64>,
    from_right: Vec<f64>,
    from_above: Vec<f64>,
    leave: Vec<f64>,
    /// The largest rate out of any state in rows `0..=q`.
    big_upto: Vec<f64>,
    /// Which of the day's generators this is.
    serial: u64,
}

impl Generator {
    fn new(ch: &Chain, r: &Rates) -> Generator {
        let mut out = Vec::with_capacity(4);
        let n = ch.len();
        let width = ch.c_max + 1;
        let mut g = Generator {
            from_left: vec![0.0; n],
            from_below: vec![0.0; n],
            from_right: vec![0.0; n],
            from_above: vec![0.0; n],
            leave: vec![0.0; n],
            big_upto: Vec::with_capacity(ch.q_max + 1),
            serial: 0,
        };
        let mut big: f64 = 0.0;
        for q in 0..=ch.q_max {
            for b in 0..=ch.c_max {
                let i = ch.index(b, q);
                moves(ch, r, b, q, &mut out);
                let mut total = 0.0;
                for (to, rate) in &out {
                    total += rate;
                    let into = if *to == i + 1 {
                        &mut g.from_left
                    } else if *to == i + width {
                        &mut g.from_below
                    } else if *to + width == i {
                        &mut g.from_above
                    } else {
                        &mut g.from_right
                    };
                    into[*to] += rate;
                }
                g.leave[i] = total;
                big = big.max(total);
            }
            g.big_upto.push(big);
        }
        g
    }

    /// Moves `p` through one minute, by uniformisation:
    /// `p(t + 1) = Σ_k e^{−Λ} Λ^k / k! · (I + Q/Λ)^k p`, over the rows up to
    /// [`REACH`] above the highest one holding probability (each step moves
    /// one row at most; what would flow further within the minute is below
    /// [`TAIL`]), with `Λ` the largest rate out of those rows. `term` and
    /// `step` hold a row of zeros on either side of the states.
    fn minute(&self, ch: &Chain, p: &mut Vec<f64>, next: &mut Vec<f64>, work: &mut Work) {
        let width = ch.c_max + 1;
        let mut top = 0;
        for q in (0..=ch.q_max).rev() {
            if p[q * width..(q + 1) * width].iter().sum::<f64>() > ROW_FLOOR {
                top = q;
                break;
            }
        }
        let limit = (top + REACH).min(ch.q_max);
        let end = ch.prefix(limit + 1);
        // Rows above the highest holding probability are let go.
        p[ch.prefix(top + 1)..].iter_mut().for_each(|x| *x = 0.0);
        let big = self.big_upto[limit];
        if big <= 0.0 {
            return;
        }
        let inv = 1.0 / big;
        // A step's chances, in single precision: twice the states per
        // instruction, and far finer than any figure shown (the Poisson sum
        // stays in double precision, and [`TAIL`] is matched to it). They
        // stay while the generator and `Λ` do.
        let fresh = work
            .prepared
            .is_none_or(|(serial, b, e)| serial != self.serial || b != big || e < end);
        let Work {
            term,
            step,
            stay,
            fl,
            fb,
            fr,
            fa,
            prepared,
        } = work;
        if fresh {
            for i in 0..end {
                stay[i] = (1.0 - self.leave[i] * inv) as f32;
                fl[i] = (self.from_left[i] * inv) as f32;
                fb[i] = (self.from_below[i] * inv) as f32;
                fr[i] = (self.from_right[i] * inv) as f32;
                fa[i] = (self.from_above[i] * inv) as f32;
            }
            *prepared = Some((self.serial, big, end));
        }
        let mut weight = (-big).exp();
        let mut done = weight;
        for (t, x) in term[width..width + end].iter_mut().zip(&p[..end]) {
            *t = *x as f32;
        }
        term[width + end..2 * width + end].fill(0.0);
        step[width + end..2 * width + end].fill(0.0);
        next[..end]
            .iter_mut()
            .zip(&p[..end])
            .for_each(|(x, y)| *x = weight * y);
        let mut rows = top + 1;
        let mut k = 0;
        while 1.0 - done > TAIL && k < 10_000 {
            k += 1;
            let reach = ch.prefix((rows + 1).min(limit + 1));
            {
                let t = &term[..];
                let here = &t[width..width + reach];
                let left = &t[width - 1..width - 1 + reach];
                let right = &t[width + 1..width + 1 + reach];
                let below = &t[..reach];
                let above = &t[2 * width..2 * width + reach];
                let (st, a, b, c, d) = (
                    &stay[..reach],
                    &fl[..reach],
                    &fb[..reach],
                    &fr[..reach],
                    &fa[..reach],
                );
                let out = &mut step[width..width + reach];
                for i in 0..reach {
                    out[i] = here[i] * st[i]
                        + left[i] * a[i]
                        + below[i] * b[i]
                        + right[i] * c[i]
                        + above[i] * d[i];
                }
            }
            let grown = ch.prefix((rows + 2).min(limit + 1));
            step[width + reach..width + grown].fill(0.0);
            std::mem::swap(term, step);
            rows = (rows + 1).min(limit + 1);
            weight *= big / k as f64;
            done += weight;
            for (x, y) in next[..reach].iter_mut().zip(&term[width..width + reach]) {
                *x += weight * f64::from(*y);
            }
        }
        std::mem::swap(p, next);
        p[end..].iter_mut().for_each(|x| *x = 0.0);
    }
}

/// A minute's working vectors: two terms (with a padding row of zeros on
/// either side), and each state's chances in one step of staying put and of
/// taking in what flows from its left, lower, right and upper neighbours.
struct Work {
    term: Vec<f32>,
    step: Vec<f32>,
    stay: Vec<f32>,
    fl: Vec<f32>,
    fb: Vec<f32>,
    fr: Vec<f32>,
    fa: Vec<f32>,
    /// The generator, `Λ` and states the chances were worked out for.
    prepared: Option<(u64, f64, usize)>,
}

impl Work {
    fn new(ch: &Chain) -> Work {
        let padded = ch.len() + 2 * (ch.c_max + 1);
        Work {
            term: vec![0.0; padded],
            step: vec![0.0; padded],
            stay: vec![0.0; ch.len()],
            fl: vec![0.0; ch.len()],
            fb: vec![0.0; ch.len()],
            fr: vec![0.0; ch.len()],
            fa: vec![0.0; ch.len()],
            prepared: None,
        }
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

/// What a newcomer meets in a state distribution, and the hall's load.
#[derive(Copy, Clone)]
struct Look {
    /// P(wait > 0).
    waited: f64,
    /// The mean wait.
    wait: f64,
    /// P(wait ≤ target).
    within: f64,
    /// Windows busy, on average.
    busy: f64,
    /// Customers in the hall, on average.
    in_system: f64,
}

/// [`Look`] in the distribution `p`. `within_ahead[a]` is the chance that
/// `a + 1` visits end within the target (a newcomer's wait with `a` ahead
/// of them besides the one at the counter).
fn look(ch: &Chain, r: &Rates, p: &[f64], mean: f64, scv: f64, within_ahead: &[f64]) -> Look {
    let rest = mean * (1.0 + finite(scv)) / 2.0;
    let mut l = Look {
        waited: 0.0,
        wait: 0.0,
        within: 0.0,
        busy: 0.0,
        in_system: 0.0,
    };
    for q in 0..=ch.q_max {
        // Ahead in the chosen line besides the one at the counter.
        let ahead = q.checked_div(r.c).unwrap_or(q);
        let fits = within_ahead.get(ahead).copied().unwrap_or(0.0);
        for b in 0..=ch.c_max {
            let pr = p[ch.index(b, q)];
            if pr == 0.0 {
                continue;
            }
            let go = straight_in(b, q, r.c);
            let stay = 1.0 - go;
            l.waited += pr * stay;
            l.wait += pr * stay * (rest + ahead as f64 * mean);
            l.within += pr * (go + stay * fits);
            l.busy += pr * b.min(r.c) as f64;
            l.in_system += pr * (b + q) as f64;
        }
    }
    l
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
    let mut work = Work::new(&ch);
    let mut out = Vec::with_capacity(minutes);
    let mut truncated = false;
    let mut generator: Option<(Rates, Generator, Vec<f64>)> = None;
    // What a newcomer met at the end of the last minute: the start of this
    // one, while nothing changed in between.
    let mut last: Option<Look> = None;
    for k in 0..minutes {
        let r = rates(line, k);
        if generator.as_ref().is_none_or(|(g, _, _)| *g != r) {
            if generator.as_ref().is_some_and(|(g, _, _)| g.c < r.c) {
                settle(&ch, r.c, &mut p);
            }
            let within_ahead: Vec<f64> = (0..=q_max)
                .map(|a| erlang_cdf(a + 1, r.mu, line.target))
                .collect();
            let mut g = Generator::new(&ch, &r);
            g.serial = k as u64 + 1;
            generator = Some((r, g, within_ahead));
            last = None;
        }
        let mean = if r.mu > 0.0 {
            1.0 / r.mu
        } else {
            line.after_mean
        };
        let Some((_, g, within_ahead)) = &generator else {
            break;
        };
        let before = last.unwrap_or_else(|| look(&ch, &r, &p, mean, line.scv, within_ahead));
        g.minute(&ch, &mut p, &mut next, &mut work);
        let after = look(&ch, &r, &p, mean, line.scv, within_ahead);
        last = Some(after);
        let top: f64 = (0..=c_max).map(|b| p[ch.index(b, q_max)]).sum();
        truncated |= top > 1e-6;
        out.push(Minute {
            arrivals: r.lambda,
            wait: 0.5 * (before.wait + after.wait),
            served: 1.0,
            waited: 0.5 * (before.waited + after.waited),
            within: 0.5 * (before.within + after.within),
            busy: before.busy,
            in_system: before.in_system,
        });
    }
    Solution {
        minutes: out,
        truncated,
        grain: 1.0,
        states: ch.len(),
    }
}
