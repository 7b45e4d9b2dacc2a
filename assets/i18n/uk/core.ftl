# Тексти інтерфейсу frontdesk — українська.
# Форми множини за CLDR: one (1, 21, 31…), few (2–4, 22–24…),
# many (0, 5–20, 25–30…), other (дробові числа).

## The overview screen
demo-mark = ДЕМО-ЗАЛ (тестові дані)
too-small = Вікно термінала замале. Будь ласка, збільште його щонайменше до 40 стовпців і 10 рядків.
heading-windows = Вікна
heading-queues = Черги
heading-breaks = Перерви сьогодні
col-window = Вікно
col-staff = Працівник
col-state = Стан
col-serving = Клієнт
col-queue = Черга
col-service = Послуга
col-waiting = У черзі
col-open = Відкрито
footer-overview = 1–9 вікно · p планувальник · q вихід · ? довідка · l мова
help-title = Клавіші
help-refresh = Екран оновлюється сам: усе, що відбувається на терміналах залу, видно одразу.
key-quit = вийти
key-help = показати або сховати довідку
key-language = змінити мову
key-close = закрити цю панель
window-n = Вікно { $window }
no-breaks-today = Сьогодні перерв більше немає.
no-breaks = На { $date } перерв немає.
alert-warning-due = Вікно { $window } йде на перерву { AT($time) }, а { $waiting ->
    [one] { $waiting } клієнт у черзі ще не попереджений.
    [few] { $waiting } клієнти в черзі ще не попереджені.
    [many] { $waiting } клієнтів у черзі ще не попереджені.
   *[other] { $waiting } клієнта в черзі ще не попереджені.
}
heading-requests = Запити на перерву
request-line = №{ $id } вікно { $window } · { $reason } · { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} · запит { AT($time) } · { $status }
request-waiting = чекає на відповідь
request-due-again = відкладено до { $time }, знову чекає на відповідь
request-postponed = відкладено до { $time }
request-approved = схвалено
request-declined = відхилено
banner-request-pending = Ваш запит на перерву (№{ $id }) чекає на відповідь старшого зміни; обслуговуйте далі.
banner-request-postponed = Старший зміни відклав ваш запит на перерву до { $time }; обслуговуйте далі.
banner-request-approved = Перерву схвалено: вона почнеться після поточного клієнта.
banner-request-declined = Старший зміни відхилив ваш запит на перерву; якщо чекати не можна, зверніться до нього.
alert-request = Вікно { $window } просить позапланову перерву ({ $reason }, { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}); запит чекає на відповідь з { $time }.
alert-overrun = Перерва вікна { $window } затягнулася на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.

## Window states
phase-closed = зачинено
phase-open = відкрито
phase-pending = перерва після поточного клієнта
phase-closing = зачиняється { AT($time) }
phase-closing-cutoff = зачиняється { AT($time) }, останній талон { $cutoff }
phase-on-break = перерва до { $time }
phase-overrun = перерва до { $time } затягнулася на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}

## Break states
bphase-planned = запланована, не оголошена
bphase-published = оголошена
bphase-warning-due = час попередити чергу
bphase-closing-soon = скоро зачиниться
bphase-pending = почнеться після поточного клієнта
bphase-on-break = триває
bphase-overrun = затягнулася
bphase-done = завершена
bphase-cancelled = скасована
bphase-missed = не відбулася

## Break reasons
reason-planned = планова перерва
reason-goods-receipt = приймання товару
reason-cash-collection = інкасація
reason-technical-fault = технічна несправність
reason-personal = особисті причини
reason-other = інше

