# frontdesk interface texts (en): board — the hall display board and the break notice.

## The hall display board
board-now-serving = Now serving
board-called = { $ticket } → window { $window }
board-nobody-called = Ticket numbers appear here as they are called.
board-windows = Windows
board-waits = Waiting time if you take a ticket now
board-breaks-today = Breaks today
board-no-breaks = No more breaks are planned today.
board-notice-out-of-date = Break times have changed since the notice on the glass was printed. The times on this screen are the current ones.
board-window-open = Window { $window } open
board-window-closed = Window { $window } closed
board-window-closing = Window { $window } closes at { $time } — please go to window { $other }
board-window-closing-alone = Window { $window } closes at { $time }
board-window-closing-now = Window { $window } is closing — please go to window { $other }
board-window-closing-now-alone = Window { $window } is closing
board-window-on-break = Window { $window } on a break until { $time }
board-window-closed-reason = Window { $window } closed until { $time }: { $reason }
board-window-back-shortly = Window { $window } on a break, back shortly

## The warning for the queue of a closing window
board-ann-closes-at = Window { $window } closes for a break at { $time }.
board-ann-closes-soon = Window { $window } is about to close for a break.
board-ann-served-up-to = Tickets up to { $cutoff } are still served there.
board-ann-served-none = It calls no more tickets.
board-ann-others-go-to = Everyone else, please go to window { $other }.
board-ann-go-to = Please go to window { $other }.
board-ann-back-at = Window { $window } is back at { $time }.

## Waiting times
board-wait-now = no wait
board-wait-up-to = up to { $high ->
    [one] { $high } minute
   *[other] { $high } minutes
}
board-wait-range = { $low }–{ $high } { $high ->
    [one] minute
   *[other] minutes
}
board-wait-unknown = no estimate yet
board-wait-no-window = no window open for this now
board-people-waiting = { $count ->
    [0] nobody waiting
   *[other] { $count } waiting
}

## Coming breaks
board-break = Window { $window }: { $start }–{ $end }
board-break-moved = (moved; was { $start }–{ $end })

## Dates
board-date = { $weekday }, { $day } { $month } { $year }
board-weekday-1 = Monday
board-weekday-2 = Tuesday
board-weekday-3 = Wednesday
board-weekday-4 = Thursday
board-weekday-5 = Friday
board-weekday-6 = Saturday
board-weekday-7 = Sunday
board-month-1 = January
board-month-2 = February
board-month-3 = March
board-month-4 = April
board-month-5 = May
board-month-6 = June
board-month-7 = July
board-month-8 = August
board-month-9 = September
board-month-10 = October
board-month-11 = November
board-month-12 = December

## The break notice for the glass and the desk
notice-title = Planned breaks
notice-hours = Open { $open }–{ $close }
notice-col-breaks = Breaks
notice-moved = { $now } (was { $was })
notice-no-breaks = No breaks are planned at any window on this day.
notice-others-serve = While a window is on a break, the other windows go on serving.
notice-warning = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} before a window closes, we tell the queue which tickets it still serves and where to go instead.
notice-changes-on-board = If a time changes during the day, the display board in the hall shows the new one.
notice-as-of = As of { $date }, { $time }.

## Whether the notice on the glass still holds (for staff)
notice-change-moved = window { $window }: { $was } moved to { $times }
notice-change-added = window { $window }: { $times } added
notice-change-cancelled = window { $window }: { $times } cancelled
notice-glass-out-of-date = The break notice on the glass for { $date } (printed at { $time }) is out of date: { $changes }. Print it again with `frontdesk notice`.
notice-glass-not-printed = No break notice has been printed for { $date } yet: `frontdesk notice` prints one.
notice-not-recorded = Not recorded (--dry-run): the notice on the glass stays as it was.
ev-notice-issued = Break notice for { $date } printed for the glass: { $count ->
    [one] { $count } break
   *[other] { $count } breaks
}.
lang-all-notice-only = --lang all: only `frontdesk notice` prints in every language; give one of en, hu, ru, uk.
