//! Read models and the words for them, shared by the screens and the command
//! line so that a screen and a command printing the same thing say it the same
//! way. Pure: functions of the hall, the state (or the log's events) and `now`.
//! Views stand on the core and the domain; they never reach the terminal
//! (`tui`) or the command line (`cli`).

pub mod access;
pub mod board;
pub mod calls;
pub mod debrief;
pub mod describe;
pub mod feedback;
pub mod hall;
pub mod kiosk;
pub mod notice;
pub mod plan_print;
pub mod planner;
pub mod report;
pub mod waits;
pub mod words;
