//! `frontdesk report` end to end on a small day worked out by hand: every
//! break-discipline figure checked against what the day's commands did;
//! snapshots of its text and CSV; bad input (a range backwards, a range in
//! the future, a closed day, an unknown window or member of staff, a bad
//! date) answered in words, never with a panic, a NaN or a division by zero.

mod common;

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use common::{Hall, run};
use frontdesk::domain::{
    BreakId, BreakReason, Command, Event, Instant, Override, Reply, RequestId, ServiceCode, State,
    WindowId, decide,
};
use frontdesk::store::Log;
use serde_json::Value;

/// The hand-checked day: Wednesday 25 November 2026 in the fixture hall
/// (windows 1 A+B, 2 A, 3 B; 4-minute services; warning lead 15 minutes),
/// made with the domain's commands at exact instants and written to the
/// hall's log, which the binary then reports on.
fn hand_day() -> Hall {
    let hall = Hall::at("2026-11-25T08:00:00+01:00");
    let spec = frontdesk::config::load(&hall.config)
        .expect("fixture config")
        .hall;
    let mut day = Day {
        spec: spec.clone(),
        state: State::new(),
        out: Vec::new(),
    };
    let w = WindowId;
    for n in 1..=3 {
        day.at(
            "08:00",
            Command::OpenWindow {
                window: w(n),
                staff: None,
            },
            None,
        );
    }
    for (n, start) in [(1, "11:00"), (2, "12:30"), (3, "14:00")] {
        let plan = day.plan(w(n), start, 30);
        day.at("08:01", plan, None);
    }
    let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    day.at("08:01", Command::PublishBreaks { day: wednesday }, None);
    let issue = |s: &str| Command::IssueTicket {
        service: ServiceCode::new(s),
        window: None,
    };
    let start = |n| Command::StartBreak {
        window: w(n),
        reason: None,
        minutes: None,
        after_service: false,
    };
    let eva = |why: &str| Override {
        by: "Eva Horváth".into(),
        reason: why.into(),
    };
    // Window 1: warned 15 minutes ahead, keeps its promise to A001; A002
    // comes too late for the cutoff and is served at window 2.
    day.at("10:44", issue("A"), None);
    day.at("10:45", Command::WarnBreak { window: w(1) }, None);
    day.at("10:50", Command::CallNext { window: w(1) }, None);
    day.at("10:54", Command::Serve { window: w(1) }, None);
    day.at("10:58", issue("A"), None);
    day.at("11:00", start(1), None);
    day.at("11:01", Command::CallNext { window: w(2) }, None);
    day.at("11:05", Command::Serve { window: w(2) }, None);
    day.at("11:30", Command::EndBreak { window: w(1) }, None);
    // Window 2: nobody warned, A003 waiting; the supervisor lets it go five
    // minutes late, and it comes back nine minutes over.
    day.at("12:33", issue("A"), None);
    day.at("12:35", start(2), Some(&eva("forgot to warn")));
    day.at("12:40", Command::CallNext { window: w(1) }, None);
    day.at("12:44", Command::Serve { window: w(1) }, None);
    day.at("13:09", Command::EndBreak { window: w(2) }, None);
    // Window 3, the only one left for B: warned, promises B001 and B002, but
    // leaves on time with B002 still waiting (waived by the supervisor).
    day.at("13:30", Command::CloseWindow { window: w(1) }, None);
    day.at("13:40", issue("B"), None);
    day.at("13:40", issue("B"), None);
    day.at("13:45", Command::WarnBreak { window: w(3) }, None);
    day.at("13:46", Command::CallNext { window: w(3) }, None);
    day.at("13:50", Command::Serve { window: w(3) }, None);
    day.at("14:00", start(3), Some(&eva("short-staffed")));
    day.at("14:30", Command::EndBreak { window: w(3) }, None);
    day.at("14:31", Command::CallNext { window: w(3) }, None);
    day.at("14:35", Command::Serve { window: w(3) }, None);
    // Window 3 again: goods arrive, ten minutes asked, fourteen taken.
    day.at(
        "14:50",
        Command::OpenWindow {
            window: w(1),
            staff: None,
        },
        None,
    );
    let goods = Command::StartBreak {
        window: w(3),
        reason: Some(BreakReason::GoodsReceipt),
        minutes: Some(10),
        after_service: false,
    };
    day.at("15:00", goods, None);
    day.at("15:14", Command::EndBreak { window: w(3) }, None);
    // A break planned late and never taken, one planned and cancelled, and a
    // request the supervisor declines.
    let late = day.plan(w(1), "16:00", 15);
    day.at("15:30", late, None);
    let dropped = day.plan(w(2), "16:30", 15);
    day.at("15:31", dropped, None);
    day.at("15:32", Command::CancelBreak { brk: BreakId(6) }, None);
    let ask = Command::RequestBreak {
        window: w(2),
        reason: BreakReason::CashCollection,
        minutes: Some(10),
    };
    day.at("15:40", ask, None);
    let no = Command::AnswerRequest {
        request: RequestId(1),
        answer: Reply::Decline,
    };
    day.at("15:41", no, None);
    for n in 1..=3 {
        day.at("18:00", Command::CloseWindow { window: w(n) }, None);
    }
    let mut log = Log::open(&hall.log_path(), spec).expect("log");
    log.append_unchecked(day.out, "hand").expect("append");
    hall
}

