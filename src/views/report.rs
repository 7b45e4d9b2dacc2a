//! Reports as a read model: what a report needs, read from the hall's log
//! (the stretch of days, the plans made before it, the weeks the forecasts
//! learn from) and from the trainer's session logs, then built by
//! [`crate::report`].

use crate::domain::{Event, Hall};
use crate::feedback::Rules;
use crate::report::facts::SessionFact;
use crate::report::forecast::HISTORY_KINDS;
use crate::report::{
    self, Input, PLAN_KINDS, QUALITY_KINDS, Query, REPORT_KINDS, Report, ReportError,
};
use crate::store::{Log, StoreError};
use std::path::Path;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Report(#[from] ReportError),
}

/// Reads what `q` needs from the log, in log order.
pub fn input(log: &Log, q: &Query) -> Result<Input, StoreError> {
    input_for(log, std::slice::from_ref(q))
}

/// Reads what several queries need, once: the widest stretch of them all.
pub fn input_for(log: &Log, qs: &[Query]) -> Result<Input, StoreError> {
    let hall = log.hall();
    let readings: Vec<report::Reading> = qs.iter().map(|q| report::reading(hall, q)).collect();
    let (Some(from), Some(to)) = (
        readings.iter().map(|r| r.from).min(),
        readings.iter().map(|r| r.to).max(),
    ) else {
        return Ok(Input::default());
    };
    let mut events = log.events_in_range(&PLAN_KINDS, None, from)?;
    events.extend(log.events_in_range(&REPORT_KINDS, Some(from), to)?);
    events.sort_by_key(|r| r.seq);
    let spans: Vec<_> = readings.iter().filter_map(|r| r.history).collect();
    let history = match (
        spans.iter().map(|(a, _)| *a).min(),
        spans.iter().map(|(_, b)| *b).max(),
    ) {
        (Some(a), Some(b)) => log.events_in_range(&HISTORY_KINDS, Some(a), b.min(from))?,
        _ => Vec::new(),
    };
    let feedback = log.events_in_range(&QUALITY_KINDS, None, to)?;
    Ok(Input {
        events,
        history,
        sessions: Vec::new(),
        feedback,
        rules: Rules::default(),
    })
}

/// The training sessions recorded under `dir` (the data directory's
/// `training/`): a log that cannot be read is passed over, as it is no
/// figure of the hall's.
pub fn training_sessions(dir: &Path, hall: &Hall) -> Vec<SessionFact> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sqlite"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let Ok(log) = Log::open(&path, hall.clone()) else {
            continue;
        };
        let Ok(events) = log.events_of(&["training_started", "training_ended"], 0, usize::MAX >> 1)
        else {
            continue;
        };
        for r in events {
            match r.event {
                Event::TrainingStarted { scenario, .. } => out.push(SessionFact {
                    scenario,
                    at: r.at,
                    score: None,
                }),
                Event::TrainingEnded { score, max } => {
                    if let Some(s) = out.last_mut()
                        && s.score.is_none()
                    {
                        s.score = Some((score, max));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The report of `q`: the hall's log, its time limits for answering
/// feedback, and the training logs under `training` when given.
pub fn build(
    log: &Log,
    rules: &Rules,
    training: Option<&Path>,
    q: &Query,
) -> Result<Report, LoadError> {
    let mut input = input(log, q)?;
    input.rules = rules.clone();
    if let Some(dir) = training {
        input.sessions = training_sessions(dir, log.hall());
    }
    Ok(report::build(log.hall(), &input, q)?)
}
