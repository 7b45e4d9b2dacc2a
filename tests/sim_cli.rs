//! `frontdesk simulate` and `frontdesk bench sim` as a user runs them: a plan
//! file, the day's plan from the log, replays with a trace, export from the log,
//! JSON, translations, and bad files reported as file:line.

mod common;

use common::{Hall, run};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn sim_hall(now: &str) -> Hall {
    let mut h = Hall::at(now);
    h.config = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sim_hall.toml");
    h
}

/// The fixture day: a Monday in winter, when Budapest is UTC+1.
const NOW: &str = "2026-03-02T07:30:00+01:00";

fn write(hall: &Hall, name: &str, text: &str) -> PathBuf {
    let p = hall.data_dir().join(name);
    std::fs::write(&p, text).expect("write a test file");
    p
}

fn json(hall: &Hall, args: &[&str]) -> Value {
    let out = run(hall.cmd().arg("simulate").args(args).arg("--json")).ok();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

#[test]
fn a_plan_file_is_simulated_with_every_figure() {
    let hall = sim_hall(NOW);
    let plan = write(
        &hall,
        "plan.csv",
        "window,start,end,staff\n1,11:00,11:30,anna\n2,\"12:00\",12:30,\n",
    );
    let plan = plan.to_string_lossy().to_string();
    let v = json(&hall, &["--plan", &plan, "--reps", "200", "--seed", "5"]);
    assert_eq!(v["replications"], 200);
    assert_eq!(v["seed"], 5);
    assert_eq!(v["policy"], "finish-current");
    assert_eq!(v["engine"], "events");
    assert_eq!(v["breaks_from"], "plan");
    assert_eq!(v["day"], "2026-03-02");
    assert_eq!(v["opens"], "08:00");
    for key in [
        "arrivals",
        "mean_wait",
        "p_wait",
        "service_level",
        "abandoned",
        "longest_queue",
        "warnings",
        "late_breaks",
    ] {
        let e = &v[key];
        assert!(e["mean"].is_number(), "{key}: {e}");
        assert!(e["ci95"].is_number(), "{key}: {e}");
        assert_eq!(e["n"], 200, "{key}");
    }
    // About 20·4 + 30·2 + 20·4 + 6·10 = 280 customers a day.
    let arrivals = v["arrivals"]["mean"].as_f64().unwrap_or(0.0);
    assert!((260.0..300.0).contains(&arrivals), "{arrivals}");
    let intervals = v["intervals"].as_array().expect("intervals");
    assert_eq!(intervals.len(), 20);
    assert_eq!(intervals[0]["time"], "08:00");
    assert_eq!(intervals[19]["time"], "17:30");
    let windows = v["windows"].as_array().expect("windows");
    assert_eq!(windows.len(), 3);
    let u = windows[2]["utilisation"]["mean"].as_f64().unwrap_or(-1.0);
    assert!(u > 0.0 && u < 1.0, "{u}");
    let breaks = v["breaks"].as_array().expect("breaks");
    assert_eq!(breaks.len(), 2);
    assert_eq!(breaks[0]["window"], 1);
    assert_eq!(breaks[0]["start_time"], "11:00");
    assert_eq!(breaks[1]["end_time"], "12:30");
    for key in [
        "warned",
        "started_late",
        "past_cutoff",
        "served_elsewhere",
        "waited_for_return",
        "gave_up",
    ] {
        assert!(breaks[1][key]["mean"].is_number(), "{key}");
    }
    let services = v["services"].as_array().expect("services");
    assert_eq!(services[1]["code"], "B");

    // The same seed gives the same figures on one thread or two.
    let again = json(
        &hall,
        &[
            "--plan",
            &plan,
            "--reps",
            "200",
            "--seed",
            "5",
            "--threads",
            "1",
        ],
    );
    let two = json(
        &hall,
        &[
            "--plan",
            &plan,
            "--reps",
            "200",
            "--seed",
            "5",
            "--threads",
            "2",
        ],
    );
    let figures = |v: &Value| {
        let mut v = v.clone();
        if let Some(o) = v.as_object_mut() {
            o.remove("threads");
        }
        v
    };
    assert_eq!(figures(&again), figures(&v));
    assert_eq!(figures(&two), figures(&v));

    let text = run(hall
        .cmd()
        .args(["simulate", "--plan", &plan, "--reps", "50"]))
    .ok();
    for line in [
        "Simulated day 2026-03-02 in Harbour Street Post Office: 50 replications, seed 1.",
        "Breaks: 2 breaks from the plan file",
        "Mean wait",
        "Waits by interval of arrival",
        "Window 2 12:00–12:30: the queue was warned on",
        "Customers past the cutoff per day:",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn without_a_plan_the_logs_breaks_are_used_or_none() {
    let hall = sim_hall(NOW);
    let text = run(hall.cmd().args(["simulate", "--reps", "20"])).ok();
    assert!(
        text.contains(
            "The log has no breaks planned for 2026-03-02: the day is simulated without breaks."
        ),
        "{text}"
    );
    for (w, start) in [("1", "10:00"), ("2", "13:00")] {
        run(hall.cmd().args([
            "break",
            "plan",
            "--window",
            w,
            "--start",
            start,
            "--minutes",
            "30",
        ]))
        .ok();
    }
    // A cancelled break and one on another day are not the day's plan.
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "1",
        "--start",
        "15:00",
        "--minutes",
        "30",
    ]))
    .ok();
    run(hall.cmd().args(["break", "cancel", "3"])).ok();
    run(hall.cmd().args([
        "break",
        "plan",
        "--window",
        "2",
        "--start",
        "10:00",
        "--minutes",
        "30",
        "--date",
        "2026-03-03",
    ]))
    .ok();
    let v = json(&hall, &["--reps", "20"]);
    assert_eq!(v["breaks_from"], "log");
    let starts: Vec<&str> = v["breaks"]
        .as_array()
        .expect("breaks")
        .iter()
        .filter_map(|b| b["start_time"].as_str())
        .collect();
    assert_eq!(starts, vec!["10:00", "13:00"]);
    let v = json(&hall, &["--reps", "20", "--date", "2026-03-03"]);
    assert_eq!(v["breaks"].as_array().map(|b| b.len()), Some(1));
}

