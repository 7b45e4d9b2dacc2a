# frontdesk store: проверка, резервное копирование и восстановление журнала событий.

store-check-whole = { $file }: журнал цел: { $events } { $events ->
        [one] событие
        [few] события
       *[many] событий
    }, пронумерованы без пропусков, все читаются; SQLite повреждений не находит; { $snapshots ->
        [0] снимков состояния пока нет.
        [one] снимок состояния совпадает с событиями.
       *[other] снимки состояния ({ $snapshots }) совпадают с событиями.
    }
store-check-problem = Повреждение: { $problem }
store-check-damaged = { $file }: журнал повреждён ({ $count } { $count ->
        [one] проблема
        [few] проблемы
       *[many] проблем
    }, см. выше). Верните последнюю исправную резервную копию командой `frontdesk store restore КОПИЯ`.
store-backup-done = Резервная копия журнала { $log } сохранена в { $file }: { $events } { $events ->
        [one] событие
        [few] события
       *[many] событий
    }; копия полностью проверена.
store-restore-done = Из { $file } в { $log } восстановлено { $events } { $events ->
        [one] событие
        [few] события
       *[many] событий
    }.
store-restore-kept = Заменённый журнал сохранён как { $kept }.
