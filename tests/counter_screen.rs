//! The cashier's counter screen, drawn headless with ratatui's TestBackend. Every
//! scene is built with the real rules: commands decided at fixed minutes of one
//! morning in the fixture hall and folded into a state, then drawn as a cashier
//! would see it at window 1.

mod common;

use chrono::{Duration, TimeZone, Utc};
use frontdesk::domain::{
    BreakReason, Command, Hall, Instant, ServiceCode, State, TransferTo, WindowId, decide,
};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::tui::app::{App, Effect, Modal, REASONS, Screen, action_for};
use frontdesk::tui::render as ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;

const W1: WindowId = WindowId(1);

/// Minute 0 of every scene: 10:00 in Budapest on an ordinary Wednesday.
fn at(minute: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(minute)
}

/// The fixture hall with its windows unnamed, as many halls leave them: the
/// screen then labels them in the reader's language ("Вікно 1").
fn fixture_hall() -> Hall {
    let mut hall = match frontdesk::config::load(&common::fixture_config()) {
        Ok(c) => c.hall,
        Err(e) => panic!("the fixture hall: {e}"),
    };
    for w in &mut hall.windows {
        w.name = None;
    }
    hall
}

/// A hall and its state at one moment, built by running commands through the
/// real rules; a refused command is a broken scene, so it fails loudly.
struct Scene {
    hall: Hall,
    state: State,
    now: Instant,
}

impl Scene {
    fn new(hall: Hall) -> Scene {
        Scene {
            hall,
            state: State::new(),
            now: at(0),
        }
    }

    fn run(mut self, minute: i64, cmd: Command) -> Scene {
        let when = at(minute);
        let events = match decide(&self.hall, &self.state, &cmd, when, None) {
            Ok(e) => e,
            Err(r) => panic!("minute {minute}: {cmd:?} was refused: {r:?}"),
        };
        for e in &events {
            self.state.apply(when, e);
        }
        self.now = self.now.max(when);
        self
    }

    fn open(self, minute: i64, window: u32) -> Scene {
        self.run(
            minute,
            Command::OpenWindow {
                window: WindowId(window),
                staff: None,
            },
        )
    }

    fn issue(self, minute: i64, service: &str) -> Scene {
        self.run(
            minute,
            Command::IssueTicket {
                service: ServiceCode::new(service),
                window: None,
            },
        )
    }

    fn plan(self, minute: i64, window: u32, start: i64, end: i64) -> Scene {
        self.run(
            minute,
            Command::PlanBreak {
                window: WindowId(window),
                start: at(start),
                end: at(end),
                staff: None,
            },
        )
    }

    fn call(self, minute: i64, window: u32) -> Scene {
        self.run(
            minute,
            Command::CallNext {
                window: WindowId(window),
            },
        )
    }

    fn serve(self, minute: i64, window: u32) -> Scene {
        self.run(
            minute,
            Command::Serve {
                window: WindowId(window),
            },
        )
    }

    /// The clock moves on without anything happening.
    fn until(mut self, minute: i64) -> Scene {
        self.now = at(minute);
        self
    }

    fn app(&self, lang: Lang) -> App {
        self.app_coloured(lang, false)
    }

    fn app_coloured(&self, lang: Lang, colour: bool) -> App {
        App::new(
            Tr::new(lang),
            self.hall.clone(),
            &self.state,
            self.now,
            colour,
        )
        .at_counter(W1, &self.state, self.now)
    }

    /// Sends one key through the event loop's own key map; the commands the app
    /// asks for are returned, not run, so the state stays as the scene left it.
    fn key(&self, app: &mut App, code: KeyCode) -> Vec<Effect> {
        match action_for(KeyEvent::new(code, KeyModifiers::NONE), app) {
            Some(a) => app.update(a, &self.state, self.now),
            None => vec![],
        }
    }

    fn keys(&self, app: &mut App, codes: &[KeyCode]) -> Vec<Effect> {
        codes.iter().flat_map(|c| self.key(app, *c)).collect()
    }
}

/// Windows 1, 2 and 3 open at 10:00; three customers for A and one for B; window 1
/// called A001 at 10:05 and has been serving for two minutes. Its break is at noon.
fn open_scene() -> Scene {
    Scene::new(fixture_hall())
        .open(0, 1)
        .open(0, 2)
        .open(0, 3)
        .plan(0, 1, 120, 150)
        .issue(1, "A")
        .issue(2, "A")
        .issue(3, "A")
        .issue(4, "B")
        .call(5, 1)
        .until(7)
}

/// Window 1's break is at 10:20; at 10:08 six customers for A have come, A001 is
/// at the window and nobody has told the five in line.
fn warning_scene() -> Scene {
    let mut s = Scene::new(fixture_hall())
        .open(0, 1)
        .open(0, 2)
        .open(0, 3)
        .plan(0, 1, 20, 50);
    for m in 1..=6 {
        s = s.issue(m, "A");
    }
    s.call(7, 1).until(8)
}

