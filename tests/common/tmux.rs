//! A private tmux server for the tests that drive the real screens: its own
//! socket (`-L`) and no user config, so a user's tmux is never touched, and it is
//! killed when the test ends, pass or fail.

use super::{BIN, Hall};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a screen may take to show something; generous for a loaded CI box.
pub const PATIENCE: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(50);

/// Whether tmux is here. Without it a developer's run skips the terminal
/// tests and says so; under CI (`CI` set) a missing tmux is a failure, so the
/// tests can never pass by not running.
pub fn have_tmux() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false"),
            "tmux is not on PATH and CI is set: the terminal tests cannot run (install tmux)"
        );
        eprintln!("note: tmux is not on PATH; the terminal tests are skipped");
    }
    found
}

/// Single-quotes a word for the shell tmux runs the pane's command with.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `frontdesk` on `hall` with `args` after it, as a shell command for a tmux
/// pane. The pane's shell inherits the tmux server's environment, so the
/// isolation is spelled out here.
pub fn pane_command(hall: &Hall, args: &str) -> String {
    let mut words = vec!["env".to_string()];
    for k in [
        "FRONTDESK_DATA_DIR",
        "FRONTDESK_CONFIG",
        "FRONTDESK_LANG",
        "FRONTDESK_ORIGIN",
        "FRONTDESK_NOW",
        "NO_COLOR",
    ] {
        words.push(format!("-u {k}"));
    }
    for (k, v) in hall.env() {
        words.push(format!("{k}={}", quote(&v.display().to_string())));
    }
    words.push(quote(BIN));
    words.push(format!(
        "--data-dir {}",
        quote(&hall.data_dir().display().to_string())
    ));
    words.push(format!(
        "--config {}",
        quote(&hall.config.display().to_string())
    ));
    words.push(args.to_string());
    words.join(" ")
}

/// The frontdesk process in the pane: the pane's own process, unless the shell
/// tmux started it with stayed around as its parent.
pub fn frontdesk_pid(pane_pid: &str) -> String {
    let comm = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    if comm(pane_pid) == "frontdesk" {
        return pane_pid.to_string();
    }
    let children = std::fs::read_to_string(format!("/proc/{pane_pid}/task/{pane_pid}/children"))
        .unwrap_or_default();
    children
        .split_whitespace()
        .find(|pid| comm(pid) == "frontdesk")
        .unwrap_or_else(|| panic!("no frontdesk process under pane {pane_pid}"))
        .to_string()
}

/// A private tmux server whose one window runs a frontdesk screen.
pub struct Tmux {
    socket: String,
    /// Holds the copy of everything the program wrote to its terminal.
    dir: tempfile::TempDir,
}

/// The tmux target name of the one window.
const TARGET: &str = "screen";

impl Tmux {
    pub fn start(name: &str, width: u16, height: u16, command: &str) -> Tmux {
        static SERIAL: AtomicUsize = AtomicUsize::new(0);
        let tmux = Tmux {
            socket: format!(
                "frontdesk-test-{}-{}-{name}",
                std::process::id(),
                SERIAL.fetch_add(1, Ordering::Relaxed)
            ),
            dir: tempfile::TempDir::new().expect("temp dir"),
        };
        let copy = format!("cat > {}", quote(&tmux.output_path().display().to_string()));
        // remain-on-exit is set before the window exists, so a pane whose
        // program ends at once is still there to be inspected.
        let out = tmux.tmux(&[
            "start-server",
            ";",
            "set-option",
            "-g",
            "remain-on-exit",
            "on",
            ";",
            "new-session",
            "-d",
            "-s",
            TARGET,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            command,
            ";",
            "pipe-pane",
            "-o",
            "-t",
            TARGET,
            &copy,
        ]);
        assert!(
            out.status.success(),
            "tmux did not start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux")
    }

    pub fn output_path(&self) -> std::path::PathBuf {
        self.dir.path().join("terminal-output")
    }

    pub fn capture(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", TARGET]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A pane property, e.g. `pane_dead`, `alternate_on`, `pane_pid`.
    pub fn pane(&self, name: &str) -> String {
        let format = format!("#{{{name}}}");
        let out = self.tmux(&["display-message", "-p", "-t", TARGET, &format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET];
        args.extend_from_slice(keys);
        let out = self.tmux(&args);
        assert!(out.status.success(), "send-keys {keys:?} failed");
    }

    pub fn resize(&self, width: u16, height: u16) {
        let out = self.tmux(&[
            "resize-window",
            "-t",
            TARGET,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
        assert!(out.status.success(), "resize-window failed");
    }

    pub fn alive(&self) -> bool {
        self.pane("pane_dead") == "0"
    }

    /// Polls the screen until `ok` holds, for at most `limit`; fails with the
    /// last screen otherwise.
    pub fn wait_within(&self, limit: Duration, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > limit {
                panic!(
                    "waited {limit:?} for {what}; alive: {}; the screen shows:\n{screen}",
                    self.alive()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait_within(PATIENCE, what, ok)
    }

    /// Polls until the pane's program has exited.
    pub fn wait_for_exit(&self) {
        let start = Instant::now();
        while self.alive() {
            if start.elapsed() > PATIENCE {
                panic!(
                    "frontdesk did not exit; the screen shows:\n{}",
                    self.capture()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// After the program has gone, the terminal is as it was: the alternate screen
    /// left and the cursor shown again. tmux reports the first itself; the second
    /// is read from what the program wrote (tmux hides the cursor of a dead pane).
    pub fn assert_terminal_restored(&self) {
        assert_eq!(
            self.pane("alternate_on"),
            "0",
            "still on the alternate screen"
        );
        let last = |bytes: &[u8], seq: &[u8]| bytes.windows(seq.len()).rposition(|w| w == seq);
        let start = Instant::now();
        loop {
            let out = std::fs::read(self.output_path()).unwrap_or_default();
            let entered = last(&out, b"\x1b[?1049h");
            let left = last(&out, b"\x1b[?1049l");
            let hidden = last(&out, b"\x1b[?25l");
            let shown = last(&out, b"\x1b[?25h");
            if left > entered && shown > hidden {
                return;
            }
            if start.elapsed() > PATIENCE {
                let tail = &out[out.len().saturating_sub(120)..];
                panic!(
                    "the terminal was not restored (alternate screen left: {}, cursor shown: {}); the last bytes written: {:?}",
                    left > entered,
                    shown > hidden,
                    String::from_utf8_lossy(tail)
                );
            }
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // The socket file outlives the server; it is ours, so it goes too.
        let socket = self.tmux(&["display-message", "-p", "#{socket_path}"]);
        let _ = self.tmux(&["kill-server"]);
        let socket = String::from_utf8_lossy(&socket.stdout).trim().to_string();
        if socket.contains(&self.socket) {
            let _ = std::fs::remove_file(socket);
        }
    }
}
