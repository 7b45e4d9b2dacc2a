//! Entry point: parse the command line and hand over.

use clap::{CommandFactory, FromArgMatches};

/// Options read from the environment. A variable set but empty
/// (`FRONTDESK_CONFIG=` in a script or a unit file) means "not set", as it
/// does for most programs, rather than an empty file name.
const FROM_ENV: [(&str, &str); 5] = [
    ("data_dir", "FRONTDESK_DATA_DIR"),
    ("config", "FRONTDESK_CONFIG"),
    ("lang", "FRONTDESK_LANG"),
    ("origin", "FRONTDESK_ORIGIN"),
    ("now", "FRONTDESK_NOW"),
];

fn main() {
    let mut command = frontdesk::cli::Cli::command();
    for (arg, var) in FROM_ENV {
        if std::env::var_os(var).is_some_and(|v| v.is_empty()) {
            command = command.mut_arg(arg, |a| a.env(None::<&str>));
        }
    }
    let cli =
        frontdesk::cli::Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|e| e.exit());
    std::process::exit(frontdesk::cli::main(cli));
}
