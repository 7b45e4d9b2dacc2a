//! The supervisor's commands end to end on a real log: `plan --print` in each
//! format with its suggestion and simulator check, the CSV going straight into
//! `simulate --plan`, a forecast learned from past weeks, moving a published
//! break, and break requests answered from the command line.

mod common;

use common::{Hall, run};
use serde_json::Value;
use std::path::Path;

/// 08:00 in Budapest on a Wednesday.
const MORNING: &str = "2026-11-25T08:00:00+01:00";

fn planner_hall() -> Hall {
    Hall {
        config: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/planner.toml"),
        ..Hall::at(MORNING)
    }
}

fn ok(hall: &Hall, args: &[&str]) -> String {
    run(hall.cmd().args(args)).ok()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Window 1 at 11:00 and window 2 at 12:00, the latter in the midday rush.
fn with_breaks() -> Hall {
    let hall = planner_hall();
    ok(
        &hall,
        &[
            "break",
            "plan",
            "--window",
            "1",
            "--start",
            "11:00",
            "--minutes",
            "30",
        ],
    );
    ok(
        &hall,
        &[
            "break",
            "plan",
            "--window",
            "2",
            "--start",
            "12:00",
            "--minutes",
            "30",
        ],
    );
    hall
}

#[test]
fn the_printed_plan_lists_breaks_rules_and_the_forecast() {
    let hall = with_breaks();
    let text = ok(&hall, &["plan", "--print"]);
    assert!(
        text.starts_with("Break plan for 2026-11-25 — Harbour Street Post Office"),
        "{text}"
    );
    assert!(
        text.contains(
            "#1   11:00–11:30 · Window 1 · Anna Kovács · 30 min · planned, not published"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "! Cili Varga is owed a 30-minute break between 11:00 and 14:00, not yet planned"
        ),
        "{text}"
    );
    // 08:00–16:00 in half hours.
    let rows = text
        .lines()
        .filter(|l| l.starts_with("  1") || l.starts_with("  0"))
        .count();
    assert_eq!(rows, 16, "{text}");
    assert!(text.contains("  12:00–12:30"), "{text}");
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with("Worst interval:")),
        "{text}"
    );
}

