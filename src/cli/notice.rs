//! `frontdesk notice`: the break notice for the glass and the desk.

use super::args::{Cli, LangChoice};
use super::failure::{Failure, say};
use super::input::parse_day;
use crate::clock::Clock;
use crate::domain::Command;
use crate::i18n::{Lang, Tr};
use crate::setup::Opened;
use crate::views::{describe, notice};

/// `frontdesk notice`: the document on standard output, then (unless a dry
/// run) the record that it is now the one on the glass; staff's words go to
/// standard error so the document can go straight to a file or a printer.
#[allow(clippy::too_many_arguments)]
pub fn run(
    cli: &Cli,
    opened: &mut Opened,
    tr: &Tr,
    date: &Option<String>,
    format: notice::Format,
    dry_run: bool,
    clock: Clock,
    origin: &str,
) -> Result<(), Failure> {
    let hall = opened.log.hall().clone();
    let now = clock.now();
    let day = parse_day(&hall, tr, date, now)?;
    let langs: Vec<Lang> = match cli.global.lang {
        Some(LangChoice::All) => Lang::ALL.to_vec(),
        Some(one) => one.one().into_iter().collect(),
        None => opened
            .config
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l))
            .collect(),
    };
    if let Some(line) = notice::glass_line(tr, &hall, opened.log.state(), day) {
        eprintln!("{line}");
    }
    let doc = notice::build(&hall, opened.log.state(), day, now);
    let text = notice::render(&doc, &langs, format);
    if !say(text.trim_end()) {
        return Ok(());
    }
    if dry_run {
        eprintln!("{}", tr.t("notice-not-recorded"));
        return Ok(());
    }
    let recorded = opened
        .log
        .execute(&Command::IssueNotice { day }, now, None, origin)
        .map_err(|e| Failure::Bad(e.to_string()))?;
    for r in &recorded {
        eprintln!("{}", describe::event(tr, &hall, opened.log.state(), r));
    }
    Ok(())
}
