//! The translations: every language has every English message with the same
//! placeholders, every file parses and formats cleanly, plural forms come out
//! right, and no message was left as a copy of the English text.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use frontdesk::i18n::{Arg, Lang, Tr, message_variables};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

const TRANSLATED: [Lang; 3] = [Lang::Hu, Lang::Ru, Lang::Uk];

/// Messages longer than 12 characters that may read exactly as in English
/// because the words are the same in that language: (language, message id).
const SAME_AS_ENGLISH: &[(Lang, &str)] = &[];

fn variables(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut map = BTreeMap::new();
    for (id, vars) in message_variables(lang.source()) {
        if map.insert(id.clone(), vars).is_some() {
            panic!("{lang}: message {id} is defined twice");
        }
    }
    map
}

/// The raw text of each message, by id: the part after `=` and the indented
/// lines that continue it (variants, closing brace).
fn raw_messages(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in source.lines() {
        let first = line.chars().next();
        let continues = matches!(first, Some(' ') | Some('}'));
        if continues {
            if let Some((_, text)) = current.as_mut() {
                text.push('\n');
                text.push_str(line.trim());
            }
            continue;
        }
        if let Some((id, text)) = current.take() {
            out.insert(id, text);
        }
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some((id, value)) = line.split_once('=')
        {
            current = Some((id.trim().to_string(), value.trim().to_string()));
        }
    }
    if let Some((id, text)) = current {
        out.insert(id, text);
    }
    out
}

/// What is left of a message once its placeholders are taken out.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_the_english_messages_and_placeholders() {
    let en = variables(Lang::En);
    assert!(en.len() > 100, "too few English messages: {}", en.len());
    for lang in TRANSLATED {
        let tr = variables(lang);
        for (id, vars) in &en {
            match tr.get(id) {
                None => panic!("{lang}: message {id} is missing"),
                Some(got) => assert_eq!(
                    got, vars,
                    "{lang}: message {id} uses variables {got:?}, English uses {vars:?}"
                ),
            }
        }
        for id in tr.keys() {
            assert!(
                en.contains_key(id),
                "{lang}: message {id} is not in the English file"
            );
        }
    }
}

#[test]
fn every_file_parses() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(lang.source().to_string()) {
            panic!("{lang}.ftl does not parse: {errors:?}");
        }
    }
}

/// Formats every message with numbers for all its variables and expects no
/// resolver errors: this catches a misspelt term or variable reference.
#[test]
fn every_message_formats_without_errors() {
    for lang in Lang::ALL {
        let id: LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        frontdesk::i18n::add_functions(&mut bundle, lang);
        let resource = FluentResource::try_new(lang.source().to_string())
            .unwrap_or_else(|_| panic!("{lang}.ftl does not parse"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        for (key, vars) in message_variables(lang.source()) {
            let message = bundle
                .get_message(&key)
                .unwrap_or_else(|| panic!("{lang}: message {key} not in the bundle"));
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("{lang}: message {key} has no value"));
            for n in [0, 1, 2, 5, 21, 55] {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty(),
                    "{lang}: message {key} with {n}: {errors:?}"
                );
                assert!(!text.trim().is_empty(), "{lang}: message {key} is empty");
            }
        }
    }
}

#[test]
fn no_message_is_left_in_english() {
    let en = raw_messages(Lang::En.source());
    for lang in TRANSLATED {
        let tr = raw_messages(lang.source());
        for (id, en_text) in &en {
            let Some(text) = tr.get(id) else { continue };
            let is_text = without_placeholders(en_text)
                .chars()
                .any(char::is_alphabetic);
            let same = text == en_text && en_text.chars().count() > 12 && is_text;
            assert!(
                !same || SAME_AS_ENGLISH.contains(&(lang, id.as_str())),
                "{lang}: message {id} is still the English text: {text}"
            );
        }
    }
}

fn minutes(lang: Lang, key: &str, n: i64) -> String {
    Tr::new(lang).f(
        key,
        &[("minutes", Arg::Num(n)), ("time", Arg::Str("12:45"))],
    )
}

fn count(lang: Lang, key: &str, n: i64) -> String {
    Tr::new(lang).f(key, &[("count", Arg::Num(n))])
}

fn check(lang: Lang, key: &str, render: fn(Lang, &str, i64) -> String, cases: &[(i64, &str)]) {
    for (n, want) in cases {
        assert_eq!(render(lang, key, *n), *want, "{lang}: {key} with {n}");
    }
}

#[test]
fn ukrainian_plurals() {
    check(
        Lang::Uk,
        "queue-oldest",
        minutes,
        &[
            (1, "найдовше — 1 хвилина"),
            (2, "найдовше — 2 хвилини"),
            (5, "найдовше — 5 хвилин"),
            (11, "найдовше — 11 хвилин"),
            (21, "найдовше — 21 хвилина"),
            (22, "найдовше — 22 хвилини"),
            (25, "найдовше — 25 хвилин"),
        ],
    );
    check(
        Lang::Uk,
        "phase-overrun",
        minutes,
        &[
            (1, "перерва до 12:45 затягнулася на 1 хвилину"),
            (2, "перерва до 12:45 затягнулася на 2 хвилини"),
            (5, "перерва до 12:45 затягнулася на 5 хвилин"),
            (11, "перерва до 12:45 затягнулася на 11 хвилин"),
            (21, "перерва до 12:45 затягнулася на 21 хвилину"),
            (22, "перерва до 12:45 затягнулася на 22 хвилини"),
            (25, "перерва до 12:45 затягнулася на 25 хвилин"),
        ],
    );
    check(
        Lang::Uk,
        "queue-waiting",
        count,
        &[
            (0, "ніхто не чекає"),
            (1, "у черзі 1 особа"),
            (2, "у черзі 2 особи"),
            (5, "у черзі 5 осіб"),
            (11, "у черзі 11 осіб"),
            (21, "у черзі 21 особа"),
            (22, "у черзі 22 особи"),
            (25, "у черзі 25 осіб"),
        ],
    );
}

