# frontdesk interface texts (en): kiosk — the ticket dispenser, printed tickets and spoken calls.

## The ticket dispenser
kiosk-touch = Touch the service you need to take a ticket.
kiosk-waiting = { $count ->
    [0] nobody waiting
    [one] 1 person waiting
   *[other] { $count } people waiting
}
kiosk-wait = wait: { $wait }
kiosk-all-away = Every window for this is on a break.
kiosk-no-window = No window is open for this right now.
kiosk-no-more = No more tickets today
kiosk-opens-tomorrow = Open again tomorrow from { $time }.
kiosk-opens-today = Opens today at { $time }.
kiosk-closes-for-break = Window { $window } closes for a break at { $time } and is back at { $back }.
kiosk-refused = { $service }: no ticket now. { $reason }
kiosk-your-ticket = Your ticket
kiosk-ahead = { $count ->
    [0] Nobody is ahead of you.
    [one] 1 person is ahead of you.
   *[other] { $count } people are ahead of you.
}
kiosk-estimate = Estimated wait: { $wait }
kiosk-issued = { $date }, { $time }
kiosk-take-ticket = Please take your printed ticket.
kiosk-printing = Printing your ticket…
kiosk-printer-off = The printer is not working: please remember your number.
kiosk-failed = The ticket could not be issued: { $reason } Please ask at a window.
kiosk-keep = Please keep this ticket until your number is called.
kiosk-printer-unwritable = { $file }: kiosk.printer: cannot write to { $path }: { $error }
kiosk-no-service = The kiosk offers no service.
alert-printer = Kiosk { $kiosk }: the ticket printer has failed since { $time } ({ $error }). Its tickets are shown on its screen only and stay valid.
ev-printer-failed = Kiosk { $kiosk }: the ticket printer failed: { $error }
ev-printer-restored = Kiosk { $kiosk }: the ticket printer works again.

## Spoken calls
voice-call = Ticket { $ticket }, window { $window }.
voice-recall = Calling again: ticket { $ticket }, window { $window }.
voice-closes-at = Window { $window } closes for a break { $time }.
voice-closes-soon = Window { $window } is about to close for a break.
voice-served-up-to = Tickets up to { $cutoff } are still served there.
voice-served-none = It calls no more tickets.
voice-others-go-to = Everyone else, please go to window { $other }.
voice-go-to = Please go to window { $other }.
voice-back-at = Window { $window } is back { $time }.
voice-open-again = Window { $window } is open again.
voice-time = at { $hour } { $minute }
voice-time-hour = at { $hour } o'clock
voice-off = Voice is off: { $reason }
voice-off-no-program = no speech program was found (install espeak-ng, or set [voice] command).
voice-failed = The speech program failed: { $error }
voice-announcing = Speaking the calls of { $hall } in { $langs }; Ctrl-C ends.
