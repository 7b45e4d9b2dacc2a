# frontdesk interface texts (en): planner.

## plan --print
plan-title = Break plan for { $date } — { $hall }
plan-interval = Forecast in { $minutes }-minute intervals. Arrivals:
plan-source-config = from the config
plan-source-log = { $days ->
    [one] learned from { $days } past day like this one
   *[other] learned from { $days } past days like this one
}
plan-heading-breaks = Breaks
plan-heading-forecast = Forecast
plan-forecast-legend = per service: mean wait in minutes, share served within the target wait, windows working / windows needed
plan-no-breaks = No breaks planned.
plan-new = new
plan-minutes = { $minutes } min
plan-unscheduled = unscheduled
plan-state-new = not written yet
plan-state-edited = changed, not written yet
plan-actual = taken { $start }–{ $end }
plan-actual-on = on since { $start }
plan-overloaded = overloaded
plan-summary = Worst interval: { $worst } min mean wait; { $overloaded ->
    [0] no overloaded interval
    [one] { $overloaded } overloaded interval
   *[other] { $overloaded } overloaded intervals
}; { $mean } min on average; { $problems ->
    [0] no rule broken.
    [one] { $problems } rule broken.
   *[other] { $problems } rules broken.
}
plan-suggest-moved = { $count ->
    [0] The suggestion changes nothing.
    [one] The suggestion places or moves { $count } break.
   *[other] The suggestion places or moves { $count } breaks.
}
plan-compare-current = Plan as it stands: worst interval { $worst } min, { $overloaded } overloaded, { $mean } min on average.
plan-compare-suggested = Suggested plan:    worst interval { $worst } min, { $overloaded } overloaded, { $mean } min on average.
plan-compare-naive = Naive plan (every break at its earliest allowed time): worst interval { $worst } min, { $overloaded } overloaded, { $mean } min on average.

## Broken rules
plan-problem-overlap = overlaps another break at the same window
plan-problem-staff-twice = { $staff } would be on two breaks at once
plan-problem-too-long = { $minutes } minutes is longer than the { $max } a break may last
plan-problem-too-short = { $minutes } minutes is shorter than the { $min } a planned break lasts at least
plan-problem-outside-hours = outside the opening hours
plan-problem-outside-shift = outside { $staff }'s shift ({ $from }–{ $to })
plan-problem-outside-entitlement = { $staff }'s break belongs between { $from } and { $to }
plan-problem-too-many-away = { $count } windows away at once; at most { $max } may be
plan-problem-too-few-open = service { $service } keeps { $open ->
    [one] { $open } window
   *[other] { $open } windows
}; it needs at least { $min }
plan-problem-too-late-to-warn = starts in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}: too soon to warn the queue { $lead } minutes ahead
plan-problem-missed = its time has passed and it never began
plan-problem-unplanned = { $staff } is owed a { $minutes }-minute break between { $from } and { $to }, not yet planned