/// Four customers on the fixture hall, worked out by hand: window 1 takes the
/// first (the lowest window for A), window 2 the second, window 3 the bill
/// payment; the fourth waits for window 2 to be free at 08:06.
const REPLAY: &str = "arrival,service,duration\n\
    08:00,A,10\n\
    08:01,a,5\n\
    # a comment line\n\
    08:02:00,B,3\n\
    \n\
    08:03,A,2\n";

#[test]
fn a_replay_is_deterministic_and_traced_per_customer() {
    let hall = sim_hall(NOW);
    let arrivals = write(&hall, "yesterday.csv", REPLAY);
    let trace = hall.data_dir().join("trace.csv");
    // Window 3 opens at 09:00 (Éva's shift); the bill payment waits for it:
    // per-window lines put it at window 1 (the open one), busy until 08:10.
    let out = run(hall.cmd().args([
        "simulate",
        "--arrivals",
        &arrivals.to_string_lossy(),
        "--trace",
        &trace.to_string_lossy(),
        "--reps",
        "500",
    ]))
    .ok();
    assert!(out.contains("4 recorded customers replayed from"), "{out}");
    assert!(
        out.contains("one day is simulated whatever --reps says"),
        "{out}"
    );
    assert!(out.contains("4 customers written to"), "{out}");
    let written = std::fs::read_to_string(&trace).expect("the trace");
    assert_eq!(
        written,
        "customer,arrival,service,window,start,end,wait,abandoned\n\
         1,08:00:00.000,A,1,08:00:00.000,08:10:00.000,0.000000,no\n\
         2,08:01:00.000,A,2,08:01:00.000,08:06:00.000,0.000000,no\n\
         3,08:02:00.000,B,1,08:10:00.000,08:13:00.000,8.000000,no\n\
         4,08:03:00.000,A,2,08:06:00.000,08:08:00.000,3.000000,no\n"
    );
    let v = json(&hall, &["--arrivals", &arrivals.to_string_lossy()]);
    assert_eq!(v["replications"], 1);
    assert_eq!(v["arrivals_from"], "replay");
    assert_eq!(v["mean_wait"]["mean"], 11.0 / 4.0);
    assert_eq!(v["mean_wait"]["ci95"], Value::Null);
}

