//! Snapshots of the overview screen as a person would see it, drawn with ratatui's
//! TestBackend on the demo hall laid around a fixed moment.

use chrono::{TimeZone, Utc};
use frontdesk::demo;
use frontdesk::domain::{Instant, State};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::tui::app::{Action, App};
use frontdesk::tui::render as ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 14:20 in Budapest on an ordinary Wednesday.
fn now() -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, 13, 20, 0)
        .single()
        .unwrap_or_default()
}

fn app(lang: Lang) -> App {
    let hall = demo::config().hall;
    let history = demo::history(&hall, now());
    let state = State::fold(history.iter().map(|(a, e)| (*a, e)));
    App::new(Tr::new(lang), hall, &state, now(), false)
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    if let Err(e) = terminal.draw(|f| ui::render(app, f)) {
        panic!("draw: {e}");
    }
    terminal
}

#[test]
fn overview_80x24_english() {
    insta::assert_snapshot!(draw(&app(Lang::En), 80, 24).backend());
}

#[test]
fn overview_80x24_ukrainian() {
    insta::assert_snapshot!(draw(&app(Lang::Uk), 80, 24).backend());
}

#[test]
fn overview_120x36_hungarian() {
    insta::assert_snapshot!(draw(&app(Lang::Hu), 120, 36).backend());
}

#[test]
fn overview_100x30_russian() {
    insta::assert_snapshot!(draw(&app(Lang::Ru), 100, 30).backend());
}

#[test]
fn help_overlay() {
    let mut app = app(Lang::En);
    app.update(Action::ToggleHelp, &State::new(), now());
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn too_small_says_so() {
    insta::assert_snapshot!(draw(&app(Lang::En), 30, 8).backend());
}

#[test]
fn the_language_key_cycles_through_all_four() {
    let mut app = app(Lang::En);
    let mut seen = vec![app.lang()];
    for _ in 0..4 {
        app.update(Action::NextLanguage, &State::new(), now());
        seen.push(app.lang());
    }
    assert_eq!(seen, vec![Lang::En, Lang::Hu, Lang::Ru, Lang::Uk, Lang::En]);
}

#[test]
fn any_size_draws_without_panicking() {
    let app = app(Lang::Uk);
    for (w, h) in [
        (1, 1),
        (20, 5),
        (39, 9),
        (40, 10),
        (80, 24),
        (300, 100),
        (500, 3),
    ] {
        draw(&app, w, h);
    }
}

#[test]
fn the_demo_shows_every_state_the_counter_meets() {
    let app = app(Lang::En);
    let v = &app.overview;
    use frontdesk::views::hall::PhaseView;
    assert!(
        v.windows
            .iter()
            .any(|w| matches!(w.phase, PhaseView::OnBreak { .. }))
    );
    assert!(
        v.windows
            .iter()
            .any(|w| matches!(w.phase, PhaseView::ClosingSoon { .. }))
    );
    assert!(v.windows.iter().any(|w| matches!(w.phase, PhaseView::Open)));
    assert!(
        !v.warnings_due.is_empty(),
        "a warning is due when the demo opens"
    );
    assert!(
        v.services.iter().map(|s| s.waiting).sum::<usize>() > 0,
        "people are waiting"
    );
    assert!(v.demo);
}
