//! Fuzzing on the stable toolchain: every parser a user's file reaches, and
//! the log's event decoder, fed mutations of a committed seed corpus
//! (`tests/fuzz/corpus/<target>/`) and of the inputs that once went wrong
//! (`tests/fuzz/regressions/<target>/`, each kept as a regression test).
//!
//! Coverage-free: bytes and lines are flipped, cut, repeated, spliced from
//! other seeds and salted with tokens parsers trip on. Each input must give
//! a value or a clean error: no panic, no hang, and for a file an error that
//! is one line and points into the file (`file:line:col:`, or `file:line:` for
//! CSV and key scripts) at a place that exists.
//!
//! The ordinary test run gives each target its corpus and a few hundred
//! mutations. A longer run, one target at a time:
//!
//! ```sh
//! FUZZ_SECONDS=300 cargo test --release --test fuzz config -- --nocapture
//! ```
//!
//! `FUZZ_SEED` picks another sequence of mutations. An input that fails is
//! written to `target/fuzz-findings/<target>/` and the test fails naming it;
//! copy it to `tests/fuzz/regressions/<target>/` once it is fixed.

use frontdesk::domain::{Hall, State};
use frontdesk::i18n::Lang;
use frontdesk::phrases::{PhraseArgs, PhraseKey, Phrasebook};
use frontdesk::sim::DayClock;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Mutations per target in the ordinary test run.
const QUICK_RUNS: u64 = 300;
/// One input taking longer than this is a hang.
const HANG: Duration = Duration::from_secs(10);
/// Inputs are kept below this size, as real files of these kinds are.
const MAX_LEN: usize = 64 * 1024;
/// The name errors give the file, so that places can be checked.
const FILE: &str = "input.txt";

/// A small, fast, seeded generator (xorshift64*): the same seed gives the
/// same mutations on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Text parsers trip on: numbers at and past their limits, quotes and
/// brackets, times at the day's edges, control and bidirectional characters,
/// bytes that are not UTF-8, Cyrillic and Hungarian letters.
const TOKENS: &[&[u8]] = &[
    b"-1",
    b"0",
    b"-0",
    b"99999999999999999999",
    b"4294967296",
    b"9223372036854775808",
    b"1e309",
    b"NaN",
    b"nan",
    b"inf",
    b"-inf",
    b"0.0000001",
    b"\"\"",
    b"\"",
    b"'",
    b"[]",
    b"{}",
    b"[[",
    b"]]",
    b" = ",
    b",",
    b",,",
    b":",
    b"#",
    b"\\",
    b"\\u{0}",
    b"\n",
    b"\r\n",
    b"\t",
    b"\0",
    b"\x1b[2J",
    "\u{202e}".as_bytes(),
    "\u{feff}".as_bytes(),
    b"\xff",
    b"\xc3",
    b"\xe1",
    "Каса".as_bytes(),
    "ő".as_bytes(),
    b"00:00",
    b"23:59",
    b"24:00",
    b"12:60",
    b"+999999",
    b"+0",
    b"true",
    b"{ $window }",
    b"{ $minutes ->\n [one] a\n *[other] b\n}",
    b"-> ",
    b"end",
    b"Enter",
    b"F13",
    b"\"type\":",
    b"null",
    b"18446744073709551616",
];

/// One to four mutations of `input`, with `others` to splice from.
fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len();
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                out[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                let bytes = b"\0\xff\x7f\n\"=[]{},:#\\ \xc3\xe1-0";
                out[i] = bytes[rng.below(bytes.len())];
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(32)).min(len);
                out.drain(a..b);
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let chunk = out[a..b].to_vec();
                let at = rng.below(out.len() + 1);
                out.splice(at..at, chunk);
            }
            4 | 5 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                out.splice(at..at, token.iter().copied());
            }
            6 if !others.is_empty() => {
                let other = &others[rng.below(others.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + 1 + rng.below(256)).min(other.len());
                    let at = rng.below(len + 1);
                    out.splice(at..at, other[a..b].iter().copied());
                }
            }
            7 => {
                // Lines: repeat one, drop one, or swap two.
                let mut lines: Vec<Vec<u8>> = out
                    .split_inclusive(|b| *b == b'\n')
                    .map(<[u8]>::to_vec)
                    .collect();
                if !lines.is_empty() {
                    let i = rng.below(lines.len());
                    let j = rng.below(lines.len());
                    match rng.below(3) {
                        0 => {
                            let l = lines[i].clone();
                            lines.insert(j, l);
                        }
                        1 => {
                            lines.remove(i);
                        }
                        _ => lines.swap(i, j),
                    }
                }
                out = lines.concat();
            }
            8 if len > 0 => out.truncate(rng.below(len)),
            _ => {
                // A number in the text replaced by an extreme one.
                if let Some(at) = (0..len)
                    .map(|_| rng.below(len))
                    .find(|&i| out[i].is_ascii_digit())
                {
                    let end = (at..len).find(|&i| !out[i].is_ascii_digit()).unwrap_or(len);
                    let token =
                        [&b"0"[..], b"-1", b"999999999999", b"4294967295", b"1e308"][rng.below(5)];
                    out.splice(at..end, token.iter().copied());
                }
            }
        }
    }
    out.truncate(MAX_LEN);
    out
}

