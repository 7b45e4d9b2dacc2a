//! `frontdesk notice` end to end: every format in every language, what it
//! records, what `status` and the notice itself say once the plan moves, text
//! from the config made inert, and the HTML printed by headless Chromium to a
//! PDF of exactly one A4 page, even for a hall with many windows and breaks.

mod common;

use common::print::{chromium, count_pages, printed_pages};
use common::{Hall, event_type, run};
use std::path::Path;

/// 07:30 in Budapest on a Wednesday, before the hall opens.
const MORNING: &str = "2026-11-25T07:30:00+01:00";

/// The fixture hall with two published breaks and one planned but unpublished.
fn planned_hall() -> Hall {
    let hall = Hall::at(MORNING);
    for w in ["1", "2", "3"] {
        run(hall.cmd().args(["window", "open", "--window", w])).ok();
    }
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "11:00",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "2",
        "--start",
        "12:30",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd().args(["break", "publish"])).ok();
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "3",
        "--start",
        "14:00",
        "--minutes",
        "30",
    ]))
    .ok();
    hall
}

fn notice(hall: &Hall, args: &[&str]) -> common::Run {
    run(hall.cmd().arg("notice").args(args))
}

#[test]
fn the_text_notice_lists_the_published_breaks_and_is_recorded() {
    let hall = planned_hall();
    let out = notice(&hall, &["--format", "text"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    assert!(text.starts_with("Harbour Street Post Office\nPlanned breaks — Wednesday, 25 November 2026\nOpen 08:00–18:00\n"), "{text}");
    assert!(text.contains("  Window 1   11:00–11:30\n"), "{text}");
    assert!(text.contains("  Window 2   12:30–13:00\n"), "{text}");
    assert!(
        !text.contains("14:00"),
        "the unpublished break is not shown: {text}"
    );
    assert!(text.contains("15 minutes before a window closes"), "{text}");
    assert!(
        out.stderr
            .contains("Break notice for 2026-11-25 printed for the glass: 2 breaks."),
        "{}",
        out.stderr
    );
    let events = hall.events();
    let last = events.last().unwrap_or_else(|| panic!("no events"));
    assert_eq!(event_type(last), "notice_issued");
    assert_eq!(last["event"]["day"], "2026-11-25");
    assert_eq!(last["event"]["breaks"].as_array().map(Vec::len), Some(2));
}

#[test]
fn a_dry_run_records_nothing() {
    let hall = planned_hall();
    let before = hall.event_count();
    let out = notice(&hall, &["--dry-run"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains("Not recorded (--dry-run)"),
        "{}",
        out.stderr
    );
    assert_eq!(hall.event_count(), before);
}

/// A word of each language's section that only that section has.
const TITLES: [(&str, &str, &str); 4] = [
    ("en", "Planned breaks", "Wednesday, 25 November 2026"),
    ("hu", "Tervezett szünetek", "2026. november 25., szerda"),
    ("ru", "Плановые перерывы", "среда, 25 ноября 2026 г."),
    ("uk", "Планові перерви", "середа, 25 листопада 2026 р."),
];

#[test]
fn every_format_in_every_language() {
    let hall = planned_hall();
    for (lang, title, date) in TITLES {
        for format in ["text", "md", "html"] {
            let out = notice(&hall, &["--lang", lang, "--format", format, "--dry-run"]);
            assert_eq!(out.code, 0, "{lang} {format}: {}", out.stderr);
            let doc = out.stdout;
            let date = if format == "md" && date.starts_with(|c: char| c.is_ascii_digit()) {
                date.replacen('.', "\\.", 1)
            } else {
                date.to_string()
            };
            assert!(doc.contains(title), "{lang} {format}: {doc}");
            assert!(doc.contains(&date), "{lang} {format}: {doc}");
            assert!(
                doc.contains("11:00–11:30") && doc.contains("12:30–13:00"),
                "{lang} {format}: {doc}"
            );
            for (other, other_title, _) in TITLES {
                if other != lang {
                    assert!(
                        !doc.contains(other_title),
                        "{lang} {format} has {other}: {doc}"
                    );
                }
            }
            match format {
                "md" => {
                    assert!(doc.starts_with("# Harbour Street Post Office\n"), "{doc}");
                    assert!(doc.contains("| --- | --- |"), "{doc}");
                }
                "html" => {
                    assert!(doc.starts_with("<!DOCTYPE html>"), "{doc}");
                    assert!(doc.contains("@page { size: A4;"), "{doc}");
                    assert!(doc.contains(&format!("<section lang=\"{lang}\">")), "{doc}");
                    assert!(
                        !doc.contains("<link") && !doc.contains("<script") && !doc.contains("src="),
                        "self-contained: {doc}"
                    );
                }
                _ => {}
            }
        }
    }
}

#[test]
fn lang_all_gives_every_language_each_complete() {
    let hall = planned_hall();
    for format in ["text", "md", "html"] {
        let out = notice(&hall, &["--lang", "all", "--format", format, "--dry-run"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        for (lang, title, _) in TITLES {
            // The HTML page's own title repeats the first section's.
            let expected = if format == "html" && lang == "en" {
                2
            } else {
                1
            };
            assert_eq!(
                out.stdout.matches(title).count(),
                expected,
                "{lang} {format}: {}",
                out.stdout
            );
        }
        assert_eq!(
            out.stdout.matches("Harbour Street Post Office").count(),
            if format == "html" { 5 } else { 4 },
            "{format}"
        );
        assert_eq!(out.stdout.matches("11:00–11:30").count(), 4, "{format}");
    }
}

#[test]
fn without_lang_the_notice_speaks_the_halls_languages() {
    let hall = planned_hall();
    let dir = tempfile::TempDir::new().expect("temp dir");
    let config = with_config(&hall, dir.path(), |c| {
        c.replace(
            "language = \"en\"",
            "language = \"en\"\nlanguages = [\"hu\", \"uk\"]",
        )
    });
    // Without --lang (the harness's own English is left out) the notice
    // speaks the hall's customers' languages.
    let bare = run(unpinned(&config).args(["notice", "--dry-run"]));
    assert_eq!(bare.code, 0, "{}", bare.stderr);
    assert!(
        bare.stdout.contains("Tervezett szünetek") && bare.stdout.contains("Планові перерви"),
        "{}",
        bare.stdout
    );
    assert!(!bare.stdout.contains("Planned breaks"), "{}", bare.stdout);
}

/// The binary for a hall without the harness's `--lang en`.
fn unpinned(hall: &Hall) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(common::BIN);
    for k in [
        "FRONTDESK_DATA_DIR",
        "FRONTDESK_CONFIG",
        "FRONTDESK_LANG",
        "FRONTDESK_ORIGIN",
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
        .arg(&hall.config);
    if let Some(now) = &hall.now {
        cmd.args(["--now", now]);
    }
    cmd
}

/// The same hall's data read with a changed copy of its config.
fn with_config(hall: &Hall, dir: &Path, change: impl Fn(&str) -> String) -> Hall {
    let text = std::fs::read_to_string(&hall.config).expect("fixture config");
    let path = dir.join("hall.toml");
    std::fs::write(&path, change(&text)).expect("write config");
    let copy = Hall {
        data: tempfile::TempDir::new().expect("temp"),
        home: tempfile::TempDir::new().expect("temp"),
        config: path,
        now: hall.now.clone(),
        db: hall.db.clone(),
    };
    copy_data(hall.data_dir(), copy.data_dir());
    copy
}

fn copy_data(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("data dir").flatten() {
        let _ = std::fs::copy(entry.path(), to.join(entry.file_name()));
    }
}

#[test]
fn text_from_the_config_is_made_inert() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let base = Hall::at(MORNING);
    let hall = with_config(&base, dir.path(), |c| {
        c.replace(
            "name = \"Harbour Street Post Office\"",
            "name = \"<script>alert('x')</script> & *Co* | [x](y)\"",
        )
        .replace("name = \"Window 1\"", "name = \"<b>Window</b> 1\"")
    });
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "11:00",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd().args(["break", "publish"])).ok();
    let html = notice(&hall, &["--format", "html", "--dry-run"]).ok();
    assert!(
        !html.contains("<script>") && !html.contains("<b>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *Co* | [x](y)"),
        "{html}"
    );
    assert!(html.contains("&lt;b&gt;Window&lt;/b&gt; 1"), "{html}");
    let md = notice(&hall, &["--format", "md", "--dry-run"]).ok();
    assert!(
        md.contains("# \\<script\\>alert('x')\\</script\\> \\& \\*Co\\* \\| \\[x\\](y)"),
        "{md}"
    );
    assert!(
        md.contains("| \\<b\\>Window\\</b\\> 1 | 11:00–11:30 |"),
        "{md}"
    );
}

#[test]
fn a_moved_break_makes_status_and_the_notice_say_the_glass_is_out_of_date() {
    let hall = planned_hall();
    notice(&hall, &[]).ok();
    let status = run(hall.cmd().arg("status")).ok();
    assert!(!status.contains("out of date"), "{status}");
    run(hall.cmd().args([
        "break",
        "change",
        "1",
        "--start",
        "11:30",
        "--minutes",
        "30",
    ]))
    .ok();
    let status = run(hall.cmd().arg("status")).ok();
    assert!(
        status.contains("! The break notice on the glass for 2026-11-25 (printed at 07:30) is out of date: window 1: 11:00–11:30 moved to 11:30–12:00. Print it again with `frontdesk notice`."),
        "{status}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok()).expect("json");
    assert_eq!(json["notice"]["state"], "out_of_date");
    assert_eq!(json["notice"]["changes"][0]["change"], "moved");
    // The notice itself warns, and its new edition shows the change.
    let out = notice(&hall, &[]);
    assert!(
        out.stderr.contains("is out of date: window 1"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("Window 1   11:30–12:00 (was 11:00–11:30)"),
        "{}",
        out.stdout
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(hall.cmd().args(["status", "--json"])).ok()).expect("json");
    assert_eq!(json["notice"]["state"], "current");
    // A cancelled published break counts too.
    run(hall.cmd().args(["break", "cancel", "2"])).ok();
    let status = run(hall.cmd().arg("status")).ok();
    assert!(
        status.contains("window 2: 12:30–13:00 cancelled"),
        "{status}"
    );
}

#[test]
fn status_mentions_a_notice_never_printed_only_when_breaks_are_published() {
    let hall = Hall::at(MORNING);
    let status = run(hall.cmd().arg("status")).ok();
    assert!(!status.contains("notice"), "{status}");
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "11:00",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd().args(["break", "publish"])).ok();
    let status = run(hall.cmd().arg("status")).ok();
    assert!(
        status.contains("No break notice has been printed for 2026-11-25 yet"),
        "{status}"
    );
}

#[test]
fn lang_all_is_for_the_notice_only() {
    let hall = Hall::at(MORNING);
    let msg = run(unpinned(&hall).args(["--lang", "all", "status"])).fails(2);
    assert!(msg.contains("--lang all"), "{msg}");
    let msg = run(unpinned(&hall).args(["notice", "--date", "25.11.2026"])).fails(2);
    assert!(msg.contains("25.11.2026"), "{msg}");
}

#[test]
fn a_day_without_breaks_says_so() {
    let hall = Hall::at(MORNING);
    let text = notice(&hall, &["--lang", "all", "--dry-run"]).ok();
    assert!(
        text.contains("No breaks are planned at any window on this day."),
        "{text}"
    );
    assert!(
        text.contains("Ezen a napon egyik ablaknál sincs tervezett szünet."),
        "{text}"
    );
}

// ---------------------------------------------------------------------------
// One A4 page, as Chromium prints it.

#[test]
fn the_page_counter_counts_pages_not_the_page_tree() {
    assert_eq!(
        count_pages(b"<< /Type /Pages /Kids [3 0 R 4 0 R] >> << /Type /Page >> << /Type/Page >>"),
        2
    );
}

/// 30 windows with long names, three breaks each, every language: the most a
/// sheet of glass is asked to hold.
fn large_hall(dir: &Path) -> Hall {
    let mut config = String::from(
        "[hall]\nname = \"Central Post Office of the Riverside District, Main Hall and Parcel Counters\"\ntime_zone = \"Europe/Budapest\"\nlanguages = [\"en\", \"hu\", \"ru\", \"uk\"]\n\n[breaks]\nwarn_lead_minutes = 15\nmax_concurrent = 3\nmin_open_per_service = 1\nmax_length_minutes = 45\n\n[[services]]\ncode = \"A\"\nname = \"Letters and parcels\"\ntarget_wait_minutes = 10\nmean_service_minutes = 4\n\n",
    );
    for w in 1..=30 {
        config.push_str(&format!(
            "[[windows]]\nid = {w}\nname = \"Window {w} — registered letters, parcels and payments\"\nservices = [\"A\"]\n\n"
        ));
    }
    let path = dir.join("large.toml");
    std::fs::write(&path, config).expect("write config");
    let hall = Hall {
        config: path,
        ..Hall::at(MORNING)
    };
    // Three at a time, ten minutes each: 90 breaks between 08:00 and 13:00.
    for i in 0..90u32 {
        let window = i % 30 + 1;
        let slot = i / 3;
        let start = 8 * 60 + slot * 10;
        let hhmm = format!("{:02}:{:02}", start / 60, start % 60);
        run(hall.cmd().args([
            "break",
            "plan",
            "--window",
            &window.to_string(),
            "--start",
            &hhmm,
            "--minutes",
            "10",
        ]))
        .ok();
    }
    run(hall.cmd().args(["break", "publish"])).ok();
    // Some moved after publishing: their old times are shown too.
    for id in ["1", "2", "3"] {
        run(hall.cmd().args([
            "break",
            "change",
            id,
            "--start",
            "13:30",
            "--minutes",
            "10",
            "--override",
            "--because",
            "test",
        ]))
        .ok();
    }
    hall
}

/// What the large notice holds needs no browser to check, so it is checked
/// whether or not Chromium is here.
#[test]
fn the_large_html_notice_holds_every_window_in_every_language() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let large = large_hall(dir.path());
    let html = notice(&large, &["--lang", "all", "--format", "html", "--dry-run"]).ok();
    assert_eq!(
        html.matches("<tr><td>").count(),
        4 * 30,
        "every window in every language"
    );
    assert!(
        html.contains("(was 08:00–08:10)"),
        "moved breaks keep their old times"
    );
}

#[test]
fn the_html_notice_prints_on_one_a4_page() {
    let Some(browser) = chromium() else { return };
    let hall = planned_hall();
    for lang in ["en", "hu", "ru", "uk", "all"] {
        let html = notice(&hall, &["--lang", lang, "--format", "html", "--dry-run"]).ok();
        assert_eq!(printed_pages(&browser, &html), 1, "--lang {lang}");
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let large = large_hall(dir.path());
    let html = notice(&large, &["--lang", "all", "--format", "html", "--dry-run"]).ok();
    assert_eq!(printed_pages(&browser, &html), 1);
    let html = notice(&large, &["--lang", "ru", "--format", "html", "--dry-run"]).ok();
    assert_eq!(printed_pages(&browser, &html), 1);
}
