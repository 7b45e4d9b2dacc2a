# frontdesk interface texts (en): sim.

## frontdesk simulate: the report
sim-heading = Simulated day { $date } in { $hall }: { $reps ->
    [one] { $reps } replication
   *[other] { $reps } replications
}, seed { $seed }.
sim-policy-finish-current = Breaks as the product takes them (finish-current): the window stops calling at the break, finishes the customer in service, then leaves.
sim-policy-preempt-resume = Breaks as the textbook model takes them (preempt-resume): the window leaves on the minute and the interrupted service resumes after the break.
sim-breaks-plan = Breaks: { $count ->
    [one] { $count } break
   *[other] { $count } breaks
} from the plan file { $file }.
sim-breaks-log = Breaks: the log's plan for { $date }, { $count ->
    [one] { $count } break
   *[other] { $count } breaks
}.
sim-breaks-none = The log has no breaks planned for { $date }: the day is simulated without breaks.
sim-arrivals-profile = Arrivals: drawn from the config's arrivals_per_hour, service times from its service_time.
sim-arrivals-replay = Arrivals: { $count ->
    [one] { $count } recorded customer
   *[other] { $count } recorded customers
} replayed from { $file }, with their recorded service times.
sim-replay-one-day = A replay has no randomness, so one day is simulated whatever --reps says.
sim-ci = Each figure is the mean over the simulated days ± half its 95% confidence interval.
sim-note-empirical = Service { $service }: the log has { $samples ->
    [one] { $samples } served visit
   *[other] { $samples } served visits
}, fewer than the { $needed } empirical service times need, so they are drawn from an exponential with the configured mean.
sim-note-break-ignored = The break of { $window } at { $start }–{ $end } lies outside the window's hours and is left out.
sim-min = min
sim-customers = Customers per day
sim-mean-wait = Mean wait
sim-p-wait = Waited at all
sim-service-level = Served within the target wait
sim-abandoned = Gave up waiting
sim-unserved = Still waiting at closing, unserved
sim-longest-queue = Longest queue
sim-heading-intervals = Waits by interval of arrival
sim-heading-services = By service
sim-heading-windows = Windows
sim-col-time = From
sim-col-arrivals = Arrivals
sim-col-wait = Mean wait
sim-col-waited = Waited
sim-col-service = Service
sim-col-within = Within target
sim-col-gave-up = Gave up
sim-col-window = Window
sim-col-utilisation = Utilisation
sim-col-served = Served
sim-heading-breaks = Breaks (warnings given per day: { $warnings }; breaks started late per day: { $late })
sim-break = { $window } { $start }–{ $end }: the queue was warned on { $warned } of the days; the break started late on { $late }.
sim-break-late = When late, it started { $minutes } min after the planned time.
sim-break-cutoff = Customers past the cutoff per day: { $past }; of them served at another window { $elsewhere }, waited for the window's return { $returned }, gave up { $gaveup }.
sim-trace-written = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} written to { $file }.
sim-exported = { $count ->
    [one] { $count } served ticket
   *[other] { $count } served tickets
} of { $date } written to { $file }; replay them with --arrivals.

## frontdesk simulate: problems
sim-no-arrivals = No service in the config has arrivals_per_hour, so nobody would arrive. Add arrivals_per_hour to a service, or replay recorded arrivals with --arrivals FILE.csv.
sim-bad-policy = Unknown break policy "{ $value }"; expected one of { $known }.
sim-warn-arrivals-outside = Warning: { $count ->
    [one] { $count } recorded arrival falls
   *[other] { $count } recorded arrivals fall
} outside the opening hours (the first at { $first }); they are simulated as recorded.
sim-warn-break-all-day = Warning: the break of window { $window } from { $start } to { $end } covers the whole opening hours, so the window never serves.
