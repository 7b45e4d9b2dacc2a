# frontdesk store: checking, backing up and restoring the event log.

store-check-whole = { $file }: the log is whole: { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, numbered without a gap and each readable; SQLite finds no damage; { $snapshots ->
        [0] there is no snapshot yet.
        [one] the snapshot matches the events.
       *[other] the { $snapshots } snapshots match the events.
    }
store-check-problem = Damage: { $problem }
store-check-damaged = { $file }: the log is damaged ({ $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }, listed above). Put the last good backup back with `frontdesk store restore BACKUP`.
store-backup-done = Backed up { $events ->
        [one] { $events } event
       *[other] { $events } events
    } of { $log } to { $file }; the copy was checked in full.
store-restore-done = Restored { $events ->
        [one] { $events } event
       *[other] { $events } events
    } from { $file } to { $log }.
store-restore-kept = The log it replaced is kept as { $kept }.
