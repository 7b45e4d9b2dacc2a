//! The supervisor's planner as a person sees it, drawn with ratatui's
//! TestBackend: a plan that breaks a rule, a suggestion on show, the live hall
//! with a request to answer; and what keys and clicks do to the plan, its
//! forecast and the commands it writes.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use frontdesk::config;
use frontdesk::domain::{
    BreakId, BreakReason, Command, Hall, Instant, Reply, State, WindowId, decide,
};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::staffing::{Demand, Evaluator};
use frontdesk::tui::app::planner::{Planner, Tab};
use frontdesk::tui::app::{Action, App, Effect, Screen};
use frontdesk::tui::render as ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 08:00 in Budapest on a Wednesday: the hall has just opened.
fn at(h: u32, m: u32) -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, h - 1, m, 0)
        .single()
        .unwrap_or_default()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
}

fn hall() -> Hall {
    let src = include_str!("fixtures/planner.toml");
    match config::parse(src, "planner.toml") {
        Ok(c) => c.hall,
        Err(e) => panic!("{e}"),
    }
}

/// The hall's log as a state: every window open, and what `cmds` add.
fn state(hall: &Hall, cmds: &[Command]) -> State {
    let mut state = State::new();
    let open = (1..=3).map(|w| Command::OpenWindow {
        window: WindowId(w),
        staff: None,
    });
    for cmd in open.chain(cmds.iter().cloned()) {
        match decide(hall, &state, &cmd, at(8, 0), None) {
            Ok(events) => {
                for e in &events {
                    state.apply(at(8, 0), e);
                }
            }
            Err(r) => panic!("{cmd:?}: {r}"),
        }
    }
    state
}

fn plan_break(window: u32, h: u32, m: u32) -> Command {
    Command::PlanBreak {
        window: WindowId(window),
        start: at(h, m),
        end: at(h, m) + Duration::minutes(30),
        staff: None,
    }
}

fn planner_app(lang: Lang, state: &State) -> App {
    let hall = hall();
    let now = at(8, 0);
    let ev = Evaluator::new(&hall, Demand::from_config(&hall, day()));
    let planner = Planner::new(&hall, state, ev, day(), now);
    let mut app = App::new(Tr::new(lang), hall, state, now, false);
    app.open_planner(planner, true);
    app.refresh(state, now);
    app
}

