# Тексты интерфейса frontdesk — русский.
# Формы множественного числа по CLDR: one (1, 21, 31…), few (2–4, 22–24…),
# many (0, 5–20, 25–30…), other (дробные числа).

## The overview screen
demo-mark = ДЕМО-ЗАЛ (тестовые данные)
too-small = Окно терминала слишком маленькое. Пожалуйста, увеличьте его хотя бы до 40 столбцов и 10 строк.
heading-windows = Окна
heading-queues = Очереди
heading-breaks = Перерывы сегодня
col-window = Окно
col-staff = Сотрудник
col-state = Статус
col-serving = Клиент
col-queue = Ждут
col-service = Услуга
col-waiting = В очереди
col-open = Открыто
footer-overview = 1–9 окно · p планировщик · q выход · ? справка · l язык
help-title = Клавиши
help-refresh = Экран обновляется сам: всё, что происходит на терминалах зала, видно сразу.
key-quit = выйти
key-help = показать или скрыть справку
key-language = сменить язык
key-close = закрыть эту панель
window-n = Окно { $window }
no-breaks-today = Сегодня перерывов больше нет.
no-breaks = На { $date } перерывов нет.
alert-warning-due = Окно { $window } уходит на перерыв в { $time }, а { $waiting ->
    [one] { $waiting } клиент в очереди ещё не предупреждён.
    [few] { $waiting } клиента в очереди ещё не предупреждены.
    [many] { $waiting } клиентов в очереди ещё не предупреждены.
   *[other] { $waiting } клиента в очереди ещё не предупреждены.
}
heading-requests = Запросы на перерыв
request-line = №{ $id } окно { $window } · { $reason } · { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} · запрошен в { $time } · { $status }
request-waiting = ждёт ответа
request-due-again = отложен до { $time }, снова ждёт ответа
request-postponed = отложен до { $time }
request-approved = одобрен
request-declined = отклонён
banner-request-pending = Ваш запрос на перерыв (№{ $id }) ждёт ответа старшего смены; продолжайте обслуживание.
banner-request-postponed = Старший смены отложил ваш запрос на перерыв до { $time }; продолжайте обслуживание.
banner-request-approved = Перерыв одобрен: он начнётся после текущего клиента.
banner-request-declined = Старший смены отклонил ваш запрос на перерыв; если ждать нельзя, обратитесь к нему.
alert-request = Окно { $window } просит внеплановый перерыв ({ $reason }, { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}); запрос ждёт ответа с { $time }.
alert-overrun = Перерыв окна { $window } затянулся на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.

## Window states
phase-closed = закрыто
phase-open = открыто
phase-pending = перерыв после текущего клиента
phase-closing = закрывается в { $time }
phase-closing-cutoff = закрывается в { $time }, последний талон { $cutoff }
phase-on-break = перерыв до { $time }
phase-overrun = перерыв до { $time } затянулся на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}

## Break states
bphase-planned = запланирован, не объявлен
bphase-published = объявлен
bphase-warning-due = пора предупредить очередь
bphase-closing-soon = скоро закрытие
bphase-pending = начнётся после текущего клиента
bphase-on-break = идёт
bphase-overrun = затянулся
bphase-done = завершён
bphase-cancelled = отменён
bphase-missed = не состоялся

## Break reasons
reason-planned = плановый перерыв
reason-goods-receipt = приёмка товара
reason-cash-collection = инкассация
reason-technical-fault = технический сбой
reason-personal = личные причины
reason-other = другое

