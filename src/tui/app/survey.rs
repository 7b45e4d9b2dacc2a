//! The survey screen's state (`frontdesk survey --window N`): a small screen
//! facing the customer at the counter. When a service at its window ends it
//! asks "How was your visit?" with five faces, then optionally one reason,
//! then thanks and clears itself. It never shows another customer's data: no
//! ticket number, no name, and the question goes the moment the next
//! customer is called to the window or its time runs out.
//!
//! Pure: the loop feeds it the log's events and the time; it answers with the
//! rating to record.

use crate::domain::{Event, Hall, Instant, Recorded, TicketId, WindowId};
use crate::feedback::rules::SURVEY_REASONS;
use crate::i18n::{Lang, Tr};
use chrono::Duration;

/// How long the reason question waits before the rating is kept without one.
pub const REASON_SECONDS: i64 = 20;

/// The kinds of event the survey watches.
pub const WATCHED: [&str; 4] = [
    "ticket_served",
    "ticket_called",
    "ticket_no_show",
    "ticket_transferred",
];

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Nobody to ask.
    Idle,
    /// A service just ended: how was it?
    Asking {
        ticket: Option<TicketId>,
        since: Instant,
    },
    /// A face was chosen: one reason, if the customer wants.
    Reason {
        ticket: Option<TicketId>,
        score: u8,
        since: Instant,
        selected: usize,
    },
    Thanks {
        until: Instant,
        /// The answer could not be saved: say so rather than thank for nothing.
        failed: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyAction {
    /// A face, 1 (very bad) to 5 (very good).
    Face(u8),
    /// A reason by its place in the list, from 0.
    Reason(usize),
    Skip,
    Lang(Lang),
    NextLang,
    Up,
    Down,
    Confirm,
    Quit,
}

/// The rating to record.
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    pub ticket: Option<TicketId>,
    pub score: u8,
    pub reason: Option<String>,
    pub lang: Lang,
}

pub struct Survey {
    pub window: WindowId,
    pub window_name: Option<String>,
    pub hall_name: String,
    pub demo: bool,
    /// The language each new customer is first asked in.
    pub home: Lang,
    pub lang: Lang,
    translators: Vec<Tr>,
    pub phase: Phase,
    ask: Duration,
    thanks: Duration,
    pub colour: bool,
    pub quit: bool,
}

impl Survey {
    pub fn new(
        hall: &Hall,
        window: WindowId,
        lang: Lang,
        ask_seconds: u32,
        thanks_seconds: u32,
        colour: bool,
    ) -> Survey {
        Survey {
            window,
            window_name: hall.window(window).and_then(|w| w.name.clone()),
            hall_name: hall.name.clone(),
            demo: hall.demo,
            home: lang,
            lang,
            translators: Lang::ALL.iter().map(|l| Tr::new(*l)).collect(),
            phase: Phase::Idle,
            ask: Duration::seconds(i64::from(ask_seconds)),
            thanks: Duration::seconds(i64::from(thanks_seconds)),
            colour,
            quit: false,
        }
    }

    pub fn tr(&self) -> &Tr {
        let i = Lang::ALL.iter().position(|l| *l == self.lang).unwrap_or(0);
        &self.translators[i]
    }

    /// Back to nobody, in the hall's language for whoever comes next.
    fn clear(&mut self) {
        self.phase = Phase::Idle;
        self.lang = self.home;
    }

    /// A face chosen and no reason yet: kept as it is.
    fn keep_unreasoned(&self) -> Option<Rate> {
        match &self.phase {
            Phase::Reason { ticket, score, .. } => Some(Rate {
                ticket: *ticket,
                score: *score,
                reason: None,
                lang: self.lang,
            }),
            _ => None,
        }
    }

