//! The debrief: the score, each check with what happened in it, and a timeline
//! of what happened next to what was expected, in the reader's language. It is
//! built from a session's events and their evaluation alone, so the screen at
//! the end of a session, an export and a replayed log all say the same. Also
//! the words for one case, which the trainer panel shows while the session runs.

use crate::domain::{Event, Instant, Recorded};
use crate::i18n::{Arg, Tr};
use crate::phrases::{PhraseKey, Phrasebook};
use crate::playbooks::Playbook;
use crate::scenario::score::{Evaluation, Item, Part, Status, Subject};
use crate::scenario::{CheckKind, Scenario, session};
use crate::views::describe::{self, LogNames};

/// What the words need besides the translator: the scenario's own texts, and
/// the titles of the playbooks and phrases an answer names.
pub struct Words<'a> {
    pub tr: &'a Tr,
    pub scenario: &'a Scenario,
    pub playbooks: &'a [Playbook],
    pub phrases: &'a Phrasebook,
}

impl Words<'_> {
    fn hhmm(&self, t: &Instant) -> String {
        t.with_timezone(&self.scenario.config.hall.tz)
            .format("%H:%M")
            .to_string()
    }

    fn or(&self, items: Vec<String>) -> String {
        items.join(&self.tr.t("train-or"))
    }

    fn phrase_titles(&self, keys: &[PhraseKey]) -> String {
        self.or(keys
            .iter()
            .map(|k| {
                // Titles such as “Cancel your break!” carry their own marks.
                let title = self.phrases.title(self.tr.lang(), *k);
                if title.contains(['“', '„', '«', '"']) {
                    title
                } else {
                    quoted(self.tr.lang(), &title)
                }
            })
            .collect())
    }

    fn playbook_titles(&self, ids: &[String]) -> String {
        self.or(ids
            .iter()
            .map(|id| {
                let title = self
                    .playbooks
                    .iter()
                    .find(|p| &p.id == id)
                    .map(|p| p.title.get(self.tr.lang()).to_string())
                    .unwrap_or_else(|| id.clone());
                quoted(self.tr.lang(), &title)
            })
            .collect())
    }

    /// A check's name, as the score table lists it.
    pub fn check_name(&self, check: usize) -> String {
        let tr = self.tr;
        let Some(c) = self.scenario.scoring.checks.get(check) else {
            return String::new();
        };
        match &c.kind {
            CheckKind::WarnedAhead { lead } => tr.f(
                "check-warned-ahead",
                &[("minutes", Arg::Num(lead.num_minutes()))],
            ),
            CheckKind::Apology { .. } => tr.t("check-apology"),
            CheckKind::NoRefusal => tr.t("check-no-refusal"),
            CheckKind::Redirect { .. } => tr.t("check-redirect"),
            CheckKind::BreakLength { .. } => tr.t("check-break-length"),
            CheckKind::Answered { incident } => match self.scenario.incident(incident) {
                Some(inc) => tr.f(
                    "check-answered",
                    &[
                        ("time", (&self.hhmm(&inc.at)).into()),
                        (
                            "what",
                            (&tr.t(&format!("cue-kind-{}", inc.kind.name()))).into(),
                        ),
                    ],
                ),
                None => incident.clone(),
            },
            CheckKind::OverrunApology { .. } => tr.t("check-overrun-apology"),
        }
    }

    fn parts(&self, incident: &str, parts: &[Part]) -> String {
        let tr = self.tr;
        let Some(answer) = self
            .scenario
            .incident(incident)
            .and_then(|i| i.answer.as_ref())
        else {
            return String::new();
        };
        let list: Vec<String> = parts
            .iter()
            .map(|p| match p {
                Part::Playbook => tr.f(
                    "part-playbook",
                    &[(
                        "playbooks",
                        (&self.playbook_titles(&answer.playbooks)).into(),
                    )],
                ),
                Part::Phrase => tr.f(
                    "part-phrase",
                    &[("phrases", (&self.phrase_titles(&answer.phrases)).into())],
                ),
                Part::BreakReason => tr.f(
                    "part-break",
                    &[(
                        "reason",
                        (&tr.t(&format!(
                            "reason-{}",
                            answer.break_reason.as_deref().unwrap_or("other")
                        )))
                            .into(),
                    )],
                ),
                Part::Warn => tr.t("part-warn"),
                Part::EndBreak => tr.t("part-end-break"),
            })
            .collect();
        list.join(", ")
    }

    /// What was expected of the trainee in this case.
    pub fn expectation(&self, item: &Item) -> String {
        let tr = self.tr;
        match &item.subject {
            Subject::Warning {
                start, deadline, ..
            } => tr.f(
                "expect-warn",
                &[
                    ("deadline", (&self.hhmm(deadline)).into()),
                    ("start", (&self.hhmm(start)).into()),
                ],
            ),
            Subject::Apology { reason } => tr.f(
                "expect-apology",
                &[("reason", (&tr.t(&format!("reason-{reason}"))).into())],
            ),
            Subject::Refusal { cutoff, .. } => match cutoff {
                Some(c) => tr.f("expect-no-refusal-cutoff", &[("cutoff", c.into())]),
                None => tr.t("expect-no-refusal"),
            },
            Subject::Redirect { past } => {
                let phrases = match &self.scenario.scoring.checks[item.check].kind {
                    CheckKind::Redirect { phrases } => self.phrase_titles(phrases),
                    _ => String::new(),
                };
                tr.f(
                    "expect-redirect",
                    &[
                        ("tickets", Arg::Str(&past.join(", "))),
                        ("count", past.len().into()),
                        ("phrases", (&phrases).into()),
                    ],
                )
            }
            Subject::Length { until, .. } => {
                tr.f("expect-back", &[("until", (&self.hhmm(until)).into())])
            }
            Subject::Answer {
                incident, deadline, ..
            } => {
                let all = self.all_parts(incident);
                tr.f(
                    "expect-answer",
                    &[
                        ("deadline", (&self.hhmm(deadline)).into()),
                        ("parts", (&self.parts(incident, &all)).into()),
                    ],
                )
            }
            Subject::Overrun { .. } => tr.t("expect-overrun"),
        }
    }

    fn all_parts(&self, incident: &str) -> Vec<Part> {
        let Some(a) = self
            .scenario
            .incident(incident)
            .and_then(|i| i.answer.as_ref())
        else {
            return vec![];
        };
        let mut v = vec![];
        if !a.playbooks.is_empty() {
            v.push(Part::Playbook);
        }
        if !a.phrases.is_empty() {
            v.push(Part::Phrase);
        }
        if a.break_reason.is_some() {
            v.push(Part::BreakReason);
        }
        if a.warn {
            v.push(Part::Warn);
        }
        if a.end_break {
            v.push(Part::EndBreak);
        }
        v
    }

    /// How the case went.
    pub fn outcome(&self, item: &Item) -> String {
        let tr = self.tr;
        if item.status == Status::NotReached {
            return tr.t("out-not-reached");
        }
        let met = item.status.met();
        let at = item.status.at().map(|t| self.hhmm(&t)).unwrap_or_default();
        match &item.subject {
            Subject::Warning {
                start,
                deadline,
                warned,
                waiting,
            } => match (met, warned) {
                (true, Some(w)) | (false, Some(w)) => tr.f(
                    if met { "out-warned" } else { "out-warned-late" },
                    &[
                        ("time", (&self.hhmm(w)).into()),
                        ("minutes", Arg::Num((*start - *w).num_minutes().max(0))),
                    ],
                ),
                (_, None) => tr.f(
                    "out-not-warned",
                    &[
                        ("deadline", (&self.hhmm(deadline)).into()),
                        ("waiting", (*waiting).into()),
                    ],
                ),
            },
            Subject::Apology { .. } => {
                if met {
                    tr.f("out-apologised", &[("time", (&at).into())])
                } else {
                    tr.t("out-no-apology")
                }
            }
            Subject::Refusal { refused, .. } => {
                if refused.is_empty() {
                    tr.t("out-none-refused")
                } else {
                    tr.f(
                        "out-refused",
                        &[
                            ("tickets", Arg::Str(&refused.join(", "))),
                            ("time", (&at).into()),
                        ],
                    )
                }
            }
            Subject::Redirect { past } => {
                if met {
                    tr.f("out-redirected", &[("time", (&at).into())])
                } else {
                    tr.f(
                        "out-not-redirected",
                        &[
                            ("tickets", Arg::Str(&past.join(", "))),
                            ("count", past.len().into()),
                        ],
                    )
                }
            }
            Subject::Length { until, ended, .. } => match ended {
                Some(e) if *e <= *until || met => {
                    tr.f("out-back-in-time", &[("time", (&self.hhmm(e)).into())])
                }
                Some(e) => tr.f(
                    "out-back-late",
                    &[
                        ("time", (&self.hhmm(e)).into()),
                        ("minutes", Arg::Num((*e - *until).num_minutes().max(1))),
                    ],
                ),
                None => tr.f("out-still-away", &[("time", (&at).into())]),
            },
            Subject::Answer {
                incident,
                deadline,
                missing,
                ..
            } => {
                if met {
                    tr.f("out-answered", &[("time", (&at).into())])
                } else {
                    tr.f(
                        "out-not-answered",
                        &[
                            ("deadline", (&self.hhmm(deadline)).into()),
                            ("parts", (&self.parts(incident, missing)).into()),
                        ],
                    )
                }
            }
            Subject::Overrun { .. } => {
                if met {
                    tr.f("out-overrun-apologised", &[("time", (&at).into())])
                } else {
                    tr.t("out-overrun-not")
                }
            }
        }
    }

    /// What a cue showed the trainee: the scenario's words for it.
    pub fn cue(&self, cue: &str) -> Option<String> {
        let inc = self.scenario.incident(cue)?;
        let lang = self.tr.lang();
        let mut text = inc.text.get(lang).to_string();
        if let Some(says) = &inc.says {
            text.push_str(" — ");
            text.push_str(&quoted(lang, says.get(lang)));
        }
        Some(text)
    }
}