## Queues
queue-count = в очереди: { $count }
queue-waiting = { $count ->
    [0] никто не ждёт
    [one] в очереди { $count } человек
    [few] в очереди { $count } человека
    [many] в очереди { $count } человек
   *[other] в очереди { $count } человека
}
queue-oldest = дольше всех — { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
queue-open-windows = { $count ->
    [0] окна закрыты
    [one] открыто { $count } окно
    [few] открыто { $count } окна
    [many] открыто { $count } окон
   *[other] открыто { $count } окна
}
serving-for = { $ticket } ({ $minutes } мин)

## What happened (the CLI's answers and the log)
ev-window-opened = Окно { $window } открыто.
ev-window-opened-staff = Окно { $window } открыто ({ $staff }).
ev-window-closed = Окно { $window } закрыто.
ev-ticket-issued = Выдан талон { $ticket }.
ev-ticket-called = Талон { $ticket }, пройдите, пожалуйста, к окну { $window }.
ev-ticket-recalled = Талон { $ticket } повторно вызван к окну { $window }.
ev-ticket-served = Талон { $ticket } обслужен в окне { $window }.
ev-ticket-no-show = Клиент с талоном { $ticket } не подошёл к окну { $window }.
ev-ticket-transferred-window = Талон { $ticket } направлен к окну { $window }.
ev-ticket-transferred-service = Талон { $ticket } переведён в очередь { $service }.
ev-ticket-cancelled = Талон { $ticket } аннулирован.
ev-tickets-expired = { $count ->
    [one] Закрыт { $count } талон, оставшийся в очереди с прошлого дня.
    [few] Закрыты { $count } талона, оставшиеся в очереди с прошлого дня.
    [many] Закрыто { $count } талонов, оставшихся в очереди с прошлого дня.
   *[other] Закрыто { $count } талона, оставшихся в очереди с прошлого дня.
}
ev-break-planned = Перерыв №{ $id } запланирован: окно { $window }, { $start }–{ $end }.
ev-break-unscheduled = Внеплановый перерыв №{ $id } в окне { $window }, { $start }–{ $end }: { $reason }.
ev-break-cancelled = Перерыв №{ $id } в окне { $window } отменён.
ev-break-changed = Перерыв №{ $id } в окне { $window } перенесён на { $start }–{ $end }.
ev-break-changed-published = Перерыв №{ $id } в окне { $window } перенесён на { $start }–{ $end }; клиенты видят новое время.
ev-breaks-published = { $count ->
    [one] Клиентам объявлен { $count } перерыв.
    [few] Клиентам объявлено { $count } перерыва.
    [many] Клиентам объявлено { $count } перерывов.
   *[other] Клиентам объявлено { $count } перерыва.
}
ev-break-requested = Окно { $window } просит внеплановый перерыв: { $reason }, { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} (запрос №{ $id }).
ev-request-approved = Запрос №{ $id } окна { $window } одобрен: перерыв начнётся после текущего клиента.
ev-request-postponed = Запрос №{ $id } окна { $window } отложен до { $time }.
ev-request-declined = Запрос №{ $id } окна { $window } отклонён.
ev-warning-given = Очередь у окна { $window } предупреждена (в очереди: { $waiting }).
ev-closing-started = Окно { $window } закрывается в { $time }; последний талон — { $cutoff }.
ev-closing-started-empty = Окно { $window } закрывается в { $time }; из тех, кто сейчас в очереди, до этого времени никого обслужить уже не успеет.
ev-cutoff-extended = Окно { $window } перед перерывом обслужит всех до талона { $cutoff } включительно.
ev-break-pending = Окно { $window } уйдёт на перерыв после текущего клиента.
ev-break-deferred = Окно { $window } продолжает работу: ещё ждут клиенты, которым обещали обслуживание, и другое окно их принять не может. Перерыв начнётся после них.
ev-break-started = Окно { $window } на перерыве до { $until }.
ev-break-ended = Окно { $window } снова работает после перерыва.
ev-policy-overridden = Исключение из правила ({ $rule }), разрешил(а): { $by }. Причина: { $reason }
rule-not-warned = очередь не предупреждена
rule-promised-waiting = ещё ждут клиенты, которым обещали обслуживание
rule-max-concurrent-breaks = слишком много окон на перерыве
rule-min-open-windows = слишком мало открытых окон
rule-break-too-long = слишком длинный перерыв
rule-break-too-short = слишком короткий перерыв
rule-needs-approval = внеплановый перерыв без согласования со старшим смены
rule-queue-too-long = слишком длинная очередь для перерыва
ev-phrase-said = Окно { $window }: сказано «{ $phrase }» ({ $lang }).
ev-phrase-said-quoted = Окно { $window }: сказано { $phrase } ({ $lang }).
ev-playbook-followed = Окно { $window }, сценарий { $playbook }: { $step } → { $answer }
nothing-to-do = Действий не требуется.

## Why a command was refused
refused-unknown-window = Окна { $window } нет.
refused-unknown-service = Услуги { $name } нет.
refused-unknown-ticket = Талон { $name } сегодня не выдавался.
refused-unknown-break = Перерыва №{ $id } нет.
refused-unknown-staff = Сотрудника { $name } нет.
refused-service-not-at-window = Окно { $window } не обслуживает услугу { $service }.
refused-break-ends-before-start = Конец перерыва должен быть позже начала.
refused-break-in-past = Время этого перерыва уже прошло.
refused-window-closed = Окно { $window } закрыто.
refused-window-already-open = Окно { $window } уже открыто.
refused-window-on-break = Окно { $window } на перерыве.
refused-window-break-pending = Окно { $window } уходит на перерыв после текущего клиента и больше никого не вызывает.
refused-window-busy = Окно { $window } ещё обслуживает талон { $ticket }: сначала завершите обслуживание.
refused-break-during-service = Окно { $window } ещё обслуживает талон { $ticket }: сначала завершите обслуживание или начните перерыв сразу после него (--after-service).
refused-not-serving = Окно { $window } сейчас никого не обслуживает.
refused-queue-empty = В очереди к окну { $window } никого нет.
refused-cutoff-reached = Окно { $window } закрывается: последний талон — { $cutoff }. Пожалуйста, направьте талон { $next } в другое окно.
refused-cutoff-reached-none = Окно { $window } закрывается и больше никого не принимает. Пожалуйста, направьте талон { $next } в другое окно.
refused-ticket-finished = Талон { $name } уже закрыт.
refused-no-break-due = У окна { $window } нет предстоящих плановых перерывов.
refused-warning-not-due = Предупреждать о перерыве окна { $window } можно с { $time }.
refused-already-warned = Очередь у окна { $window } уже предупреждена.
refused-not-on-break = Окно { $window } не на перерыве.
refused-break-under-way = У окна { $window } уже идёт перерыв.
refused-break-already-started = Перерыв №{ $id } уже начался; его можно только завершить.
refused-reason-required = Следующий плановый перерыв окна { $window } — в { $time }. Чтобы уйти на перерыв сейчас, укажите причину (--reason).
refused-reason-missing = Для внепланового перерыва нужна причина (--reason).
refused-break-overlaps = У окна { $window } на это время уже есть перерыв.
refused-break-announced = Очередь у окна { $window } уже предупреждена о перерыве №{ $id }, переносить его нельзя. Отмените или завершите его.
refused-break-too-short = Плановый перерыв длится не меньше { $min ->
    [one] { $min } минуты
    [few] { $min } минут
    [many] { $min } минут
   *[other] { $min } минуты
}, а не { $asked }.
refused-unknown-request = Запроса на перерыв №{ $id } нет.
refused-request-answered = На запрос №{ $id } уже ответили.
refused-request-pending = Окно { $window } уже попросило перерыв; старший смены ещё не ответил.
refused-needs-approval = Внеплановый перерыв окна { $window } сначала согласуется со старшим смены (break request).
refused-not-warned = У окна { $window } { $waiting ->
    [one] ждёт { $waiting } клиент
    [few] ждут { $waiting } клиента
    [many] ждут { $waiting } клиентов
   *[other] ждут { $waiting } клиента
}, а очередь об этом перерыве не предупреждена. Сначала предупредите очередь (break warn).
refused-promised-waiting = Окно { $window } должно до перерыва обслужить { $tickets }, а другие окна не могут их принять.
refused-max-concurrent-breaks = Одновременно на перерыве может быть не больше { $max ->
    [one] { $max } окна.
    [few] { $max } окон.
    [many] { $max } окон.
   *[other] { $max } окна.
}
refused-min-open-windows = Для услуги { $service } { $min ->
    [one] должно оставаться открытым хотя бы { $min } окно.
    [few] должны оставаться открытыми хотя бы { $min } окна.
    [many] должны оставаться открытыми хотя бы { $min } окон.
   *[other] должны оставаться открытыми хотя бы { $min } окна.
}
refused-break-too-long = Перерыв может длиться максимум { $max ->
    [one] { $max } минуту
    [few] { $max } минуты
    [many] { $max } минут
   *[other] { $max } минуты
}, а не { $asked }.
refused-queue-too-long = У окна { $window } в очереди { $waiting ->
    [one] { $waiting } человек
    [few] { $waiting } человека
    [many] { $waiting } человек
   *[other] { $waiting } человека
}, а начать перерыв можно, только когда в очереди не больше { $max ->
    [one] { $max } человека.
    [few] { $max } человек.
    [many] { $max } человек.
   *[other] { $max } человека.
}

## The command line
bad-date = Неверная дата: { $value } (нужен формат YYYY-MM-DD).
bad-time = Неверное время: { $value } (нужен формат HH:MM).
time-skipped = Времени { $value } { $date } не существует: в этот день часы переводят вперёд.
bad-reason = Неизвестная причина { $value }; допустимые: { $known }.
break-length-missing = Укажите конец перерыва (--end) или его длительность (--minutes).
transfer-target = Укажите, куда направить клиента: --to-service или --to-window.
config-none = Нет файла настроек; укажите его или выполните «frontdesk config init».
config-ok = Файл { $file } в порядке: { $hall }, { $windows ->
    [one] { $windows } окно
    [few] { $windows } окна
    [many] { $windows } окон
   *[other] { $windows } окна
}, { $services ->
    [one] { $services } услуга.
    [few] { $services } услуги.
    [many] { $services } услуг.
   *[other] { $services } услуги.
}
config-exists = Файл { $file } уже существует; чтобы заменить его, добавьте --force.
config-written = Шаблон настроек записан в { $file }. Отредактируйте его и проверьте командой «frontdesk config check».
config-demo = нет (демо-зал)
demo-reset = Подготовлен новый демо-день: { $path }.

## The counter screen
key-open-counter = открыть экран этого окна
key-select-counter = выбрать окно и открыть его экран
key-say-phrase = отметить фразу как сказанную
key-back = назад к обзору зала
btn-next = следующий
btn-recall = повторить вызов
btn-served = обслужен
btn-no-show = не подошёл
btn-transfer = перевести
btn-warn = предупредить
btn-break = перерыв
btn-end-break = конец перерыва
btn-playbook = что делать
btn-phrase-lang = язык фраз
counter-at-window = У окна
counter-serving-for = у окна уже { $time }
counter-nobody = У окна никого нет. Нажмите n, чтобы вызвать следующего клиента.
counter-the-line = Очередь к окну
counter-line = { $count ->
    [one] ждёт { $count }, дольше всех — { $minutes } мин
   *[other] ждут { $count }, дольше всех — { $minutes } мин
}
counter-line-empty = Никто не ждёт.
counter-no-break = У этого окна сегодня нет запланированных перерывов.
counter-next-break = Следующий перерыв: { $start }–{ $end }
counter-in-minutes = через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
counter-say = Скажите
banner-warning-due = ПРЕДУПРЕДИТЕ ОЧЕРЕДЬ СЕЙЧАС: ваш перерыв в { $time }, { $waiting ->
    [one] ждёт { $waiting } клиент.
    [few] ждут { $waiting } клиента.
    [many] ждут { $waiting } клиентов.
   *[other] ждут { $waiting } клиента.
} Скажите фразу 1 и нажмите w.
banner-cutoff = ЗАКРЫТИЕ: обслужите до талона { $cutoff }; начиная с { $next } направляйте клиентов в окно { $other }.
banner-cutoff-alone = ЗАКРЫТИЕ: обслужите до талона { $cutoff }; { $next } и следующих примете первыми после перерыва.
banner-cutoff-all = ЗАКРЫТИЕ: обслужите до талона { $cutoff }, затем начнётся перерыв.
banner-overrun = ПЕРЕРЫВ ЗАТЯНУЛСЯ на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}: очередь ждёт. Вернувшись, нажмите e.
banner-closed = Это окно закрыто.
transfer-to-service = очередь { $service } ({ $name })
panel-transfer = Куда направить клиента
panel-break = Внеплановый перерыв: причина?
panel-break-minutes = Длительность: { $minutes } мин (← → изменить)
panel-other-reason = Коротко, в чём причина:
panel-playbooks = Что делать, если…
panel-playbook-say = Скажите: { $phrase }
panel-playbook-done = Enter — выполнить · Esc — закрыть
panel-keys = ↑↓ выбор · Enter подтвердить · Esc закрыть
counter-nobody-break = Перерыв. Вернувшись, нажмите e.
counter-this-break = Этот перерыв: { $start }–{ $end }
banner-pending = ПЕРЕРЫВ ПОСЛЕ ЭТОГО КЛИЕНТА: закончите обслуживание талона { $ticket }; перерыв начнётся, когда вы нажмёте s.

# Предупреждения обзора, которым не хватило места на маленьком экране.
alerts-more = { $count ->
    [one] …и ещё { $count } предупреждение (видно в окне побольше)
    [few] …и ещё { $count } предупреждения (видны в окне побольше)
    [many] …и ещё { $count } предупреждений (видны в окне побольше)
   *[other] …и ещё { $count } предупреждения (видны в окне побольше)
}
