//! `frontdesk bench train`: how long trainer mode takes where it has to be
//! quick. A whole session of each shipped scenario with a trainee who serves
//! every customer at once (the script, the colleagues, the rules and the
//! score); the evaluation the trainer panel redoes on every frame; one frame
//! of the trainer's screen; and the debrief built and written as Markdown.

use crate::domain::State;
use crate::i18n::{Lang, Tr};
use crate::scenario::session::Session;
use crate::scenario::{self, score};
use crate::tui::app::App;
use crate::tui::app::trainer::{Control, Trainer};
use crate::tui::app::{Action, Screen};
use crate::views::debrief::{self, Words};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Instant as StdInstant;

/// Runs the benchmark and prints its figures.
pub fn run(frames: u32) {
    let playbooks = crate::playbooks::embedded();
    let all = scenario::shipped(&playbooks);
    let frames = frames.max(1);
    println!(
        "train benchmark: {} shipped scenarios, {frames} repetitions each",
        all.len()
    );
    println!(
        "{:<22} {:>7} {:>12} {:>12} {:>12} {:>12}",
        "scenario", "events", "session ms", "score µs", "frame µs", "debrief µs"
    );
    for sc in &all {
        let app = |_: ()| {
            App::new(
                Tr::new(Lang::En),
                sc.config.hall.clone(),
                &State::new(),
                sc.start,
                false,
            )
        };
        // A whole session: every simulated minute the trainee serves whoever
        // is at the window and calls the next.
        let mut trainer = None;
        let started = StdInstant::now();
        let sessions = frames.clamp(1, 50);
        for _ in 0..sessions {
            let Ok(session) = Session::start(sc, None) else {
                println!("{:<22} (does not start)", sc.id);
                return;
            };
            let mut t = Trainer::new(app(()), session);
            while !t.session.ended() {
                t.update(Control::Counter(Action::Served));
                t.update(Control::Counter(Action::CallNext));
                t.update(Control::Step);
            }
            trainer = Some(t);
        }
        let session_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(sessions);
        let Some(mut t) = trainer else { continue };
        let events = t.session.events().to_vec();

        let started = StdInstant::now();
        let mut kept = 0;
        for _ in 0..frames {
            let e = score::evaluate(sc, &events, sc.end, false);
            kept += e.items.len();
        }
        let score_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(frames);

        // A frame mid-session, as the trainee sees it with the panel open.
        let mut live = Trainer::new(
            app(()),
            match Session::start(sc, None) {
                Ok(s) => s,
                Err(_) => continue,
            },
        );
        live.run_until(sc.start + (sc.end - sc.start) / 2);
        live.app.screen = Screen::Counter(sc.trainee);
        live.refresh();
        let mut terminal = match Terminal::new(TestBackend::new(120, 36)) {
            Ok(t) => t,
            Err(_) => continue,
        };
        let started = StdInstant::now();
        for _ in 0..frames {
            let _ = terminal.draw(|f| crate::tui::render::trainer::render(&live, f));
        }
        let frame_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(frames);

        let eval = t.session.evaluation();
        let started = StdInstant::now();
        let mut bytes = 0;
        for _ in 0..frames {
            let words = Words {
                tr: &t.app.tr,
                scenario: sc,
                playbooks: &t.app.playbooks,
                phrases: &t.app.phrases,
            };
            bytes += debrief::markdown(&debrief::build(&words, &events, &eval)).len();
        }
        let debrief_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(frames);
        t.update(Control::Quit);
        println!(
            "{:<22} {:>7} {:>12.2} {:>12.1} {:>12.1} {:>12.1}",
            sc.id,
            events.len(),
            session_ms,
            score_us,
            frame_us,
            debrief_us
        );
        // Keeps the work from being optimised away.
        std::hint::black_box((kept, bytes));
    }
}
