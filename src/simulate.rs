//! `frontdesk simulate`: the simulator from the command line.

use crate::cli::{Cli, SimulateArgs};
use crate::domain::Instant;
use crate::run::Failure;

pub fn run(_cli: &Cli, _args: &SimulateArgs, _now: Instant) -> Result<(), Failure> {
    Err(Failure::Bad("not yet".into()))
}
