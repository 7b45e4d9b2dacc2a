//! The config corpus: every file under tests/config/valid must load, and every
//! file under tests/config/invalid must fail with exactly the one-line message
//! in its `.expected` sibling.

use frontdesk::config::{self, ConfigError};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Corpus files sorted, named relative to the crate root, which is both where
/// cargo runs integration tests and the name the `.expected` files use.
fn corpus(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
        .map(|entry| match entry {
            Ok(entry) => Path::new(dir).join(entry.file_name()),
            Err(e) => panic!("cannot list {dir}: {e}"),
        })
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

#[test]
fn valid_configs_load() {
    let files = corpus("tests/config/valid", "toml");
    assert!(files.len() >= 4, "too few valid configs: {files:?}");
    for file in files {
        if let Err(e) = config::load(&file) {
            panic!("{} should load, got: {e}", file.display());
        }
    }
}

#[test]
fn invalid_configs_fail_with_the_expected_message() {
    let files = corpus("tests/config/invalid", "toml");
    assert!(files.len() >= 15, "too few invalid configs: {files:?}");
    let mut failures = Vec::new();
    for file in &files {
        let expected_path = file.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", expected_path.display()));
        let expected = expected.trim_end_matches(['\n', '\r']);
        let got = match config::load(file) {
            Ok(_) => "(loaded without an error)".to_string(),
            Err(e) => e.to_string(),
        };
        if got != expected {
            failures.push(format!(
                "{}\n  expected: {expected}\n  got:      {got}",
                file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_expected_file_has_its_config() {
    for expected in corpus("tests/config/invalid", "expected") {
        assert!(
            expected.with_extension("toml").is_file(),
            "{} has no .toml sibling",
            expected.display()
        );
    }
}

#[test]
fn errors_are_single_lines_with_a_location() {
    for file in corpus("tests/config/invalid", "toml") {
        match config::load(&file) {
            Err(ConfigError::Invalid {
                file: name,
                line,
                col,
                message,
                ..
            }) => {
                assert_eq!(name, file.display().to_string());
                assert!(line >= 1 && col >= 1, "{}", file.display());
                assert!(!message.is_empty() && !message.contains('\n'));
            }
            other => panic!(
                "{}: expected an Invalid error, got {other:?}",
                file.display()
            ),
        }
    }
}

#[test]
fn unreadable_file_is_a_read_error() {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("tempdir: {e}"),
    };
    let path = dir.path().join("missing.toml");
    match config::load(&path) {
        Err(e @ ConfigError::Read { .. }) => {
            let text = e.to_string();
            assert!(
                text.starts_with(&format!("cannot read {}: ", path.display())),
                "{text}"
            );
        }
        other => panic!("expected a Read error, got {other:?}"),
    }
}

#[test]
fn example_parses_and_is_the_starter() {
    let text = match std::fs::read_to_string("config.example.toml") {
        Ok(t) => t,
        Err(e) => panic!("cannot read config.example.toml: {e}"),
    };
    assert_eq!(config::STARTER, text);
    let parsed = config::load(Path::new("config.example.toml"));
    let config = parsed.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.hall.services.len(), 2);
    assert_eq!(config.hall.windows.len(), 3);
    assert_eq!(config.hall.staff.len(), 3);
    assert!(!config.hall.demo);
}

/// The tables at `path` in `doc`; an array of tables contributes each element.
fn tables_at<'a>(doc: &'a toml::Table, path: &[String]) -> Vec<&'a toml::Table> {
    let mut tables = vec![doc];
    for key in path {
        tables = tables
            .into_iter()
            .flat_map(|t| match t.get(key) {
                Some(toml::Value::Table(t)) => vec![t],
                Some(toml::Value::Array(items)) => {
                    items.iter().filter_map(toml::Value::as_table).collect()
                }
                _ => vec![],
            })
            .collect();
    }
    tables
}

/// The keys a table accepts, as the parser itself lists them: a key it does not
/// know is rejected together with the list of those it does.
fn accepted_keys(example: &toml::Table, path: &[String]) -> Vec<String> {
    const PROBE: &str = "zz_probe";
    let mut doc = example.clone();
    let mut table = &mut doc;
    for key in path {
        table = match table.get_mut(key) {
            Some(toml::Value::Table(t)) => t,
            Some(toml::Value::Array(items)) => match items.first_mut() {
                Some(toml::Value::Table(t)) => t,
                _ => panic!("{key} is not an array of tables in the example"),
            },
            _ => panic!("{key} is not a table in the example"),
        };
    }
    table.insert(PROBE.into(), toml::Value::Integer(1));
    let src = toml::to_string(&doc).unwrap_or_else(|e| panic!("cannot write the probe: {e}"));
    let message = match config::parse(&src, "probe.toml") {
        Err(ConfigError::Invalid { message, .. }) => message,
        other => panic!("probe in {path:?} not rejected: {other:?}"),
    };
    let prefix = format!("unknown key `{PROBE}`, expected ");
    let Some(list) = message.strip_prefix(&prefix) else {
        panic!("probe in {path:?}: unexpected message {message}");
    };
    // "`a`", "`a` or `b`", "one of `a`, `b`, `c`": the names are between backticks.
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Tables whose keys are data (times of day), not names the parser knows.
const FREE_FORM: [&str; 1] = ["services.arrivals_per_hour"];

/// Tables the example shows commented out, because writing one changes who
/// may use the hall at all; each is still shown, as a comment, with its keys.
const COMMENTED_OUT: [(&str, &[&str]); 1] = [(
    "access",
    &["# [access.staff]", "# [access.users]", "# [access.groups]"],
)];

#[test]
fn example_documents_every_accepted_key() {
    let example: toml::Table = toml::from_str(config::STARTER).unwrap_or_else(|e| panic!("{e}"));
    let mut pending: Vec<Vec<String>> = vec![vec![]];
    let mut walked = Vec::new();
    while let Some(path) = pending.pop() {
        let accepted = accepted_keys(&example, &path);
        let tables = tables_at(&example, &path);
        let present: BTreeSet<&String> = tables.iter().flat_map(|t| t.keys()).collect();
        for key in &accepted {
            let mut full = path.clone();
            full.push(key.clone());
            if let Some((_, lines)) = COMMENTED_OUT.iter().find(|(k, _)| *k == full.join(".")) {
                for line in *lines {
                    assert!(
                        config::STARTER.lines().any(|l| l.starts_with(line)),
                        "config.example.toml does not show `{line}` as a comment"
                    );
                }
                walked.push(full.join("."));
                continue;
            }
            assert!(
                present.contains(key),
                "config.example.toml does not show `{}`",
                full.join(".")
            );
            walked.push(full.join("."));
            if !FREE_FORM.contains(&full.join(".").as_str())
                && !tables_at(&example, &full).is_empty()
            {
                pending.push(full);
            }
        }
        for key in present {
            assert!(
                accepted.contains(key),
                "example key `{key}` is not accepted"
            );
        }
    }
    // Guards against a walk that silently stops early.
    for key in [
        "hall.time_zone",
        "hours.close",
        "breaks.max_queue_to_start",
        "services.queue",
        "windows.name",
        "staff.window",
        "staff.user",
        "access",
        "staff.breaks.latest",
        "forecast.interval_minutes",
        "board.bell",
        "simulation.late_break_end",
        "services.arrivals_per_hour",
        "kiosk.printer",
        "kiosk.quit",
        "voice.chime",
        "voice.command",
    ] {
        assert!(
            walked.iter().any(|k| k == key),
            "{key} not walked: {walked:?}"
        );
    }
}

/// Whatever the input, the outcome is a config or a one-line error that points
/// inside the text.
fn assert_sane(src: &str) {
    match config::parse(src, "p.toml") {
        Ok(_) => {}
        Err(e @ ConfigError::Invalid { line, col, .. }) => {
            let text = e.to_string();
            assert!(!text.contains('\n') && !text.contains('\r'), "{text:?}");
            assert!(line >= 1 && line <= src.split('\n').count(), "{text}");
            assert!(col >= 1, "{text}");
        }
        Err(e) => panic!("parse cannot fail to read: {e}"),
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest::proptest! {
    #[test]
    fn arbitrary_text_gives_a_sane_outcome(src in "\\PC{0,200}") {
        assert_sane(&src);
    }

    #[test]
    fn damaged_starter_gives_a_sane_outcome(
        at in 0..config::STARTER.len(),
        cut in 0usize..40,
        insert in "[\\[\\]{}=\"'.,# a-z0-9\\-\n\u{1b}Ё]{0,12}",
    ) {
        let s = config::STARTER;
        let start = floor_boundary(s, at);
        let end = floor_boundary(s, start + cut);
        let damaged = format!("{}{}{}", &s[..start], insert, &s[end..]);
        assert_sane(&damaged);
    }
}
