//! The `[kiosk]` and `[voice]` tables: the ticket dispenser at the door and
//! the hall's spoken calls. Read and checked like the rest of the config, with
//! every problem placed at its file, line and column.

use super::{Ctx, check_between, check_id, check_language};
use crate::config::ConfigError;
use crate::domain::{Service, ServiceCode};
use serde::Deserialize;
use std::path::PathBuf;
use toml::Spanned;

/// The ticket dispenser (`frontdesk kiosk`).
#[derive(Clone, Debug, PartialEq)]
pub struct Kiosk {
    /// Recorded as the origin of every ticket it issues, and named on the
    /// supervisor's overview when its printer fails; an id (letters, digits,
    /// '.', '_', '-').
    pub name: String,
    /// The services it offers, in the order of their buttons.
    pub services: Vec<ServiceCode>,
    /// Its language buttons, the first one the default; empty means the hall's.
    pub languages: Vec<String>,
    pub printer: Option<Printer>,
    /// The keys that end the kiosk, typed in order; without it only a signal
    /// (SIGTERM, SIGHUP) ends it, as a customer cannot send one.
    pub quit: Option<String>,
    /// Seconds a new ticket stays large on the screen.
    pub show_seconds: u32,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            name: "kiosk".into(),
            services: vec![],
            languages: vec![],
            printer: None,
            quit: None,
            show_seconds: 8,
        }
    }
}

/// Where tickets are printed.
#[derive(Clone, Debug, PartialEq)]
pub enum Printer {
    /// A device file (a USB thermal printer) or a plain file, written to.
    Device(PathBuf),
    /// A program that takes the ticket's bytes on standard input.
    Command(Vec<String>),
}

/// The hall's spoken calls (`frontdesk board`, `frontdesk announce`).
#[derive(Clone, Debug, PartialEq)]
pub struct Voice {
    /// Whether the board speaks; `announce` speaks whatever this says.
    pub board: bool,
    /// The speech program and its arguments, with `{text}`, `{lang}` and
    /// `{seq}` filled in; without it, espeak-ng when it is installed.
    pub command: Option<Vec<String>>,
    /// The languages each call is spoken in, in turn; empty means the hall's.
    pub languages: Vec<String>,
    pub chime: Chime,
    /// Also announce a window closing for a break and a break's end.
    pub breaks: bool,
}

impl Default for Voice {
    fn default() -> Self {
        Voice {
            board: true,
            command: None,
            languages: vec![],
            chime: Chime::Bell,
            breaks: false,
        }
    }
}

