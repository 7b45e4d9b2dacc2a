# frontdesk interface texts (ru): planner.

## plan --print
plan-title = План перерывов на { $date } — { $hall }
plan-interval = Прогноз по интервалам в { $minutes } мин. Поток клиентов:
plan-source-config = из настроек
plan-source-log = { $days ->
    [one] по данным журнала за { $days } прошлый аналогичный день
    [few] по данным журнала за { $days } прошлых аналогичных дня
    [many] по данным журнала за { $days } прошлых аналогичных дней
   *[other] по данным журнала за { $days } прошлого аналогичного дня
}
plan-heading-breaks = Перерывы
plan-heading-forecast = Прогноз
plan-forecast-legend = по каждой услуге: среднее ожидание в минутах (! очередь растёт быстрее, чем окна успевают обслуживать), доля вызванных в пределах целевого времени ожидания, окон работает / окон нужно
plan-no-breaks = Перерывы не запланированы.
plan-new = новый
plan-minutes = { $minutes } мин
plan-unscheduled = внеплановый
plan-state-new = ещё не записан
plan-state-edited = изменён, ещё не записан
plan-actual = фактически { $start }–{ $end }
plan-actual-on = идёт с { $start }
plan-no-window = нет окна
plan-summary = Худший интервал: среднее ожидание { $worst } мин; { $overloaded ->
    [0] перегруженных интервалов нет
    [one] { $overloaded } перегруженный интервал
    [few] { $overloaded } перегруженных интервала
    [many] { $overloaded } перегруженных интервалов
   *[other] { $overloaded } перегруженного интервала
}; за день в среднем { $mean } мин; { $problems ->
    [0] правила не нарушены.
    [one] нарушено { $problems } правило.
    [few] нарушено { $problems } правила.
    [many] нарушено { $problems } правил.
   *[other] нарушено { $problems } правила.
}
plan-suggest-moved = { $count ->
    [0] Предложение ничего не меняет.
    [one] Предложение добавляет в план или переносит { $count } перерыв.
    [few] Предложение добавляет в план или переносит { $count } перерыва.
    [many] Предложение добавляет в план или переносит { $count } перерывов.
   *[other] Предложение добавляет в план или переносит { $count } перерыва.
}
plan-compare-current = Текущий план:      худший интервал { $worst } мин, перегруженных: { $overloaded }, за день в среднем { $mean } мин.
plan-compare-suggested = Предлагаемый план: худший интервал { $worst } мин, перегруженных: { $overloaded }, за день в среднем { $mean } мин.
plan-compare-naive = Простой план (каждый перерыв — в самое раннее допустимое время): худший интервал { $worst } мин, перегруженных: { $overloaded }, за день в среднем { $mean } мин.

## Broken rules
plan-problem-overlap = пересекается с другим перерывом в том же окне
plan-problem-staff-twice = { $staff }: два перерыва в одно и то же время
plan-problem-too-long = { $minutes } мин — дольше допустимого максимума в { $max } мин
plan-problem-too-short = { $minutes } мин — короче минимума для планового перерыва ({ $min } мин)
plan-problem-outside-hours = вне часов работы
plan-problem-outside-shift = вне рабочей смены ({ $staff }: { $from }–{ $to })
plan-problem-outside-entitlement = { $staff }: этот перерыв должен быть в промежутке { $from }–{ $to }
plan-problem-too-many-away = окон на перерыве одновременно: { $count }; допускается не больше { $max }
plan-problem-too-few-open = услуга { $service }: открыто { $open ->
    [one] { $open } окно
    [few] { $open } окна
    [many] { $open } окон
   *[other] { $open } окна
}, а нужно не меньше { $min }
plan-problem-too-late-to-warn = начинается через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}: предупредить очередь за { $lead } мин уже не получится
plan-problem-missed = время прошло, а перерыв так и не начался
plan-problem-unplanned = { $staff }: положен перерыв { $minutes } мин в промежутке { $from }–{ $to }, но он ещё не запланирован