/// Quotation marks as each language prints them around spoken words.
pub fn quoted(lang: crate::i18n::Lang, text: &str) -> String {
    use crate::i18n::Lang;
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Hu => format!("„{text}”"),
        Lang::Ru | Lang::Uk => format!("«{text}»"),
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    Met,
    Missed,
    /// Neither: a plain event.
    None,
}

/// One line of the timeline: something that happened, or a check decided.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub time: String,
    pub happened: String,
    pub expected: String,
    pub mark: Mark,
    /// The trainee did it.
    pub trainee: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckLine {
    pub name: String,
    pub points: u32,
    pub weight: u32,
    pub arose: bool,
    /// How each of its cases went.
    pub result: String,
    pub met: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub lang: crate::i18n::Lang,
    pub title: String,
    pub heading: String,
    pub meta: String,
    pub score: String,
    pub verdict: String,
    pub passed: bool,
    pub checks: Vec<CheckLine>,
    pub rows: Vec<Row>,
    /// The column headings, as the reader's language has them.
    pub labels: Labels,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    pub checks: String,
    pub timeline: String,
    pub check: String,
    pub points: String,
    pub result: String,
    pub time: String,
    pub happened: String,
    pub expected: String,
}

/// Builds the debrief of a session from its events and their evaluation.
pub fn build(words: &Words, events: &[Recorded], eval: &Evaluation) -> Debrief {
    let tr = words.tr;
    let sc = words.scenario;
    let hall = &sc.config.hall;
    let lang = tr.lang();
    let mut names = LogNames::default();
    for r in events {
        names.learn(&r.event);
    }
    let seed = events
        .iter()
        .find_map(|r| match &r.event {
            Event::TrainingStarted { seed, .. } => Some(*seed),
            _ => None,
        })
        .unwrap_or(sc.seed);
    let end = events
        .iter()
        .rev()
        .find(|r| matches!(r.event, Event::TrainingEnded { .. }))
        .map(|r| r.at)
        .unwrap_or(sc.end);

    // (instant, order within it, row)
    let mut rows: Vec<(Instant, u8, usize, Row)> = Vec::new();
    let plain = |time: &Instant, happened: String, trainee: bool| Row {
        time: words.hhmm(time),
        happened,
        expected: String::new(),
        mark: Mark::None,
        trainee,
    };
    rows.push((
        sc.start,
        0,
        0,
        plain(&sc.start, tr.t("debrief-start"), false),
    ));
    for (n, r) in events.iter().enumerate() {
        let trainee = r.origin == session::trainee_origin(sc.trainee);
        // The set-up before the clock starts and the colleagues' routine are
        // not what the trainee is debriefed on.
        let setup = r.origin == session::SCRIPT && r.at < sc.start;
        if setup || r.origin.starts_with("colleague:") {
            continue;
        }
        let text = match &r.event {
            Event::TrainingStarted { .. } | Event::TrainingEnded { .. } => continue,
            Event::TrainingCue { cue, minutes, .. } => {
                let said = words.cue(cue).unwrap_or_default();
                match minutes {
                    Some(_) => format!("{} {said}", describe::event(tr, hall, &names, r)),
                    None => said,
                }
            }
            _ => describe::event(tr, hall, &names, r),
        };
        rows.push((r.at, 1, n, plain(&r.at, text, trainee)));
    }
    for (n, item) in eval.items.iter().enumerate() {
        let at = match item.status {
            Status::Met { at } | Status::Missed { at } => at,
            Status::NotReached | Status::Pending { .. } => end,
        };
        let mark = if item.status.met() {
            Mark::Met
        } else if item.status.decided() {
            Mark::Missed
        } else {
            Mark::None
        };
        rows.push((
            at,
            2,
            n,
            Row {
                time: words.hhmm(&at),
                happened: String::new(),
                expected: format!("{} — {}", words.expectation(item), words.outcome(item)),
                mark,
                trainee: false,
            },
        ));
    }
    rows.push((end, 3, 0, plain(&end, tr.t("debrief-end"), false)));
    rows.sort_by_key(|(at, order, n, _)| (*at, *order, *n));

    let checks = eval
        .rules
        .iter()
        .map(|rule| {
            let cases: Vec<String> = eval
                .items
                .iter()
                .filter(|i| i.check == rule.check)
                .map(|i| {
                    let sign = if i.status.met() { "✓" } else { "✗" };
                    format!("{sign} {}", words.outcome(i))
                })
                .collect();
            CheckLine {
                name: words.check_name(rule.check),
                points: rule.points,
                weight: rule.weight,
                arose: rule.arose,
                result: if rule.arose {
                    cases.join("; ")
                } else {
                    tr.t("debrief-did-not-arise")
                },
                met: rule.arose && rule.points == rule.weight,
            }
        })
        .collect();
    let title = sc.title.get(lang).to_string();
    let local = |t: &Instant| t.with_timezone(&hall.tz);
    Debrief {
        lang,
        heading: tr.f("debrief-title", &[("title", (&title).into())]),
        title,
        meta: tr.f(
            "debrief-meta",
            &[
                ("hall", (&hall.name).into()),
                ("window", Arg::Num(sc.trainee.0.into())),
                (
                    "date",
                    (&local(&sc.start).format("%Y-%m-%d").to_string()).into(),
                ),
                ("start", (&words.hhmm(&sc.start)).into()),
                ("end", (&words.hhmm(&end)).into()),
                ("seed", Arg::Str(&seed.to_string())),
            ],
        ),
        score: tr.f(
            "debrief-score",
            &[
                ("score", eval.score.into()),
                ("max", eval.max.into()),
                ("percent", eval.percent().into()),
            ],
        ),
        verdict: tr.f(
            if eval.passed() {
                "debrief-passed"
            } else {
                "debrief-failed"
            },
            &[("pass", eval.pass.into())],
        ),
        passed: eval.passed(),
        checks,
        rows: rows.into_iter().map(|(_, _, _, r)| r).collect(),
        labels: Labels {
            checks: tr.t("debrief-checks"),
            timeline: tr.t("debrief-timeline"),
            check: tr.t("debrief-col-check"),
            points: tr.t("debrief-col-points"),
            result: tr.t("debrief-col-result"),
            time: tr.t("debrief-col-time"),
            happened: tr.t("debrief-col-happened"),
            expected: tr.t("debrief-col-expected"),
        },
    }
}

