//! Entry point: parse the command line and hand over.

use clap::Parser;

fn main() {
    let cli = frontdesk::cli::Cli::parse();
    std::process::exit(frontdesk::cli::main(cli));
}
