//! The stretch of days a report covers, the one before it that it is compared
//! with, and where those days begin and end on the time line of the hall's
//! zone (a day is midnight to midnight there, daylight-saving days included).

use crate::domain::{Hall, Instant};
use crate::staffing::local;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use serde::Serialize;

/// How the period was asked for: it decides what "the period before" is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    Day,
    /// Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// Any run of days.
    Range,
}

/// Whole days of the hall, `from` to `to`, both included.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn day(day: NaiveDate) -> Period {
        Period { from: day, to: day }
    }

    /// The week (Monday to Sunday) that holds `day`.
    pub fn week(day: NaiveDate) -> Period {
        let from = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
        Period {
            from,
            to: from + Duration::days(6),
        }
    }

    /// The calendar month that holds `day`.
    pub fn month(day: NaiveDate) -> Period {
        let from = day.with_day(1).unwrap_or(day);
        let next = if from.month() == 12 {
            NaiveDate::from_ymd_opt(from.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(from.year(), from.month() + 1, 1)
        };
        Period {
            from,
            to: next.map_or(from, |n| n - Duration::days(1)),
        }
    }

    /// `from` to `to`; `None` when the range ends before it starts.
    pub fn range(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        (from <= to).then_some(Period { from, to })
    }

    /// How many days the period has.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period a report is compared with: the calendar month before a
    /// month, else the same number of days just before.
    pub fn previous(&self, span: Span) -> Period {
        match span {
            Span::Month => Period::month(self.from - Duration::days(1)),
            _ => {
                let to = self.from - Duration::days(1);
                Period {
                    from: to - Duration::days(self.days() - 1),
                    to,
                }
            }
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// Every day of the period, first to last.
    pub fn each_day(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let from = self.from;
        (0..self.days()).map(move |i| from + Duration::days(i))
    }

    /// Where the period begins: midnight at the start of `from` in the hall.
    pub fn start(&self, hall: &Hall) -> Instant {
        day_start(hall, self.from)
    }

    /// Where it ends: midnight after `to` in the hall.
    pub fn end(&self, hall: &Hall) -> Instant {
        day_start(hall, self.to + Duration::days(1))
    }
}

/// Midnight at the start of a day in the hall's zone (the first instant of the
/// day where a clock change skips midnight).
pub fn day_start(hall: &Hall, day: NaiveDate) -> Instant {
    local(hall, day, NaiveTime::MIN)
}

/// The hall's business day of an instant.
pub fn day_of(hall: &Hall, t: Instant) -> NaiveDate {
    t.with_timezone(&hall.tz).date_naive()
}

/// The day of an instant and where that day ends, remembered for the last
/// day asked about: events come in time order, so a month of them needs a
/// time-zone conversion per day rather than per event.
pub struct Days<'a> {
    hall: &'a Hall,
    last: Option<(Instant, Instant, NaiveDate)>,
}

impl<'a> Days<'a> {
    pub fn new(hall: &'a Hall) -> Days<'a> {
        Days { hall, last: None }
    }

    fn find(&mut self, t: Instant) -> (Instant, Instant, NaiveDate) {
        match self.last {
            Some(d) if d.0 <= t && t < d.1 => d,
            _ => {
                let day = day_of(self.hall, t);
                let d = (
                    day_start(self.hall, day),
                    day_start(self.hall, day + Duration::days(1)),
                    day,
                );
                self.last = Some(d);
                d
            }
        }
    }

    pub fn day(&mut self, t: Instant) -> NaiveDate {
        self.find(t).2
    }

    /// Midnight after `t`'s day.
    pub fn end(&mut self, t: Instant) -> Instant {
        self.find(t).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_months_are_calendar_months() {
        assert_eq!(
            Period::week(d(2026, 11, 25)),
            Period {
                from: d(2026, 11, 23),
                to: d(2026, 11, 29)
            }
        );
        assert_eq!(Period::week(d(2026, 11, 23)).from, d(2026, 11, 23));
        assert_eq!(Period::week(d(2026, 11, 29)).from, d(2026, 11, 23));
        let feb = Period::month(d(2028, 2, 10));
        assert_eq!(
            (feb.from, feb.to, feb.days()),
            (d(2028, 2, 1), d(2028, 2, 29), 29)
        );
        let dec = Period::month(d(2026, 12, 31));
        assert_eq!(dec.to, d(2026, 12, 31));
    }

    #[test]
    fn the_previous_period_has_the_same_length_or_is_the_month_before() {
        let day = Period::day(d(2026, 3, 1));
        assert_eq!(day.previous(Span::Day), Period::day(d(2026, 2, 28)));
        let range = Period::range(d(2026, 3, 10), d(2026, 3, 19)).unwrap_or(day);
        let before = range.previous(Span::Range);
        assert_eq!((before.from, before.to), (d(2026, 2, 28), d(2026, 3, 9)));
        assert_eq!(before.days(), range.days());
        let march = Period::month(d(2026, 3, 5));
        assert_eq!(march.previous(Span::Month), Period::month(d(2026, 2, 1)));
        assert_eq!(
            Period::month(d(2026, 1, 5)).previous(Span::Month).from,
            d(2025, 12, 1)
        );
        assert_eq!(Period::range(d(2026, 3, 2), d(2026, 3, 1)), None);
    }

    #[test]
    fn days_are_midnight_to_midnight_in_the_hall_even_when_clocks_change() {
        let hall = Hall::sample();
        // Budapest springs forward on 29 March 2026: that day has 23 hours.
        let p = Period::day(d(2026, 3, 29));
        assert_eq!((p.end(&hall) - p.start(&hall)).num_hours(), 23);
        let p = Period::day(d(2026, 10, 25));
        assert_eq!((p.end(&hall) - p.start(&hall)).num_hours(), 25);
        assert_eq!(day_of(&hall, p.start(&hall)), d(2026, 10, 25));
    }
}