fn mark_sign(m: Mark) -> &'static str {
    match m {
        Mark::Met => "✓ ",
        Mark::Missed => "✗ ",
        Mark::None => "",
    }
}

/// Text in a Markdown table cell: a pipe would end the cell, a newline the row.
fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

pub fn markdown(d: &Debrief) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", md_cell(&d.heading)));
    out.push_str(&format!("{}\n\n", md_cell(&d.meta)));
    out.push_str(&format!(
        "**{} — {}**\n\n",
        md_cell(&d.score),
        md_cell(&d.verdict)
    ));
    let l = &d.labels;
    out.push_str(&format!("## {}\n\n", md_cell(&l.checks)));
    out.push_str(&format!(
        "| {} | {} | {} |\n|---|---:|---|\n",
        md_cell(&l.check),
        md_cell(&l.points),
        md_cell(&l.result)
    ));
    for c in &d.checks {
        let points = if c.arose {
            format!("{} / {}", c.points, c.weight)
        } else {
            "—".into()
        };
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            md_cell(&c.name),
            points,
            md_cell(&c.result)
        ));
    }
    out.push_str(&format!("\n## {}\n\n", md_cell(&l.timeline)));
    out.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        md_cell(&l.time),
        md_cell(&l.happened),
        md_cell(&l.expected)
    ));
    for r in &d.rows {
        let happened = if r.trainee && !r.happened.is_empty() {
            format!("**{}**", md_cell(&r.happened))
        } else {
            md_cell(&r.happened)
        };
        let expected = if r.expected.is_empty() {
            String::new()
        } else {
            format!("{}{}", mark_sign(r.mark), md_cell(&r.expected))
        };
        out.push_str(&format!("| {} | {happened} | {expected} |\n", r.time));
    }
    out
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page that stands alone: it opens in any browser and prints as it shows.
pub fn html(d: &Debrief) -> String {
    let l = &d.labels;
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n",
        d.lang.code(),
        esc(&d.heading)
    ));
    out.push_str(
        "<style>\nbody{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n\
         table{border-collapse:collapse;width:100%;margin-bottom:2em}\n\
         th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\n\
         th{background:#f3f3f3}\ntd.num{text-align:right;white-space:nowrap}\n\
         .met{color:#1a6b1a}\n.missed{color:#a40000}\n.you{font-weight:bold}\n\
         .verdict.passed{color:#1a6b1a}\n.verdict.failed{color:#a40000}\n</style>\n</head>\n<body>\n",
    );
    out.push_str(&format!("<h1>{}</h1>\n", esc(&d.heading)));
    out.push_str(&format!("<p>{}</p>\n", esc(&d.meta)));
    out.push_str(&format!(
        "<p class=\"verdict {}\"><strong>{} — {}</strong></p>\n",
        if d.passed { "passed" } else { "failed" },
        esc(&d.score),
        esc(&d.verdict)
    ));
    out.push_str(&format!("<h2>{}</h2>\n<table>\n", esc(&l.checks)));
    out.push_str(&format!(
        "<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        esc(&l.check),
        esc(&l.points),
        esc(&l.result)
    ));
    for c in &d.checks {
        let points = if c.arose {
            format!("{} / {}", c.points, c.weight)
        } else {
            "—".into()
        };
        let class = if !c.arose {
            ""
        } else if c.met {
            " class=\"met\""
        } else {
            " class=\"missed\""
        };
        out.push_str(&format!(
            "<tr{class}><td>{}</td><td class=\"num\">{points}</td><td>{}</td></tr>\n",
            esc(&c.name),
            esc(&c.result)
        ));
    }
    out.push_str("</table>\n");
    out.push_str(&format!("<h2>{}</h2>\n<table>\n", esc(&l.timeline)));
    out.push_str(&format!(
        "<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        esc(&l.time),
        esc(&l.happened),
        esc(&l.expected)
    ));
    for r in &d.rows {
        let happened = if r.trainee {
            format!("<span class=\"you\">{}</span>", esc(&r.happened))
        } else {
            esc(&r.happened)
        };
        let expected = match r.mark {
            Mark::Met => format!("<span class=\"met\">✓ {}</span>", esc(&r.expected)),
            Mark::Missed => format!("<span class=\"missed\">✗ {}</span>", esc(&r.expected)),
            Mark::None => esc(&r.expected),
        };
        out.push_str(&format!(
            "<tr><td>{}</td><td>{happened}</td><td>{expected}</td></tr>\n",
            esc(&r.time)
        ));
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_the_page() {
        assert_eq!(md_cell("a|b\nc *d*"), "a\\|b c \\*d\\*");
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }
}
