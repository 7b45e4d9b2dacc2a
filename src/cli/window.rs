//! `frontdesk window open|close`: staffing a window, or closing it.

use super::args::WindowCmd;
use super::failure::Failure;
use super::hall::Desk;
use crate::domain::{Command, StaffId};

pub fn run(d: &mut Desk, w: &WindowCmd) -> Result<(), Failure> {
    match w {
        WindowCmd::Open { window, staff } => d.exec(
            Command::OpenWindow {
                window: d.window(window.window)?,
                staff: staff.as_ref().map(|s| StaffId(s.trim().to_string())),
            },
            None,
        ),
        WindowCmd::Close(w) => d.exec(
            Command::CloseWindow {
                window: d.window(w.window)?,
            },
            None,
        ),
    }
}
