//! A playbook file as written, and the rules that turn it into a [`Playbook`].
//!
//! Values that a rule checks after serde are `Spanned`, so that every error can
//! point at the key or value to fix. The rules run in a fixed order (top-level
//! keys, then each step in file order, then the shape of the flow) so that the
//! same broken file always gives the same, first, message.

use crate::tomlfile::{RawTexts, Source};

/// This file's places, as playbook errors.
type Ctx<'a> = Source<'a, PlaybookError>;
use super::{Action, Answer, Playbook, PlaybookError, SituationTag, Step};
use crate::phrases::PhraseKey;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawPlaybook {
    id: Spanned<String>,
    situations: Spanned<Vec<Spanned<String>>>,
    start: Spanned<String>,
    title: RawTexts,
    steps: Spanned<Vec<Spanned<RawStep>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawStep {
    id: Spanned<String>,
    // Optional here so that a step without it gets a message saying what the
    // text is for, rather than serde's bare "missing key".
    text: Option<RawTexts>,
    answers: Option<Spanned<Vec<RawAnswer>>>,
    action: Option<Spanned<String>>,
    phrase: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawAnswer {
    next: Spanned<String>,
    text: RawTexts,
}

/// Parses a playbook and also returns where its `id` is, so that a duplicate
/// found later, across files, can point at it.
pub(super) fn parse(src: &str, file: &str) -> Result<(Playbook, (usize, usize)), PlaybookError> {
    let cx = Ctx::new(src, file);
    let de = toml::Deserializer::parse(src).map_err(|e| cx.syntax_error(&e))?;
    let raw: RawPlaybook = serde_path_to_error::deserialize(de).map_err(|e| cx.serde_error(e))?;
    let id_at = cx.position(&raw.id);
    Ok((raw.check(&cx)?, id_at))
}

impl RawPlaybook {
    fn check(self, cx: &Ctx) -> Result<Playbook, PlaybookError> {
        let id = cx.file_id(&self.id)?;
        let situations = check_situations(cx, &self.situations)?;
        let title = cx.texts(&self.title, "title")?;

        if self.steps.get_ref().is_empty() {
            return Err(cx.at(&self.steps, "steps", "must list at least one step"));
        }
        let ids = check_step_ids(cx, self.steps.get_ref())?;
        let start = self.start.get_ref().clone();
        if !ids.contains_key(&start) {
            return Err(unknown_step(cx, &self.start, "start", &ids));
        }

        let mut steps = Vec::with_capacity(ids.len());
        for (i, raw) in self.steps.get_ref().iter().enumerate() {
            steps.push(check_step(cx, i, raw, &ids)?);
        }
        check_flow(cx, &start, &steps, self.steps.get_ref())?;

        Ok(Playbook {
            id,
            title,
            situations,
            start,
            steps,
        })
    }
}

fn check_situations(
    cx: &Ctx,
    list: &Spanned<Vec<Spanned<String>>>,
) -> Result<Vec<SituationTag>, PlaybookError> {
    let known = || {
        SituationTag::ALL
            .iter()
            .map(|s| s.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if list.get_ref().is_empty() {
        return Err(cx.at(
            list,
            "situations",
            &format!("must list at least one of {}", known()),
        ));
    }
    let mut out = Vec::new();
    for (i, value) in list.get_ref().iter().enumerate() {
        let key = format!("situations[{i}]");
        let Some(tag) = SituationTag::parse(value.get_ref()) else {
            return Err(cx.at(
                value,
                &key,
                &format!(
                    "unknown situation {:?}; expected one of {}",
                    value.get_ref(),
                    known()
                ),
            ));
        };
        if out.contains(&tag) {
            return Err(cx.at(
                value,
                &key,
                &format!("situation {:?} is listed twice", tag.name()),
            ));
        }
        out.push(tag);
    }
    Ok(out)
}

/// Each step's id, checked and mapped to its index.
fn check_step_ids(
    cx: &Ctx,
    steps: &[Spanned<RawStep>],
) -> Result<BTreeMap<String, usize>, PlaybookError> {
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for (i, step) in steps.iter().enumerate() {
        let raw = &step.get_ref().id;
        let key = format!("steps[{i}].id");
        let id = cx.kebab(raw, &key)?;
        if let Some(&first) = ids.get(&id) {
            let (line, _) = cx.position(&steps[first].get_ref().id);
            return Err(cx.at(
                raw,
                &key,
                &format!("duplicate step id {id:?}; first defined at line {line}"),
            ));
        }
        ids.insert(id, i);
    }
    Ok(ids)
}

fn unknown_step(
    cx: &Ctx,
    value: &Spanned<String>,
    key: &str,
    ids: &BTreeMap<String, usize>,
) -> PlaybookError {
    // Listed in file order, the order the author reads them in.
    let mut known: Vec<(&usize, &String)> = ids.iter().map(|(id, i)| (i, id)).collect();
    known.sort();
    let known: Vec<&str> = known.into_iter().map(|(_, id)| id.as_str()).collect();
    cx.at(
        value,
        key,
        &format!(
            "unknown step {:?}; steps in this playbook: {}",
            value.get_ref(),
            known.join(", ")
        ),
    )
}

fn check_step(
    cx: &Ctx,
    i: usize,
    spanned: &Spanned<RawStep>,
    ids: &BTreeMap<String, usize>,
) -> Result<Step, PlaybookError> {
    let raw = spanned.get_ref();
    let key = |field: &str| format!("steps[{i}].{field}");
    let answers_raw: &[RawAnswer] = raw.answers.as_ref().map_or(&[], |a| a.get_ref());

    let text = match &raw.text {
        Some(t) => cx.texts(t, &key("text"))?,
        // A final step is where the cashier ends up under pressure: it has to say
        // what to do, and a question has to be asked in words.
        None if answers_raw.is_empty() => {
            return Err(cx.at(
                spanned,
                &key("text"),
                "a final step must give advice: add a [steps.text] table with en, hu, ru and uk",
            ));
        }
        None => {
            return Err(cx.at(
                spanned,
                &key("text"),
                "a question needs its wording: add a [steps.text] table with en, hu, ru and uk",
            ));
        }
    };

    if let Some(list) = &raw.answers
        && list.get_ref().len() == 1
    {
        return Err(cx.at(
            list,
            &key("answers"),
            "a question needs at least 2 answers; with one way on, say it in the step's text and leave answers out",
        ));
    }
    let mut answers = Vec::with_capacity(answers_raw.len());
    for (j, a) in answers_raw.iter().enumerate() {
        let akey = key(&format!("answers[{j}]"));
        let text = cx.texts(&a.text, &format!("{akey}.text"))?;
        let next = a.next.get_ref().clone();
        if !ids.contains_key(&next) {
            return Err(unknown_step(cx, &a.next, &format!("{akey}.next"), ids));
        }
        answers.push(Answer { text, next });
    }

    let action = match &raw.action {
        None => None,
        Some(value) => Some(Action::parse(value.get_ref()).ok_or_else(|| {
            let known: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
            cx.at(
                value,
                &key("action"),
                &format!(
                    "unknown action {:?}; expected one of {}",
                    value.get_ref(),
                    known.join(", ")
                ),
            )
        })?),
    };
    let phrase = match &raw.phrase {
        None => None,
        Some(value) => Some(PhraseKey::parse(value.get_ref()).ok_or_else(|| {
            // Only the base names: the screen picks the `-alone` variant itself.
            let known: Vec<&str> = PhraseKey::ALL
                .iter()
                .map(|k| k.name())
                .filter(|name| !name.ends_with("-alone"))
                .collect();
            cx.at(
                value,
                &key("phrase"),
                &format!(
                    "unknown phrase {:?}; expected one of {}",
                    value.get_ref(),
                    known.join(", ")
                ),
            )
        })?),
    };

    Ok(Step {
        id: raw.id.get_ref().clone(),
        text,
        answers,
        action,
        phrase,
    })
}

/// The flow must end wherever the cashier goes, and every step must be somewhere
/// the cashier can go: a loop would strand them mid-crisis, an unreachable step
/// is advice nobody ever sees.
fn check_flow(
    cx: &Ctx,
    start: &str,
    steps: &[Step],
    raw: &[Spanned<RawStep>],
) -> Result<(), PlaybookError> {
    let index: BTreeMap<&str, usize> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let at = |id: &str| index.get(id).copied().unwrap_or_default();

    let mut mark = vec![Mark::New; steps.len()];
    // Depth-first from `start`, answers in file order; the stack holds the path
    // (step, next answer to follow) so a loop can be named step by step.
    let mut path: Vec<(usize, usize)> = vec![(at(start), 0)];
    mark[at(start)] = Mark::OnPath;
    while let Some(top) = path.last_mut() {
        let (step, j) = *top;
        top.1 += 1;
        let Some(a) = steps[step].answers.get(j) else {
            mark[step] = Mark::Done;
            path.pop();
            continue;
        };
        let next = at(&a.next);
        match mark[next] {
            Mark::Done => {}
            Mark::New => {
                mark[next] = Mark::OnPath;
                path.push((next, 0));
            }
            Mark::OnPath => {
                let from = path.iter().position(|&(s, _)| s == next).unwrap_or(0);
                let mut names: Vec<&str> = path[from..]
                    .iter()
                    .map(|&(s, _)| steps[s].id.as_str())
                    .collect();
                names.push(&steps[next].id);
                let value = raw[step]
                    .get_ref()
                    .answers
                    .as_ref()
                    .and_then(|list| list.get_ref().get(j))
                    .map(|a| &a.next);
                let key = format!("steps[{step}].answers[{j}].next");
                let message = format!(
                    "leads back to step {:?} ({}); a decision flow must end",
                    steps[next].id,
                    names.join(" → ")
                );
                return Err(match value {
                    Some(v) => cx.at(v, &key, &message),
                    None => cx.at(&raw[step], &key, &message),
                });
            }
        }
    }

    if let Some(lost) = mark.iter().position(|m| *m == Mark::New) {
        return Err(cx.at(
            &raw[lost].get_ref().id,
            &format!("steps[{lost}].id"),
            &format!(
                "step {:?} cannot be reached from start {start:?}; point an answer at it or remove it",
                steps[lost].id
            ),
        ));
    }
    Ok(())
}

/// A step's state in the depth-first walk of the flow.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    New,
    OnPath,
    Done,
}
