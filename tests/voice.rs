//! The hall's voice end to end: `frontdesk announce` follows the log while a
//! counter calls three tickets in a quick burst, and espeak-ng writes each
//! announcement to a WAV file (`-w`). Each must be complete (the same length
//! as the same words rendered alone), in the order of the calls, each
//! language in turn, and none may start before the one before it ended.
//! Without espeak-ng on PATH the test says so and passes, except under CI,
//! which installs it.

mod common;

use common::{Hall, HallClock, cli};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const START: &str = "2026-11-25T10:00:00+01:00";

fn have_espeak() -> bool {
    let found = Command::new("espeak-ng")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        // CI installs it (.ci/run): there a missing espeak-ng is a failure.
        assert!(
            std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false"),
            "espeak-ng is not on PATH and CI is set: the voice test cannot run (install espeak-ng)"
        );
        eprintln!("note: espeak-ng is not on PATH; the voice test is skipped");
    }
    found
}

/// The fixture hall speaking English and Ukrainian through `command`.
fn hall_speaking(dir: &Path, command: &str) -> Hall {
    let text = std::fs::read_to_string(common::fixture_config()).expect("fixture");
    let text = text.replace(
        "language = \"en\"",
        &format!(
            "language = \"en\"\n\n[voice]\nlanguages = [\"en\", \"uk\"]\nchime = \"none\"\ncommand = {command}\n"
        ),
    );
    let path = dir.join("hall.toml");
    std::fs::write(&path, text).expect("write config");
    Hall {
        config: path,
        ..Hall::new()
    }
}

/// The sizes a RIFF/WAVE file declares agree with its length: nothing was cut.
fn complete_wav(bytes: &[u8]) -> bool {
    let le = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    bytes.starts_with(b"RIFF")
        && bytes.get(8..12) == Some(b"WAVE")
        && le(4) == Some(bytes.len() - 8)
        && bytes.get(36..40) == Some(b"data")
        && le(40) == Some(bytes.len() - 44)
}

#[test]
fn three_calls_in_a_burst_are_three_complete_announcements_in_order() {
    if !have_espeak() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let out = dir.path().join("said");
    std::fs::create_dir(&out).expect("dir");
    let journal = dir.path().join("journal");
    // Each utterance notes its start and end around espeak-ng writing it.
    let script = format!(
        "echo \"start $1 $2\" >> '{j}'; espeak-ng -v \"$2\" -w '{o}'/\"$1-$2.wav\" \"$3\"; echo \"end $1 $2\" >> '{j}'",
        j = journal.display(),
        o = out.display()
    );
    let command =
        format!("[\"sh\", \"-c\", {script:?}, \"sh\", \"{{seq}}\", \"{{lang}}\", \"{{text}}\"]");
    let hall = hall_speaking(dir.path(), &command);
    let clock = HallClock::new(START);
    for w in ["1", "2", "3"] {
        cli(&hall, &clock, &["window", "open", "--window", w]);
    }
    cli(
        &hall,
        &clock,
        &["ticket", "issue", "--service", "A", "--count", "2"],
    );
    cli(&hall, &clock, &["ticket", "issue", "--service", "B"]);

    let mut announce = hall
        .std_cmd()
        .args(["--now", START, "announce"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("announce runs");
    // It says on standard error that it listens; calls from then on are spoken.
    let mut err = BufReader::new(announce.stderr.take().expect("stderr"));
    let mut first = String::new();
    err.read_line(&mut first).expect("a first line");
    assert!(
        first.starts_with("Speaking the calls of Harbour Street Post Office in en, uk"),
        "{first}"
    );

    // Three windows call at once.
    for w in ["1", "2", "3"] {
        cli(&hall, &clock, &["ticket", "call", "--window", w]);
    }
    let started = Instant::now();
    let ended = |j: &str| j.lines().filter(|l| l.starts_with("end ")).count();
    let mut said = String::new();
    while started.elapsed() < Duration::from_secs(60) {
        said = std::fs::read_to_string(&journal).unwrap_or_default();
        if ended(&said) >= 6 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = announce.kill();
    let printed = announce.wait_with_output().expect("announce output");
    let expected: Vec<String> = (1..=3)
        .flat_map(|n| ["en", "uk"].map(|l| [format!("start {n} {l}"), format!("end {n} {l}")]))
        .flatten()
        .collect();
    assert_eq!(
        said.lines().collect::<Vec<_>>(),
        expected,
        "one after another, none cut off"
    );

    // Standard output names the calls in order, in the first language.
    let stdout = String::from_utf8_lossy(&printed.stdout);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "Ticket A-one, window one.",
            "Ticket A-two, window two.",
            "Ticket B-one, window three.",
        ]
    );
    // Each file is whole, and as long as the same words said alone.
    let words = [
        (
            "1",
            "Ticket A-one, window one.",
            "Талон А один, підійдіть до вікна номер один.",
        ),
        (
            "2",
            "Ticket A-two, window two.",
            "Талон А два, підійдіть до вікна номер два.",
        ),
        (
            "3",
            "Ticket B-one, window three.",
            "Талон Бе один, підійдіть до вікна номер три.",
        ),
    ];
    for (seq, en, uk) in words {
        for (lang, text) in [("en", en), ("uk", uk)] {
            let wav = std::fs::read(out.join(format!("{seq}-{lang}.wav"))).unwrap_or_default();
            assert!(
                complete_wav(&wav),
                "{seq}-{lang}.wav is not a complete WAV file"
            );
            let alone = dir.path().join(format!("alone-{seq}-{lang}.wav"));
            let status = Command::new("espeak-ng")
                .args(["-v", lang, "-w"])
                .arg(&alone)
                .arg(text)
                .stderr(Stdio::null())
                .status()
                .expect("espeak-ng runs");
            assert!(status.success());
            let reference = std::fs::read(&alone).unwrap_or_default();
            assert_eq!(
                wav.len(),
                reference.len(),
                "{seq}-{lang}.wav is not the whole of {text:?}"
            );
            // At espeak-ng's 22 050 16-bit samples a second, over a second of speech.
            assert!(
                wav.len() > 44 + 44_100,
                "{seq}-{lang}.wav is too short to be a sentence"
            );
        }
    }
}

#[test]
fn announce_without_a_speech_program_says_so_and_exits_2() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let hall = Hall::new();
    let mut cmd = hall.cmd();
    // A PATH with no espeak-ng and a config with no [voice] command.
    let run = common::run(cmd.env("PATH", dir.path()).arg("announce"));
    let line = run.fails(2);
    assert_eq!(
        line,
        "frontdesk: Voice is off: no speech program was found (install espeak-ng, or set [voice] command)."
    );
}

