//! The ticket dispenser's state between frames (`frontdesk kiosk`): the
//! buttons' view, the language chosen (back to the first after a minute
//! without a touch), the ticket just issued shown large for a few seconds,
//! the printer's state, the guard against a double press, and the key
//! sequence that ends the kiosk. Touches and keys become actions; an action
//! may ask the event loop to issue a ticket. No terminal I/O here: time since
//! start (`mono`) is passed in, so every rule is tested without waiting.

use crate::domain::{Hall, Instant, ServiceCode, State};
use crate::i18n::{Lang, Tr};
use crate::views::kiosk::{KioskView, Offer, Slip, kiosk_view, refusal_text};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::time::Duration;

/// After this long without a touch the first language comes back.
pub const IDLE: Duration = Duration::from_secs(60);
/// A second press this soon after one that issued a ticket is the same press.
pub const GUARD: Duration = Duration::from_millis(1500);
/// How long a refusal or an error stays on the screen.
const MESSAGE: Duration = Duration::from_secs(6);

/// What a touch or key asks of the kiosk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KioskAction {
    /// A service's button, by its place on the screen.
    Press(usize),
    /// A language button.
    Lang(usize),
    NextLang,
    /// A touch on the ticket shown: back to the buttons.
    Dismiss,
    /// A key typed, which may be part of the quit sequence.
    Typed(char),
}

/// What the event loop must do for the kiosk.
#[derive(Clone, Debug, PartialEq)]
pub enum KioskEffect {
    /// Issue a ticket for the service whose button showed `offer`.
    Issue {
        offer: Offer,
        lang: Lang,
    },
    Quit,
}

/// Where the ticket's paper stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Paper {
    /// The kiosk has no printer: the screen is the ticket.
    None,
    Printing,
    Printed,
    Failed(String),
}

/// The ticket shown large.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub slip: Slip,
    pub lang: Lang,
    pub until: Duration,
}

pub struct Kiosk {
    pub view: KioskView,
    pub services: Vec<ServiceCode>,
    pub langs: Vec<Lang>,
    translators: Vec<Tr>,
    pub lang: usize,
    pub shown: Option<Shown>,
    pub paper: Paper,
    /// Whether the kiosk prints at all.
    pub printer: bool,
    /// The printer's last failure, shown until a ticket prints again.
    pub printer_fault: Option<String>,
    /// A refusal or an error, until a time.
    pub message: Option<(String, Duration)>,
    /// How long a new ticket stays large.
    pub show_seconds: Duration,
    quit: Vec<char>,
    typed: Vec<char>,
    last_input: Duration,
    guard_until: Option<Duration>,
}

