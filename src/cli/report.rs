//! `frontdesk report`: a day, a week, a month or any run of days, grouped as
//! asked, next to the period before, in text, Markdown, CSV, JSON or HTML;
//! `--screen` opens the supervisor's live report screen.

use super::args::Cli;
use super::failure::{Failure, say};
use super::input::translator;
use crate::clock::Clock;
use crate::domain::{Instant, StaffId, WindowId};
use crate::i18n::{Arg, Tr};
use crate::report::render::{self, Format};
use crate::report::{By, Filter, Period, Query, ReportError, Span};
use crate::setup;
use crate::views::report::{LoadError, build};
use chrono::{Datelike, NaiveDate};
use clap::Args;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// One day (YYYY-MM-DD); alone, today
    #[arg(long, value_name = "D", num_args = 0..=1, default_missing_value = "", group = "when")]
    pub day: Option<String>,
    /// The week (Monday to Sunday) holding a day (YYYY-MM-DD); alone, this week
    #[arg(long, value_name = "D", num_args = 0..=1, default_missing_value = "", group = "when")]
    pub week: Option<String>,
    /// A calendar month (YYYY-MM); alone, this month
    #[arg(long, value_name = "YYYY-MM", num_args = 0..=1, default_missing_value = "", group = "when")]
    pub month: Option<String>,
    /// The first day of a range (YYYY-MM-DD), with --to
    #[arg(long, value_name = "D", requires = "to", group = "when")]
    pub from: Option<String>,
    /// The last day of a range (YYYY-MM-DD), with --from
    #[arg(long, value_name = "D", requires = "from")]
    pub to: Option<String>,
    /// How to group the figures
    #[arg(long, value_enum, default_value = "hall")]
    pub by: By,
    /// How to write the report
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Only what happened at one window
    #[arg(long, value_name = "N")]
    pub window: Option<u32>,
    /// Only what one member of staff did (their id in the config)
    #[arg(long, value_name = "ID")]
    pub staff: Option<String>,
    /// One table only, by its name (customers, waits, breaks, …), for a spreadsheet
    #[arg(long, value_name = "NAME")]
    pub table: Option<String>,
    /// Open the live report screen: today's and this week's key figures and charts
    #[arg(long, conflicts_with_all = ["day", "week", "month", "from", "format", "table"])]
    pub screen: bool,
    /// Every hall of the PostgreSQL database side by side (a head office's
    /// view): text, md, csv or json
    #[arg(long, conflicts_with_all = ["screen", "window", "staff", "table", "by"])]
    pub all_halls: bool,
}

fn parse_date(tr: &Tr, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Failure::Bad(tr.f("bad-date", &[("value", text.into())])))
}

/// The period asked for, and how it was asked.
fn period(tr: &Tr, a: &ReportArgs, today: NaiveDate) -> Result<(Period, Span), Failure> {
    let day_or_today = |s: &str| -> Result<NaiveDate, Failure> {
        if s.trim().is_empty() {
            Ok(today)
        } else {
            parse_date(tr, s)
        }
    };
    if let Some(d) = &a.week {
        return Ok((Period::week(day_or_today(d)?), Span::Week));
    }
    if let Some(m) = &a.month {
        let first = if m.trim().is_empty() {
            today.with_day(1).unwrap_or(today)
        } else {
            NaiveDate::parse_from_str(&format!("{}-01", m.trim()), "%Y-%m-%d")
                .map_err(|_| Failure::Bad(tr.f("report-bad-month", &[("value", m.into())])))?
        };
        return Ok((Period::month(first), Span::Month));
    }
    if let (Some(from), Some(to)) = (&a.from, &a.to) {
        let (from, to) = (parse_date(tr, from)?, parse_date(tr, to)?);
        let p = Period::range(from, to).ok_or_else(|| {
            Failure::Bad(tr.f(
                "report-range-backwards",
                &[
                    ("from", (&from.to_string()).into()),
                    ("to", (&to.to_string()).into()),
                ],
            ))
        })?;
        return Ok((p, Span::Range));
    }
    let day = match &a.day {
        Some(d) => day_or_today(d)?,
        None => today,
    };
    Ok((Period::day(day), Span::Day))
}

