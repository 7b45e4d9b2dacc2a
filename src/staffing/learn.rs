//! Learning a day's demand from the event log: arrivals per interval from the
//! tickets issued on the same weekday in past weeks, and mean service times from
//! the services recorded then. Where the log knows too little, the config's
//! profile stands.

use super::{Demand, Source, local};
use crate::domain::{Event, Hall, Instant, Recorded, ServiceCode, ServiceTime, TicketId};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashMap;

/// Past days with tickets needed before the log's arrivals replace the config's:
/// one day could be a holiday or a storm.
pub const MIN_DAYS: u32 = 2;

/// Served tickets of a service needed before the log's mean service time
/// replaces the config's.
pub const MIN_SERVICES: usize = 20;

/// What the log says about past days: the ticket events in the days that matter.
#[derive(Clone, Debug, Default)]
pub struct History {
    pub events: Vec<Recorded>,
}

impl History {
    /// The past days a forecast for `day` learns from: the same weekday in each
    /// of the configured past weeks, earliest first.
    pub fn days(hall: &Hall, day: NaiveDate) -> Vec<NaiveDate> {
        (1..=i64::from(hall.forecast.history_weeks))
            .rev()
            .filter_map(|w| day.checked_sub_signed(Duration::weeks(w)))
            .collect()
    }

    /// The stretch of time the log must be read for: from the first past day's
    /// opening to the last one's closing.
    pub fn span(hall: &Hall, day: NaiveDate) -> Option<(Instant, Instant)> {
        let days = History::days(hall, day);
        let first = days.first()?;
        let last = days.last()?;
        Some((
            local(hall, *first, hall.hours.open),
            local(hall, *last, hall.hours.close),
        ))
    }
}

/// The day's demand: learned where the log has enough, the config's elsewhere.
pub fn learn(hall: &Hall, day: NaiveDate, history: &History) -> Demand {
    learn_from(hall, day, &history.events.iter().collect::<Vec<_>>())
}

/// [`learn`] from events the caller already holds, in log order: a report
/// learning for each of a month's days reads each past day several times.
pub fn learn_from(hall: &Hall, day: NaiveDate, events: &[&Recorded]) -> Demand {
    let mut demand = Demand::from_config(hall, day);
    let days = History::days(hall, day);
    if days.is_empty() || events.is_empty() {
        return demand;
    }
    let lengths: Vec<f64> = demand
        .intervals()
        .iter()
        .map(|(a, b)| (*b - *a).num_minutes().max(1) as f64)
        .collect();
    let slots = lengths.len();
    let interval_minutes = demand.interval.num_minutes().max(1) as f64;
    // Per day: tickets per service per interval.
    let mut counts: HashMap<ServiceCode, Vec<f64>> = HashMap::new();
    let opens: Vec<(NaiveDate, Instant, Instant)> = days
        .iter()
        .map(|d| {
            (
                *d,
                local(hall, *d, hall.hours.open),
                local(hall, *d, hall.hours.close),
            )
        })
        .collect();
    let mut seen_day = vec![false; opens.len()];
    // Service times: the queue a ticket is in and when it was last called.
    let mut tickets: HashMap<TicketId, (ServiceCode, Option<Instant>)> = HashMap::new();
    // Served visits per service: how many, their sum and sum of squares.
    let mut durations: HashMap<ServiceCode, (usize, f64, f64)> = HashMap::new();
    for r in events.iter().copied() {
        match &r.event {
            Event::TicketIssued {
                ticket, service, ..
            } => {
                tickets.insert(*ticket, (service.clone(), None));
                let Some(d) = opens.iter().position(|(_, o, c)| *o <= r.at && r.at < *c) else {
                    continue;
                };
                let (_, open, _) = opens[d];
                if opens[d].0.weekday() != day.weekday() {
                    continue;
                }
                seen_day[d] = true;
                let slot = ((r.at - open).num_minutes() as f64 / interval_minutes) as usize;
                if slot < slots {
                    counts
                        .entry(service.clone())
                        .or_insert_with(|| vec![0.0; slots])[slot] += 1.0;
                }
            }
            Event::TicketTransferred {
                ticket, service, ..
            } => {
                if let Some(t) = tickets.get_mut(ticket) {
                    *t = (service.clone(), None);
                }
            }
            Event::TicketCalled { ticket, .. } => {
                if let Some(t) = tickets.get_mut(ticket) {
                    t.1 = Some(r.at);
                }
            }
            Event::TicketServed { ticket, .. } => {
                if let Some((service, Some(called))) = tickets.get(ticket) {
                    let minutes = (r.at - *called).num_seconds() as f64 / 60.0;
                    if minutes > 0.0 {
                        let e = durations.entry(service.clone()).or_default();
                        e.0 += 1;
                        e.1 += minutes;
                        e.2 += minutes * minutes;
                    }
                }
            }
            _ => {}
        }
    }
    let active_days = seen_day.iter().filter(|s| **s).count() as u32;
    for s in &mut demand.services {
        if active_days >= MIN_DAYS {
            let per_day = counts
                .get(&s.code)
                .cloned()
                .unwrap_or_else(|| vec![0.0; slots]);
            s.arrivals = per_day
                .iter()
                .zip(&lengths)
                .map(|(n, minutes)| n / f64::from(active_days) / minutes)
                .collect();
            s.source = Source::Learned { days: active_days };
        }
        if let Some((n, total, squares)) = durations.get(&s.code)
            && *n >= MIN_SERVICES
        {
            let mean = total / *n as f64;
            s.mean_service = mean;
            // Visits the config calls empirical vary as the log's did.
            let empirical = hall
                .service(&s.code)
                .is_some_and(|x| x.service_time == ServiceTime::Empirical);
            if empirical && mean > 0.0 {
                let var = (squares / *n as f64 - mean * mean).max(0.0);
                s.scv = var / (mean * mean);
            }
        }
    }
    demand
}
