//! Trainer mode's screens drawn headless with ratatui's TestBackend: the
//! trainee's counter with the trainer's strip, the scene line and the panel,
//! the briefing, the debrief and a replay, in several languages and sizes.
//! Every scene comes from a shipped scenario driven by keys, as in a class.

use frontdesk::domain::{Instant, State};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::scenario::session::Session;
use frontdesk::scenario::{self, Scenario};
use frontdesk::tui::app::App;
use frontdesk::tui::app::replay::Replay;
use frontdesk::tui::app::trainer::{Control, Trainer};
use frontdesk::tui::keyscript as keys;
use frontdesk::tui::render as ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn shipped(id: &str) -> Scenario {
    let pb = frontdesk::playbooks::embedded();
    match scenario::shipped(&pb).into_iter().find(|s| s.id == id) {
        Some(s) => s,
        None => panic!("no shipped scenario {id}"),
    }
}

fn app(sc: &Scenario, lang: Lang) -> App {
    App::new(
        Tr::new(lang),
        sc.config.hall.clone(),
        &State::new(),
        sc.start,
        false,
    )
}

/// A trainer on `id` after the keys of `script` (key-script lines).
fn trainer(id: &str, lang: Lang, script: &str) -> Trainer {
    let sc = shipped(id);
    let session = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
    let mut t = Trainer::new(app(&sc, lang), session);
    let steps = keys::parse(script, "scene.keys").unwrap_or_else(|e| panic!("{e}"));
    for step in steps {
        if let keys::When::At(time) = step.when {
            t.run_until(at(&sc, time));
        }
        for k in step.keys {
            if let Some(c) = frontdesk::tui::app::trainer::control_for(k, &t) {
                t.update(c);
            }
        }
    }
    t
}

fn at(sc: &Scenario, time: chrono::NaiveTime) -> Instant {
    use chrono::TimeZone;
    sc.config
        .hall
        .tz
        .from_local_datetime(&sc.day.and_time(time))
        .earliest()
        .map(|t| t.to_utc())
        .unwrap_or(sc.start)
}

fn draw_trainer(t: &Trainer, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(|f| ui::trainer::render(t, f)).expect("draw");
    terminal
}

const LUNCH: &str =
    "12:06 s n\n12:09 s n\n12:12 s n\n12:16 w 1\n12:16 s n\n12:19 s n\n12:22 s n\n12:25 s\n12:26\n";

#[test]
fn trainer_120x36_english_with_the_panel_beside() {
    let t = trainer("lunch-in-five", Lang::En, LUNCH);
    insta::assert_snapshot!(draw_trainer(&t, 120, 36).backend());
}

#[test]
fn trainer_80x24_ukrainian_with_the_panel_below() {
    let t = trainer("lunch-in-five", Lang::Uk, LUNCH);
    insta::assert_snapshot!(draw_trainer(&t, 80, 24).backend());
}

#[test]
fn trainer_100x30_russian_after_a_missed_warning() {
    let t = trainer("cancel-the-break", Lang::Ru, "10:44 s n\n10:53\n");
    insta::assert_snapshot!(draw_trainer(&t, 100, 30).backend());
}

#[test]
fn briefing_80x24_hungarian() {
    let mut t = trainer("goods-receipt", Lang::Hu, "");
    t.briefing = true;
    t.session.clock_mut().set_paused(true);
    insta::assert_snapshot!(draw_trainer(&t, 80, 24).backend());
    // Counter keys wait until the briefing is read; Enter starts the clock.
    let key = |name: &str| keys::key(name).unwrap_or_else(|| panic!("{name}"));
    for name in ["n", "s", "x", "b", "1"] {
        assert_eq!(
            frontdesk::tui::app::trainer::control_for(key(name), &t),
            None,
            "{name}"
        );
    }
    let start = frontdesk::tui::app::trainer::control_for(key("Enter"), &t);
    assert_eq!(start, Some(Control::Pause));
    t.update(Control::Pause);
    assert!(!t.briefing && !t.session.clock().paused());
    assert!(frontdesk::tui::app::trainer::control_for(key("n"), &t).is_some());
}

