//! The report's quality figures against a recomputation from
//! `frontdesk log --json`: three weeks of a busy hall with its quality record
//! (ratings, complaints by word and by letter, praise, questions, answers on
//! time, late and never, weekly mystery-shopper visits and a shopper's test
//! complaint), reported for periods and groupings of several kinds. Feedback
//! is put down to the window it names and to whoever sat there then; the
//! time limits (1 working day to acknowledge, 5 to answer, Monday to Friday)
//! are counted here with their own code.

mod common;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use common::{Hall, run};
use frontdesk::report::sample;
use frontdesk::store::Log;
use serde_json::{Value, json};
use std::collections::BTreeMap;

type T = DateTime<Utc>;

const TICKETS: u32 = 280;
const DAYS: u32 = 21;
const NOW: &str = "2026-04-22T12:00:00+02:00";

fn tz() -> Tz {
    chrono_tz::Europe::Budapest
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 30).unwrap_or_default()
}

fn busy_hall(dir: &std::path::Path) -> Hall {
    let config = dir.join("hall.toml");
    std::fs::write(&config, sample::config(TICKETS)).expect("config");
    let hall = Hall {
        config,
        now: Some(NOW.into()),
        ..Hall::new()
    };
    let spec = sample::hall(TICKETS);
    let params = sample::Params {
        first_day: first_day(),
        days: DAYS,
        tickets_per_day: TICKETS,
        every_day: false,
        seed: 15,
    };
    let days = sample::quality::add(&spec, &params, sample::generate(&spec, &params));
    let mut log = Log::open(&hall.log_path(), spec).expect("log");
    for day in days {
        if !day.is_empty() {
            log.append_unchecked(day, "history").expect("append");
        }
    }
    hall
}

fn time(v: &Value) -> T {
    v.as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| panic!("not a time: {v}"))
}

/// A feedback entry as the log tells it.
#[derive(Debug, Default)]
struct Entry {
    kind: String,
    channel: String,
    recorded: Option<T>,
    received: Option<T>,
    window: Option<u64>,
    staff: Option<String>,
    acknowledged: Option<T>,
    answered: Option<T>,
    closed: Option<T>,
}

#[derive(Debug)]
struct Rated {
    at: T,
    window: u64,
    staff: Option<String>,
    score: u64,
}

#[derive(Debug)]
struct Visit {
    visited: T,
    window: Option<u64>,
    staff: Option<String>,
    got: u64,
    max: u64,
}

/// A window's opening: from, until (none while open), and who sat there.
type Opening = (T, Option<T>, Option<String>);

/// Everything the quality figures are made of.
#[derive(Default)]
struct World {
    /// Per window: each opening.
    staffed: BTreeMap<u64, Vec<Opening>>,
    entries: BTreeMap<u64, Entry>,
    ratings: Vec<Rated>,
    visits: Vec<Visit>,
}

impl World {
    fn read(events: &[Value]) -> World {
        let mut w = World::default();
        for r in events {
            let at = time(&r["at"]);
            let e = &r["event"];
            let id = || e["entry"].as_u64().expect("entry");
            match e["type"].as_str().unwrap_or("") {
                "window_opened" => {
                    let win = e["window"].as_u64().expect("window");
                    let staff = e["staff"].as_str().map(str::to_string);
                    w.staffed.entry(win).or_default().push((at, None, staff));
                }
                "window_closed" => {
                    let win = e["window"].as_u64().expect("window");
                    if let Some(last) = w.staffed.entry(win).or_default().last_mut()
                        && last.1.is_none()
                    {
                        last.1 = Some(at);
                    }
                }
                "feedback_recorded" => {
                    let links = &e["links"];
                    w.entries.insert(
                        id(),
                        Entry {
                            kind: e["kind"].as_str().unwrap_or("").into(),
                            channel: e["channel"].as_str().unwrap_or("").into(),
                            recorded: Some(at),
                            received: Some(time(&e["received"])),
                            window: links["window"].as_u64(),
                            staff: links["staff"].as_str().map(str::to_string),
                            ..Entry::default()
                        },
                    );
                }
                "feedback_acknowledged" => {
                    w.entries.entry(id()).or_default().acknowledged = Some(at);
                }
                "feedback_answered" => {
                    let en = w.entries.entry(id()).or_default();
                    en.answered = Some(at);
                    // An answer acknowledges too.
                    en.acknowledged.get_or_insert(at);
                }
                "feedback_closed" => w.entries.entry(id()).or_default().closed = Some(at),
                "feedback_reopened" => panic!("the sample weeks reopen nothing"),
                "customer_rated" => w.ratings.push(Rated {
                    at,
                    window: e["window"].as_u64().expect("window"),
                    staff: e["staff"].as_str().map(str::to_string),
                    score: e["score"].as_u64().expect("score"),
                }),
                "audit_recorded" => {
                    let (mut got, mut max) = (0, 0);
                    for m in e["marks"].as_array().expect("marks") {
                        let weight = m["weight"].as_u64().expect("weight");
                        match m["mark"].as_str() {
                            Some("yes") => {
                                got += weight;
                                max += weight;
                            }
                            Some("no") => max += weight,
                            _ => {}
                        }
                    }
                    w.visits.push(Visit {
                        visited: time(&e["visited"]),
                        window: e["window"].as_u64(),
                        staff: e["staff"].as_str().map(str::to_string),
                        got,
                        max,
                    });
                }
                _ => {}
            }
        }
        w
    }