#[test]
fn a_trace_keeps_times_and_waits_at_full_precision() {
    // Visits of odd lengths: the second customer waits 4.123457 minutes less
    // the 30.5 s between arrivals, to the millisecond.
    let hall = sim_hall(NOW);
    let arrivals = write(
        &hall,
        "odd.csv",
        "arrival,service,duration,window\n08:00:00,A,4.123457,1\n08:00:30,A,1.0000005,1\n",
    );
    let trace = hall.data_dir().join("trace.csv");
    run(hall.cmd().args([
        "simulate",
        "--arrivals",
        &arrivals.to_string_lossy(),
        "--trace",
        &trace.to_string_lossy(),
    ]))
    .ok();
    let written = std::fs::read_to_string(&trace).expect("the trace");
    let rows: Vec<Vec<&str>> = written
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    // 4.123457 min = 247.40742 s: the end is at 08:04:07.407.
    assert_eq!(rows[0][5], "08:04:07.407", "{written}");
    assert_eq!(rows[1][4], "08:04:07.407", "{written}");
    // The wait in minutes to six decimals: 247.40742 s - 30 s = 3.623457 min.
    assert_eq!(rows[1][6], "3.623457", "{written}");
}

#[test]
fn a_replay_against_a_plan_keeps_the_products_break_rule() {
    // Window 2 plans a break at 08:04. The fourth customer arrives at 08:03
    // while it serves until 08:06: the queue is warned, and nothing fits before
    // 08:04 (busy until 08:05 by the mean), so they are past the cutoff. The
    // break starts at 08:06, two minutes late, and window 1 serves them at
    // 08:10.
    let hall = sim_hall(NOW);
    let arrivals = write(
        &hall,
        "a.csv",
        "arrival,service,duration\n08:00,A,10\n08:01,A,5\n08:03,A,2\n",
    );
    let plan = write(&hall, "plan.csv", "window,start,end\n2,08:04,08:14\n");
    let trace = hall.data_dir().join("trace.csv");
    let v = json(
        &hall,
        &[
            "--arrivals",
            &arrivals.to_string_lossy(),
            "--plan",
            &plan.to_string_lossy(),
            "--trace",
            &trace.to_string_lossy(),
        ],
    );
    let b = &v["breaks"][0];
    assert_eq!(b["warned"]["mean"], 1.0);
    assert_eq!(b["started_late"]["mean"], 1.0);
    assert_eq!(b["late_minutes"]["mean"], 2.0);
    assert_eq!(b["past_cutoff"]["mean"], 1.0);
    assert_eq!(b["served_elsewhere"]["mean"], 1.0);
    let written = std::fs::read_to_string(&trace).expect("the trace");
    assert!(
        written.ends_with("3,08:03:00.000,A,1,08:10:00.000,08:12:00.000,7.000000,no\n"),
        "{written}"
    );
    // The textbook model leaves at 08:04, so the service ends at 08:16 and the
    // customer is again served by window 1 at 08:10.
    let v = json(
        &hall,
        &[
            "--arrivals",
            &arrivals.to_string_lossy(),
            "--plan",
            &plan.to_string_lossy(),
            "--policy",
            "preempt-resume",
        ],
    );
    assert_eq!(v["policy"], "preempt-resume");
    assert_eq!(v["breaks"][0]["started_late"]["mean"], 0.0);
}

