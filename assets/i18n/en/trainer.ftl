# frontdesk interface texts (en): trainer.

## The log's words for training sessions

ev-training-started = Training session begins: scenario { $scenario }, seed { $seed }.
ev-training-cue = Scenario: { $what } ({ $cue }).
ev-training-cue-ticket = Scenario: { $what }, ticket { $ticket } ({ $cue }).
ev-training-clock-jump = Scenario: the system clock jumps { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $direction ->
        [back] back
       *[ahead] ahead
    } ({ $cue }).
ev-training-ended = Training session ends: { $score } of { $max } points.

cue-kind-delivery = a delivery arrives
cue-kind-protest = the queue protests
cue-kind-late-customer = a customer arrives after the cutoff
cue-kind-clock-jump = the system clock jumps
cue-kind-customer-line = a customer speaks

## The trainer's strip, panel and keys

train-mark = TRAINING
train-paused = paused
train-speed = ×{ $speed }
train-tally = ✓ { $met }  ✗ { $missed }  … { $pending }
train-panel-title = Trainer
train-expected = Expected next
train-missed = Missed
train-coming = Coming up
train-nothing-expected = Nothing right now.
train-nothing-missed = Nothing so far.
train-nothing-coming = No more incidents.
train-done-at-window = { $ticket } is done at the window: mark them served (s).
train-briefing = Briefing
train-press-start = Press Enter or F3 to start the clock.
train-key-panel = panel
train-key-pause = pause
train-key-step = +1 minute
train-key-slower = slower
train-key-faster = faster
train-key-finish = finish
train-or = { " " }or{ " " }
train-by = by { $time }

## Checks, what each one expects, and how it went

check-warned-ahead = Warned the queue at least { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } ahead
check-apology = Apologised for the unscheduled break
check-no-refusal = Turned away nobody who was owed service
check-redirect = Sent those after the cutoff on with the right words
check-break-length = Kept the break within its length
check-answered = Answered what happened at { $time } ({ $what })
check-overrun-apology = Apologised for coming back late

expect-warn = Warn the queue by { $deadline } (the break starts at { $start })
expect-apology = Apologise to those waiting: the break is unscheduled ({ $reason })
expect-no-refusal = Turn nobody away who is owed service
expect-no-refusal-cutoff = Serve everyone up to { $cutoff } before the break
expect-redirect = Tell { $tickets } where to go: { $phrases }
expect-back = Be back at the window by { $until }
expect-answer = By { $deadline }: { $parts }
expect-overrun = Apologise for the delay as you sit down

part-playbook = follow { $playbooks }
part-phrase = say { $phrases }
part-break = start a break for { $reason }
part-warn = warn the queue
part-end-break = end the break

out-warned = warned at { $time }, { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before the break
out-warned-late = warned only at { $time }, { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before the break
out-not-warned = nobody warned by { $deadline }, with { $waiting ->
        [one] { $waiting } person
       *[other] { $waiting } people
    } waiting
out-apologised = apologised at { $time }
out-no-apology = no apology
out-refused = turned away: { $tickets } ({ $time })
out-none-refused = nobody turned away
out-redirected = said at { $time }
out-not-redirected = nobody told { $tickets } where to go
out-back-in-time = back at { $time }
out-back-late = back at { $time }, { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } late
out-still-away = still away at { $time }
out-answered = done at { $time }
out-not-answered = by { $deadline } still missing: { $parts }
out-overrun-apologised = apologised at { $time }
out-overrun-not = no apology for the delay
out-not-reached = the session ended first

## The debrief

debrief-title = Debrief: { $title }
debrief-meta = { $hall } · window { $window } · { $date } { $start }–{ $end } · seed { $seed }
debrief-score = Score: { $score } of { $max } points ({ $percent } %)
debrief-passed = passed (pass mark { $pass } %)
debrief-failed = not passed (pass mark { $pass } %)
debrief-checks = Checks
debrief-timeline = Timeline
debrief-col-check = Check
debrief-col-points = Points
debrief-col-result = How it went
debrief-col-time = Time
debrief-col-happened = What happened
debrief-col-expected = What was expected
debrief-did-not-arise = did not arise
debrief-start = The clock starts.
debrief-end = The session ends.
debrief-keys = ↑↓ PgUp PgDn scroll · l language · q quit

## The command line

train-list-header = Scenarios (run one with: frontdesk train NAME):
train-list-own = your own
train-list-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
train-check-ok = { $file }: scenario { $id } is valid: { $arrivals ->
        [one] { $arrivals } scripted arrival
       *[other] { $arrivals } scripted arrivals
    }, { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    }, { $checks ->
        [one] { $checks } check
       *[other] { $checks } checks
    }.
train-recorded = Session recorded in { $file }
train-debrief-written = Debrief written to { $file }
train-record-exists = { $file } already exists; each session is recorded in a file of its own
train-debrief-format = --debrief { $file }: the file name must end in .md or .html
train-no-file = { $file }: no such file
train-check-line = { $check }: { $points } of { $weight }

## Replaying a log

replay-mark = REPLAY
replay-position = event { $n } of { $total }
replay-end = end of the log
replay-read-only = A replay only shows what happened; nothing is recorded.
replay-not-training = { $file } is not a training session, so it has no debrief
replay-key-step = next event