    fn staff_at(&self, window: u64, at: T) -> Option<String> {
        self.staffed
            .get(&window)?
            .iter()
            .rev()
            .find(|(from, to, _)| *from <= at && to.is_none_or(|to| at < to))
            .and_then(|(_, _, s)| s.clone())
    }
}

/// The end (local midnight after) of the `days`-th working day after the
/// day of `t`, Monday to Friday.
fn deadline(t: T, days: u32) -> T {
    let mut d = t.with_timezone(&tz()).date_naive();
    let mut n = 0;
    while n < days {
        d += Duration::days(1);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
    }
    let next = d + Duration::days(1);
    tz().from_local_datetime(&next.and_hms_opt(0, 0, 0).unwrap_or_default())
        .single()
        .expect("midnight")
        .with_timezone(&Utc)
}

fn local_midnight(d: NaiveDate) -> T {
    tz().from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
        .single()
        .expect("midnight")
        .with_timezone(&Utc)
}

/// One period as the report JSON describes it.
struct Scope {
    start: T,
    until: T,
    by: String,
    window: Option<u64>,
}

impl Scope {
    fn of(period: &Value, as_of: T, by: &str, window: Option<u64>) -> Scope {
        let day = |v: &Value| {
            v.as_str()
                .and_then(|s| s.parse::<NaiveDate>().ok())
                .expect("day")
        };
        let from = day(&period["from"]);
        let to = day(&period["to"]);
        Scope {
            start: local_midnight(from),
            until: local_midnight(to + Duration::days(1)).min(as_of),
            by: by.into(),
            window,
        }
    }

    fn holds(&self, t: T) -> bool {
        self.start <= t && t < self.until
    }

    /// The group a thing about `window` and `staff` counts in; none when the
    /// report's window filter leaves it out.
    fn key(&self, window: Option<u64>, staff: Option<String>) -> Option<String> {
        if self.window.is_some() && window != self.window {
            return None;
        }
        Some(match self.by.as_str() {
            "window" => window.map_or("none".into(), |w| w.to_string()),
            "staff" => staff.unwrap_or_else(|| "none".into()),
            _ => "all".into(),
        })
    }
}

#[derive(Default, Clone)]
struct Tally {
    complaints: u64,
    compliments: u64,
    suggestions: u64,
    questions: u64,
    ratings: u64,
    rating_total: u64,
    low: u64,
    overdue: u64,
}

fn ratio(a: u64, b: u64, k: f64) -> Value {
    if b == 0 {
        Value::Null
    } else {
        json!(a as f64 * k / b as f64)
    }
}

fn feedback_json(t: &Tally, served: u64) -> Value {
    json!({
        "complaints": t.complaints,
        "compliments": t.compliments,
        "suggestions": t.suggestions,
        "questions": t.questions,
        "served": served,
        "praise_per_complaint": ratio(t.compliments, t.complaints, 1.0),
        "complaints_per_thousand": ratio(t.complaints, served, 1000.0),
        "ratings": t.ratings,
        "average_rating": ratio(t.rating_total, t.ratings, 1.0),
        "low_ratings": t.low,
        "overdue": t.overdue,
    })
}

