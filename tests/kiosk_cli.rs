//! The kiosk's bad set-ups end before any screen opens: one line on standard
//! error, exit 2, nothing written to the terminal.

mod common;

use common::{Hall, run};
use std::path::Path;

/// The kiosk fixture with its [kiosk] table's first line replaced by `line`.
fn hall_with(dir: &Path, line: &str) -> Hall {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kiosk.toml");
    let text = std::fs::read_to_string(src).expect("fixture");
    let text = text.replace("name = \"door\"\n", &format!("{line}\n"));
    let path = dir.join("hall.toml");
    std::fs::write(&path, text).expect("write config");
    Hall {
        config: path,
        ..Hall::new()
    }
}

#[test]
fn an_unknown_service_in_the_kiosk_config_is_named_at_its_place() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = hall_with(dir.path(), "services = [\"A\", \"Q\"]");
    let line = run(hall.cmd().arg("kiosk")).fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {}:21:18: kiosk.services[1]: unknown service \"Q\"; defined services: A, B, C",
            hall.config.display()
        )
    );
    // Nothing was recorded: the log was not even created.
    assert!(!hall.log_path().exists());
}

#[test]
fn a_printer_path_that_cannot_be_written_stops_the_kiosk_at_start() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    // A directory is no printer, whoever runs the kiosk.
    let target = dir.path().join("spool");
    std::fs::create_dir(&target).expect("dir");
    let hall = hall_with(
        dir.path(),
        &format!("printer = {:?}", target.display().to_string()),
    );
    let line = run(hall.cmd().arg("kiosk")).fails(2);
    assert_eq!(
        line,
        format!(
            "frontdesk: {}: kiosk.printer: cannot write to {}: Is a directory (os error 21)",
            hall.config.display(),
            target.display()
        )
    );
    // Under a file there is no directory to create it in.
    std::fs::write(dir.path().join("plain"), b"").expect("file");
    let under = dir.path().join("plain/tickets.bin");
    let hall = hall_with(
        dir.path(),
        &format!("printer = {:?}", under.display().to_string()),
    );
    let line = run(hall.cmd().arg("kiosk")).fails(2);
    assert!(line.ends_with("Not a directory (os error 20)"), "{line}");
}

#[test]
fn the_help_names_the_kiosk_and_the_voice() {
    let out = run(Hall::new().bare().arg("--help")).ok();
    assert!(out.contains("kiosk"), "{out}");
    assert!(out.contains("announce"), "{out}");
}
