# frontdesk interface texts (en): report.

## frontdesk report: the heading
report-title = { $hall } — report
report-period = Period: { $period } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
report-span = { $from } to { $to }
report-compared = Compared with: { $period }
report-grouped = Grouped by { $by }
report-only-window = only { $window }
report-only-staff = only { $staff }
report-as-of = As of { $time } (hall time, { $zone })
report-short-date = { $weekday } { $day }/{ $month }
report-day-month = { $day }/{ $month }
report-weekday-short-1 = Mon
report-weekday-short-2 = Tue
report-weekday-short-3 = Wed
report-weekday-short-4 = Thu
report-weekday-short-5 = Fri
report-weekday-short-6 = Sat
report-weekday-short-7 = Sun
report-by-hall = hall
report-by-service = service
report-by-window = window
report-by-staff = member of staff
report-by-weekday = weekday
report-by-interval = interval
report-heading-hall = Hall
report-heading-service = Service
report-heading-window = Window
report-heading-staff = Staff
report-heading-weekday = Weekday
report-heading-interval = Interval

## Periods and groups
report-all = All
report-change = Change
report-this-period = This period
report-this-day = This day
report-this-week = This week
report-this-month = This month
report-this-range = This period
report-previous-day = Day before
report-previous-week = Week before
report-previous-month = Month before
report-previous-range = Period before
report-group-no-window = never called
report-group-no-staff = nobody named
report-group-no-service = window no longer in the config
report-closed = closed
report-percent = { $n }%
report-points = { $n } pp

## Notes
report-note-future = The period begins on { $date }, which has not come yet: nothing has happened to report.
report-note-not-over = The period is not over: the figures run up to { $time }.
report-note-closed = The hall was closed on { $date }: no window was opened and no ticket was issued.
report-note-empty = Nothing happened in this period: no window was opened and no ticket was issued.
report-note-nothing-yet = Nothing has happened yet in this period: no window has opened and no ticket has been issued.
report-note-closed-days = The hall was closed on { $days ->
    [one] { $days } day
   *[other] { $days } days
} of the period.
report-note-nothing-before = The period before has nothing to compare with: the hall was closed throughout or the log does not go back that far.
report-note-plan-hall-wide = The plan against the day is for the whole hall, so a report for one window or one member of staff leaves it out.

