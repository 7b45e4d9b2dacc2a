# frontdesk interface texts — English: the quality record (complaints,
# compliments, ratings, audits), the supervisor's feedback screen, the
# counter's feedback prompt and the customer's survey screen.

## Kinds, channels, categories, statuses
fb-kind-complaint = complaint
fb-kind-compliment = compliment
fb-kind-suggestion = suggestion
fb-kind-question = question
fb-channel-counter = at the counter
fb-channel-writing = in writing
fb-channel-phone = by phone
fb-channel-email = by e-mail
fb-channel-survey = on the survey
fb-channel-mystery-shopper = by a mystery shopper
fb-cat-window-closed = window closed in front of me
fb-cat-not-warned = not warned before a break
fb-cat-sent-elsewhere = told to go elsewhere after waiting
fb-cat-break-overran = break ran over
fb-cat-unscheduled-break = unscheduled break
fb-cat-waiting-time = waiting time
fb-cat-staff-manner = staff manner
fb-cat-competence = competence
fb-cat-information = information
fb-cat-premises = premises
fb-cat-other = other
fb-status-new = new
fb-status-acknowledged = acknowledged
fb-status-answered = answered
fb-status-closed = closed
fb-due-acknowledge = acknowledge by { $date }
fb-due-answer = answer by { $date }
fb-due-close = close by { $date }
fb-overdue-acknowledge = acknowledgement overdue (due by { $date })
fb-overdue-answer = answer overdue (due by { $date })
fb-overdue-close = closing overdue (due by { $date })
fb-age-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
fb-age-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
fb-age-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
fb-window = window { $window }
fb-ticket = ticket { $ticket }
fb-service = service { $service }
fb-break = break #{ $id }
fb-no-window = no window named
fb-no-staff = nobody named

## The log's words
ev-feedback-recorded = { $kind ->
    [complaint] Complaint
    [compliment] Compliment
    [suggestion] Suggestion
   *[question] Question
} #{ $id } recorded: { $category } ({ $channel }).
ev-feedback-acknowledged = Feedback #{ $id } acknowledged.
ev-feedback-assigned = Feedback #{ $id } assigned to { $to }.
ev-feedback-answered = Feedback #{ $id } answered.
ev-feedback-closed = Feedback #{ $id } closed.
ev-feedback-reopened = Feedback #{ $id } reopened: { $why }.
ev-contact-erased = The customer's name and contact for #{ $id } were erased; the entry stays.
ev-customer-rated = Window { $window }: a customer rated the visit { $score } out of 5.
ev-customer-rated-ticket = Window { $window }: { $ticket } rated the visit { $score } out of 5.
ev-audit-recorded = Mystery-shopper audit #{ $id } recorded: { $got } of { $max } points.

## Refusals and bad input
fb-refused-unknown-entry = There is no feedback entry #{ $id }.
fb-refused-unknown-ticket = There is no ticket { $name }.
fb-refused-unknown-window = There is no window { $window }.
fb-refused-unknown-staff = There is no staff member { $name }.
fb-refused-unknown-service = There is no service { $name }.
fb-refused-unknown-break = There is no break { $id }.
fb-refused-unknown-category = There is no category { $name }; the categories are { $known }.
fb-refused-empty = { $what ->
    [answer] The answer
    [to] The name of who takes it
    [why] The reason for reopening
    [checklist] The checklist
   *[other] The text
} must not be empty.
fb-refused-too-long = { $what ->
    [words] The customer's words
    [answer] The answer
    [note] The note
    [why] The reason
    [to] The name
   *[other] The text
} may be at most { $max } characters long.
fb-refused-bad-score = A rating is 1 to 5, not { $score }.
fb-refused-in-future = That time is still in the future.
fb-refused-no-marks = An audit needs at least one item marked.
fb-refused-already-acknowledged = Entry #{ $id } is already acknowledged.
fb-refused-closed = Entry #{ $id } is closed; reopen it first.
fb-refused-not-closed = Entry #{ $id } is not closed.
fb-refused-no-contact = Entry #{ $id } holds no name or contact to erase.
fb-no-ticket-on = There is no ticket { $ticket } on { $date }.
fb-bad-kind = Unknown kind { $value }; expected one of { $known }.
fb-bad-channel = Unknown channel { $value }; expected one of { $known }.
fb-bad-moment = { $what }: not a time in the hall: { $value } (expected YYYY-MM-DD or "YYYY-MM-DD HH:MM").
fb-bad-mark = Not an item's mark: { $value } (expected ITEM=yes, ITEM=no or ITEM=n/a).
fb-bad-period = The period ends ({ $to }) before it starts ({ $from }).

