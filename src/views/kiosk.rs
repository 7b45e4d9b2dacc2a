//! What the ticket dispenser shows and prints, as data and then in words: per
//! service, whether a ticket makes sense now (windows open, all away on a
//! break, no window left before closing), the number waiting and the wait,
//! and the line about a break that touches that wait; and the ticket a press
//! gives. Pure: functions of the hall, the state and `now`.

use crate::domain::{BreakPhase, Hall, Instant, ServiceCode, State, Ticket, WindowId, WindowPhase};
use crate::i18n::{Arg, Tr};
use crate::views::waits::{self, Wait};
use chrono::{DateTime, Duration, NaiveTime, TimeZone};
use chrono_tz::Tz;

/// The dispenser's screen between two presses.
#[derive(Clone, Debug, PartialEq)]
pub struct KioskView {
    pub hall: String,
    pub demo: bool,
    pub now: DateTime<Tz>,
    pub offers: Vec<Offer>,
}

/// One service's button.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub code: ServiceCode,
    pub name: String,
    pub waiting: usize,
    pub wait: Wait,
    pub state: OfferState,
}

impl Offer {
    /// Whether a press gives a ticket.
    pub fn issues(&self) -> bool {
        matches!(
            self.state,
            OfferState::Open { .. } | OfferState::Away { .. }
        )
    }

