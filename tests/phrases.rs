//! The speech modules: every language ships all of them with the same
//! placeholders, every one formats into plain words that carry the facts the
//! customer needs (times, tickets, the other window), plural forms come out
//! right, a hall's own files override the shipped words, and each situation
//! offers the right modules.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use frontdesk::i18n::{Lang, message_variables};
use frontdesk::phrases::{
    PhraseArgs, PhraseError, PhraseKey, Phrasebook, Situation, for_situation, source,
};
use std::collections::{BTreeMap, BTreeSet};

const REASONS: [&str; 5] = [
    "goods-receipt",
    "cash-collection",
    "technical-fault",
    "personal",
    "other",
];

const MINUTES: [i64; 7] = [1, 2, 5, 11, 21, 22, 25];

/// The non-alone modules that send people to another window.
const SEND_ELSEWHERE: [PhraseKey; 7] = [
    PhraseKey::Warning,
    PhraseKey::Redirect,
    PhraseKey::Unscheduled,
    PhraseKey::ObjectionFirst,
    PhraseKey::ObjectionCancel,
    PhraseKey::ObjectionQuick,
    PhraseKey::ForgotWarning,
];

/// What each module needs to say, in the English text.
const ENGLISH_VARIABLES: [(PhraseKey, &[&str]); 17] = [
    (
        PhraseKey::Warning,
        &["back", "cutoff", "minutes", "other", "time", "window"],
    ),
    (
        PhraseKey::WarningAlone,
        &["back", "cutoff", "minutes", "time", "window"],
    ),
    (PhraseKey::ClosingLast, &["back", "ticket"]),
    (PhraseKey::Redirect, &["other", "ticket", "time"]),
    (PhraseKey::RedirectAlone, &["back", "ticket", "time"]),
    (PhraseKey::Unscheduled, &["minutes", "other", "reason"]),
    (PhraseKey::UnscheduledAlone, &["back", "minutes", "reason"]),
    (PhraseKey::ObjectionFirst, &["other", "ticket"]),
    (PhraseKey::ObjectionFirstAlone, &["back", "ticket"]),
    (PhraseKey::ObjectionCancel, &["other"]),
    (PhraseKey::ObjectionCancelAlone, &["back"]),
    (PhraseKey::ObjectionQuick, &["other"]),
    (PhraseKey::ObjectionQuickAlone, &["back"]),
    (PhraseKey::Return, &["window"]),
    (PhraseKey::Overrun, &["minutes", "window"]),
    (
        PhraseKey::ForgotWarning,
        &["minutes", "other", "time", "window"],
    ),
    (
        PhraseKey::ForgotWarningAlone,
        &["back", "minutes", "time", "window"],
    ),
];

fn is_alone(key: PhraseKey) -> bool {
    key.name().ends_with("-alone")
}

fn args(minutes: i64, reason: &str) -> PhraseArgs {
    PhraseArgs {
        window: 3,
        other: Some(2),
        time: "12:30".into(),
        back: "13:00".into(),
        minutes,
        cutoff: "A042".into(),
        ticket: "A045".into(),
        reason: reason.into(),
    }
}

/// Values that share no digit with one another, so that a text can be checked
/// for each of them separately.
fn distinct_args(minutes: i64) -> PhraseArgs {
    PhraseArgs {
        window: 9,
        other: Some(4),
        time: "10:15".into(),
        back: "10:35".into(),
        minutes,
        cutoff: "B117".into(),
        ticket: "B120".into(),
        reason: "goods-receipt".into(),
    }
}

/// The placeholders used by each phrase message of a language.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut map = BTreeMap::new();
    for (id, vars) in message_variables(source(lang)) {
        let vars: BTreeSet<String> = vars.into_iter().collect();
        if map.insert(id.clone(), vars).is_some() {
            panic!("{lang}: message {id} is defined twice");
        }
    }
    map
}

fn expected_value(args: &PhraseArgs, var: &str) -> Option<String> {
    match var {
        "window" => Some(args.window.to_string()),
        "other" => args.other.map(|o| o.to_string()),
        "time" => Some(args.time.clone()),
        "back" => Some(args.back.clone()),
        "minutes" => Some(args.minutes.to_string()),
        "cutoff" => Some(args.cutoff.clone()),
        "ticket" => Some(args.ticket.clone()),
        // The reason is said in words, never as its code.
        "reason" => None,
        other => panic!("unknown placeholder ${other}"),
    }
}

