//! Playbooks: the shipped flows are complete and translated, every broken file
//! under tests/playbooks/invalid fails with exactly the one-line message in its
//! `.expected` sibling, and a hall's own directory overrides and adds flows.

use frontdesk::phrases::PhraseKey;
use frontdesk::playbooks::{
    self, Action, Lang, Playbook, PlaybookError, SituationTag, Texts, for_situation,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SHIPPED_DIR: &str = "assets/playbooks";
const INVALID_DIR: &str = "tests/playbooks/invalid";
const HALL_DIR: &str = "tests/playbooks/hall";

/// Files in `dir` with extension `ext`, sorted, named relative to the crate root,
/// which is where cargo runs integration tests and what `.expected` files quote.
fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
        .map(|entry| match entry {
            Ok(entry) => Path::new(dir).join(entry.file_name()),
            Err(e) => panic!("cannot list {dir}: {e}"),
        })
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn ids(all: &[Playbook]) -> Vec<&str> {
    all.iter().map(|p| p.id.as_str()).collect()
}

fn ids_of<'a>(all: &[&'a Playbook]) -> Vec<&'a str> {
    all.iter().map(|p| p.id.as_str()).collect()
}

/// Every text of a playbook with a name to report it by.
fn all_texts(p: &Playbook) -> Vec<(String, &Texts)> {
    let mut out = vec![(format!("{}: title", p.id), &p.title)];
    for step in &p.steps {
        out.push((format!("{}: {}", p.id, step.id), &step.text));
        for (j, a) in step.answers.iter().enumerate() {
            out.push((format!("{}: {} answer {j}", p.id, step.id), &a.text));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The shipped playbooks.

#[test]
fn embedded_has_every_shipped_file_sorted_by_id() {
    let on_disk: Vec<String> = files(SHIPPED_DIR, "toml").iter().map(|p| stem(p)).collect();
    let all = playbooks::embedded();
    assert_eq!(ids(&all), on_disk, "embedded() and {SHIPPED_DIR} differ");
    for id in [
        "after-cutoff",
        "break-overrun",
        "forgot-warning",
        "last-customer-in-time",
        "only-window-at-break",
        "queue-demands-cancel",
        "unscheduled-with-queue",
    ] {
        assert!(ids(&all).contains(&id), "{id} is not shipped");
    }
}

#[test]
fn embedded_copies_match_the_files() {
    let all = playbooks::embedded();
    for path in files(SHIPPED_DIR, "toml") {
        let file = path.display().to_string();
        let parsed = playbooks::parse(&read(&path), &file).unwrap_or_else(|e| panic!("{e}"));
        let shipped = all.iter().find(|p| p.id == parsed.id);
        assert_eq!(shipped, Some(&parsed), "{file}");
    }
}

#[test]
fn shipped_flows_are_complete_decisions() {
    for p in playbooks::embedded() {
        assert!(
            (3..=8).contains(&p.steps.len()),
            "{}: {} steps",
            p.id,
            p.steps.len()
        );
        assert!(!p.situations.is_empty(), "{}", p.id);
        assert!(
            p.steps.iter().any(|s| s.answers.len() >= 2),
            "{}: no question",
            p.id
        );
        // Walk every path from the start: each step is visited and each path
        // ends in a step that tells the cashier what to do.
        let mut seen = BTreeSet::new();
        let mut todo = vec![p.start.as_str()];
        while let Some(id) = todo.pop() {
            let step = p
                .step(id)
                .unwrap_or_else(|| panic!("{}: no step {id}", p.id));
            if !seen.insert(id) {
                continue;
            }
            if step.answers.is_empty() {
                assert!(
                    step.action.is_some() || step.phrase.is_some(),
                    "{}: final step {id} has neither an action nor a phrase",
                    p.id
                );
            }
            todo.extend(step.answers.iter().map(|a| a.next.as_str()));
        }
        let all: BTreeSet<&str> = p.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(seen, all, "{}: steps not reached", p.id);
    }
}

#[test]
fn shipped_phrases_are_base_catalogue_keys() {
    let mut used = BTreeSet::new();
    for p in playbooks::embedded() {
        for step in &p.steps {
            if let Some(key) = step.phrase {
                assert_eq!(PhraseKey::parse(key.name()), Some(key));
                // The screen picks the `-alone` variant itself.
                assert!(
                    !key.name().ends_with("-alone"),
                    "{}: {} names {}",
                    p.id,
                    step.id,
                    key.name()
                );
                used.insert(key.name());
            }
        }
    }
    for name in [
        "closing-last",
        "redirect",
        "objection-cancel",
        "forgot-warning",
        "warning",
        "unscheduled",
        "overrun",
    ] {
        assert!(used.contains(name), "no playbook says {name}");
    }
}

/// Letters one of the two Cyrillic languages has and the other has not: a
/// Russian text pasted into the Ukrainian slot (or back) shows them.
const RUSSIAN_ONLY: &[char] = &['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'];
const UKRAINIAN_ONLY: &[char] = &['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'];

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

#[test]
fn shipped_texts_are_translated() {
    for p in playbooks::embedded() {
        for (name, texts) in all_texts(&p) {
            for lang in Lang::ALL {
                assert!(!texts.get(lang).is_empty(), "{name}: {lang:?} is empty");
            }
            let distinct: BTreeSet<&str> = Lang::ALL.iter().map(|&l| texts.get(l)).collect();
            assert_eq!(
                distinct.len(),
                4,
                "{name}: a text is copied across languages: {texts:?}"
            );
            for lang in [Lang::En, Lang::Hu] {
                let text = texts.get(lang);
                assert!(
                    !text.chars().any(is_cyrillic),
                    "{name}: {lang:?} is in Cyrillic: {text}"
                );
            }
            for lang in [Lang::Ru, Lang::Uk] {
                let text = texts.get(lang);
                assert!(
                    text.chars().any(is_cyrillic),
                    "{name}: {lang:?} is not in Cyrillic: {text}"
                );
            }
            let ru = texts.get(Lang::Ru);
            let uk = texts.get(Lang::Uk);
            assert!(
                !ru.contains(UKRAINIAN_ONLY),
                "{name}: ru looks Ukrainian: {ru}"
            );
            assert!(!uk.contains(RUSSIAN_ONLY), "{name}: uk looks Russian: {uk}");
        }
    }
}

#[test]
fn steps_are_found_by_id() {
    let all = playbooks::embedded();
    let p = all
        .iter()
        .find(|p| p.id == "queue-demands-cancel")
        .unwrap_or_else(|| panic!("queue-demands-cancel is not shipped"));
    let start = p.step(&p.start).unwrap_or_else(|| panic!("no start step"));
    assert_eq!(start.answers.len(), 2);
    let calm = p
        .step("stay-calm")
        .unwrap_or_else(|| panic!("no stay-calm"));
    assert_eq!(calm.phrase, Some(PhraseKey::ObjectionCancel));
    assert_eq!(calm.action, Some(Action::None));
    assert_eq!(
        p.step("apologise").and_then(|s| s.phrase),
        Some(PhraseKey::ForgotWarning)
    );
    assert!(p.step("no-such-step").is_none());
    assert_eq!(Action::CancelBreakRequest.name(), "cancel-break-request");
    assert_eq!(Action::None.name(), "none");
}

// ---------------------------------------------------------------------------
// Broken files.

#[test]
fn invalid_files_fail_with_the_expected_message() {
    let all = files(INVALID_DIR, "toml");
    assert!(all.len() >= 12, "too few invalid playbooks: {all:?}");
    let mut failures = Vec::new();
    for file in &all {
        let expected_path = file.with_extension("expected");
        let expected = read(&expected_path);
        let expected = expected.trim_end_matches(['\n', '\r']);
        let got = match playbooks::parse(&read(file), &file.display().to_string()) {
            Ok(_) => "(parsed without an error)".to_string(),
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
fn every_expected_file_has_its_playbook() {
    for expected in files(INVALID_DIR, "expected") {
        assert!(
            expected.with_extension("toml").is_file(),
            "{} has no .toml sibling",
            expected.display()
        );
    }
}

#[test]
fn invalid_files_give_one_located_line() {
    for file in files(INVALID_DIR, "toml") {
        let src = read(&file);
        let name = file.display().to_string();
        match playbooks::parse(&src, &name) {
            Err(PlaybookError::Invalid {
                file: f,
                line,
                col,
                message,
                ..
            }) => {
                assert_eq!(f, name);
                assert!(
                    line >= 1 && line <= src.lines().count(),
                    "{name}: line {line}"
                );
                assert!(col >= 1, "{name}");
                assert!(!message.is_empty() && !message.contains('\n'), "{name}");
            }
            other => panic!("{name}: expected an Invalid error, got {other:?}"),
        }
    }
}

#[test]
fn texts_are_cleaned_of_control_characters() {
    let path = Path::new(HALL_DIR).join("system-down.toml");
    let src = read(&path).replace(
        "en = \"Is another window still working?\"",
        "en = \"Is another\\u001b[2J window\\tstill working?\\u0007\"",
    );
    let p = playbooks::parse(&src, "system-down.toml").unwrap_or_else(|e| panic!("{e}"));
    let step = p
        .step("ask-other-window")
        .unwrap_or_else(|| panic!("no step"));
    assert_eq!(
        step.text.get(Lang::En),
        "Is another[2J window still working?"
    );
}

// ---------------------------------------------------------------------------
// Loading a hall's own directory.

#[test]
fn no_directory_or_a_missing_one_gives_the_shipped_set() {
    let shipped = playbooks::embedded();
    let none = playbooks::load(None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(none, shipped);
    let missing = playbooks::load(Some(Path::new("tests/playbooks/no-such-dir")));
    assert_eq!(missing.unwrap_or_else(|e| panic!("{e}")), shipped);
}

#[test]
fn a_halls_file_replaces_the_shipped_one_and_adds_new_ids() {
    let shipped = playbooks::embedded();
    let all = playbooks::load(Some(Path::new(HALL_DIR))).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all.len(), shipped.len() + 1);
    let mut expected: Vec<&str> = ids(&shipped);
    expected.push("system-down");
    expected.sort();
    assert_eq!(ids(&all), expected);

    let own = Path::new(HALL_DIR).join("after-cutoff.toml");
    let own = playbooks::parse(&read(&own), &own.display().to_string());
    let own = own.unwrap_or_else(|e| panic!("{e}"));
    let loaded = all.iter().find(|p| p.id == "after-cutoff");
    assert_eq!(loaded, Some(&own));
    assert_ne!(shipped.iter().find(|p| p.id == "after-cutoff"), Some(&own));
    // The others are untouched.
    for p in shipped.iter().filter(|p| p.id != "after-cutoff") {
        assert_eq!(all.iter().find(|q| q.id == p.id), Some(p));
    }
}

#[test]
fn one_id_twice_in_a_directory_names_both_files() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let src = read(&Path::new(HALL_DIR).join("system-down.toml"));
    // The id must equal the file name, so only the extension's case can differ.
    let first = dir.path().join("system-down.TOML");
    let second = dir.path().join("system-down.toml");
    for path in [&first, &second] {
        std::fs::write(path, &src).unwrap_or_else(|e| panic!("{e}"));
    }
    let entries = std::fs::read_dir(dir.path()).map(Iterator::count);
    if entries.unwrap_or_else(|e| panic!("{e}")) < 2 {
        // A file system that folds case holds one file: no duplicate is possible.
        return;
    }
    let err = playbooks::load(Some(dir.path())).map(|_| ());
    let err = err.map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err(format!(
            "{}:2:6: id: playbook \"system-down\" is already defined in {}",
            second.display(),
            first.display()
        ))
    );
}

#[test]
fn a_broken_file_in_the_directory_is_reported() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let broken = Path::new(INVALID_DIR).join("bad-action.toml");
    let path = dir.path().join("bad-action.toml");
    std::fs::write(&path, read(&broken)).unwrap_or_else(|e| panic!("{e}"));
    // Not playbooks: left alone.
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir(dir.path().join("old.toml")).unwrap_or_else(|e| panic!("{e}"));
    let err = playbooks::load(Some(dir.path())).map(|_| ());
    match err {
        Err(e @ PlaybookError::Invalid { .. }) => {
            let text = e.to_string();
            let prefix = format!("{}:", path.display());
            assert!(text.starts_with(&prefix), "{text}");
            assert!(text.contains("unknown action \"close-window\""), "{text}");
        }
        other => panic!("expected an Invalid error, got {other:?}"),
    }
}

#[test]
fn a_directory_that_is_a_file_is_a_read_error() {
    match playbooks::load(Some(Path::new("Cargo.toml"))) {
        Err(e @ PlaybookError::Read { .. }) => {
            assert!(e.to_string().starts_with("cannot read Cargo.toml: "), "{e}");
        }
        other => panic!("expected a Read error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Offering flows in a situation.

#[test]
fn a_situations_playbooks_come_first() {
    let all = playbooks::embedded();
    let tags = [
        SituationTag::Open,
        SituationTag::WarningDue,
        SituationTag::ClosingSoon,
        SituationTag::Pending,
        SituationTag::OnBreak,
        SituationTag::Overrun,
    ];
    for tag in tags {
        let offered = for_situation(&all, tag);
        assert_eq!(
            offered.len(),
            all.len(),
            "{tag:?}: every flow stays on offer"
        );
        let split = offered
            .iter()
            .position(|p| !p.situations.contains(&tag))
            .unwrap_or(offered.len());
        assert!(split > 0, "{tag:?}: no shipped playbook is offered first");
        let (first, rest) = offered.split_at(split);
        assert!(rest.iter().all(|p| !p.situations.contains(&tag)), "{tag:?}");
        for group in [first, rest] {
            let mut sorted = ids_of(group);
            sorted.sort();
            assert_eq!(ids_of(group), sorted, "{tag:?}: not by id");
        }
    }
    let overrun = for_situation(&all, SituationTag::Overrun);
    assert_eq!(
        overrun.first().map(|p| p.id.as_str()),
        Some("break-overrun")
    );
    let warning = for_situation(&all, SituationTag::WarningDue);
    assert_eq!(
        ids_of(&warning[..3]),
        [
            "forgot-warning",
            "only-window-at-break",
            "queue-demands-cancel"
        ]
    );
}

#[test]
fn for_situation_on_a_hand_made_list() {
    let hall = playbooks::load(Some(Path::new(HALL_DIR))).unwrap_or_else(|e| panic!("{e}"));
    let open = for_situation(&hall, SituationTag::Open);
    let got = ids_of(&open);
    let mut firsts: Vec<&str> = hall
        .iter()
        .filter(|p| p.situations.contains(&SituationTag::Open))
        .map(|p| p.id.as_str())
        .collect();
    firsts.sort();
    assert!(firsts.contains(&"system-down"));
    assert_eq!(&got[..firsts.len()], firsts.as_slice());
    assert!(for_situation(&[], SituationTag::Open).is_empty());
}

// ---------------------------------------------------------------------------
// Whatever a hall puts in its directory, the outcome is a playbook or one line
// that points inside the file, never a panic at the counter.

fn assert_sane(src: &str, file: &str) {
    match playbooks::parse(src, file) {
        Ok(_) => {}
        Err(e @ PlaybookError::Invalid { line, col, .. }) => {
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

const DAMAGED: &str = include_str!("../assets/playbooks/queue-demands-cancel.toml");

proptest::proptest! {
    #[test]
    fn arbitrary_text_gives_a_sane_outcome(src in "\\PC{0,200}") {
        assert_sane(&src, "p.toml");
    }

    #[test]
    fn a_damaged_playbook_gives_a_sane_outcome(
        at in 0..DAMAGED.len(),
        cut in 0usize..60,
        insert in "[\\[\\]{}=\"'.,# a-z0-9\\-\n\u{1b}Ё]{0,12}",
    ) {
        let start = floor_boundary(DAMAGED, at);
        let end = floor_boundary(DAMAGED, start + cut);
        let damaged = format!("{}{}{}", &DAMAGED[..start], insert, &DAMAGED[end..]);
        // Named as shipped, so that damage past the id reaches the flow rules.
        assert_sane(&damaged, "queue-demands-cancel.toml");
    }
}