/// The warning given at 10:08: with window 2 sharing the A line, four more fit
/// before 10:20, so A005 is the last ticket and A006 goes to window 2.
fn closing_scene() -> Scene {
    warning_scene()
        .run(8, Command::WarnBreak { window: W1 })
        .until(9)
}

/// Windows 1 and 2 serve everyone up to the cutoff; window 1 goes on its break at
/// 10:20 sharp, due back at 10:50. A006 still waits (for window 2).
fn planned_break_scene() -> Scene {
    closing_scene()
        .serve(9, 1)
        .call(9, 1)
        .call(9, 2)
        .serve(13, 1)
        .serve(13, 2)
        .call(13, 1)
        .call(13, 2)
        .serve(17, 1)
        .serve(17, 2)
        .run(
            20,
            Command::StartBreak {
                window: W1,
                reason: None,
                minutes: None,
                after_service: true,
            },
        )
        .until(30)
}

/// The planned break ended at 10:50; at 10:55 window 1 is still away.
fn overrun_scene() -> Scene {
    planned_break_scene().until(55)
}

/// A delivery at 10:05: window 1 closes for 15 minutes with three people in line.
fn unscheduled_scene() -> Scene {
    Scene::new(fixture_hall())
        .open(0, 1)
        .open(0, 2)
        .open(0, 3)
        .issue(1, "A")
        .issue(2, "A")
        .issue(3, "B")
        .run(
            5,
            Command::StartBreak {
                window: W1,
                reason: Some(BreakReason::GoodsReceipt),
                minutes: Some(15),
                after_service: true,
            },
        )
        .until(8)
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

/// The screen's rows as text.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// The screen as one line of words: wrapped sentences read whole again.
fn words(terminal: &Terminal<TestBackend>) -> String {
    rows(terminal)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[track_caller]
fn assert_shows(terminal: &Terminal<TestBackend>, parts: &[&str]) {
    let text = words(terminal);
    for part in parts {
        assert!(
            text.contains(part),
            "{part:?} is not on the screen:\n{}",
            rows(terminal).join("\n")
        );
    }
}

#[track_caller]
fn assert_hides(terminal: &Terminal<TestBackend>, parts: &[&str]) {
    let text = words(terminal);
    for part in parts {
        assert!(
            !text.contains(part),
            "{part:?} should not be on the screen:\n{}",
            rows(terminal).join("\n")
        );
    }
}

// ---------------------------------------------------------------------------
// 1. What the cashier sees in each situation, in English and in Ukrainian.

#[test]
fn open_english() {
    let t = draw(&open_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "Window 1",
            "Harbour Street Post Office",
            "10:07",
            "A001",
            "at the window for 02:00",
            "3 waiting, longest 5 min",
            "A002 A003 B001",
            "State: open",
            "Next break 12:00–12:30 (in 113 minutes)",
            "[n] next",
        ],
    );
    // Nothing urgent: no banner shouts at the cashier.
    assert_hides(&t, &["WARN THE QUEUE", "CLOSING", "BREAK IS OVER"]);
    insta::assert_snapshot!("counter_open_en", t.backend());
}

#[test]
fn open_ukrainian() {
    let t = draw(&open_scene().app(Lang::Uk), 80, 24);
    assert_shows(
        &t,
        &[
            "A001",
            "біля вікна вже 02:00",
            "A002 A003 B001",
            "відкрито",
            "Наступна перерва: 12:00–12:30",
            "[n] наступний",
        ],
    );
    insta::assert_snapshot!("counter_open_uk", t.backend());
}

#[test]
fn warning_due_english() {
    let t = draw(&warning_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "WARN THE QUEUE NOW: your break starts at 10:20 and 5 customers are waiting. Say phrase 1, then press w.",
            "warning due now",
            "(in 12 minutes)",
            // The preview of the cutoff: A006 would be sent to window 2.
            "A006→",
            "[1] Warn the queue",
            "Everyone up to ticket A005 will still be served here",
            "please go to window 2",
        ],
    );
    insta::assert_snapshot!("counter_warning_due_en", t.backend());
}

#[test]
fn warning_due_ukrainian() {
    let t = draw(&warning_scene().app(Lang::Uk), 80, 24);
    assert_shows(
        &t,
        &[
            "ПОПЕРЕДЬТЕ ЧЕРГУ ЗАРАЗ",
            "о 10:20",
            "чекають 5 клієнтів",
            "час попередити чергу",
            "A006→",
        ],
    );
    insta::assert_snapshot!("counter_warning_due_uk", t.backend());
}

#[test]
fn closing_with_a_cutoff_english() {
    let t = draw(&closing_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "CLOSING: serve up to A005; from A006 send customers to window 2.",
            "closing at 10:20, last ticket A005",
            "A006→",
            "[1] After cutoff: other window",
            "Your ticket A006 stays valid — please go to window 2",
        ],
    );
    assert_hides(&t, &["WARN THE QUEUE"]);
    insta::assert_snapshot!("counter_closing_en", t.backend());
}

