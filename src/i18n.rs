//! Interface texts in the hall's four languages, with CLDR plural rules (Fluent).
//! The `.ftl` files in `assets/i18n/` are embedded so the binary needs no set-up.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The areas whose messages live in separate files under `assets/i18n/<lang>/`,
/// so that each screen's words can change without touching the others'.
pub const PARTS: [&str; 10] = [
    "core", "planner", "board", "trainer", "sim", "store", "kiosk", "access", "feedback", "report",
];

#[derive(
    Copy,
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Hu,
    Ru,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Hu, Lang::Ru, Lang::Uk];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hu => "hu",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The embedded Fluent source for this language: its parts, one per area of
    /// the product, joined in [`PARTS`] order.
    pub fn source(self) -> &'static str {
        static JOINED: LazyLock<[String; 4]> =
            LazyLock::new(|| Lang::ALL.map(|l| l.parts().join("\n")));
        &JOINED[self as usize]
    }

    /// The embedded Fluent files of this language, in [`PARTS`] order.
    pub fn parts(self) -> [&'static str; PARTS.len()] {
        macro_rules! parts {
            ($lang:literal) => {
                [
                    include_str!(concat!("../assets/i18n/", $lang, "/core.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/planner.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/board.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/trainer.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/sim.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/store.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/kiosk.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/access.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/feedback.ftl")),
                    include_str!(concat!("../assets/i18n/", $lang, "/report.ftl")),
                ]
            };
        }
        match self {
            Lang::En => parts!("en"),
            Lang::Hu => parts!("hu"),
            Lang::Ru => parts!("ru"),
            Lang::Uk => parts!("uk"),
        }
    }

    /// The next language, for a one-key language switch.
    pub fn next(self) -> Lang {
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(i + 1) % Lang::ALL.len()]
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One argument to a message: text, or a number that picks the plural form.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

/// A translator for one language, falling back to English for a missing message.
pub struct Tr {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

/// Grammar that Fluent's selectors cannot express, as functions the messages call.
/// `AT($time)` in Ukrainian: "о 12:30", but "об 11:30" (об одинадцятій): "об"
/// before a vowel, whether the time is written in digits or in words.
/// `AZ($word)` in Hungarian: the article before a word read out, "az" before a
/// vowel ("az egyes ablak") and "a" before a consonant ("a kettes ablak");
/// `AZ($word, cap: "yes")` begins a sentence with it.
pub fn add_functions(bundle: &mut FluentBundle<FluentResource>, lang: Lang) {
    if lang == Lang::Hu {
        // `ART($x)`: "a" or "az", as the ticket or number after it is read out.
        let _ = bundle.add_function("ART", |positional, _named| {
            let text = match positional.first() {
                Some(FluentValue::String(s)) => s.to_string(),
                Some(FluentValue::Number(n)) => n.as_string().to_string(),
                _ => String::new(),
            };
            FluentValue::from(hungarian_article(&text))
        });
        // `AZ($word)`: the article and a word already written out as it is
        // said ("az egyes", "a kettes", "az á huszonhármas").
        let _ = bundle.add_function("AZ", |positional, named| {
            let word = match positional.first() {
                Some(FluentValue::String(s)) => s.to_string(),
                Some(FluentValue::Number(n)) => n.as_string().to_string(),
                _ => String::new(),
            };
            let vowel = word
                .chars()
                .next()
                .is_some_and(|c| "aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ".contains(c));
            let cap = matches!(named.get("cap"), Some(FluentValue::String(s)) if s == "yes");
            let article = match (vowel, cap) {
                (true, false) => "az",
                (true, true) => "Az",
                (false, false) => "a",
                (false, true) => "A",
            };
            FluentValue::from(format!("{article} {word}"))
        });
        return;
    }
    if lang != Lang::Uk {
        return;
    }
    let _ = bundle.add_function("AT", |positional, _named| {
        let time = match positional.first() {
            Some(FluentValue::String(s)) => s.to_string(),
            Some(FluentValue::Number(n)) => n.as_string().to_string(),
            _ => String::new(),
        };
        let vowel = time
            .chars()
            .next()
            .is_some_and(|c| "аеєиіїоуюяАЕЄИІЇОУЮЯ".contains(c));
        let preposition = if time.starts_with("11") || vowel {
            "об"
        } else {
            "о"
        };
        FluentValue::from(format!("{preposition} {time}"))
    });
}

/// The Hungarian definite article before a ticket label or a number: "az"
/// before a vowel sound. Letters are read by their names (A, E, F "ef", L
/// "el", M "em", N "en", R "er", S "es" …); numbers by their first word: 1
/// "egy", 5 "öt", 50 "ötven", 1000 "ezer" take "az"; 10 "tíz" or 100 "száz"
/// take "a".
pub fn hungarian_article(text: &str) -> &'static str {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return "a";
    };
    if first.is_ascii_digit() {
        let digits: String = text
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .skip_while(|c| *c == '0')
            .collect();
        return match (digits.chars().next(), digits.len() % 3) {
            (Some('5'), _) => "az",
            // egy, ezer, egymillió… but tíz, száz, tízezer, százezer
            (Some('1'), 1) => "az",
            _ => "a",
        };
    }
    let upper: String = first.to_uppercase().collect();
    if "AÁEÉFIÍLMNOÓÖŐRSUÚÜŰXY".contains(upper.as_str()) {
        "az"
    } else {
        "a"
    }
}

#[cfg(test)]
mod article_tests {
    use super::hungarian_article as art;

    #[test]
    fn the_article_follows_the_first_sound() {
        for (text, want) in [
            ("A030", "az"),
            ("B014", "a"),
            ("F001", "az"),
            ("K002", "a"),
            ("1", "az"),
            ("2", "a"),
            ("5", "az"),
            ("10", "a"),
            ("11", "a"),
            ("50", "az"),
            ("100", "a"),
            ("1000", "az"),
            ("12000", "a"),
            ("", "a"),
        ] {
            assert_eq!(art(text), want, "{text}");
        }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would show up as stray characters in a terminal.
    bundle.set_use_isolating(false);
    add_functions(&mut bundle, lang);
    // The embedded files are checked by tests; a broken entry is skipped, not fatal.
    let resource = match FluentResource::try_new(lang.source().to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr {
            lang,
            bundle: bundle(lang),
            fallback: (lang != Lang::En).then(|| bundle(Lang::En)),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn t(&self, key: &str) -> String {
        self.f(key, &[])
    }

    pub fn f(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let v: FluentValue = match value {
                Arg::Str(s) => FluentValue::from(*s),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fargs.set(*name, v);
        }
        for b in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }
}

/// Message ids and the variables each uses, read from a Fluent source: the test
/// that every language has every message with the same placeholders uses this.
pub fn message_variables(source: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in source.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry && let Some((id, _)) = line.split_once('=') {
            out.push((id.trim().to_string(), Vec::new()));
        }
        if line.trim_start().starts_with('#') {
            continue;
        }
        if let Some((_, vars)) = out.last_mut() {
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                rest = &rest[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() && !vars.contains(&name) {
                    vars.push(name);
                }
            }
        }
    }
    for (_, vars) in &mut out {
        vars.sort();
    }
    out
}

/// One text in each of the four shipped languages; the file readers guarantee
/// that none is missing or empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    en: String,
    hu: String,
    ru: String,
    uk: String,
}

impl Texts {
    pub fn new(en: String, hu: String, ru: String, uk: String) -> Texts {
        Texts { en, hu, ru, uk }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Hu => &self.hu,
            Lang::Ru => &self.ru,
            Lang::Uk => &self.uk,
        }
    }
}