/// The feedback figures of `s`; `customers` is the report's own customer
/// figures of the period (their Served is what complaints are set against,
/// and is recomputed by the report's main recomputation test).
fn feedback(w: &World, s: &Scope, customers: &Value) -> Value {
    let mut total = Tally::default();
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    let mut add = |key: Option<String>, f: &dyn Fn(&mut Tally)| {
        if let Some(key) = key {
            f(&mut total);
            if key != "all" {
                f(groups.entry(key).or_default());
            }
        }
    };
    let about = |e: &Entry| {
        let received = e.received.expect("received");
        let staff = e
            .staff
            .clone()
            .or_else(|| e.window.and_then(|win| w.staff_at(win, received)));
        s.key(e.window, staff)
    };
    for e in w.entries.values() {
        let recorded = e.recorded.expect("recorded");
        if e.channel == "mystery-shopper" || recorded >= s.until {
            continue;
        }
        let received = e.received.expect("received");
        if s.holds(received) {
            let kind = e.kind.clone();
            add(about(e), &move |t: &mut Tally| match kind.as_str() {
                "complaint" => t.complaints += 1,
                "compliment" => t.compliments += 1,
                "suggestion" => t.suggestions += 1,
                "question" => t.questions += 1,
                other => panic!("kind {other}"),
            });
        }
        // Late at the period's end: a complaint or question still owing its
        // acknowledgement or its answer past the time limit.
        if !matches!(e.kind.as_str(), "complaint" | "question") {
            continue;
        }
        let before = |x: Option<T>| x.is_some_and(|x| x < s.until);
        if before(e.closed) {
            continue;
        }
        let due = if !before(e.acknowledged) {
            Some(deadline(received, 1))
        } else if !before(e.answered) {
            Some(deadline(received, 5))
        } else {
            None
        };
        if due.is_some_and(|d| s.until >= d) {
            add(about(e), &|t: &mut Tally| t.overdue += 1);
        }
    }
    for r in w.ratings.iter().filter(|r| s.holds(r.at)) {
        let staff = r.staff.clone().or_else(|| w.staff_at(r.window, r.at));
        let score = r.score;
        add(s.key(Some(r.window), staff), &move |t: &mut Tally| {
            t.ratings += 1;
            t.rating_total += score;
            if score <= 2 {
                t.low += 1;
            }
        });
    }
    let served_of = |key: &str| {
        customers["groups"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|g| g["key"] == key)
            .and_then(|g| g["served"].as_u64())
            .unwrap_or(0)
    };
    if s.by != "hall" {
        for g in customers["groups"].as_array().into_iter().flatten() {
            if g["served"].as_u64().unwrap_or(0) > 0 {
                groups
                    .entry(g["key"].as_str().expect("key").into())
                    .or_default();
            }
        }
    }
    let total_served = customers["total"]["served"].as_u64().expect("served");
    json!({
        "total": feedback_json(&total, total_served),
        "groups": groups
            .iter()
            .map(|(k, t)| {
                let mut v = feedback_json(t, served_of(k));
                v["key"] = json!(k);
                v
            })
            .collect::<Vec<_>>(),
    })
}

fn audits(w: &World, s: &Scope) -> Value {
    let mut all: Vec<f64> = Vec::new();
    let mut groups: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut visits: BTreeMap<String, u64> = BTreeMap::new();
    let mut total_visits = 0;
    for v in w.visits.iter().filter(|v| s.holds(v.visited)) {
        let staff = v
            .staff
            .clone()
            .or_else(|| v.window.and_then(|win| w.staff_at(win, v.visited)));
        let Some(key) = s.key(v.window, staff) else {
            continue;
        };
        total_visits += 1;
        *visits.entry(key.clone()).or_default() += 1;
        let scores = groups.entry(key).or_default();
        if v.max > 0 {
            let x = v.got as f64 / v.max as f64;
            all.push(x);
            scores.push(x);
        }
    }
    let fig = |n: u64, xs: &[f64]| {
        json!({
            "visits": n,
            "mean_score": if xs.is_empty() { Value::Null } else { json!(xs.iter().sum::<f64>() / xs.len() as f64) },
            "lowest_score": xs.iter().copied().reduce(f64::min),
        })
    };
    json!({
        "total": fig(total_visits, &all),
        "groups": groups
            .iter()
            .filter(|(k, _)| k.as_str() != "all")
            .map(|(k, xs)| {
                let mut v = fig(visits[k], xs);
                v["key"] = json!(k);
                v
            })
            .collect::<Vec<_>>(),
    })
}

/// Within 1e-9 relative: the figures are worked out the same way, only
/// summed in another order.
fn same(path: &str, got: &Value, want: &Value, errors: &mut Vec<String>) {
    common::json::same(path, got, want, 1e-9, errors);
}