#[test]
fn closing_with_a_cutoff_ukrainian() {
    let t = draw(&closing_scene().app(Lang::Uk), 80, 24);
    assert_shows(
        &t,
        &[
            "ЗАКРИТТЯ: обслужіть до талона A005; починаючи з A006 направляйте клієнтів до вікна 2.",
            "останній талон A005",
        ],
    );
    insta::assert_snapshot!("counter_closing_uk", t.backend());
}

#[test]
fn on_a_planned_break_english() {
    let t = draw(&planned_break_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "State: on a break until 10:50",
            "On a break. Press e when you",
            "[1] “Cancel your break!”",
            "[2] Back from the break",
        ],
    );
    assert_hides(&t, &["BREAK IS OVER", "CLOSING"]);
    insta::assert_snapshot!("counter_planned_break_en", t.backend());
}

#[test]
fn on_a_planned_break_ukrainian() {
    let t = draw(&planned_break_scene().app(Lang::Uk), 80, 24);
    assert_shows(&t, &["перерва до 10:50"]);
    insta::assert_snapshot!("counter_planned_break_uk", t.backend());
}

#[test]
fn on_an_unscheduled_break_english() {
    let t = draw(&unscheduled_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "State: on a break until 10:20",
            "[1] Unplanned break: apology",
            // The reason is said in words, never as its code.
            "a delivery has just arrived that I must sign for",
            "for 15 minutes",
        ],
    );
    assert_hides(&t, &["goods-receipt"]);
    insta::assert_snapshot!("counter_unscheduled_break_en", t.backend());
}

#[test]
fn on_an_unscheduled_break_ukrainian() {
    let t = draw(&unscheduled_scene().app(Lang::Uk), 80, 24);
    assert_shows(&t, &["перерва до 10:20"]);
    assert_hides(&t, &["goods-receipt"]);
    insta::assert_snapshot!("counter_unscheduled_break_uk", t.backend());
}

#[test]
fn overrun_english() {
    let t = draw(&overrun_scene().app(Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "YOUR BREAK IS OVER by 5 minutes: the queue is waiting. Press e when you are back.",
            "break overrun: due back at 10:50, 5 minutes late",
            "[1] Back late: apology",
            "I'm sorry I'm back 5 minutes later than announced",
        ],
    );
    insta::assert_snapshot!("counter_overrun_en", t.backend());
}

#[test]
fn overrun_ukrainian() {
    let t = draw(&overrun_scene().app(Lang::Uk), 80, 24);
    assert_shows(&t, &["ПЕРЕРВА ЗАТЯГНУЛАСЯ на 5 хвилин", "затягнулася"]);
    insta::assert_snapshot!("counter_overrun_uk", t.backend());
}

/// `f`, then the first playbook offered for the warning that is due.
fn playbook_app(scene: &Scene, lang: Lang) -> App {
    let mut app = scene.app(lang);
    let effects = scene.keys(&mut app, &[KeyCode::Char('f'), KeyCode::Char('1')]);
    assert!(effects.is_empty(), "opening a playbook records nothing");
    app
}

#[test]
fn playbook_open_english() {
    let scene = warning_scene();
    let t = draw(&playbook_app(&scene, Lang::En), 80, 24);
    assert_shows(
        &t,
        &[
            "Forgot to warn the queue about a planned break",
            "How long until the break is due to start?",
            "1 10 minutes or more",
            "2 Less than 10 minutes",
            "Esc close",
        ],
    );
    insta::assert_snapshot!("counter_playbook_en", t.backend());
}

#[test]
fn playbook_open_ukrainian() {
    let scene = warning_scene();
    let t = draw(&playbook_app(&scene, Lang::Uk), 80, 24);
    assert_shows(
        &t,
        &[
            "Забули попередити чергу про планову перерву",
            "Скільки лишилося до початку перерви?",
            "Esc закрити",
        ],
    );
    insta::assert_snapshot!("counter_playbook_uk", t.backend());
}

// ---------------------------------------------------------------------------
// 2. Any terminal size, and no colour.

/// Every scene, with the words that say its state in English and in Ukrainian.
fn every_state() -> Vec<(&'static str, Scene, [&'static str; 2])> {
    vec![
        ("open", open_scene(), ["State: open", "Стан: відкрито"]),
        (
            "warning due",
            warning_scene(),
            ["WARN THE QUEUE NOW", "ПОПЕРЕДЬТЕ ЧЕРГУ ЗАРАЗ"],
        ),
        (
            "closing",
            closing_scene(),
            [
                "CLOSING: serve up to A005",
                "ЗАКРИТТЯ: обслужіть до талона A005",
            ],
        ),
        (
            "planned break",
            planned_break_scene(),
            ["on a break until 10:50", "Стан: перерва до 10:50"],
        ),
        (
            "unscheduled",
            unscheduled_scene(),
            ["on a break until 10:20", "Стан: перерва до 10:20"],
        ),
        (
            "overrun",
            overrun_scene(),
            [
                "YOUR BREAK IS OVER by 5 minutes",
                "ПЕРЕРВА ЗАТЯГНУЛАСЯ на 5 хвилин",
            ],
        ),
    ]
}