fn shipped_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let res = FluentResource::try_new(source(lang).to_string())
        .unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
    let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
    bundle.set_use_isolating(false);
    frontdesk::i18n::add_functions(&mut bundle, lang);
    bundle
        .add_resource(res)
        .unwrap_or_else(|errors| panic!("{lang}: {errors:?}"));
    bundle
}

#[test]
fn every_file_parses_and_has_the_seventeen_modules() {
    let wanted: BTreeSet<String> = PhraseKey::ALL.iter().map(|k| k.message_id()).collect();
    assert_eq!(wanted.len(), 17);
    let book = Phrasebook::embedded();
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
            panic!("{lang}: phrases do not parse: {errors:?}");
        }
        let found: BTreeSet<String> = variables(lang).into_keys().collect();
        assert_eq!(found, wanted, "{lang}: the phrase messages");

        let bundle = shipped_bundle(lang);
        let mut titles = BTreeSet::new();
        for key in PhraseKey::ALL {
            let id = key.message_id();
            let msg = bundle
                .get_message(&id)
                .unwrap_or_else(|| panic!("{lang}: {id} is missing"));
            assert!(msg.value().is_some(), "{lang}: {id} has no text");
            assert!(
                msg.get_attribute("title").is_some(),
                "{lang}: {id} has no .title"
            );
            let title = book.title(lang, key);
            let len = title.chars().count();
            assert!(
                (1..=28).contains(&len),
                "{lang}: {id}.title is {len} characters: {title:?}"
            );
            assert!(!title.contains("phrase-"), "{lang}: {id}.title: {title}");
            assert!(
                titles.insert(title.clone()),
                "{lang}: two modules share the title {title:?}"
            );
        }
    }
}

#[test]
fn placeholders_are_the_same_in_every_language() {
    let english = variables(Lang::En);
    for (key, vars) in ENGLISH_VARIABLES {
        let want: BTreeSet<String> = vars.iter().map(|v| v.to_string()).collect();
        assert_eq!(english[&key.message_id()], want, "en: {}", key.name());
    }
    for lang in Lang::ALL {
        let vars = variables(lang);
        for key in PhraseKey::ALL {
            let id = key.message_id();
            assert_eq!(vars[&id], english[&id], "{lang}: placeholders of {id}");
            if is_alone(key) {
                assert!(
                    !vars[&id].contains("other"),
                    "{lang}: {id} must not send anyone to another window"
                );
            }
        }
        for key in SEND_ELSEWHERE {
            let id = key.message_id();
            assert!(vars[&id].contains("other"), "{lang}: {id} lacks $other");
            assert_ne!(key.alone(), key, "{id} has an alone variant");
        }
    }
}

#[test]
fn every_phrase_formats_cleanly_with_its_facts() {
    let book = Phrasebook::embedded();
    let english = variables(Lang::En);
    for lang in Lang::ALL {
        let bundle = shipped_bundle(lang);
        for key in PhraseKey::ALL {
            let id = key.message_id();
            for n in MINUTES {
                for reason in REASONS {
                    let a = args(n, reason);
                    let text = book.say(lang, key, &a);
                    let what = format!("{lang} {id} (minutes {n}, {reason}): {text}");
                    assert!(!text.contains(['{', '}', '$']), "{what}");
                    assert!(!text.contains("phrase-"), "{what}");
                    assert!(!text.contains("  "), "double space in {what}");
                    for code in REASONS.iter().filter(|c| c.contains('-')) {
                        assert!(!text.contains(code), "reason code in {what}");
                    }
                    for var in &english[&id] {
                        if let Some(value) = expected_value(&a, var) {
                            assert!(text.contains(&value), "${var} = {value} missing: {what}");
                        }
                    }

                    // The same through a plain bundle: no formatting error at all.
                    let mut fargs = FluentArgs::new();
                    fargs.set("window", FluentValue::from(3));
                    fargs.set("other", FluentValue::from(2));
                    fargs.set("time", "12:30");
                    fargs.set("back", "13:00");
                    fargs.set("minutes", FluentValue::from(n));
                    fargs.set("cutoff", "A042");
                    fargs.set("ticket", "A045");
                    fargs.set("reason", reason);
                    let pattern = bundle.get_message(&id).unwrap().value().unwrap();
                    let mut errors = vec![];
                    let direct = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(errors.is_empty(), "{what}: {errors:?}");
                    assert_eq!(direct, text);
                }
            }
        }
    }
}

