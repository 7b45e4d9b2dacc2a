//! The ticket dispenser as customers see it, drawn with ratatui's TestBackend
//! on the kiosk fixture hall at 17:20: Letters and parcels open, Bills and
//! payments with its only window on a break, Pensions past its last sensible
//! ticket of the day. Snapshots at 80×24 and a portrait 48×64 in English and
//! Ukrainian; touches at the places drawn; the press, the guard, the idle
//! language and the quit sequence.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::config::{self, Config};
use frontdesk::domain::{
    BreakReason, Command, Event, Hall, Instant, ServiceCode, State, WindowId, decide,
};
use frontdesk::i18n::Lang;
use frontdesk::tui::app::kiosk::{GUARD, IDLE, Kiosk, KioskAction, KioskEffect, Paper};
use frontdesk::tui::render::kiosk::{self as render, Look, places};
use frontdesk::views::kiosk::{BreakNotice, OfferState, slip};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::time::Duration as Mono;

/// 17:20 in Budapest on an ordinary Wednesday: 40 minutes before closing.
fn now() -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, 16, 20, 0)
        .single()
        .unwrap_or_default()
}

fn fixture() -> Config {
    let src = include_str!("fixtures/kiosk.toml");
    config::parse(src, "kiosk.toml").unwrap_or_else(|e| panic!("{e}"))
}

/// The hall after the afternoon: every window open, window 3 on a 20-minute
/// break for a goods receipt, five pensioners in line at window 4 (10-minute
/// visits), two customers waiting for letters.
fn afternoon(hall: &Hall) -> State {
    let mut state = State::new();
    let run = |cmd: Command, at: Instant, state: &mut State| {
        let events = decide(hall, state, &cmd, at, None).unwrap_or_else(|r| panic!("{cmd:?}: {r}"));
        for e in &events {
            state.apply(at, e);
        }
    };
    let at = now() - Duration::minutes(30);
    for w in 1..=4 {
        run(
            Command::OpenWindow {
                window: WindowId(w),
                staff: None,
            },
            at,
            &mut state,
        );
    }
    let issue = |s: &str| Command::IssueTicket {
        service: ServiceCode::new(s),
        window: None,
    };
    for _ in 0..5 {
        run(issue("C"), at, &mut state);
    }
    run(
        Command::CallNext {
            window: WindowId(4),
        },
        at,
        &mut state,
    );
    run(
        Command::StartBreak {
            window: WindowId(3),
            reason: Some(BreakReason::GoodsReceipt),
            minutes: Some(20),
            after_service: false,
        },
        now(),
        &mut state,
    );
    run(issue("A"), now(), &mut state);
    run(issue("A"), now(), &mut state);
    state
}

fn kiosk(lang: Lang) -> (Kiosk, Hall, State) {
    let config = fixture();
    let hall = config.hall.clone();
    let state = afternoon(&hall);
    let mut k = Kiosk::new(
        &hall,
        &state,
        now(),
        config.kiosk.services.clone(),
        vec![Lang::En, Lang::Uk],
        config.kiosk.quit.as_deref(),
        true,
        config.kiosk.show_seconds,
    );
    if lang == Lang::Uk {
        k.update(KioskAction::Lang(1), Mono::ZERO);
    }
    (k, hall, state)
}

fn draw(k: &Kiosk, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| render::render(k, Look { colour: false }, f))
        .unwrap_or_else(|e| panic!("draw: {e}"));
    terminal
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_fixture_has_an_open_service_one_on_a_break_and_one_closed_for_the_day() {
    let (k, _, _) = kiosk(Lang::En);
    let states: Vec<&OfferState> = k.view.offers.iter().map(|o| &o.state).collect();
    assert!(
        matches!(states[0], OfferState::Open { notice: None }),
        "{states:?}"
    );
    match states[1] {
        OfferState::Away {
            back: BreakNotice::BackAt { window, at },
        } => {
            assert_eq!(*window, WindowId(3));
            assert_eq!(at.format("%H:%M").to_string(), "17:40");
        }
        other => panic!("Bills and payments should be away: {other:?}"),
    }
    // Four pensioners wait behind one at the window, 10 minutes each: the next
    // would be called after 18:00.
    match states[2] {
        OfferState::NoMoreToday { opens } => {
            assert_eq!(
                opens.format("%Y-%m-%d %H:%M").to_string(),
                "2026-11-26 08:00"
            )
        }
        other => panic!("Pensions should be closed for the day: {other:?}"),
    }
}

