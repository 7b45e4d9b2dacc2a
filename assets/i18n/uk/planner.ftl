# frontdesk interface texts (uk): planner.

## plan --print
plan-title = План перерв на { $date } — { $hall }
plan-interval = Прогноз за інтервалами по { $minutes } хв. Потік клієнтів:
plan-source-config = з налаштувань
plan-source-log = { $days ->
    [one] на основі журналу за { $days } минулий аналогічний день
    [few] на основі журналу за { $days } минулі аналогічні дні
    [many] на основі журналу за { $days } минулих аналогічних днів
   *[other] на основі журналу за { $days } минулого аналогічного дня
}
plan-heading-breaks = Перерви
plan-heading-forecast = Прогноз
plan-forecast-legend = для кожної послуги: середнє очікування у хвилинах (! черга росте швидше, ніж вікна встигають обслуговувати), частка викликаних у межах цільового часу очікування, вікон працює / вікон потрібно
plan-no-breaks = Перерви не заплановано.
plan-new = нова
plan-minutes = { $minutes } хв
plan-unscheduled = позапланова
plan-state-new = ще не записана
plan-state-edited = змінена, ще не записана
plan-actual = фактично { $start }–{ $end }
plan-actual-on = триває з { $start }
plan-no-window = немає вікна
plan-summary = Найгірший інтервал: середнє очікування { $worst } хв; { $overloaded ->
    [0] перевантажених інтервалів немає
    [one] { $overloaded } перевантажений інтервал
    [few] { $overloaded } перевантажені інтервали
    [many] { $overloaded } перевантажених інтервалів
   *[other] { $overloaded } перевантаженого інтервалу
}; за день у середньому { $mean } хв; { $problems ->
    [0] правил не порушено.
    [one] порушено { $problems } правило.
    [few] порушено { $problems } правила.
    [many] порушено { $problems } правил.
   *[other] порушено { $problems } правила.
}
plan-suggest-moved = { $count ->
    [0] Пропозиція нічого не змінює.
    [one] Пропозиція додає до плану або переносить { $count } перерву.
    [few] Пропозиція додає до плану або переносить { $count } перерви.
    [many] Пропозиція додає до плану або переносить { $count } перерв.
   *[other] Пропозиція додає до плану або переносить { $count } перерви.
}
plan-compare-current = Поточний план:       найгірший інтервал { $worst } хв, перевантажених: { $overloaded }, за день у середньому { $mean } хв.
plan-compare-suggested = Запропонований план: найгірший інтервал { $worst } хв, перевантажених: { $overloaded }, за день у середньому { $mean } хв.
plan-compare-naive = Простий план (кожна перерва — у найраніший дозволений час): найгірший інтервал { $worst } хв, перевантажених: { $overloaded }, за день у середньому { $mean } хв.

## Broken rules
plan-problem-overlap = накладається на іншу перерву в тому самому вікні
plan-problem-staff-twice = { $staff }: дві перерви водночас
plan-problem-too-long = { $minutes } хв — довше за дозволений максимум { $max } хв
plan-problem-too-short = { $minutes } хв — коротше за мінімум для планової перерви ({ $min } хв)
plan-problem-outside-hours = поза годинами роботи
plan-problem-outside-shift = поза робочою зміною ({ $staff }: { $from }–{ $to })
plan-problem-outside-entitlement = { $staff }: ця перерва має бути в проміжку { $from }–{ $to }
plan-problem-too-many-away = вікон на перерві одночасно: { $count }; дозволено щонайбільше { $max }
plan-problem-too-few-open = послуга { $service }: відкрито { $open ->
    [one] { $open } вікно
    [few] { $open } вікна
    [many] { $open } вікон
   *[other] { $open } вікна
}, а потрібно щонайменше { $min }
plan-problem-too-late-to-warn = починається через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}: попередити чергу за { $lead } хв уже не вдасться
plan-problem-missed = час минув, а перерва так і не почалася
plan-problem-unplanned = { $staff }: належить перерва { $minutes } хв у проміжку { $from }–{ $to }, але її ще не заплановано

