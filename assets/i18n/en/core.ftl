# frontdesk interface texts — English.
# Plural forms follow CLDR: English has "one" and "other".

## The overview screen
demo-mark = DEMO HALL (sample data)
too-small = The terminal is too small for frontdesk. Please make it at least 40 columns by 10 rows.
heading-windows = Windows
heading-queues = Queues
heading-breaks = Breaks today
col-window = Window
col-staff = Staff
col-state = State
col-serving = Serving
col-queue = Queue
col-service = Service
col-waiting = Waiting
col-open = Open
footer-overview = 1–9 counter · p planner · q quit · ? keys · l language
help-title = Keys
help-refresh = This screen updates live from every terminal in the hall.
key-quit = quit
key-help = show or hide this help
key-language = next language
key-close = close this panel
window-n = Window { $window }
no-breaks-today = No more breaks today.
no-breaks = No breaks on { $date }.
alert-warning-due = Window { $window } goes on a break at { $time }: { $waiting ->
    [one] { $waiting } customer is waiting and has
   *[other] { $waiting } customers are waiting and have
} not been warned yet.
heading-requests = Break requests
request-line = #{ $id } Window { $window } · { $reason } · { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} · asked at { $time } · { $status }
request-waiting = waiting for an answer
request-due-again = postponed to { $time }, due again
request-postponed = postponed until { $time }
request-approved = approved
request-declined = declined
banner-request-pending = Your break request ({ $id }) waits for the supervisor's answer; go on serving.
banner-request-postponed = The supervisor postponed your break request until { $time }; go on serving.
banner-request-approved = Your break is approved: it starts when the current customer is served.
banner-request-declined = The supervisor declined your break request; ask them if it cannot wait.
alert-request = Window { $window } asks for an unscheduled break ({ $reason }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}) since { $time }.
alert-overrun = Window { $window }'s break is { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} over.

## Window states
phase-closed = closed
phase-open = open
phase-pending = break after this customer
phase-closing = closing at { $time }
phase-closing-cutoff = closing at { $time }, last ticket { $cutoff }
phase-on-break = on a break until { $time }
phase-overrun = break overrun: due back at { $time }, { $minutes ->
    [one] { $minutes } minute late
   *[other] { $minutes } minutes late
}

## Break states
bphase-planned = planned, not published
bphase-published = published
bphase-warning-due = warning due now
bphase-closing-soon = closing soon
bphase-pending = starts after the current customer
bphase-on-break = on break
bphase-overrun = overrun
bphase-done = done
bphase-cancelled = cancelled
bphase-missed = not taken

## Break reasons
reason-planned = planned break
reason-goods-receipt = goods receipt
reason-cash-collection = cash collection
reason-technical-fault = technical fault
reason-personal = personal reasons
reason-other = other

