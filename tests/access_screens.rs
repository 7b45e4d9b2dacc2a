//! Roles on the screens, drawn headless: what a user may not do stays on show,
//! marked not available, and pressing it answers with the refusal instead of
//! reaching the log. Built on the corpus hall with roles on (Anna is cashier
//! at window 1, Béla at window 2, Éva supervises).

use chrono::{TimeZone, Utc};
use frontdesk::access::{Identity, Rules};
use frontdesk::domain::{Command, Hall, Instant, State, WindowId, decide};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::tui::app::{Action, App, Effect};
use frontdesk::tui::render as ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

fn hall_and_rules() -> (Hall, Rules) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/config/valid/access.toml"
    );
    match frontdesk::config::load(std::path::Path::new(path)) {
        Ok(c) => (c.hall, c.access),
        Err(e) => panic!("{e}"),
    }
}

/// Windows 1 and 2 open, each by its own cashier, and a customer waiting.
fn state(hall: &Hall) -> State {
    let mut state = State::new();
    for cmd in [
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
        Command::OpenWindow {
            window: WindowId(2),
            staff: None,
        },
        Command::IssueTicket {
            service: frontdesk::domain::ServiceCode::new("A"),
            window: None,
        },
    ] {
        let events = decide(hall, &state, &cmd, now(), None).unwrap_or_default();
        assert!(!events.is_empty(), "{cmd:?}");
        for e in &events {
            state.apply(now(), e);
        }
    }
    state
}

fn app_for(user: &str, window: Option<u32>) -> (App, State) {
    let (hall, rules) = hall_and_rules();
    let state = state(&hall);
    let mut app = App::new(Tr::new(Lang::En), hall, &state, now(), false);
    app.rules = rules;
    app.who = Identity::new(user, &[]);
    let app = match window {
        Some(w) => app.at_counter(WindowId(w), &state, now()),
        None => {
            let mut app = app;
            app.refresh(&state, now());
            app
        }
    };
    (app, state)
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| ui::render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn at_her_own_window_a_cashier_has_every_key() {
    let (mut app, state) = app_for("anna", Some(1));
    assert!(app.unavailable.is_empty(), "{:?}", app.unavailable);
    let text = screen(&app);
    assert!(!text.contains('✗'), "{text}");
    let effects = app.update(Action::CallNext, &state, now());
    assert_eq!(
        effects,
        vec![Effect::Execute(Command::CallNext {
            window: WindowId(1)
        })]
    );
}

#[test]
fn at_a_colleagues_window_every_key_is_marked_and_refused_with_the_reason() {
    let (mut app, state) = app_for("anna", Some(2));
    let text = screen(&app);
    // Each of the window's buttons is still there, marked.
    for label in ["[n] next✗", "[s] served✗", "[b] break✗", "[w] warn queue✗"] {
        assert!(text.contains(label), "{label} in\n{text}");
    }
    insta::assert_snapshot!("counter_not_her_window", text);
    let effects = app.update(Action::CallNext, &state, now());
    assert!(effects.is_empty(), "nothing reaches the log: {effects:?}");
    let flash = app.flash.as_ref().map(|f| (f.text.clone(), f.refused));
    let (text, refused) = flash.unwrap_or_default();
    assert!(refused);
    assert_eq!(
        text,
        "anna may not ticket call at window 2: a cashier acts only at their own window, and window 2 is not anna's."
    );
    // A phrase is an action at the window too.
    assert!(app.update(Action::Pick(1), &state, now()).is_empty());
    // The help explains the mark.
    app.update(Action::ToggleHelp, &state, now());
    assert!(screen(&app).contains("✗ not available to anna"));
}

#[test]
fn the_overview_marks_the_planner_for_a_cashier_and_opens_it_for_a_supervisor() {
    let (mut app, state) = app_for("anna", None);
    assert!(screen(&app).contains("p planner · q quit · ? keys · l language · p✗"));
    assert!(app.update(Action::OpenPlanner, &state, now()).is_empty());
    let text = screen(&app);
    assert!(
        text.contains(
            "anna may not plan: it takes the supervisor role, and anna has cashier, trainer."
        ),
        "{text}"
    );
    let (mut app, state) = app_for("eva", None);
    assert!(!screen(&app).contains('✗'));
    let effects = app.update(Action::OpenPlanner, &state, now());
    assert!(
        matches!(effects.as_slice(), [Effect::LoadDay(_)]),
        "{effects:?}"
    );
}

#[test]
fn in_an_open_hall_nothing_is_marked() {
    let (hall, _) = hall_and_rules();
    let state = state(&hall);
    let mut app = App::new(Tr::new(Lang::En), hall, &state, now(), false);
    app.who = Identity::new("zoe", &[]);
    let app = app.at_counter(WindowId(2), &state, now());
    assert!(app.unavailable.is_empty());
    assert!(!screen(&app).contains('✗'));
}