#[test]
fn russian_plurals() {
    check(
        Lang::Ru,
        "queue-oldest",
        minutes,
        &[
            (1, "дольше всех — 1 минута"),
            (2, "дольше всех — 2 минуты"),
            (5, "дольше всех — 5 минут"),
            (11, "дольше всех — 11 минут"),
            (21, "дольше всех — 21 минута"),
            (22, "дольше всех — 22 минуты"),
            (25, "дольше всех — 25 минут"),
        ],
    );
    check(
        Lang::Ru,
        "phase-overrun",
        minutes,
        &[
            (1, "перерыв до 12:45 затянулся на 1 минуту"),
            (2, "перерыв до 12:45 затянулся на 2 минуты"),
            (5, "перерыв до 12:45 затянулся на 5 минут"),
            (11, "перерыв до 12:45 затянулся на 11 минут"),
            (21, "перерыв до 12:45 затянулся на 21 минуту"),
            (22, "перерыв до 12:45 затянулся на 22 минуты"),
            (25, "перерыв до 12:45 затянулся на 25 минут"),
        ],
    );
    check(
        Lang::Ru,
        "queue-waiting",
        count,
        &[
            (0, "никто не ждёт"),
            (1, "в очереди 1 человек"),
            (2, "в очереди 2 человека"),
            (5, "в очереди 5 человек"),
            (11, "в очереди 11 человек"),
            (21, "в очереди 21 человек"),
            (22, "в очереди 22 человека"),
            (25, "в очереди 25 человек"),
        ],
    );
}

#[test]
fn hungarian_and_english_plurals() {
    check(
        Lang::Hu,
        "queue-oldest",
        minutes,
        &[
            (1, "leghosszabb várakozás: 1 perc"),
            (5, "leghosszabb várakozás: 5 perc"),
        ],
    );
    check(
        Lang::Hu,
        "phase-overrun",
        minutes,
        &[
            (1, "szünet 12:45-ig, 1 perc késés"),
            (5, "szünet 12:45-ig, 5 perc késés"),
        ],
    );
    check(
        Lang::Hu,
        "queue-waiting",
        count,
        &[(0, "nincs várakozó"), (1, "1 várakozó"), (5, "5 várakozó")],
    );
    check(
        Lang::En,
        "queue-oldest",
        minutes,
        &[(1, "longest 1 minute"), (5, "longest 5 minutes")],
    );
    check(
        Lang::En,
        "phase-overrun",
        minutes,
        &[
            (1, "break overrun: due back at 12:45, 1 minute late"),
            (5, "break overrun: due back at 12:45, 5 minutes late"),
        ],
    );
    check(
        Lang::En,
        "queue-waiting",
        count,
        &[
            (0, "nobody waiting"),
            (1, "1 person waiting"),
            (5, "5 people waiting"),
        ],
    );
}

/// Hungarian puts "az" before a number read with a leading vowel (1, 5, 50–59)
/// and "a" before any other.
#[test]
fn hungarian_article_before_window_numbers() {
    let tr = Tr::new(Lang::Hu);
    let called = |n: i64| {
        tr.f(
            "ev-ticket-called",
            &[("ticket", Arg::Str("A042")), ("window", Arg::Num(n))],
        )
    };
    assert_eq!(called(1), "A042, kérjük, fáradjon az 1. ablakhoz.");
    assert_eq!(called(2), "A042, kérjük, fáradjon a 2. ablakhoz.");
    assert_eq!(called(5), "A042, kérjük, fáradjon az 5. ablakhoz.");
    assert_eq!(called(11), "A042, kérjük, fáradjon a 11. ablakhoz.");
    assert_eq!(called(15), "A042, kérjük, fáradjon a 15. ablakhoz.");
    assert_eq!(called(52), "A042, kérjük, fáradjon az 52. ablakhoz.");
    let sent = tr.f(
        "ev-ticket-transferred-window",
        &[("ticket", Arg::Str("B007")), ("window", Arg::Num(5))],
    );
    assert_eq!(sent, "B007 átirányítva az 5. ablakhoz.");
}

/// Ukrainian says "о 12:30" but "об 11:30": a preposition no plural rule covers.
#[test]
fn ukrainian_time_preposition() {
    let tr = Tr::new(Lang::Uk);
    assert_eq!(
        tr.f("phase-closing", &[("time", Arg::Str("11:30"))]),
        "зачиняється об 11:30"
    );
    assert_eq!(
        tr.f("phase-closing", &[("time", Arg::Str("12:30"))]),
        "зачиняється о 12:30"
    );
}

/// Each area's messages live in the same part file in every language, so a
/// translator working on one screen finds all of its words in one place.
#[test]
fn every_part_holds_the_same_messages_in_every_language() {
    let ids = |source: &str| -> Vec<String> {
        let mut ids: Vec<String> = message_variables(source)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        ids.sort();
        ids
    };
    for (i, part) in frontdesk::i18n::PARTS.iter().enumerate() {
        let en = ids(Lang::En.parts()[i]);
        for lang in TRANSLATED {
            assert_eq!(
                ids(lang.parts()[i]),
                en,
                "{lang}/{part}.ftl does not hold the same messages as en/{part}.ftl"
            );
        }
    }
}
