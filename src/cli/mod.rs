//! The command line: the clap definitions (`args`), the dispatcher (`run`) and
//! one module per command group, each turning arguments into calls of the
//! layers below and their outcome into text, JSON and exit codes. `failure`
//! holds the exit-code type and the writing every command shares; `input`
//! reads what a person types; `hall` carries out a command on the log.
//!
//! The top layer: it may use the screens (`tui`), the read models (`views`)
//! and the core; nothing below imports it.

/// `say!("…", args)`: [`failure::say`] with `format!` arguments, for every
/// command module below.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::failure::say(&format!($($arg)*))
    };
}

pub mod args;
pub mod bench;
mod breaks;
mod completions;
mod config;
mod demo;
pub mod failure;
pub mod feedback;
mod guard;
mod hall;
pub mod input;
mod kiosk;
mod notice;
mod office;
mod plan;
pub mod report;
mod run;
mod screens;
pub mod simulate;
mod status;
pub mod store;
mod ticket;
pub mod train;
mod window;

pub use args::*;
pub use failure::Failure;
pub use run::main;
