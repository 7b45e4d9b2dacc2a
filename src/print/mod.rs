//! Printing tickets: ESC/POS bytes (`escpos`, in the code pages of
//! `codepage`) sent to a device or file, or to a command's standard input.
//! A printer that fails says why in one line; the ticket itself is already
//! in the log and stays valid whatever the printer does.

pub mod codepage;
pub mod escpos;

use crate::config::Printer;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A ticket's lines in one language: what the kiosk shows large and the
/// printer prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlipText {
    pub hall: String,
    pub label: String,
    pub service: String,
    pub issued: String,
    pub ahead: String,
    pub estimate: String,
    pub notice: Option<String>,
    pub keep: String,
}

/// How long a printer command may take before it counts as failed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(15);

/// A device that may come and go: a USB printer unplugged leaves no file.
fn is_device(path: &Path) -> bool {
    path.starts_with("/dev")
}

fn open(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .append(true)
        .create(!is_device(path))
        .open(path)
}

/// Whether the printer can be used at all, before the kiosk opens: a file
/// path must be writable (a device that is not plugged in yet may be
/// missing; the kiosk then says so). A command is tried with each ticket.
pub fn check(printer: &Printer) -> Result<(), String> {
    match printer {
        Printer::Device(path) if is_device(path) && !path.exists() => Ok(()),
        Printer::Device(path) => open(path).map(|_| ()).map_err(|e| e.to_string()),
        Printer::Command(_) => Ok(()),
    }
}

/// Sends one ticket's bytes; the error is one line for the kiosk and the log.
pub fn print(printer: &Printer, bytes: &[u8]) -> Result<(), String> {
    match printer {
        Printer::Device(path) => {
            let mut f = open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            f.write_all(bytes)
                .and_then(|_| f.flush())
                .map_err(|e| format!("{}: {e}", path.display()))
        }
        Printer::Command(words) => run(words, bytes),
    }
}

fn run(words: &[String], bytes: &[u8]) -> Result<(), String> {
    let Some((program, args)) = words.split_first() else {
        return Err("no printer command".into());
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that exits without reading is judged by its exit status.
        let _ = stdin.write_all(bytes);
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut e, &mut err);
                }
                let said =
                    crate::text::clean(err.lines().find(|l| !l.trim().is_empty()).unwrap_or(""));
                let code = status
                    .code()
                    .map_or_else(|| "a signal".to_string(), |c| c.to_string());
                return Err(if said.is_empty() {
                    format!("{program} exited with {code}")
                } else {
                    format!("{program} exited with {code}: {said}")
                });
            }
            Ok(None) if started.elapsed() > COMMAND_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{program} did not finish within {} seconds",
                    COMMAND_TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("{program}: {e}")),
        }
    }
}
