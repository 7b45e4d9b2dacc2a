//! Words for what happened and why something was refused, in the user's language:
//! shared by the CLI's answers, `frontdesk log` and the screens.

use crate::domain::{
    BreakId, Event, Hall, Instant, Recorded, RequestId, State, TicketId, WindowId, ticket_label,
};
use crate::i18n::{Arg, Tr};
use std::collections::HashMap;

thread_local! {
    /// Phrase titles for the log; built once per thread, not once per line.
    static PHRASES: crate::phrases::Phrasebook = crate::phrases::Phrasebook::embedded();
}

/// What a break was, as far as words about it need.
#[derive(Clone, Debug)]
pub struct BreakFacts {
    pub window: WindowId,
    pub start: Instant,
    pub until: Instant,
}

/// Where the words for an event find ticket labels and break details: the live
/// state for what just happened, the log itself for history.
pub trait Names {
    fn ticket(&self, id: TicketId) -> Option<String>;
    fn brk(&self, id: BreakId) -> Option<BreakFacts>;
    /// Whether customers had been shown the break; unknown counts as no.
    fn published(&self, _id: BreakId) -> bool {
        false
    }
    /// The window a break request came from.
    fn request_window(&self, _id: RequestId) -> Option<WindowId> {
        None
    }
}

impl Names for State {
    fn ticket(&self, id: TicketId) -> Option<String> {
        self.tickets.get(&id).map(|t| t.label())
    }

    fn brk(&self, id: BreakId) -> Option<BreakFacts> {
        self.breaks.get(&id).map(|b| BreakFacts {
            window: b.window,
            start: b.start,
            until: b.until(),
        })
    }

    fn published(&self, id: BreakId) -> bool {
        self.breaks.get(&id).is_some_and(|b| b.published)
    }

    fn request_window(&self, id: RequestId) -> Option<WindowId> {
        self.requests.get(&id).map(|r| r.window)
    }
}

/// Names gathered from the log for events the live state has long forgotten.
#[derive(Default)]
pub struct LogNames {
    pub tickets: HashMap<TicketId, String>,
    pub breaks: HashMap<BreakId, BreakFacts>,
    pub requests: HashMap<RequestId, WindowId>,
}

impl LogNames {
    /// Learns the names of a ticket issue or a break plan.
    pub fn learn(&mut self, event: &Event) {
        match event {
            Event::TicketIssued {
                ticket,
                service,
                number,
                ..
            } => {
                self.tickets.insert(*ticket, ticket_label(service, *number));
            }
            Event::BreakPlanned {
                brk,
                window,
                start,
                end,
                ..
            } => {
                self.breaks.insert(
                    *brk,
                    BreakFacts {
                        window: *window,
                        start: *start,
                        until: *end,
                    },
                );
            }
            Event::BreakRequested {
                request, window, ..
            } => {
                self.requests.insert(*request, *window);
            }
            Event::BreakChanged {
                brk, start, end, ..
            } => {
                if let Some(b) = self.breaks.get_mut(brk) {
                    b.start = *start;
                    b.until = *end;
                }
            }
            _ => {}
        }
    }

    /// The tickets and breaks an event mentions.
    pub fn mentioned(event: &Event) -> (Vec<TicketId>, Vec<BreakId>) {
        match event {
            Event::TicketIssued { ticket, .. }
            | Event::TicketCalled { ticket, .. }
            | Event::TicketRecalled { ticket, .. }
            | Event::TicketServed { ticket, .. }
            | Event::TicketNoShow { ticket, .. }
            | Event::TicketTransferred { ticket, .. }
            | Event::TicketCancelled { ticket } => (vec![*ticket], vec![]),
            Event::ClosingStarted { brk, cutoff } => (cutoff.iter().copied().collect(), vec![*brk]),
            Event::CutoffExtended { brk, cutoff } => (vec![*cutoff], vec![*brk]),
            Event::BreakPlanned { brk, .. }
            | Event::BreakCancelled { brk }
            | Event::BreakChanged { brk, .. }
            | Event::WarningGiven { brk, .. }
            | Event::BreakPending { brk, .. }
            | Event::BreakDeferred { brk }
            | Event::BreakStarted { brk }
            | Event::BreakEnded { brk } => (vec![], vec![*brk]),
            Event::BreaksPublished { breaks } => (vec![], breaks.clone()),
            Event::TrainingCue {
                ticket: Some(t), ..
            } => (vec![*t], vec![]),
            Event::CustomerRated {
                ticket: Some(t), ..
            } => (vec![*t], vec![]),
            _ => (vec![], vec![]),
        }
    }
}

