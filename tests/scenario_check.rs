//! Scenario files: every file under tests/scenarios/valid loads, every file under
//! tests/scenarios/invalid fails with exactly the one-line message in its
//! `.expected` sibling, `frontdesk train --check` says the same with exit code 2,
//! and every shipped scenario is valid with its texts in all four languages.

mod common;

use common::{Hall, run};
use frontdesk::i18n::Lang;
use frontdesk::playbooks;
use frontdesk::scenario::{self, CheckKind, ScenarioError};
use std::path::{Path, PathBuf};

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
fn valid_scenarios_load() {
    let pb = playbooks::embedded();
    let files = corpus("tests/scenarios/valid", "toml");
    assert!(files.len() >= 2, "too few valid scenarios: {files:?}");
    for file in files {
        if let Err(e) = scenario::load(&file, &pb) {
            panic!("{} should load, got: {e}", file.display());
        }
    }
}

#[test]
fn invalid_scenarios_fail_with_the_expected_message() {
    let pb = playbooks::embedded();
    let files = corpus("tests/scenarios/invalid", "toml");
    assert!(files.len() >= 30, "too few invalid scenarios: {files:?}");
    let mut failures = Vec::new();
    for file in &files {
        let expected_path = file.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", expected_path.display()));
        let expected = expected.trim_end_matches(['\n', '\r']);
        let got = match scenario::load(file, &pb) {
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
fn every_expected_file_has_its_scenario() {
    for expected in corpus("tests/scenarios/invalid", "expected") {
        assert!(
            expected.with_extension("toml").is_file(),
            "{} has no .toml sibling",
            expected.display()
        );
    }
}

#[test]
fn every_error_names_a_line_and_a_column() {
    let pb = playbooks::embedded();
    for file in corpus("tests/scenarios/invalid", "toml") {
        match scenario::load(&file, &pb) {
            Err(ScenarioError::Invalid {
                file: name,
                line,
                col,
                message,
                ..
            }) => {
                assert_eq!(name, file.display().to_string());
                assert!(line >= 1 && col >= 1, "{}: {line}:{col}", file.display());
                assert!(!message.contains('\n'), "{}: {message}", file.display());
            }
            other => panic!(
                "{}: expected a located error, got {other:?}",
                file.display()
            ),
        }
    }
}

#[test]
fn the_check_command_reports_a_valid_file() {
    let hall = Hall::new();
    let out = run(hall
        .bare()
        .args(["train", "--check", "tests/scenarios/valid/minimal.toml"]))
    .ok();
    assert_eq!(
        out.trim(),
        "tests/scenarios/valid/minimal.toml: scenario minimal is valid: 1 scripted arrival, 0 incidents, 1 check."
    );
}

#[test]
fn the_check_command_reports_a_broken_file_on_one_line_with_exit_2() {
    let hall = Hall::new();
    for name in [
        "missing-language",
        "setup-rule",
        "start-refused",
        "unknown-playbook",
    ] {
        let file = format!("tests/scenarios/invalid/{name}.toml");
        let expected = std::fs::read_to_string(format!("tests/scenarios/invalid/{name}.expected"))
            .unwrap_or_default();
        let line = run(hall.bare().args(["train", "--check", &file])).fails(2);
        assert_eq!(line, format!("frontdesk: {}", expected.trim_end()));
    }
    let line = run(hall
        .bare()
        .args(["train", "--check", "tests/scenarios/nowhere.toml"]))
    .fails(2);
    assert!(line.contains("tests/scenarios/nowhere.toml"), "{line}");
}

#[test]
fn the_check_command_reads_the_texts_of_every_language() {
    // A text left out in one language is what --check exists to catch.
    let pb = playbooks::embedded();
    let base = std::fs::read_to_string("tests/scenarios/valid/minimal.toml").unwrap_or_default();
    let dir = tempfile::TempDir::new().expect("temp dir");
    let (head, briefing) = base.split_once("[briefing]").expect("a briefing table");
    for lang in ["en", "hu", "ru", "uk"] {
        let kept: Vec<&str> = briefing
            .lines()
            .filter(|l| !l.starts_with(&format!("{lang} = ")))
            .collect();
        let text = format!("{head}[briefing]{}", kept.join("\n"));
        let path = dir.path().join("minimal.toml");
        std::fs::write(&path, &text).expect("write");
        let e = scenario::load(&path, &pb)
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert!(
            e.as_ref()
                .is_err_and(|m| m.contains(&format!("briefing.{lang}: missing key `{lang}`"))),
            "{lang}: {e:?}"
        );
    }
}

#[test]
fn every_shipped_scenario_is_valid_in_all_four_languages() {
    let pb = playbooks::embedded();
    let shipped = scenario::shipped(&pb);
    let ids: Vec<&str> = shipped.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "lunch-in-five",
            "goods-receipt",
            "forgotten-warning",
            "cancel-the-break",
            "after-the-cutoff",
            "break-runs-over",
            "only-window-at-lunch",
            "mystery-shopper",
        ]
    );
    for s in &shipped {
        let path = Path::new(&s.file);
        assert!(path.is_file(), "{}", s.file);
        // The same file read from disk gives the same scenario as the embedded one.
        match scenario::load(path, &pb) {
            Ok(from_disk) => assert_eq!(from_disk, *s),
            Err(e) => panic!("{e}"),
        }
        let mut texts = vec![&s.title, &s.briefing];
        for inc in &s.incidents {
            texts.push(&inc.text);
            texts.extend(inc.says.iter());
        }
        for t in texts {
            let all: Vec<&str> = Lang::ALL.iter().map(|l| t.get(*l)).collect();
            assert!(
                all.iter().all(|x| !x.trim().is_empty()),
                "{}: {all:?}",
                s.id
            );
            // Translated, not copied: no two languages read the same.
            for (i, a) in all.iter().enumerate() {
                for b in &all[i + 1..] {
                    assert_ne!(a, b, "{}: a text is not translated", s.id);
                }
            }
        }
    }
}

#[test]
fn the_shipped_scenarios_cover_the_seed_stories_and_every_incident_and_check() {
    let pb = playbooks::embedded();
    let shipped = scenario::shipped(&pb);
    let kinds: std::collections::BTreeSet<&str> = shipped
        .iter()
        .flat_map(|s| s.incidents.iter().map(|i| i.kind.name()))
        .collect();
    for k in [
        "delivery",
        "protest",
        "late-customer",
        "clock-jump",
        "customer-line",
    ] {
        assert!(kinds.contains(k), "no shipped scenario has a {k} incident");
    }
    let checks: std::collections::BTreeSet<&str> = shipped
        .iter()
        .flat_map(|s| s.scoring.checks.iter().map(|c| c.kind.name()))
        .collect();
    for c in [
        "warned-ahead",
        "apology",
        "no-refusal",
        "redirect",
        "break-length",
        "answered",
        "overrun-apology",
    ] {
        assert!(checks.contains(c), "no shipped scenario scores {c}");
    }
    // The seed's rule: warned at least 10 minutes ahead.
    for s in &shipped {
        for c in &s.scoring.checks {
            if let CheckKind::WarnedAhead { lead } = &c.kind {
                assert!(lead.num_minutes() >= 10, "{}", s.id);
            }
        }
    }
}
