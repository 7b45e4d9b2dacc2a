//! The hall board as customers see it, drawn with ratatui's TestBackend: the demo
//! hall laid around a fixed moment has windows open, one closing soon and one
//! on a break. Snapshots at 80×24 and 200×60 in two languages, every size down
//! to nothing without a panic, and what the board must never show.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::demo;
use frontdesk::domain::{BreakId, Command, Hall, Instant, State, WindowId, decide};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::tui::app::board::{Board, BoardView, board_view};
use frontdesk::tui::render::board::{self as render, Look};
use frontdesk::views::board::WindowState;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 14:20 in Budapest on an ordinary Wednesday.
fn now() -> Instant {
    Utc.with_ymd_and_hms(2026, 11, 25, 13, 20, 0)
        .single()
        .unwrap_or_default()
}

fn demo_hall() -> (Hall, State) {
    let hall = demo::config().hall;
    let history = demo::history(&hall, now());
    let state = State::fold(history.iter().map(|(a, e)| (*a, e)));
    (hall, state)
}

fn draw(view: &BoardView, lang: Lang, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    let tr = Tr::new(lang);
    let look = Look { colour: false };
    if let Err(e) = terminal.draw(|f| render::render(view, &tr, &Lang::ALL, look, f)) {
        panic!("draw: {e}");
    }
    terminal
}

fn screen(view: &BoardView, lang: Lang, width: u16, height: u16) -> String {
    let terminal = draw(view, lang, width, height);
    let buf = terminal.backend().buffer();
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

fn demo_view() -> BoardView {
    let (hall, state) = demo_hall();
    board_view(&hall, &state, now())
}

#[test]
fn the_demo_has_every_state_a_customer_meets() {
    let v = demo_view();
    let states: Vec<&WindowState> = v.windows.iter().map(|w| &w.state).collect();
    assert!(states.iter().any(|s| matches!(s, WindowState::Open)));
    assert!(
        states
            .iter()
            .any(|s| matches!(s, WindowState::Closing { .. }))
    );
    assert!(
        states
            .iter()
            .any(|s| matches!(s, WindowState::OnBreak { .. }))
    );
    assert!(!v.called.is_empty() && !v.announcements.is_empty());
}

#[test]
fn board_80x24_english() {
    insta::assert_snapshot!(draw(&demo_view(), Lang::En, 80, 24).backend());
}

#[test]
fn board_80x24_ukrainian() {
    insta::assert_snapshot!(draw(&demo_view(), Lang::Uk, 80, 24).backend());
}

#[test]
fn board_200x60_english() {
    insta::assert_snapshot!(draw(&demo_view(), Lang::En, 200, 60).backend());
}

#[test]
fn board_200x60_ukrainian() {
    insta::assert_snapshot!(draw(&demo_view(), Lang::Uk, 200, 60).backend());
}

#[test]
fn board_120x36_hungarian() {
    insta::assert_snapshot!(draw(&demo_view(), Lang::Hu, 120, 36).backend());
}

#[test]
fn the_closing_window_says_where_to_go_in_every_language() {
    let v = demo_view();
    let s = screen(&v, Lang::En, 80, 24);
    assert!(
        s.contains("Window 3 closes at 14:26 — please go to window"),
        "{s}"
    );
    let wide = screen(&v, Lang::En, 200, 60);
    assert!(
        wide.contains("! Window 3 closes for a break at 14:26. Tickets up to C011 are still served there. Everyone else, please go to window 1. Window 3 is back at 14:56."),
        "{wide}"
    );
    let s = screen(&v, Lang::Hu, 120, 36);
    assert!(s.contains("3. ablak: 14:26-kor zár"), "{s}");
    let s = screen(&v, Lang::Ru, 120, 36);
    assert!(s.contains("Окно 3 закрывается в 14:26"), "{s}");
    let s = screen(&v, Lang::Uk, 120, 36);
    assert!(s.contains("Вікно 3 зачиняється о 14:26"), "{s}");
}

#[test]
fn any_size_draws_without_panicking() {
    let v = demo_view();
    for lang in Lang::ALL {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (5, 2),
            (20, 5),
            (39, 9),
            (40, 10),
            (60, 15),
            (80, 24),
            (119, 40),
            (120, 15),
            (120, 16),
            (200, 60),
            (300, 100),
            (500, 3),
            (3, 200),
        ] {
            if w > 0 && h > 0 {
                draw(&v, lang, w, h);
            }
        }
    }
}

#[test]
fn large_print_when_there_is_room_plain_text_when_not() {
    let v = demo_view();
    let big = screen(&v, Lang::En, 80, 24);
    assert!(big.contains('█') || big.contains('▀'), "{big}");
    let small = screen(&v, Lang::En, 60, 15);
    assert!(!small.contains('█') && !small.contains('▀'), "{small}");
    let ticket = &v.called[0].ticket;
    assert!(small.contains(&format!("{ticket} → window")), "{small}");
}

