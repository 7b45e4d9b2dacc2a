//! `frontdesk ticket`: issue, call, recall, serve, no-show, transfer, cancel.

use super::args::TicketCmd;
use super::failure::{Failure, stdout_gone};
use super::hall::Desk;
use crate::domain::{Command, ServiceCode, TransferTo};
use crate::views::describe;

pub fn run(d: &mut Desk, t: &TicketCmd) -> Result<(), Failure> {
    match t {
        TicketCmd::Issue {
            service,
            window,
            count,
        } => {
            let window = window.map(|w| d.window(w)).transpose()?;
            if service.trim().is_empty() {
                let refusal = crate::domain::Refusal::UnknownService("\"\"".into());
                return Err(Failure::Bad(describe::refusal(d.tr, &d.hall, &refusal)));
            }
            for _ in 0..*count {
                // Nobody reads the numbers any more (`| head`): stop issuing.
                if stdout_gone() {
                    break;
                }
                d.exec(
                    Command::IssueTicket {
                        service: ServiceCode::new(service),
                        window,
                    },
                    None,
                )?;
            }
            Ok(())
        }
        TicketCmd::Call(w) => d.exec(
            Command::CallNext {
                window: d.window(w.window)?,
            },
            None,
        ),
        TicketCmd::Recall(w) => d.exec(
            Command::Recall {
                window: d.window(w.window)?,
            },
            None,
        ),
        TicketCmd::Serve(w) => d.exec(
            Command::Serve {
                window: d.window(w.window)?,
            },
            None,
        ),
        TicketCmd::NoShow(w) => d.exec(
            Command::NoShow {
                window: d.window(w.window)?,
            },
            None,
        ),
        TicketCmd::Transfer {
            from,
            to_service,
            to_window,
        } => {
            let to = match (to_service, to_window) {
                (Some(s), _) => TransferTo::Service(ServiceCode::new(s)),
                (None, Some(w)) => TransferTo::Window(d.window(*w)?),
                (None, None) => return Err(Failure::Bad(d.tr.t("transfer-target"))),
            };
            d.exec(
                Command::Transfer {
                    window: d.window(from.window)?,
                    to,
                },
                None,
            )
        }
        TicketCmd::Cancel { ticket } => d.exec(
            Command::CancelTicket {
                label: ticket.clone(),
            },
            None,
        ),
    }
}
