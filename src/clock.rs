//! The one clock abstraction: the real clock at the counter, or the real clock
//! shifted to a chosen instant for scripted scenarios and tests; and the
//! simulated clock a trainer runs, pauses, steps and speeds up.

use crate::domain::Instant;
use chrono::{DateTime, Duration, Utc};

#[derive(Copy, Clone, Debug)]
pub struct Clock {
    offset: Duration,
}

impl Clock {
    pub fn system() -> Clock {
        Clock {
            offset: Duration::zero(),
        }
    }

    /// A clock that reads `start` now and then runs at the normal pace.
    pub fn starting_at(start: Instant) -> Clock {
        Clock {
            offset: start - Utc::now(),
        }
    }

    /// Parses an RFC 3339 instant for `--now`.
    pub fn parse_start(text: &str) -> Option<Instant> {
        DateTime::parse_from_rfc3339(text.trim())
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    pub fn now(&self) -> Instant {
        Utc::now() + self.offset
    }
}

/// The speeds a trainer picks from with one key each way.
pub const SPEEDS: [u32; 7] = [1, 2, 5, 10, 20, 30, 60];

/// A clock the trainer controls: it stands still while paused, moves by steps,
/// and otherwise runs at ×1 to ×60 of the real time the caller says has passed.
/// It never reads the real clock itself, so a session driven by a script of
/// instants and keys is the same on every run.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct SimClock {
    now: Instant,
    speed: u32,
    paused: bool,
}

impl SimClock {
    /// A running clock at `start`; the speed is kept between ×1 and ×60.
    pub fn new(start: Instant, speed: u32) -> SimClock {
        SimClock {
            now: start,
            speed: speed.clamp(1, 60),
            paused: false,
        }
    }

    pub fn now(&self) -> Instant {
        self.now
    }

    pub fn speed(&self) -> u32 {
        self.speed
    }

    pub fn paused(&self) -> bool {
        self.paused
    }

    /// Any speed from ×1 to ×60, as a command line may ask for.
    pub fn set_speed(&mut self, speed: u32) {
        self.speed = speed.clamp(1, 60);
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
    }

    pub fn toggle_pause(&mut self) {
        self.paused = !self.paused;
    }

    /// The next speed up the ladder of [`SPEEDS`], or the top one.
    pub fn faster(&mut self) {
        self.speed = SPEEDS
            .iter()
            .copied()
            .find(|s| *s > self.speed)
            .unwrap_or(60);
    }

    /// The next speed down the ladder, or ×1.
    pub fn slower(&mut self) {
        self.speed = SPEEDS
            .iter()
            .rev()
            .copied()
            .find(|s| *s < self.speed)
            .unwrap_or(1);
    }

    /// Where the clock would be after `real` time passes at its speed; a paused
    /// clock stays where it is.
    pub fn after(&self, real: std::time::Duration) -> Instant {
        if self.paused {
            return self.now;
        }
        let ms = real.as_millis().min(i64::MAX as u128) as i64;
        self.now + Duration::milliseconds(ms.saturating_mul(i64::from(self.speed)))
    }

    /// Moves the clock to an instant: the trainer's step, the session catching
    /// up, or the system clock of a scripted incident jumping either way.
    pub fn set(&mut self, to: Instant) {
        self.now = to;
    }
}

/// An instant in the hall's zone as RFC 3339, seconds precision: how every read
/// model's JSON writes times.
pub fn ser_time<S: serde::Serializer>(
    t: &chrono::DateTime<chrono_tz::Tz>,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t0() -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, 11, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn runs_at_its_speed_and_stands_still_when_paused() {
        let mut c = SimClock::new(t0(), 10);
        let second = std::time::Duration::from_secs(1);
        assert_eq!(c.after(second), t0() + Duration::seconds(10));
        c.toggle_pause();
        assert_eq!(c.after(second), t0());
        c.toggle_pause();
        c.set(c.after(second * 6));
        assert_eq!(c.now(), t0() + Duration::minutes(1));
    }

    #[test]
    fn speeds_stay_between_one_and_sixty() {
        let mut c = SimClock::new(t0(), 500);
        assert_eq!(c.speed(), 60);
        c.faster();
        assert_eq!(c.speed(), 60);
        let mut seen = vec![c.speed()];
        for _ in 0..10 {
            c.slower();
            seen.push(c.speed());
        }
        assert_eq!(seen[..7], [60, 30, 20, 10, 5, 2, 1]);
        assert_eq!(c.speed(), 1);
        c.faster();
        assert_eq!(c.speed(), 2);
        assert_eq!(SimClock::new(t0(), 0).speed(), 1);
        assert_eq!(SimClock::new(t0(), 7).speed(), 7);
    }
}