#[test]
fn each_fact_lands_in_the_text_and_alone_phrases_name_no_other_window() {
    let book = Phrasebook::embedded();
    let english = variables(Lang::En);
    for lang in Lang::ALL {
        for key in PhraseKey::ALL {
            let id = key.message_id();
            let a = distinct_args(25);
            let text = book.say(lang, key, &a);
            for var in &english[&id] {
                if let Some(value) = expected_value(&a, var) {
                    assert!(
                        text.contains(&value),
                        "{lang} {id}: ${var} = {value} missing: {text}"
                    );
                }
            }
            if is_alone(key) {
                assert!(!text.contains('4'), "{lang} {id} names window 4: {text}");
                assert!(
                    text.contains("10:35"),
                    "{lang} {id}: no reopening time: {text}"
                );
            }
            if english[&id].contains("back") {
                assert!(text.contains("10:35"), "{lang} {id}: {text}");
            }
        }
    }
}

#[test]
fn the_reason_is_said_in_words_and_unknown_codes_fall_back() {
    let book = Phrasebook::embedded();
    for lang in Lang::ALL {
        for key in [PhraseKey::Unscheduled, PhraseKey::UnscheduledAlone] {
            let texts: BTreeSet<String> = REASONS
                .iter()
                .map(|r| book.say(lang, key, &args(15, r)))
                .collect();
            assert_eq!(
                texts.len(),
                REASONS.len(),
                "{lang} {}: every reason reads differently",
                key.name()
            );
            assert_eq!(
                book.say(lang, key, &args(15, "flood")),
                book.say(lang, key, &args(15, "other")),
                "{lang} {}: an unknown reason reads as 'other'",
                key.name()
            );
        }
    }
    let en = |r| book.say(Lang::En, PhraseKey::Unscheduled, &args(15, r));
    assert!(en("goods-receipt").contains("delivery"));
    assert!(en("cash-collection").contains("cash collection"));
    assert!(en("technical-fault").contains("technical fault"));
    assert!(en("personal").contains("personal"));
}