fn list<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A refusal of the filter in the reader's words.
fn filter_failure(tr: &Tr, e: &ReportError) -> Failure {
    Failure::Bad(match e {
        ReportError::UnknownWindow { window, known } => tr.f(
            "report-unknown-window",
            &[
                ("window", Arg::Num(i64::from(window.0))),
                ("known", (&list(known)).into()),
            ],
        ),
        ReportError::UnknownStaff { staff, known } => tr.f(
            "report-unknown-staff",
            &[
                ("staff", staff.into()),
                ("known", (&list(known)).into()),
                ("count", Arg::Num(known.len() as i64)),
            ],
        ),
    })
}

/// `frontdesk report …`.
pub fn run(cli: &Cli, a: &ReportArgs, clock: Clock) -> Result<(), Failure> {
    if a.all_halls {
        return all_halls(cli, a, clock);
    }
    let now: Instant = clock.now();
    let opened = setup::open(&cli.global.choice(), now)?;
    let tr = translator(cli, Some(&opened.config.language));
    let hall = opened.log.hall().clone();
    let filter = Filter {
        window: a.window.map(WindowId),
        staff: a.staff.as_ref().map(|s| StaffId(crate::text::clean(s))),
    };
    if a.screen {
        let tr_copy = Tr::new(tr.lang());
        let training = opened.places.data_dir.join("training");
        return crate::tui::report::run(opened, tr, clock, filter, training).map_err(|e| match e {
            crate::tui::report::ScreenError::Filter(f) => filter_failure(&tr_copy, &f),
            other => Failure::Bad(other.to_string()),
        });
    }
    if a.table.is_some() && a.format != Format::Csv {
        return Err(Failure::Bad(tr.t("report-table-csv-only")));
    }
    let today = now.with_timezone(&hall.tz).date_naive();
    let (period, span) = period(&tr, a, today)?;
    let q = Query {
        period,
        span,
        by: a.by,
        filter,
        as_of: now,
    };
    let training = opened.places.data_dir.join("training");
    let report = match build(&opened.log, &opened.config.feedback, Some(&training), &q) {
        Ok(r) => r,
        Err(LoadError::Store(e)) => return Err(e.into()),
        Err(LoadError::Report(e)) => return Err(filter_failure(&tr, &e)),
    };
    let text = render::render(&tr, &hall, &report, a.format, a.table.as_deref()).map_err(|e| {
        Failure::Bad(tr.f(
            "report-unknown-table",
            &[("name", (&e.name).into()), ("known", (&e.known).into())],
        ))
    })?;
    say(text.trim_end_matches('\n'));
    Ok(())
}

/// `frontdesk report --all-halls`: the same days in every hall of the
/// database, each hall read with its own config (its time zone, services,
/// targets and time limits), side by side.
fn all_halls(cli: &Cli, a: &ReportArgs, clock: Clock) -> Result<(), Failure> {
    use crate::store::PgLog;
    let office = super::office::open(cli, clock, "report --all-halls")?;
    if a.format == Format::Html {
        return Err(Failure::Bad(office.tr.t("report-halls-formats")));
    }
    let now: Instant = clock.now();
    let tr = office.tr;
    let today = now.with_timezone(&office.config.hall.tz).date_naive();
    let (period, span) = period(&tr, a, today)?;
    let q = Query {
        period,
        span,
        by: crate::report::By::Hall,
        filter: Filter::default(),
        as_of: now,
    };
    let mut reports = Vec::new();
    for (id, config) in office.halls {
        // A hall that keeps no config cannot be read as a hall: `status
        // --all-halls` lists it with its count of events.
        let Some(c) = config else { continue };
        let log = crate::store::Log::Postgres(Box::new(PgLog::open(
            &office.target,
            &id,
            c.hall.clone(),
            None,
        )?));
        let report = match build(&log, &c.feedback, None, &q) {
            Ok(r) => r,
            Err(LoadError::Store(e)) => return Err(e.into()),
            Err(LoadError::Report(e)) => return Err(filter_failure(&tr, &e)),
        };
        reports.push((id, report));
    }
    let text = render::halls(&tr, &office.config.hall, &reports, a.format).unwrap_or_default();
    say(text.trim_end_matches('\n'));
    Ok(())
}
