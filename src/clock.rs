//! The one clock abstraction: the real clock at the counter, or the real clock
//! shifted to a chosen instant for scripted scenarios and tests.

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
