//! Every file a person writes for frontdesk and that is not UTF-8 (a config
//! saved as Latin-1 or Windows-1251, say) is reported at the line and column
//! of the first stray byte, `file:line:col: …`, like every other file error.

mod common;

use common::{Hall, run};
use std::path::{Path, PathBuf};

/// Writes `text` with one byte 0xE1 (á in Latin-1) put in where `¤` stands.
fn latin1(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    let mut bytes = Vec::new();
    for part in text.split_inclusive('¤') {
        match part.strip_suffix('¤') {
            Some(head) => {
                bytes.extend(head.as_bytes());
                bytes.push(0xE1);
            }
            None => bytes.extend(part.as_bytes()),
        }
    }
    std::fs::write(&path, bytes).expect("write");
    path
}

fn assert_placed(line: &str, path: &Path, at: &str) {
    let want = format!("{}:{at}: not UTF-8 text (byte 0xE1 here)", path.display());
    assert!(line.contains(&want), "want {want:?} in {line:?}");
}

#[test]
fn a_config_that_is_not_utf8_names_the_place() {
    let hall = Hall::at("2026-03-02T10:00:00+01:00");
    let src = std::fs::read_to_string(common::fixture_config()).expect("fixture");
    let src = src.replace("Harbour Street Post Office", "Harbour Street P¤sta");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = latin1(dir.path(), "hall.toml", &src);
    let line_no = src.lines().position(|l| l.contains('¤')).expect("line") + 1;
    let col = src
        .lines()
        .nth(line_no - 1)
        .and_then(|l| l.find('¤'))
        .expect("col")
        + 1;
    let line = run(hall.bare().args(["config", "check"]).arg(&path)).fails(2);
    assert_placed(&line, &path, &format!("{line_no}:{col}"));
}

#[test]
fn csv_files_that_are_not_utf8_name_the_place() {
    // The example hall has arrival profiles, so a plan alone can be simulated.
    let mut hall = Hall::at("2026-03-02T10:00:00+01:00");
    hall.config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let dir = tempfile::tempdir().expect("tempdir");
    let arrivals = latin1(
        dir.path(),
        "a.csv",
        "arrival,service,duration\n09:00,A,4\n09:05,¤,4\n",
    );
    let line = run(hall.cmd().args(["simulate", "--arrivals"]).arg(&arrivals)).fails(2);
    assert_placed(&line, &arrivals, "3:7");
    let plan = latin1(
        dir.path(),
        "p.csv",
        "window,start,end,staff\n1,12:00,12:30,Ann¤\n",
    );
    let line = run(hall.cmd().args(["simulate", "--plan"]).arg(&plan)).fails(2);
    assert_placed(&line, &plan, "2:18");
}

#[test]
fn scenarios_and_key_scripts_that_are_not_utf8_name_the_place() {
    let hall = Hall::at("2026-03-02T10:00:00+01:00");
    let dir = tempfile::tempdir().expect("tempdir");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/lunch-in-five.toml");
    let src = std::fs::read_to_string(shipped).expect("scenario");
    let src = format!("# Ebédszünet ¤\n{src}");
    let scenario = latin1(dir.path(), "lunch-in-five.toml", &src);
    let line = run(hall.cmd().args(["train", "--check"]).arg(&scenario)).fails(2);
    assert_placed(&line, &scenario, "1:14");
    let keys = latin1(dir.path(), "run.keys", "12:16 w 1\n+2 s n ¤\n");
    let line = run(hall
        .cmd()
        .args(["train", "lunch-in-five", "--keys"])
        .arg(&keys))
    .fails(2);
    assert_placed(&line, &keys, "2:8");
}

#[test]
fn phrases_and_playbooks_that_are_not_utf8_name_the_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = latin1(
        dir.path(),
        "hu.ftl",
        "phrase-return = Az ablak { $window } ism¤t nyitva.\n",
    );
    let err = match frontdesk::phrases::Phrasebook::with_overrides(dir.path()) {
        Ok(_) => panic!("a Latin-1 file was accepted"),
        Err(e) => e.to_string(),
    };
    assert_placed(&err, &path, "1:41");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/playbooks");
    let first = std::fs::read_dir(&shipped)
        .expect("playbooks")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .expect("a shipped playbook");
    let src = std::fs::read_to_string(&first).expect("playbook");
    let src = format!("{src}\n# Megjegyz¤s\n");
    let lines = src.lines().count();
    let path = latin1(
        dir.path(),
        &first.file_name().expect("name").to_string_lossy(),
        &src,
    );
    let err = match frontdesk::playbooks::load(Some(dir.path())) {
        Ok(_) => panic!("a Latin-1 playbook was accepted"),
        Err(e) => e.to_string(),
    };
    assert_placed(&err, &path, &format!("{lines}:11"));
}