fn finished(id: &str, run: &str, lang: Lang) -> Trainer {
    let file = format!("tests/scenarios/runs/{id}.{run}.keys");
    let src = std::fs::read_to_string(&file).unwrap_or_default();
    let script = keys::parse(&src, &file).unwrap_or_else(|e| panic!("{e}"));
    let sc = shipped(id);
    let session = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
    let mut t = Trainer::new(app(&sc, lang), session);
    keys::play(&mut t, &script);
    t
}

#[test]
fn debrief_80x24_english() {
    let t = finished("lunch-in-five", "bad", Lang::En);
    insta::assert_snapshot!(draw_trainer(&t, 80, 24).backend());
}

#[test]
fn debrief_100x30_russian_scrolled() {
    let mut t = finished("goods-receipt", "good", Lang::Ru);
    t.update(Control::Scroll(6));
    insta::assert_snapshot!(draw_trainer(&t, 100, 30).backend());
}

#[test]
fn replay_100x30_english_mid_session() {
    let done = finished("after-the-cutoff", "good", Lang::En);
    let sc = done.session.scenario().clone();
    let events = done.session.events().to_vec();
    let mut r = Replay::new(
        app(&sc, Lang::En),
        "session.sqlite".into(),
        events,
        Some(sc.clone()),
        60,
    );
    // Eight seconds at ×60: eight minutes into the session.
    r.tick(std::time::Duration::from_secs(8));
    r.tick(std::time::Duration::from_secs(5));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| ui::trainer::render_replay(&r, f))
        .expect("draw");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_replay_ends_on_the_debrief_of_the_session() {
    let done = finished("break-runs-over", "good", Lang::En);
    let sc = done.session.scenario().clone();
    let events = done.session.events().to_vec();
    let mut r = Replay::new(
        app(&sc, Lang::En),
        "s.sqlite".into(),
        events.clone(),
        Some(sc),
        10,
    );
    assert!(!r.debrief());
    while !r.at_end() {
        r.step();
    }
    assert!(r.debrief());
    assert_eq!(r.evaluation(), Some(done.session.evaluation()));
    assert_eq!(r.position(), (events.len(), events.len()));
}

/// The trainee meets exactly the counter a cashier meets: with the panel off,
/// the screen under the trainer's strip is the counter screen itself.
#[test]
fn the_trainee_sees_the_real_counter() {
    let mut t = trainer("mystery-shopper", Lang::En, "11:07 s n\n11:08\n");
    t.update(Control::Panel);
    let trainer_screen = draw_trainer(&t, 90, 26);
    let area = ui::trainer::areas(&t, Rect::new(0, 0, 90, 26)).counter;
    let mut counter = Terminal::new(TestBackend::new(area.width, area.height)).expect("terminal");
    counter.draw(|f| ui::render(&t.app, f)).expect("draw");
    let a: &Buffer = trainer_screen.backend().buffer();
    let b: &Buffer = counter.backend().buffer();
    for y in 0..area.height {
        for x in 0..area.width {
            assert_eq!(
                a[(area.x + x, area.y + y)].symbol(),
                b[(x, y)].symbol(),
                "at {x},{y}"
            );
        }
    }
}

#[test]
fn any_size_draws_without_panicking() {
    let running = trainer("only-window-at-lunch", Lang::Uk, "12:42 s n\n12:44\n");
    let mut briefing = trainer("forgotten-warning", Lang::Hu, "");
    briefing.briefing = true;
    let over = finished("mystery-shopper", "bad", Lang::Ru);
    let sc = over.session.scenario().clone();
    let mut replay = Replay::new(
        app(&sc, Lang::Uk),
        "s.sqlite".into(),
        over.session.events().to_vec(),
        Some(sc),
        30,
    );
    replay.tick(std::time::Duration::from_secs(20));
    for (w, h) in [
        (20, 5),
        (39, 9),
        (40, 10),
        (41, 12),
        (60, 15),
        (80, 24),
        (132, 43),
        (200, 60),
    ] {
        draw_trainer(&running, w, h);
        draw_trainer(&briefing, w, h);
        draw_trainer(&over, w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal
            .draw(|f| ui::trainer::render_replay(&replay, f))
            .expect("draw");
    }
    let small = draw_trainer(&running, 30, 8);
    let text: String = small
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("замале"), "{text}");
}
