//! The supervisor's planner outside the screen: reading a day's demand from the
//! log and config, and `frontdesk plan --print` with its suggestion.

use crate::domain::{Hall, Instant, State};
use crate::i18n::{Arg, Tr};
use crate::plan::report::{self, PlanReport};
use crate::plan::{Plan, print, rules, suggest};
use crate::staffing::{Evaluator, History, Score, Source, learn};
use crate::store::{Log, StoreError};
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

/// What `plan --print --suggest` adds: the suggested plan and how it compares
/// with the plan as it stands and with the naive plan.
#[derive(Serialize)]
struct SuggestReport<'a> {
    current: &'a PlanReport,
    suggested: &'a PlanReport,
    naive: Figures,
    moved: usize,
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
            worst_wait_minutes: s.worst.mean_wait,
            overloaded_intervals: s.worst.overloaded,
            mean_wait_minutes: s.mean_wait,
        }
    }
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
) -> Result<String, StoreError> {
    let hall = log.hall();
    let state = log.state();
    let ev = evaluator(log, day)?;
    let plan = Plan::from_state(hall, state, day);
    let current = report(hall, state, &ev, &plan, now);
    if !with_suggestion {
        return Ok(match format {
            Format::Text => print::text(tr, hall, &current),
            Format::Csv => print::csv(&current),
            Format::Json => serde_json::to_string_pretty(&current).unwrap_or_default(),
        });
    }
    let s = suggest::suggest(hall, &ev, &plan, now);
    let n = suggest::naive(hall, &ev, &plan, now);
    let suggested = report(hall, state, &ev, &s.plan, now);
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&SuggestReport {
            current: &current,
            suggested: &suggested,
            naive: n.after.into(),
            moved: s.changed.len(),
        })
        .unwrap_or_default(),
        Format::Csv => print::csv(&suggested),
        Format::Text => {
            let line = |key: &str, score: &Score| {
                tr.f(
                    key,
                    &[
                        ("worst", (&format!("{:.1}", score.worst.mean_wait)).into()),
                        ("overloaded", score.worst.overloaded.into()),
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
