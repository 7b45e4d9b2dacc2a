//! The HTML report on paper: a month of a busy hall (made with the domain's
//! commands), printed by headless Chromium to PDF. A day's report takes one
//! A4 page and a month's three at most, in every language; no text leaves
//! its box, its column, the page or its chart; the page fetches nothing and
//! shows names from the config as text.

mod common;

use common::print::{chromium, overflows, printed_pages};
use common::{Hall, run};
use frontdesk::report::sample;
use frontdesk::store::Log;

const TICKETS: u32 = 240;

/// April 2026 in the busy hall, reported on the first of May.
fn april() -> (tempfile::TempDir, Hall) {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let config = dir.path().join("hall.toml");
    // A name from the config that must stay text on the page.
    let text = sample::config(TICKETS).replace(
        "name = \"Market Square Savings Bank\"",
        "name = \"Market Square <script>alert(1)</script> & Savings Bank\"",
    );
    std::fs::write(&config, text).expect("config");
    let hall = Hall {
        config,
        now: Some("2026-05-01T07:00:00+02:00".into()),
        ..Hall::new()
    };
    let spec = sample::hall(TICKETS);
    let params = sample::Params {
        first_day: chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default(),
        days: 30,
        tickets_per_day: TICKETS,
        every_day: false,
        seed: 4,
    };
    let mut log = Log::open(&hall.log_path(), spec.clone()).expect("log");
    // With its quality record, so the printed pages carry those tables too.
    for day in sample::quality::add(&spec, &params, sample::generate(&spec, &params)) {
        if !day.is_empty() {
            log.append_unchecked(day, "history").expect("append");
        }
    }
    (dir, hall)
}

fn html(hall: &Hall, lang: &str, args: &[&str]) -> String {
    let mut cmd = assert_cmd::Command::new(common::BIN);
    for k in [
        "FRONTDESK_DATA_DIR",
        "FRONTDESK_CONFIG",
        "FRONTDESK_LANG",
        "FRONTDESK_NOW",
    ] {
        cmd.env_remove(k);
    }
    for (k, v) in hall.env() {
        cmd.env(k, v);
    }
    cmd.arg("--data-dir")
        .arg(hall.data_dir())
        .arg("--config")
        .arg(&hall.config)
        .args([
            "--now",
            "2026-05-01T07:00:00+02:00",
            "--lang",
            lang,
            "report",
        ])
        .args(args)
        .args(["--format", "html"]);
    let out = run(&mut cmd);
    assert_eq!(out.code, 0, "{lang} {args:?}: {}", out.stderr);
    out.stdout
}

#[test]
fn a_day_prints_on_one_page_and_a_month_on_three_at_most_with_nothing_overflowing() {
    let (_dir, hall) = april();
    let day = html(&hall, "en", &["--day", "2026-04-14"]);
    // Self-contained and inert: nothing fetched, names shown as text.
    for bad in [
        "<script", "<link", "src=", "url(", "http://", "https://", "<img",
    ] {
        assert!(!day.contains(bad), "the page has {bad}");
    }
    assert!(day.contains("Market Square &lt;script&gt;alert(1)&lt;/script&gt; &amp; Savings Bank"));
    assert_eq!(day.matches("<svg").count(), 4, "four charts");
    let Some(browser) = chromium() else { return };
    for lang in ["en", "hu", "ru", "uk"] {
        let page = if lang == "en" {
            day.clone()
        } else {
            html(&hall, lang, &["--day", "2026-04-14"])
        };
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert_eq!(printed_pages(&browser, &page), 1, "a day in {lang}");
        let bad = overflows(&browser, &page);
        assert!(bad.is_empty(), "a day in {lang} overflows: {bad:#?}");
    }
    for lang in ["en", "ru"] {
        let page = html(&hall, lang, &["--month", "2026-04"]);
        let pages = printed_pages(&browser, &page);
        assert!((1..=3).contains(&pages), "a month in {lang}: {pages} pages");
        let bad = overflows(&browser, &page);
        assert!(bad.is_empty(), "a month in {lang} overflows: {bad:#?}");
    }
}

#[test]
fn the_overflow_check_sees_what_leaves_the_page() {
    let Some(browser) = chromium() else { return };
    let page = "<!DOCTYPE html><html><body><main style=\"width: 100mm\">\
        <p style=\"white-space: nowrap\">An unbreakable line far too long for a box one hundred millimetres wide, and then some more words</p>\
        <svg viewBox=\"0 0 10 10\"><text x=\"2\" y=\"5\">a label wider than its drawing</text></svg>\
        </main></body></html>";
    let bad = overflows(&browser, page);
    assert!(
        bad.iter()
            .any(|b| b.starts_with("wider than its box") || b.starts_with("outside the page")),
        "{bad:?}"
    );
    assert!(
        bad.iter().any(|b| b.starts_with("leaves its chart")),
        "{bad:?}"
    );
}
