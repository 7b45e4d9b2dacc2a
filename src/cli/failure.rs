//! How a command ends badly, and how it writes: every command module uses
//! these without reaching the dispatcher. Exit codes: 1 refused by a rule of
//! the hall, 2 bad input, config or data file.

use crate::setup::SetupError;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// Writes a line to standard output. A reader that went away (a closed pager,
/// `| head`) ends the output quietly instead of failing the command; returns
/// whether the line got through.
pub fn say(text: &str) -> bool {
    if stdout_gone() {
        return false;
    }
    let mut out = std::io::stdout().lock();
    let ok = writeln!(out, "{text}").and_then(|_| out.flush()).is_ok();
    if !ok {
        STDOUT_GONE.store(true, Ordering::Relaxed);
    }
    ok
}

/// Whether standard output's reader has gone away.
pub fn stdout_gone() -> bool {
    STDOUT_GONE.load(Ordering::Relaxed)
}

/// How a run ended badly; the exit code follows from it.
pub enum Failure {
    /// A rule of the hall refused the command (exit 1).
    Refused(String),
    /// Bad input, config or data file (exit 2).
    Bad(String),
}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Refused(_) => 1,
            Failure::Bad(_) => 2,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Failure::Refused(m) | Failure::Bad(m) => m,
        }
    }
}

impl From<SetupError> for Failure {
    fn from(e: SetupError) -> Self {
        Failure::Bad(e.to_string())
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Self {
        Failure::Bad(e.to_string())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Bad(e.to_string())
    }
}

impl From<crate::views::planner::PrintError> for Failure {
    fn from(e: crate::views::planner::PrintError) -> Self {
        Failure::Bad(e.to_string())
    }
}