#[test]
fn every_state_draws_at_every_size() {
    for (name, scene, _) in every_state() {
        let clock = scene
            .now
            .with_timezone(&scene.hall.tz)
            .format("%H:%M")
            .to_string();
        for lang in [Lang::En, Lang::Uk] {
            let plain = scene.app(lang);
            let panel = playbook_app(&scene, lang);
            let too_small = if lang == Lang::En {
                "too small"
            } else {
                "замале"
            };
            for (w, h) in [(40, 10), (80, 24), (120, 36), (300, 100)] {
                let t = draw(&plain, w, h);
                // The window and the clock head the counter at every size it is drawn.
                let first = &rows(&t)[0];
                assert!(
                    first.contains(&clock)
                        && first.contains(if lang == Lang::En {
                            "Window 1"
                        } else {
                            "Вікно 1"
                        }),
                    "{name} at {w}x{h} ({lang}): no window or clock on top:\n{}",
                    rows(&t).join("\n")
                );
                // A panel draws over it without panicking, its answers in view.
                let t = draw(&panel, w, h);
                assert!(
                    rows(&t).iter().any(|r| r.contains("│ 1  ")),
                    "{name} at {w}x{h} ({lang}): the panel's first answer is hidden:\n{}",
                    rows(&t).join("\n")
                );
            }
            for (w, h) in [(20, 5), (200, 3)] {
                for app in [&plain, &panel] {
                    let t = draw(app, w, h);
                    assert!(
                        words(&t).contains(too_small),
                        "{name} at {w}x{h} ({lang}) should say it is too small:\n{}",
                        rows(&t).join("\n")
                    );
                }
            }
        }
    }
}

