//! The commands that open a screen: the overview (no command), `counter`,
//! `plan` (without `--print`) and `board`. Each opens the hall and hands over
//! to the screen's event loop.

use super::args::{Cli, LangChoice};
use super::failure::Failure;
use super::input::{parse_day, translator, window_id};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::setup;
use crate::text;
use crate::tui::{self, Start};

/// `frontdesk`: the hall overview.
pub fn overview(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), clock.now())?;
    let tr = translator(cli, Some(&opened.config.language));
    let origin = cli
        .global
        .origin
        .clone()
        .unwrap_or_else(|| "overview".into());
    Ok(tui::run(opened, tr, clock, origin, Start::Overview)?)
}

/// `frontdesk counter --window N`: the cashier's counter.
pub fn counter(cli: &Cli, clock: Clock, window: u32) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), clock.now())?;
    let tr = translator(cli, Some(&opened.config.language));
    let hall = opened.log.hall().clone();
    let id = window_id(&hall, &tr, window)?;
    let origin = text::clean(
        &cli.global
            .origin
            .clone()
            .unwrap_or_else(|| format!("counter:{}", id.0)),
    );
    Ok(tui::run(opened, tr, clock, origin, Start::Counter(id))?)
}

/// `frontdesk plan`: the supervisor's planner at a day.
pub fn planner(cli: &Cli, clock: Clock, date: &Option<String>) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), clock.now())?;
    let tr = translator(cli, Some(&opened.config.language));
    let hall = opened.log.hall().clone();
    let day = parse_day(&hall, &tr, date, clock.now())?;
    let origin = text::clean(cli.global.origin.as_deref().unwrap_or("planner"));
    Ok(tui::run(opened, tr, clock, origin, Start::Planner(day))?)
}

/// `frontdesk board`: the hall display board.
pub fn board(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let opened = setup::open_as(
        &cli.global.choice(),
        clock.now(),
        crate::store::Access::Read,
    )?;
    // --lang pins the board to one language; else it turns through the hall's.
    let langs: Vec<Lang> = match cli.global.lang.and_then(LangChoice::one) {
        Some(l) => vec![l],
        None => opened
            .config
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l))
            .collect(),
    };
    let rotate = std::time::Duration::from_secs(opened.config.board.rotate_seconds.into());
    let voice = match (opened.config.voice.board, super::kiosk::speech(&opened)) {
        (false, _) => tui::board::BoardVoice {
            speaker: None,
            breaks: false,
            off: None,
        },
        (true, Ok(speech)) => tui::board::BoardVoice {
            speaker: Some(crate::voice::speaker::Speaker::start(speech)),
            breaks: opened.config.voice.breaks,
            off: None,
        },
        (true, Err(key)) => tui::board::BoardVoice {
            speaker: None,
            breaks: false,
            off: Some(key),
        },
    };
    Ok(tui::board::run(opened, clock, langs, rotate, voice)?)
}
