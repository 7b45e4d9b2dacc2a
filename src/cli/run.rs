//! The dispatcher: one command line to the module of its command group, and
//! its outcome to an exit code.

use super::args::{Cli, Cmd, DemoCmd, LangChoice};
use super::failure::Failure;
use super::hall::Desk;
use super::input::{clock, translator};
use super::{
    bench, breaks, completions, config, demo, notice, plan, screens, simulate, status, store,
    ticket, train, window,
};
use crate::i18n::{Lang, Tr};
use crate::setup;
use crate::text;

/// Runs the parsed command line and returns the process exit code.
pub fn main(cli: Cli) -> i32 {
    match run(cli) {
        Ok(()) => 0,
        Err(f) => {
            eprintln!("frontdesk: {}", f.message());
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
        return screens::overview(&cli, clock);
    };
    match command {
        Cmd::Counter { window } => screens::counter(&cli, clock, window.window),
        Cmd::Plan {
            date, print: false, ..
        } => screens::planner(&cli, clock, date),
        Cmd::Board => screens::board(&cli, clock),
        Cmd::Completions { shell } => {
            completions::print(*shell);
            Ok(())
        }
        Cmd::Config(c) => config::run(&cli, c),
        Cmd::Bench(b) => bench::run(b),
        Cmd::Simulate(args) => simulate::run(&cli, args, clock.now()),
        Cmd::Train(args) => train::train(&cli.global, args).map_err(train_failure),
        Cmd::Replay(args) => train::replay(&cli.global, args).map_err(train_failure),
        Cmd::Demo(DemoCmd::Reset) => demo::reset(&cli, clock),
        Cmd::Store(c) => store::run(&cli, c, clock),
        Cmd::Status {
            json,
            all_halls: true,
        } => status::all_halls(&cli, clock, *json),
        Cmd::Notice {
            date,
            format,
            dry_run,
        } => {
            let mut opened = setup::open(&cli.global.choice(), clock.now())?;
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
            let mut opened = setup::open(&cli.global.choice(), clock.now())?;
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
                Cmd::Status { json, .. } => status::status(d, json),
                Cmd::Log { json, limit, after } => status::log(d, json, limit, after),
                _ => Ok(()),
            }
        }
    }
}

/// Trainer mode fails only on bad input: a file, a name, a log.
fn train_failure(e: train::TrainError) -> Failure {
    Failure::Bad(e.to_string())
}
