//! Key scripts: a trainee's key presses written down with the instants they
//! come at, so a session runs without a screen and gives the same score every
//! time — a trainer's model answer, or a test's. One step per line:
//!
//! ```text
//! # comments start with #
//! 12:06 s n      at 12:06 on the scenario's clock, press s, then n
//! +3 s           three minutes after the clock's reading, press s
//! 12:16:30 w 1   seconds may be given
//! end            run to the scenario's end
//! ```
//!
//! Keys are single characters (`s`, `1`, `+`) or names: Enter, Esc, Space,
//! Tab, Backspace, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1 to F12.
//! Whatever the script leaves, the session runs on to its end.

use crate::tui::app::trainer::{Control, Trainer, control_for};
use chrono::{Duration, NaiveTime, TimeZone};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct KeyScriptError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// When a step happens.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// A reading of the scenario's clock on its day.
    At(NaiveTime),
    /// Minutes after the clock's reading when the step comes.
    After(Duration),
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub when: When,
    pub keys: Vec<KeyEvent>,
}

pub type KeyScript = Vec<Step>;

/// Reads a key script; `file` names it in errors.
pub fn parse(src: &str, file: &str) -> Result<KeyScript, KeyScriptError> {
    let mut steps = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let err = |message: String| KeyScriptError {
            file: file.to_string(),
            line: i + 1,
            message: crate::tomlfile::one_line(&message),
        };
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or("");
        let when = if first.eq_ignore_ascii_case("end") {
            When::End
        } else if let Some(m) = first.strip_prefix('+') {
            let minutes: f64 = m
                .parse()
                .ok()
                .filter(|m: &f64| m.is_finite() && *m >= 0.0 && *m <= 24.0 * 60.0)
                .ok_or_else(|| err(format!("expected minutes after +, got {first:?}")))?;
            When::After(Duration::seconds((minutes * 60.0).round() as i64))
        } else {
            let t = NaiveTime::parse_from_str(first, "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(first, "%H:%M"))
                .map_err(|_| {
                    err(format!(
                        "expected a time (HH:MM), +MINUTES or end at the start of the line, got {first:?}"
                    ))
                })?;
            When::At(t)
        };
        let mut keys = Vec::new();
        for w in words {
            keys.push(key(w).ok_or_else(|| err(format!("unknown key {w:?}")))?);
        }
        if when == When::End && !keys.is_empty() {
            return Err(err("nothing can follow end".into()));
        }
        steps.push(Step { when, keys });
    }
    Ok(steps)
}

/// A key by its name in a script.
pub fn key(name: &str) -> Option<KeyEvent> {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Space" => KeyCode::Char(' '),
        "Tab" => KeyCode::Tab,
        "Backspace" => KeyCode::Backspace,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        _ => {
            let mut chars = name.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => {
                    let n: u8 = name.strip_prefix('F')?.parse().ok()?;
                    if !(1..=12).contains(&n) {
                        return None;
                    }
                    KeyCode::F(n)
                }
            }
        }
    };
    Some(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Plays a script on a trainer: the clock runs to each step's instant with
/// everything scripted on the way, then the keys are pressed in order. The
/// session then runs to its end, which gives the score and the debrief.
pub fn play(trainer: &mut Trainer, script: &KeyScript) {
    for step in script {
        if trainer.debrief() {
            break;
        }
        let sc = trainer.session.scenario();
        let target = match &step.when {
            When::End => sc.end,
            When::After(d) => trainer.session.now() + *d,
            When::At(t) => {
                let tz = sc.config.hall.tz;
                match tz.from_local_datetime(&sc.day.and_time(*t)).earliest() {
                    Some(local) => local.to_utc(),
                    None => continue,
                }
            }
        };
        trainer.run_until(target);
        for k in &step.keys {
            if let Some(c) = control_for(*k, trainer) {
                // A script never leaves a session half-way: it plays to the end.
                if c != Control::Quit {
                    trainer.update(c);
                }
            }
        }
    }
    let end = trainer.session.scenario().end;
    trainer.run_until(end);
    trainer.session.finish();
    trainer.refresh();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_read_as_written() {
        let script = parse(
            "# model answer\n12:06 s n\n+2.5 Enter F4\n\nend\n",
            "x.keys",
        );
        let script = script.map_err(|e| e.to_string());
        let Ok(script) = script else {
            panic!("{script:?}");
        };
        assert_eq!(script.len(), 3);
        assert_eq!(
            script[0].when,
            When::At(NaiveTime::from_hms_opt(12, 6, 0).unwrap_or_default())
        );
        assert_eq!(script[0].keys.len(), 2);
        assert_eq!(script[1].when, When::After(Duration::seconds(150)));
        assert_eq!(script[1].keys[1].code, KeyCode::F(4));
        assert_eq!(script[2].when, When::End);
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = parse("12:06 s\n12:61 s\n", "run.keys").map_err(|e| e.to_string());
        assert_eq!(
            e.err().as_deref(),
            Some(
                "run.keys:2: expected a time (HH:MM), +MINUTES or end at the start of the line, got \"12:61\""
            )
        );
        let e = parse("12:06 Shift\n", "run.keys").map_err(|e| e.to_string());
        assert_eq!(
            e.err().as_deref(),
            Some("run.keys:1: unknown key \"Shift\"")
        );
        let e = parse("end s\n", "run.keys").map_err(|e| e.to_string());
        assert_eq!(
            e.err().as_deref(),
            Some("run.keys:1: nothing can follow end")
        );
    }
}