/// What a target makes of one input: fine, or what is wrong with the answer.
type Verdict = Result<(), String>;

/// How an error must point into the file: by line and column, or by line.
#[derive(Copy, Clone)]
enum Place {
    LineCol,
    Line,
}

/// The error is one line, names the file, and its place exists in `input`.
fn placed(input: &[u8], message: &str, place: Place) -> Verdict {
    if message.contains('\n') || message.chars().any(|c| c.is_control()) {
        return Err(format!("not one clean line: {message:?}"));
    }
    let rest = message
        .strip_prefix(&format!("{FILE}:"))
        .ok_or_else(|| format!("does not start with the file's place: {message:?}"))?;
    let mut parts = rest.splitn(3, ':');
    let line: usize = parts
        .next()
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| format!("no line number: {message:?}"))?;
    let text = String::from_utf8_lossy(input);
    let lines: Vec<&str> = text.split('\n').collect();
    if line == 0 || line > lines.len() {
        return Err(format!("line {line} of {}: {message:?}", lines.len()));
    }
    let col = parts.next().and_then(|c| c.parse::<usize>().ok());
    match (place, col) {
        (Place::LineCol, None) => Err(format!("no column: {message:?}")),
        (_, Some(col)) => {
            let width = lines[line - 1].trim_end_matches('\r').chars().count();
            if col == 0 || col > width + 2 {
                Err(format!("column {col} of a line {width} wide: {message:?}"))
            } else {
                Ok(())
            }
        }
        (Place::Line, None) => Ok(()),
    }
}

/// The input as text, or the error a file reader gives for it.
fn text(input: &[u8]) -> Result<String, String> {
    frontdesk::textfile::decode(input.to_vec())
        .map_err(|e| format!("{FILE}:{}:{}: {}", e.line, e.col, e.message))
}

fn config_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    match frontdesk::config::parse(&src, FILE) {
        Ok(c) => {
            // A config that parses gives a hall every screen can count on.
            if c.hall.windows.is_empty() || c.hall.services.is_empty() {
                return Err("a hall without windows or services was accepted".into());
            }
            Ok(())
        }
        Err(e) => placed(input, &e.to_string(), Place::LineCol),
    }
}

fn scenario_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    let playbooks = frontdesk::playbooks::embedded();
    match frontdesk::scenario::parse(&src, FILE, &playbooks) {
        Ok(_) => Ok(()),
        Err(e) => placed(input, &e.to_string(), Place::LineCol),
    }
}

fn playbook_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    match frontdesk::playbooks::parse(&src, FILE) {
        Ok(_) => Ok(()),
        Err(e) => placed(input, &e.to_string(), Place::LineCol),
    }
}

fn phrases_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    let lang = [Lang::En, Lang::Hu, Lang::Ru, Lang::Uk][input.len() % 4];
    match Phrasebook::with_override_text(lang, &src, FILE) {
        Ok(book) => {
            // Whatever the hall wrote, every phrase can be said.
            let args = PhraseArgs {
                window: 2,
                other: Some(1),
                time: "12:30".into(),
                back: "13:00".into(),
                minutes: 21,
                cutoff: "A017".into(),
                ..PhraseArgs::default()
            };
            for key in PhraseKey::ALL {
                let said = book.say(lang, key, &args);
                if said.chars().any(|c| c == '\u{1b}') {
                    return Err(format!("{key:?} says an escape: {said:?}"));
                }
            }
            Ok(())
        }
        Err(e) => placed(input, &e.to_string(), Place::LineCol),
    }
}

fn keys_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    match frontdesk::tui::keyscript::parse(&src, FILE) {
        Ok(_) => Ok(()),
        Err(e) => placed(input, &e.to_string(), Place::Line),
    }
}

/// The hall and day the CSV targets read against: the fixture hall.
fn fixture() -> (Hall, DayClock) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hall.toml");
    let config = frontdesk::config::load(&path).expect("the fixture hall");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 29).expect("a day");
    // The day the clocks go forward in Budapest: 02:30 does not exist.
    let clock = DayClock::for_hall(&config.hall, day).expect("a day clock");
    (config.hall, clock)
}

fn arrivals_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    let (hall, clock) = fixture();
    match frontdesk::cli::simulate::parse_arrivals(&src, FILE, &hall, &clock) {
        Ok(list) => {
            if list
                .iter()
                .any(|a| !a.at.is_finite() || !a.duration.is_finite())
            {
                return Err("an arrival that is not a number was accepted".into());
            }
            Ok(())
        }
        Err(e) => placed(input, e.message(), Place::Line),
    }
}

