//! The terminal screens: the event loops with their terminal hygiene (`hall`
//! for the overview, counter and planner; `board`; `trainer` for training and
//! replay; `feedback` for the supervisor's quality record; `survey` for the
//! customer's rating), the app state machine (`app`: keys become actions, actions update
//! state and ask for effects, with no terminal I/O), and the render modules of
//! every screen (`render`: pure functions of the app state).
//!
//! Rule: `app` never imports `render`; both read `views` and the core. Nothing
//! here imports the command line (`cli`).

pub mod app;
pub mod board;
pub mod feedback;
pub mod hall;
pub mod keyscript;
pub mod kiosk;
pub mod render;
pub mod report;
pub mod survey;
pub mod trainer;

pub(crate) use hall::clicked;
pub use hall::{Start, run, watch_for_hangup};
