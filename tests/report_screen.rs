//! The supervisor's report screen drawn with ratatui's TestBackend: today's
//! and this week's key figures and charts for a busy hall at 16:00 on a
//! Wednesday, in English and Ukrainian at two sizes; every size down to
//! nothing without a panic; and the figures (what customers said included)
//! following the log as it grows.

use chrono::{NaiveDate, TimeZone, Utc};
use frontdesk::domain::{
    Channel, Command, Event, FeedbackId, FeedbackKind, Instant, Links, Recorded, ServiceCode,
    WindowId, decide,
};
use frontdesk::i18n::{Lang, Tr};
use frontdesk::report::{Filter, sample};
use frontdesk::store::Log;
use frontdesk::tui::app::report::{ReportScreen, queries};
use frontdesk::tui::render::report::render;
use frontdesk::views::report::input_for;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const TICKETS: u32 = 240;

/// Wednesday 15 April 2026, 16:00 in Budapest.
fn now() -> Instant {
    Utc.with_ymd_and_hms(2026, 4, 15, 14, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A week and a half of the busy hall, in a log in `dir`.
fn log(dir: &std::path::Path) -> Log {
    let hall = sample::hall(TICKETS);
    let params = sample::Params {
        first_day: NaiveDate::from_ymd_opt(2026, 4, 6).unwrap_or_default(),
        days: 10,
        tickets_per_day: TICKETS,
        every_day: false,
        seed: 9,
    };
    let mut log = Log::open(&dir.join("hall.sqlite"), hall.clone()).expect("log");
    for day in sample::generate(&hall, &params) {
        if !day.is_empty() {
            log.append_unchecked(day, "history").expect("append");
        }
    }
    log
}

fn screen(log: &Log, lang: Lang) -> ReportScreen {
    screen_at(log, lang, now())
}

fn screen_at(log: &Log, lang: Lang, at: Instant) -> ReportScreen {
    let hall = log.hall().clone();
    let input = input_for(log, &queries(&hall, &Filter::default(), at)).expect("read");
    ReportScreen::new(
        hall,
        Tr::new(lang),
        Filter::default(),
        input,
        log.last_seq(),
        at,
    )
    .expect("screen")
}

fn draw(s: &ReportScreen, width: u16, height: u16) -> String {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    if let Err(e) = terminal.draw(|f| render(s, false, f)) {
        panic!("draw: {e}");
    }
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

#[test]
fn the_report_screen_at_two_sizes_in_two_languages() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let log = log(dir.path());
    let en = screen(&log, Lang::En);
    let text = draw(&en, 80, 24);
    insta::assert_snapshot!("report_screen_80x24_english", text);
    assert!(
        text.contains("Today") && text.contains("This week"),
        "{text}"
    );
    assert!(text.contains("Customers served"), "{text}");
    let uk = screen(&log, Lang::Uk);
    let text = draw(&uk, 120, 36);
    insta::assert_snapshot!("report_screen_120x36_ukrainian", text);
    assert!(
        text.contains("Сьогодні") && text.contains("Позапланові перерви"),
        "{text}"
    );
}

#[test]
fn every_size_down_to_nothing_draws_without_a_panic() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let log = log(dir.path());
    let s = screen(&log, Lang::Hu);
    for (w, h) in [
        (1, 1),
        (10, 3),
        (39, 9),
        (40, 10),
        (60, 15),
        (80, 24),
        (200, 60),
    ] {
        let text = draw(&s, w, h);
        assert!(!text.is_empty() || w * h < 2);
    }
    assert!(draw(&s, 30, 8).contains("túl kicsi"));
}

#[test]
fn the_figures_follow_the_log_as_it_grows() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let mut log = log(dir.path());
    let mut s = screen(&log, Lang::En);
    let issued = |s: &ReportScreen| s.today.figures.customers.total.issued;
    let before = issued(&s);
    // Three more customers take a ticket at 16:00, as another terminal would record.
    let hall = log.hall().clone();
    let mut state = log.state().clone();
    let mut fresh: Vec<(Instant, Event)> = Vec::new();
    for _ in 0..3 {
        let cmd = Command::IssueTicket {
            service: ServiceCode::new("A"),
            window: None,
        };
        for e in decide(&hall, &state, &cmd, now(), None).expect("issue") {
            state.apply(now(), &e);
            fresh.push((now(), e));
        }
    }
    // A complaint about window 1 and a rating, from the desk and the survey.
    let said = |s: &ReportScreen| s.today.figures.quality.feedback.total.clone();
    let (complaints, ratings) = (said(&s).complaints, said(&s).ratings);
    fresh.push((
        now(),
        Event::FeedbackRecorded {
            entry: FeedbackId(1),
            kind: FeedbackKind::Complaint,
            channel: Channel::Counter,
            category: "waiting-time".into(),
            words: String::new(),
            received: now(),
            links: Links {
                window: Some(WindowId(1)),
                ..Links::default()
            },
            contact: false,
        },
    ));
    fresh.push((
        now(),
        Event::CustomerRated {
            window: WindowId(1),
            ticket: None,
            staff: None,
            score: 2,
            reason: None,
            lang: "en".into(),
        },
    ));
    let last = s.last_seq;
    log.append_unchecked(fresh, "kiosk").expect("append");
    let new: Vec<Recorded> = log.events(last, 1000).expect("read");
    assert!(new.len() >= 3);
    let later = now() + chrono::Duration::seconds(1);
    s.add(new, later);
    assert_eq!(issued(&s), before + 3);
    assert_eq!(said(&s).complaints, complaints + 1);
    assert_eq!(said(&s).ratings, ratings + 1);
    // What the screen folded in is what a fresh reading of the log gives.
    let fresh = screen_at(&log, Lang::En, later);
    assert_eq!(s.today.figures, fresh.today.figures);
    assert_eq!(s.week.figures, fresh.week.figures);
}
