//! Words for what happened and why something was refused, in the user's language:
//! shared by the CLI's answers, `frontdesk log` and the screens.

use crate::domain::{Event, Hall, Recorded, Refusal, State, TicketId};
use crate::i18n::{Arg, Tr};

fn label(state: &State, t: &TicketId) -> String {
    state
        .tickets
        .get(t)
        .map(|t| t.label())
        .unwrap_or_else(|| format!("#{}", t.0))
}

fn hhmm(hall: &Hall, t: &crate::domain::Instant) -> String {
    t.with_timezone(&hall.tz).format("%H:%M").to_string()
}

/// One line for one event. `state` should be the state after the event, so ticket
/// numbers can be looked up.
pub fn event(tr: &Tr, hall: &Hall, state: &State, r: &Recorded) -> String {
    let tk = |t: &TicketId| label(state, t);
    let brk_window = |b: &crate::domain::BreakId| {
        state
            .breaks
            .get(b)
            .map(|b| b.window.to_string())
            .unwrap_or_else(|| "?".into())
    };
    match &r.event {
        Event::WindowOpened { window, staff } => {
            let who = staff
                .as_ref()
                .map(|s| hall.staff(s).map_or(s.0.clone(), |x| x.name.clone()))
                .unwrap_or_default();
            tr.f(
                "ev-window-opened",
                &[
                    ("window", Arg::Num(window.0.into())),
                    ("staff", (&who).into()),
                ],
            )
        }
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
            &[
                ("id", Arg::Num(brk.0 as i64)),
                ("window", (&brk_window(brk)).into()),
            ],
        ),
        Event::BreaksPublished { breaks } => {
            tr.f("ev-breaks-published", &[("count", breaks.len().into())])
        }
        Event::WarningGiven { brk, waiting } => tr.f(
            "ev-warning-given",
            &[
                ("window", (&brk_window(brk)).into()),
                ("waiting", (*waiting).into()),
            ],
        ),
        Event::ClosingStarted { brk, cutoff } => {
            let b = state.breaks.get(brk);
            let at = b.map(|b| hhmm(hall, &b.start)).unwrap_or_default();
            match cutoff {
                Some(c) => tr.f(
                    "ev-closing-started",
                    &[
                        ("window", (&brk_window(brk)).into()),
                        ("time", (&at).into()),
                        ("cutoff", (&tk(c)).into()),
                    ],
                ),
                None => tr.f(
                    "ev-closing-started-empty",
                    &[
                        ("window", (&brk_window(brk)).into()),
                        ("time", (&at).into()),
                    ],
                ),
            }
        }
        Event::CutoffExtended { brk, cutoff } => tr.f(
            "ev-cutoff-extended",
            &[
                ("window", (&brk_window(brk)).into()),
                ("cutoff", (&tk(cutoff)).into()),
            ],
        ),
        Event::BreakPending { brk } => {
            tr.f("ev-break-pending", &[("window", (&brk_window(brk)).into())])
        }
        Event::BreakStarted { brk } => {
            let until = state
                .breaks
                .get(brk)
                .map(|b| hhmm(hall, &b.until()))
                .unwrap_or_default();
            tr.f(
                "ev-break-started",
                &[
                    ("window", (&brk_window(brk)).into()),
                    ("until", (&until).into()),
                ],
            )
        }
        Event::BreakEnded { brk } => {
            tr.f("ev-break-ended", &[("window", (&brk_window(brk)).into())])
        }
        Event::PolicyOverridden { rule, by, reason } => tr.f(
            "ev-policy-overridden",
            &[
                ("rule", rule.into()),
                ("by", by.into()),
                ("reason", reason.into()),
            ],
        ),
    }
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

/// Why a command was refused, in the user's language.
pub fn refusal(tr: &Tr, hall: &Hall, r: &Refusal) -> String {
    use Refusal::*;
    let w = |id: &crate::domain::WindowId| Arg::Num(id.0.into());
    let key = format!("refused-{}", r.code());
    match r {
        UnknownWindow(id)
        | WindowClosed(id)
        | WindowAlreadyOpen(id)
        | WindowOnBreak(id)
        | WindowBreakPending(id)
        | NotServing(id)
        | QueueEmpty(id)
        | NoBreakDue(id)
        | AlreadyWarned(id)
        | NotOnBreak(id)
        | BreakUnderWay(id)
        | ReasonMissing(id)
        | BreakOverlaps(id) => tr.f(&key, &[("window", w(id))]),
        UnknownService(s) | UnknownTicket(s) | UnknownStaff(s) | TicketFinished(s) => {
            tr.f(&key, &[("name", s.into())])
        }
        UnknownBreak(id) | BreakAlreadyStarted(id) => tr.f(&key, &[("id", Arg::Num(id.0 as i64))]),
        ServiceNotAtWindow { window, service } => {
            tr.f(&key, &[("window", w(window)), ("service", service.into())])
        }
        BreakEndsBeforeStart | BreakInPast => tr.t(&key),
        WindowBusy { window, ticket } | BreakDuringService { window, ticket } => {
            tr.f(&key, &[("window", w(window)), ("ticket", ticket.into())])
        }
        CutoffReached {
            window,
            cutoff,
            next,
        } => tr.f(
            &key,
            &[
                ("window", w(window)),
                ("cutoff", cutoff.into()),
                ("next", next.into()),
            ],
        ),
        WarningNotDue { window, due } => tr.f(
            &key,
            &[("window", w(window)), ("time", (&hhmm(hall, due)).into())],
        ),
        ReasonRequired { window, next } => tr.f(
            &key,
            &[("window", w(window)), ("time", (&hhmm(hall, next)).into())],
        ),
        NotWarned { window, waiting } => tr.f(
            &key,
            &[("window", w(window)), ("waiting", (*waiting).into())],
        ),
        PromisedWaiting { window, tickets } => {
            tr.f(&key, &[("window", w(window)), ("tickets", tickets.into())])
        }
        MaxConcurrentBreaks { max } => tr.f(&key, &[("max", (*max).into())]),
        MinOpenWindows { service, min } => {
            tr.f(&key, &[("service", service.into()), ("min", (*min).into())])
        }
        BreakTooLong { max, asked } => tr.f(
            &key,
            &[("max", Arg::Num(*max)), ("asked", Arg::Num(*asked))],
        ),
        QueueTooLong {
            window,
            waiting,
            max,
        } => tr.f(
            &key,
            &[
                ("window", w(window)),
                ("waiting", (*waiting).into()),
                ("max", (*max).into()),
            ],
        ),
    }
}
