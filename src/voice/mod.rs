//! The hall's spoken calls: what is announced ("Ticket A 23, window 2", a
//! recall, optionally a window closing for a break and its return), the
//! sentences in each language with numbers read as people say them
//! (`words`), and the speaker that says them one after another through a
//! speech program, never cutting one off (`speaker`).

pub mod speaker;
pub mod words;

use crate::domain::WindowId;
use crate::i18n::{Arg, Tr};
use chrono::{NaiveTime, Timelike};

/// Something the hall says out loud.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announcement {
    Call {
        ticket: String,
        window: WindowId,
    },
    /// The same customer called again.
    Recall {
        ticket: String,
        window: WindowId,
    },
    /// A window starts closing for a break: the board's warning, spoken.
    Closing {
        window: WindowId,
        /// When it closes; `None` when that is any moment now.
        at: Option<NaiveTime>,
        /// The last ticket it still serves.
        cutoff: Option<String>,
        other: Option<WindowId>,
        back: NaiveTime,
    },
    /// A window's break is over.
    Open {
        window: WindowId,
    },
}

/// A time as a phrase: "at twelve thirty", "tizenkét óra harminc perckor",
/// "в двенадцать тридцать", "о дванадцятій тридцять".
pub fn time(tr: &Tr, t: NaiveTime) -> String {
    let lang = tr.lang();
    let hour = words::hour(lang, t.hour());
    if t.minute() == 0 {
        tr.f("voice-time-hour", &[("hour", (&hour).into())])
    } else {
        let minute = words::minute(lang, t.minute());
        tr.f(
            "voice-time",
            &[("hour", (&hour).into()), ("minute", (&minute).into())],
        )
    }
}