#[test]
fn bad_files_are_reported_by_line() {
    let hall = sim_hall(NOW);
    let cases: [(&str, &str, &str, &str); 9] = [
        (
            "--plan",
            "window,start,end\n1,10:00,10:30\n2,25:00,10:30\n",
            ":3: start: expected a time as HH:MM, got \"25:00\"",
            "time",
        ),
        (
            "--plan",
            "window,start,end\n9,10:00,10:30\n",
            ":2: window: unknown window 9; the hall has windows 1, 2, 3",
            "window",
        ),
        (
            "--plan",
            "window,start\n1,10:00\n",
            ":1: the header must name the columns window,start,end; missing \"end\"",
            "header",
        ),
        (
            "--plan",
            "window,start,end\n1,10:30,10:00\n",
            ":2: end: the break must end after it starts",
            "order",
        ),
        (
            "--plan",
            "window,start,end\n1,10:00,10:30\n1,10:15,10:45\n",
            ":3: overlaps the break of window 1 on line 2",
            "overlap",
        ),
        (
            "--arrivals",
            "arrival,service,duration\n08:00,A,4\n08:01,Z,4\n",
            ":3: service: unknown service \"Z\"; the hall has A, B",
            "service",
        ),
        (
            "--arrivals",
            "arrival,service,duration\n08:00,A,-1\n",
            ":2: duration: expected minutes between 0 and 1440, got \"-1\"",
            "duration",
        ),
        (
            "--arrivals",
            "arrival,service,duration\n08:00,A\n",
            ":2: 2 fields, but the header names 3 columns",
            "fields",
        ),
        (
            "--arrivals",
            "arrival,service,duration,window\n08:00,B,4,2\n",
            ":2: window: window 2 does not handle service B",
            "window of service",
        ),
    ];
    for (flag, text, message, what) in cases {
        let file = write(&hall, "bad.csv", text);
        let err = run(hall.cmd().args(["simulate", flag, &file.to_string_lossy()])).fails(2);
        let expected = format!("frontdesk: {}{message}", file.display());
        assert_eq!(err, expected, "{what}");
    }
    let err = run(hall.cmd().args(["simulate", "--policy", "lunch-first"])).fails(2);
    assert_eq!(
        err,
        "frontdesk: Unknown break policy \"lunch-first\"; expected one of finish-current, preempt-resume."
    );
    let missing = hall.data_dir().join("nowhere.csv");
    let err = run(hall
        .cmd()
        .args(["simulate", "--plan", &missing.to_string_lossy()]))
    .fails(2);
    assert!(
        err.starts_with(&format!("frontdesk: {}: ", missing.display())),
        "{err}"
    );
}

#[test]
fn a_hall_without_arrival_rates_says_what_to_do() {
    // The plain fixture hall has no arrivals_per_hour.
    let hall = Hall::at(NOW);
    let err = run(hall.cmd().args(["simulate"])).fails(2);
    assert!(
        err.contains("add arrivals_per_hour") || err.contains("Add arrivals_per_hour"),
        "{err}"
    );
    assert!(err.contains("--arrivals FILE.csv"), "{err}");
    // A replay needs no rates.
    let file = write(&hall, "a.csv", "arrival,service,duration\n09:00,A,4\n");
    let v: Value = serde_json::from_str(
        &run(hall
            .cmd()
            .args(["simulate", "--json", "--arrivals", &file.to_string_lossy()]))
        .ok(),
    )
    .expect("JSON");
    assert_eq!(v["served"]["mean"], 1.0);
}

