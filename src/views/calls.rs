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
    let label = |t| {
        state
            .tickets
            .get(t)
            .map(|t: &crate::domain::Ticket| t.label())
    };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Command, WindowId, decide};
    use chrono::{Duration, NaiveTime, TimeZone, Utc};

    fn at(min: i64) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .unwrap_or_default()
            + Duration::minutes(min)
    }

    /// Runs commands on the sample hall and returns the recorded events.
    fn run(hall: &Hall, state: &mut State, t: Instant, cmds: &[Command]) -> Vec<Recorded> {
        let mut out = Vec::new();
        for cmd in cmds {
            let events = decide(hall, state, cmd, t, None).unwrap_or_else(|r| panic!("{r}"));
            for event in events {
                state.apply(t, &event);
                out.push(Recorded {
                    seq: out.len() as u64 + 1,
                    at: t,
                    origin: "t".into(),
                    user: None,
                    event,
                });
            }
        }
        out
    }

    #[test]
    fn calls_recalls_and_breaks_become_announcements() {
        let hall = Hall::sample();
        let mut state = State::new();
        let w = |n| WindowId(n);
        let open: Vec<Command> = (1..=3)
            .map(|n| Command::OpenWindow {
                window: w(n),
                staff: None,
            })
            .collect();
        run(&hall, &mut state, at(0), &open);
        let issue = Command::IssueTicket {
            service: crate::domain::ServiceCode::new("A"),
            window: None,
        };
        run(
            &hall,
            &mut state,
            at(0),
            &[issue.clone(), issue.clone(), issue],
        );
        let calls = run(
            &hall,
            &mut state,
            at(1),
            &[
                Command::CallNext { window: w(2) },
                Command::Recall { window: w(2) },
            ],
        );
        assert_eq!(
            announcements(&hall, &state, &calls, false, at(1)),
            [
                Announcement::Call {
                    ticket: "A001".into(),
                    window: w(2)
                },
                Announcement::Recall {
                    ticket: "A001".into(),
                    window: w(2)
                },
            ]
        );
        // Window 2 plans, publishes and warns about a break; the warning is
        // spoken only where the hall wants breaks announced.
        run(
            &hall,
            &mut state,
            at(1),
            &[
                Command::PlanBreak {
                    window: w(2),
                    start: at(10),
                    end: at(40),
                    staff: None,
                },
                Command::PublishBreaks {
                    day: at(0).with_timezone(&hall.tz).date_naive(),
                },
            ],
        );
        let warned = run(
            &hall,
            &mut state,
            at(2),
            &[Command::WarnBreak { window: w(2) }],
        );
        assert!(announcements(&hall, &state, &warned, false, at(2)).is_empty());
        let said = announcements(&hall, &state, &warned, true, at(2));
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        assert_eq!(
            said,
            [Announcement::Closing {
                window: w(2),
                at: Some(hm(10, 10)),
                cutoff: Some("A003".into()),
                other: Some(w(1)),
                back: hm(10, 40),
            }]
        );
    }
}