/// The board in tmux on `hall`, with `PATH` set for it when given.
fn board(hall: &Hall, path: Option<&Path>) -> common::tmux::Tmux {
    let mut command = common::tmux::pane_command(hall, &format!("--lang en --now {START} board"));
    if let Some(p) = path {
        // `env` is found on the test's own PATH and sets this one for the board.
        let bin = common::tmux::quote(common::BIN);
        command = command.replacen(&bin, &format!("PATH={} {bin}", p.display()), 1);
    }
    common::tmux::Tmux::start("voice", 100, 30, &command)
}

#[test]
fn the_board_speaks_each_call_after_a_chime() {
    if !common::tmux::have_tmux() {
        return;
    }
    let dir = tempfile::TempDir::new().expect("temp dir");
    let said = dir.path().join("said");
    let script = format!("printf '%s|%s\\n' \"$1\" \"$2\" >> '{}'", said.display());
    let command = format!("[\"sh\", \"-c\", {script:?}, \"sh\", \"{{lang}}\", \"{{text}}\"]");
    let hall = hall_speaking(dir.path(), &command);
    // The chime is the terminal's bell here.
    let config = std::fs::read_to_string(&hall.config).expect("config");
    std::fs::write(
        &hall.config,
        config.replace("chime = \"none\"", "chime = \"bell\""),
    )
    .expect("config");
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "2"]);
    cli(&hall, &clock, &["ticket", "issue", "--service", "A"]);
    let tmux = board(&hall, None);
    tmux.wait_for("the board", |s| s.contains("Window 2 open"));
    assert!(!tmux.capture().contains("Voice is off"));
    cli(&hall, &clock, &["ticket", "call", "--window", "2"]);
    cli(&hall, &clock, &["ticket", "recall", "--window", "2"]);
    let start = Instant::now();
    let mut text = String::new();
    while text.lines().count() < 4 && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
        text = std::fs::read_to_string(&said).unwrap_or_default();
    }
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            "en|Ticket A-one, window two.",
            "uk|Талон А один, підійдіть до вікна номер два.",
            "en|Calling again: ticket A-one, window two.",
            "uk|Повторний виклик: талон А один, підійдіть до вікна номер два.",
        ]
    );
    // One chime before each announcement, rung on the board's terminal.
    let bells = || {
        std::fs::read(tmux.output_path())
            .unwrap_or_default()
            .iter()
            .filter(|b| **b == 0x07)
            .count()
    };
    let start = Instant::now();
    while bells() < 2 && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(bells(), 2);
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn without_a_speech_program_the_board_says_once_that_its_voice_is_off() {
    if !common::tmux::have_tmux() {
        return;
    }
    let empty = tempfile::TempDir::new().expect("temp dir");
    let hall = Hall::new();
    let clock = HallClock::new(START);
    cli(&hall, &clock, &["window", "open", "--window", "1"]);
    let tmux = board(&hall, Some(empty.path()));
    let screen = tmux.wait_for("the note", |s| s.contains("Voice is off"));
    assert!(
        screen.contains("Voice is off: no speech program was found (install espeak-ng, or set"),
        "{screen}"
    );
    // The board works on, silently: a call shows.
    cli(&hall, &clock, &["ticket", "issue", "--service", "A"]);
    cli(&hall, &clock, &["ticket", "call", "--window", "1"]);
    tmux.wait_for("the call", |s| {
        s.contains("Now serving") && !s.contains("Ticket numbers appear here")
    });
    assert!(tmux.alive());
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}
