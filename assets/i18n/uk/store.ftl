# frontdesk store: перевірка, резервне копіювання та відновлення журналу подій.

store-check-whole = { $file }: журнал цілий: { $events } { $events ->
        [one] подія
        [few] події
       *[many] подій
    }, пронумеровані без пропусків, усі читаються; SQLite пошкоджень не знаходить; { $snapshots ->
        [0] знімків стану ще немає.
        [one] знімок стану збігається з подіями.
       *[other] знімки стану ({ $snapshots }) збігаються з подіями.
    }
store-check-problem = Пошкодження: { $problem }
store-check-damaged = { $file }: журнал пошкоджений ({ $count } { $count ->
        [one] проблема
        [few] проблеми
       *[many] проблем
    }, див. вище). Поверніть останню справну резервну копію командою `frontdesk store restore КОПІЯ`.
store-backup-done = Резервну копію журналу { $log } збережено в { $file }: { $events } { $events ->
        [one] подія
        [few] події
       *[many] подій
    }; копію повністю перевірено.
store-restore-done = З { $file } до { $log } відновлено { $events } { $events ->
        [one] подію
        [few] події
       *[many] подій
    }.
store-restore-kept = Замінений журнал збережено як { $kept }.