    /// The break line the button shows and the ticket carries.
    pub fn notice(&self) -> Option<&BreakNotice> {
        match &self.state {
            OfferState::Open { notice } => notice.as_ref(),
            OfferState::Away { back } => Some(back),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum OfferState {
    /// A window will call the customer; `notice` when a break falls in the wait.
    Open { notice: Option<BreakNotice> },
    /// Every window of the service is on a break or closing for one; a ticket
    /// is still given, with when the first is back.
    Away { back: BreakNotice },
    /// No window of the service is staffed now: no ticket.
    NoWindow,
    /// Before opening: no ticket yet.
    NotYetOpen { opens: DateTime<Tz> },
    /// No window will reach a new customer before closing: no ticket, and
    /// when the service opens next.
    NoMoreToday { opens: DateTime<Tz> },
}

/// A break a customer should know of before taking a ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BreakNotice {
    /// The window is away and due back then.
    BackAt { window: WindowId, at: DateTime<Tz> },
    /// The window closes for a break within the wait, back then.
    ClosesAt {
        window: WindowId,
        at: DateTime<Tz>,
        back: DateTime<Tz>,
    },
    /// The window's break ran over: back as soon as it can.
    BackShortly { window: WindowId },
}

/// The hall's opening and closing instants on the day of `at`, in its zone.
fn hours_on(hall: &Hall, day: chrono::NaiveDate) -> (Instant, Instant) {
    let at = |t: NaiveTime| {
        hall.tz
            .from_local_datetime(&day.and_time(t))
            .earliest()
            .map_or_else(
                || chrono::Utc.from_utc_datetime(&day.and_time(t)),
                |d| d.to_utc(),
            )
    };
    (at(hall.hours.open), at(hall.hours.close))
}

pub fn kiosk_view(hall: &Hall, state: &State, services: &[ServiceCode], now: Instant) -> KioskView {
    KioskView {
        hall: crate::text::clean(&hall.name),
        demo: hall.demo,
        now: now.with_timezone(&hall.tz),
        offers: services
            .iter()
            .filter_map(|code| offer(hall, state, code, now))
            .collect(),
    }
}

/// One service's button at `now`; `None` for a service the hall does not have.
pub fn offer(hall: &Hall, state: &State, code: &ServiceCode, now: Instant) -> Option<Offer> {
    let service = hall.service(code)?;
    let local = |t: Instant| t.with_timezone(&hall.tz);
    let today = local(now).date_naive();
    let (open, close) = hours_on(hall, today);
    let (next_open, _) = hours_on(hall, today + Duration::days(1));
    let waiting = state.service_queue(code).len();
    let wait = waits::estimate(hall, state, code, now);
    let made = |state| Offer {
        code: code.clone(),
        name: crate::text::clean(&service.name),
        waiting,
        wait: wait.clone(),
        state,
    };
    if now < open {
        return Some(made(OfferState::NotYetOpen { opens: local(open) }));
    }
    if now >= close {
        return Some(made(OfferState::NoMoreToday {
            opens: local(next_open),
        }));
    }
    let phases: Vec<(WindowId, WindowPhase)> = hall
        .windows_for(code)
        .map(|w| (w.id, state.window_phase(w.id, now)))
        .collect();
    let staffed: Vec<&(WindowId, WindowPhase)> = phases
        .iter()
        .filter(|(_, p)| *p != WindowPhase::Closed)
        .collect();
    if staffed.is_empty() {
        return Some(made(OfferState::NoWindow));
    }
    let call = waits::first_call(hall, state, code, now);
    // The last sensible ticket: no window calls a new customer before closing.
    if call.is_some_and(|c| c.at >= close) {
        return Some(made(OfferState::NoMoreToday {
            opens: local(next_open),
        }));
    }
    // A window away or leaving: when it is back, and the line that says so.
    let away = |(w, p): &(WindowId, WindowPhase)| -> Option<(Instant, BreakNotice)> {
        let (brk, closing) = match p {
            WindowPhase::ClosingSoon(b) => (*b, true),
            WindowPhase::Pending(b) => (*b, false),
            WindowPhase::OnBreak { overrun: true, .. } => {
                // Its return is not known: after every window with a time.
                return Some((
                    now + Duration::days(1),
                    BreakNotice::BackShortly { window: *w },
                ));
            }
            WindowPhase::OnBreak { brk, .. } => (*brk, false),
            _ => return None,
        };
        let b = state.breaks.get(&brk)?;
        let notice = if closing && b.start > now {
            BreakNotice::ClosesAt {
                window: *w,
                at: local(b.start),
                back: local(b.until()),
            }
        } else {
            BreakNotice::BackAt {
                window: *w,
                at: local(b.until()),
            }
        };
        Some((b.until(), notice))
    };
    // Every window is away, and none serves the customer before it leaves.
    let back_first = staffed.iter().filter_map(|p| away(p)).map(|(t, _)| t).min();
    let served_before = matches!((call, back_first), (Some(c), Some(b)) if c.at < b);
    let all_away = staffed.iter().all(|p| away(p).is_some()) && !served_before;
    if all_away {
        let back = staffed
            .iter()
            .filter_map(|p| away(p))
            .min_by_key(|(at, n)| (*at, notice_window(n)))
            .map(|(_, n)| n);
        if let Some(back) = back {
            return Some(made(OfferState::Away { back }));
        }
    }
    let Some(call) = call else {
        return Some(made(OfferState::NoWindow));
    };
    // A break within the wait: a window of the service away now, or a
    // published break of one starting before the customer would be called.
    let mut touching: Vec<(Instant, BreakNotice)> =
        staffed.iter().filter_map(|p| away(p)).collect();
    for (w, p) in &staffed {
        if *p != WindowPhase::Open {
            continue;
        }
        let coming = state
            .breaks
            .values()
            .filter(|b| b.window == *w && b.published && b.start <= call.at && b.end > now)
            .filter(|b| {
                matches!(
                    state.break_phase(hall, b, now),
                    BreakPhase::Published | BreakPhase::WarningDue
                )
            })
            .min_by_key(|b| b.start);
        if let Some(b) = coming {
            touching.push((
                b.start,
                BreakNotice::ClosesAt {
                    window: *w,
                    at: local(b.start),
                    back: local(b.end),
                },
            ));
        }
    }
    let notice = touching
        .into_iter()
        .min_by_key(|(at, n)| (*at, notice_window(n)))
        .map(|(_, n)| n);
    Some(made(OfferState::Open { notice }))
}

fn notice_window(n: &BreakNotice) -> WindowId {
    match n {
        BreakNotice::BackAt { window, .. }
        | BreakNotice::ClosesAt { window, .. }
        | BreakNotice::BackShortly { window } => *window,
    }
}

/// A ticket as the customer gets it, on screen and on paper.
#[derive(Clone, Debug, PartialEq)]
pub struct Slip {
    pub hall: String,
    pub label: String,
    pub service: String,
    pub issued: DateTime<Tz>,
    pub ahead: usize,
    pub wait: Wait,
    pub notice: Option<BreakNotice>,
}

/// The slip of a ticket just issued, with the wait and break line its button
/// showed when it was pressed.
pub fn slip(hall: &Hall, state: &State, ticket: &Ticket, pressed: &Offer) -> Slip {
    let queue = match ticket.target {
        Some(w) => state.queue(hall, w),
        None => state.service_queue(&ticket.service),
    };
    let ahead = queue.iter().take_while(|t| t.id != ticket.id).count();
    Slip {
        hall: crate::text::clean(&hall.name),
        label: ticket.label(),
        service: pressed.name.clone(),
        issued: ticket.issued_at.with_timezone(&hall.tz),
        ahead,
        wait: pressed.wait.clone(),
        notice: pressed.notice().cloned(),
    }
}

fn hhmm(t: &DateTime<Tz>) -> String {
    t.format("%H:%M").to_string()
}

/// The wait in words, as the board says it.
pub fn wait_text(tr: &Tr, w: &Wait) -> String {
    match w {
        Wait::Now => tr.t("board-wait-now"),
        Wait::Range { low: 0, high } => tr.f("board-wait-up-to", &[("high", Arg::Num(*high))]),
        Wait::Range { low, high } => tr.f(
            "board-wait-range",
            &[("low", Arg::Num(*low)), ("high", Arg::Num(*high))],
        ),
        Wait::TooLittleData => tr.t("board-wait-unknown"),
        Wait::NoWindow => tr.t("board-wait-no-window"),
    }
}

/// A break line in the board's words.
pub fn notice_text(tr: &Tr, n: &BreakNotice) -> String {
    let num = |w: &WindowId| Arg::Num(w.0.into());
    match n {
        BreakNotice::BackAt { window, at } => tr.f(
            "board-ann-back-at",
            &[("window", num(window)), ("time", (&hhmm(at)).into())],
        ),
        BreakNotice::ClosesAt { window, at, back } => tr.f(
            "kiosk-closes-for-break",
            &[
                ("window", num(window)),
                ("time", (&hhmm(at)).into()),
                ("back", (&hhmm(back)).into()),
            ],
        ),
        BreakNotice::BackShortly { window } => {
            tr.f("board-window-back-shortly", &[("window", num(window))])
        }
    }
}

/// What a button says under the service's name, line by line.
pub fn offer_lines(tr: &Tr, o: &Offer) -> Vec<String> {
    let waiting = tr.f("kiosk-waiting", &[("count", o.waiting.into())]);
    let wait = tr.f("kiosk-wait", &[("wait", (&wait_text(tr, &o.wait)).into())]);
    match &o.state {
        OfferState::Open { notice } => {
            let mut out = vec![format!("{waiting} · {wait}")];
            out.extend(notice.iter().map(|n| notice_text(tr, n)));
            out
        }
        OfferState::Away { back } => vec![
            tr.t("kiosk-all-away"),
            notice_text(tr, back),
            format!("{waiting} · {wait}"),
        ],
        OfferState::NoWindow => vec![tr.t("kiosk-no-window")],
        OfferState::NotYetOpen { opens } => {
            vec![tr.f("kiosk-opens-today", &[("time", (&hhmm(opens)).into())])]
        }
        OfferState::NoMoreToday { opens } => vec![
            tr.t("kiosk-no-more"),
            tr.f("kiosk-opens-tomorrow", &[("time", (&hhmm(opens)).into())]),
        ],
    }
}

/// Why a press gave no ticket, in a sentence.
pub fn refusal_text(tr: &Tr, o: &Offer) -> String {
    // The button's lines are headings; as one message each ends a sentence.
    let reason = offer_lines(tr, o)
        .into_iter()
        .map(|l| {
            if l.ends_with(['.', '!', '?']) {
                l
            } else {
                format!("{l}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    tr.f(
        "kiosk-refused",
        &[("service", (&o.name).into()), ("reason", (&reason).into())],
    )
}

pub use crate::print::SlipText;

pub fn slip_text(tr: &Tr, s: &Slip) -> SlipText {
    SlipText {
        hall: s.hall.clone(),
        label: s.label.clone(),
        service: s.service.clone(),
        issued: tr.f(
            "kiosk-issued",
            &[
                ("date", (&s.issued.format("%Y-%m-%d").to_string()).into()),
                ("time", (&hhmm(&s.issued)).into()),
            ],
        ),
        ahead: tr.f("kiosk-ahead", &[("count", s.ahead.into())]),
        estimate: tr.f(
            "kiosk-estimate",
            &[("wait", (&wait_text(tr, &s.wait)).into())],
        ),
        notice: s.notice.as_ref().map(|n| notice_text(tr, n)),
        keep: tr.t("kiosk-keep"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{BreakId, BreakKind, Event, ServiceCode, TicketId};
    use chrono::Utc;

    /// A time in the sample hall (Budapest, UTC+1 in March) on 2 March 2026.
    fn at(h: u32, m: u32) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, h - 1, m, 0)
            .single()
            .unwrap_or_default()
    }

    fn a() -> ServiceCode {
        ServiceCode::new("A")
    }

    /// Windows opened and `waiting` customers for A, all at `t`.
    fn hall_at(t: Instant, open: &[u32], waiting: u32) -> (Hall, State) {
        let hall = Hall::sample();
        let mut state = State::new();
        for w in open {
            state.apply(
                t,
                &Event::WindowOpened {
                    window: WindowId(*w),
                    staff: None,
                },
            );
        }
        for n in 1..=waiting {
            state.apply(
                t,
                &Event::TicketIssued {
                    ticket: TicketId(u64::from(n)),
                    service: a(),
                    number: n,
                    day: t.with_timezone(&hall.tz).date_naive(),
                    window: None,
                },
            );
        }
        (hall, state)
    }

    fn state_of(hall: &Hall, state: &State, t: Instant) -> OfferState {
        offer(hall, state, &a(), t)
            .map(|o| o.state)
            .unwrap_or(OfferState::NoWindow)
    }

    #[test]
    fn outside_the_opening_hours_no_ticket_and_when_it_opens() {
        let (hall, state) = hall_at(at(7, 30), &[1], 0);
        let s = state_of(&hall, &state, at(7, 30));
        assert_eq!(
            s,
            OfferState::NotYetOpen {
                opens: at(8, 0).with_timezone(&hall.tz)
            }
        );
        let s = state_of(&hall, &state, at(18, 0));
        let tomorrow = at(8, 0) + Duration::days(1);
        assert_eq!(
            s,
            OfferState::NoMoreToday {
                opens: tomorrow.with_timezone(&hall.tz)
            }
        );
    }

    #[test]
    fn the_last_sensible_ticket_is_the_one_called_before_closing() {
        // One window, four-minute services from 17:30: seven ahead are served
        // by 17:58 and the new customer is called then; with eight, at 18:02.
        let (hall, state) = hall_at(at(17, 30), &[1], 7);
        let o = offer(&hall, &state, &a(), at(17, 30));
        assert!(o.as_ref().is_some_and(Offer::issues), "{o:?}");
        let (hall, state) = hall_at(at(17, 30), &[1], 8);
        let o = offer(&hall, &state, &a(), at(17, 30));
        assert!(
            matches!(
                o.as_ref().map(|o| &o.state),
                Some(OfferState::NoMoreToday { .. })
            ),
            "{o:?}"
        );
        assert!(!o.is_some_and(|o| o.issues()));
    }

    #[test]
    fn no_window_staffed_gives_no_ticket() {
        let (hall, state) = hall_at(at(10, 0), &[], 0);
        assert_eq!(state_of(&hall, &state, at(10, 0)), OfferState::NoWindow);
    }

    fn with_break(state: &mut State, t: Instant, window: u32, start: Instant, end: Instant) {
        let brk = BreakId(window.into());
        state.apply(
            t,
            &Event::BreakPlanned {
                brk,
                window: WindowId(window),
                kind: BreakKind::Planned,
                start,
                end,
                staff: None,
            },
        );
        state.apply(t, &Event::BreaksPublished { breaks: vec![brk] });
    }

    #[test]
    fn every_window_away_says_when_the_first_is_back_and_still_issues() {
        let (hall, mut state) = hall_at(at(12, 0), &[1, 2], 0);
        with_break(&mut state, at(12, 0), 1, at(12, 0), at(12, 30));
        state.apply(at(12, 0), &Event::BreakStarted { brk: BreakId(1) });
        with_break(&mut state, at(12, 0), 2, at(12, 5), at(12, 20));
        state.apply(
            at(12, 0),
            &Event::ClosingStarted {
                brk: BreakId(2),
                cutoff: None,
            },
        );
        let tz = hall.tz;
        let closes = BreakNotice::ClosesAt {
            window: WindowId(2),
            at: at(12, 5).with_timezone(&tz),
            back: at(12, 20).with_timezone(&tz),
        };
        // Window 2 still has time for a customer before it leaves: it serves
        // the new one now, and the button says it is leaving.
        let o = offer(&hall, &state, &a(), at(12, 1)).unwrap_or_else(|| panic!("no offer"));
        assert_eq!(o.wait, Wait::Now);
        assert_eq!(
            o.state,
            OfferState::Open {
                notice: Some(closes)
            }
        );
        // Once window 2 has gone too, every window is away.
        state.apply(at(12, 5), &Event::BreakStarted { brk: BreakId(2) });
        let o = offer(&hall, &state, &a(), at(12, 6)).unwrap_or_else(|| panic!("no offer"));
        assert!(o.issues());
        assert_eq!(
            o.state,
            OfferState::Away {
                back: BreakNotice::BackAt {
                    window: WindowId(2),
                    at: at(12, 20).with_timezone(&tz),
                }
            }
        );
        let tr = Tr::new(crate::i18n::Lang::En);
        assert_eq!(
            offer_lines(&tr, &o),
            [
                "Every window for this is on a break.",
                "Window 2 is back at 12:20.",
                "nobody waiting · wait: no estimate yet",
            ]
        );
    }

    #[test]
    fn a_published_break_within_the_wait_is_on_the_button() {
        // Two windows, ten waiting: the new customer is called about 20
        // minutes from now, after window 2 has left for its break at 12:10.
        let (hall, mut state) = hall_at(at(12, 0), &[1, 2], 10);
        with_break(&mut state, at(12, 0), 2, at(12, 10), at(12, 40));
        let o = offer(&hall, &state, &a(), at(12, 0)).unwrap_or_else(|| panic!("no offer"));
        let tz = hall.tz;
        assert_eq!(
            o.state,
            OfferState::Open {
                notice: Some(BreakNotice::ClosesAt {
                    window: WindowId(2),
                    at: at(12, 10).with_timezone(&tz),
                    back: at(12, 40).with_timezone(&tz),
                })
            }
        );
        // With nobody waiting the customer is called before it: no line.
        let (hall, mut state) = hall_at(at(12, 0), &[1, 2], 0);
        with_break(&mut state, at(12, 0), 2, at(12, 10), at(12, 40));
        let o = offer(&hall, &state, &a(), at(12, 0)).map(|o| o.state);
        assert_eq!(o, Some(OfferState::Open { notice: None }));
    }
}
