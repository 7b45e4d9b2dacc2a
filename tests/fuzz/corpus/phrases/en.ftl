# frontdesk speech modules — English.
# What the cashier says aloud to the queue or to the customer at the counter.
# Spoken, short, warm; never blame the customer. The `-alone` variants are for
# when no other window is open, so they never send anyone to `$other`.
# `.title` is the short label on the cashier's panel (28 characters at most).

## Before a planned break

phrase-warning = Dear customers, in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, at { $time }, window { $window } closes for a break until { $back }. Everyone up to ticket { $cutoff } will still be served here; after that, please go to window { $other }. Thank you for your understanding.
    .title = Warn the queue

phrase-warning-alone = Dear customers, in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, at { $time }, window { $window } closes for a break until { $back }. Everyone up to ticket { $cutoff } will still be served before then; later tickets stay valid, and when I reopen at { $back } I'll start with you. Thank you for your patience.
    .title = Warn the queue (alone)

phrase-closing-last = Don't worry, with ticket { $ticket } you're in good time — I'll take care of everything for you, no rush. After you, this window closes for a break until { $back }.
    .title = Reassure the last customer

## After the cutoff

phrase-redirect = I'm sorry, this window closes for a break at { $time }, and I won't be able to serve you before then. Your ticket { $ticket } stays valid — please go to window { $other }, you'll be called there.
    .title = After cutoff: other window

phrase-redirect-alone = I'm sorry, this window closes for a break at { $time }, and I won't be able to serve you before then. Your ticket { $ticket } stays valid: I reopen at { $back }, and I'll start with you.
    .title = After cutoff (alone)

## Unscheduled break: the apology

phrase-unscheduled = Dear customers, I'm very sorry: { $reason ->
        [goods-receipt] a delivery has just arrived that I must sign for
        [cash-collection] the cash collection service is here
        [technical-fault] we have a technical fault
        [personal] an urgent personal matter has come up
       *[other] something urgent has come up
    }, so I have to close this window for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Please go to window { $other } — it's open, and your tickets are valid there too.
    .title = Unplanned break: apology

phrase-unscheduled-alone = Dear customers, I'm very sorry: { $reason ->
        [goods-receipt] a delivery has just arrived that I must sign for
        [cash-collection] the cash collection service is here
        [technical-fault] we have a technical fault
        [personal] an urgent personal matter has come up
       *[other] something urgent has come up
    }, so I have to close this window for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. I'll be back at { $back }, and everyone keeps their place in line. Thank you for your patience.
    .title = Unplanned break (alone)

## Objections

phrase-objection-first = I understand, and I'm sorry you've had such a long wait. Tickets are called strictly in order, so nobody will take your place: ticket { $ticket } will be called at window { $other } in the same order.
    .title = “I was here first”

phrase-objection-first-alone = I understand, and I'm sorry you've had such a long wait. Tickets are called strictly in order, so nobody will take your place: ticket { $ticket } keeps its turn, and at { $back } I'll carry on in the same order.
    .title = “I was here first” (alone)

phrase-objection-cancel = I understand, nobody likes waiting. Our breaks are planned so that the hall stays open all day, and a short rest helps me serve you properly. Window { $other } keeps working meanwhile, and your place in line is kept.
    .title = “Cancel your break!”

phrase-objection-cancel-alone = I understand, nobody likes waiting. Our breaks are planned so that the hall stays open all day, and a short rest helps me serve you properly. I'll be back at { $back }, and everyone waiting now will be served first.
    .title = “Cancel your break!” (alone)

phrase-objection-quick = Of course, I'm glad to help. To be fair to the people waiting with tickets, please ask at window { $other } — they'll be happy to help you there.
    .title = “Just a quick question”

phrase-objection-quick-alone = Of course, I'm glad to help. To be fair to the people waiting with tickets, please take a ticket too — I'm back at { $back } and I'll answer your question then.
    .title = “Quick question” (alone)

## Back from the break

phrase-return = Thank you for waiting! Window { $window } is open again — I'm calling the next ticket.
    .title = Back from the break

phrase-overrun = I'm sorry I'm back { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } later than announced. Thank you for your patience — window { $window } is open again.
    .title = Back late: apology

## A planned break nobody was warned about

phrase-forgot-warning = Dear customers, I'm sorry I didn't tell you sooner: at { $time }, in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, window { $window } closes for a break. Everyone already waiting will be served before then; if you arrive later, please go to window { $other }.
    .title = Late warning: apology

phrase-forgot-warning-alone = Dear customers, I'm sorry I didn't tell you sooner: at { $time }, in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, window { $window } closes for a break. Everyone already waiting will be served before then; if you arrive later, please take a ticket — I reopen at { $back }.
    .title = Late warning (alone)