/// (language, module, minutes, words the text must contain)
const PLURALS: &[(Lang, PhraseKey, i64, &str)] = &[
    (Lang::En, PhraseKey::Warning, 1, "in 1 minute,"),
    (Lang::En, PhraseKey::Warning, 2, "in 2 minutes,"),
    (Lang::En, PhraseKey::Warning, 5, "in 5 minutes,"),
    (Lang::En, PhraseKey::Warning, 21, "in 21 minutes,"),
    (Lang::En, PhraseKey::Overrun, 1, "back 1 minute later"),
    (Lang::En, PhraseKey::Overrun, 5, "back 5 minutes later"),
    (Lang::En, PhraseKey::Unscheduled, 1, "for 1 minute."),
    (Lang::En, PhraseKey::Unscheduled, 25, "for 25 minutes."),
    (Lang::Hu, PhraseKey::Warning, 1, "1 perc múlva"),
    (Lang::Hu, PhraseKey::Warning, 5, "5 perc múlva"),
    (Lang::Hu, PhraseKey::Overrun, 1, "1 perccel"),
    (Lang::Hu, PhraseKey::Overrun, 22, "22 perccel"),
    (Lang::Hu, PhraseKey::Unscheduled, 5, "5 percre"),
    (Lang::Ru, PhraseKey::Warning, 1, "через 1 минуту,"),
    (Lang::Ru, PhraseKey::Warning, 2, "через 2 минуты,"),
    (Lang::Ru, PhraseKey::Warning, 5, "через 5 минут,"),
    (Lang::Ru, PhraseKey::Warning, 11, "через 11 минут,"),
    (Lang::Ru, PhraseKey::Warning, 21, "через 21 минуту,"),
    (Lang::Ru, PhraseKey::Warning, 22, "через 22 минуты,"),
    (Lang::Ru, PhraseKey::Warning, 25, "через 25 минут,"),
    (Lang::Ru, PhraseKey::Overrun, 1, "на 1 минуту."),
    (Lang::Ru, PhraseKey::Overrun, 2, "на 2 минуты."),
    (Lang::Ru, PhraseKey::Overrun, 5, "на 5 минут."),
    (Lang::Ru, PhraseKey::Overrun, 21, "на 21 минуту."),
    (Lang::Ru, PhraseKey::Unscheduled, 11, "на 11 минут."),
    (Lang::Ru, PhraseKey::Unscheduled, 22, "на 22 минуты."),
    (Lang::Uk, PhraseKey::Warning, 1, "за 1 хвилину,"),
    (Lang::Uk, PhraseKey::Warning, 2, "за 2 хвилини,"),
    (Lang::Uk, PhraseKey::Warning, 5, "за 5 хвилин,"),
    (Lang::Uk, PhraseKey::Warning, 11, "за 11 хвилин,"),
    (Lang::Uk, PhraseKey::Warning, 21, "за 21 хвилину,"),
    (Lang::Uk, PhraseKey::Warning, 22, "за 22 хвилини,"),
    (Lang::Uk, PhraseKey::Warning, 25, "за 25 хвилин,"),
    (Lang::Uk, PhraseKey::Overrun, 1, "на 1 хвилину."),
    (Lang::Uk, PhraseKey::Overrun, 2, "на 2 хвилини."),
    (Lang::Uk, PhraseKey::Overrun, 5, "на 5 хвилин."),
    (Lang::Uk, PhraseKey::Overrun, 21, "на 21 хвилину."),
    (Lang::Uk, PhraseKey::ForgotWarning, 22, "за 22 хвилини,"),
    (Lang::Uk, PhraseKey::UnscheduledAlone, 11, "на 11 хвилин."),
];

#[test]
fn minutes_take_the_right_plural_form() {
    let book = Phrasebook::embedded();
    for &(lang, key, n, want) in PLURALS {
        let text = book.say(lang, key, &args(n, "other"));
        assert!(
            text.contains(want),
            "{lang} {} at {n}: want {want:?} in {text}",
            key.name()
        );
    }
    for n in MINUTES {
        let text = book.say(Lang::En, PhraseKey::Warning, &args(n, "other"));
        assert_eq!(text.contains(" minutes"), n != 1, "{text}");
    }
}

#[test]
fn hungarian_window_numbers_take_the_right_article() {
    let book = Phrasebook::embedded();
    let cases = [
        (1, "az 1. ablak"),
        (2, "a 2. ablak"),
        (3, "a 3. ablak"),
        (4, "a 4. ablak"),
        (5, "az 5. ablak"),
        (6, "a 6. ablak"),
        (7, "a 7. ablak"),
        (8, "a 8. ablak"),
        (9, "a 9. ablak"),
        (10, "a 10. ablak"),
        (11, "a 11. ablak"),
        (12, "a 12. ablak"),
        (15, "a 15. ablak"),
        (31, "a 31. ablak"),
        (52, "az 52. ablak"),
    ];
    for (n, want) in cases {
        let mut a = args(5, "other");
        a.window = n;
        a.other = Some(n);
        for key in [PhraseKey::Return, PhraseKey::Redirect, PhraseKey::Warning] {
            let text = book.say(Lang::Hu, key, &a);
            assert!(text.contains(want), "window {n}: want {want:?} in {text}");
        }
    }
}

#[test]
fn a_halls_own_file_overrides_single_messages() {
    let shipped = Phrasebook::embedded();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("uk.ftl"),
        "phrase-return = Вікно { $window } знову відчинене, заходьте!\n    .title = Повернулися\n",
    )
    .unwrap();
    let book = Phrasebook::with_overrides(dir.path()).unwrap();
    let a = args(5, "other");

    assert_eq!(
        book.say(Lang::Uk, PhraseKey::Return, &a),
        "Вікно 3 знову відчинене, заходьте!"
    );
    assert_eq!(book.title(Lang::Uk, PhraseKey::Return), "Повернулися");
    for key in PhraseKey::ALL {
        for lang in Lang::ALL {
            if (lang, key) == (Lang::Uk, PhraseKey::Return) {
                continue;
            }
            assert_eq!(
                book.say(lang, key, &a),
                shipped.say(lang, key, &a),
                "{lang} {}",
                key.name()
            );
            assert_eq!(book.title(lang, key), shipped.title(lang, key));
        }
    }

    // An empty directory changes nothing.
    let empty = tempfile::tempdir().unwrap();
    let book = Phrasebook::with_overrides(empty.path()).unwrap();
    assert_eq!(
        book.say(Lang::Uk, PhraseKey::Return, &a),
        shipped.say(Lang::Uk, PhraseKey::Return, &a)
    );
}