#[test]
fn yesterdays_served_tickets_export_and_replay() {
    let at = |hm: &str| format!("2026-03-02T{hm}:00+01:00");
    let hall = sim_hall(&at("08:00"));
    run(hall
        .cmd_at(&at("08:00"))
        .args(["window", "open", "--window", "2"]))
    .ok();
    run(hall
        .cmd_at(&at("08:00"))
        .args(["ticket", "issue", "--service", "A", "--count", "2"]))
    .ok();
    run(hall
        .cmd_at(&at("08:01"))
        .args(["ticket", "call", "--window", "2"]))
    .ok();
    run(hall
        .cmd_at(&at("08:05"))
        .args(["ticket", "serve", "--window", "2"]))
    .ok();
    run(hall
        .cmd_at(&at("08:05"))
        .args(["ticket", "call", "--window", "2"]))
    .ok();
    run(hall
        .cmd_at(&at("08:11"))
        .args(["ticket", "no-show", "--window", "2"]))
    .ok();
    let file = hall.data_dir().join("export.csv");
    let out = run(hall.cmd_at(&at("19:00")).args([
        "simulate",
        "--export-arrivals",
        &file.to_string_lossy(),
    ]))
    .ok();
    assert!(
        out.starts_with("1 served ticket of 2026-03-02 written to"),
        "{out}"
    );
    let text = std::fs::read_to_string(&file).expect("export");
    // `--now` starts each process's clock at the given instant and lets it run,
    // so a loaded machine adds the milliseconds between starting and serving:
    // the service is 4 minutes and at most a few seconds more.
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_eq!(rows[0], "arrival,service,duration");
    let cells: Vec<&str> = rows[1].split(',').collect();
    assert_eq!(cells[..2], ["08:00:00", "A"], "{text}");
    let minutes: f64 = cells[2].parse().expect("a duration in minutes");
    assert!((4.0..4.05).contains(&minutes), "{text}");
    let v: Value = serde_json::from_str(
        &run(hall.cmd_at(&at("19:00")).args([
            "simulate",
            "--json",
            "--arrivals",
            &file.to_string_lossy(),
        ]))
        .ok(),
    )
    .expect("JSON");
    assert_eq!(v["served"]["mean"], 1.0);
}

/// The hall's command in another language than the tests' English.
fn in_lang(hall: &Hall, lang: &str) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(common::BIN);
    for (k, v) in hall.env() {
        cmd.env(k, v);
    }
    cmd.env_remove("FRONTDESK_LANG")
        .arg("--data-dir")
        .arg(hall.data_dir())
        .args(["--lang", lang])
        .arg("--config")
        .arg(&hall.config)
        .args(["--now", NOW]);
    cmd
}

#[test]
fn the_report_speaks_the_halls_languages() {
    let hall = sim_hall(NOW);
    let uk = run(in_lang(&hall, "uk").args(["simulate", "--reps", "21"])).ok();
    assert!(uk.contains("21 повторення, зерно 1."), "{uk}");
    assert!(uk.contains("Середнє очікування"), "{uk}");
    assert!(uk.contains(" хв"), "{uk}");
    let uk = run(in_lang(&hall, "uk").args(["simulate", "--reps", "25"])).ok();
    assert!(uk.contains("25 повторень"), "{uk}");
    let ru = run(in_lang(&hall, "ru").args(["simulate", "--reps", "22"])).ok();
    assert!(ru.contains("22 повторения"), "{ru}");
    let hu = run(in_lang(&hall, "hu").args(["simulate", "--reps", "3"])).ok();
    assert!(hu.contains("3 ismétlés"), "{hu}");
    // A decimal comma outside English.
    assert!(
        hu.lines()
            .any(|l| l.contains("Átlagos várakozás") && l.contains(',')),
        "{hu}"
    );
}

#[test]
fn bench_sim_reports_customers_per_second() {
    let hall = Hall::new();
    let out = run(hall.bare().args(["bench", "sim", "--reps", "64"])).ok();
    assert!(out.contains("64 replications"), "{out}");
    assert_eq!(out.matches("M customers/s").count(), 8, "{out}");
    assert!(!out.contains("WARNING"), "{out}");
}