## The summary
report-sum-customers = { $issued ->
    [one] { $issued } customer
   *[other] { $issued } customers
} took a ticket and { $served } were served; the mean wait was { $wait } min, { $within } called within the target wait.
report-sum-breaks = { $taken } of { $planned ->
    [one] { $planned } planned break
   *[other] { $planned } planned breaks
} taken; { $late } started late; { $overrun ->
    [one] { $overrun } break ran over
   *[other] { $overrun } breaks ran over
}, by { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} in all.
report-sum-warnings = { $warned ->
    [one] { $warned } queue was warned
   *[other] { $warned } queues were warned
} before a break; { $unwarned ->
    [0] no break began unwarned in front of a queue
    [one] { $unwarned } break began unwarned in front of a queue
   *[other] { $unwarned } breaks began unwarned in front of a queue
}.
report-sum-cutoffs = { $promised ->
    [one] { $promised } customer was
   *[other] { $promised } customers were
} promised service before a break and { $kept } of them got it; { $past ->
    [one] { $past } customer was
   *[other] { $past } customers were
} past a cutoff, { $redirected } of them served at another window.
report-sum-unscheduled = { $count ->
    [0] No unscheduled break was taken
    [one] { $count } unscheduled break took { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
   *[other] { $count } unscheduled breaks took { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
}; { $overrides ->
    [0] no rule was overridden
    [one] a supervisor overrode a rule once
   *[other] supervisors overrode a rule { $overrides } times
}.

## Tables
report-table-key = Key figures
report-table-customers = Customers
report-table-waits = Waits, in minutes (ticket to first call)
report-table-service = Service times, in minutes
report-table-windows = Windows' time, in minutes
report-table-breaks = Breaks: planned, taken and how they began (late in minutes)
report-table-ends = Breaks: how they ended (minutes past the time due back)
report-table-warnings = Warnings to the queue (minutes ahead of the break)
report-table-cutoffs = Cutoff promises
report-table-past = Customers past a cutoff
report-table-unscheduled = Unscheduled breaks by reason
report-table-requests = Requests for unscheduled breaks
report-table-overrides = Supervisor overrides
report-table-plan = The plan against the day: waits by interval, in minutes
report-table-trend-days = Day by day
report-table-trend-weeks = Week by week
report-table-trainer = Training sessions
report-no-overrides = No rule was overridden.
report-no-plan = No day of the period to set against a plan.
report-no-training = No training session in this period.
report-more-overrides = … and { $count ->
    [one] { $count } more override
   *[other] { $count } more overrides
} (all of them are in the text, CSV and JSON reports).

## Columns
report-col-figure = Figure
report-col-issued = Issued
report-col-served = Served
report-col-no-show = No-show
report-col-transferred = Transferred
report-col-cancelled = Cancelled
report-col-unserved = Unserved
report-col-open = Open
report-col-called = Called
report-col-mean = Mean
report-col-median = Median
report-col-p90 = 90th pct.
report-col-longest = Longest
report-col-within-target = Within target
report-col-staffed = Staffed
report-col-busy = Busy
report-col-idle = Idle
report-col-away = Away
report-col-busy-share = Busy share
report-col-planned = Planned
report-col-published = Published
report-col-taken = Taken
report-col-missed = Missed
report-col-on-time = On time
report-col-early = Early
report-col-late = Late
report-col-late-mean = Late, mean
report-col-late-max = Late, most
report-col-ended = Ended
report-col-overrun = Ran over
report-col-overrun-mean = Over, mean
report-col-overrun-max = Over, most
report-col-overrun-total = Over, total
report-col-still-on = Still on
report-col-warned = Warned
report-col-ahead-mean = Ahead, mean
report-col-ahead-min = Ahead, least
report-col-warned-short = Under 10 min
report-col-unwarned = Unwarned
report-col-unwarned-queue = Unwarned, queue
report-col-cutoffs = Cutoffs
report-col-cutoffs-kept = Kept
report-col-promised = Promised
report-col-served-before = Before leaving
report-col-sent-on = Sent on
report-col-waited-return = Waited for return
report-col-not-called = Never called
report-col-waived = Waived
report-col-past = Past cutoff
report-col-redirected = Other window
report-col-served-here = Same window later
report-col-reason = Reason
report-col-count = Breaks
report-col-minutes = Minutes
report-col-asked = Asked
report-col-approved = Approved
report-col-postponed = Postponed
report-col-declined = Declined
report-col-when = When
report-col-rule = Rule
report-col-window = Window
report-col-by = By
report-col-why = Why
report-col-interval = Interval
report-col-forecast-arrivals = Expected
report-col-arrivals = Came
report-col-forecast-wait = Forecast wait
report-col-actual-wait = Actual wait
report-col-target = Target
report-col-overloaded = Overloaded
report-col-day = Day
report-col-week = Week
report-col-mean-wait = Mean wait
report-col-unscheduled-minutes = Unscheduled min
report-col-scenario = Scenario
report-col-sessions = Sessions
report-col-finished = Finished
report-col-mean-score = Mean score
report-col-best-score = Best score

## Key figures
report-key-issued = Tickets issued
report-key-served = Customers served
report-key-unserved = Left unserved
report-key-mean-wait = Mean wait, min
report-key-p90-wait = 90% waited at most, min
report-key-longest-wait = Longest wait, min
report-key-within-target = Called within the target
report-key-mean-service = Mean service, min
report-key-breaks-taken = Breaks taken
report-key-late-starts = Breaks started late
report-key-overruns = Breaks that ran over
report-key-warned = Queues warned
report-key-unwarned-with-queue = Unwarned with a queue
report-key-promises-kept = Cutoff promises kept
report-key-unscheduled-minutes = Unscheduled break minutes
report-key-overrides = Rules overridden

## Charts
report-chart-waits = Waits by interval against the target (minutes)
report-chart-timeline = Breaks planned against taken
report-chart-trend-days = Trend: mean wait and called within target, day by day
report-chart-trend-weeks = Trend: mean wait and called within target, week by week
report-chart-reasons = Unscheduled breaks by reason
report-chart-nothing = No customers in this period.
report-chart-no-breaks = No breaks in this period.
report-chart-no-unscheduled = No unscheduled breaks in this period.
report-chart-reason-value = { $count } · { $minutes } min
report-legend-actual = actual
report-legend-forecast = forecast
report-legend-target = target
report-legend-planned = planned
report-legend-taken = taken
report-legend-unscheduled = unscheduled
report-legend-mean-wait = mean wait (min)
report-legend-within = within target

## Problems
report-bad-month = Not a month: { $value } (use YYYY-MM).
report-range-backwards = The range ends before it starts: { $from } to { $to }. Give the earlier day with --from.
report-unknown-window = There is no window { $window } in this hall; its windows are { $known }.
report-unknown-staff = { $staff } is not on the hall's staff and the log names nobody by that id; { $count ->
    [0] the config names no staff.
   *[other] the staff are { $known }.
}
report-unknown-table = There is no table { $name }; the tables are { $known }.
report-table-csv-only = --table picks one table of a CSV report; add --format csv.

## The report screen (frontdesk report --screen)
report-screen-title = Report · { $hall }
report-screen-today = Today
report-screen-week = This week
report-screen-arrivals = Customers by interval today
report-screen-waits = Waits today by interval (min)
report-screen-week-waits = This week: mean wait by day (min)
report-screen-closed-today = The hall has not opened today.
report-screen-keys = q quit · l language · follows the log live

## The quality record: what customers said, their ratings, mystery shoppers.
report-table-feedback = What customers said
report-table-ratings = Customers' ratings
report-table-audits = Mystery shopper visits
report-col-complaints = Complaints
report-col-compliments = Compliments
report-col-suggestions = Suggestions
report-col-questions = Questions
report-col-praise-per-complaint = Praise per complaint
report-col-complaints-per-thousand = Complaints per 1000 served
report-col-overdue = Overdue
report-col-ratings = Ratings
report-col-average-rating = Average (1–5)
report-col-low-ratings = Rated 1–2
report-col-visits = Visits
report-col-lowest-score = Lowest score
report-no-feedback = No complaint, compliment, suggestion or question in this period.
report-no-ratings = No customer rated a visit in this period.
report-no-audits = No mystery shopper visit in this period.
report-table-quality = Quality of service
report-quality-average-rating = Customers' average rating (1–5)
report-quality-audit-score = Mystery shopper score

## A head office's view: every hall of the database side by side.
report-table-halls = Halls compared
report-no-halls = The database holds no hall with a config to read.
