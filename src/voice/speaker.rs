//! The speaker: announcements wait in a queue and a worker thread says each
//! one in full — the chime, then every language in turn — before the next,
//! so a new call never cuts off the one being spoken. Speech goes through a
//! program (espeak-ng by default) with `{text}`, `{lang}` and `{seq}` filled
//! into its arguments; without `{text}` the text goes to its standard input.

use super::{Announcement, text};
use crate::config::Chime;
use crate::i18n::{Lang, Tr};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// An utterance that takes longer than this is taken to have hung: the
/// program is stopped so the hall's calls go on.
const HUNG: Duration = Duration::from_secs(60);

/// How the hall speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Speech {
    pub command: Vec<String>,
    pub chime: Chime,
    pub langs: Vec<Lang>,
}

/// The speech program when the config names none: espeak-ng, if installed.
pub fn default_command() -> Option<Vec<String>> {
    on_path("espeak-ng").then(|| {
        ["espeak-ng", "-v", "{lang}", "{text}"]
            .map(String::from)
            .to_vec()
    })
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let p = dir.join(program);
            std::fs::metadata(&p).is_ok_and(|m| {
                use std::os::unix::fs::PermissionsExt;
                m.is_file() && m.permissions().mode() & 0o111 != 0
            })
        })
    })
}

/// What the worker tells whoever shows the hall.
#[derive(Default)]
struct Shared {
    /// Chimes to ring on the terminal (the screen's own thread writes them).
    bells: AtomicUsize,
    /// Announcements said in full.
    said: AtomicUsize,
    /// The last failure of the speech program, until it works again.
    failure: Mutex<Option<String>>,
}

pub struct Speaker {
    queue: Sender<Announcement>,
    shared: Arc<Shared>,
}

impl Speaker {
    /// Starts the worker thread; it ends when the speaker is dropped.
    pub fn start(speech: Speech) -> Speaker {
        let (tx, rx) = channel();
        let shared = Arc::new(Shared::default());
        let worker = Arc::clone(&shared);
        std::thread::spawn(move || work(speech, rx, worker));
        Speaker { queue: tx, shared }
    }

    /// Queues an announcement behind those not yet said.
    pub fn say(&self, a: Announcement) {
        let _ = self.queue.send(a);
    }

    /// Chimes due on the terminal since the last look.
    pub fn take_bells(&self) -> usize {
        self.shared.bells.swap(0, Ordering::Relaxed)
    }

    pub fn said(&self) -> usize {
        self.shared.said.load(Ordering::Relaxed)
    }

    /// Why the speech program last failed, while it does.
    pub fn failure(&self) -> Option<String> {
        self.shared.failure.lock().ok().and_then(|f| f.clone())
    }
}

fn work(speech: Speech, rx: Receiver<Announcement>, shared: Arc<Shared>) {
    let translators: Vec<Tr> = speech.langs.iter().map(|l| Tr::new(*l)).collect();
    let mut seq: u64 = 0;
    while let Ok(a) = rx.recv() {
        seq += 1;
        match &speech.chime {
            Chime::Bell => {
                shared.bells.fetch_add(1, Ordering::Relaxed);
            }
            Chime::None => {}
            Chime::Command(words) => {
                let _ = run(words, None, &[]);
            }
        }
        let mut failed = None;
        for tr in &translators {
            let said = text(tr, &a);
            let fill = [
                ("{text}", said.as_str()),
                ("{lang}", tr.lang().code()),
                ("{seq}", &seq.to_string()),
            ];
            let stdin = (!speech.command.iter().any(|w| w.contains("{text}"))).then_some(&said);
            if let Err(e) = run(&speech.command, stdin.map(String::as_str), &fill) {
                failed = Some(e);
            }
        }
        if let Ok(mut f) = shared.failure.lock() {
            *f = failed;
        }
        shared.said.fetch_add(1, Ordering::Relaxed);
    }
}

/// Runs one program to its end with the placeholders filled in.
fn run(words: &[String], stdin: Option<&str>, fill: &[(&str, &str)]) -> Result<(), String> {
    let words: Vec<String> = words
        .iter()
        .map(|w| fill.iter().fold(w.clone(), |acc, (k, v)| acc.replace(k, v)))
        .collect();
    let Some((program, args)) = words.split_first() else {
        return Err("no speech program".into());
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        let _ = pipe.write_all(text.as_bytes());
    }
    // The error output is read as it comes, so a chatty program never blocks.
    let err = child.stderr.take().map(|mut e| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut e, &mut s);
            s
        })
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > HUNG => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{program} did not finish within {} seconds",
                    HUNG.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("{program}: {e}")),
        }
    };
    let said = err.and_then(|h| h.join().ok()).unwrap_or_default();
    if status.success() {
        Ok(())
    } else {
        let line = crate::text::clean(said.lines().find(|l| !l.trim().is_empty()).unwrap_or(""));
        let code = status
            .code()
            .map_or_else(|| "a signal".to_string(), |c| c.to_string());
        Err(if line.is_empty() {
            format!("{program} exited with {code}")
        } else {
            format!("{program} exited with {code}: {line}")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WindowId;

    #[test]
    fn announcements_are_said_one_after_another_in_each_language() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let log = dir.path().join("said");
        let script = format!(
            "echo \"start $2 $1\" >> {0}; sleep 0.05; echo \"end $2\" >> {0}",
            log.display()
        );
        let speaker = Speaker::start(Speech {
            command: vec![
                "sh".into(),
                "-c".into(),
                script,
                "sh".into(),
                "{lang}".into(),
                "{seq}".into(),
            ],
            chime: Chime::Bell,
            langs: vec![Lang::En, Lang::Uk],
        });
        for n in 1..=3 {
            speaker.say(Announcement::Call {
                ticket: format!("A00{n}"),
                window: WindowId(1),
            });
        }
        let started = Instant::now();
        while speaker.said() < 3 && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        let expected: Vec<String> = (1..=3)
            .flat_map(|n| ["en", "uk"].map(|l| [format!("start {n} {l}"), format!("end {n}")]))
            .flatten()
            .collect();
        assert_eq!(said.lines().collect::<Vec<_>>(), expected);
        assert_eq!(speaker.take_bells(), 3);
        assert_eq!(speaker.failure(), None);
    }

    #[test]
    fn a_failing_program_is_reported_and_the_queue_goes_on() {
        let speaker = Speaker::start(Speech {
            command: vec!["sh".into(), "-c".into(), "echo broken >&2; exit 3".into()],
            chime: Chime::None,
            langs: vec![Lang::En],
        });
        speaker.say(Announcement::Open {
            window: WindowId(1),
        });
        speaker.say(Announcement::Open {
            window: WindowId(2),
        });
        let started = Instant::now();
        while speaker.said() < 2 && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(speaker.said(), 2);
        assert_eq!(
            speaker.failure().as_deref(),
            Some("sh exited with 3: broken")
        );
    }
}