impl Kiosk {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        hall: &Hall,
        state: &State,
        now: Instant,
        services: Vec<ServiceCode>,
        langs: Vec<Lang>,
        quit: Option<&str>,
        printer: bool,
        show_seconds: u32,
    ) -> Kiosk {
        let langs = if langs.is_empty() {
            vec![Lang::En]
        } else {
            langs
        };
        Kiosk {
            view: kiosk_view(hall, state, &services, now),
            services,
            translators: langs.iter().map(|l| Tr::new(*l)).collect(),
            langs,
            lang: 0,
            shown: None,
            paper: if printer { Paper::Printed } else { Paper::None },
            printer,
            printer_fault: None,
            message: None,
            show_seconds: Duration::from_secs(show_seconds.into()),
            quit: quit.map(|q| q.chars().collect()).unwrap_or_default(),
            typed: Vec::new(),
            last_input: Duration::ZERO,
            guard_until: None,
        }
    }

    pub fn tr(&self) -> &Tr {
        &self.translators[self.lang.min(self.translators.len() - 1)]
    }

    pub fn current_lang(&self) -> Lang {
        self.langs[self.lang.min(self.langs.len() - 1)]
    }

    /// Builds the view afresh and lets timers run out.
    pub fn refresh(&mut self, hall: &Hall, state: &State, now: Instant, mono: Duration) {
        self.view = kiosk_view(hall, state, &self.services, now);
        self.tick(mono);
    }

    /// Timers: the ticket shown, the message, and the language when idle.
    pub fn tick(&mut self, mono: Duration) {
        if self.shown.as_ref().is_some_and(|s| mono >= s.until) {
            self.shown = None;
        }
        if self
            .message
            .as_ref()
            .is_some_and(|(_, until)| mono >= *until)
        {
            self.message = None;
        }
        if mono.saturating_sub(self.last_input) >= IDLE {
            self.lang = 0;
        }
    }

    /// Handles one action at `mono`; the effect, if the loop has work.
    pub fn update(&mut self, action: KioskAction, mono: Duration) -> Option<KioskEffect> {
        self.last_input = mono;
        match action {
            KioskAction::Typed(c) => {
                if !self.quit.is_empty() {
                    self.typed.push(c);
                    let keep = self.quit.len();
                    if self.typed.len() > keep {
                        self.typed.drain(..self.typed.len() - keep);
                    }
                    if self.typed == self.quit {
                        return Some(KioskEffect::Quit);
                    }
                }
                None
            }
            KioskAction::Lang(i) => {
                if i < self.langs.len() {
                    self.lang = i;
                }
                None
            }
            KioskAction::NextLang => {
                self.lang = (self.lang + 1) % self.langs.len();
                None
            }
            KioskAction::Dismiss => {
                if !self.guarded(mono) {
                    self.shown = None;
                }
                None
            }
            KioskAction::Press(i) => {
                // The same finger twice, or a touch meant for the ticket shown.
                if self.guarded(mono) {
                    return None;
                }
                if self.shown.is_some() {
                    self.shown = None;
                    return None;
                }
                let offer = self.view.offers.get(i)?.clone();
                if !offer.issues() {
                    let text = refusal_text(self.tr(), &offer);
                    self.message = Some((text, mono + MESSAGE));
                    return None;
                }
                self.guard_until = Some(mono + GUARD);
                self.message = None;
                Some(KioskEffect::Issue {
                    offer,
                    lang: self.current_lang(),
                })
            }
        }
    }

    fn guarded(&self, mono: Duration) -> bool {
        self.guard_until.is_some_and(|g| mono < g)
    }

    /// The ticket the loop issued: shown large, and printing if there is a printer.
    pub fn issued(&mut self, slip: Slip, lang: Lang, mono: Duration) {
        self.shown = Some(Shown {
            slip,
            lang,
            until: mono + self.show_seconds,
        });
        self.paper = if self.printer {
            Paper::Printing
        } else {
            Paper::None
        };
    }

    /// The loop could not issue the ticket: why, on the screen.
    pub fn failed(&mut self, reason: String, mono: Duration) {
        let text = self.tr().f("kiosk-failed", &[("reason", (&reason).into())]);
        self.message = Some((text, mono + MESSAGE));
    }

    /// How the printer did.
    pub fn printed(&mut self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.paper = Paper::Printed;
                self.printer_fault = None;
            }
            Err(e) => {
                self.paper = Paper::Failed(e.clone());
                self.printer_fault = Some(e);
            }
        }
    }

    /// The translator of the ticket shown, or the screen's.
    pub fn ticket_tr(&self) -> &Tr {
        let lang = self.shown.as_ref().map_or(self.current_lang(), |s| s.lang);
        self.langs
            .iter()
            .position(|l| *l == lang)
            .map_or(self.tr(), |i| &self.translators[i])
    }
}

/// A key's action: a digit presses that button, a letter the service with that
/// code, Tab turns the language; every key also counts toward the quit sequence.
pub fn key_action(kiosk: &Kiosk, key: KeyEvent) -> Vec<KioskAction> {
    if key.kind != KeyEventKind::Press {
        return vec![];
    }
    let mut out = Vec::new();
    if let KeyCode::Char(c) = key.code
        && !key.modifiers.contains(KeyModifiers::CONTROL)
    {
        out.push(KioskAction::Typed(c));
        if let Some(d) = c.to_digit(10).filter(|d| *d >= 1) {
            out.push(KioskAction::Press(d as usize - 1));
        } else if let Some(i) = kiosk
            .view
            .offers
            .iter()
            .position(|o| o.code.0.eq_ignore_ascii_case(&c.to_string()))
        {
            out.push(KioskAction::Press(i));
        }
    }
    match key.code {
        KeyCode::Tab => out.push(KioskAction::NextLang),
        KeyCode::Enter | KeyCode::Esc if kiosk.shown.is_some() => out.push(KioskAction::Dismiss),
        _ => {}
    }
    out
}