## Queues
queue-count = { $count } waiting
queue-waiting = { $count ->
    [0] nobody waiting
    [one] { $count } person waiting
   *[other] { $count } people waiting
}
queue-oldest = longest { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
queue-open-windows = { $count ->
    [0] no window open
    [one] { $count } window open
   *[other] { $count } windows open
}
serving-for = { $ticket } ({ $minutes } min)

## What happened (the CLI's answers and the log)
ev-window-opened = Window { $window } is open.
ev-window-opened-staff = Window { $window } is open ({ $staff }).
ev-window-closed = Window { $window } is closed.
ev-ticket-issued = Ticket { $ticket } issued.
ev-ticket-called = { $ticket }, please come to window { $window }.
ev-ticket-recalled = { $ticket } called again to window { $window }.
ev-ticket-served = { $ticket } served at window { $window }.
ev-ticket-no-show = { $ticket } did not come to window { $window }.
ev-ticket-transferred-window = { $ticket } sent on to window { $window }.
ev-ticket-transferred-service = { $ticket } moved to queue { $service }.
ev-ticket-cancelled = Ticket { $ticket } cancelled.
ev-tickets-expired = { $count ->
    [one] { $count } ticket left waiting from an earlier day was closed.
   *[other] { $count } tickets left waiting from an earlier day were closed.
}
ev-break-planned = Break { $id } planned: window { $window }, { $start }–{ $end }.
ev-break-unscheduled = Unscheduled break { $id } at window { $window }, { $start }–{ $end }: { $reason }.
ev-break-cancelled = Break { $id } at window { $window } cancelled.
ev-break-changed = Break { $id } at window { $window } now runs { $start }–{ $end }.
ev-break-changed-published = Break { $id } at window { $window } now runs { $start }–{ $end }; customers see the new times.
ev-breaks-published = { $count ->
    [one] { $count } break published to customers.
   *[other] { $count } breaks published to customers.
}
ev-break-requested = Window { $window } asks for an unscheduled break: { $reason }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} (request { $id }).
ev-request-approved = Request { $id } of window { $window } approved: the break starts when the current customer is served.
ev-request-postponed = Request { $id } of window { $window } postponed until { $time }.
ev-request-declined = Request { $id } of window { $window } declined.
ev-warning-given = The queue at window { $window } was warned ({ $waiting } waiting).
ev-closing-started = Window { $window } closes at { $time }; the last ticket it serves is { $cutoff }.
ev-closing-started-empty = Window { $window } closes at { $time }; nobody now waiting can be served there before then.
ev-cutoff-extended = Window { $window } will serve everyone up to { $cutoff } before its break.
ev-break-pending = Window { $window } goes on its break when the current customer is served.
ev-break-deferred = Window { $window } keeps serving: customers it promised to serve are still waiting, and no other window can take them. The break starts after them.
ev-break-started = Window { $window } is on a break until { $until }.
ev-break-ended = Window { $window } is back from its break.
ev-policy-overridden = Rule overridden by { $by } ({ $rule }): { $reason }
rule-not-warned = queue not warned
rule-promised-waiting = promised customers still waiting
rule-max-concurrent-breaks = too many windows on a break
rule-min-open-windows = too few windows open
rule-break-too-long = break too long
rule-break-too-short = break too short
rule-needs-approval = unscheduled break without the supervisor's approval
rule-queue-too-long = queue too long for a break
ev-phrase-said = Window { $window }: said “{ $phrase }” ({ $lang }).
ev-phrase-said-quoted = Window { $window }: said { $phrase } ({ $lang }).
ev-playbook-followed = Window { $window } followed playbook { $playbook }: { $step } → { $answer }
nothing-to-do = Nothing to do.

## Why a command was refused
refused-unknown-window = There is no window { $window }.
refused-unknown-service = There is no service { $name }.
refused-unknown-ticket = There is no ticket { $name } today.
refused-unknown-break = There is no break { $id }.
refused-unknown-staff = There is no staff member { $name }.
refused-service-not-at-window = Window { $window } does not handle service { $service }.
refused-break-ends-before-start = A break must end after it starts.
refused-break-in-past = That break would already be over.
refused-window-closed = Window { $window } is closed.
refused-window-already-open = Window { $window } is already open.
refused-window-on-break = Window { $window } is on a break.
refused-window-break-pending = Window { $window } goes on a break after the current customer and calls nobody else.
refused-window-busy = Window { $window } is still serving { $ticket }: finish that service first.
refused-break-during-service = Window { $window } is still serving { $ticket }: finish that service first, or let the break start when it ends (--after-service).
refused-not-serving = Window { $window } is not serving anyone.
refused-queue-empty = Nobody is waiting for window { $window }.
refused-cutoff-reached = Window { $window } is closing: its last ticket is { $cutoff }. Please send { $next } to another window.
refused-cutoff-reached-none = Window { $window } is closing and takes no more customers. Please send { $next } to another window.
refused-ticket-finished = Ticket { $name } is already finished.
refused-no-break-due = Window { $window } has no planned break coming up.
refused-warning-not-due = The warning for window { $window }'s break can be given from { $time }.
refused-already-warned = The queue at window { $window } has already been warned.
refused-not-on-break = Window { $window } is not on a break.
refused-break-under-way = Window { $window } already has a break under way.
refused-break-already-started = Break { $id } has already started; end it instead.
refused-reason-required = Window { $window }'s next planned break is at { $time }. For a break now, give a reason (--reason).
refused-reason-missing = An unscheduled break needs a reason (--reason).
refused-break-overlaps = Window { $window } already has a break at that time.
refused-break-announced = The queue at window { $window } has already been told about break { $id }; it can no longer be moved. Cancel it or end it instead.
refused-break-too-short = A planned break lasts at least { $min ->
    [one] { $min } minute
   *[other] { $min } minutes
}, not { $asked }.
refused-unknown-request = There is no break request { $id }.
refused-request-answered = Break request { $id } has already been answered.
refused-request-pending = Window { $window } has already asked for a break; the supervisor has not answered yet.
refused-needs-approval = At window { $window } an unscheduled break is asked of the supervisor first (break request).
refused-not-warned = { $waiting ->
    [one] { $waiting } customer is
   *[other] { $waiting } customers are
} waiting at window { $window } and nobody warned them about this break. Warn them first (break warn).
refused-promised-waiting = Window { $window } promised to serve { $tickets } before its break, and no other window can take them.
refused-max-concurrent-breaks = { $max ->
    [one] Only { $max } window may be on a break at a time.
   *[other] Only { $max } windows may be on a break at a time.
}
refused-min-open-windows = Service { $service } must keep { $min ->
    [one] at least { $min } window
   *[other] at least { $min } windows
} open.
refused-break-too-long = A break may last at most { $max ->
    [one] { $max } minute
   *[other] { $max } minutes
}, not { $asked }.
refused-queue-too-long = { $waiting ->
    [one] { $waiting } customer is
   *[other] { $waiting } customers are
} waiting at window { $window }; a break may start with at most { $max } waiting.
## The command line
bad-date = Not a date: { $value } (use YYYY-MM-DD).
bad-time = Not a time: { $value } (use HH:MM).
time-skipped = { $value } does not exist on { $date }: the clocks go forward then.
bad-reason = Unknown reason { $value }; use one of: { $known }.
break-length-missing = Give the break's end (--end) or its length (--minutes).
transfer-target = Say where to send the customer: --to-service or --to-window.
config-none = There is no config file to use; give one or run "frontdesk config init".
config-ok = { $file } is valid: { $hall }, { $windows ->
    [one] { $windows } window
   *[other] { $windows } windows
}, { $services ->
    [one] { $services } service.
   *[other] { $services } services.
}
config-exists = { $file } already exists; use --force to replace it.
config-written = Starter config written to { $file }. Edit it, then check it with "frontdesk config check".
config-demo = none (the demo hall)
demo-reset = A fresh demo day is ready in { $path }.