fn press(app: &mut App, state: &State, actions: &[Action]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for a in actions {
        effects.extend(app.update(a.clone(), state, at(8, 0)));
    }
    effects
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

/// The screen's text, row by row.
fn rows(app: &App, width: u16, height: u16) -> Vec<String> {
    let t = draw(app, width, height);
    let buf = t.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

fn row_starting(screen: &[String], prefix: &str) -> String {
    screen
        .iter()
        .find(|r| r.starts_with(prefix))
        .cloned()
        .unwrap_or_else(|| panic!("no row starting {prefix:?} in\n{}", screen.join("\n")))
}

/// Window 1's break at 11:00, and window 2's added at 11:15 on the screen:
/// two windows away at once where the hall allows one.
fn broken_policy(lang: Lang) -> App {
    let s = state(&hall(), &[plan_break(1, 11, 0)]);
    let mut app = planner_app(lang, &s);
    let to_1115 = (0..39).map(|_| Action::Right); // 08:00 + 39 × 5 min = 11:15
    let actions: Vec<Action> = [Action::Down]
        .into_iter()
        .chain(to_1115)
        .chain([Action::AddBreak])
        .collect();
    press(&mut app, &s, &actions);
    app
}

#[test]
fn planner_with_a_broken_policy_80x24_english() {
    let app = broken_policy(Lang::En);
    let screen = rows(&app, 80, 24).join("\n");
    assert!(
        screen.contains("2 windows away at once; at most 1 may be"),
        "{screen}"
    );
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn planner_with_a_broken_policy_120x36_ukrainian() {
    insta::assert_snapshot!(draw(&broken_policy(Lang::Uk), 120, 36).backend());
}

fn with_suggestion(lang: Lang) -> App {
    let s = state(&hall(), &[]);
    let mut app = planner_app(lang, &s);
    press(&mut app, &s, &[Action::Suggest]);
    app
}

#[test]
fn planner_with_a_suggestion_shown_100x30_english() {
    let app = with_suggestion(Lang::En);
    let screen = rows(&app, 100, 30).join("\n");
    assert!(screen.contains("Suggestion: worst interval"), "{screen}");
    insta::assert_snapshot!(draw(&app, 100, 30).backend());
}

#[test]
fn planner_with_a_suggestion_shown_100x30_hungarian() {
    insta::assert_snapshot!(draw(&with_suggestion(Lang::Hu), 100, 30).backend());
}

#[test]
fn live_hall_with_a_request_to_answer_80x24_russian() {
    let hall = hall();
    let s = state(
        &hall,
        &[Command::RequestBreak {
            window: WindowId(2),
            reason: BreakReason::GoodsReceipt,
            minutes: Some(15),
        }],
    );
    let mut app = planner_app(Lang::Ru, &s);
    press(&mut app, &s, &[Action::SwitchTab]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn moving_a_break_changes_the_forecast_row() {
    let s = state(&hall(), &[plan_break(2, 12, 0)]);
    let mut app = planner_app(Lang::En, &s);
    let before = row_starting(&rows(&app, 100, 30), "A Letters");
    // Select window 2's break and take it out of the midday rush.
    press(
        &mut app,
        &s,
        &[Action::NextBreak, Action::FarRight, Action::FarRight],
    );
    let after = row_starting(&rows(&app, 100, 30), "A Letters");
    assert_ne!(before, after, "the forecast row did not change");
    let p = app.planner.as_ref().unwrap_or_else(|| panic!("no planner"));
    let b = p
        .selected_break()
        .unwrap_or_else(|| panic!("nothing selected"));
    assert_eq!((b.start, b.end), (at(13, 0), at(13, 30)));
    assert!(p.report.summary.worst_wait_minutes < 20.0);
}

#[test]
fn writing_and_publishing_ask_for_one_batch_the_log_accepts() {
    let hall = hall();
    let s = state(&hall, &[plan_break(2, 12, 0)]);
    let mut app = planner_app(Lang::En, &s);
    assert_eq!(
        press(&mut app, &s, &[Action::WritePlan]),
        vec![],
        "nothing to write"
    );
    let effects = press(
        &mut app,
        &s,
        &[
            Action::NextBreak,
            Action::FarRight,
            Action::FarRight,
            Action::Back,
            Action::Up,
            Action::FarLeft,
            Action::FarLeft,
            Action::FarLeft,
            Action::FarLeft,
            Action::AddBreak,
            Action::PublishPlan,
        ],
    );
    let [Effect::WritePlan(cmds)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(matches!(
        cmds[0],
        Command::ChangeBreak { brk: BreakId(1), start, .. } if start == at(13, 0)
    ));
    assert!(matches!(
        cmds[1],
        Command::PlanBreak {
            window: WindowId(1),
            ..
        }
    ));
    assert!(matches!(cmds.last(), Some(Command::PublishBreaks { day: d }) if *d == day()));
    // Decided one after another, the log takes them all.
    let mut log = s.clone();
    for c in cmds {
        let events =
            decide(&hall, &log, c, at(8, 0), None).unwrap_or_else(|r| panic!("{c:?}: {r}"));
        for e in &events {
            log.apply(at(8, 0), e);
        }
    }
    assert!(log.breaks.values().all(|b| b.published));
}

#[test]
fn a_suggestion_is_taken_or_dropped_and_blocks_edits_meanwhile() {
    let s = state(&hall(), &[]);
    let mut app = planner_app(Lang::En, &s);
    press(&mut app, &s, &[Action::Suggest, Action::AddBreak]);
    assert!(app.flash.as_ref().is_some_and(|f| f.refused));
    press(&mut app, &s, &[Action::Back]);
    let p = app.planner.as_ref().unwrap_or_else(|| panic!("no planner"));
    assert!(p.preview.is_none() && p.plan.breaks.is_empty());
    press(&mut app, &s, &[Action::Suggest, Action::Confirm]);
    let p = app.planner.as_ref().unwrap_or_else(|| panic!("no planner"));
    assert_eq!(p.plan.breaks.len(), 3, "everyone's break is placed");
    assert!(p.report.breaks.iter().all(|b| b.problems.is_empty()));
}

#[test]
fn the_day_cannot_change_with_changes_unwritten() {
    let s = state(&hall(), &[]);
    let mut app = planner_app(Lang::En, &s);
    assert_eq!(
        press(&mut app, &s, &[Action::NextDay]),
        vec![Effect::LoadDay(day() + Duration::days(1))]
    );
    press(&mut app, &s, &[Action::AddBreak]);
    assert_eq!(press(&mut app, &s, &[Action::NextDay]), vec![]);
    assert!(app.flash.as_ref().is_some_and(|f| f.refused));
    press(&mut app, &s, &[Action::Revert]);
    assert!(!app.planner.as_ref().is_some_and(|p| p.plan.dirty()));
}

#[test]
fn a_break_under_way_does_not_move() {
    let hall = hall();
    let mut s = state(&hall, &[plan_break(3, 8, 20)]);
    for e in decide(
        &hall,
        &s,
        &Command::StartBreak {
            window: WindowId(3),
            reason: None,
            minutes: None,
            after_service: true,
        },
        at(8, 20),
        None,
    )
    .unwrap_or_default()
    {
        s.apply(at(8, 20), &e);
    }
    let mut app = planner_app(Lang::En, &s);
    press(&mut app, &s, &[Action::NextBreak, Action::Right]);
    assert!(app.flash.as_ref().is_some_and(|f| f.refused));
    let p = app.planner.as_ref().unwrap_or_else(|| panic!("no planner"));
    assert_eq!(p.plan.breaks[0].start, at(8, 20));
}

#[test]
fn a_click_selects_a_break_and_a_drag_moves_it() {
    let s = state(&hall(), &[plan_break(2, 12, 0)]);
    let mut app = planner_app(Lang::En, &s);
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let screen = rows(&app, 100, 30);
    let y = screen
        .iter()
        .position(|r| r.starts_with("Window 2"))
        .unwrap_or(0) as u16;
    let x = screen[y as usize]
        .chars()
        .position(|c| c == '▒')
        .unwrap_or_else(|| panic!("no break drawn on {:?}", screen[y as usize])) as u16;
    let click = ui::planner::clicked(&app, area, x + 1, y);
    assert!(
        matches!(click, Some(Action::PointAt { row: 1, .. })),
        "{click:?}"
    );
    press(&mut app, &s, &[click.unwrap_or(Action::Quit)]);
    assert!(app.planner.as_ref().is_some_and(|p| p.selected.is_some()));
    let drag = ui::planner::dragged(&app, area, x + 30);
    press(&mut app, &s, &[drag.unwrap_or(Action::Quit)]);
    let p = app.planner.as_ref().unwrap_or_else(|| panic!("no planner"));
    assert!(p.plan.breaks[0].start > at(12, 0), "{:?}", p.plan.breaks[0]);
    // A click on a footer button is that button.
    let last = rows(&app, 100, 30);
    let footer_y = (0..30u16)
        .rev()
        .find(|y| last[*y as usize].contains("[g]"))
        .unwrap_or(29);
    let gx = last[footer_y as usize].find("[g]").unwrap_or(0);
    let gx = last[footer_y as usize][..gx].chars().count() as u16;
    assert_eq!(
        ui::planner::clicked(&app, area, gx + 1, footer_y),
        Some(Action::Suggest)
    );
}

#[test]
fn the_live_hall_answers_the_selected_request() {
    let hall = hall();
    let s = state(
        &hall,
        &[Command::RequestBreak {
            window: WindowId(2),
            reason: BreakReason::CashCollection,
            minutes: Some(10),
        }],
    );
    let mut app = planner_app(Lang::En, &s);
    press(&mut app, &s, &[Action::SwitchTab]);
    assert_eq!(app.planner.as_ref().map(|p| p.tab), Some(Tab::Live));
    let screen = rows(&app, 100, 30).join("\n");
    assert!(
        screen.contains("#1 Window 2 · cash collection · 10 minutes"),
        "{screen}"
    );
    let effects = press(&mut app, &s, &[Action::Postpone]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Execute(Command::AnswerRequest {
            answer: Reply::Postpone { minutes: 10 },
            ..
        })]
    ));
    let effects = press(&mut app, &s, &[Action::Approve]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Execute(Command::AnswerRequest {
            answer: Reply::Approve,
            ..
        })]
    ));
}

#[test]
fn every_size_draws_without_a_panic() {
    let s = state(&hall(), &[plan_break(1, 11, 0)]);
    for tab in [false, true] {
        for preview in [false, true] {
            let mut app = planner_app(Lang::Ru, &s);
            if preview {
                press(&mut app, &s, &[Action::Suggest]);
            }
            if tab {
                press(&mut app, &s, &[Action::SwitchTab]);
            }
            for (w, h) in [
                (20, 5),
                (40, 10),
                (41, 11),
                (60, 12),
                (80, 24),
                (132, 43),
                (300, 100),
            ] {
                draw(&app, w, h);
            }
        }
    }
}

#[test]
fn the_overview_opens_the_planner() {
    let hall = hall();
    let s = state(&hall, &[]);
    let mut app = App::new(Tr::new(Lang::En), hall, &s, at(8, 0), false);
    assert_eq!(
        app.update(Action::OpenPlanner, &s, at(8, 0)),
        vec![Effect::LoadDay(day())]
    );
    assert_eq!(app.screen, Screen::Overview);
}

#[test]
fn a_late_and_overrunning_break_is_drawn_where_it_really_was() {
    let hall = hall();
    let mut s = state(&hall, &[plan_break(3, 8, 20)]);
    // Window 3 leaves ten minutes late and is still away at 09:05, a quarter
    // of an hour past its planned end.
    let start = Command::StartBreak {
        window: WindowId(3),
        reason: None,
        minutes: None,
        after_service: true,
    };
    for e in decide(&hall, &s, &start, at(8, 30), None).unwrap_or_default() {
        s.apply(at(8, 30), &e);
    }
    let now = at(9, 5);
    let ev = Evaluator::new(&hall, Demand::from_config(&hall, day()));
    let planner = Planner::new(&hall, &s, ev, day(), now);
    let mut app = App::new(Tr::new(Lang::En), hall.clone(), &s, now, false);
    app.open_planner(planner, true);
    app.refresh(&s, now);
    // 160 columns of timeline for 8 hours: one for every three minutes.
    let screen = rows(&app, 182, 30);
    let row = row_starting(&screen, "Window 3");
    let drawn: Vec<char> = row.chars().skip(22).collect();
    let late = drawn.iter().position(|c| *c == '-').unwrap_or(usize::MAX);
    let on = drawn.iter().position(|c| *c == '▓').unwrap_or(usize::MAX);
    let last_on = drawn.iter().rposition(|c| *c == '▓').unwrap_or(0);
    let drawn: String = drawn.into_iter().collect();
    assert!(late < on, "the late minutes come before the break: {drawn}");
    // 160 columns over 480 minutes: the break runs from 08:30 to 09:05, past
    // its planned 08:50.
    let col = |m: usize| (m - 8 * 60) * 160 / 480;
    assert!(last_on + 1 >= col(9 * 60 + 4), "{drawn}");
    assert!(on <= col(8 * 60 + 31), "{drawn}");
    let screen = screen.join("\n");
    assert!(screen.contains("overrun, on since 08:30"), "{screen}");
    // Still on before its planned end: the minutes to come are the break's,
    // not "planned, not taken".
    let early = at(8, 40);
    let ev = Evaluator::new(&hall, Demand::from_config(&hall, day()));
    let planner = Planner::new(&hall, &s, ev, day(), early);
    let mut app = App::new(Tr::new(Lang::En), hall, &s, early, false);
    app.open_planner(planner, true);
    app.refresh(&s, early);
    let row = row_starting(&rows(&app, 182, 30), "Window 3");
    let drawn: Vec<char> = row.chars().skip(22).collect();
    let dashes = drawn.iter().filter(|c| **c == '-').count();
    let on = drawn.iter().filter(|c| **c == '▓').count();
    assert!(
        dashes <= 4 && on >= 6,
        "{}",
        drawn.iter().collect::<String>()
    );
}

#[test]
fn every_key_of_the_help_shows_on_a_small_screen() {
    let s = state(&hall(), &[]);
    for lang in Lang::ALL {
        let mut app = planner_app(lang, &s);
        press(&mut app, &s, &[Action::ToggleHelp]);
        let screen = rows(&app, 80, 24);
        let keys: Vec<&str> = frontdesk::tui::app::help_keys(Screen::Planner)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        for key in keys {
            assert!(
                screen.iter().any(|r| r.contains(&format!("│ {key} "))),
                "{lang}: {key} missing from\n{}",
                screen.join("\n")
            );
        }
    }
}

#[test]
fn the_overview_says_when_the_notice_on_the_glass_is_out_of_date() {
    let hall = hall();
    let s = state(
        &hall,
        &[
            plan_break(2, 12, 0),
            Command::PublishBreaks { day: day() },
            Command::IssueNotice { day: day() },
            Command::ChangeBreak {
                brk: BreakId(1),
                start: at(13, 0),
                end: at(13, 30),
                staff: None,
            },
        ],
    );
    let mut app = App::new(Tr::new(Lang::En), hall, &s, at(8, 0), false);
    app.refresh(&s, at(8, 0));
    let screen = rows(&app, 120, 30).join("\n");
    assert!(
        screen.contains("! The break notice on the glass for 2026-11-25"),
        "{screen}"
    );
}

#[test]
fn the_simulator_check_sits_beside_the_forecast() {
    // Window 1 away at 11:00; the cursor on 11:15 (interval 11:00–11:30).
    let s = state(&hall(), &[plan_break(1, 11, 0)]);
    let mut app = planner_app(Lang::En, &s);
    let to_1115: Vec<Action> = (0..39).map(|_| Action::Right).collect();
    press(&mut app, &s, &to_1115);
    press(&mut app, &s, &[Action::Simulate]);
    let screen = rows(&app, 120, 36);
    let interval = row_starting(&screen, "11:00–11:30");
    // Both services' forecast, each with the simulator's figure beside it.
    assert!(interval.contains("(A simulated "), "{}", screen.join("\n"));
    let text = screen.join("\n");
    assert!(text.contains("Simulator, 400 days: mean wait "), "{text}");
    assert!(
        text.contains("Forecast and simulator agree within the target")
            || text.contains("Forecast and simulator differ by more than the target"),
        "{text}"
    );
    // The check belongs to the plan it was made on.
    press(&mut app, &s, &[Action::NextBreak, Action::Right]);
    let text = rows(&app, 120, 36).join("\n");
    assert!(!text.contains("Simulator, 400 days"), "{text}");
}