impl Names for LogNames {
    fn ticket(&self, id: TicketId) -> Option<String> {
        self.tickets.get(&id).cloned()
    }

    fn brk(&self, id: BreakId) -> Option<BreakFacts> {
        self.breaks.get(&id).cloned()
    }

    fn request_window(&self, id: RequestId) -> Option<WindowId> {
        self.requests.get(&id).copied()
    }
}

fn hhmm(hall: &Hall, t: &crate::domain::Instant) -> String {
    t.with_timezone(&hall.tz).format("%H:%M").to_string()
}

/// One line for one event; `names` knows the tickets and breaks it mentions.
pub fn event(tr: &Tr, hall: &Hall, names: &dyn Names, r: &Recorded) -> String {
    let tk = |t: &TicketId| names.ticket(*t).unwrap_or_else(|| format!("#{}", t.0));
    // A number, not text: plural and article selectors in the messages need one.
    let brk_window = |b: &BreakId| Arg::Num(names.brk(*b).map_or(0, |b| b.window.0.into()));
    match &r.event {
        Event::WindowOpened { window, staff } => match staff {
            Some(s) => {
                let who = hall.staff(s).map_or(s.0.clone(), |x| x.name.clone());
                tr.f(
                    "ev-window-opened-staff",
                    &[
                        ("window", Arg::Num(window.0.into())),
                        ("staff", (&who).into()),
                    ],
                )
            }
            None => tr.f("ev-window-opened", &[("window", Arg::Num(window.0.into()))]),
        },
        Event::WindowClosed { window } => {
            tr.f("ev-window-closed", &[("window", Arg::Num(window.0.into()))])
        }
        Event::TicketIssued { ticket, .. } => {
            tr.f("ev-ticket-issued", &[("ticket", (&tk(ticket)).into())])
        }
        Event::TicketCalled { ticket, window } => tr.f(
            "ev-ticket-called",
            &[
                ("ticket", (&tk(ticket)).into()),
                ("window", Arg::Num(window.0.into())),
            ],
        ),
        Event::TicketRecalled { ticket, window } => tr.f(
            "ev-ticket-recalled",
            &[
                ("ticket", (&tk(ticket)).into()),
                ("window", Arg::Num(window.0.into())),
            ],
        ),
        Event::TicketServed { ticket, window } => tr.f(
            "ev-ticket-served",
            &[
                ("ticket", (&tk(ticket)).into()),
                ("window", Arg::Num(window.0.into())),
            ],
        ),
        Event::TicketNoShow { ticket, window } => tr.f(
            "ev-ticket-no-show",
            &[
                ("ticket", (&tk(ticket)).into()),
                ("window", Arg::Num(window.0.into())),
            ],
        ),
        Event::TicketTransferred {
            ticket,
            service,
            window,
            ..
        } => match window {
            Some(w) => tr.f(
                "ev-ticket-transferred-window",
                &[
                    ("ticket", (&tk(ticket)).into()),
                    ("window", Arg::Num(w.0.into())),
                ],
            ),
            None => tr.f(
                "ev-ticket-transferred-service",
                &[
                    ("ticket", (&tk(ticket)).into()),
                    ("service", (&service.0).into()),
                ],
            ),
        },
        Event::TicketsExpired { tickets } => {
            tr.f("ev-tickets-expired", &[("count", tickets.len().into())])
        }
        Event::TicketCancelled { ticket } => {
            tr.f("ev-ticket-cancelled", &[("ticket", (&tk(ticket)).into())])
        }
        Event::BreakPlanned {
            brk,
            window,
            kind,
            start,
            end,
            ..
        } => {
            let key = match kind {
                crate::domain::BreakKind::Planned => "ev-break-planned",
                crate::domain::BreakKind::Unscheduled(_) => "ev-break-unscheduled",
            };
            tr.f(
                key,
                &[
                    ("id", Arg::Num(brk.0 as i64)),
                    ("window", Arg::Num(window.0.into())),
                    ("start", (&hhmm(hall, start)).into()),
                    ("end", (&hhmm(hall, end)).into()),
                    ("reason", (&reason_text(tr, kind)).into()),
                ],
            )
        }
        Event::BreakCancelled { brk } => tr.f(
            "ev-break-cancelled",
            &[("id", Arg::Num(brk.0 as i64)), ("window", brk_window(brk))],
        ),
        Event::BreakChanged {
            brk, start, end, ..
        } => {
            // Whether customers had been shown the old times is the state's to
            // know; the log's own names cannot tell.
            let published = names.published(*brk);
            tr.f(
                if published {
                    "ev-break-changed-published"
                } else {
                    "ev-break-changed"
                },
                &[
                    ("id", Arg::Num(brk.0 as i64)),
                    ("window", brk_window(brk)),
                    ("start", (&hhmm(hall, start)).into()),
                    ("end", (&hhmm(hall, end)).into()),
                ],
            )
        }
        Event::BreaksPublished { breaks } => {
            tr.f("ev-breaks-published", &[("count", breaks.len().into())])
        }
        Event::BreakRequested {
            request,
            window,
            reason,
            minutes,
        } => tr.f(
            "ev-break-requested",
            &[
                ("id", Arg::Num(request.0 as i64)),
                ("window", Arg::Num(window.0.into())),
                (
                    "reason",
                    (&reason_text(tr, &crate::domain::BreakKind::Unscheduled(reason.clone())))
                        .into(),
                ),
                ("minutes", (*minutes).into()),
            ],
        ),
        Event::BreakRequestAnswered { request, answer } => {
            let window = Arg::Num(names.request_window(*request).map_or(0, |w| w.0.into()));
            let id = Arg::Num(request.0 as i64);
            match answer {
                crate::domain::Answer::Approved => {
                    tr.f("ev-request-approved", &[("id", id), ("window", window)])
                }
                crate::domain::Answer::Postponed { until } => tr.f(
                    "ev-request-postponed",
                    &[
                        ("id", id),
                        ("window", window),
                        ("time", (&hhmm(hall, until)).into()),
                    ],
                ),
                crate::domain::Answer::Declined => {
                    tr.f("ev-request-declined", &[("id", id), ("window", window)])
                }
            }
        }
        Event::WarningGiven { brk, waiting } => tr.f(
            "ev-warning-given",
            &[("window", brk_window(brk)), ("waiting", (*waiting).into())],
        ),
        Event::ClosingStarted { brk, cutoff } => {
            let at = names
                .brk(*brk)
                .map(|b| hhmm(hall, &b.start))
                .unwrap_or_default();
            match cutoff {
                Some(c) => tr.f(
                    "ev-closing-started",
                    &[
                        ("window", brk_window(brk)),
                        ("time", (&at).into()),
                        ("cutoff", (&tk(c)).into()),
                    ],
                ),
                None => tr.f(
                    "ev-closing-started-empty",
                    &[("window", brk_window(brk)), ("time", (&at).into())],
                ),
            }
        }
        Event::CutoffExtended { brk, cutoff } => tr.f(
            "ev-cutoff-extended",
            &[
                ("window", brk_window(brk)),
                ("cutoff", (&tk(cutoff)).into()),
            ],
        ),
        Event::BreakPending { brk, .. } => tr.f("ev-break-pending", &[("window", brk_window(brk))]),
        Event::BreakDeferred { brk } => tr.f("ev-break-deferred", &[("window", brk_window(brk))]),
        Event::BreakStarted { brk } => {
            let until = names
                .brk(*brk)
                .map(|b| hhmm(hall, &b.until))
                .unwrap_or_default();
            tr.f(
                "ev-break-started",
                &[("window", brk_window(brk)), ("until", (&until).into())],
            )
        }
        Event::BreakEnded { brk } => tr.f("ev-break-ended", &[("window", brk_window(brk))]),
        Event::PhraseSaid {
            window,
            phrase,
            lang,
        } => {
            let title = crate::phrases::PhraseKey::parse(phrase)
                .map(|k| PHRASES.with(|book| book.title(tr.lang(), k)))
                .unwrap_or_else(|| phrase.clone());
            // A title that already quotes a customer keeps its own marks.
            let quoted = title.starts_with(['“', '„', '«', '"']);
            tr.f(
                if quoted {
                    "ev-phrase-said-quoted"
                } else {
                    "ev-phrase-said"
                },
                &[
                    ("window", Arg::Num(window.0.into())),
                    ("phrase", (&title).into()),
                    ("lang", lang.into()),
                ],
            )
        }
        Event::PlaybookFollowed {
            window,
            playbook,
            step,
            answer,
        } => tr.f(
            "ev-playbook-followed",
            &[
                ("window", Arg::Num(window.0.into())),
                ("playbook", playbook.into()),
                ("step", step.into()),
                ("answer", Arg::Str(answer.as_deref().unwrap_or("-"))),
            ],
        ),
        Event::NoticeIssued { day, breaks } => tr.f(
            "ev-notice-issued",
            &[
                ("date", (&day.to_string()).into()),
                ("count", breaks.len().into()),
            ],
        ),
        Event::PolicyOverridden { rule, by, reason } => tr.f(
            "ev-policy-overridden",
            &[
                ("rule", (&rule_text(tr, rule)).into()),
                ("by", by.into()),
                ("reason", reason.into()),
            ],
        ),
        Event::TrainingStarted { scenario, seed, .. } => tr.f(
            "ev-training-started",
            &[
                ("scenario", scenario.into()),
                ("seed", Arg::Str(&seed.to_string())),
            ],
        ),
        Event::TrainingCue {
            cue,
            kind,
            ticket,
            minutes,
        } => {
            let what = tr.t(&format!("cue-kind-{}", kind.name()));
            match (minutes, ticket) {
                (Some(m), _) => tr.f(
                    "ev-training-clock-jump",
                    &[
                        ("minutes", Arg::Num(m.abs())),
                        ("direction", if *m < 0 { "back" } else { "ahead" }.into()),
                        ("cue", cue.into()),
                    ],
                ),
                (None, Some(t)) => tr.f(
                    "ev-training-cue-ticket",
                    &[
                        ("what", (&what).into()),
                        ("ticket", (&tk(t)).into()),
                        ("cue", cue.into()),
                    ],
                ),
                (None, None) => tr.f(
                    "ev-training-cue",
                    &[("what", (&what).into()), ("cue", cue.into())],
                ),
            }
        }
        Event::TrainingEnded { score, max } => tr.f(
            "ev-training-ended",
            &[("score", (*score).into()), ("max", (*max).into())],
        ),
        Event::PrinterFailed { kiosk, error } => tr.f(
            "ev-printer-failed",
            &[("kiosk", kiosk.into()), ("error", error.into())],
        ),
        Event::PrinterRestored { kiosk } => tr.f("ev-printer-restored", &[("kiosk", kiosk.into())]),
        Event::FeedbackRecorded { .. }
        | Event::FeedbackAcknowledged { .. }
        | Event::FeedbackAssigned { .. }
        | Event::FeedbackAnswered { .. }
        | Event::FeedbackClosed { .. }
        | Event::FeedbackReopened { .. }
        | Event::ContactErased { .. }
        | Event::CustomerRated { .. }
        | Event::AuditRecorded { .. } => super::feedback::event_words(tr, hall, names, r),
    }
}