## The counter screen
key-open-counter = open that window's counter
key-select-counter = choose a window and open its counter
key-say-phrase = mark that phrase as said
key-back = back to the hall overview
btn-next = next
btn-recall = recall
btn-served = served
btn-no-show = no-show
btn-transfer = transfer
btn-warn = warn queue
btn-break = break
btn-end-break = end break
btn-playbook = what to do
btn-phrase-lang = phrase language
counter-at-window = At the window
counter-serving-for = at the window for { $time }
counter-nobody = Nobody at the window. Press n to call the next customer.
counter-the-line = Your line
counter-line = { $count ->
    [one] { $count } waiting, longest { $minutes } min
   *[other] { $count } waiting, longest { $minutes } min
}
counter-line-empty = Nobody is waiting.
counter-no-break = No break planned for this window today.
counter-next-break = Next break { $start }–{ $end }
counter-in-minutes = in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
counter-say = Say
banner-warning-due = WARN THE QUEUE NOW: your break starts at { $time } and { $waiting ->
    [one] { $waiting } customer is waiting.
   *[other] { $waiting } customers are waiting.
} Say phrase 1, then press w.
banner-cutoff = CLOSING: serve up to { $cutoff }; from { $next } send customers to window { $other }.
banner-cutoff-alone = CLOSING: serve up to { $cutoff }; { $next } and later are served first after the break.
banner-cutoff-all = CLOSING: serve up to { $cutoff }, then the break starts.
banner-overrun = YOUR BREAK IS OVER by { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}: the queue is waiting. Press e when you are back.
banner-closed = This window is closed.
transfer-to-service = queue { $service } ({ $name })
panel-transfer = Send the customer to
panel-break = Unscheduled break: why?
panel-break-minutes = Length: { $minutes } min (← → to change)
panel-other-reason = In a few words, why:
panel-playbooks = What to do when…
panel-playbook-say = Say: { $phrase }
panel-playbook-done = Enter: do it · Esc: close
panel-keys = ↑↓ choose · Enter confirm · Esc close
counter-nobody-break = On a break. Press e when you are back.
counter-this-break = This break { $start }–{ $end }
banner-pending = BREAK AFTER THIS CUSTOMER: finish serving { $ticket }; the break starts when you press s.

# The overview's alerts beyond what a small screen has room for.
alerts-more = { $count ->
    [one] …and one more alert (a taller window shows it)
   *[other] …and { $count } more alerts (a taller window shows them)
}