fn plan_target(input: &[u8]) -> Verdict {
    let src = match text(input) {
        Ok(s) => s,
        Err(e) => return placed(input, &e, Place::LineCol),
    };
    let (hall, clock) = fixture();
    match frontdesk::cli::simulate::parse_plan(&src, FILE, &hall, &clock) {
        Ok(breaks) => {
            if breaks.iter().any(|b| b.end <= b.start) {
                return Err("a break that ends before it starts was accepted".into());
            }
            Ok(())
        }
        Err(e) => placed(input, e.message(), Place::Line),
    }
}

/// Rows of the log, one event body per line: each decoded as a reader does,
/// and folded, and the hall viewed, whatever a damaged or edited log holds.
fn events_target(input: &[u8]) -> Verdict {
    let hall = Hall::sample();
    let mut state = State::new();
    let base = 1_772_438_400_000i64; // 2026-03-02T08:00:00Z
    let mut last = None;
    for (i, line) in input.split(|b| *b == b'\n').enumerate() {
        let body = String::from_utf8_lossy(line).into_owned();
        let at = base + i as i64 * 47_000;
        if let Ok(r) = frontdesk::store::decode_row(i as i64 + 1, at, "fuzz".into(), body) {
            state.apply(r.at, &r.event);
            last = Some(r.at);
        }
    }
    if let Some(now) = last {
        let _ = frontdesk::views::hall::hall_view(&hall, &state, now);
    }
    Ok(())
}

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out
}

/// Runs one input on a thread of its own, so a panic is caught with the
/// input that caused it and a hang is noticed.
fn one(target: fn(&[u8]) -> Verdict, input: &[u8]) -> Verdict {
    let (tx, rx) = mpsc::channel();
    let data = input.to_vec();
    let worker = std::thread::spawn(move || {
        let verdict = catch_unwind(AssertUnwindSafe(|| target(&data))).unwrap_or_else(|p| {
            let what = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("panic: {what}"))
        });
        let _ = tx.send(verdict);
    });
    match rx.recv_timeout(HANG) {
        Ok(v) => {
            let _ = worker.join();
            v
        }
        // The thread is left running; the finding is what matters.
        Err(_) => Err(format!("no answer within {} s", HANG.as_secs())),
    }
}

fn fuzz(name: &str, target: fn(&[u8]) -> Verdict) {
    let seeds = seeds(name);
    assert!(!seeds.is_empty(), "no seeds for {name}");
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_F00D);
    let mut rng = Rng(seed
        ^ name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
        | 1);
    let bodies: Vec<Vec<u8>> = seeds.iter().map(|(_, b)| b.clone()).collect();
    let mut findings: Vec<String> = Vec::new();
    let report = |input: &[u8], why: String, findings: &mut Vec<String>| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/fuzz-findings")
            .join(name);
        let _ = std::fs::create_dir_all(&dir);
        let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
        });
        let file = dir.join(format!("{hash:016x}"));
        let _ = std::fs::write(&file, input);
        if findings.len() < 20 {
            findings.push(format!("{}: {why}", file.display()));
        }
    };
    // The seeds themselves: good files must stay good, bad ones bad in the
    // right way.
    for (path, bytes) in &seeds {
        if let Err(why) = one(target, bytes) {
            findings.push(format!("{}: {why}", path.display()));
        }
    }
    let started = Instant::now();
    let budget = Duration::from_secs(seconds);
    let mut runs = 0u64;
    // Mutants of mutants find what one change cannot; a short chain is kept.
    let mut chain: Vec<u8> = Vec::new();
    while (seconds == 0 && runs < QUICK_RUNS) || (seconds > 0 && started.elapsed() < budget) {
        let base = if !chain.is_empty() && rng.below(3) == 0 {
            chain.clone()
        } else {
            bodies[rng.below(bodies.len())].clone()
        };
        let input = mutate(&mut rng, &base, &bodies);
        runs += 1;
        match one(target, &input) {
            Ok(()) => chain = input,
            Err(why) => report(&input, why, &mut findings),
        }
    }
    eprintln!(
        "fuzz {name}: {} seeds, {runs} mutated inputs in {:.1} s, {} findings",
        seeds.len(),
        started.elapsed().as_secs_f64(),
        findings.len()
    );
    assert!(findings.is_empty(), "{name}:\n{}", findings.join("\n"));
}

#[test]
fn config() {
    fuzz("config", config_target);
}

#[test]
fn scenario() {
    fuzz("scenario", scenario_target);
}

#[test]
fn arrivals() {
    fuzz("arrivals", arrivals_target);
}

#[test]
fn plan() {
    fuzz("plan", plan_target);
}

#[test]
fn playbook() {
    fuzz("playbook", playbook_target);
}

#[test]
fn phrases() {
    fuzz("phrases", phrases_target);
}

#[test]
fn keys() {
    fuzz("keys", keys_target);
}

#[test]
fn events() {
    fuzz("events", events_target);
}