/// A hall built by commands: breaks planned, some published, one moved.
struct Sim {
    hall: Hall,
    state: State,
}

impl Sim {
    fn new() -> Sim {
        let mut hall = Hall::sample();
        hall.policy.max_concurrent_breaks = 3;
        hall.policy.min_open_per_service = 0;
        Sim {
            hall,
            state: State::new(),
        }
    }

    fn at(&mut self, at: Instant, cmd: Command) -> Vec<frontdesk::domain::Event> {
        match decide(&self.hall, &self.state, &cmd, at, None) {
            Ok(events) => {
                for e in &events {
                    self.state.apply(at, e);
                }
                events
            }
            Err(r) => panic!("{cmd:?} refused: {r}"),
        }
    }

    fn plan(&mut self, window: u32, start: Instant, minutes: i64) -> BreakId {
        let events = self.at(
            start - Duration::hours(2),
            Command::PlanBreak {
                window: WindowId(window),
                start,
                end: start + Duration::minutes(minutes),
                staff: None,
            },
        );
        match events.first() {
            Some(frontdesk::domain::Event::BreakPlanned { brk, .. }) => *brk,
            other => panic!("{other:?}"),
        }
    }
}

fn t(min: i64) -> Instant {
    now() + Duration::minutes(min)
}

#[test]
fn unpublished_breaks_never_reach_the_board_and_a_moved_one_says_so() {
    let mut sim = Sim::new();
    let day = t(0).with_timezone(&sim.hall.tz).date_naive();
    let moved = sim.plan(1, t(60), 30);
    sim.plan(2, t(120), 30);
    sim.at(t(0), Command::PublishBreaks { day });
    sim.plan(3, t(90), 30);
    sim.at(t(1), Command::IssueNotice { day });
    let v = board_view(&sim.hall, &sim.state, t(2));
    let windows: Vec<u32> = v.breaks.iter().map(|b| b.window.0).collect();
    assert_eq!(windows, vec![1, 2], "window 3's break is not published");
    assert!(!v.notice_out_of_date);

    sim.at(
        t(3),
        Command::ChangeBreak {
            brk: moved,
            start: t(150),
            end: t(180),
            staff: None,
        },
    );
    let v = board_view(&sim.hall, &sim.state, t(4));
    assert!(v.notice_out_of_date);
    let s = screen(&v, Lang::En, 80, 24);
    assert!(
        s.contains("Window 1: 16:50–17:20 (moved; was 15:20–15:50)"),
        "{s}"
    );
    assert!(
        s.contains("Break times have changed since the notice on the glass was printed."),
        "{s}"
    );
    assert!(!s.contains("Window 3:"), "{s}");
}

#[test]
fn the_bell_rings_once_when_a_window_starts_closing() {
    let mut sim = Sim::new();
    for w in 1..=3 {
        sim.at(
            t(0),
            Command::OpenWindow {
                window: WindowId(w),
                staff: None,
            },
        );
    }
    sim.plan(2, t(10), 30);
    let mut board = Board::new(
        &sim.hall,
        &sim.state,
        t(0),
        vec![Lang::En, Lang::Hu],
        std::time::Duration::from_secs(10),
        true,
    );
    assert!(
        !board.refresh(&sim.hall, &sim.state, t(1)),
        "nothing closing yet"
    );
    sim.at(
        t(1),
        Command::WarnBreak {
            window: WindowId(2),
        },
    );
    assert!(
        board.refresh(&sim.hall, &sim.state, t(1)),
        "window 2 started closing"
    );
    assert!(!board.refresh(&sim.hall, &sim.state, t(2)), "once only");
    // Without the bell in the config the board stays silent.
    let mut quiet = Board::new(
        &sim.hall,
        &State::new(),
        t(0),
        vec![Lang::En],
        std::time::Duration::from_secs(10),
        false,
    );
    assert!(!quiet.refresh(&sim.hall, &sim.state, t(2)));
}

#[test]
fn the_languages_take_turns() {
    let sim = Sim::new();
    let board = Board::new(
        &sim.hall,
        &sim.state,
        t(0),
        vec![Lang::En, Lang::Hu, Lang::Uk],
        std::time::Duration::from_secs(10),
        false,
    );
    let at = |s| board.lang_at(std::time::Duration::from_secs(s));
    assert_eq!(
        [at(0), at(9), at(10), at(25), at(30), at(31)],
        [0, 0, 1, 2, 0, 0]
    );
    assert_eq!(board.tr(at(15)).lang(), Lang::Hu);
}

#[test]
fn text_from_the_config_cannot_drive_the_terminal() {
    let mut sim = Sim::new();
    sim.hall.name = "Hall\x1b[31m red\x07".into();
    let v = board_view(&sim.hall, &sim.state, t(0));
    let s = screen(&v, Lang::En, 80, 24);
    assert!(!s.contains('\x1b') && !s.contains('\x07'), "{s:?}");
    assert!(s.starts_with("Hall[31m red"), "{s}");
}
