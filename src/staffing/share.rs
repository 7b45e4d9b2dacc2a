//! Windows shared by several services: how each service's work is laid on the
//! windows that handle it, for a stretch of time in which a given set of
//! windows works. Both forecasts use it: the load is laid so that the windows
//! end up as evenly busy as they can (the service with the fewest windows
//! placed first, then every service lifted and laid again on the others'
//! loads), and a service's line is served by its working windows carrying all
//! the work laid on them — customers of other services who use the same
//! windows wait in the same line of work, first come first served.

/// Rounds of laying each service's load on its windows; three bring shared
/// windows within a hair of evenly busy in the halls tried.
const LEVELLING_PASSES: usize = 3;

/// What one service asks of the hall in a stretch of time.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Ask {
    /// Arrivals per minute.
    pub rate: f64,
    /// Mean visit in minutes.
    pub mean: f64,
    /// Squared coefficient of variation of a visit.
    pub scv: f64,
    /// Patience rate (one over the mean patience), 0 if customers never leave.
    pub patience: f64,
}

/// The line of work one service's customers stand in: its working windows and
/// everything laid on them.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Share {
    /// Working windows that handle the service.
    pub windows: u32,
    /// Customers per minute laid on those windows, of every service.
    pub arrivals: f64,
    /// Erlangs laid on them.
    pub load: f64,
    /// Σ λ·E[S²] over what is laid on them, for the mix's variability.
    pub second: f64,
    /// Σ λ·θ, for the mix's patience.
    pub patience: f64,
}

impl Share {
    /// The mean visit of the mix, or `fallback` when nothing is laid.
    pub fn mean(&self, fallback: f64) -> f64 {
        if self.arrivals > 0.0 && self.load > 0.0 {
            self.load / self.arrivals
        } else {
            fallback
        }
    }
}

/// Each service's load laid on its windows: `(window, erlangs)`.
pub type Laid = Vec<Vec<(usize, f64)>>;

/// Each service's load laid on each window, given which windows work, and
/// each service's working windows.
pub fn laid(pools: &[Vec<usize>], working: &[bool], asks: &[Ask]) -> (Laid, Vec<Vec<usize>>) {
    let windows = working.len();
    let working_pools: Vec<Vec<usize>> = pools
        .iter()
        .map(|p| {
            p.iter()
                .copied()
                .filter(|w| working.get(*w).copied().unwrap_or(false))
                .collect()
        })
        .collect();
    let mut order: Vec<usize> = (0..asks.len()).collect();
    order.sort_by_key(|s| working_pools[*s].len());
    let mut load = vec![0.0; windows];
    let mut parts: Vec<Vec<(usize, f64)>> = vec![vec![]; asks.len()];
    // The first pass depends on the order; lifting each service and laying
    // it again on the others' loads evens out what that order got wrong.
    for _ in 0..LEVELLING_PASSES {
        for &s in &order {
            for (w, part) in parts[s].drain(..) {
                load[w] -= part;
            }
            let ask = &asks[s];
            parts[s] = level(&load, &working_pools[s], ask.rate * ask.mean);
            for (w, part) in &parts[s] {
                load[*w] += part;
            }
        }
    }
    (parts, working_pools)
}

/// Each service's share, given which windows work. `pools[s]` lists the
/// windows (indices) that handle service `s`; `working[w]` says whether window
/// `w` works.
pub fn shares(pools: &[Vec<usize>], working: &[bool], asks: &[Ask]) -> Vec<Share> {
    let windows = working.len();
    let (parts, working_pools) = laid(pools, working, asks);
    let mut load = vec![0.0; windows];
    for laid in &parts {
        for (w, part) in laid {
            load[*w] += part;
        }
    }
    // Per window: customers, second moments and patience laid on it.
    let mut arrivals = vec![0.0; windows];
    let mut second = vec![0.0; windows];
    let mut patience = vec![0.0; windows];
    for (s, laid) in parts.iter().enumerate() {
        let ask = &asks[s];
        if ask.mean <= 0.0 {
            continue;
        }
        for (w, part) in laid {
            let lambda = part / ask.mean;
            arrivals[*w] += lambda;
            second[*w] += lambda * ask.mean * ask.mean * (1.0 + ask.scv);
            patience[*w] += lambda * ask.patience;
        }
    }
    asks.iter()
        .enumerate()
        .map(|(s, ask)| {
            let pool = &working_pools[s];
            if pool.is_empty() {
                // Nobody can serve it: its customers only pile up.
                return Share {
                    windows: 0,
                    arrivals: ask.rate,
                    load: ask.rate * ask.mean,
                    second: ask.rate * ask.mean * ask.mean * (1.0 + ask.scv),
                    patience: ask.rate * ask.patience,
                };
            }
            let sum = |v: &[f64]| pool.iter().map(|w| v[*w]).sum::<f64>();
            Share {
                windows: pool.len() as u32,
                arrivals: sum(&arrivals),
                load: sum(&load),
                second: sum(&second),
                patience: sum(&patience),
            }
        })
        .collect()
}

/// Pours `amount` onto the windows of `pool`, least loaded first, so that they
/// end as level as possible: returns how much each window takes.
pub fn level(load: &[f64], pool: &[usize], amount: f64) -> Vec<(usize, f64)> {
    if pool.is_empty() || amount <= 0.0 {
        return vec![];
    }
    let mut by_load: Vec<usize> = pool.to_vec();
    by_load.sort_unstable_by(|a, b| load[*a].total_cmp(&load[*b]));
    // Raise the lowest k windows to the next one's level until the amount runs out.
    let mut left = amount;
    let mut height = load[by_load[0]];
    let mut k = 1;
    while k <= by_load.len() {
        let next = by_load.get(k).map_or(f64::INFINITY, |w| load[*w]);
        let need = (next - height) * k as f64;
        if need >= left {
            height += left / k as f64;
            break;
        }
        left -= need;
        height = next;
        k += 1;
    }
    by_load
        .iter()
        .take(k.min(by_load.len()))
        .map(|w| (*w, (height - load[*w]).max(0.0)))
        .collect()
}