#[test]
fn json_and_csv_carry_the_same_plan() {
    let hall = with_breaks();
    let report = json(&ok(&hall, &["plan", "--print", "--format", "json"]));
    assert_eq!(report["day"], "2026-11-25");
    assert_eq!(report["interval_minutes"], 30);
    assert_eq!(report["breaks"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["intervals"].as_array().map(Vec::len), Some(16));
    assert_eq!(report["services"][0]["source"], "config");
    let noon = &report["intervals"][8];
    assert_eq!(noon["start"], "2026-11-25T12:00:00+01:00");
    assert_eq!(
        noon["cells"][0]["windows"], 1.0,
        "window 2 is away, window 1 alone for A"
    );
    assert_eq!(report["plan_problems"][0]["rule"], "unplanned");

    let csv = ok(&hall, &["plan", "--print", "--format", "csv"]);
    let mut tables = csv.split("\n\n");
    let breaks: Vec<&str> = tables.next().unwrap_or_default().lines().collect();
    assert_eq!(
        breaks[0],
        "window,start,end,staff,id,minutes,published,phase,problems"
    );
    assert_eq!(breaks[1], "1,11:00,11:30,Anna Kovács,1,30,false,planned,");
    let forecast: Vec<&str> = tables.next().unwrap_or_default().lines().collect();
    assert!(forecast[0].starts_with("interval_start,interval_end,service,arrivals"));
    assert_eq!(forecast.len(), 1 + 16 * 2);
    // What the planner prints, the simulator reads.
    let file = hall.data_dir().join("plan.csv");
    std::fs::write(&file, &csv).unwrap_or_else(|e| panic!("{e}"));
    let sim = ok(
        &hall,
        &[
            "simulate",
            "--plan",
            &file.display().to_string(),
            "--reps",
            "50",
            "--json",
        ],
    );
    let sim = json(&sim);
    assert_eq!(sim["breaks"].as_array().map(Vec::len), Some(2), "{sim}");
}

#[test]
fn the_suggestion_places_every_break_and_is_no_worse_than_the_naive_plan() {
    let hall = planner_hall();
    let out = json(&ok(
        &hall,
        &["plan", "--print", "--suggest", "--format", "json"],
    ));
    let suggested = &out["suggested"];
    assert_eq!(suggested["breaks"].as_array().map(Vec::len), Some(3));
    assert!(
        suggested["plan_problems"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    let worst = |v: &Value| v["worst_wait_minutes"].as_f64().unwrap_or(f64::NAN);
    let mean = |v: &Value| v["mean_wait_minutes"].as_f64().unwrap_or(f64::NAN);
    let s = &suggested["summary"];
    let n = &out["naive"];
    // The worst interval first (a hundredth of a minute counts as a tie), then
    // the day's mean.
    assert!(
        worst(s) < worst(n) - 0.01 || (worst(s) <= worst(n) + 0.01 && mean(s) <= mean(n)),
        "suggested {s} vs naive {n}"
    );
    assert_eq!(out["moved"], 3);
    assert!(out.get("simulated").is_none(), "{out}");
    // With the simulator's check of the suggested plan, interval by interval.
    let checked = json(&ok(
        &hall,
        &[
            "plan",
            "--print",
            "--suggest",
            "--simulate",
            "--format",
            "json",
        ],
    ));
    assert_eq!(
        checked["simulated"]["intervals"].as_array().map(Vec::len),
        Some(16),
        "{checked}"
    );
    // Printing it writes nothing.
    assert_eq!(hall.event_count(), 0);
    let text = ok(&hall, &["plan", "--print", "--suggest"]);
    assert!(
        text.contains("The suggestion places or moves 3 breaks."),
        "{text}"
    );
    assert!(
        text.contains("Naive plan (every break at its earliest allowed time)"),
        "{text}"
    );
}

#[test]
fn the_simulator_checks_the_printed_plan() {
    let hall = with_breaks();
    let text = ok(&hall, &["plan", "--print", "--simulate"]);
    assert!(
        text.lines()
            .any(|l| l.starts_with("Simulator, 400 days: mean wait ")),
        "{text}"
    );
    // Side by side, interval by interval, then where they disagree.
    let heading = text
        .lines()
        .position(|l| l.starts_with("Forecast against the simulator (400 days)"))
        .unwrap_or_else(|| panic!("{text}"));
    let rows: Vec<&str> = text.lines().skip(heading + 2).take(16).collect();
    assert!(rows[0].starts_with("  08:00–08:30"), "{text}");
    assert!(rows[15].starts_with("  15:30–16:00"), "{text}");
    assert!(rows.iter().all(|r| r.matches(" | ").count() == 2), "{text}");
    let verdict = text.lines().last().unwrap_or_default();
    assert!(
        verdict.starts_with("Forecast and simulator agree within the target")
            || verdict.starts_with("Forecast and simulator differ by more than the target in"),
        "{text}"
    );
    let out = json(&ok(
        &hall,
        &["plan", "--print", "--simulate", "--format", "json"],
    ));
    let sim = out["simulated"]["simulated_mean_wait"]["mean"]
        .as_f64()
        .unwrap_or(-1.0);
    let forecast = out["simulated"]["forecast_mean_wait"]
        .as_f64()
        .unwrap_or(-1.0);
    assert!(sim > 0.0 && forecast > 0.0, "{out}");
    // The day's mean agrees: the forecast knows a line starts empty and a
    // backlog outlives its break.
    assert!((sim - forecast).abs() < 0.25 * sim, "{out}");
    let cells = &out["simulated"]["intervals"][9]["cells"];
    assert_eq!(cells.as_array().map(Vec::len), Some(2), "{out}");
    assert!(cells[0]["forecast"].as_f64().is_some(), "{out}");
    assert!(cells[0]["simulated"]["mean"].as_f64().is_some(), "{out}");
    let disagreements = out["simulated"]["disagreements"].as_u64().unwrap_or(99);
    let marked = rows
        .iter()
        .map(|r| r.matches('≠').count() as u64)
        .sum::<u64>();
    assert_eq!(marked, disagreements, "{text}");
    // The CSV carries the simulated wait on each row.
    let csv = ok(&hall, &["plan", "--print", "--simulate", "--format", "csv"]);
    let forecast_rows: Vec<&str> = csv
        .split("\n\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .collect();
    assert!(
        forecast_rows[0].ends_with(",simulated_mean_wait_minutes,simulated_ci95,disagrees"),
        "{csv}"
    );
    assert_eq!(forecast_rows.len(), 1 + 16 * 2);
    assert!(
        forecast_rows[1].ends_with(",false") || forecast_rows[1].ends_with(",true"),
        "{csv}"
    );
}

#[test]
fn the_forecast_learns_arrivals_from_past_weeks() {
    let hall = planner_hall();
    // Two past Wednesdays with 40 tickets at 09:00–09:30 each.
    for week in ["2026-11-11", "2026-11-18"] {
        run(hall.cmd_at(&format!("{week}T09:10:00+01:00")).args([
            "ticket",
            "issue",
            "--service",
            "B",
            "--count",
            "40",
        ]))
        .ok();
    }
    let report = json(&ok(&hall, &["plan", "--print", "--format", "json"]));
    assert_eq!(report["services"][1]["source"], "log");
    assert_eq!(report["services"][1]["learned_days"], 2);
    let b_at_nine = report["intervals"][2]["cells"][1]["arrivals"].as_f64();
    assert_eq!(b_at_nine, Some(40.0));
    let text = ok(&hall, &["plan", "--print"]);
    assert!(
        text.contains("B Bills and payments: learned from 2 past days like this one"),
        "{text}"
    );
}

#[test]
fn a_bad_day_is_refused_plainly() {
    let hall = planner_hall();
    let msg = run(hall.cmd().args(["plan", "--print", "--date", "2026-13-01"])).fails(2);
    assert!(msg.contains("2026-13-01"), "{msg}");
    let msg = run(hall.cmd().args(["plan", "--format", "csv"])).code;
    assert_eq!(msg, 2, "--format needs --print");
}

#[test]
fn a_published_break_moves_and_customers_see_the_new_times() {
    let hall = with_breaks();
    ok(&hall, &["break", "publish"]);
    let out = ok(
        &hall,
        &[
            "break",
            "change",
            "2",
            "--start",
            "13:00",
            "--minutes",
            "30",
        ],
    );
    assert_eq!(
        out.trim(),
        "Break 2 at window 2 now runs 13:00–13:30; customers see the new times."
    );
    // Onto window 1's break: one window away at a time.
    let msg = run(hall.cmd().args([
        "break",
        "change",
        "2",
        "--start",
        "11:10",
        "--minutes",
        "30",
    ]))
    .fails(1);
    assert!(msg.contains("Only 1 window may be on a break"), "{msg}");
    let msg = run(hall.cmd().args([
        "break",
        "change",
        "9",
        "--start",
        "13:00",
        "--minutes",
        "30",
    ]))
    .fails(2);
    assert!(msg.contains("no break 9"), "{msg}");
    let list = json(&ok(&hall, &["break", "list", "--json"]));
    assert_eq!(list[1]["start"], "2026-11-25T13:00:00+01:00");
    assert_eq!(list[1]["published"], true);
}

#[test]
fn break_requests_are_answered_from_the_command_line() {
    let hall = planner_hall();
    for w in ["1", "2", "3"] {
        ok(&hall, &["window", "open", "--window", w]);
    }
    // This hall wants unscheduled breaks approved.
    let msg = run(hall
        .cmd()
        .args(["break", "start", "--window", "2", "--reason", "personal"]))
    .fails(1);
    assert!(msg.contains("asked of the supervisor"), "{msg}");
    let out = ok(
        &hall,
        &[
            "break",
            "request",
            "--window",
            "2",
            "--reason",
            "goods-receipt",
        ],
    );
    assert_eq!(
        out.trim(),
        "Window 2 asks for an unscheduled break: goods receipt, 15 minutes (request 1)."
    );
    let msg = run(hall
        .cmd()
        .args(["break", "request", "--window", "2", "--reason", "personal"]))
    .fails(1);
    assert!(msg.contains("already asked"), "{msg}");
    let status = ok(&hall, &["status"]);
    assert!(
        status.contains(
            "! Window 2 asks for an unscheduled break (goods receipt, 15 minutes) since 08:00."
        ),
        "{status}"
    );
    assert!(
        status.contains(
            "#1 Window 2 · goods receipt · 15 minutes · asked at 08:00 · waiting for an answer"
        ),
        "{status}"
    );
    let out = ok(&hall, &["break", "postpone", "1", "--minutes", "20"]);
    assert_eq!(out.trim(), "Request 1 of window 2 postponed until 08:20.");
    let out = ok(&hall, &["break", "approve", "1"]);
    assert!(out.starts_with("Request 1 of window 2 approved"), "{out}");
    assert!(out.contains("Window 2 is on a break until 08:15"), "{out}");
    let msg = run(hall.cmd().args(["break", "decline", "1"])).fails(1);
    assert!(msg.contains("already been answered"), "{msg}");
    let msg = run(hall.cmd().args(["break", "approve", "7"])).fails(2);
    assert!(msg.contains("no break request 7"), "{msg}");
    // A supervisor may let a cashier go at once; the override is logged.
    ok(&hall, &["break", "end", "--window", "2"]);
    let out = ok(
        &hall,
        &[
            "break",
            "start",
            "--window",
            "3",
            "--reason",
            "technical-fault",
            "--override",
            "--because",
            "the till is down",
        ],
    );
    // The override is recorded under the user running the command.
    assert!(out.contains(&frontdesk::whoami::current().user), "{out}");
}

/// The fixture hall changed by `edit`, written where the test can use it.
fn edited_hall(edit: impl Fn(String) -> String) -> (Hall, tempfile::TempDir) {
    let dir = tempfile::TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(planner_hall().config).unwrap_or_default();
    let path = dir.path().join("hall.toml");
    std::fs::write(&path, edit(text)).unwrap_or_else(|e| panic!("{e}"));
    (
        Hall {
            config: path,
            ..Hall::at(MORNING)
        },
        dir,
    )
}

#[test]
fn a_day_with_no_window_for_a_service_says_so() {
    // B only at window 3, whose cashier works after closing.
    let (hall, _dir) = edited_hall(|t| {
        t.replacen("services = [\"A\", \"B\"]", "services = [\"A\"]", 1)
            .replace(
                "window = 3\nbreaks = [{ minutes = 30, earliest = \"11:00\", latest = \"14:00\" }]",
                "window = 3\nshift_start = \"16:00\"\nshift_end = \"18:00\"",
            )
    });
    let text = ok(&hall, &["plan", "--print"]);
    assert!(
        text.contains("! B Bills and payments: no window serves it on this day, so its customers cannot be served."),
        "{text}"
    );
    assert!(text.contains("  12:00–12:30"), "{text}");
    assert!(
        text.lines()
            .filter(|l| l.starts_with("  1") || l.starts_with("  0"))
            .all(|l| l.contains("no window")),
        "{text}"
    );
    let report = json(&ok(&hall, &["plan", "--print", "--format", "json"]));
    let summary = &report["summary"];
    assert_eq!(summary["services_without_window"][0], "B", "{summary}");
    // Every B customer of the day, and nobody of A, goes unserved.
    let b_arrivals: f64 = report["intervals"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter_map(|i| i["cells"][1]["arrivals"].as_f64())
                .sum()
        })
        .unwrap_or(0.0);
    let unserved = summary["unserved_customers"].as_f64().unwrap_or(-1.0);
    assert!((unserved - b_arrivals).abs() < 0.5, "{summary}");
    assert!(
        summary["mean_wait_minutes"]
            .as_f64()
            .is_some_and(f64::is_finite)
    );
}

#[test]
fn more_arrivals_than_the_hall_can_take_give_finite_flagged_figures() {
    // Six hundred letters an hour on two windows, all day.
    let (hall, _dir) = edited_hall(|t| {
        t.replace(
            "arrivals_per_hour = { \"08:00\" = 9, \"12:00\" = 24, \"13:00\" = 9 }",
            "arrivals_per_hour = { \"08:00\" = 600 }",
        )
    });
    let report = json(&ok(&hall, &["plan", "--print", "--format", "json"]));
    for interval in report["intervals"].as_array().into_iter().flatten() {
        let a = &interval["cells"][0];
        assert_eq!(a["overloaded"], true, "{a}");
        let wait = a["mean_wait_minutes"].as_f64();
        assert!(wait.is_some_and(|w| w.is_finite() && w > 0.0), "{a}");
    }
    let worst = report["summary"]["worst_wait_minutes"]
        .as_f64()
        .unwrap_or(-1.0);
    // Nine hours of backlog drained after closing: the last customers wait
    // many hours, and the figure says so rather than nothing.
    assert!(worst.is_finite() && worst > 120.0, "{}", report["summary"]);
    let text = ok(&hall, &["plan", "--print"]);
    assert!(text.contains("32 overloaded intervals"), "{text}");
    assert!(text.contains(" !"), "{text}");
}