#[test]
fn a_broken_override_names_its_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("uk.ftl");
    std::fs::write(
        &path,
        "# Наші власні слова\nphrase-return = Вікно { $window } знову працює.\n\nphrase-overrun Перепрошую за запізнення.\n",
    )
    .unwrap();
    let err = match Phrasebook::with_overrides(dir.path()) {
        Ok(_) => panic!("a broken file was accepted"),
        Err(e) => e,
    };
    let PhraseError::Syntax { line, col, .. } = &err else {
        panic!("not a syntax error: {err}");
    };
    assert_eq!(*line, 4, "{err}");
    assert!(*col >= 1, "{err}");
    let shown = err.to_string();
    let prefix = format!("{}:4:{col}:", path.display());
    assert!(shown.starts_with(&prefix), "{shown}");
}

#[test]
fn situations_offer_the_right_modules() {
    let all = [
        Situation::Open,
        Situation::WarningDue,
        Situation::ClosingSoon {
            beyond_cutoff: false,
        },
        Situation::ClosingSoon {
            beyond_cutoff: true,
        },
        Situation::Pending,
        Situation::OnPlannedBreak,
        Situation::OnUnscheduledBreak,
        Situation::Overrun,
    ];
    for s in all {
        let shared = for_situation(s, false);
        let alone = for_situation(s, true);
        assert!(!shared.is_empty(), "{s:?}");
        // An open window with nobody to send people to has nothing scripted to
        // say; everywhere else the same modules are offered, alone-worded.
        if s == Situation::Open {
            assert!(alone.is_empty(), "{s:?}");
            continue;
        }
        assert_eq!(shared.len(), alone.len(), "{s:?}");
        for (k, a) in shared.iter().zip(&alone) {
            assert_eq!(k.alone(), *a, "{s:?}");
            if k.alone() != *k {
                assert!(is_alone(*a), "{s:?}: {} is not an alone variant", a.name());
            }
        }
        for k in &shared {
            assert!(
                !is_alone(*k),
                "{s:?}: {} offered with another window open",
                k.name()
            );
        }
    }

    assert_eq!(
        for_situation(Situation::OnUnscheduledBreak, false)[0],
        PhraseKey::Unscheduled
    );
    assert_eq!(
        for_situation(Situation::OnUnscheduledBreak, true)[0],
        PhraseKey::UnscheduledAlone
    );
    assert_eq!(
        for_situation(
            Situation::ClosingSoon {
                beyond_cutoff: true
            },
            false
        )[0],
        PhraseKey::Redirect
    );
    assert_eq!(
        for_situation(
            Situation::ClosingSoon {
                beyond_cutoff: true
            },
            true
        )[0],
        PhraseKey::RedirectAlone
    );
    assert!(
        !for_situation(
            Situation::ClosingSoon {
                beyond_cutoff: false
            },
            false
        )
        .contains(&PhraseKey::Redirect)
    );
    assert_eq!(
        for_situation(Situation::WarningDue, false)[0],
        PhraseKey::Warning
    );
    assert_eq!(
        for_situation(Situation::Overrun, false)[0],
        PhraseKey::Overrun
    );
    assert!(for_situation(Situation::OnPlannedBreak, true).contains(&PhraseKey::Return));
}

#[test]
fn key_names_round_trip() {
    for key in PhraseKey::ALL {
        assert_eq!(PhraseKey::parse(key.name()), Some(key));
        assert_eq!(key.message_id(), format!("phrase-{}", key.name()));
    }
    assert_eq!(PhraseKey::parse("no-such-phrase"), None);
}