## Queues
queue-count = у черзі: { $count }
queue-waiting = { $count ->
    [0] ніхто не чекає
    [one] у черзі { $count } особа
    [few] у черзі { $count } особи
    [many] у черзі { $count } осіб
   *[other] у черзі { $count } особи
}
queue-oldest = найдовше — { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
queue-open-windows = { $count ->
    [0] вікна зачинені
    [one] відкрито { $count } вікно
    [few] відкрито { $count } вікна
    [many] відкрито { $count } вікон
   *[other] відкрито { $count } вікна
}
serving-for = { $ticket } ({ $minutes } хв)

## What happened (the CLI's answers and the log)
ev-window-opened = Вікно { $window } відкрите.
ev-window-opened-staff = Вікно { $window } відкрите ({ $staff }).
ev-window-closed = Вікно { $window } зачинено.
ev-ticket-issued = Видано талон { $ticket }.
ev-ticket-called = Талон { $ticket }, підійдіть, будь ласка, до вікна { $window }.
ev-ticket-recalled = Талон { $ticket } повторно викликано до вікна { $window }.
ev-ticket-served = Талон { $ticket } обслуговано у вікні { $window }.
ev-ticket-no-show = Клієнт із талоном { $ticket } не підійшов до вікна { $window }.
ev-ticket-transferred-window = Талон { $ticket } направлено до вікна { $window }.
ev-ticket-transferred-service = Талон { $ticket } переведено в чергу { $service }.
ev-ticket-cancelled = Талон { $ticket } анульовано.
ev-tickets-expired = { $count ->
    [one] Закрито { $count } талон, що залишився в черзі з минулого дня.
    [few] Закрито { $count } талони, що залишилися в черзі з минулого дня.
    [many] Закрито { $count } талонів, що залишилися в черзі з минулого дня.
   *[other] Закрито { $count } талона, що залишилися в черзі з минулого дня.
}
ev-break-planned = Перерву №{ $id } заплановано: вікно { $window }, { $start }–{ $end }.
ev-break-unscheduled = Позапланова перерва №{ $id } у вікні { $window }, { $start }–{ $end }: { $reason }.
ev-break-cancelled = Перерву №{ $id } у вікні { $window } скасовано.
ev-break-changed = Перерву №{ $id } у вікні { $window } перенесено на { $start }–{ $end }.
ev-break-changed-published = Перерву №{ $id } у вікні { $window } перенесено на { $start }–{ $end }; клієнти бачать новий час.
ev-breaks-published = { $count ->
    [one] Клієнтам оголошено { $count } перерву.
    [few] Клієнтам оголошено { $count } перерви.
    [many] Клієнтам оголошено { $count } перерв.
   *[other] Клієнтам оголошено { $count } перерви.
}
ev-break-requested = Вікно { $window } просить позапланову перерву: { $reason }, { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} (запит №{ $id }).
ev-request-approved = Запит №{ $id } вікна { $window } схвалено: перерва почнеться після поточного клієнта.
ev-request-postponed = Запит №{ $id } вікна { $window } відкладено до { $time }.
ev-request-declined = Запит №{ $id } вікна { $window } відхилено.
ev-warning-given = Чергу біля вікна { $window } попереджено (у черзі: { $waiting }).
ev-closing-started = Вікно { $window } зачиняється { AT($time) }; останній талон — { $cutoff }.
ev-closing-started-empty = Вікно { $window } зачиняється { AT($time) }; із тих, хто зараз у черзі, до цього часу нікого обслужити вже не встигне.
ev-cutoff-extended = Вікно { $window } перед перервою обслужить усіх до талона { $cutoff } включно.
ev-break-pending = Вікно { $window } піде на перерву після поточного клієнта.
ev-break-deferred = Вікно { $window } продовжує роботу: ще чекають клієнти, яким обіцяли обслуговування, і інше вікно їх прийняти не може. Перерва почнеться після них.
ev-break-started = Вікно { $window } на перерві до { $until }.
ev-break-ended = Вікно { $window } знову працює після перерви.
ev-policy-overridden = Виняток із правила ({ $rule }), дозволив(ла): { $by }. Причина: { $reason }
rule-not-warned = чергу не попереджено
rule-promised-waiting = ще чекають клієнти, яким обіцяли обслуговування
rule-max-concurrent-breaks = забагато вікон на перерві
rule-min-open-windows = замало відкритих вікон
rule-break-too-long = задовга перерва
rule-break-too-short = закоротка перерва
rule-needs-approval = позапланова перерва без погодження зі старшим зміни
rule-queue-too-long = задовга черга для перерви
ev-phrase-said = Вікно { $window }: сказано «{ $phrase }» ({ $lang }).
ev-phrase-said-quoted = Вікно { $window }: сказано { $phrase } ({ $lang }).
ev-playbook-followed = Вікно { $window }, сценарій { $playbook }: { $step } → { $answer }
nothing-to-do = Дій не потрібно.

## Why a command was refused
refused-unknown-window = Вікна { $window } немає.
refused-unknown-service = Послуги { $name } немає.
refused-unknown-ticket = Талон { $name } сьогодні не видавали.
refused-unknown-break = Перерви №{ $id } немає.
refused-unknown-staff = Працівника { $name } немає.
refused-service-not-at-window = Вікно { $window } не обслуговує послугу { $service }.
refused-break-ends-before-start = Кінець перерви має бути пізніше за її початок.
refused-break-in-past = Час цієї перерви вже минув.
refused-window-closed = Вікно { $window } зачинено.
refused-window-already-open = Вікно { $window } уже відкрито.
refused-window-on-break = Вікно { $window } на перерві.
refused-window-break-pending = Вікно { $window } йде на перерву після поточного клієнта й більше нікого не викликає.
refused-window-busy = Вікно { $window } ще обслуговує талон { $ticket }: спершу завершіть обслуговування.
refused-break-during-service = Вікно { $window } ще обслуговує талон { $ticket }: спершу завершіть обслуговування або почніть перерву одразу після нього (--after-service).
refused-not-serving = Вікно { $window } зараз нікого не обслуговує.
refused-queue-empty = У черзі до вікна { $window } нікого немає.
refused-cutoff-reached = Вікно { $window } зачиняється: останній талон — { $cutoff }. Будь ласка, направте талон { $next } до іншого вікна.
refused-cutoff-reached-none = Вікно { $window } зачиняється і більше нікого не приймає. Будь ласка, направте талон { $next } до іншого вікна.
refused-ticket-finished = Талон { $name } уже зачинено.
refused-no-break-due = Для вікна { $window } найближчих планових перерв немає.
refused-warning-not-due = Попереджати про перерву вікна { $window } можна з { $time }.
refused-already-warned = Чергу біля вікна { $window } уже попереджено.
refused-not-on-break = Вікно { $window } не на перерві.
refused-break-under-way = Для вікна { $window } перерва вже триває.
refused-break-already-started = Перерва №{ $id } уже почалася; її можна лише завершити.
refused-reason-required = Наступна планова перерва вікна { $window } — { AT($time) }. Щоб піти на перерву зараз, укажіть причину (--reason).
refused-reason-missing = Для позапланової перерви потрібна причина (--reason).
refused-break-overlaps = Для вікна { $window } на цей час уже заплановано перерву.
refused-break-announced = Черга біля вікна { $window } уже попереджена про перерву №{ $id }, переносити її не можна. Скасуйте або завершіть її.
refused-break-too-short = Планова перерва триває щонайменше { $min ->
    [one] { $min } хвилину
    [few] { $min } хвилини
    [many] { $min } хвилин
   *[other] { $min } хвилини
}, а не { $asked }.
refused-unknown-request = Запиту на перерву №{ $id } немає.
refused-request-answered = На запит №{ $id } уже відповіли.
refused-request-pending = Вікно { $window } уже попросило перерву; старший зміни ще не відповів.
refused-needs-approval = Позапланову перерву вікна { $window } спершу погоджують зі старшим зміни (break request).
refused-not-warned = Біля вікна { $window } { $waiting ->
    [one] чекає { $waiting } клієнт
    [few] чекають { $waiting } клієнти
    [many] чекають { $waiting } клієнтів
   *[other] чекають { $waiting } клієнта
}, а чергу про цю перерву не попередили. Спершу попередьте чергу (break warn).
refused-promised-waiting = Вікно { $window } має обслужити перед перервою { $tickets }, а інші вікна не можуть їх прийняти.
refused-max-concurrent-breaks = Одночасно на перерві може бути щонайбільше { $max ->
    [one] { $max } вікно.
    [few] { $max } вікна.
    [many] { $max } вікон.
   *[other] { $max } вікна.
}
refused-min-open-windows = Для послуги { $service } { $min ->
    [one] має залишатися відкритим щонайменше { $min } вікно.
    [few] мають залишатися відкритими щонайменше { $min } вікна.
    [many] мають залишатися відкритими щонайменше { $min } вікон.
   *[other] мають залишатися відкритими щонайменше { $min } вікна.
}
refused-break-too-long = Перерва може тривати щонайбільше { $max ->
    [one] { $max } хвилину
    [few] { $max } хвилини
    [many] { $max } хвилин
   *[other] { $max } хвилини
}, а не { $asked }.
refused-queue-too-long = Біля вікна { $window } у черзі { $waiting ->
    [one] { $waiting } особа
    [few] { $waiting } особи
    [many] { $waiting } осіб
   *[other] { $waiting } особи
}, а почати перерву можна, лише коли в черзі не більше ніж { $max ->
    [one] { $max } особа.
    [few] { $max } особи.
    [many] { $max } осіб.
   *[other] { $max } особи.
}

## The command line
bad-date = Неправильна дата: { $value } (потрібен формат YYYY-MM-DD).
bad-time = Неправильний час: { $value } (потрібен формат HH:MM).
time-skipped = Часу { $value } { $date } не існує: цього дня годинники переводять уперед.
bad-reason = Невідома причина { $value }; можливі: { $known }.
break-length-missing = Укажіть кінець перерви (--end) або її тривалість (--minutes).
transfer-target = Укажіть, куди направити клієнта: --to-service або --to-window.
config-none = Немає файлу налаштувань; укажіть його або виконайте «frontdesk config init».
config-ok = Файл { $file } правильний: { $hall }, { $windows ->
    [one] { $windows } вікно
    [few] { $windows } вікна
    [many] { $windows } вікон
   *[other] { $windows } вікна
}, { $services ->
    [one] { $services } послуга.
    [few] { $services } послуги.
    [many] { $services } послуг.
   *[other] { $services } послуги.
}
config-exists = Файл { $file } уже існує; щоб замінити його, додайте --force.
config-written = Шаблон налаштувань записано у { $file }. Відредагуйте його й перевірте командою «frontdesk config check».
config-demo = немає (демо-зал)
demo-reset = Підготовлено новий демо-день: { $path }.

## The counter screen
key-open-counter = відкрити екран цього вікна
key-select-counter = вибрати вікно й відкрити його екран
key-say-phrase = позначити фразу як сказану
key-back = назад до огляду залу
btn-next = наступний
btn-recall = повторний виклик
btn-served = обслуговано
btn-no-show = не підійшов
btn-transfer = перевести
btn-warn = попередити
btn-break = перерва
btn-end-break = кінець перерви
btn-playbook = що робити
btn-phrase-lang = мова фраз
counter-at-window = Біля вікна
counter-serving-for = біля вікна вже { $time }
counter-nobody = Біля вікна нікого немає. Натисніть n, щоб викликати наступного клієнта.
counter-the-line = Черга до вікна
counter-line = { $count ->
    [one] чекає { $count }, найдовше — { $minutes } хв
   *[other] чекають { $count }, найдовше — { $minutes } хв
}
counter-line-empty = Ніхто не чекає.
counter-no-break = У цього вікна сьогодні немає запланованих перерв.
counter-next-break = Наступна перерва: { $start }–{ $end }
counter-in-minutes = через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
counter-say = Скажіть
banner-warning-due = ПОПЕРЕДЬТЕ ЧЕРГУ ЗАРАЗ: ваша перерва { AT($time) }, { $waiting ->
    [one] чекає { $waiting } клієнт.
    [few] чекають { $waiting } клієнти.
    [many] чекають { $waiting } клієнтів.
   *[other] чекають { $waiting } клієнта.
} Скажіть фразу 1 і натисніть w.
banner-cutoff = ЗАКРИТТЯ: обслужіть до талона { $cutoff }; починаючи з { $next } направляйте клієнтів до вікна { $other }.
banner-cutoff-alone = ЗАКРИТТЯ: обслужіть до талона { $cutoff }; { $next } і наступних приймете першими після перерви.
banner-cutoff-all = ЗАКРИТТЯ: обслужіть до талона { $cutoff }, потім почнеться перерва.
banner-overrun = ПЕРЕРВА ЗАТЯГНУЛАСЯ на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}: черга чекає. Повернувшись, натисніть e.
banner-closed = Це вікно зачинене.
transfer-to-service = черга { $service } ({ $name })
panel-transfer = Куди направити клієнта
panel-break = Позапланова перерва: причина?
panel-break-minutes = Тривалість: { $minutes } хв (← → змінити)
panel-other-reason = Коротко, у чому причина:
panel-playbooks = Що робити, якщо…
panel-playbook-say = Скажіть: { $phrase }
panel-playbook-done = Enter — виконати · Esc — закрити
panel-keys = ↑↓ вибір · Enter підтвердити · Esc закрити
counter-nobody-break = Перерва. Повернувшись, натисніть e.
counter-this-break = Ця перерва: { $start }–{ $end }
banner-pending = ПЕРЕРВА ПІСЛЯ ЦЬОГО КЛІЄНТА: завершіть обслуговування талона { $ticket }; перерва почнеться, коли ви натиснете s.

# Попередження огляду, яким забракло місця на малому екрані.
alerts-more = { $count ->
    [one] …і ще { $count } попередження (видно у більшому вікні)
    [few] …і ще { $count } попередження (видно у більшому вікні)
    [many] …і ще { $count } попереджень (видно у більшому вікні)
   *[other] …і ще { $count } попередження (видно у більшому вікні)
}
