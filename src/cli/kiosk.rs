//! `frontdesk kiosk`, the ticket dispenser, and `frontdesk announce`, the
//! hall's spoken calls beside the board. Both check their set-up before any
//! screen or sound: a printer path that cannot be written or a missing speech
//! program is a clear error (exit 2) at start.

use super::args::{Cli, LangChoice};
use super::failure::{Failure, say};
use super::input::translator;
use crate::clock::Clock;
use crate::i18n::{Lang, Tr};
use crate::setup::{self, Opened};
use crate::text;
use crate::views::calls::announcements;
use crate::voice::speaker::{Speaker, Speech, default_command};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The languages asked for: `--lang` pins one, else the list given, else the hall's.
fn languages(cli: &Cli, opened: &Opened, own: &[String]) -> Vec<Lang> {
    if let Some(l) = cli.global.lang.and_then(LangChoice::one) {
        return vec![l];
    }
    own_languages(opened, own)
}

/// The list given, else the hall's.
fn own_languages(opened: &Opened, own: &[String]) -> Vec<Lang> {
    let list = if own.is_empty() {
        &opened.config.languages
    } else {
        own
    };
    list.iter().filter_map(|l| Lang::parse(l)).collect()
}

/// The config file's name for messages, or the demo's.
fn config_name(opened: &Opened) -> String {
    opened
        .places
        .config
        .as_ref()
        .map_or_else(|| "demo/hall.toml".to_string(), |p| p.display().to_string())
}

/// `frontdesk kiosk`.
pub fn kiosk(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let opened = setup::open(&cli.global.choice(), clock.now())?;
    let tr = translator(cli, Some(&opened.config.language));
    let cfg = opened.config.kiosk.clone();
    if cfg.services.is_empty() {
        return Err(Failure::Bad(tr.t("kiosk-no-service")));
    }
    if let Some(p) = &cfg.printer
        && let Err(e) = crate::print::check(p)
    {
        let path = match p {
            crate::config::Printer::Device(path) => path.display().to_string(),
            crate::config::Printer::Command(words) => words.join(" "),
        };
        return Err(Failure::Bad(tr.f(
            "kiosk-printer-unwritable",
            &[
                ("file", (&config_name(&opened)).into()),
                ("path", (&path).into()),
                ("error", (&e).into()),
            ],
        )));
    }
    let langs = languages(cli, &opened, &cfg.languages);
    let origin = text::clean(cli.global.origin.as_deref().unwrap_or(&cfg.name));
    let setup = crate::tui::kiosk::Setup {
        langs,
        origin,
        printer: cfg.printer.clone(),
    };
    Ok(crate::tui::kiosk::run(opened, clock, setup)?)
}

/// How the hall speaks, or why it cannot: the config's program, else
/// espeak-ng when installed. The languages are the hall's to hear, whatever
/// language the screen is in.
pub fn speech(opened: &Opened) -> Result<Speech, String> {
    let voice = &opened.config.voice;
    let command = voice
        .command
        .clone()
        .or_else(default_command)
        .ok_or_else(|| "voice-off-no-program".to_string())?;
    Ok(Speech {
        command,
        chime: voice.chime.clone(),
        langs: own_languages(opened, &voice.languages),
    })
}

/// `frontdesk announce`: follows the log and speaks every call until a
/// signal ends it; each announcement is also written to standard output.
pub fn announce(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let mut opened = setup::open(&cli.global.choice(), clock.now())?;
    let tr = translator(cli, Some(&opened.config.language));
    let speech = speech(&opened)
        .map_err(|key| Failure::Bad(tr.f("voice-off", &[("reason", (&tr.t(&key)).into())])))?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let first = Tr::new(speech.langs.first().copied().unwrap_or(Lang::En));
    let names: Vec<&str> = speech.langs.iter().map(|l| l.code()).collect();
    eprintln!(
        "{}",
        tr.f(
            "voice-announcing",
            &[
                ("hall", (&text::clean(&opened.log.hall().name)).into()),
                ("langs", (&names.join(", ")).into()),
            ],
        )
    );
    let breaks = opened.config.voice.breaks;
    let speaker = Speaker::start(speech);
    let mut seen = opened.log.last_seq();
    let mut failure: Option<String> = None;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        for _ in 0..speaker.take_bells() {
            print!("\x07");
        }
        if speaker.failure() != failure {
            failure = speaker.failure();
            if let Some(f) = &failure {
                eprintln!(
                    "frontdesk: {}",
                    tr.f("voice-failed", &[("error", f.into())])
                );
            }
        }
        // A log we cannot read just now is read again at the next turn.
        if !opened.log.refresh().unwrap_or(false) {
            continue;
        }
        let Ok(events) = opened.log.events(seen, 100_000) else {
            continue;
        };
        seen = events.last().map_or(seen, |r| r.seq);
        let hall = opened.log.hall();
        for a in announcements(hall, opened.log.state(), &events, breaks, clock.now()) {
            say(&crate::voice::text(&first, &a));
            speaker.say(a);
        }
    }
    Ok(())
}
