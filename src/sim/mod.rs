//! A discrete-event simulator of the service hall: what a day looks like with a
//! given break plan, seeded and reproducible. Pure: no clock, file or terminal.
//!
//! # Using it as a library
//!
//! Build a [`Model`] by hand (see [`Model::mmc`] for a textbook start) or from a
//! configured hall and a day's breaks:
//!
//! ```
//! use frontdesk::sim::{self, HallExtras, Model, Options, PlannedBreak, Policy};
//! # use frontdesk::domain::{ArrivalRate, Hall, WindowId};
//! # use chrono::{NaiveDate, NaiveTime, TimeZone};
//! let mut hall = Hall::sample();
//! for s in &mut hall.services {
//!     s.arrivals = vec![ArrivalRate { from: NaiveTime::from_hms_opt(8, 0, 0).unwrap(), per_hour: 30.0 }];
//! }
//! let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let at = |h, m| hall.tz.with_ymd_and_hms(2026, 3, 2, h, m, 0).unwrap().to_utc();
//! let breaks = [PlannedBreak { window: WindowId(2), start: at(12, 0), end: at(12, 30) }];
//! let model = Model::from_hall(&hall, day, &breaks, &HallExtras::default()).unwrap();
//! let summary = sim::run(&model, &Options { reps: 50, seed: 7, ..Options::default() }).unwrap();
//! println!("mean wait {:.1} ± {:.1} min", summary.figures.mean_wait.mean,
//!          summary.figures.mean_wait.ci95.unwrap_or(0.0));
//! assert_eq!(summary.figures.breaks.len(), 1);
//! ```
//!
//! [`run`] simulates `reps` independent days and returns a [`Summary`]: the mean
//! wait, P(wait > 0), the service level within the target wait, waits by
//! interval, the longest queue, abandonment, utilisation per window, and per
//! break whether the queue was warned, whether and by how much it started late
//! because of a service, and what became of the customers past its cutoff; each
//! an [`Estimate`] with a 95% confidence interval across replications.
//!
//! # The model
//!
//! - Arrivals per service: a Poisson process whose rate is piecewise constant
//!   over the day ([`Rate`]), or a recorded list replayed as it is
//!   ([`Model::replay`]).
//! - Visit lengths per service: exponential, lognormal, deterministic or
//!   empirical ([`Dist`]); optional patience, exponential with the given mean.
//! - Queues as in the domain: one shared line per service, or one line per
//!   window; windows handle sets of services and are open for their hours.
//! - Breaks from a plan, taken by one of two [`Policy`]s: `finish-current`, the
//!   product's rule (warning, cutoff, the customer in service finished, the
//!   break's end as planned or full length by config), and `preempt-resume`, the
//!   textbook model kept for validation and comparison. See [`engine`]'s docs.
//!
//! # Engines and determinism
//!
//! A general event engine runs every model. When the model is one FIFO line
//! with no patience and no finish-current breaks, a recursion computes the same
//! day without an event list ([`fast`]); tests hold the two to the same
//! per-customer results. Replication `i` draws from a generator seeded by
//! (seed, i) only, and results are combined in replication order, so a seed
//! gives identical figures on any number of threads.

mod arrivals;
pub mod engine;
pub mod fast;
pub mod model;
pub mod rng;
mod stats;
pub mod tally;
pub mod warnings;

pub use model::{
    Arrival, BreakModel, DayClock, Dist, HallExtras, MIN_EMPIRICAL_SAMPLES, Model, ModelError,
    Note, PlannedBreak, Rate, ServiceModel, WindowModel,
};
pub use stats::{
    BreakSummary, Estimate, Figures, IntervalSummary, ServiceSummary, WindowSummary, t975,
};
pub use tally::{Ratio, Tally, tally};

use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};

/// How a window takes its break.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// The product's rule: stop calling at the break, finish the customer in
    /// service, then leave.
    #[default]
    FinishCurrent,
    /// The textbook model: leave at the scheduled minute; the interrupted
    /// service resumes after the break.
    PreemptResume,
}

impl Policy {
    pub const CODES: [&'static str; 2] = ["finish-current", "preempt-resume"];

    pub fn parse(code: &str) -> Option<Policy> {
        match code.trim().to_ascii_lowercase().as_str() {
            "finish-current" => Some(Policy::FinishCurrent),
            "preempt-resume" => Some(Policy::PreemptResume),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Policy::FinishCurrent => "finish-current",
            Policy::PreemptResume => "preempt-resume",
        }
    }
}

/// Which engine runs the replications.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Engine {
    /// The recursion where it applies, else the event engine.
    #[default]
    Auto,
    Events,
    Recursion,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Options {
    /// Independent days to simulate.
    pub reps: u64,
    pub seed: u64,
    pub policy: Policy,
    /// Worker threads; 0 for one per core.
    pub threads: usize,
    pub engine: Engine,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            reps: 1000,
            seed: 1,
            policy: Policy::FinishCurrent,
            threads: 0,
            engine: Engine::Auto,
        }
    }
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("at least one replication is needed")]
    NoReplications,
    #[error(
        "the recursion cannot run this model (it needs one shared line, no patience and no finish-current breaks)"
    )]
    RecursionNotApplicable,
}