## frontdesk feedback list, show
fb-list-empty = No feedback matches.
fb-show-heading = { $kind ->
    [complaint] Complaint
    [compliment] Compliment
    [suggestion] Suggestion
   *[question] Question
} #{ $id } · { $category }
fb-received = Received { $received }, { $channel }.
fb-contact = Customer: { $contact }
fb-contact-erased = The customer's name and contact were erased.
fb-status-line = Status: { $status }
fb-assigned-line = In charge: { $to }
fb-answer-line = Answer: { $answer }
fb-context-heading = What the log says:
fb-history-heading = Steps:
fb-h-recorded = { $at } recorded by { $by }
fb-h-acknowledged = { $at } acknowledged by { $by }
fb-h-assigned = { $at } assigned to { $to } by { $by }
fb-h-answered = { $at } answered by { $by }: { $answer }
fb-h-closed = { $at } closed by { $by }
fb-h-closed-note = { $at } closed by { $by }: { $note }
fb-h-reopened = { $at } reopened by { $by }: { $why }
fb-h-erased = { $at } name and contact erased by { $by }
fb-checklist-ok = { $file }: a valid checklist with { $count ->
    [one] { $count } item
   *[other] { $count } items
}.
fb-mark-unknown = Checklist { $checklist } has no item { $item }; its items are { $known }.
fb-mark-missing = Item { $item } of checklist { $checklist } is not marked (every item needs yes, no or n/a).
fb-mark-twice = Item { $item } is marked more than once.
fb-no-checklist = There is no checklist { $name }: the shipped one is mystery-shopper, and a hall's own go in checklists/ beside its config.
fb-audits-empty = No audits recorded yet.
fb-audit-line = #{ $id } · { $visited } · { $checklist } · { $place } · { $got } of { $max } points ({ $percent })

## What the log says around a complaint
fb-cx-nothing = The log holds nothing about this ticket or window at that time.
fb-cx-ticket = Ticket { $ticket } taken at { $time }, waited { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
fb-cx-served = Served at window { $window } at { $time }.
fb-cx-no-show = Called to window { $window } and marked not there at { $time }.
fb-cx-cancelled = Cancelled at { $time }.
fb-cx-expired = Still waiting when the hall closed.
fb-cx-not-served = Not served.
fb-cx-transfers = { $count ->
    [one] Sent on once.
   *[other] Sent on { $count } times.
}
fb-cx-break = Break #{ $id } at window { $window }, { $span }, { $kind }.
fb-cx-published = planned and published
fb-cx-unpublished = planned, not published
fb-cx-unscheduled = unscheduled ({ $reason })
fb-cx-warned = The queue was warned at { $time }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} ahead, { $waiting ->
    [0] when nobody was waiting
    [one] with { $waiting } person waiting
   *[other] with { $waiting } people waiting
}.
fb-cx-not-warned = The queue was not warned.
fb-cx-waiting-at-start = { $waiting ->
    [0] Nobody was waiting
    [one] { $waiting } person was waiting
   *[other] { $waiting } people were waiting
} when the break began.
fb-cx-overran = The break ran { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} over.
fb-cx-within-cutoff = { $ticket } was within the cutoff (last ticket { $cutoff }): the window had promised to serve it.
fb-cx-past-cutoff = { $ticket } came after the cutoff (last ticket { $cutoff }).
fb-cx-phrases = Phrases said: { $phrases }.
fb-cx-no-phrases = No prepared phrase was said.
fb-cx-rules-kept = The hall's rules were followed.
fb-cx-lapses = Rules not followed: { $lapses }.
fb-lapse-not-warned = window { $window } went on its break with { $waiting ->
    [one] { $waiting } person
   *[other] { $waiting } people
} waiting and no warning
fb-lapse-warned-late = window { $window } warned only { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} ahead ({ $lead } due)
fb-lapse-not-published = window { $window }'s break was never published
fb-lapse-promise-broken = { $ticket } was promised service at window { $window } and did not get it there
fb-lapse-no-apology = window { $window } left unscheduled with people waiting and no apology
fb-lapse-overran = window { $window }'s break ran { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} over

## Figures
fb-fig-heading = Feedback from { $from } to { $to }
fb-fig-hall = The hall
fb-fig-line = praise to complaints: { $ratio } · complaints per 1000 served: { $perk } (of { $served } served) · average rating: { $avg } ({ $ratings ->
    [one] { $ratings } rating
   *[other] { $ratings } ratings
})
fb-fig-none = no praise, no complaints
fb-fig-no-complaints = { $count ->
    [one] { $count } compliment
   *[other] { $count } compliments
}, no complaints
fb-fig-no-praise = { $count ->
    [one] { $count } complaint
   *[other] { $count } complaints
}, no praise
fb-fig-by-window = By window:
fb-fig-by-staff = By member of staff:
fb-fig-by-day = By day:
fb-fig-by-week = By week (from Monday):
fb-fig-by-month = By month:

## The overview's alert
alert-feedback-overdue = { $count ->
    [one] { $kind ->
        [question] Question
       *[other] Complaint
    } #{ $id } is past the hall's time limit: { $what }.
   *[other] { $count } complaints and questions are past the hall's time limit; the longest late, #{ $id }: { $what }.
} See frontdesk feedback.

## The supervisor's feedback screen
fbs-title = Feedback
fbs-tab-open = Open { $count } ({ $late } late)
fbs-tab-all = All
fbs-tab-figures = Figures
fbs-tab-audits = Audits
fbs-ratings-none = no ratings today yet
fbs-ratings-today = today { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
}, average { $avg }; latest { $time } window { $window }: { $score } of 5
fbs-any = any
fbs-filters = Kind: { $kind } · Category: { $category } · Window: { $window } · Staff: { $staff } · Period: { $period }
fbs-period-today = today
fbs-period-week = last 7 days
fbs-period-month = last 30 days
fbs-period-quarter = last 3 months
fbs-period-year = last 12 months
fbs-period-ever = all time
fbs-col-kind = Kind
fbs-col-category = Category
fbs-col-window = Win
fbs-col-staff = Staff
fbs-col-age = Age
fbs-col-due = Due
fbs-col-status = Status
fbs-col-group = Group
fbs-col-ratio = Praise : complaints
fbs-col-per-k = Per 1000
fbs-col-rating = Rating
fbs-col-served = Served
fbs-stage-acknowledge = acknowledge
fbs-stage-answer = answer
fbs-stage-close = close
fbs-due-cell = { $stage } by { $date }
fbs-empty-open = No open feedback: nothing is waiting for an answer.
fbs-empty = No feedback in this period with these filters.
fbs-reading = Reading the log…
fbs-fig-ratio = Praise to complaints: { $ratio } (about 1 : 10 is usual, 3 : 1 excellent)
fbs-fig-per-k = Complaints per 1000 customers served: { $perk } (of { $served } served)
fbs-fig-rating = Average rating: { $avg } of 5 from { $ratings ->
    [one] { $ratings } rating
   *[other] { $ratings } ratings
} · { $spread }
fbs-btn-acknowledge = acknowledge
fbs-btn-assign = assign
fbs-btn-answer = answer
fbs-btn-close = close
fbs-btn-reopen = reopen
fbs-btn-kind = kind
fbs-btn-category = category
fbs-btn-window = window
fbs-btn-staff = staff
fbs-btn-period = period
fbs-btn-tab = view
fbs-btn-help = keys
fbs-key-select = choose an entry
fbs-key-group = figures by window, staff, day, week or month
fbs-key-clear = clear the filters
fbs-key-back = close this panel or the last message
fbs-prompt-assign = Who takes #{ $id }?
fbs-prompt-answer = The answer given to the customer of #{ $id }:
fbs-prompt-close = A note on closing #{ $id } (may stay empty):
fbs-prompt-reopen = Why is #{ $id } open again?
fbs-prompt-keys = Enter records it · Esc leaves it

## The counter's feedback prompt
key-customer-said = record what the customer just said
fbp-title = What did the customer say?
fbp-about = About { $ticket } at window { $window }, served by { $staff }
fbp-about-nobody = About { $ticket } at window { $window }
fbp-about-window = No customer at the window: it is recorded for window { $window }
fbp-kind = What was it?
fbp-category = What was the { $kind ->
    [complaint] complaint
    [compliment] compliment
    [suggestion] suggestion
   *[other] question
} about?
fbp-words = In a few words (may stay empty); Enter records it:

## The customer's survey screen
survey-welcome = Welcome
survey-idle = After your visit you can tell us here how it went.
survey-question = How was your visit?
survey-face-1 = Very bad
survey-face-2 = Bad
survey-face-3 = So-so
survey-face-4 = Good
survey-face-5 = Very good
survey-hint = Touch a face, or press 1 to 5.
survey-scale = 1 very bad · 5 very good
survey-reason-question = Thank you! What mattered most?
survey-optional = You may skip this.
survey-reason-waiting-time = The waiting time
survey-reason-staff-manner = How I was treated
survey-reason-competence = The staff's knowledge
survey-reason-information = The information I got
survey-reason-window-closed = A window closing
survey-reason-premises = The premises
survey-skip = Skip
survey-thanks = Thank you for your answer!
survey-goodbye = Have a good day.
survey-not-saved = Sorry, your answer could not be saved.
