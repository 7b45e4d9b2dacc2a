//! `frontdesk plan --print`: the day's plan and forecast without a screen (the
//! planner screen itself opens from `screens`).

use super::failure::{Failure, say};
use super::hall::Desk;
use super::input::parse_day;
use crate::views::planner;
use crate::views::planner::Format;

pub fn print(
    d: &mut Desk,
    date: &Option<String>,
    format: Format,
    suggest: bool,
    simulate: bool,
) -> Result<(), Failure> {
    let day = parse_day(&d.hall, d.tr, date, d.now)?;
    let late = simulate.then_some(d.opened.config.simulation.late_break_end);
    let text = planner::print(d.tr, &d.opened.log, day, d.now, format, suggest, late)?;
    say(&text);
    Ok(())
}