#[test]
fn kiosk_80x24_english() {
    let (k, _, _) = kiosk(Lang::En);
    let t = draw(&k, 80, 24);
    let s = text(&t);
    assert!(s.contains("Every window for this is on a break."), "{s}");
    assert!(s.contains("Window 3 is back at 17:40."), "{s}");
    assert!(s.contains("No more tickets today"), "{s}");
    assert!(s.contains("Open again tomorrow from 08:00."), "{s}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn kiosk_80x24_ukrainian() {
    let (k, _, _) = kiosk(Lang::Uk);
    let t = draw(&k, 80, 24);
    let s = text(&t);
    assert!(s.contains("Усі вікна цієї послуги на перерві."), "{s}");
    assert!(s.contains("Вікно 3 знову запрацює о 17:40."), "{s}");
    assert!(s.contains("Талонів на сьогодні більше немає"), "{s}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn kiosk_48x64_english() {
    let (k, _, _) = kiosk(Lang::En);
    let t = draw(&k, 48, 64);
    let s = text(&t);
    assert!(s.contains("No more tickets today"), "{s}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn kiosk_48x64_ukrainian() {
    let (k, _, _) = kiosk(Lang::Uk);
    let t = draw(&k, 48, 64);
    let s = text(&t);
    assert!(s.contains("Вікно 3 знову запрацює о 17:40."), "{s}");
    insta::assert_snapshot!(t.backend());
}

/// A press on the service on a break issues a ticket that carries the line.
#[test]
fn a_ticket_for_a_service_on_a_break_carries_when_it_is_back() {
    let (mut k, hall, state) = kiosk(Lang::En);
    let effect = k.update(KioskAction::Press(1), Mono::from_secs(1));
    let Some(KioskEffect::Issue { offer, lang }) = effect else {
        panic!("no ticket issued: {effect:?}");
    };
    assert_eq!(lang, Lang::En);
    let events = decide(
        &hall,
        &state,
        &Command::IssueTicket {
            service: offer.code.clone(),
            window: None,
        },
        now(),
        None,
    )
    .unwrap_or_else(|r| panic!("{r}"));
    let mut after = state.clone();
    let mut id = None;
    for e in &events {
        after.apply(now(), e);
        if let Event::TicketIssued { ticket, .. } = e {
            id = Some(*ticket);
        }
    }
    let ticket = id
        .and_then(|t| after.tickets.get(&t))
        .unwrap_or_else(|| panic!("no ticket"));
    k.issued(
        slip(&hall, &after, ticket, &offer),
        lang,
        Mono::from_secs(1),
    );
    let t = draw(&k, 80, 24);
    let s = text(&t);
    assert!(s.contains("Your ticket"), "{s}");
    assert!(s.contains("Bills and payments"), "{s}");
    assert!(s.contains("Nobody is ahead of you."), "{s}");
    assert!(s.contains("Window 3 is back at 17:40."), "{s}");
    assert!(s.contains("Printing your ticket"), "{s}");
    insta::assert_snapshot!(t.backend());
    k.printed(Err("lp exited with 1".into()));
    let s = text(&draw(&k, 80, 24));
    assert!(
        s.contains("The printer is not working: please remember your number."),
        "{s}"
    );
    assert_eq!(k.paper, Paper::Failed("lp exited with 1".into()));
}

/// Where a button is drawn is where a touch presses it, at both sizes.
#[test]
fn a_touch_where_a_button_is_drawn_presses_that_button() {
    for (w, h) in [(80, 24), (48, 64)] {
        let (k, _, _) = kiosk(Lang::En);
        let area = Rect::new(0, 0, w, h);
        let s = text(&draw(&k, w, h));
        let rows: Vec<&str> = s.lines().collect();
        for (i, name) in ["Letters and parcels", "Bills and payments", "Pensions"]
            .iter()
            .enumerate()
        {
            let y = rows
                .iter()
                .position(|r| r.contains(name))
                .unwrap_or_else(|| panic!("{name} not drawn at {w}x{h}:\n{s}"));
            let x = rows[y]
                .find(name)
                .map_or(0, |b| rows[y][..b].chars().count()) as u16;
            assert_eq!(
                render::clicked(&k, area, x, y as u16),
                Some(KioskAction::Press(i)),
                "{name} at {w}x{h}"
            );
            // The button's frame belongs to it too: its corners press it.
            let r = places(&k, area).buttons[i];
            assert_eq!(
                render::clicked(&k, area, r.x, r.y),
                Some(KioskAction::Press(i))
            );
            let (right, bottom) = (r.right() - 1, r.bottom() - 1);
            assert_eq!(
                render::clicked(&k, area, right, bottom),
                Some(KioskAction::Press(i))
            );
        }
        for (i, lang) in ["English", "Українська"].iter().enumerate() {
            let y = rows
                .iter()
                .rposition(|r| r.contains(lang))
                .unwrap_or_else(|| panic!("{lang} not drawn:\n{s}"));
            let x = rows[y]
                .find(lang)
                .map_or(0, |b| rows[y][..b].chars().count()) as u16;
            assert_eq!(
                render::clicked(&k, area, x, y as u16),
                Some(KioskAction::Lang(i))
            );
        }
        // The hall's name and the hint press nothing.
        assert_eq!(render::clicked(&k, area, 2, 0), None);
        assert_eq!(render::clicked(&k, area, 2, 1), None);
    }
}

#[test]
fn with_a_ticket_shown_a_touch_on_it_only_puts_it_away() {
    let (mut k, hall, state) = kiosk(Lang::En);
    let Some(KioskEffect::Issue { offer, lang }) =
        k.update(KioskAction::Press(0), Mono::from_secs(1))
    else {
        panic!("no ticket");
    };
    let ticket = state.service_queue(&offer.code)[0];
    k.issued(
        slip(&hall, &state, ticket, &offer),
        lang,
        Mono::from_secs(1),
    );
    let area = Rect::new(0, 0, 80, 24);
    let r = places(&k, area).buttons[2];
    let touch = render::clicked(&k, area, r.x + 3, r.y + 1);
    assert_eq!(touch, Some(KioskAction::Dismiss));
    // A second touch at once is the same press: nothing happens, not even the dismissal.
    assert_eq!(
        k.update(KioskAction::Press(2), Mono::from_secs(1) + GUARD / 2),
        None
    );
    k.update(KioskAction::Dismiss, Mono::from_secs(1) + GUARD / 2);
    assert!(k.shown.is_some(), "dismissed within the guard");
    // After the guard a press on a button with the ticket up puts the ticket away first.
    assert_eq!(
        k.update(KioskAction::Press(0), Mono::from_secs(1) + GUARD),
        None
    );
    assert!(k.shown.is_none());
    assert!(matches!(
        k.update(KioskAction::Press(0), Mono::from_secs(1) + GUARD * 2),
        Some(KioskEffect::Issue { .. })
    ));
}

#[test]
fn one_press_one_ticket_and_no_ticket_after_the_last_sensible_one() {
    let (mut k, _, _) = kiosk(Lang::En);
    let t0 = Mono::from_secs(10);
    assert!(matches!(
        k.update(KioskAction::Press(0), t0),
        Some(KioskEffect::Issue { .. })
    ));
    // A bounce of the same finger, or a second touch in a hurry.
    for ms in [1, 50, 400, 1499] {
        assert_eq!(
            k.update(KioskAction::Press(0), t0 + Mono::from_millis(ms)),
            None,
            "{ms} ms"
        );
    }
    let later = t0 + GUARD * 2;
    assert_eq!(
        k.update(KioskAction::Press(2), later),
        None,
        "Pensions is closed for the day"
    );
    let (message, _) = k.message.clone().unwrap_or_default();
    assert_eq!(
        message,
        "Pensions: no ticket now. No more tickets today. Open again tomorrow from 08:00."
    );
}

#[test]
fn the_first_language_comes_back_after_a_minute_without_a_touch() {
    let (mut k, _, _) = kiosk(Lang::En);
    k.update(KioskAction::Lang(1), Mono::from_secs(5));
    k.tick(Mono::from_secs(5) + IDLE - Mono::from_secs(1));
    assert_eq!(k.current_lang(), Lang::Uk);
    k.tick(Mono::from_secs(5) + IDLE);
    assert_eq!(k.current_lang(), Lang::En);
}

#[test]
fn only_the_configured_sequence_quits() {
    let (mut k, _, _) = kiosk(Lang::En);
    let mono = Mono::from_secs(1);
    for c in ['q', '*', '#', '#', '*'] {
        assert_eq!(k.update(KioskAction::Typed(c), mono), None, "{c}");
    }
    assert_eq!(k.update(KioskAction::Typed('*'), mono), None);
    assert_eq!(k.update(KioskAction::Typed('#'), mono), None);
    assert_eq!(
        k.update(KioskAction::Typed('*'), mono),
        Some(KioskEffect::Quit)
    );
}

#[test]
fn every_size_draws_without_a_panic() {
    let (k, _, _) = kiosk(Lang::Uk);
    for w in [0, 1, 5, 20, 33, 48, 80, 200] {
        for h in [0, 1, 3, 8, 12, 24, 64] {
            draw(&k, w, h);
        }
    }
}
