//! The words for a refused command, in the user's language. They sit below the
//! read models because the core needs them too: a trainer scenario whose start
//! the hall would refuse is reported with the hall's own reason.

use crate::domain::{Hall, Refusal};
use crate::i18n::{Arg, Tr};

fn hhmm(hall: &Hall, t: &crate::domain::Instant) -> String {
    t.with_timezone(&hall.tz).format("%H:%M").to_string()
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
        UnknownRequest(id) | RequestAnswered(id) => tr.f(&key, &[("id", Arg::Num(id.0 as i64))]),
        RequestPending(id) | NeedsApproval(id) => tr.f(&key, &[("window", w(id))]),
        BreakAnnounced { brk, window } => tr.f(
            &key,
            &[("window", w(window)), ("id", Arg::Num(brk.0 as i64))],
        ),
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
            cutoff: Some(cutoff),
            next,
        } => tr.f(
            &key,
            &[
                ("window", w(window)),
                ("cutoff", cutoff.into()),
                ("next", next.into()),
            ],
        ),
        CutoffReached {
            window,
            cutoff: None,
            next,
        } => tr.f(
            "refused-cutoff-reached-none",
            &[("window", w(window)), ("next", next.into())],
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
        BreakTooShort { min, asked } => tr.f(
            &key,
            &[("min", Arg::Num(*min)), ("asked", Arg::Num(*asked))],
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
