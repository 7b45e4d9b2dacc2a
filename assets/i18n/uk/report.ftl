# frontdesk interface texts (uk): report.

## frontdesk report: the heading
report-title = { $hall } — звіт
report-period = Період: { $period } ({ $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
})
report-span = з { $from } по { $to }
report-compared = Порівняно з: { $period }
report-grouped = Розбивка: { $by }
report-only-window = лише { $window }
report-only-staff = лише { $staff }
report-as-of = Станом на { $time } (час залу, { $zone })
report-short-date = { $weekday } { $day }.{ $month }
report-day-month = { $day }.{ $month }
report-weekday-short-1 = Пн
report-weekday-short-2 = Вт
report-weekday-short-3 = Ср
report-weekday-short-4 = Чт
report-weekday-short-5 = Пт
report-weekday-short-6 = Сб
report-weekday-short-7 = Нд
report-by-hall = увесь зал
report-by-service = за послугами
report-by-window = за вікнами
report-by-staff = за працівниками
report-by-weekday = за днями тижня
report-by-interval = за інтервалами дня
report-heading-hall = Зал
report-heading-service = Послуга
report-heading-window = Вікно
report-heading-staff = Працівник
report-heading-weekday = День тижня
report-heading-interval = Інтервал

## Periods and groups
report-all = Усього
report-change = Зміна
report-this-period = Цей період
report-this-day = Цей день
report-this-week = Цей тиждень
report-this-month = Цей місяць
report-this-range = Цей період
report-previous-day = День перед
report-previous-week = Тиждень перед
report-previous-month = Місяць перед
report-previous-range = Період перед
report-group-no-window = не викликані
report-group-no-staff = працівника не вказано
report-group-no-service = вікна вже немає в налаштуваннях
report-closed = зачинено
report-percent = { $n } %
report-points = { $n } в. п.

## Notes
report-note-future = Період починається { $date } і ще не настав: звітувати поки немає про що.
report-note-not-over = Період ще не скінчився: цифри наведено станом на { $time }.
report-note-closed = Зал був зачинений ({ $date }): жодне вікно не відкривалося й жодного талона не видано.
report-note-empty = За цей період нічого не сталося: жодне вікно не відкривалося й жодного талона не видано.
report-note-nothing-yet = У цьому періоді ще нічого не сталося: жодне вікно не відкривалося й жодного талона не видано.
report-note-closed-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} з періоду зал був зачинений.
report-note-nothing-before = Порівнювати нема з чим: у попередній період зал не працював або журнал не сягає так далеко.
report-note-plan-hall-wide = Порівняння плану з днем робиться для всього залу, тож у звіті для одного вікна чи працівника його немає.