/// A policy's name for people; a rule this version does not know keeps its code.
fn rule_text(tr: &Tr, code: &str) -> String {
    let key = format!("rule-{code}");
    let text = tr.t(&key);
    if text == key { code.to_string() } else { text }
}

pub fn reason_text(tr: &Tr, kind: &crate::domain::BreakKind) -> String {
    match kind {
        crate::domain::BreakKind::Planned => tr.t("reason-planned"),
        crate::domain::BreakKind::Unscheduled(r) => {
            let base = tr.t(&format!("reason-{}", r.code()));
            match r {
                crate::domain::BreakReason::Other(note) if !note.is_empty() => {
                    format!("{base}: {note}")
                }
                _ => base,
            }
        }
    }
}

pub use crate::refusals::refusal;

#[cfg(test)]
mod tests {
    //! Every event and every refusal has words in every language: a missing
    //! message would show its id to a cashier.
    use super::*;
    use crate::domain::*;
    use crate::i18n::Lang;
    use chrono::{TimeZone, Utc};

    fn events() -> Vec<Event> {
        let w = WindowId(1);
        let tk = TicketId(1);
        let b = BreakId(1);
        let at = Utc
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .unwrap_or_default();
        vec![
            Event::WindowOpened {
                window: w,
                staff: None,
            },
            Event::WindowClosed { window: w },
            Event::TicketIssued {
                ticket: tk,
                service: ServiceCode::new("A"),
                number: 1,
                day: at.date_naive(),
                window: None,
            },
            Event::TicketCalled {
                ticket: tk,
                window: w,
            },
            Event::TicketRecalled {
                ticket: tk,
                window: w,
            },
            Event::TicketServed {
                ticket: tk,
                window: w,
            },
            Event::TicketNoShow {
                ticket: tk,
                window: w,
            },
            Event::TicketTransferred {
                ticket: tk,
                from: w,
                service: ServiceCode::new("B"),
                window: None,
            },
            Event::TicketTransferred {
                ticket: tk,
                from: w,
                service: ServiceCode::new("A"),
                window: Some(WindowId(2)),
            },
            Event::TicketCancelled { ticket: tk },
            Event::TicketsExpired { tickets: vec![tk] },
            Event::BreakPlanned {
                brk: b,
                window: w,
                kind: BreakKind::Planned,
                start: at,
                end: at,
                staff: None,
            },
            Event::BreakPlanned {
                brk: b,
                window: w,
                kind: BreakKind::Unscheduled(BreakReason::Other("x".into())),
                start: at,
                end: at,
                staff: None,
            },
            Event::BreakCancelled { brk: b },
            Event::BreakChanged {
                brk: b,
                start: at,
                end: at,
                staff: None,
            },
            Event::BreaksPublished { breaks: vec![b] },
            Event::WarningGiven { brk: b, waiting: 3 },
            Event::ClosingStarted {
                brk: b,
                cutoff: Some(tk),
            },
            Event::ClosingStarted {
                brk: b,
                cutoff: None,
            },
            Event::CutoffExtended { brk: b, cutoff: tk },
            Event::BreakPending {
                brk: b,
                waived: false,
            },
            Event::BreakDeferred { brk: b },
            Event::BreakStarted { brk: b },
            Event::BreakEnded { brk: b },
            Event::PhraseSaid {
                window: w,
                phrase: "warning".into(),
                lang: "uk".into(),
            },
            Event::PlaybookFollowed {
                window: w,
                playbook: "after-cutoff".into(),
                step: "start".into(),
                answer: None,
            },
            Event::PolicyOverridden {
                rule: "r".into(),
                by: "Eva".into(),
                reason: "why".into(),
            },
            Event::NoticeIssued {
                day: at.with_timezone(&chrono_tz::Europe::Budapest).date_naive(),
                breaks: vec![],
            },
            Event::TrainingStarted {
                scenario: "lunch-in-five".into(),
                seed: 7,
                source: String::new(),
            },
            Event::TrainingEnded {
                score: 70,
                max: 100,
            },
            Event::PrinterFailed {
                kiosk: "door".into(),
                error: "out of paper".into(),
            },
            Event::PrinterRestored {
                kiosk: "door".into(),
            },
        ]
        .into_iter()
        .chain(CueKind::ALL.into_iter().flat_map(|kind| {
            [None, Some(tk)]
                .into_iter()
                .map(move |ticket| Event::TrainingCue {
                    cue: "c".into(),
                    kind,
                    ticket,
                    minutes: None,
                })
        }))
        .chain([-5, 12].map(|m| Event::TrainingCue {
            cue: "jump".into(),
            kind: CueKind::ClockJump,
            ticket: None,
            minutes: Some(m),
        }))
        .collect()
    }