/// A day's commands, decided in turn at exact instants.
struct Day {
    spec: frontdesk::domain::Hall,
    state: State,
    out: Vec<(Instant, Event)>,
}

impl Day {
    fn instant(&self, hhmm: &str) -> Instant {
        let t = NaiveTime::parse_from_str(hhmm, "%H:%M").unwrap_or_default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
        self.spec
            .tz
            .from_local_datetime(&day.and_time(t))
            .single()
            .map(|x| x.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn plan(&self, window: WindowId, start: &str, minutes: i64) -> Command {
        let start = self.instant(start);
        Command::PlanBreak {
            window,
            start,
            end: start + Duration::minutes(minutes),
            staff: None,
        }
    }

    fn at(&mut self, hhmm: &str, cmd: Command, ovr: Option<&Override>) {
        let now = self.instant(hhmm);
        let events = decide(&self.spec, &self.state, &cmd, now, ovr)
            .unwrap_or_else(|r| panic!("{hhmm} {cmd:?} refused: {r:?}"));
        for e in events {
            self.state.apply(now, &e);
            self.out.push((now, e));
        }
    }
}

/// The next morning, before anything happens.
const NEXT_MORNING: &str = "2026-11-26T07:30:00+01:00";

fn report(hall: &Hall, args: &[&str]) -> common::Run {
    run(hall.cmd_at(NEXT_MORNING).arg("report").args(args))
}

fn json(hall: &Hall, args: &[&str]) -> Value {
    let out = report(hall, &[args, &["--format", "json"]].concat());
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).expect("report JSON")
}

/// The binary for the hall the next morning, in another language.
fn in_lang(hall: &Hall, lang: &str) -> assert_cmd::Command {
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
        .arg(&hall.config)
        .args(["--now", NEXT_MORNING, "--lang", lang]);
    cmd
}

fn n(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

#[test]
fn the_hand_checked_day_has_the_figures_worked_out_by_hand() {
    let hall = hand_day();
    let r = json(&hall, &["--day", "2026-11-25"]);
    let c = &r["figures"]["customers"]["total"];
    assert_eq!(
        (n(&c["issued"]), n(&c["served"]), n(&c["unserved"])),
        (5.0, 5.0, 0.0)
    );
    // Waits: A001 6, A002 3, A003 7, B001 6, B002 51 minutes.
    assert_eq!(n(&c["wait"]["mean"]), 14.6);
    assert_eq!(n(&c["wait"]["median"]), 6.0);
    assert_eq!(n(&c["wait"]["p90"]), 51.0);
    assert_eq!(n(&c["wait"]["max"]), 51.0);
    assert_eq!(n(&c["wait"]["min"]), 3.0);
    assert_eq!(n(&c["within_target"]), 0.8);
    assert_eq!(n(&c["service"]["mean"]), 4.0);

    let b = &r["figures"]["breaks"]["total"];
    let expect = [
        ("planned", 4.0),
        ("cancelled", 1.0),
        ("published", 3.0),
        ("taken", 3.0),
        ("missed", 1.0),
        ("on_time", 2.0),
        ("early", 0.0),
        ("late", 1.0),
        ("ended", 4.0),
        ("ended_on_time", 2.0),
        ("overrun", 2.0),
        ("still_on", 0.0),
        ("warned", 2.0),
        ("warned_short", 0.0),
        ("unwarned", 1.0),
        ("unwarned_with_queue", 1.0),
        ("cutoffs", 2.0),
        ("cutoffs_kept", 1.0),
        ("promised", 3.0),
        ("promised_served_before", 2.0),
        ("promised_sent_on", 0.0),
        ("promised_waited_for_return", 1.0),
        ("promised_not_called", 0.0),
        ("waived", 1.0),
        ("past_cutoff", 1.0),
        ("past_redirected", 1.0),
        ("past_served_here", 0.0),
        ("past_not_called", 0.0),
        ("unscheduled", 1.0),
        ("unscheduled_minutes", 14.0),
    ];
    for (figure, want) in expect {
        assert_eq!(n(&b[figure]), want, "{figure}: {b}");
    }
    assert_eq!(n(&b["late_by"]["mean"]), 5.0);
    assert_eq!(n(&b["overrun_by"]["mean"]), 6.5);
    assert_eq!(n(&b["overrun_by"]["max"]), 9.0);
    assert_eq!(n(&b["warned_ahead"]["mean"]), 15.0);

    let reasons = &r["figures"]["unscheduled"];
    assert_eq!(reasons[0]["reason"], "goods-receipt");
    assert_eq!(
        (n(&reasons[0]["count"]), n(&reasons[0]["minutes"])),
        (1.0, 14.0)
    );
    let req = &r["figures"]["requests"];
    assert_eq!((n(&req["asked"]), n(&req["declined"])), (1.0, 1.0));

    let overrides = r["figures"]["overrides"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let rules: Vec<(&str, u64)> = overrides
        .iter()
        .map(|o| {
            (
                o["rule"].as_str().unwrap_or(""),
                o["window"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("not-warned", 2),
            ("promised-waiting", 3),
            ("min-open-windows", 3)
        ]
    );
    assert!(
        overrides
            .iter()
            .all(|o| o["by"] == "Eva Horváth" && o["at"].as_str().is_some())
    );
    assert_eq!(overrides[0]["reason"], "forgot to warn");

    // Windows' time: 1 staffed 08:00–13:30 and 14:50–18:00, 2 and 3 all day.
    let windows = r["figures"]["windows"]["groups"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let time: Vec<(f64, f64, f64)> = windows
        .iter()
        .map(|w| {
            (
                n(&w["staffed_minutes"]),
                n(&w["busy_minutes"]),
                n(&w["away_minutes"]),
            )
        })
        .collect();
    assert_eq!(
        time,
        [(520.0, 8.0, 30.0), (600.0, 4.0, 34.0), (600.0, 8.0, 44.0)]
    );
    // The day before the hall had not opened: nothing to set against.
    assert_eq!(r["key_figures"][0]["previous"], Value::Null);
    assert!(
        r["notes"]
            .as_array()
            .is_some_and(|v| v.iter().any(|n| n["note"] == "nothing_before"))
    );
}

#[test]
fn the_text_and_csv_of_the_hand_checked_day() {
    let hall = hand_day();
    let text = report(&hall, &["--day", "2026-11-25"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    insta::assert_snapshot!("hand_day_text_en", text.stdout);
    let csv = report(
        &hall,
        &["--day", "2026-11-25", "--format", "csv", "--by", "window"],
    );
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    insta::assert_snapshot!("hand_day_csv_by_window", csv.stdout);
    let uk = run(in_lang(&hall, "uk").args(["report", "--day", "2026-11-25"]));
    assert_eq!(uk.code, 0, "{}", uk.stderr);
    insta::assert_snapshot!("hand_day_text_uk", uk.stdout);
    // One table alone for a spreadsheet, with its header.
    let one = report(
        &hall,
        &[
            "--day",
            "2026-11-25",
            "--format",
            "csv",
            "--table",
            "cutoffs",
        ],
    );
    assert!(
        one.stdout.starts_with(
            "period,group,group_name,cutoffs,cutoffs_kept,promised,served_before,sent_on,waited_for_return,not_called,waived\ncurrent,all,All,2,1,3,2,0,1,0,1\n"
        ),
        "{}",
        one.stdout
    );
}

#[test]
fn bad_input_gets_a_clear_message_and_exit_2() {
    let hall = hand_day();
    let cases: [(&[&str], &str); 8] = [
        (
            &["--from", "2026-11-26", "--to", "2026-11-20"],
            "The range ends before it starts: 2026-11-26 to 2026-11-20.",
        ),
        (
            &["--day", "2026-11-25", "--window", "9"],
            "There is no window 9 in this hall; its windows are 1, 2, 3.",
        ),
        (
            &["--week", "--staff", "nobody"],
            "nobody is not on the hall's staff and the log names nobody by that id; the config names no staff.",
        ),
        (&["--day", "25.11.2026"], "Not a date: 25.11.2026"),
        (&["--month", "2026-13"], "Not a month: 2026-13"),
        (
            &["--table", "waits"],
            "--table picks one table of a CSV report",
        ),
        (
            &["--format", "csv", "--table", "nope"],
            "There is no table nope; the tables are key, customers, waits,",
        ),
        (&["--day", "--week"], "cannot be used with"),
    ];
    for (args, says) in cases {
        let out = report(&hall, args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
}

#[test]
fn an_empty_a_closed_and_a_future_period_say_why_in_every_format() {
    let hall = hand_day();
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["--day", "2026-11-24"],
            "closed",
            "The hall was closed on Tuesday, 24 November 2026: no window was opened and no ticket was issued.",
        ),
        (
            &["--from", "2026-10-01", "--to", "2026-10-07"],
            "empty",
            "Nothing happened in this period",
        ),
        (
            &["--month", "2027-01"],
            "future",
            "The period begins on Friday, 1 January 2027, which has not come yet",
        ),
        (
            &["--day"],
            "not_over",
            "The period is not over: the figures run up to 07:30.",
        ),
    ];
    for (args, note, says) in cases {
        for format in ["text", "md", "csv", "json", "html"] {
            let out = report(&hall, &[args, &["--format", format]].concat());
            assert_eq!(out.code, 0, "{args:?} {format}: {}", out.stderr);
            for bad in ["NaN", "inf", "panicked"] {
                assert!(
                    !out.stdout.contains(bad),
                    "{args:?} {format} has {bad}: {}",
                    out.stdout
                );
            }
            match format {
                "json" => {
                    let r: Value = serde_json::from_str(&out.stdout).expect("json");
                    assert!(
                        r["notes"]
                            .as_array()
                            .is_some_and(|v| v.iter().any(|n| n["note"] == note)),
                        "{args:?}: {}",
                        r["notes"]
                    );
                    assert_eq!(
                        r["figures"]["customers"]["total"]["wait"]["mean"],
                        Value::Null
                    );
                }
                "csv" => {}
                _ => assert!(
                    out.stdout.contains(says),
                    "{args:?} {format}: {}",
                    out.stdout
                ),
            }
        }
    }
}

#[test]
fn the_json_has_the_documented_field_names() {
    let hall = hand_day();
    let r = json(&hall, &["--day", "2026-11-25", "--by", "window"]);
    for key in [
        "version",
        "hall",
        "time_zone",
        "span",
        "period",
        "previous_period",
        "by",
        "filter",
        "as_of",
        "notes",
        "figures",
        "previous_figures",
        "plan",
        "trend",
        "timeline",
        "interval_minutes",
        "warn_lead_minutes",
        "key_figures",
    ] {
        assert!(r.get(key).is_some(), "{key} missing");
    }
    assert_eq!(r["version"], 1);
    assert_eq!(r["span"], "day");
    assert_eq!(r["by"], "window");
    let f = &r["figures"];
    for key in [
        "customers",
        "windows",
        "breaks",
        "unscheduled",
        "requests",
        "overrides",
        "quality",
        "open_days",
        "closed_days",
    ] {
        assert!(f.get(key).is_some(), "figures.{key} missing");
    }
    assert_eq!(f["customers"]["groups"][0]["key"], "1");
    assert!(f["quality"]["trainer"]["sessions"].is_number());
    let t = &r["timeline"][0];
    assert_eq!(t["kind"], "planned");
    assert_eq!(t["start"], "2026-11-25T11:00:00+01:00");
    assert_eq!(t["started"], "2026-11-25T11:00:00+01:00");
}