## The planner screen
planner-title = Планировщик · { $hall }
planner-tab-timeline = График
planner-tab-live = Зал сейчас
planner-status-clean = План совпадает с журналом.
planner-status-dirty = { $count ->
    [one] { $count } изменение ещё не записано: w — записать, P — записать и объявить.
    [few] { $count } изменения ещё не записаны: w — записать, P — записать и объявить.
    [many] { $count } изменений ещё не записано: w — записать, P — записать и объявить.
   *[other] { $count } изменения ещё не записано: w — записать, P — записать и объявить.
}
planner-status-preview = Показано предложение: Enter — принять, Esc — отклонить.
planner-forecast = Прогноз: среднее ожидание по услугам
planner-legend = ▁▂▄▆█ ожидание относительно целевого · ! перегрузка · █ объявлен ▒ не объявлен ▓ идёт ░ завершён · ▼│ сейчас
planner-cursor = { $window } в { $time }: перерыва нет. a — добавить, n — выбрать следующий перерыв.
planner-interval = { $service }: { $wait } мин, { $level }% в пределах { $target } мин, окна { $windows }
planner-interval-overloaded = { $service }: перегрузка, { $wait } мин, { $level }% в пределах { $target } мин, окна { $windows }
planner-suggestion = Предложение: худший интервал { $before } → { $after } мин, перегруженных интервалов { $over_before } → { $over_after }, среднее ожидание { $mean_before } → { $mean_after } мин; { $count ->
    [one] { $count } перерыв запланирован или перенесён.
    [few] { $count } перерыва запланированы или перенесены.
    [many] { $count } перерывов запланировано или перенесено.
   *[other] { $count } перерыва запланировано или перенесено.
} Enter — принять, Esc — отклонить.
planner-suggestion-taken = Предложение внесено в план; w — записать, P — объявить.
planner-suggestion-dropped = Предложение отклонено.
planner-suggestion-pending = Сначала примите предложение (Enter) или отклоните его (Esc).
planner-locked = Этот перерыв уже начался, закончился или о нём уже предупредили очередь: переносить его нельзя.
planner-nothing-selected = Перерыв не выбран: n — выбрать следующий, или щёлкните по перерыву.
planner-slot-taken = У этого окна на это время уже есть перерыв.
planner-reverted = Восстановлен план из журнала.
planner-nothing-to-write = Записывать нечего: план совпадает с журналом.
planner-unwritten = Прежде чем переходить на другой день, запишите изменения (w) или отмените их (u).
planner-written = { $count ->
    [one] План записан ({ $count } событие).
    [few] План записан ({ $count } события).
    [many] План записан ({ $count } событий).
   *[other] План записан ({ $count } события).
}
planner-published = План записан и объявлен: клиенты видят его на табло и в объявлении.
planner-refused = Ничего не записано: { $reason }
btn-add-break = добавить
btn-delete-break = удалить
btn-longer = длиннее
btn-shorter = короче
btn-staff = сотрудник
btn-suggest = предложить
btn-write = записать
btn-publish = объявить
btn-revert = отменить
btn-live = зал сейчас
btn-help = клавиши
key-open-planner = открыть планировщик
key-planner-move = сдвинуть выбранный перерыв (или курсор) на 5 минут
key-planner-move-far = сдвинуть на 30 минут
key-planner-row = выбрать строку окна
key-planner-next = выбрать следующий / предыдущий перерыв
key-planner-accept = принять показанное предложение
key-planner-day = предыдущий / следующий день
key-planner-resize = удлинить / укоротить выбранный перерыв на 5 минут
key-planner-add = добавить перерыв у курсора — той длины, что положена сотруднику
key-planner-delete = удалить выбранный перерыв
key-planner-staff = передать выбранный перерыв следующему сотруднику
key-planner-suggest = предложить, куда поставить перерывы всем (только показ, в план пока не вносится)
key-planner-write = записать план в журнал
key-planner-publish = записать план и объявить его клиентам
key-planner-undo = отменить все ещё не записанные изменения
key-planner-tab = переключиться между графиком и залом
planner-no-requests = Запросов на перерыв, ожидающих ответа, нет.
planner-no-request = Отвечать не на что: запросов на перерыв нет.
btn-approve = одобрить
btn-postpone = отложить
btn-decline = отклонить
btn-timeline = график
key-planner-answer = на вкладке «Зал сейчас»: одобрить, отложить (на 10 минут) или отклонить выбранный запрос на перерыв
btn-simulate = симуляция
key-planner-simulate = проверить показанный план на симуляторе
plan-sim-check = Симулятор, дней: { $reps }: среднее ожидание { $sim_mean } ± { $ci } мин (прогноз { $mean }), худший интервал { $sim_worst } мин (прогноз { $worst }), в пределах целевого времени обслужено { $level }%.
plan-sim-failed = Симулятор не смог просчитать этот план: { $reason }

## The forecast's warnings, its check against the simulator, and the live forecast
plan-service-no-window = { $service } { $name }: в этот день её не обслуживает ни одно окно, поэтому её клиентов обслужить нельзя.
plan-unserved = { $count ->
    [one] Примерно { $count } клиент не будет обслужен: не дождётся или для него не останется окна.
    [few] Примерно { $count } клиента не будут обслужены: не дождутся или для них не останется окна.
    [many] Примерно { $count } клиентов не будут обслужены: не дождутся или для них не останется окна.
   *[other] Примерно { $count } клиента не будут обслужены: не дождутся или для них не останется окна.
}
plan-beyond-count = Очередь разрастается больше, чем прогноз способен учесть: настоящее ожидание не меньше показанного.
planner-interval-no-window = { $service }: нет окна, никого не обслужат; окна { $windows }
plan-check-heading = Прогноз и симулятор (дней: { $reps }), среднее ожидание в минутах: прогноз | симуляция ± 95%-й интервал; ≠ там, где они расходятся сильнее допустимого
plan-check-agree = Прогноз и симулятор везде сходятся в пределах допуска (10% или 0,5 мин на интервал, 5% или 0,2 мин за день).
plan-check-disagree = { $count ->
    [one] Прогноз и симулятор расходятся сильнее допустимого в { $count } месте: { $list }.
    [few] Прогноз и симулятор расходятся сильнее допустимого в { $count } местах: { $list }.
    [many] Прогноз и симулятор расходятся сильнее допустимого в { $count } местах: { $list }.
   *[other] Прогноз и симулятор расходятся сильнее допустимого в { $count } места: { $list }.
}
plan-check-day-disagree = Среднее ожидание за день расходится с симулятором сильнее допустимого (5% или 0,2 мин).
planner-interval-sim = { $service } в симуляции { $sim } ± { $ci } мин
planner-live-heading = Прогноз отсюда, от нынешних очередей (среднее ожидание, мин; ! очередь растёт)
planner-live-line = { $service }: в очереди { $waiting }; { $waits }
planner-live-over = Рабочее время на сегодня закончилось: прогнозировать нечего.
