//! The quality record's screens drawn headless with ratatui's TestBackend: the
//! counter's feedback prompt, the customer's survey at a counter monitor's
//! 80×24 and a small tablet's 40×12, and the supervisor's list in two
//! languages. Scenes are built with the real rules; the snapshots are
//! committed and were read before they were accepted.

use chrono::{Duration, TimeZone, Utc};
use frontdesk::config::Config;
use frontdesk::domain::{
    Channel, Command, Event, FeedbackKind, Instant, Links, Recorded, ServiceCode, State, TicketId,
    WindowId, decide,
};
use frontdesk::feedback::book::Book;
use frontdesk::feedback::{FeedbackCommand as C, decide as fb_decide};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::tui::app::feedback::{Detail, FeedbackDesk, Tab};
use frontdesk::tui::app::prompt::Step;
use frontdesk::tui::app::survey::{Phase, Survey, SurveyAction};
use frontdesk::tui::app::{App, Effect, Modal, action_for};
use frontdesk::tui::render as ui;
use frontdesk::views::feedback as view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::path::Path;

/// Minute 0: 10:00 in Budapest on Tuesday 10 March 2026.
fn at(minute: i64) -> Instant {
    Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(minute)
}

fn config() -> Config {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feedback.toml");
    frontdesk::config::load(&path).unwrap_or_else(|e| panic!("the fixture: {e}"))
}

/// A hall's log in memory, decided by the real rules.
struct Log {
    config: Config,
    state: State,
    book: Book,
    events: Vec<Recorded>,
}

impl Log {
    fn new() -> Log {
        Log {
            config: config(),
            state: State::new(),
            book: Book::new(),
            events: Vec::new(),
        }
    }

    fn push(&mut self, minute: i64, events: Vec<Event>) {
        for event in events {
            let r = Recorded {
                seq: self.events.len() as u64 + 1,
                at: at(minute),
                origin: "supervisor".into(),
                event,
                user: None,
            };
            self.state.apply(r.at, &r.event);
            self.book.apply(&r);
            self.events.push(r);
        }
    }

    fn hall(&mut self, minute: i64, cmd: Command) -> &mut Log {
        let events = decide(&self.config.hall, &self.state, &cmd, at(minute), None)
            .unwrap_or_else(|r| panic!("{cmd:?}: {r}"));
        self.push(minute, events);
        self
    }

    fn fb(&mut self, minute: i64, cmd: C) -> &mut Log {
        let d = fb_decide(
            &self.config.hall,
            &self.config.feedback,
            &self.state,
            &self.book,
            &cmd,
            at(minute),
        )
        .unwrap_or_else(|r| panic!("{cmd:?}: {r}"));
        self.push(minute, d.events);
        self
    }
}

