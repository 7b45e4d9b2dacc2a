//! What the hall says out loud after new events in the log: every call and
//! recall, and (when the hall wants them) a window closing for a break, in
//! the board's words, and a break's end. Pure.

use crate::domain::{Event, Hall, Instant, Recorded, State};
use crate::views::board::board_view;
use crate::voice::Announcement;

/// The announcements `events` give, in log order; `state` is the state after
/// them and `breaks` says whether breaks are announced too.
pub fn announcements(
    hall: &Hall,
    state: &State,
    events: &[Recorded],
    breaks: bool,
    now: Instant,
) -> Vec<Announcement> {
    let label = |t| state.tickets.get(t).map(|t: &crate::domain::Ticket| t.label());
    let mut out = Vec::new();
    for r in events {
        match &r.event {
            Event::TicketCalled { ticket, window } => {
                if let Some(ticket) = label(ticket) {
                    out.push(Announcement::Call {
                        ticket,
                        window: *window,
                    });
                }
            }
            Event::TicketRecalled { ticket, window } => {
                if let Some(ticket) = label(ticket) {
                    out.push(Announcement::Recall {
                        ticket,
                        window: *window,
                    });
                }
            }
            Event::ClosingStarted { brk, .. } if breaks => {
                let Some(window) = state.breaks.get(brk).map(|b| b.window) else {
                    continue;
                };
                let view = board_view(hall, state, now);
                if let Some(a) = view.announcements.iter().find(|a| a.window == window) {
                    out.push(Announcement::Closing {
                        window,
                        at: a.at.map(|t| t.time()),
                        cutoff: a.cutoff.clone(),
                        other: a.other,
                        back: a.back.time(),
                    });
                }
            }
            Event::BreakEnded { brk } if breaks => {
                if let Some(b) = state.breaks.get(brk) {
                    out.push(Announcement::Open { window: b.window });
                }
            }
            _ => {}
        }
    }
    out
}