#[test]
fn without_colour_every_state_is_said_in_words() {
    for (name, scene, said) in every_state() {
        for (lang, said) in [Lang::En, Lang::Uk].into_iter().zip(said) {
            let t = draw(&scene.app_coloured(lang, false), 80, 24);
            assert_shows(&t, &[said]);
            // With colour off, not one cell carries a colour: nothing can hide in it.
            for cell in t.backend().buffer().content() {
                assert!(
                    cell.fg == Color::Reset && cell.bg == Color::Reset,
                    "{name} ({lang}): a coloured cell {:?} with colour off",
                    cell.symbol()
                );
            }
            // With colour on, the words are the same.
            let coloured = draw(&scene.app_coloured(lang, true), 80, 24);
            assert_eq!(
                words(&coloured),
                words(&t),
                "{name} ({lang}): colour changes the words"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Keys, as the event loop maps them, and the commands they ask for.

fn execute(effects: &[Effect]) -> Vec<Command> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Execute(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

fn said(phrase: &str, lang: &str) -> Command {
    Command::SayPhrase {
        window: W1,
        phrase: phrase.into(),
        lang: lang.into(),
    }
}

#[test]
fn the_plain_counter_keys_run_their_commands() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    for (key, cmd) in [
        ('n', Command::CallNext { window: W1 }),
        (' ', Command::CallNext { window: W1 }),
        ('s', Command::Serve { window: W1 }),
        ('x', Command::NoShow { window: W1 }),
        ('r', Command::Recall { window: W1 }),
        ('e', Command::EndBreak { window: W1 }),
    ] {
        let effects = scene.key(&mut app, KeyCode::Char(key));
        assert_eq!(execute(&effects), vec![cmd], "key {key:?}");
        assert!(app.modal.is_none(), "key {key:?} opened a panel");
    }
}

#[test]
fn w_warns_the_queue_and_records_the_words_said() {
    // Window 2 can take the line: the warning names it.
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    let effects = scene.key(&mut app, KeyCode::Char('w'));
    assert_eq!(
        execute(&effects),
        vec![Command::WarnBreak { window: W1 }, said("warning", "en")]
    );

    // Window 1 alone in the hall: the warning that sends nobody anywhere.
    let mut alone = Scene::new(fixture_hall()).open(0, 1).plan(0, 1, 20, 50);
    for m in 1..=3 {
        alone = alone.issue(m, "A");
    }
    let alone = alone.until(8);
    let mut app = alone.app(Lang::En);
    let effects = alone.key(&mut app, KeyCode::Char('w'));
    assert_eq!(
        execute(&effects),
        vec![
            Command::WarnBreak { window: W1 },
            said("warning-alone", "en")
        ]
    );
    // And the words on screen are the ones for a window alone.
    assert_shows(
        &draw(&app, 80, 24),
        &["[1] Warn the queue (alone)", "I'll start with you"],
    );
}

#[test]
fn b_with_a_planned_break_due_starts_it_after_the_customer() {
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    let effects = scene.key(&mut app, KeyCode::Char('b'));
    assert_eq!(
        execute(&effects),
        vec![Command::StartBreak {
            window: W1,
            reason: None,
            minutes: None,
            after_service: true,
        }]
    );
    assert!(
        app.modal.is_none(),
        "no reason is asked for a planned break"
    );
}

#[test]
fn b_without_a_break_due_asks_why_and_picks_a_reason() {
    // The planned break is at noon: a break now is unscheduled.
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    assert!(scene.key(&mut app, KeyCode::Char('b')).is_empty());
    assert!(
        matches!(app.modal, Some(Modal::BreakReason { .. })),
        "{:?}",
        app.modal
    );
    assert_shows(
        &draw(&app, 80, 24),
        &[
            "Unscheduled break: why?",
            "1 goods receipt",
            "5 other",
            "Length: 15 min",
        ],
    );
    let effects = scene.key(&mut app, KeyCode::Char('1'));
    assert_eq!(
        execute(&effects),
        vec![Command::StartBreak {
            window: W1,
            reason: Some(BreakReason::GoodsReceipt),
            minutes: Some(15),
            after_service: true,
        }]
    );
    assert!(app.modal.is_none());
}

#[test]
fn a_break_for_another_reason_needs_a_few_words() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    scene.keys(&mut app, &[KeyCode::Char('b'), KeyCode::Char('5')]);
    assert!(
        matches!(app.modal, Some(Modal::OtherReason { .. })),
        "{:?}",
        app.modal
    );
    assert_eq!(REASONS[4], "other");

    // Enter with nothing typed starts nothing and keeps the note open.
    assert!(scene.key(&mut app, KeyCode::Enter).is_empty());
    assert!(matches!(app.modal, Some(Modal::OtherReason { .. })));

    // Letters that are keys elsewhere are text here: "q" does not quit.
    let typed: Vec<KeyCode> = "quiet bank".chars().map(KeyCode::Char).collect();
    assert!(scene.keys(&mut app, &typed).is_empty());
    assert!(!app.quit, "typing q in the note quit the screen");
    scene.keys(&mut app, &[KeyCode::Backspace; 4]);
    let typed: Vec<KeyCode> = "drill".chars().map(KeyCode::Char).collect();
    scene.keys(&mut app, &typed);
    assert_shows(&draw(&app, 80, 24), &["> quiet drill_"]);

    let effects = scene.key(&mut app, KeyCode::Enter);
    assert_eq!(
        execute(&effects),
        vec![Command::StartBreak {
            window: W1,
            reason: Some(BreakReason::Other("quiet drill".into())),
            minutes: Some(15),
            after_service: true,
        }]
    );
    assert!(app.modal.is_none());
}

#[test]
fn esc_steps_back_out_of_the_break_panels() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    scene.keys(&mut app, &[KeyCode::Char('b'), KeyCode::Char('5')]);
    scene.key(&mut app, KeyCode::Esc);
    // Back at the reasons, with "other" still the one chosen.
    assert_eq!(
        app.modal,
        Some(Modal::BreakReason {
            selected: 4,
            minutes: 15
        })
    );
    scene.key(&mut app, KeyCode::Esc);
    assert_eq!(app.modal, None);
    assert_eq!(app.screen, Screen::Counter(W1));
    assert!(!app.quit);
}

#[test]
fn the_break_length_can_be_changed_before_picking() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    scene.keys(
        &mut app,
        &[KeyCode::Char('b'), KeyCode::Right, KeyCode::Right],
    );
    assert_shows(&draw(&app, 80, 24), &["Length: 25 min"]);
    let effects = scene.keys(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(
        execute(&effects),
        vec![Command::StartBreak {
            window: W1,
            reason: Some(BreakReason::CashCollection),
            minutes: Some(25),
            after_service: true,
        }]
    );
}

#[test]
fn t_opens_the_transfer_panel_and_a_digit_sends_the_customer() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    assert!(scene.key(&mut app, KeyCode::Char('t')).is_empty());
    assert_shows(
        &draw(&app, 80, 24),
        &[
            "Send the customer to",
            "1 queue A (Letters and parcels)",
            "2 queue B (Bills and payments)",
            "3 Window 2",
            "4 Window 3",
        ],
    );
    let effects = scene.key(&mut app, KeyCode::Char('2'));
    assert_eq!(
        execute(&effects),
        vec![Command::Transfer {
            window: W1,
            to: TransferTo::Service(ServiceCode::new("B")),
        }]
    );
    assert!(app.modal.is_none());
}

#[test]
fn f_lists_the_playbooks_for_the_situation_first() {
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    scene.key(&mut app, KeyCode::Char('f'));
    let Some(Modal::Playbooks { ids, .. }) = &app.modal else {
        panic!("no playbook list: {:?}", app.modal);
    };
    assert_eq!(
        ids[..3],
        [
            "forgot-warning".to_string(),
            "only-window-at-break".to_string(),
            "queue-demands-cancel".to_string()
        ],
        "the warning-due playbooks come first"
    );
    assert_eq!(ids.len(), app.playbooks.len(), "the others follow");
    let t = draw(&app, 80, 24);
    assert_shows(
        &t,
        &[
            "What to do when…",
            "1 Forgot to warn the queue about a planned break",
        ],
    );

    // On a break, the overrun playbook is among the first.
    let scene = overrun_scene();
    let mut app = scene.app(Lang::En);
    scene.key(&mut app, KeyCode::Char('f'));
    let Some(Modal::Playbooks { ids, .. }) = &app.modal else {
        panic!("no playbook list: {:?}", app.modal);
    };
    assert_eq!(ids[0], "break-overrun");
}

#[test]
fn walking_a_playbook_logs_each_step_and_ends_in_its_advice() {
    let scene = warning_scene();
    let mut app = playbook_app(&scene, Lang::En);
    // "10 minutes or more": the answer is logged, the advice is shown.
    let effects = scene.key(&mut app, KeyCode::Char('1'));
    assert_eq!(
        execute(&effects),
        vec![Command::FollowPlaybook {
            window: W1,
            playbook: "forgot-warning".into(),
            step: "ask-minutes".into(),
            answer: Some("warn-now".into()),
        }]
    );
    assert_shows(
        &draw(&app, 80, 24),
        &["warn the queue now", "Say: Warn the queue", "Enter: do it"],
    );
    // A digit on advice does nothing; Enter does what it says.
    assert!(scene.key(&mut app, KeyCode::Char('1')).is_empty());
    let effects = scene.key(&mut app, KeyCode::Enter);
    assert_eq!(
        execute(&effects),
        vec![
            Command::FollowPlaybook {
                window: W1,
                playbook: "forgot-warning".into(),
                step: "warn-now".into(),
                answer: None,
            },
            Command::WarnBreak { window: W1 },
            said("warning", "en"),
        ]
    );
    assert!(app.modal.is_none(), "the playbook closes when done");
}

#[test]
fn p_switches_the_words_to_say_but_not_the_screen() {
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    let before = draw(&app, 80, 24);
    assert_shows(&before, &["Say (en)", "Dear customers", "[n] next"]);
    assert!(scene.key(&mut app, KeyCode::Char('p')).is_empty());
    assert_eq!(app.lang(), Lang::En);
    let after = draw(&app, 80, 24);
    // The customer hears Hungarian; the cashier still reads English.
    assert_shows(
        &after,
        &[
            "Say (hu)",
            "Kedves Ügyfeleink",
            "[1] Warn the queue",
            "[n] next",
        ],
    );
    assert_hides(&after, &["Dear customers"]);
    // And the phrase is logged in the language it was said in.
    let effects = scene.key(&mut app, KeyCode::Char('1'));
    assert_eq!(execute(&effects), vec![said("warning", "hu")]);
}

#[test]
fn l_switches_the_screen_but_not_the_words_to_say() {
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    // Three presses from English: Hungarian, Russian, Ukrainian.
    scene.keys(&mut app, &[KeyCode::Char('l'); 3]);
    assert_eq!(app.lang(), Lang::Uk);
    let t = draw(&app, 80, 24);
    assert_shows(
        &t,
        &[
            "[n] наступний",
            "ПОПЕРЕДЬТЕ ЧЕРГУ ЗАРАЗ",
            "Dear customers",
            "(en)",
        ],
    );
    assert_hides(&t, &["[n] next", "WARN THE QUEUE"]);
}

#[test]
fn digits_outside_a_panel_mark_the_offered_phrase_as_said() {
    let scene = warning_scene();
    let mut app = scene.app(Lang::En);
    let offered: Vec<&str> = app.offered_phrases().iter().map(|k| k.name()).collect();
    assert_eq!(
        offered,
        ["warning", "forgot-warning", "objection-cancel"],
        "the phrases for a warning that is due, most urgent first"
    );
    for (i, name) in offered.iter().enumerate() {
        let key = char::from_digit(i as u32 + 1, 10).unwrap_or('0');
        let effects = scene.key(&mut app, KeyCode::Char(key));
        assert_eq!(execute(&effects), vec![said(name, "en")], "key {key}");
    }
    // A digit with no phrase behind it does nothing.
    for key in ['4', '9'] {
        assert!(scene.key(&mut app, KeyCode::Char(key)).is_empty());
    }
}

#[test]
fn esc_goes_back_to_the_overview_only_when_it_came_from_there() {
    let scene = open_scene();
    let mut app = App::new(
        Tr::new(Lang::En),
        scene.hall.clone(),
        &scene.state,
        scene.now,
        false,
    );
    assert_eq!(app.screen, Screen::Overview);
    scene.key(&mut app, KeyCode::Char('1'));
    assert_eq!(app.screen, Screen::Counter(W1));
    assert_shows(&draw(&app, 80, 24), &["[n] next"]);
    scene.key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Overview);
    assert_hides(&draw(&app, 80, 24), &["[n] next"]);

    // Opened straight at the counter there is nowhere to go back to.
    let mut app = scene.app(Lang::En);
    scene.key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Counter(W1));
    assert!(!app.quit);
}