/// The figures of a run and how it was made.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub replications: u64,
    pub seed: u64,
    pub policy: Policy,
    pub threads: usize,
    /// The engine that ran: `events` or `recursion`.
    pub engine: Engine,
    /// Customers simulated over all replications.
    pub customers: u64,
    #[serde(flatten)]
    pub figures: Figures,
    pub notes: Vec<Note>,
}

/// One customer of one simulated day, for `--trace`. Times are model minutes.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceRow {
    pub arrival: f64,
    /// Index into the model's services.
    pub service: usize,
    /// Index into the model's windows, if served.
    pub window: Option<usize>,
    pub start: Option<f64>,
    pub end: Option<f64>,
    pub abandoned: bool,
    /// When an abandoning customer left.
    pub left: Option<f64>,
}

impl TraceRow {
    /// Minutes waited: until called, until giving up, or `None` if never served.
    pub fn wait(&self) -> Option<f64> {
        self.start.or(self.left).map(|t| t - self.arrival)
    }
}

/// Replications per block: the unit of work a thread takes, and of the fixed
/// order in which results are combined.
const BLOCK: u64 = 64;

fn engine_for(model: &Model, opts: &Options) -> Result<Engine, RunError> {
    let fits = fast::applies(model, opts.policy);
    match opts.engine {
        Engine::Auto if fits => Ok(Engine::Recursion),
        Engine::Auto | Engine::Events => Ok(Engine::Events),
        Engine::Recursion if fits => Ok(Engine::Recursion),
        Engine::Recursion => Err(RunError::RecursionNotApplicable),
    }
}

/// The threads a run will use.
pub fn threads_for(opts: &Options) -> usize {
    let blocks = opts.reps.div_ceil(BLOCK).max(1) as usize;
    let wanted = match opts.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    wanted.min(blocks).max(1)
}

/// One worker's engines and buffers.
struct Worker<'m> {
    model: &'m Model,
    policy: Policy,
    engine: Engine,
    seed: u64,
    rec: stats::Recorder,
    events: engine::Scratch,
    fast: fast::Scratch,
    values: Vec<f64>,
    layout: &'m stats::Layout,
}

impl<'m> Worker<'m> {
    fn new(model: &'m Model, layout: &'m stats::Layout, opts: &Options, engine: Engine) -> Self {
        Worker {
            model,
            policy: opts.policy,
            engine,
            seed: opts.seed,
            rec: stats::Recorder::new(model),
            events: engine::Scratch::default(),
            fast: fast::Scratch::default(),
            values: vec![0.0; layout.len],
            layout,
        }
    }

    /// Runs one replication; its figures are left in `values`.
    fn replicate(&mut self, rep: u64, trace: Option<&mut Vec<TraceRow>>) {
        let mut rng = rng::Rng::for_replication(self.seed, rep);
        self.rec.reset();
        match self.engine {
            Engine::Recursion => {
                fast::run(self.model, &mut rng, &mut self.rec, &mut self.fast, trace)
            }
            Engine::Events | Engine::Auto => engine::run(
                self.model,
                self.policy,
                &mut rng,
                &mut self.rec,
                &mut self.events,
                trace,
            ),
        }
        self.rec.finish(self.model, self.layout, &mut self.values);
    }
}

/// Simulates `opts.reps` days of the model and estimates every figure.
pub fn run(model: &Model, opts: &Options) -> Result<Summary, RunError> {
    model.check()?;
    if opts.reps == 0 {
        return Err(RunError::NoReplications);
    }
    let engine = engine_for(model, opts)?;
    let layout = stats::Layout::new(model);
    let threads = threads_for(opts);
    let blocks = opts.reps.div_ceil(BLOCK);
    let next = AtomicU64::new(0);
    let work = || {
        let mut w = Worker::new(model, &layout, opts, engine);
        let mut done: Vec<(u64, stats::Accs, u64)> = Vec::new();
        loop {
            let b = next.fetch_add(1, Ordering::Relaxed);
            if b >= blocks {
                break;
            }
            let mut accs = stats::Accs::new(&layout);
            let mut customers = 0u64;
            for rep in b * BLOCK..((b + 1) * BLOCK).min(opts.reps) {
                w.replicate(rep, None);
                accs.push(&w.values);
                customers += w.rec.customers();
            }
            done.push((b, accs, customers));
        }
        done
    };
    let mut parts: Vec<(u64, stats::Accs, u64)> = if threads == 1 {
        work()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    parts.sort_by_key(|p| p.0);
    let mut total = stats::Accs::new(&layout);
    let mut customers = 0;
    for (_, accs, n) in &parts {
        total.merge(accs);
        customers += n;
    }
    Ok(Summary {
        replications: opts.reps,
        seed: opts.seed,
        policy: opts.policy,
        threads,
        engine,
        customers,
        figures: stats::figures(model, &layout, &total),
        notes: model.notes.clone(),
    })
}

/// Every customer of one replication, as [`run`] would simulate it.
pub fn trace(model: &Model, opts: &Options, rep: u64) -> Result<Vec<TraceRow>, RunError> {
    model.check()?;
    let engine = engine_for(model, opts)?;
    let layout = stats::Layout::new(model);
    let mut w = Worker::new(model, &layout, opts, engine);
    let mut rows = Vec::new();
    w.replicate(rep, Some(&mut rows));
    Ok(rows)
}

/// The engine [`run`] would use for these options.
pub fn engine_used(model: &Model, opts: &Options) -> Result<Engine, RunError> {
    engine_for(model, opts)
}