/// The sound before each announcement.
#[derive(Clone, Debug, PartialEq)]
pub enum Chime {
    /// The terminal's bell.
    Bell,
    None,
    /// A program that plays one (e.g. `aplay chime.wav`).
    Command(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
pub(crate) struct RawKiosk {
    name: Option<Spanned<String>>,
    services: Option<Spanned<Vec<Spanned<String>>>>,
    languages: Option<Spanned<Vec<Spanned<String>>>>,
    printer: Option<Spanned<toml::Value>>,
    quit: Option<Spanned<String>>,
    show_seconds: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
pub(crate) struct RawVoice {
    board: Option<bool>,
    command: Option<Spanned<Vec<Spanned<String>>>>,
    languages: Option<Spanned<Vec<Spanned<String>>>>,
    chime: Option<Spanned<toml::Value>>,
    breaks: Option<bool>,
}

/// A list of languages, each known and listed once.
fn languages(
    cx: &Ctx,
    raw: &Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
) -> Result<Vec<String>, ConfigError> {
    let Some(list) = raw else {
        return Ok(vec![]);
    };
    if list.get_ref().is_empty() {
        return Err(cx.at(list, key, "must list at least one language"));
    }
    let mut out: Vec<String> = Vec::new();
    for (i, l) in list.get_ref().iter().enumerate() {
        let k = format!("{key}[{i}]");
        let code = check_language(cx, l, &k)?;
        if out.contains(&code) {
            return Err(cx.at(l, &k, &format!("language {code:?} is listed twice")));
        }
        out.push(code);
    }
    Ok(out)
}

/// A program and its arguments: a non-empty array of strings.
fn program(cx: &Ctx, value: &Spanned<toml::Value>, key: &str) -> Result<Vec<String>, ConfigError> {
    let words: Option<Vec<String>> = match value.get_ref() {
        toml::Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => None,
    };
    match words {
        Some(w) if w.first().is_some_and(|p| !p.trim().is_empty()) => Ok(w),
        _ => Err(cx.at(
            value,
            key,
            "expected a program and its arguments as an array of strings, e.g. [\"lp\", \"-d\", \"tickets\"]",
        )),
    }
}

pub(crate) fn check_kiosk(
    cx: &Ctx,
    raw: Option<RawKiosk>,
    services: &[Service],
) -> Result<Kiosk, ConfigError> {
    let d = Kiosk::default();
    let Some(k) = raw else {
        return Ok(Kiosk {
            services: services.iter().map(|s| s.code.clone()).collect(),
            ..d
        });
    };
    let name = match &k.name {
        // An id, as the log and the overview name the kiosk.
        Some(n) => check_id(cx, n, "kiosk.name")?,
        None => d.name,
    };
    let offered = match &k.services {
        None => services.iter().map(|s| s.code.clone()).collect(),
        Some(list) => {
            if list.get_ref().is_empty() {
                return Err(cx.at(list, "kiosk.services", "must list at least one service"));
            }
            let mut out: Vec<ServiceCode> = Vec::new();
            for (i, c) in list.get_ref().iter().enumerate() {
                let key = format!("kiosk.services[{i}]");
                let code = ServiceCode::new(c.get_ref());
                if !services.iter().any(|s| s.code == code) {
                    let known: Vec<&str> = services.iter().map(|s| s.code.0.as_str()).collect();
                    return Err(cx.at(
                        c,
                        &key,
                        &format!(
                            "unknown service {:?}; defined services: {}",
                            c.get_ref(),
                            known.join(", ")
                        ),
                    ));
                }
                if out.contains(&code) {
                    return Err(cx.at(c, &key, &format!("service {:?} is listed twice", code.0)));
                }
                out.push(code);
            }
            out
        }
    };
    let printer = match &k.printer {
        None => None,
        Some(v) => Some(match v.get_ref() {
            toml::Value::String(path) if !path.trim().is_empty() => {
                Printer::Device(PathBuf::from(path))
            }
            toml::Value::Array(_) => Printer::Command(program(cx, v, "kiosk.printer")?),
            _ => {
                return Err(cx.at(
                    v,
                    "kiosk.printer",
                    "expected a device or file path (\"/dev/usb/lp0\") or a command as an array ([\"lp\", \"-d\", \"tickets\"])",
                ));
            }
        }),
    };
    let quit = match &k.quit {
        None => None,
        Some(q) => {
            let text = q.get_ref();
            let n = text.chars().count();
            // Long enough that a customer leaning on a keyboard does not end
            // the kiosk, short enough to type.
            if !(3..=16).contains(&n) || text.chars().any(|c| c.is_control() || c.is_whitespace()) {
                return Err(cx.at(
                    q,
                    "kiosk.quit",
                    &format!("must be 3 to 16 keys without spaces, got {text:?}"),
                ));
            }
            Some(text.clone())
        }
    };
    let show_seconds = match &k.show_seconds {
        None => d.show_seconds,
        Some(v) => check_between(cx, v, "kiosk.show_seconds", 2, 60)? as u32,
    };
    Ok(Kiosk {
        name,
        services: offered,
        languages: languages(cx, &k.languages, "kiosk.languages")?,
        printer,
        quit,
        show_seconds,
    })
}

pub(crate) fn check_voice(cx: &Ctx, raw: Option<RawVoice>) -> Result<Voice, ConfigError> {
    let d = Voice::default();
    let Some(v) = raw else {
        return Ok(d);
    };
    let command = match &v.command {
        None => None,
        Some(list) => {
            let words: Vec<String> = list.get_ref().iter().map(|w| w.get_ref().clone()).collect();
            if words.first().is_none_or(|p| p.trim().is_empty()) {
                return Err(cx.at(
                    list,
                    "voice.command",
                    "must name a program, e.g. [\"espeak-ng\", \"-v\", \"{lang}\", \"{text}\"]",
                ));
            }
            Some(words)
        }
    };
    let chime = match &v.chime {
        None => d.chime,
        Some(c) => match c.get_ref() {
            toml::Value::String(s) if s == "bell" => Chime::Bell,
            toml::Value::String(s) if s == "none" => Chime::None,
            toml::Value::Array(_) => Chime::Command(program(cx, c, "voice.chime")?),
            _ => {
                return Err(cx.at(
                    c,
                    "voice.chime",
                    "expected \"bell\", \"none\" or a command as an array ([\"aplay\", \"chime.wav\"])",
                ));
            }
        },
    };
    Ok(Voice {
        board: v.board.unwrap_or(d.board),
        command,
        languages: languages(cx, &v.languages, "voice.languages")?,
        chime,
        breaks: v.breaks.unwrap_or(d.breaks),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse;

    #[test]
    fn every_kiosk_and_voice_key_is_read() {
        let src = include_str!("../../tests/config/valid/kiosk_and_voice.toml");
        let config = parse(src, "kiosk_and_voice.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            config.kiosk,
            Kiosk {
                name: "bejárat".into(),
                services: vec![ServiceCode::new("B"), ServiceCode::new("A")],
                languages: vec!["hu".into(), "en".into(), "uk".into()],
                printer: Some(Printer::Command(vec![
                    "lp".into(),
                    "-d".into(),
                    "tickets".into()
                ])),
                quit: Some("*#0#*".into()),
                show_seconds: 10,
            }
        );
        assert_eq!(
            config.voice,
            Voice {
                board: false,
                command: Some(
                    ["espeak-ng", "-v", "{lang}", "-s", "150", "{text}"]
                        .map(String::from)
                        .to_vec()
                ),
                languages: vec!["hu".into(), "en".into()],
                chime: Chime::Command(
                    ["aplay", "-q", "/usr/share/sounds/chime.wav"]
                        .map(String::from)
                        .to_vec()
                ),
                breaks: true,
            }
        );
    }

    #[test]
    fn without_the_tables_the_kiosk_offers_everything_and_the_board_may_speak() {
        let src = include_str!("../../tests/config/valid/minimal.toml");
        let config = parse(src, "minimal.toml").unwrap_or_else(|e| panic!("{e}"));
        let all: Vec<ServiceCode> = config
            .hall
            .services
            .iter()
            .map(|s| s.code.clone())
            .collect();
        assert_eq!(config.kiosk.services, all);
        assert_eq!(config.kiosk.printer, None);
        assert_eq!(config.kiosk.quit, None);
        assert_eq!(config.voice, Voice::default());
        let device = include_str!("../../tests/config/valid/kiosk_device_printer.toml");
        let config = parse(device, "d.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            config.kiosk.printer,
            Some(Printer::Device("/dev/usb/lp0".into()))
        );
    }
}