    /// Something happened at the hall. A service ending at this window asks
    /// its customer; the next customer called ends any question still on
    /// show, so nobody ever answers for someone else. A face already chosen
    /// is kept without a reason.
    pub fn observe(&mut self, r: &Recorded) -> Option<Rate> {
        match &r.event {
            Event::TicketServed { ticket, window } if *window == self.window => {
                let kept = self.keep_unreasoned();
                self.lang = self.home;
                self.phase = Phase::Asking {
                    ticket: Some(*ticket),
                    since: r.at,
                };
                kept
            }
            Event::TicketCalled { window, .. }
            | Event::TicketNoShow { window, .. }
            | Event::TicketTransferred { from: window, .. }
                if *window == self.window =>
            {
                match self.phase {
                    Phase::Asking { .. } | Phase::Reason { .. } => {
                        let kept = self.keep_unreasoned();
                        self.clear();
                        kept
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Time passed: questions and thanks clear themselves.
    pub fn tick(&mut self, now: Instant) -> Option<Rate> {
        match self.phase {
            Phase::Asking { since, .. } if now - since >= self.ask => {
                self.clear();
                None
            }
            Phase::Reason { since, .. } if now - since >= Duration::seconds(REASON_SECONDS) => {
                let kept = self.keep_unreasoned();
                // Thanked once it is saved.
                self.phase = Phase::Idle;
                kept
            }
            Phase::Thanks { until, .. } if now >= until => {
                self.clear();
                None
            }
            _ => None,
        }
    }

    /// The answer was saved (or not): thank the customer, or say so.
    pub fn saved(&mut self, ok: bool, now: Instant) {
        self.phase = Phase::Thanks {
            until: now + self.thanks,
            failed: !ok,
        };
    }

    pub fn update(&mut self, action: SurveyAction, now: Instant) -> Option<Rate> {
        match action {
            SurveyAction::Quit => {
                self.quit = true;
                return None;
            }
            SurveyAction::Lang(l) => {
                self.lang = l;
                return None;
            }
            SurveyAction::NextLang => {
                self.lang = self.lang.next();
                return None;
            }
            _ => {}
        }
        match self.phase.clone() {
            Phase::Asking { ticket, .. } => match action {
                SurveyAction::Face(score) if (1..=5).contains(&score) => {
                    self.phase = Phase::Reason {
                        ticket,
                        score,
                        since: now,
                        selected: 0,
                    };
                    None
                }
                _ => None,
            },
            Phase::Reason {
                ticket,
                score,
                since,
                selected,
            } => {
                let rate = |reason: Option<&str>| Rate {
                    ticket,
                    score,
                    reason: reason.map(str::to_string),
                    lang: self.lang,
                };
                match action {
                    SurveyAction::Reason(i) if i < SURVEY_REASONS.len() => {
                        Some(rate(Some(SURVEY_REASONS[i])))
                    }
                    SurveyAction::Confirm => Some(rate(SURVEY_REASONS.get(selected).copied())),
                    SurveyAction::Skip => Some(rate(None)),
                    // A second thought about the face.
                    SurveyAction::Face(s) if (1..=5).contains(&s) => {
                        self.phase = Phase::Reason {
                            ticket,
                            score: s,
                            since,
                            selected,
                        };
                        None
                    }
                    SurveyAction::Up | SurveyAction::Down => {
                        let last = SURVEY_REASONS.len() - 1;
                        let selected = if action == SurveyAction::Up {
                            selected.saturating_sub(1)
                        } else {
                            (selected + 1).min(last)
                        };
                        self.phase = Phase::Reason {
                            ticket,
                            score,
                            since,
                            selected,
                        };
                        None
                    }
                    _ => None,
                }
            }
            Phase::Thanks { .. } | Phase::Idle => None,
        }
    }
}

/// The survey's keys: digits for faces and reasons, `0` or Esc to skip the
/// reason, `l` for the next language, F1–F4 for one. Only Ctrl-C ends it:
/// customers touch this screen, and a stray `q` must not close it.
pub fn action_for(key: ratatui::crossterm::event::KeyEvent, s: &Survey) -> Option<SurveyAction> {
    use ratatui::crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(SurveyAction::Quit);
    }
    let reason = matches!(s.phase, Phase::Reason { .. });
    match key.code {
        KeyCode::Char(c @ '1'..='9') => {
            let n = c as usize - '0' as usize;
            if reason {
                Some(SurveyAction::Reason(n - 1))
            } else {
                u8::try_from(n).ok().map(SurveyAction::Face)
            }
        }
        KeyCode::Char('0') | KeyCode::Esc if reason => Some(SurveyAction::Skip),
        KeyCode::Char('l') | KeyCode::Char('L') => Some(SurveyAction::NextLang),
        KeyCode::F(n @ 1..=4) => Some(SurveyAction::Lang(Lang::ALL[usize::from(n - 1)])),
        KeyCode::Up => Some(SurveyAction::Up),
        KeyCode::Down => Some(SurveyAction::Down),
        KeyCode::Enter => Some(SurveyAction::Confirm),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn t(s: i64) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0)
            .single()
            .unwrap_or_default()
            + Duration::seconds(s)
    }

    fn rec(at: Instant, event: Event) -> Recorded {
        Recorded {
            seq: 1,
            at,
            origin: "counter:1".into(),
            event,
            user: None,
        }
    }

    fn survey() -> Survey {
        Survey::new(&Hall::sample(), WindowId(1), Lang::Hu, 60, 5, false)
    }

    #[test]
    fn a_service_ending_asks_and_a_face_and_a_reason_make_a_rating() {
        let mut s = survey();
        assert_eq!(s.update(SurveyAction::Face(5), t(0)), None);
        assert_eq!(s.phase, Phase::Idle, "nobody to rate: faces do nothing");
        s.observe(&rec(
            t(0),
            Event::TicketServed {
                ticket: TicketId(7),
                window: WindowId(1),
            },
        ));
        assert!(matches!(
            s.phase,
            Phase::Asking {
                ticket: Some(TicketId(7)),
                ..
            }
        ));
        s.update(SurveyAction::Lang(Lang::Uk), t(1));
        assert_eq!(s.update(SurveyAction::Face(4), t(2)), None);
        let rate = s.update(SurveyAction::Reason(0), t(3));
        assert_eq!(
            rate,
            Some(Rate {
                ticket: Some(TicketId(7)),
                score: 4,
                reason: Some("waiting-time".into()),
                lang: Lang::Uk,
            })
        );
        s.saved(true, t(3));
        assert!(matches!(s.phase, Phase::Thanks { failed: false, .. }));
        // Thanks clear themselves, and the next customer is asked in the hall's language.
        assert_eq!(s.tick(t(7)), None);
        assert!(matches!(s.phase, Phase::Thanks { .. }));
        s.tick(t(8));
        assert_eq!(s.phase, Phase::Idle);
        assert_eq!(s.lang, Lang::Hu);
    }

    #[test]
    fn the_next_customer_called_ends_the_last_ones_question() {
        let mut s = survey();
        let served = |t: u64| Event::TicketServed {
            ticket: TicketId(t),
            window: WindowId(1),
        };
        s.observe(&rec(t(0), served(7)));
        // Another window's business changes nothing here.
        s.observe(&rec(
            t(1),
            Event::TicketCalled {
                ticket: TicketId(8),
                window: WindowId(2),
            },
        ));
        assert!(matches!(s.phase, Phase::Asking { .. }));
        s.observe(&rec(
            t(2),
            Event::TicketCalled {
                ticket: TicketId(8),
                window: WindowId(1),
            },
        ));
        assert_eq!(s.phase, Phase::Idle);
        // A face chosen before the next call is kept, without a reason.
        s.observe(&rec(t(3), served(8)));
        s.update(SurveyAction::Face(2), t(4));
        let kept = s.observe(&rec(
            t(5),
            Event::TicketCalled {
                ticket: TicketId(9),
                window: WindowId(1),
            },
        ));
        assert_eq!(
            kept.map(|r| (r.ticket, r.score, r.reason)),
            Some((Some(TicketId(8)), 2, None))
        );
        assert_eq!(s.phase, Phase::Idle);
    }

    #[test]
    fn an_unanswered_question_clears_itself() {
        let mut s = survey();
        s.observe(&rec(
            t(0),
            Event::TicketServed {
                ticket: TicketId(7),
                window: WindowId(1),
            },
        ));
        assert_eq!(s.tick(t(59)), None);
        assert!(matches!(s.phase, Phase::Asking { .. }));
        s.tick(t(60));
        assert_eq!(s.phase, Phase::Idle);
        // A face without a reason is kept when the reason question times out.
        s.observe(&rec(
            t(100),
            Event::TicketServed {
                ticket: TicketId(8),
                window: WindowId(1),
            },
        ));
        s.update(SurveyAction::Face(1), t(101));
        let kept = s.tick(t(101 + REASON_SECONDS));
        assert_eq!(kept.map(|r| (r.score, r.reason)), Some((1, None)));
    }
}
