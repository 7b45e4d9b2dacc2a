//! Properties of training sessions under any keys a trainee might press at any
//! moment: the session always reaches its end, the same keys give the same
//! events and score, a score never exceeds what is at stake, the debrief reads
//! in every language, and the events alone give the score the session kept.

use frontdesk::domain::{Event, State};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::scenario::session::Session;
use frontdesk::scenario::{self, Scenario, score};
use frontdesk::tui::app::App;
use frontdesk::tui::app::trainer::{Control, Trainer, control_for};
use frontdesk::views::debrief::{self, Words};
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const KEYS: &[&str] = &[
    "n", "s", "x", "w", "b", "e", "f", "t", "r", "p", "1", "2", "3", "4", "Enter", "Esc", "Up",
    "Down", "F4", "Right", "l",
];

fn key(name: &str) -> KeyEvent {
    frontdesk::tui::keyscript::key(name)
        .unwrap_or_else(|| KeyEvent::new(KeyCode::Null, KeyModifiers::NONE))
}

fn scenarios() -> Vec<Scenario> {
    scenario::shipped(&frontdesk::playbooks::embedded())
}

/// Presses `presses` (seconds after the start, key) and runs to the end.
fn session(sc: &Scenario, presses: &[(u32, usize)]) -> Trainer {
    let s = Session::start(sc, None).unwrap_or_else(|e| panic!("{e:?}"));
    let app = App::new(
        Tr::new(Lang::En),
        sc.config.hall.clone(),
        &State::new(),
        sc.start,
        false,
    );
    let mut t = Trainer::new(app, s);
    for (secs, k) in presses {
        t.run_until(sc.start + chrono::Duration::seconds(i64::from(*secs)));
        if let Some(c) = control_for(key(KEYS[*k % KEYS.len()]), &t)
            && c != Control::Quit
        {
            t.update(c);
        }
    }
    t.run_until(sc.end);
    t.session.finish();
    t
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn any_keys_at_any_time_give_a_whole_and_repeatable_session(
        which in 0usize..8,
        mut presses in prop::collection::vec((0u32..4200, 0usize..64), 0..60),
    ) {
        let all = scenarios();
        let sc = &all[which % all.len()];
        presses.sort();
        let a = session(sc, &presses);
        let b = session(sc, &presses);
        prop_assert!(a.session.ended());
        prop_assert_eq!(a.session.events(), b.session.events());

        let e = a.session.evaluation();
        let total: u32 = sc.scoring.checks.iter().map(|c| c.weight).sum();
        prop_assert!(e.max <= total);
        // The score worked out here from the cases alone, as the README states
        // it: each check that arose earns its weight times the share of its
        // decided cases that were met (rounded half up); a session that ended
        // leaves no case open, and every case was decided within the session.
        let mut score = 0u32;
        let mut max = 0u32;
        for (i, check) in sc.scoring.checks.iter().enumerate() {
            let cases: Vec<&score::Item> = e.items.iter().filter(|it| it.check == i).collect();
            let open = cases.iter().filter(|it| matches!(it.status, score::Status::Pending { .. })).count();
            prop_assert_eq!(open, 0, "a case of check {} still open after the end", i);
            let met = cases.iter().filter(|it| matches!(it.status, score::Status::Met { .. })).count();
            if cases.is_empty() {
                continue;
            }
            let share = met as f64 / cases.len() as f64;
            score += (f64::from(check.weight) * share + 0.5).floor() as u32;
            max += check.weight;
            for it in &cases {
                if let score::Status::Met { at } | score::Status::Missed { at } = it.status {
                    prop_assert!(at >= sc.start && at <= sc.end + chrono::Duration::hours(1), "{:?}", it);
                }
            }
        }
        prop_assert_eq!((e.score, e.max), (score, max));
        prop_assert!(e.score <= e.max);
        // The log's last word is that score.
        let last = a.session.events().last().map(|r| r.event.clone());
        prop_assert_eq!(last, Some(Event::TrainingEnded { score, max }));

        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            let words = Words {
                tr: &tr,
                scenario: sc,
                playbooks: &a.app.playbooks,
                phrases: &a.app.phrases,
            };
            let d = debrief::build(&words, a.session.events(), &e);
            let md = debrief::markdown(&d);
            prop_assert!(md.lines().count() > 10);
            // No message id shows where words should be.
            for id in ["check-", "expect-", "out-", "debrief-", "part-", "cue-kind-"] {
                prop_assert!(!md.contains(&format!(" {id}")), "{lang}: {id} in\n{md}");
            }
        }
    }
}
