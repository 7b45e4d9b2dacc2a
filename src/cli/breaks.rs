//! `frontdesk break`: plan, change, list, publish, warn, start, request and
//! answer, end and cancel breaks.

use super::args::BreakCmd;
use super::failure::Failure;
use super::hall::Desk;
use super::input::{break_span, override_of, parse_day, parse_reason};
use crate::domain::{Command, StaffId};
use crate::views::{hall as view, words};

pub fn run(d: &mut Desk, b: &BreakCmd) -> Result<(), Failure> {
    // A moved break keeps its own day unless told otherwise.
    let changed_day = match b {
        BreakCmd::Change { id, .. } => d
            .opened
            .log
            .state()
            .breaks
            .get(&crate::domain::BreakId(*id))
            .map(|b| b.start.with_timezone(&d.hall.tz).date_naive()),
        _ => None,
    };
    match b {
        BreakCmd::Plan {
            window,
            start,
            end,
            minutes,
            date,
            staff,
            ovr,
        } => {
            let day = parse_day(&d.hall, d.tr, date, d.now)?;
            let (start, end) = break_span(&d.hall, d.tr, day, start, end, *minutes)?;
            d.exec(
                Command::PlanBreak {
                    window: d.window(window.window)?,
                    start,
                    end,
                    staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
                },
                override_of(ovr),
            )
        }
        BreakCmd::Change {
            id,
            start,
            end,
            minutes,
            date,
            staff,
            ovr,
        } => {
            let brk = crate::domain::BreakId(*id);
            // Without --date the break keeps its own day.
            let day = match (date, changed_day) {
                (None, Some(d)) => d,
                _ => parse_day(&d.hall, d.tr, date, d.now)?,
            };
            let (start, end) = break_span(&d.hall, d.tr, day, start, end, *minutes)?;
            d.exec(
                Command::ChangeBreak {
                    brk,
                    start,
                    end,
                    staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
                },
                override_of(ovr),
            )
        }
        BreakCmd::List { date, json } => {
            let day = parse_day(&d.hall, d.tr, date, d.now)?;
            let state = d.opened.log.state();
            let breaks: Vec<view::BreakView> = state
                .breaks_on(&d.hall, day)
                .into_iter()
                .map(|b| view::break_view(&d.hall, state, b, d.now))
                .collect();
            if *json {
                let text = serde_json::to_string_pretty(&breaks)
                    .map_err(|e| Failure::Bad(e.to_string()))?;
                say!("{text}");
            } else if breaks.is_empty() {
                say!(
                    "{}",
                    d.tr.f("no-breaks", &[("date", (&day.to_string()).into())])
                );
            } else {
                for b in &breaks {
                    say!("{}", words::break_line(d.tr, b));
                }
            }
            Ok(())
        }
        BreakCmd::Publish { date } => {
            let day = parse_day(&d.hall, d.tr, date, d.now)?;
            d.exec(Command::PublishBreaks { day }, None)
        }
        BreakCmd::Warn(w) => d.exec(
            Command::WarnBreak {
                window: d.window(w.window)?,
            },
            None,
        ),
        BreakCmd::Start {
            window,
            reason,
            note,
            minutes,
            after_service,
            ovr,
        } => {
            let reason = match reason {
                None => None,
                Some(code) => Some(parse_reason(d.tr, code, note.as_deref())?),
            };
            d.exec(
                Command::StartBreak {
                    window: d.window(window.window)?,
                    reason,
                    minutes: *minutes,
                    after_service: *after_service,
                },
                override_of(ovr),
            )
        }
        BreakCmd::Request {
            window,
            reason,
            note,
            minutes,
        } => {
            let reason = parse_reason(d.tr, reason, note.as_deref())?;
            d.exec(
                Command::RequestBreak {
                    window: d.window(window.window)?,
                    reason,
                    minutes: *minutes,
                },
                None,
            )
        }
        BreakCmd::Approve { request, ovr } => d.exec(
            Command::AnswerRequest {
                request: crate::domain::RequestId(*request),
                answer: crate::domain::Reply::Approve,
            },
            override_of(ovr),
        ),
        BreakCmd::Postpone { request, minutes } => d.exec(
            Command::AnswerRequest {
                request: crate::domain::RequestId(*request),
                answer: crate::domain::Reply::Postpone { minutes: *minutes },
            },
            None,
        ),
        BreakCmd::Decline { request } => d.exec(
            Command::AnswerRequest {
                request: crate::domain::RequestId(*request),
                answer: crate::domain::Reply::Decline,
            },
            None,
        ),
        BreakCmd::End(w) => d.exec(
            Command::EndBreak {
                window: d.window(w.window)?,
            },
            None,
        ),
        BreakCmd::Cancel { id } => d.exec(
            Command::CancelBreak {
                brk: crate::domain::BreakId(*id),
            },
            None,
        ),
    }
}