    fn refusals() -> Vec<Refusal> {
        use Refusal::*;
        let w = WindowId(1);
        let at = Utc
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .unwrap_or_default();
        vec![
            UnknownWindow(w),
            UnknownService("Z".into()),
            UnknownTicket("A1".into()),
            UnknownBreak(BreakId(1)),
            UnknownStaff("x".into()),
            ServiceNotAtWindow {
                window: w,
                service: "B".into(),
            },
            BreakEndsBeforeStart,
            BreakInPast,
            WindowClosed(w),
            WindowAlreadyOpen(w),
            WindowOnBreak(w),
            WindowBreakPending(w),
            WindowBusy {
                window: w,
                ticket: "A001".into(),
            },
            BreakDuringService {
                window: w,
                ticket: "A001".into(),
            },
            NotServing(w),
            QueueEmpty(w),
            CutoffReached {
                window: w,
                cutoff: Some("A001".into()),
                next: "A002".into(),
            },
            CutoffReached {
                window: w,
                cutoff: None,
                next: "A002".into(),
            },
            TicketFinished("A001".into()),
            NoBreakDue(w),
            WarningNotDue { window: w, due: at },
            AlreadyWarned(w),
            NotOnBreak(w),
            BreakUnderWay(w),
            BreakAlreadyStarted(BreakId(1)),
            ReasonRequired {
                window: w,
                next: at,
            },
            ReasonMissing(w),
            BreakOverlaps(w),
            NotWarned {
                window: w,
                waiting: 2,
            },
            PromisedWaiting {
                window: w,
                tickets: "A001".into(),
            },
            MaxConcurrentBreaks { max: 1 },
            MinOpenWindows {
                service: "A".into(),
                min: 1,
            },
            BreakTooLong { max: 45, asked: 60 },
            BreakTooShort { min: 15, asked: 5 },
            BreakAnnounced {
                brk: crate::domain::BreakId(3),
                window: w,
            },
            QueueTooLong {
                window: w,
                waiting: 9,
                max: 8,
            },
        ]
    }