#[test]
fn q_quits_but_closes_a_panel_first() {
    let scene = open_scene();
    let mut app = scene.app(Lang::En);
    scene.key(&mut app, KeyCode::Char('t'));
    scene.key(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "q in a panel closed the whole screen");
    assert!(app.modal.is_none());
    scene.key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

// ---------------------------------------------------------------------------
// 4. The mouse: a click lands on what the cashier sees.

#[test]
fn every_button_is_drawn_where_a_click_finds_it() {
    let frame = Rect::new(0, 0, 80, 24);
    for (name, scene, _) in every_state() {
        for lang in [Lang::En, Lang::Uk] {
            let app = scene.app(lang);
            let footer = ui::counter::footer_area(&app, frame);
            let buttons = ui::counter::buttons(&app, footer);
            assert_eq!(
                buttons.len(),
                10,
                "{name} ({lang}): every button fits at 80x24"
            );
            let t = draw(&app, 80, 24);
            let rows = rows(&t);
            assert_eq!(footer.bottom(), 24, "the footer sits on the last rows");
            for b in &buttons {
                assert!(
                    b.area.y >= footer.y && b.area.bottom() <= footer.bottom(),
                    "{name} ({lang}): {:?} outside the footer {footer:?}",
                    b.label
                );
                assert!(b.area.right() <= frame.right());
                let drawn: String = rows[b.area.y as usize]
                    .chars()
                    .skip(b.area.x as usize)
                    .take(b.area.width as usize)
                    .collect();
                assert_eq!(
                    drawn, b.label,
                    "{name} ({lang}): a click on {:?} hits {drawn:?}",
                    b.label
                );
                // A click does what the key printed on the button does.
                let key = b.label.chars().nth(1).unwrap_or(' ');
                assert_eq!(
                    action_for(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE), &app),
                    Some(b.action.clone()),
                    "{name} ({lang}): {:?}",
                    b.label
                );
            }
            for (i, a) in buttons.iter().enumerate() {
                for b in &buttons[i + 1..] {
                    assert!(
                        a.area.intersection(b.area).is_empty(),
                        "{name} ({lang}): {:?} and {:?} overlap",
                        a.label,
                        b.label
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 5. Names from a config file cannot drive the terminal.

#[test]
fn escape_sequences_in_names_never_reach_the_screen() {
    let fixture = match std::fs::read_to_string(common::fixture_config()) {
        Ok(s) => s,
        Err(e) => panic!("read the fixture: {e}"),
    };
    let toml = fixture
        .replace(
            "name = \"Harbour Street Post Office\"",
            "name = \"Harbour\\u001b]0;owned\\u0007 Street\"",
        )
        .replace("name = \"Window 1\"", "name = \"Win\\u001b[31mdow\"")
        .replace("name = \"Window 2\"", "name = \"Two\\u001b[2J\\u001b[H\"")
        .replace(
            "name = \"Bills and payments\"",
            "name = \"Bills\\u009b31m and payments\"",
        );
    let hall = match frontdesk::config::parse(&toml, "escapes.toml") {
        Ok(c) => c.hall,
        Err(e) => panic!("the config with escapes: {e}"),
    };
    let scene = Scene::new(hall)
        .open(0, 1)
        .open(0, 2)
        .issue(1, "B")
        .call(2, 1)
        .until(3);
    let mut app = scene.app(Lang::En);
    let counter = draw(&app, 80, 24);
    scene.key(&mut app, KeyCode::Char('t'));
    let transfer = draw(&app, 80, 24);
    for t in [&counter, &transfer] {
        for cell in t.backend().buffer().content() {
            assert!(
                !cell.symbol().chars().any(char::is_control),
                "a control character reached the screen:\n{}",
                rows(t).join("\n")
            );
        }
    }
    // What is left is shown as plain text.
    assert_shows(&counter, &["Win[31mdow", "Harbour]0;owned Street"]);
    assert_shows(&transfer, &["Two[2J[H", "Bills31m and payments"]);
}

// ---------------------------------------------------------------------------
// 6. What a cashier would find wrong on screen today.

/// A delivery arrives while A001 is at the window: the break waits for the end of
/// that service.
fn pending_unscheduled_scene() -> Scene {
    Scene::new(fixture_hall())
        .open(0, 1)
        .open(0, 2)
        .open(0, 3)
        .issue(1, "A")
        .issue(2, "A")
        .issue(3, "A")
        .call(4, 1)
        .run(
            5,
            Command::StartBreak {
                window: W1,
                reason: Some(BreakReason::GoodsReceipt),
                minutes: Some(15),
                after_service: true,
            },
        )
        .until(6)
}

#[test]
fn no_phrase_on_offer_has_a_hole_in_it() {
    let mut scenes = every_state();
    scenes.push(("pending unscheduled", pending_unscheduled_scene(), ["", ""]));
    // Closing, between two customers: nobody is at the window.
    scenes.push((
        "closing, window free",
        closing_scene().serve(9, 1),
        ["", ""],
    ));
    let mut holes = vec![];
    for (name, scene, _) in scenes {
        for lang in [Lang::En, Lang::Uk] {
            let app = scene.app(lang);
            let Some(c) = &app.counter else {
                panic!("{name}: no counter view");
            };
            for key in app.offered_phrases() {
                let said = app
                    .phrases
                    .say(lang, key, &frontdesk::views::hall::phrase_args(c, key));
                // An empty placeholder leaves two spaces where a word was.
                if said.contains("  ") {
                    holes.push(format!("{name} ({lang}) {}: {said}", key.name()));
                }
            }
        }
    }
    assert!(
        holes.is_empty(),
        "phrases with a hole:\n{}",
        holes.join("\n")
    );
}

#[test]
fn a_pending_unscheduled_break_does_not_ask_to_serve_up_to_a_dash() {
    for lang in [Lang::En, Lang::Uk] {
        let t = draw(&pending_unscheduled_scene().app(lang), 80, 24);
        assert_shows(&t, &["A001"]);
        assert_hides(&t, &["serve up to —", "до талона —"]);
    }
}

/// The words inside the "at the window" box (the left one), joined across its
/// wrapped rows.
fn at_window_box(terminal: &Terminal<TestBackend>) -> String {
    rows(terminal)
        .iter()
        .filter(|r| r.starts_with('│'))
        .filter_map(|r| r.split('│').nth(1).map(str::to_string))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_empty_window_says_its_whole_sentence() {
    let scene = Scene::new(fixture_hall())
        .open(0, 1)
        .open(0, 2)
        .issue(1, "A")
        .until(2);
    assert_eq!(
        at_window_box(&draw(&scene.app(Lang::En), 80, 24)),
        "Nobody at the window. Press n to call the next customer."
    );
    assert_eq!(
        at_window_box(&draw(&scene.app(Lang::Uk), 80, 24)),
        "Біля вікна нікого немає. Натисніть n, щоб викликати наступного клієнта."
    );
}

#[test]
fn every_phrase_a_digit_says_is_on_screen() {
    let mut unseen = vec![];
    for (name, scene, _) in every_state() {
        for lang in [Lang::En, Lang::Uk] {
            let app = scene.app(lang);
            let text = words(&draw(&app, 80, 24));
            for (i, key) in app.offered_phrases().into_iter().enumerate() {
                let shown = format!("[{}] {}", i + 1, app.phrases.title(lang, key));
                if !text.contains(&shown) {
                    unseen.push(format!("{name} ({lang}): {shown}"));
                }
            }
        }
    }
    assert!(
        unseen.is_empty(),
        "phrases a digit says but the screen does not show:\n{}",
        unseen.join("\n")
    );
}

#[test]
fn the_smallest_counter_keeps_the_banner_and_the_customer() {
    // Warning due: the banner must end with what to do, and A001 is at the window.
    let t = draw(&warning_scene().app(Lang::En), 40, 10);
    assert_shows(&t, &["Say phrase 1, then press w.", "A001"]);
    let t = draw(&overrun_scene().app(Lang::En), 40, 10);
    assert_shows(&t, &["Press e when you are back."]);
}

#[test]
fn the_smallest_counter_keeps_every_button() {
    for lang in [Lang::En, Lang::Uk] {
        let app = open_scene().app(lang);
        let frame = Rect::new(0, 0, 40, 10);
        let shown = ui::counter::buttons(&app, ui::counter::footer_area(&app, frame));
        assert_eq!(shown.len(), 10, "{lang}: {shown:?}");
    }
}

/// Where the hall wants unscheduled breaks approved, the break panel asks the
/// supervisor, and the counter shows the answer until the break begins.
#[test]
fn a_break_request_and_its_answer_show_at_the_counter() {
    let mut hall = fixture_hall();
    hall.policy.unscheduled_needs_approval = true;
    let scene = Scene::new(hall).open(0, 1).open(0, 2).open(0, 3);
    let mut app = scene.app(Lang::En);
    scene.key(&mut app, KeyCode::Char('b'));
    let effects = scene.key(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Execute(Command::RequestBreak {
            window: W1,
            reason: BreakReason::GoodsReceipt,
            minutes: Some(15),
        })]
    );
    let request = |answer| Command::AnswerRequest {
        request: frontdesk::domain::RequestId(1),
        answer,
    };
    let asked = scene.run(
        1,
        Command::RequestBreak {
            window: W1,
            reason: BreakReason::GoodsReceipt,
            minutes: Some(15),
        },
    );
    let text = words(&draw(&asked.app(Lang::En), 80, 24));
    assert!(
        text.contains("Your break request (1) waits for the supervisor's answer"),
        "{text}"
    );
    let postponed = asked.run(
        2,
        request(frontdesk::domain::Reply::Postpone { minutes: 10 }),
    );
    let text = words(&draw(&postponed.app(Lang::Uk), 80, 24));
    assert!(
        text.contains("Старший зміни відклав ваш запит на перерву до 10:12"),
        "{text}"
    );
    let declined = postponed.run(12, request(frontdesk::domain::Reply::Decline));
    let text = words(&draw(&declined.app(Lang::En), 80, 24));
    assert!(
        text.contains("The supervisor declined your break request"),
        "{text}"
    );
    // Once the break is on, the counter says so, not the request.
    let on = declined
        .run(
            13,
            Command::RequestBreak {
                window: W1,
                reason: BreakReason::Personal,
                minutes: Some(10),
            },
        )
        .run(
            14,
            Command::AnswerRequest {
                request: frontdesk::domain::RequestId(2),
                answer: frontdesk::domain::Reply::Approve,
            },
        );
    let text = words(&draw(&on.app(Lang::En), 80, 24));
    assert!(!text.contains("request"), "{text}");
}
