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
plan-forecast-legend = per service: mean wait in minutes (! the line grows faster than its windows serve it), share called within the target wait, windows working / windows needed
plan-no-breaks = No breaks planned.
plan-new = new
plan-minutes = { $minutes } min
plan-unscheduled = unscheduled
plan-state-new = not written yet
plan-state-edited = changed, not written yet
plan-actual = taken { $start }–{ $end }
plan-actual-on = on since { $start }
plan-no-window = no window
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

## The planner screen
planner-title = Planner · { $hall }
planner-tab-timeline = Timeline
planner-tab-live = Live hall
planner-status-clean = The plan is as the log has it.
planner-status-dirty = { $count ->
    [one] { $count } change not written yet: w writes it, P writes and publishes.
   *[other] { $count } changes not written yet: w writes them, P writes and publishes.
}
planner-status-preview = A suggestion is on show: Enter takes it, Esc drops it.
planner-forecast = Forecast: mean wait per service
planner-legend = ▁▂▄▆█ wait against the target · ! overloaded · █ published ▒ not yet ▓ under way ░ over · ▼│ now
planner-cursor = { $window } at { $time }: no break here. a adds one, n selects the next break.
planner-interval = { $service } { $wait } min, { $level }% within { $target }, windows { $windows }
planner-interval-overloaded = { $service } overloaded: { $wait } min, { $level }% within { $target }, windows { $windows }
planner-suggestion = Suggestion: worst interval { $before } → { $after } min, overloaded intervals { $over_before } → { $over_after }, mean wait { $mean_before } → { $mean_after } min; { $count ->
    [one] { $count } break placed or moved.
   *[other] { $count } breaks placed or moved.
} Enter takes it, Esc drops it.
planner-suggestion-taken = The suggestion is in the plan; w writes it, P publishes it.
planner-suggestion-dropped = The suggestion was dropped.
planner-suggestion-pending = Take the suggestion (Enter) or drop it (Esc) first.
planner-locked = That break has begun, is over or was announced to the queue: it cannot move.
planner-nothing-selected = No break selected: n selects the next one, or click one.
planner-slot-taken = This window already has a break there.
planner-reverted = Back to the plan as the log has it.
planner-nothing-to-write = Nothing to write: the plan is as the log has it.
planner-unwritten = Write the changes (w) or undo them (u) before changing the day.
planner-written = { $count ->
    [one] The plan is written ({ $count } event).
   *[other] The plan is written ({ $count } events).
}
planner-published = The plan is written and published: customers see it on the board and the notice.
planner-refused = Nothing was written: { $reason }
btn-add-break = add
btn-delete-break = delete
btn-longer = longer
btn-shorter = shorter
btn-staff = staff
btn-suggest = suggest
btn-write = write
btn-publish = publish
btn-revert = undo
btn-live = live hall
btn-help = keys
key-open-planner = open the planner
key-planner-move = move the selected break by 5 minutes (or the cursor)
key-planner-move-far = move by 30 minutes
key-planner-row = choose the window row
key-planner-next = select the next / previous break
key-planner-accept = take the suggestion on show
key-planner-day = the day before / after
key-planner-resize = make the selected break 5 minutes longer / shorter
key-planner-add = add a break at the cursor, as long as the cashier is owed
key-planner-delete = delete the selected break
key-planner-staff = give the selected break to the next member of staff
key-planner-suggest = suggest where everyone's breaks go (shown, not yet taken)
key-planner-write = write the plan to the log
key-planner-publish = write the plan and publish it to customers
key-planner-undo = undo every change not yet written
key-planner-tab = switch between the timeline and the live hall
planner-no-requests = No break requests are waiting.
planner-no-request = No break request to answer.
btn-approve = approve
btn-postpone = postpone
btn-decline = decline
btn-timeline = timeline
key-planner-answer = on the live hall: approve, postpone (10 minutes) or decline the selected break request
btn-simulate = simulate
key-planner-simulate = check the plan on show against the simulator
plan-sim-check = Simulator, { $reps } days: mean wait { $sim_mean } ± { $ci } min (forecast { $mean }), worst interval { $sim_worst } min (forecast { $worst }), { $level }% served within the target.
plan-sim-failed = The simulator could not run this plan: { $reason }

## The forecast's warnings, its check against the simulator, and the live forecast
plan-service-no-window = { $service } { $name }: no window serves it on this day, so its customers cannot be served.
plan-unserved = { $count ->
    [one] About { $count } customer would not be served: they give up waiting, or no window is left for them.
   *[other] About { $count } customers would not be served: they give up waiting, or no window is left for them.
}
plan-beyond-count = The backlog grows beyond what the forecast can count: the waits shown are the least they would be.
planner-interval-no-window = { $service }: no window, nobody served; windows { $windows }
plan-check-heading = Forecast against the simulator ({ $reps } days), mean wait in minutes: forecast | simulated ± 95% interval; ≠ where they differ by more than the target
plan-check-agree = Forecast and simulator agree within the target everywhere (10% or 0.5 min per interval, 5% or 0.2 min for the day).
plan-check-disagree = { $count ->
    [one] Forecast and simulator differ by more than the target in { $count } place: { $list }.
   *[other] Forecast and simulator differ by more than the target in { $count } places: { $list }.
}
plan-check-day-disagree = The day's mean wait differs from the simulator's by more than the target (5% or 0.2 min).
planner-interval-sim = { $service } simulated { $sim } ± { $ci } min
planner-live-heading = Forecast from now, queues as they stand (mean wait in min; ! the line grows)
planner-live-line = { $service } { $waiting } waiting: { $waits }
planner-live-over = Today's opening hours are over: nothing is left to forecast.
