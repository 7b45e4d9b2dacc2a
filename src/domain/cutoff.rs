//! The cutoff: how many more customers a closing window can still take before its
//! break, so that nobody who was told "you will be served" is turned away.

use super::types::Instant;
use chrono::Duration;

/// How many customers from the head of the queue can be served before `break_start`.
///
/// `busy_until` is when the service in progress is expected to end. A customer
/// counts only if their whole service fits before the break: promising less and
/// serving more is fine, the reverse is what the product exists to prevent.
/// `sharing` is the number of windows that call from the same queue (this one
/// included); they drain it together.
pub fn capacity(
    now: Instant,
    break_start: Instant,
    busy_until: Option<Instant>,
    mean_service: Duration,
    sharing: u32,
) -> usize {
    let free_at = busy_until.map_or(now, |b| b.max(now));
    if break_start <= free_at {
        return 0;
    }
    let mean = mean_service.num_seconds().max(1);
    let per_window = (break_start - free_at).num_seconds() / mean;
    usize::try_from(per_window).unwrap_or(0) * sharing.max(1) as usize
}

/// When the service in progress is expected to end: its start plus the mean, or
/// now if it has already run longer than that.
pub fn busy_until(
    called_at: Option<Instant>,
    mean_service: Duration,
    now: Instant,
) -> Option<Instant> {
    called_at.map(|c| (c + mean_service).max(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono::Utc;
    use proptest::prelude::*;

    fn t(min: i64) -> Instant {
        Utc.with_ymd_and_hms(2026, 3, 2, 12, 0, 0)
            .single()
            .unwrap_or_default()
            + Duration::minutes(min)
    }

    #[test]
    fn fits_whole_services_only() {
        // 15 minutes, 4-minute services: three fit, the fourth would run into the break.
        assert_eq!(capacity(t(0), t(15), None, Duration::minutes(4), 1), 3);
        // A service in progress until minute 3 leaves 12 minutes: three fit exactly.
        assert_eq!(
            capacity(t(0), t(15), Some(t(3)), Duration::minutes(4), 1),
            3
        );
        assert_eq!(
            capacity(t(0), t(15), Some(t(4)), Duration::minutes(4), 1),
            2
        );
    }

    #[test]
    fn nothing_fits_at_or_after_the_break() {
        assert_eq!(capacity(t(15), t(15), None, Duration::minutes(4), 1), 0);
        assert_eq!(capacity(t(16), t(15), None, Duration::minutes(4), 3), 0);
    }

    #[test]
    fn sharing_windows_drain_the_queue_together() {
        assert_eq!(capacity(t(0), t(15), None, Duration::minutes(4), 2), 6);
    }

    proptest! {
        /// Every customer counted can be served, one after another, before the break.
        #[test]
        fn every_promised_service_ends_before_the_break(
            lead in 0i64..120, busy in 0i64..30, mean in 1i64..30,
        ) {
            let mean = Duration::minutes(mean);
            let busy = Some(t(busy));
            let n = capacity(t(0), t(lead), busy, mean, 1) as i32;
            let free = busy.map_or(t(0), |b| b.max(t(0)));
            prop_assert!(free + mean * n <= t(lead) || n == 0);
            // and one more would not fit
            prop_assert!(free + mean * (n + 1) > t(lead));
        }
    }
}
