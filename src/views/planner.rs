//! The supervisor's planner as a read model: a day's demand from the log and
//! config, the plan's report and its check against the simulator, and the
//! text of `frontdesk plan --print` with its suggestion.

use crate::domain::{Hall, Instant, State};
use crate::i18n::{Arg, Tr};
use crate::plan::report::{self, PlanReport};
use crate::plan::{Plan, rules, suggest};
use crate::staffing::{Evaluator, History, Score, Source, learn};
use crate::store::{Log, StoreError};
use crate::views::plan_print as print;
use chrono::NaiveDate;
use serde::Serialize;

/// The day's demand, learned from the same weekday in past weeks of the log
/// where it has enough, from the config elsewhere.
pub fn evaluator(log: &Log, day: NaiveDate) -> Result<Evaluator, StoreError> {
    let hall = log.hall();
    let history = match History::span(hall, day) {
        Some((from, to)) => History {
            events: log.ticket_history(from, to)?,
        },
        None => History::default(),
    };
    Ok(Evaluator::new(hall, learn(hall, day, &history)))
}

/// Each service's mean service time and where its arrivals come from.
pub fn sources(ev: &Evaluator) -> Vec<(f64, Source)> {
    ev.demand()
        .services
        .iter()
        .map(|s| (s.mean_service, s.source.clone()))
        .collect()
}

/// The report of a plan: its breaks, the rules they break and the forecast.
pub fn report(hall: &Hall, state: &State, ev: &Evaluator, plan: &Plan, now: Instant) -> PlanReport {
    let findings = rules::check(hall, plan, now);
    let forecast = ev.forecast(&plan.aways(now));
    report::build(hall, state, plan, &forecast, &findings, &sources(ev), now)
}

/// How many simulated days check a plan: enough for a confidence interval of
/// a few tenths of a minute on a hall of a few windows, in well under a second.
pub const CHECK_REPLICATIONS: u64 = 400;

pub use crate::plan::check::SimCheck;

/// Runs the simulator on a plan with the forecast's own demand, so the two
/// answer the same question (see [`crate::plan::check`]).
pub fn check_with_simulator(
    hall: &Hall,
    ev: &Evaluator,
    plan: &Plan,
    now: Instant,
    late_break_end: crate::config::LateBreakEnd,
    replications: u64,
) -> Result<SimCheck, String> {
    let aways = plan.aways(now);
    let forecast = ev.forecast(&aways);
    crate::plan::check::check(
        hall,
        ev.demand(),
        &forecast,
        &aways,
        late_break_end,
        replications,
    )
}

/// The check in a sentence.
pub fn check_text(tr: &Tr, c: &SimCheck) -> String {
    let n = |x: f64| format!("{x:.1}");
    tr.f(
        "plan-sim-check",
        &[
            ("reps", Arg::Num(c.replications as i64)),
            ("sim_mean", (&n(c.simulated_mean_wait.mean)).into()),
            ("ci", (&n(c.simulated_mean_wait.ci95.unwrap_or(0.0))).into()),
            ("mean", (&n(c.forecast_mean_wait)).into()),
            ("sim_worst", (&n(c.simulated_worst_wait)).into()),
            ("worst", (&n(c.forecast_worst_wait)).into()),
            (
                "level",
                Arg::Num((c.simulated_service_level * 100.0).round() as i64),
            ),
        ],
    )
}

/// What `plan --print --suggest` adds: the suggested plan and how it compares
/// with the plan as it stands and with the naive plan.
#[derive(Serialize)]
struct SuggestReport<'a> {
    current: &'a PlanReport,
    suggested: &'a PlanReport,
    naive: Figures,
    moved: usize,
    /// The simulator's check of the suggested plan, with `--simulate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    simulated: Option<&'a SimCheck>,
}

#[derive(Serialize)]
struct Figures {
    worst_wait_minutes: f64,
    overloaded_intervals: usize,
    mean_wait_minutes: f64,
}

