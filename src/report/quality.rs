//! Quality figures: what trainers scored in their sessions, and — once the
//! hall's log records customers' feedback — complaints, compliments, ratings
//! and audits.
//!
//! This is the one place quality figures are counted. To add the feedback
//! figures: give [`Quality`] a field per figure group (it appears in the JSON
//! under `quality`), fill it in [`figures`] from the facts the walk keeps for
//! the feedback events (`facts.rs`), and lay it out as tables in
//! `tables::quality`; every format (text, Markdown, CSV, JSON, HTML) follows
//! from those tables.

use super::facts::{Facts, SessionFact};
use super::figures::Scope;
use serde::Serialize;
use std::collections::BTreeMap;

/// Every quality figure of a period.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Quality {
    pub trainer: Trainer,
}

/// Training sessions begun in the period and their scores. Scores are shares
/// of the scenario's full marks.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Trainer {
    pub sessions: u64,
    /// Sessions that came to their end with a score.
    pub finished: u64,
    pub mean_score: Option<f64>,
    pub best_score: Option<f64>,
    pub scenarios: Vec<ScenarioRow>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ScenarioRow {
    pub scenario: String,
    pub sessions: u64,
    pub finished: u64,
    pub mean_score: Option<f64>,
    pub best_score: Option<f64>,
}

#[derive(Default)]
struct Acc {
    sessions: u64,
    scores: Vec<f64>,
}

impl Acc {
    fn add(&mut self, s: &SessionFact) {
        self.sessions += 1;
        if let Some((score, max)) = s.score
            && max > 0
        {
            self.scores.push(f64::from(score) / f64::from(max));
        }
    }

    fn mean(&self) -> Option<f64> {
        (!self.scores.is_empty())
            .then(|| self.scores.iter().sum::<f64>() / self.scores.len() as f64)
    }

    fn best(&self) -> Option<f64> {
        self.scores.iter().copied().reduce(f64::max)
    }
}

/// The quality figures of a period. Training sessions are not tied to the
/// hall's windows or staff, so a report narrowed to one leaves them out.
pub fn figures(facts: &Facts, scope: &Scope) -> Quality {
    if !scope.filter.is_empty() {
        return Quality::default();
    }
    let mut total = Acc::default();
    let mut by: BTreeMap<&str, Acc> = BTreeMap::new();
    for s in &facts.sessions {
        if s.at < scope.start || s.at >= scope.until {
            continue;
        }
        total.add(s);
        by.entry(s.scenario.as_str()).or_default().add(s);
    }
    Quality {
        trainer: Trainer {
            sessions: total.sessions,
            finished: total.scores.len() as u64,
            mean_score: total.mean(),
            best_score: total.best(),
            scenarios: by
                .into_iter()
                .map(|(name, acc)| ScenarioRow {
                    scenario: name.to_string(),
                    sessions: acc.sessions,
                    finished: acc.scores.len() as u64,
                    mean_score: acc.mean(),
                    best_score: acc.best(),
                })
                .collect(),
        },
    }
}