#[test]
fn quality_figures_equal_a_recomputation_from_the_log() {
    let dir = tempfile::tempdir().expect("dir");
    let hall = busy_hall(dir.path());
    let world = World::read(&hall.events());
    // The weeks hold what the figures are about.
    let mut kinds: BTreeMap<&str, u64> = BTreeMap::new();
    for e in world.entries.values() {
        *kinds.entry(e.kind.as_str()).or_default() += 1;
    }
    assert!(
        kinds.get("complaint").copied().unwrap_or(0) >= 20,
        "{kinds:?}"
    );
    assert!(
        kinds.get("compliment").copied().unwrap_or(0) >= 20,
        "{kinds:?}"
    );
    assert!(
        world
            .entries
            .values()
            .any(|e| e.channel == "mystery-shopper")
    );
    assert!(world.entries.values().any(|e| e.channel == "writing"));
    assert!(world.ratings.len() > 300, "{} ratings", world.ratings.len());
    assert!(world.visits.len() >= 3, "{} visits", world.visits.len());

    let as_of = time(&json!(NOW));
    let queries: [(&[&str], &str, Option<u64>); 6] = [
        (&["--week", "2026-04-06", "--by", "window"], "window", None),
        (&["--month", "2026-04", "--by", "staff"], "staff", None),
        (
            &["--from", "2026-03-30", "--to", "2026-04-19"],
            "hall",
            None,
        ),
        (
            &["--week", "2026-04-13", "--window", "2", "--by", "staff"],
            "staff",
            Some(2),
        ),
        (&["--day", "2026-04-08", "--by", "window"], "window", None),
        (&["--day", "2026-04-21"], "hall", None),
    ];
    let mut overdue_seen = 0;
    for (args, by, window) in queries {
        let out = run(hall
            .cmd()
            .arg("report")
            .args(args)
            .args(["--format", "json"]));
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let r: Value = serde_json::from_str(&out.stdout).expect("report JSON");
        let mut errors = Vec::new();
        for (fig, period) in [
            ("figures", "period"),
            ("previous_figures", "previous_period"),
        ] {
            let s = Scope::of(&r[period], as_of, by, window);
            let q = &r[fig]["quality"];
            same(
                &format!("{fig}.quality.feedback"),
                &q["feedback"],
                &feedback(&world, &s, &r[fig]["customers"]),
                &mut errors,
            );
            same(
                &format!("{fig}.quality.audits"),
                &q["audits"],
                &audits(&world, &s),
                &mut errors,
            );
            overdue_seen += q["feedback"]["total"]["overdue"].as_u64().unwrap_or(0);
        }
        assert!(errors.is_empty(), "{args:?}:\n{}", errors.join("\n"));
        assert!(!out.stdout.contains("NaN") && !out.stdout.contains("inf"));
    }
    assert!(
        overdue_seen > 0,
        "some complaint is late at some period's end"
    );
}

#[test]
fn the_quality_tables_are_in_every_format_and_language() {
    let dir = tempfile::tempdir().expect("dir");
    let hall = busy_hall(dir.path());
    let csv = run(hall.cmd().args([
        "report",
        "--week",
        "2026-04-13",
        "--by",
        "window",
        "--format",
        "csv",
        "--table",
        "feedback",
    ]));
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let head = csv.stdout.lines().next().unwrap_or("");
    for col in [
        "complaints",
        "compliments",
        "praise_per_complaint",
        "complaints_per_1000",
        "overdue",
    ] {
        assert!(head.contains(col), "{head}");
    }
    for (lang, title) in [
        ("en", "What customers said"),
        ("hu", "Ügyfél-visszajelzések"),
        ("ru", "Отзывы клиентов"),
        ("uk", "Відгуки клієнтів"),
    ] {
        let out = run(hall.cmd_in(lang).args(["report", "--week", "2026-04-13"]));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.contains(title), "{lang}: {}", out.stdout);
    }
    // The quality section of a week by window, as the terminal shows it.
    let text = run(hall
        .cmd()
        .args(["report", "--week", "2026-04-13", "--by", "window"]));
    assert_eq!(text.code, 0, "{}", text.stderr);
    let from = text
        .stdout
        .find("What customers said")
        .expect("the quality section");
    let to = text.stdout[from..]
        .find("Training sessions")
        .map_or(text.stdout.len(), |i| from + i);
    insta::assert_snapshot!("quality_week_by_window", &text.stdout[from..to]);
    let md = run(hall
        .cmd()
        .args(["report", "--week", "2026-04-13", "--format", "md"]));
    assert!(
        md.stdout.contains("Mystery shopper visits"),
        "{}",
        md.stdout
    );
}
