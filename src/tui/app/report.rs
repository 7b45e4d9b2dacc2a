//! The supervisor's report screen between frames (`frontdesk report
//! --screen`): today's and this week's reports, built from the events read so
//! far and rebuilt as the log grows. Reading the log is the event loop's
//! (`tui::report`); drawing is `render::report`'s.

use crate::domain::{Hall, Instant, Recorded};
use crate::i18n::{Lang, Tr};
use crate::report::facts::{self, Facts};
use crate::report::{
    By, Filter, Input, Period, QUALITY_KINDS, Query, REPORT_KINDS, Report, ReportError, Span,
    build_from, check_filter,
};
use chrono::NaiveDate;

/// What the screen shows and what it was built from.
pub struct ReportScreen {
    pub hall: Hall,
    pub tr: Tr,
    pub filter: Filter,
    pub today: Report,
    pub week: Report,
    pub now: Instant,
    input: Input,
    facts: Facts,
    /// The last event read from the log.
    pub last_seq: u64,
    day: NaiveDate,
}

/// Today's and this week's queries at `now`.
pub fn queries(hall: &Hall, filter: &Filter, now: Instant) -> [Query; 2] {
    let today = now.with_timezone(&hall.tz).date_naive();
    [
        Query {
            period: Period::day(today),
            span: Span::Day,
            by: By::Hall,
            filter: filter.clone(),
            as_of: now,
        },
        Query {
            period: Period::week(today),
            span: Span::Week,
            by: By::Hall,
            filter: filter.clone(),
            as_of: now,
        },
    ]
}

impl ReportScreen {
    /// Builds the screen from what the log gave for [`queries`]; an unknown
    /// window or member of staff in the filter is refused.
    pub fn new(
        hall: Hall,
        tr: Tr,
        filter: Filter,
        input: Input,
        last_seq: u64,
        now: Instant,
    ) -> Result<ReportScreen, ReportError> {
        let mut facts = facts::walk(&hall, &input.events);
        facts.take_in(&input);
        check_filter(&hall, &facts, &filter)?;
        let [d, w] = queries(&hall, &filter, now);
        let today = build_from(&hall, &facts, &input, &d);
        let week = build_from(&hall, &facts, &input, &w);
        Ok(ReportScreen {
            day: d.period.from,
            hall,
            tr,
            filter,
            today,
            week,
            now,
            input,
            facts,
            last_seq,
        })
    }

    /// Takes in what other terminals wrote, and the clock's move. A terminal
    /// whose clock runs a little ahead has its events counted all the same:
    /// the screen's now is never before the newest event it has.
    pub fn add(&mut self, events: Vec<Recorded>, now: Instant) {
        let now = events
            .iter()
            .map(|r| r.at)
            .fold(now.max(self.now), Instant::max);
        if let Some(last) = events.last() {
            self.last_seq = self.last_seq.max(last.seq);
        }
        let (quality, rest): (Vec<Recorded>, Vec<Recorded>) = events
            .into_iter()
            .partition(|r| QUALITY_KINDS.contains(&r.event.kind()));
        let fresh: Vec<Recorded> = rest
            .into_iter()
            .filter(|r| REPORT_KINDS.contains(&r.event.kind()))
            .collect();
        let changed = !fresh.is_empty() || !quality.is_empty();
        self.input.events.extend(fresh);
        self.input.feedback.extend(quality);
        if changed {
            self.facts = facts::walk(&self.hall, &self.input.events);
            self.facts.take_in(&self.input);
        }
        self.now = now;
        let [d, w] = queries(&self.hall, &self.filter, now);
        self.today = build_from(&self.hall, &self.facts, &self.input, &d);
        self.week = build_from(&self.hall, &self.facts, &self.input, &w);
    }

    /// A new day in the hall: the screen must be read afresh.
    pub fn day_changed(&self, now: Instant) -> bool {
        now.with_timezone(&self.hall.tz).date_naive() != self.day
    }

    pub fn next_language(&mut self) {
        self.tr = Tr::new(self.tr.lang().next());
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }
}
