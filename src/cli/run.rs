//! The dispatcher: one command line to the module of its command group, and
//! its outcome to an exit code.

use super::args::{BreakCmd, Cli, Cmd, DemoCmd, LangChoice};
use super::failure::Failure;
use super::hall::Desk;
use super::input::{clock, translator};
use super::{
    bench, breaks, completions, config, demo, feedback, guard, kiosk, notice, plan, report,
    screens, simulate, status, store, ticket, train, window,
};
use crate::i18n::{Lang, Tr};
use crate::setup;
use crate::store::Access;
use crate::text;

/// Runs the parsed command line and returns the process exit code.
pub fn main(cli: Cli) -> i32 {
    match run(cli) {
        Ok(()) => 0,
        Err(f) => {
            // One line, whatever file or argument the message quotes.
            eprintln!("frontdesk: {}", crate::tomlfile::one_line(f.message()));
            f.exit_code()
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let clock = clock(&cli)?;
    if cli.global.lang == Some(LangChoice::All) && !matches!(cli.command, Some(Cmd::Notice { .. }))
    {
        return Err(Failure::Bad(Tr::new(Lang::En).t("lang-all-notice-only")));
    }
    let Some(command) = &cli.command else {
        guard::require_here(&cli, crate::access::Action::Overview)?;
        return screens::overview(&cli, clock);
    };
    if let Some(action) = guard::action_of(command) {
        guard::require_here(&cli, action)?;
    }
    match command {
        Cmd::Counter { window } => screens::counter(&cli, clock, window.window),
        Cmd::Plan {
            date, print: false, ..
        } => screens::planner(&cli, clock, date),
        Cmd::Board => screens::board(&cli, clock),
        Cmd::Kiosk => kiosk::kiosk(&cli, clock),
        Cmd::Announce => kiosk::announce(&cli, clock),
        Cmd::Completions { shell } => {
            completions::print(*shell);
            Ok(())
        }
        Cmd::Config(c) => config::run(&cli, c),
        Cmd::Bench(b) => bench::run(b),
        Cmd::Report(args) => report::run(&cli, args, clock),
        Cmd::Simulate(args) => simulate::run(&cli, args, clock.now()),
        Cmd::Train(args) => train::train(&cli.global, args).map_err(train_failure),
        Cmd::Replay(args) => train::replay(&cli.global, args).map_err(train_failure),
        Cmd::Demo(DemoCmd::Reset) => demo::reset(&cli, clock),
        Cmd::Store(c) => store::run(&cli, c, clock.now()),
        Cmd::Feedback(args) => feedback::run(&cli, args, clock),
        Cmd::Survey { window } => feedback::survey(&cli, clock, window.window),
        Cmd::Notice {
            date,
            format,
            dry_run,
        } => {
            let access = if *dry_run {
                Access::Read
            } else {
                Access::Write
            };
            let mut opened = setup::open_as(&cli.global.choice(), clock.now(), access)?;
            let tr = translator(&cli, Some(&opened.config.language));
            let origin = text::clean(cli.global.origin.as_deref().unwrap_or("cli"));
            notice::run(
                &cli,
                &mut opened,
                &tr,
                date,
                *format,
                *dry_run,
                clock,
                &origin,
            )
        }
        Cmd::Ticket(_)
        | Cmd::Window(_)
        | Cmd::Break(_)
        | Cmd::Plan { .. }
        | Cmd::Status { .. }
        | Cmd::Log { .. } => {
            let mut opened = setup::open_as(&cli.global.choice(), clock.now(), access_of(command))?;
            let tr = translator(&cli, Some(&opened.config.language));
            let origin = text::clean(cli.global.origin.as_deref().unwrap_or("cli"));
            let mut desk = Desk::new(&mut opened, &tr, clock, &origin);
            let d = &mut desk;
            match command {
                Cmd::Ticket(t) => ticket::run(d, t),
                Cmd::Window(w) => window::run(d, w),
                Cmd::Break(b) => breaks::run(d, b),
                Cmd::Plan {
                    date,
                    format,
                    suggest,
                    simulate,
                    ..
                } => plan::print(d, date, *format, *suggest, *simulate),
                Cmd::Status { json } => status::status(d, json),
                Cmd::Log { json, limit, after } => status::log(d, json, limit, after),
                _ => Ok(()),
            }
        }
    }
}

/// Commands that only look at the hall work on a log this user may only read.
fn access_of(command: &Cmd) -> Access {
    match command {
        Cmd::Status { .. } | Cmd::Log { .. } | Cmd::Plan { print: true, .. } => Access::Read,
        Cmd::Break(BreakCmd::List { .. }) => Access::Read,
        _ => Access::Write,
    }
}

/// Trainer mode fails only on bad input: a file, a name, a log.
fn train_failure(e: train::TrainError) -> Failure {
    Failure::Bad(e.to_string())
}