fn draw(width: u16, height: u16, f: impl FnOnce(&mut ratatui::Frame)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(f).unwrap_or_else(|e| panic!("draw: {e}"));
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen as one line of words: wrapped sentences read whole again.
fn words(t: &Terminal<TestBackend>) -> String {
    text(t).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

// ---------------------------------------------------------------------------
// The counter's prompt.

/// Window 1 serving B001, with B002 waiting.
fn counter(lang: Lang) -> (App, Log) {
    let mut log = Log::new();
    log.hall(
        0,
        Command::OpenWindow {
            window: WindowId(1),
            staff: None,
        },
    );
    for _ in 0..2 {
        log.hall(
            1,
            Command::IssueTicket {
                service: ServiceCode::new("B"),
                window: Some(WindowId(1)),
            },
        );
    }
    log.hall(
        2,
        Command::CallNext {
            window: WindowId(1),
        },
    );
    let hall = log.config.hall.clone();
    let app = App::new(Tr::new(lang), hall, &log.state, at(5), false).at_counter(
        WindowId(1),
        &log.state,
        at(5),
    );
    (app, log)
}

fn press(app: &mut App, log: &Log, c: char) -> Vec<Effect> {
    match action_for(key(c), app) {
        Some(a) => app.update(a, &log.state, at(5)),
        None => vec![],
    }
}

#[test]
fn the_counter_records_what_the_customer_just_said_in_three_steps() {
    let (mut app, log) = counter(Lang::En);
    assert!(press(&mut app, &log, 'c').is_empty());
    let t = draw(80, 24, |f| ui::render(&app, f));
    insta::assert_snapshot!("counter_feedback_prompt_en", t.backend());
    let screen = text(&t);
    assert!(
        screen.contains("About B001 at window 1, served by Anna Kovács"),
        "{screen}"
    );

    press(&mut app, &log, '2');
    let t = draw(80, 24, |f| ui::render(&app, f));
    assert!(
        text(&t).contains("What was the complaint about?"),
        "{}",
        text(&t)
    );
    press(&mut app, &log, '2');
    for c in "Closed on me".chars() {
        press(&mut app, &log, c);
    }
    let t = draw(80, 24, |f| ui::render(&app, f));
    assert!(text(&t).contains("> Closed on me_"), "{}", text(&t));
    let effects = match action_for(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &app) {
        Some(a) => app.update(a, &log.state, at(5)),
        None => vec![],
    };
    match effects.as_slice() {
        [
            Effect::Feedback(C::Record {
                kind: FeedbackKind::Complaint,
                channel: Channel::Counter,
                category,
                words,
                links,
                ..
            }),
        ] => {
            assert_eq!(category, "not-warned");
            assert_eq!(words, "Closed on me");
            assert_eq!(links.window, Some(WindowId(1)));
            assert_eq!(links.ticket, Some(TicketId(1)));
        }
        other => panic!("expected one feedback to record, got {other:?}"),
    }
    assert!(app.modal.is_none());
}

#[test]
fn the_counter_prompt_in_ukrainian_and_after_the_service_ended() {
    let (mut app, mut log) = counter(Lang::Uk);
    // The service ends: what the customer "just said" is still about B001.
    log.hall(
        4,
        Command::Serve {
            window: WindowId(1),
        },
    );
    app.refresh(&log.state, at(5));
    press(&mut app, &log, 'c');
    press(&mut app, &log, '1');
    let t = draw(80, 24, |f| ui::render(&app, f));
    insta::assert_snapshot!("counter_feedback_prompt_uk", t.backend());
    let screen = text(&t);
    assert!(screen.contains("B001 біля вікна 1"), "{screen}");
    assert!(screen.contains("Чого стосується ця подяка?"), "{screen}");
    match &app.modal {
        Some(Modal::Feedback(p)) => assert!(matches!(p.step, Step::Category { .. })),
        other => panic!("the prompt closed: {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// The survey.

fn asking(lang: Lang) -> Survey {
    let log = Log::new();
    let mut s = Survey::new(&log.config.hall, WindowId(2), lang, 60, 5, false);
    s.observe(&Recorded {
        seq: 9,
        at: at(0),
        origin: "counter:2".into(),
        user: None,
        event: Event::TicketServed {
            ticket: TicketId(41),
            window: WindowId(2),
        },
    });
    s
}

#[test]
fn the_survey_asks_with_five_faces_at_a_counter_monitors_size() {
    let s = asking(Lang::En);
    let t = draw(80, 24, |f| ui::survey::render(&s, f));
    insta::assert_snapshot!("survey_80x24_en", t.backend());
    let t = draw(80, 24, |f| ui::survey::render(&asking(Lang::Ru), f));
    insta::assert_snapshot!("survey_80x24_ru", t.backend());
    assert!(text(&t).contains("Как прошёл ваш визит?"), "{}", text(&t));
}

#[test]
fn the_survey_fits_a_small_tablet() {
    let t = draw(40, 12, |f| ui::survey::render(&asking(Lang::Hu), f));
    insta::assert_snapshot!("survey_40x12_hu", t.backend());
    let mut s = asking(Lang::Uk);
    s.update(SurveyAction::Face(2), at(1));
    let t = draw(40, 12, |f| ui::survey::render(&s, f));
    insta::assert_snapshot!("survey_40x12_uk_reason", t.backend());
    let screen = text(&t);
    for reason in ["Час очікування", "Приміщення", "Пропустити"] {
        assert!(screen.contains(reason), "{reason}: {screen}");
    }
}

#[test]
fn the_survey_never_shows_a_customers_data_and_touches_hit_what_they_show() {
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        for lang in Lang::ALL {
            let mut s = asking(lang);
            let area = Rect::new(0, 0, w, h);
            for step in 0..3 {
                let t = draw(w, h, |f| ui::survey::render(&s, f));
                let screen = text(&t);
                // The customer served was ticket 41 (A041 or B041): no number
                // of a ticket is ever on the customer's screen.
                assert!(!screen.contains("041"), "{lang} {w}x{h}: {screen}");
                if step == 0 {
                    // A touch on a face's middle is that face.
                    let hits = ui::survey::hits(&s, area);
                    assert_eq!(hits.faces.len(), 5);
                    for (i, r) in hits.faces.iter().enumerate() {
                        let (x, y) = (r.x + r.width / 2, r.y + r.height / 2);
                        assert!(r.right() <= w && r.bottom() <= h, "{lang} {w}x{h}: {r:?}");
                        assert_eq!(
                            ui::survey::clicked(&s, area, x, y),
                            Some(SurveyAction::Face(i as u8 + 1))
                        );
                    }
                    // Each language's button switches to it.
                    for (l, r) in &hits.langs {
                        assert_eq!(
                            ui::survey::clicked(&s, area, r.x + 1, r.y),
                            Some(SurveyAction::Lang(*l))
                        );
                    }
                    s.update(SurveyAction::Face(5), at(1));
                } else if step == 1 {
                    let hits = ui::survey::hits(&s, area);
                    assert_eq!(hits.reasons.len(), 6);
                    let r = hits.reasons[1];
                    assert_eq!(
                        ui::survey::clicked(&s, area, r.x + 2, r.y),
                        Some(SurveyAction::Reason(1))
                    );
                    let rate = s.update(SurveyAction::Reason(1), at(2));
                    assert_eq!(rate.map(|r| r.score), Some(5));
                    s.saved(true, at(2));
                }
            }
            assert!(matches!(s.phase, Phase::Thanks { failed: false, .. }));
        }
    }
    let mut s = asking(Lang::En);
    s.saved(true, at(1));
    let t = draw(80, 24, |f| ui::survey::render(&s, f));
    insta::assert_snapshot!("survey_80x24_en_thanks", t.backend());
}

// ---------------------------------------------------------------------------
// The supervisor's list.

/// A morning's feedback: a complaint about window 1 closing without a
/// warning, praise, a late letter, a question answered, two ratings.
fn morning() -> Log {
    let mut log = Log::new();
    for w in [1, 2] {
        log.hall(
            -120,
            Command::OpenWindow {
                window: WindowId(w),
                staff: None,
            },
        );
    }
    log.hall(
        -120,
        Command::PlanBreak {
            window: WindowId(1),
            start: at(0),
            end: at(30),
            staff: None,
        },
    );
    for _ in 0..2 {
        log.hall(
            -20,
            Command::IssueTicket {
                service: ServiceCode::new("B"),
                window: Some(WindowId(1)),
            },
        );
    }
    let ovr = frontdesk::domain::Override {
        by: "Eva".into(),
        reason: "test".into(),
    };
    let events = decide(
        &log.config.hall,
        &log.state,
        &Command::StartBreak {
            window: WindowId(1),
            reason: None,
            minutes: None,
            after_service: false,
        },
        at(0),
        Some(&ovr),
    )
    .unwrap_or_else(|r| panic!("{r}"));
    log.push(0, events);
    let record = |kind, channel, category: &str, words: &str, received, links| C::Record {
        kind,
        channel,
        category: category.into(),
        words: words.into(),
        received: Some(received),
        links,
        contact: None,
    };
    let w = |n| Links {
        window: Some(WindowId(n)),
        ..Links::default()
    };
    log.fb(
        5,
        record(
            FeedbackKind::Complaint,
            Channel::Counter,
            "window-closed",
            "They closed in front of me after twenty minutes.",
            at(5),
            Links {
                ticket: Some(TicketId(1)),
                window: Some(WindowId(1)),
                ..Links::default()
            },
        ),
    );
    log.fb(
        10,
        record(
            FeedbackKind::Compliment,
            Channel::Counter,
            "staff-manner",
            "Very patient.",
            at(10),
            w(2),
        ),
    );
    // A letter from last Wednesday: its acknowledgement is late.
    log.fb(
        15,
        record(
            FeedbackKind::Complaint,
            Channel::Writing,
            "sent-elsewhere",
            "Sent to another window after 25 minutes.",
            at(-6 * 24 * 60),
            w(2),
        ),
    );
    log.fb(
        20,
        record(
            FeedbackKind::Question,
            Channel::Phone,
            "information",
            "Open on Saturdays?",
            at(20),
            Links::default(),
        ),
    );
    log.fb(
        21,
        C::Answer {
            entry: frontdesk::domain::FeedbackId(4),
            answer: "No.".into(),
        },
    );
    for score in [4, 2] {
        log.fb(
            25,
            C::Rate {
                window: WindowId(2),
                ticket: None,
                score,
                reason: None,
                lang: "en".into(),
            },
        );
    }
    log
}

fn desk(lang: Lang, log: &Log) -> FeedbackDesk {
    let c = &log.config;
    let mut d = FeedbackDesk::new(
        Tr::new(lang),
        c.hall.clone(),
        c.feedback.clone(),
        at(30),
        false,
    );
    d.book = log.book.clone();
    d.labels = [
        (TicketId(1), "B001".to_string()),
        (TicketId(2), "B002".to_string()),
    ]
    .into_iter()
    .collect();
    fill(&mut d, log);
    d
}

/// What the loop reads from the log for the selected entry.
fn fill(d: &mut FeedbackDesk, log: &Log) {
    if let Some(id) = d.wants_detail() {
        let e = &d.book.entries[&id];
        let cx = frontdesk::feedback::context::explain(&d.hall, &log.events, &view::about(e));
        d.detail = Some(Detail {
            id,
            seq: d.book.seq,
            contact: None,
            context: view::context_lines(&d.tr, &d.hall, &cx),
        });
    }
}

#[test]
fn the_supervisors_list_in_english_puts_the_late_letter_first() {
    let log = morning();
    let mut d = desk(Lang::En, &log);
    let t = draw(80, 24, |f| ui::feedback::render(&d, f));
    insta::assert_snapshot!("feedback_list_80x24_en", t.backend());
    let screen = text(&t);
    assert!(screen.contains("Open 4 (1 late)"), "{screen}");
    assert!(screen.contains("! acknowledge by 03-05"), "{screen}");
    // Down to the complaint about window 1: the log's story of it.
    d.update(frontdesk::tui::app::feedback::DeskAction::Down, at(30));
    fill(&mut d, &log);
    let t = draw(100, 30, |f| ui::feedback::render(&d, f));
    insta::assert_snapshot!("feedback_list_100x30_en_context", t.backend());
    let screen = words(&t);
    assert!(screen.contains("The queue was not warned."), "{screen}");
    assert!(
        screen.contains("went on its break with 2 people waiting and no warning"),
        "{screen}"
    );
}

#[test]
fn the_supervisors_list_in_russian() {
    let log = morning();
    let d = desk(Lang::Ru, &log);
    let t = draw(80, 24, |f| ui::feedback::render(&d, f));
    insta::assert_snapshot!("feedback_list_80x24_ru", t.backend());
    let screen = words(&t);
    assert!(screen.contains("Открытые: 4 (просрочено 1)"), "{screen}");
    assert!(screen.contains("6 дней"), "{screen}");
}

#[test]
fn the_supervisors_filters_and_steps() {
    use frontdesk::tui::app::feedback::DeskAction as A;
    let log = morning();
    let mut d = desk(Lang::En, &log);
    // Compliments only: one.
    d.update(A::CycleKind, at(30));
    d.update(A::CycleKind, at(30));
    assert_eq!(d.rows().len(), 1);
    assert_eq!(d.rows()[0].kind, FeedbackKind::Compliment);
    d.update(A::ClearFilters, at(30));
    // Window 2: the letter and the praise.
    d.update(A::CycleWindow, at(30));
    d.update(A::CycleWindow, at(30));
    assert_eq!(d.rows().len(), 2);
    d.update(A::ClearFilters, at(30));
    // The answered question is open until closed; the "All" tab has it too.
    d.update(A::NextTab, at(30));
    assert_eq!(d.tab, Tab::All);
    assert_eq!(d.rows().len(), 4);
    // Answering asks for the words and becomes the command.
    d.update(A::PrevTab, at(30));
    assert_eq!(d.update(A::Answer, at(30)), None);
    for c in "Sorry".chars() {
        d.update(A::Type(c), at(30));
    }
    let t = draw(80, 24, |f| ui::feedback::render(&d, f));
    assert!(text(&t).contains("> Sorry_"), "{}", text(&t));
    match d.update(A::Confirm, at(30)) {
        Some(C::Answer { entry, answer }) => {
            assert_eq!(entry.0, 3);
            assert_eq!(answer, "Sorry");
        }
        other => panic!("expected an answer, got {other:?}"),
    }
    // The figures tab says what it needs from the log.
    d.update(A::NextTab, at(30));
    d.update(A::NextTab, at(30));
    assert_eq!(d.tab, Tab::Figures);
    assert!(d.wants_figures().is_some());
}