impl From<Score> for Figures {
    fn from(s: Score) -> Self {
        Figures {
            worst_wait_minutes: s.worst,
            overloaded_intervals: s.overloaded,
            mean_wait_minutes: s.mean_wait,
        }
    }
}

/// Why `plan --print` could not write the plan.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The simulator could not run the day (`--simulate`).
    #[error("{0}")]
    Simulator(String),
}

/// How `plan --print` writes.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Csv,
    Json,
}

/// `plan --print`: the day's plan and forecast, and with `suggest` the
/// suggested plan next to the naive one.
pub fn print(
    tr: &Tr,
    log: &Log,
    day: NaiveDate,
    now: Instant,
    format: Format,
    with_suggestion: bool,
    simulate: Option<crate::config::LateBreakEnd>,
) -> Result<String, PrintError> {
    let hall = log.hall();
    let state = log.state();
    let ev = evaluator(log, day)?;
    let plan = Plan::from_state(hall, state, day);
    let current = report(hall, state, &ev, &plan, now);
    let check = |p: &Plan| -> Result<Option<SimCheck>, PrintError> {
        simulate
            .map(|late| check_with_simulator(hall, &ev, p, now, late, CHECK_REPLICATIONS))
            .transpose()
            .map_err(PrintError::Simulator)
    };
    if !with_suggestion {
        let checked = check(&plan)?;
        return Ok(match format {
            Format::Text => {
                let mut text = print::text(tr, hall, &current);
                if let Some(c) = &checked {
                    text.push('\n');
                    text.push_str(&check_text(tr, c));
                    for line in print::check_table(tr, &current, c) {
                        text.push('\n');
                        text.push_str(&line);
                    }
                }
                text
            }
            Format::Csv => print::csv_checked(&current, checked.as_ref()),
            Format::Json => match &checked {
                Some(c) => serde_json::to_string_pretty(&serde_json::json!({
                    "plan": &current,
                    "simulated": c,
                }))
                .unwrap_or_default(),
                None => serde_json::to_string_pretty(&current).unwrap_or_default(),
            },
        });
    }
    let s = suggest::suggest(hall, &ev, &plan, now);
    let n = suggest::naive(hall, &ev, &plan, now);
    let suggested = report(hall, state, &ev, &s.plan, now);
    let checked = check(&s.plan)?;
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&SuggestReport {
            current: &current,
            suggested: &suggested,
            naive: n.after.into(),
            moved: s.changed.len(),
            simulated: checked.as_ref(),
        })
        .unwrap_or_default(),
        Format::Csv => print::csv_checked(&suggested, checked.as_ref()),
        Format::Text => {
            let line = |key: &str, score: &Score| {
                tr.f(
                    key,
                    &[
                        ("worst", (&format!("{:.1}", score.worst)).into()),
                        ("overloaded", score.overloaded.into()),
                        ("mean", (&format!("{:.1}", score.mean_wait)).into()),
                    ],
                )
            };
            let mut out = vec![print::text(tr, hall, &suggested), String::new()];
            out.push(tr.f(
                "plan-suggest-moved",
                &[("count", Arg::from(s.changed.len()))],
            ));
            out.push(line("plan-compare-current", &s.before));
            out.push(line("plan-compare-suggested", &s.after));
            out.push(line("plan-compare-naive", &n.after));
            if let Some(c) = &checked {
                out.push(check_text(tr, c));
                out.extend(print::check_table(tr, &suggested, c));
            }
            for (staff, e) in &s.unplaced {
                out.push(format!(
                    "! {}",
                    print::problem(
                        tr,
                        hall,
                        &rules::Problem::Unplanned {
                            staff: staff.clone(),
                            minutes: e.length.num_minutes(),
                            earliest: e.earliest,
                            latest: e.latest,
                        }
                    )
                ));
            }
            out.join("\n")
        }
    })
}
