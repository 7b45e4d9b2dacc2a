mod common;
use common::{Hall, run};
use frontdesk::report::sample;
use frontdesk::store::Log;

#[test]
fn scratch() {
    let dir = tempfile::TempDir::new().unwrap();
    let cfg = dir.path().join("hall.toml");
    std::fs::write(&cfg, sample::config(280)).unwrap();
    let hall = Hall {
        config: cfg,
        now: Some("2026-04-22T12:00:00+02:00".into()),
        ..Hall::new()
    };
    let h = sample::hall(280);
    let p = sample::Params {
        first_day: chrono::NaiveDate::from_ymd_opt(2026, 3, 23).unwrap(),
        days: 31,
        tickets_per_day: 280,
        every_day: false,
        seed: 7,
    };
    let mut log = Log::open(&hall.log_path(), h.clone()).unwrap();
    for d in sample::generate(&h, &p) {
        if !d.is_empty() {
            log.append_unchecked(d, "gen").unwrap();
        }
    }
    drop(log);
    for args in [
        vec!["report", "--day", "2026-04-21"],
        vec!["report", "--week", "2026-04-14", "--by", "window"],
        vec!["report", "--day", "2026-04-21", "--format", "csv"],
    ] {
        let out = run(hall.cmd().args(&args));
        std::fs::write(
            format!("/tmp/rep/{}.txt", args.join("_")),
            format!("{}\n{}", out.stdout, out.stderr),
        )
        .unwrap();
    }
    for (n, args) in [
        (
            "day",
            vec!["report", "--day", "2026-04-21", "--format", "html"],
        ),
        (
            "month",
            vec!["report", "--month", "2026-04", "--format", "html"],
        ),
        (
            "json",
            vec!["report", "--week", "2026-04-14", "--format", "json"],
        ),
    ] {
        let out = run(hall.cmd().args(&args));
        std::fs::write(format!("/tmp/rep/{n}.html"), out.stdout).unwrap();
    }
    let out = run(hall.cmd().args(["log", "--json", "--limit", "10000000"]));
    std::fs::write("/tmp/rep/log.jsonl", out.stdout).unwrap();
}