    #[test]
    fn every_event_and_refusal_has_words_in_every_language() {
        let hall = Hall::sample();
        let state = State::new();
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for e in events() {
                let r = Recorded {
                    seq: 1,
                    at: Utc::now(),
                    origin: "t".into(),
                    user: None,
                    event: e,
                };
                let text = super::event(&tr, &hall, &state, &r);
                assert!(
                    !text.starts_with("ev-") && !text.contains('{'),
                    "{lang}: {text}"
                );
            }
            for refusal in refusals() {
                if refusal.class() == RefusalClass::Policy {
                    let text = rule_text(&tr, refusal.code());
                    assert_ne!(text, refusal.code(), "{lang}: no name for the policy");
                }
                let text = super::refusal(&tr, &hall, &refusal);
                assert!(
                    !text.starts_with("refused-") && !text.contains('{'),
                    "{lang}: {text}"
                );
                assert!(!text.contains('\n'), "{lang}: one line: {text}");
            }
        }
    }

    #[test]
    fn a_phrase_that_quotes_a_customer_is_quoted_once() {
        let hall = Hall::sample();
        let said = |phrase: &str, lang: Lang| {
            let r = Recorded {
                seq: 1,
                at: Utc::now(),
                origin: "t".into(),
                user: None,
                event: Event::PhraseSaid {
                    window: WindowId(2),
                    phrase: phrase.into(),
                    lang: "en".into(),
                },
            };
            super::event(&Tr::new(lang), &hall, &State::new(), &r)
        };
        assert_eq!(
            said("objection-cancel", Lang::En),
            "Window 2: said “Cancel your break!” (en)."
        );
        assert_eq!(
            said("warning", Lang::En),
            "Window 2: said “Warn the queue” (en)."
        );
        for lang in Lang::ALL {
            let text = said("objection-cancel", lang);
            for pair in ["““", "””", "„„", "««", "»»"] {
                assert!(!text.contains(pair), "{lang}: {text}");
            }
        }
    }
}
