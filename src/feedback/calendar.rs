//! Working days: the hall's time limits for complaints ("acknowledge within 1
//! working day, answer within 5") are counted on the days the office works,
//! in the hall's time zone, so a weekend or a holiday does not eat into them
//! and the night clocks change does not move a deadline by an hour.

use crate::domain::Instant;
use chrono::{Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Weekday};
use chrono_tz::Tz;
use std::collections::BTreeSet;

/// Which days the hall's office works.
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    /// Monday first.
    working: [bool; 7],
    holidays: BTreeSet<NaiveDate>,
}

impl Default for Calendar {
    /// Monday to Friday, no holidays.
    fn default() -> Self {
        Calendar {
            working: [true, true, true, true, true, false, false],
            holidays: BTreeSet::new(),
        }
    }
}

impl Calendar {
    /// A calendar of these weekdays and holidays; with no weekday at all it
    /// would never reach a deadline, so Monday to Friday stand in.
    pub fn new(days: &[Weekday], holidays: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        let mut working = [false; 7];
        for d in days {
            working[d.num_days_from_monday() as usize] = true;
        }
        if !working.contains(&true) {
            working = Calendar::default().working;
        }
        Calendar {
            working,
            holidays: holidays.into_iter().collect(),
        }
    }

    pub fn is_working(&self, day: NaiveDate) -> bool {
        self.working[day.weekday().num_days_from_monday() as usize] && !self.holidays.contains(&day)
    }

    /// The first working day after `day`.
    fn next_working(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        // Seven weekdays and at most a year of holidays in a row.
        for _ in 0..400 {
            d = d.succ_opt().unwrap_or(d);
            if self.is_working(d) {
                return d;
            }
        }
        d
    }

    /// The last day of a time limit of `days` working days for something
    /// received on `day`: the `days`-th working day after it. A limit of 0
    /// means the day itself, or the next working day if it is not one.
    pub fn last_day(&self, day: NaiveDate, days: u32) -> NaiveDate {
        if days == 0 {
            return if self.is_working(day) {
                day
            } else {
                self.next_working(day)
            };
        }
        let mut d = day;
        for _ in 0..days {
            d = self.next_working(d);
        }
        d
    }

    /// When a limit of `days` working days for something received at
    /// `received` runs out: the end of its last day (midnight after it) in the
    /// hall's time zone.
    pub fn deadline(&self, tz: Tz, received: Instant, days: u32) -> Instant {
        let day = received.with_timezone(&tz).date_naive();
        let last = self.last_day(day, days);
        start_of_day(tz, last.succ_opt().unwrap_or(last))
    }

    /// Whole working days from `from` to `to` (the days after `from`'s day up
    /// to and including `to`'s day that are working days): how late something is.
    pub fn working_days_between(&self, tz: Tz, from: Instant, to: Instant) -> u32 {
        let (a, b) = (
            from.with_timezone(&tz).date_naive(),
            to.with_timezone(&tz).date_naive(),
        );
        let mut n = 0;
        let mut d = a;
        while d < b && n < 10_000 {
            d = d.succ_opt().unwrap_or(b);
            if self.is_working(d) {
                n += 1;
            }
        }
        n
    }
}

/// Local midnight of `day` as an instant. Where a zone skips midnight (clocks
/// go forward at 00:00), the first moment that exists that day.
pub fn start_of_day(tz: Tz, day: NaiveDate) -> Instant {
    for minutes in (0..=180).step_by(15) {
        let t = NaiveTime::MIN + Duration::minutes(minutes);
        match tz.from_local_datetime(&day.and_time(t)) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => return x.to_utc(),
            LocalResult::None => continue,
        }
    }
    day.and_time(NaiveTime::MIN).and_utc()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use chrono_tz::Europe::Budapest;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> Instant {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn a_weekend_does_not_count() {
        let cal = Calendar::default();
        // Friday 13 March 2026.
        assert_eq!(cal.last_day(day(2026, 3, 13), 1), day(2026, 3, 16));
        assert_eq!(cal.last_day(day(2026, 3, 13), 5), day(2026, 3, 20));
        // Saturday: the first working day after it is Monday.
        assert_eq!(cal.last_day(day(2026, 3, 14), 1), day(2026, 3, 16));
        assert_eq!(cal.last_day(day(2026, 3, 14), 0), day(2026, 3, 16));
        assert_eq!(cal.last_day(day(2026, 3, 11), 0), day(2026, 3, 11));
    }

    #[test]
    fn holidays_do_not_count() {
        let cal = Calendar::new(
            &[
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            [day(2026, 3, 16)],
        );
        assert_eq!(cal.last_day(day(2026, 3, 13), 1), day(2026, 3, 17));
    }

    #[test]
    fn a_deadline_is_local_midnight_across_the_spring_forward_night() {
        // Budapest moves from CET to CEST in the night to Sunday 29 March 2026.
        let cal = Calendar::default();
        let received = utc(2026, 3, 27, 14, 0); // Friday 15:00 CET
        let due = cal.deadline(Budapest, received, 1);
        // End of Monday 30 March, local: 31 March 00:00 CEST = 30 March 22:00 UTC.
        assert_eq!(due, utc(2026, 3, 30, 22, 0));
        // A week earlier, still in winter time, the same limit ends at 23:00 UTC.
        let due = cal.deadline(Budapest, utc(2026, 3, 20, 14, 0), 1);
        assert_eq!(due, utc(2026, 3, 23, 23, 0));
    }

    #[test]
    fn counting_working_days_late() {
        let cal = Calendar::default();
        // From Friday to the next Tuesday: Monday and Tuesday.
        assert_eq!(
            cal.working_days_between(Budapest, utc(2026, 3, 13, 9, 0), utc(2026, 3, 17, 9, 0)),
            2
        );
        assert_eq!(
            cal.working_days_between(Budapest, utc(2026, 3, 17, 9, 0), utc(2026, 3, 13, 9, 0)),
            0
        );
    }

    #[test]
    fn no_working_day_at_all_falls_back_to_the_week() {
        let cal = Calendar::new(&[], []);
        assert_eq!(cal, Calendar::default());
    }
}
