//! `frontdesk completions SHELL`: the shell's completion script.

use super::args::Cli;
use super::failure::say;
use clap::CommandFactory;

pub fn print(shell: clap_complete::Shell) {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "frontdesk", &mut script);
    say(String::from_utf8_lossy(&script).trim_end());
}
