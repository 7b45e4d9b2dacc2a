//! `frontdesk demo reset`: lays the demo hall's day afresh around now.

use super::args::Cli;
use super::failure::{Failure, say};
use super::input::translator;
use crate::clock::Clock;
use crate::setup::Places;

pub fn reset(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let places = Places::resolve(&cli.global.choice())?;
    let hall = crate::demo::config_at(clock.now()).hall;
    let path = places.data_dir.join("demo.sqlite");
    let log = crate::demo::open(&path, hall, clock.now(), true)?;
    let tr = translator(cli, Some("en"));
    say(&tr.f(
        "demo-reset",
        &[("path", (&log.path().display().to_string()).into())],
    ));
    Ok(())
}