## The summary
report-sum-customers = { $issued ->
    [one] { $issued } клієнт узяв талон
    [few] { $issued } клієнти взяли талони
    [many] { $issued } клієнтів узяли талони
   *[other] { $issued } клієнта взяли талони
}, обслужено { $served }; середнє очікування { $wait } хв, у межах цільового часу викликано { $within }.
report-sum-breaks = Узято перерв: { $taken } із { $planned } запланованих; із запізненням почато: { $late }; { $overrun ->
    [one] { $overrun } перерва затяглася
    [few] { $overrun } перерви затяглися
    [many] { $overrun } перерв затяглися
   *[other] { $overrun } перерви затяглися
}, разом на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
report-sum-warnings = Чергу попереджали перед перервою { $warned ->
    [one] { $warned } раз
    [few] { $warned } рази
    [many] { $warned } разів
   *[other] { $warned } рази
}; { $unwarned ->
    [0] жодна перерва не почалася без попередження, коли була черга
    [one] { $unwarned } перерва почалася без попередження, коли була черга
    [few] { $unwarned } перерви почалися без попередження, коли була черга
    [many] { $unwarned } перерв почалися без попередження, коли була черга
   *[other] { $unwarned } перерви почалися без попередження, коли була черга
}.
report-sum-cutoffs = { $promised ->
    [one] { $promised } клієнтові обіцяли
   *[other] { $promised } клієнтам обіцяли
} обслуговування до перерви, обіцянку виконано для { $kept }; { $past ->
    [one] { $past } клієнт опинився
    [few] { $past } клієнти опинилися
    [many] { $past } клієнтів опинилися
   *[other] { $past } клієнта опинилися
} після останнього талона, з них { $redirected } обслуговано в іншому вікні.
report-sum-unscheduled = { $count ->
    [0] Позапланових перерв не було
    [one] { $count } позапланова перерва тривала { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
    [few] { $count } позапланові перерви тривали { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
   *[other] { $count } позапланових перерв тривали { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
}; { $overrides ->
    [0] правил не порушували
    [one] старший зміни один раз дозволив відступити від правила
    [few] старші зміни { $overrides } рази дозволили відступити від правил
    [many] старші зміни { $overrides } разів дозволили відступити від правил
   *[other] старші зміни { $overrides } рази дозволили відступити від правил
}.

## Tables
report-table-key = Головні показники
report-table-customers = Клієнти
report-table-waits = Очікування, хв (від талона до першого виклику)
report-table-service = Час обслуговування, хв
report-table-windows = Час вікон, хв
report-table-breaks = Перерви: план, узяті та як почалися (запізнення у хвилинах)
report-table-ends = Перерви: як скінчилися (хвилин понад час повернення)
report-table-warnings = Попередження черги (хвилин до перерви)
report-table-cutoffs = Обіцянки до останнього талона
report-table-past = Клієнти після останнього талона
report-table-unscheduled = Позапланові перерви за причинами
report-table-requests = Запити на позапланову перерву
report-table-overrides = Відступи від правил із дозволу старшого зміни
report-table-plan = План і день: очікування за інтервалами, хв
report-table-trend-days = За днями
report-table-trend-weeks = За тижнями
report-table-trainer = Тренування
report-no-overrides = Від правил не відступали.
report-no-plan = У періоді немає дня, який можна порівняти з планом.
report-no-training = У цьому періоді тренувань не було.
report-more-overrides = … і ще { $count ->
    [one] { $count } відступ
    [few] { $count } відступи
    [many] { $count } відступів
   *[other] { $count } відступу
} (усі вони є в текстовому звіті, у CSV та JSON).

## Columns
report-col-figure = Показник
report-col-issued = Видано
report-col-served = Обслуговано
report-col-no-show = Не підійшли
report-col-transferred = Переведено
report-col-cancelled = Скасовано
report-col-unserved = Не обслуговано
report-col-open = Не завершено
report-col-called = Викликано
report-col-mean = Середнє
report-col-median = Медіана
report-col-p90 = 90-й проц.
report-col-longest = Найдовше
report-col-within-target = У межах цілі
report-col-staffed = Відкрито
report-col-busy = Зайнято
report-col-idle = Простій
report-col-away = Перерва
report-col-busy-share = Завантаження
report-col-planned = План
report-col-published = Оголошено
report-col-taken = Узято
report-col-missed = Пропущено
report-col-on-time = Вчасно
report-col-early = Раніше
report-col-late = Пізніше
report-col-late-mean = Запізнення, сер.
report-col-late-max = Запізнення, макс.
report-col-ended = Скінчено
report-col-overrun = Затяглося
report-col-overrun-mean = Понад, сер.
report-col-overrun-max = Понад, макс.
report-col-overrun-total = Понад, усього
report-col-still-on = Ще триває
report-col-warned = Попереджено
report-col-ahead-mean = Заздалегідь, сер.
report-col-ahead-min = Заздалегідь, мін.
report-col-warned-short = Менш ніж 10 хв
report-col-unwarned = Без попередж.
report-col-unwarned-queue = Без попередж., черга
report-col-cutoffs = Обіцянок
report-col-cutoffs-kept = Виконано
report-col-promised = Обіцяно
report-col-served-before = До відходу
report-col-sent-on = Направлено
report-col-waited-return = Чекали повернення
report-col-not-called = Не викликані
report-col-waived = Скасовано старшим
report-col-past = Після талона
report-col-redirected = Інше вікно
report-col-served-here = Те саме вікно пізніше
report-col-reason = Причина
report-col-count = Перерви
report-col-minutes = Хвилини
report-col-asked = Запитано
report-col-approved = Схвалено
report-col-postponed = Відкладено
report-col-declined = Відхилено
report-col-when = Коли
report-col-rule = Правило
report-col-window = Вікно
report-col-by = Хто
report-col-why = Чому
report-col-interval = Інтервал
report-col-forecast-arrivals = Очікувалося
report-col-arrivals = Прийшло
report-col-forecast-wait = Очікування, прогноз
report-col-actual-wait = Очікування, факт
report-col-target = Ціль
report-col-overloaded = Перевантаження
report-col-day = День
report-col-week = Тиждень
report-col-mean-wait = Очікування, сер.
report-col-unscheduled-minutes = Позапланово, хв
report-col-scenario = Сценарій
report-col-sessions = Тренування
report-col-finished = Завершено
report-col-mean-score = Середній бал
report-col-best-score = Найкращий бал

## Key figures
report-key-issued = Видано талонів
report-key-served = Обслуговано клієнтів
report-key-unserved = Пішли без обслуговування
report-key-mean-wait = Середнє очікування, хв
report-key-p90-wait = 90 % чекали не довше, хв
report-key-longest-wait = Найдовше очікування, хв
report-key-within-target = Викликані в межах цілі
report-key-mean-service = Середнє обслуговування, хв
report-key-breaks-taken = Узято перерв
report-key-late-starts = Почато із запізненням
report-key-overruns = Затяглися
report-key-warned = Чергу попереджено
report-key-unwarned-with-queue = Без попередження при черзі
report-key-promises-kept = Обіцянки виконано
report-key-unscheduled-minutes = Позапланові перерви, хв
report-key-overrides = Відступів від правил

## Charts
report-chart-waits = Очікування за інтервалами та ціль (хвилини)
report-chart-timeline = Перерви: план і факт
report-chart-trend-days = Динаміка: середнє очікування та викликані в межах цілі, за днями
report-chart-trend-weeks = Динаміка: середнє очікування та викликані в межах цілі, за тижнями
report-chart-reasons = Позапланові перерви за причинами
report-chart-nothing = У цьому періоді клієнтів не було.
report-chart-no-breaks = У цьому періоді перерв не було.
report-chart-no-unscheduled = У цьому періоді позапланових перерв не було.
report-chart-reason-value = { $count } · { $minutes } хв
report-legend-actual = факт
report-legend-forecast = прогноз
report-legend-target = ціль
report-legend-planned = план
report-legend-taken = узято
report-legend-unscheduled = позапланова
report-legend-mean-wait = середнє очікування (хв)
report-legend-within = у межах цілі

## Problems
report-bad-month = Це не місяць: { $value } (потрібно РРРР-ММ).
report-range-backwards = Період закінчується раніше, ніж починається: з { $from } по { $to }. Ранішу дату вкажіть у --from.
report-unknown-window = У цьому залі немає вікна { $window }; його вікна: { $known }.
report-unknown-staff = { $staff } немає серед працівників залу, і в журналі такого ідентифікатора немає; { $count ->
    [0] у налаштуваннях працівників не вказано.
   *[other] працівники: { $known }.
}
report-unknown-table = Таблиці { $name } немає; є таблиці: { $known }.
report-table-csv-only = --table вибирає одну таблицю звіту CSV; додайте --format csv.

## The report screen (frontdesk report --screen)
report-screen-title = Звіт · { $hall }
report-screen-today = Сьогодні
report-screen-week = Цей тиждень
report-screen-arrivals = Клієнти за інтервалами сьогодні
report-screen-waits = Очікування сьогодні за інтервалами (хв)
report-screen-week-waits = Тиждень: очікування за днями (хв)
report-screen-closed-today = Сьогодні зал ще не відчинявся.
report-screen-keys = q вихід · l мова · дані журналу оновлюються самі

## Якість обслуговування: відгуки, оцінки клієнтів, таємний покупець.
report-table-feedback = Відгуки клієнтів
report-table-ratings = Оцінки клієнтів
report-table-audits = Візити таємного покупця
report-col-complaints = Скарги
report-col-compliments = Подяки
report-col-suggestions = Пропозиції
report-col-questions = Запитання
report-col-praise-per-complaint = Подяк на скаргу
report-col-complaints-per-thousand = Скарг на 1000 обслужених
report-col-overdue = Прострочено
report-col-ratings = Оцінки
report-col-average-rating = Середня (1–5)
report-col-low-ratings = Оцінки 1–2
report-col-visits = Візити
report-col-lowest-score = Найнижчий бал
report-no-feedback = У цьому періоді не було ні скарг, ні подяк, ні пропозицій, ні запитань.
report-no-ratings = У цьому періоді жоден клієнт не поставив оцінку.
report-no-audits = У цьому періоді таємний покупець не приходив.
report-table-quality = Якість обслуговування
report-quality-average-rating = Середня оцінка клієнтів (1–5)
report-quality-audit-score = Бал таємного покупця

## Погляд головного офісу: усі зали бази даних поруч.
report-table-halls = Порівняння залів
report-no-halls = У базі даних немає жодного залу з налаштуваннями, які можна прочитати.