/// The announcement in `tr`'s language, ready for a speech program.
pub fn text(tr: &Tr, a: &Announcement) -> String {
    let lang = tr.lang();
    let win = |w: &WindowId| words::window(lang, w.0);
    match a {
        Announcement::Call { ticket, window } => tr.f(
            "voice-call",
            &[
                ("ticket", (&words::ticket(lang, ticket)).into()),
                ("window", (&win(window)).into()),
            ],
        ),
        Announcement::Recall { ticket, window } => tr.f(
            "voice-recall",
            &[
                ("ticket", (&words::ticket(lang, ticket)).into()),
                ("window", (&win(window)).into()),
            ],
        ),
        Announcement::Closing {
            window,
            at,
            cutoff,
            other,
            back,
        } => {
            let w = win(window);
            let mut parts = vec![match at {
                Some(at) => tr.f(
                    "voice-closes-at",
                    &[("window", (&w).into()), ("time", (&time(tr, *at)).into())],
                ),
                None => tr.f("voice-closes-soon", &[("window", (&w).into())]),
            }];
            parts.push(match cutoff {
                Some(c) => tr.f(
                    "voice-served-up-to",
                    &[("cutoff", (&words::ticket(lang, c)).into())],
                ),
                None => tr.t("voice-served-none"),
            });
            if let Some(o) = other {
                let key = if cutoff.is_some() {
                    "voice-others-go-to"
                } else {
                    "voice-go-to"
                };
                parts.push(tr.f(key, &[("other", (&win(o)).into())]));
            }
            parts.push(tr.f(
                "voice-back-at",
                &[("window", (&w).into()), ("time", (&time(tr, *back)).into())],
            ));
            parts.join(" ")
        }
        Announcement::Open { window } => {
            tr.f("voice-open-again", &[("window", Arg::Str(&win(window)))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn said(lang: Lang, a: &Announcement) -> String {
        text(&Tr::new(lang), a)
    }

    fn call() -> Announcement {
        Announcement::Call {
            ticket: "A023".into(),
            window: WindowId(2),
        }
    }

    #[test]
    fn a_call_in_each_language() {
        assert_eq!(
            said(Lang::En, &call()),
            "Ticket A-twenty-three, window two."
        );
        assert_eq!(
            said(Lang::Hu, &call()),
            "Az á huszonhármas sorszámot a kettes ablakhoz kérjük."
        );
        assert_eq!(
            said(Lang::Ru, &call()),
            "Талон А двадцать три, пройдите к окну номер два."
        );
        assert_eq!(
            said(Lang::Uk, &call()),
            "Талон А двадцять три, підійдіть до вікна номер два."
        );
        let to_one = Announcement::Call {
            ticket: "B105".into(),
            window: WindowId(1),
        };
        assert_eq!(
            said(Lang::Hu, &to_one),
            "A bé százötös sorszámot az egyes ablakhoz kérjük."
        );
    }

    #[test]
    fn a_recall_says_so() {
        let recall = Announcement::Recall {
            ticket: "C007".into(),
            window: WindowId(3),
        };
        assert_eq!(
            said(Lang::En, &recall),
            "Calling again: ticket C-seven, window three."
        );
        assert_eq!(
            said(Lang::Hu, &recall),
            "Ismét hívjuk a cé hetes sorszámot a hármas ablakhoz."
        );
        assert_eq!(
            said(Lang::Ru, &recall),
            "Повторный вызов: талон Цэ семь, пройдите к окну номер три."
        );
        assert_eq!(
            said(Lang::Uk, &recall),
            "Повторний виклик: талон Це сім, підійдіть до вікна номер три."
        );
    }

    #[test]
    fn times_are_read_as_each_language_says_them() {
        let at = |lang, h, m| time(&Tr::new(lang), hm(h, m));
        assert_eq!(at(Lang::En, 12, 30), "at twelve thirty");
        assert_eq!(at(Lang::En, 9, 5), "at nine oh five");
        assert_eq!(at(Lang::En, 14, 0), "at fourteen o'clock");
        assert_eq!(at(Lang::Hu, 12, 30), "tizenkét óra harminc perckor");
        assert_eq!(at(Lang::Hu, 8, 0), "nyolc órakor");
        assert_eq!(at(Lang::Ru, 12, 30), "в двенадцать тридцать");
        assert_eq!(at(Lang::Ru, 10, 0), "в десять ноль-ноль");
        assert_eq!(at(Lang::Uk, 12, 30), "о дванадцятій тридцять");
        assert_eq!(at(Lang::Uk, 11, 5), "об одинадцятій нуль п'ять");
        assert_eq!(at(Lang::Uk, 9, 0), "о дев'ятій");
    }

    #[test]
    fn a_closing_window_is_announced_with_the_boards_sentences() {
        let closing = Announcement::Closing {
            window: WindowId(2),
            at: Some(hm(10, 10)),
            cutoff: Some("A010".into()),
            other: Some(WindowId(1)),
            back: hm(10, 40),
        };
        assert_eq!(
            said(Lang::En, &closing),
            "Window two closes for a break at ten ten. Tickets up to A-ten are still served there. Everyone else, please go to window one. Window two is back at ten forty."
        );
        assert_eq!(
            said(Lang::Hu, &closing),
            "A kettes ablak tíz óra tíz perckor szünet miatt bezár. Ott még az á tízes sorszámig mindenkit kiszolgálnak. A többieket kérjük, fáradjanak az egyes ablakhoz. A kettes ablak tíz óra negyven perckor nyit újra."
        );
        assert_eq!(
            said(
                Lang::Uk,
                &Announcement::Open {
                    window: WindowId(2)
                }
            ),
            "Вікно номер два знову працює."
        );
        let soon = Announcement::Closing {
            window: WindowId(3),
            at: None,
            cutoff: None,
            other: None,
            back: hm(13, 0),
        };
        assert_eq!(
            said(Lang::Ru, &soon),
            "Окно номер три скоро закроется на перерыв. Новых талонов оно больше не вызывает. Окно номер три снова откроется в тринадцать ноль-ноль."
        );
    }
}