## The planner screen
planner-title = Планувальник · { $hall }
planner-tab-timeline = Графік
planner-tab-live = Зал зараз
planner-status-clean = План збігається з журналом.
planner-status-dirty = { $count ->
    [one] { $count } зміна ще не записана: w — записати, P — записати й оголосити.
    [few] { $count } зміни ще не записані: w — записати, P — записати й оголосити.
    [many] { $count } змін ще не записано: w — записати, P — записати й оголосити.
   *[other] { $count } зміни ще не записано: w — записати, P — записати й оголосити.
}
planner-status-preview = Показано пропозицію: Enter — прийняти, Esc — відхилити.
planner-forecast = Прогноз: середнє очікування за послугами
planner-legend = ▁▂▄▆█ очікування відносно цільового · ! перевантаження · █ оголошена ▒ не оголошена ▓ триває ░ завершена · ▼│ зараз
planner-cursor = { $window } { AT($time) }: перерви немає. a — додати, n — вибрати наступну перерву.
planner-interval = { $service }: { $wait } хв, { $level }% у межах { $target } хв, вікна { $windows }
planner-interval-overloaded = { $service }: перевантаження, { $wait } хв, { $level }% у межах { $target } хв, вікна { $windows }
planner-suggestion = Пропозиція: найгірший інтервал { $before } → { $after } хв, перевантажених інтервалів { $over_before } → { $over_after }, середнє очікування { $mean_before } → { $mean_after } хв; { $count ->
    [one] { $count } перерву заплановано або перенесено.
    [few] { $count } перерви заплановано або перенесено.
    [many] { $count } перерв заплановано або перенесено.
   *[other] { $count } перерви заплановано або перенесено.
} Enter — прийняти, Esc — відхилити.
planner-suggestion-taken = Пропозицію внесено до плану; w — записати, P — оголосити.
planner-suggestion-dropped = Пропозицію відхилено.
planner-suggestion-pending = Спершу прийміть пропозицію (Enter) або відхиліть її (Esc).
planner-locked = Ця перерва вже почалася, закінчилася або про неї вже попередили чергу: переносити її не можна.
planner-nothing-selected = Перерву не вибрано: n — вибрати наступну, або клацніть на перерву.
planner-slot-taken = Для цього вікна на цей час уже є перерва.
planner-reverted = Відновлено план із журналу.
planner-nothing-to-write = Нічого записувати: план збігається з журналом.
planner-unwritten = Перш ніж переходити на інший день, запишіть зміни (w) або скасуйте їх (u).
planner-written = { $count ->
    [one] План записано ({ $count } подія).
    [few] План записано ({ $count } події).
    [many] План записано ({ $count } подій).
   *[other] План записано ({ $count } події).
}
planner-published = План записано й оголошено: клієнти бачать його на табло й в оголошенні.
planner-refused = Нічого не записано: { $reason }
btn-add-break = додати
btn-delete-break = видалити
btn-longer = довше
btn-shorter = коротше
btn-staff = працівник
btn-suggest = запропонувати
btn-write = записати
btn-publish = оголосити
btn-revert = скасувати
btn-live = зал зараз
btn-help = клавіші
key-open-planner = відкрити планувальник
key-planner-move = посунути вибрану перерву (або курсор) на 5 хвилин
key-planner-move-far = посунути на 30 хвилин
key-planner-row = вибрати рядок вікна
key-planner-next = вибрати наступну / попередню перерву
key-planner-accept = прийняти показану пропозицію
key-planner-day = попередній / наступний день
key-planner-resize = подовжити / скоротити вибрану перерву на 5 хвилин
key-planner-add = додати перерву біля курсора — такої тривалості, яка належить працівникові
key-planner-delete = видалити вибрану перерву
key-planner-staff = передати вибрану перерву наступному працівникові
key-planner-suggest = запропонувати, куди поставити перерви всім (лише показ, до плану ще не вноситься)
key-planner-write = записати план у журнал
key-planner-publish = записати план і оголосити його клієнтам
key-planner-undo = скасувати всі ще не записані зміни
key-planner-tab = перемкнутися між графіком і залом
planner-no-requests = Запитів на перерву, що чекають на відповідь, немає.
planner-no-request = Відповідати нема на що: запитів на перерву немає.
btn-approve = схвалити
btn-postpone = відкласти
btn-decline = відхилити
btn-timeline = графік
key-planner-answer = на вкладці «Зал зараз»: схвалити, відкласти (на 10 хвилин) або відхилити вибраний запит на перерву
btn-simulate = симуляція
key-planner-simulate = перевірити показаний план на симуляторі
plan-sim-check = Симулятор, днів: { $reps }: середнє очікування { $sim_mean } ± { $ci } хв (прогноз { $mean }), найгірший інтервал { $sim_worst } хв (прогноз { $worst }), у межах цільового часу обслуговано { $level }%.
plan-sim-failed = Симулятор не зміг прорахувати цей план: { $reason }

## The forecast's warnings, its check against the simulator, and the live forecast
plan-service-no-window = { $service } { $name }: цього дня її не обслуговує жодне вікно, тож її клієнтів обслужити не можна.
plan-unserved = { $count ->
    [one] Приблизно { $count } клієнт не буде обслугований: не дочекається або для нього не залишиться вікна.
    [few] Приблизно { $count } клієнти не будуть обслуговані: не дочекаються або для них не залишиться вікна.
    [many] Приблизно { $count } клієнтів не будуть обслуговані: не дочекаються або для них не залишиться вікна.
   *[other] Приблизно { $count } клієнта не будуть обслуговані: не дочекаються або для них не залишиться вікна.
}
plan-beyond-count = Черга розростається більше, ніж прогноз здатен врахувати: справжнє очікування не менше за показане.
planner-interval-no-window = { $service }: немає вікна, нікого не обслужать; вікна { $windows }
plan-check-heading = Прогноз і симулятор (днів: { $reps }), середнє очікування у хвилинах: прогноз | симуляція ± 95%-й інтервал; ≠ там, де вони розходяться більше, ніж допустимо
plan-check-agree = Прогноз і симулятор скрізь збігаються в межах допуску (10% або 0,5 хв на інтервал, 5% або 0,2 хв за день).
plan-check-disagree = { $count ->
    [one] Прогноз і симулятор розходяться більше, ніж допустимо, в { $count } місці: { $list }.
    [few] Прогноз і симулятор розходяться більше, ніж допустимо, в { $count } місцях: { $list }.
    [many] Прогноз і симулятор розходяться більше, ніж допустимо, в { $count } місцях: { $list }.
   *[other] Прогноз і симулятор розходяться більше, ніж допустимо, в { $count } місця: { $list }.
}
plan-check-day-disagree = Середнє очікування за день розходиться із симулятором більше, ніж допустимо (5% або 0,2 хв).
planner-interval-sim = { $service } у симуляції { $sim } ± { $ci } хв
planner-live-heading = Прогноз відтепер, від нинішніх черг (середнє очікування, хв; ! черга росте)
planner-live-line = { $service }: у черзі { $waiting }; { $waits }
planner-live-over = Робочий час на сьогодні скінчився: прогнозувати нічого.
