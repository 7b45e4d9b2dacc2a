# frontdesk interface texts (ru): report.

## frontdesk report: the heading
report-title = { $hall } — отчёт
report-period = Период: { $period } ({ $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
})
report-span = с { $from } по { $to }
report-compared = В сравнении с: { $period }
report-grouped = Разбивка: { $by }
report-only-window = только { $window }
report-only-staff = только { $staff }
report-as-of = По состоянию на { $time } (время зала, { $zone })
report-short-date = { $weekday } { $day }.{ $month }
report-day-month = { $day }.{ $month }
report-weekday-short-1 = Пн
report-weekday-short-2 = Вт
report-weekday-short-3 = Ср
report-weekday-short-4 = Чт
report-weekday-short-5 = Пт
report-weekday-short-6 = Сб
report-weekday-short-7 = Вс
report-by-hall = весь зал
report-by-service = по услугам
report-by-window = по окнам
report-by-staff = по сотрудникам
report-by-weekday = по дням недели
report-by-interval = по интервалам дня
report-heading-hall = Зал
report-heading-service = Услуга
report-heading-window = Окно
report-heading-staff = Сотрудник
report-heading-weekday = День недели
report-heading-interval = Интервал

## Periods and groups
report-all = Всего
report-change = Изменение
report-this-period = Этот период
report-this-day = Этот день
report-this-week = Эта неделя
report-this-month = Этот месяц
report-this-range = Этот период
report-previous-day = День до
report-previous-week = Неделя до
report-previous-month = Месяц до
report-previous-range = Период до
report-group-no-window = не вызваны
report-group-no-staff = сотрудник не указан
report-group-no-service = окна больше нет в настройках
report-closed = закрыто
report-percent = { $n } %
report-points = { $n } п. п.

## Notes
report-note-future = Период начинается { $date } и ещё не наступил: отчитываться пока не о чем.
report-note-not-over = Период ещё не закончился: цифры приведены по { $time }.
report-note-closed = Зал был закрыт ({ $date }): ни одно окно не открывалось и ни одного талона не выдано.
report-note-empty = За этот период ничего не произошло: ни одно окно не открывалось и ни одного талона не выдано.
report-note-nothing-yet = В этом периоде пока ничего не произошло: ни одно окно не открывалось и ни одного талона не выдано.
report-note-closed-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} из периода зал не работал.
report-note-nothing-before = Сравнивать не с чем: в предыдущий период зал не работал или журнал не уходит так далеко.
report-note-plan-hall-wide = Сравнение плана с днём делается для всего зала, поэтому в отчёте по одному окну или сотруднику его нет.

## The summary
report-sum-customers = { $issued ->
    [one] { $issued } клиент взял талон
    [few] { $issued } клиента взяли талоны
    [many] { $issued } клиентов взяли талоны
   *[other] { $issued } клиента взяли талоны
}, обслужено { $served }; среднее ожидание { $wait } мин, в пределах целевого времени вызвано { $within }.
report-sum-breaks = Взято перерывов: { $taken } из { $planned } запланированных; с опозданием начато: { $late }; { $overrun ->
    [one] { $overrun } перерыв затянулся
    [few] { $overrun } перерыва затянулись
    [many] { $overrun } перерывов затянулись
   *[other] { $overrun } перерыва затянулись
}, в сумме на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
report-sum-warnings = Очередь предупреждали перед перерывом { $warned ->
    [one] { $warned } раз
    [few] { $warned } раза
    [many] { $warned } раз
   *[other] { $warned } раза
}; { $unwarned ->
    [0] ни один перерыв не начался без предупреждения при очереди
    [one] { $unwarned } перерыв начался без предупреждения при очереди
    [few] { $unwarned } перерыва начались без предупреждения при очереди
    [many] { $unwarned } перерывов начались без предупреждения при очереди
   *[other] { $unwarned } перерыва начались без предупреждения при очереди
}.
report-sum-cutoffs = { $promised ->
    [one] { $promised } клиенту обещали
   *[other] { $promised } клиентам обещали
} обслуживание до перерыва, обещание выполнено для { $kept }; { $past ->
    [one] { $past } клиент оказался
    [few] { $past } клиента оказались
    [many] { $past } клиентов оказались
   *[other] { $past } клиента оказались
} после последнего талона, из них { $redirected } обслужены в другом окне.
report-sum-unscheduled = { $count ->
    [0] Внеплановых перерывов не было
    [one] { $count } внеплановый перерыв занял { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
    [few] { $count } внеплановых перерыва заняли { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
   *[other] { $count } внеплановых перерывов заняли { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
}; { $overrides ->
    [0] правила не нарушались
    [one] старший смены один раз разрешил отступить от правила
    [few] старшие смены { $overrides } раза разрешили отступить от правил
    [many] старшие смены { $overrides } раз разрешили отступить от правил
   *[other] старшие смены { $overrides } раза разрешили отступить от правил
}.

## Tables
report-table-key = Главные показатели
report-table-customers = Клиенты
report-table-waits = Ожидание, мин (от талона до первого вызова)
report-table-service = Время обслуживания, мин
report-table-windows = Время окон, мин
report-table-breaks = Перерывы: план, взятые и как начались (опоздание в минутах)
report-table-ends = Перерывы: как закончились (минут сверх срока возвращения)
report-table-warnings = Предупреждения очереди (минут до перерыва)
report-table-cutoffs = Обещания до последнего талона
report-table-past = Клиенты после последнего талона
report-table-unscheduled = Внеплановые перерывы по причинам
report-table-requests = Запросы на внеплановый перерыв
report-table-overrides = Отступления от правил с разрешения старшего смены
report-table-plan = План и день: ожидание по интервалам, мин
report-table-trend-days = По дням
report-table-trend-weeks = По неделям
report-table-trainer = Тренировки
report-no-overrides = От правил не отступали.
report-no-plan = В периоде нет дня, который можно сравнить с планом.
report-no-training = В этом периоде тренировок не было.
report-more-overrides = … и ещё { $count ->
    [one] { $count } отступление
    [few] { $count } отступления
    [many] { $count } отступлений
   *[other] { $count } отступления
} (все они есть в текстовом отчёте, в CSV и JSON).

## Columns
report-col-figure = Показатель
report-col-issued = Выдано
report-col-served = Обслужено
report-col-no-show = Не подошли
report-col-transferred = Переведено
report-col-cancelled = Отменено
report-col-unserved = Не обслужено
report-col-open = Не завершено
report-col-called = Вызвано
report-col-mean = Среднее
report-col-median = Медиана
report-col-p90 = 90-й проц.
report-col-longest = Дольше всего
report-col-within-target = В пределах цели
report-col-staffed = Открыто
report-col-busy = Занято
report-col-idle = Простой
report-col-away = Перерыв
report-col-busy-share = Загрузка
report-col-planned = План
report-col-published = Объявлено
report-col-taken = Взято
report-col-missed = Пропущено
report-col-on-time = Вовремя
report-col-early = Раньше
report-col-late = Позже
report-col-late-mean = Опоздание, ср.
report-col-late-max = Опоздание, макс.
report-col-ended = Закончено
report-col-overrun = Затянулось
report-col-overrun-mean = Сверх, ср.
report-col-overrun-max = Сверх, макс.
report-col-overrun-total = Сверх, всего
report-col-still-on = Ещё идёт
report-col-warned = Предупреждено
report-col-ahead-mean = Заранее, ср.
report-col-ahead-min = Заранее, мин.
report-col-warned-short = Менее 10 мин
report-col-unwarned = Без предупр.
report-col-unwarned-queue = Без предупр., очередь
report-col-cutoffs = Обещаний
report-col-cutoffs-kept = Выполнено
report-col-promised = Обещано
report-col-served-before = До ухода
report-col-sent-on = Направлены
report-col-waited-return = Ждали возвращения
report-col-not-called = Не вызваны
report-col-waived = Отменено старшим
report-col-past = После талона
report-col-redirected = Другое окно
report-col-served-here = То же окно позже
report-col-reason = Причина
report-col-count = Перерывы
report-col-minutes = Минуты
report-col-asked = Запрошено
report-col-approved = Одобрено
report-col-postponed = Отложено
report-col-declined = Отклонено
report-col-when = Когда
report-col-rule = Правило
report-col-window = Окно
report-col-by = Кто
report-col-why = Почему
report-col-interval = Интервал
report-col-forecast-arrivals = Ожидалось
report-col-arrivals = Пришло
report-col-forecast-wait = Ожидание, прогноз
report-col-actual-wait = Ожидание, факт
report-col-target = Цель
report-col-overloaded = Перегрузка
report-col-day = День
report-col-week = Неделя
report-col-mean-wait = Ожидание, ср.
report-col-unscheduled-minutes = Внепланово, мин
report-col-scenario = Сценарий
report-col-sessions = Тренировки
report-col-finished = Завершено
report-col-mean-score = Средний балл
report-col-best-score = Лучший балл

## Key figures
report-key-issued = Выдано талонов
report-key-served = Обслужено клиентов
report-key-unserved = Ушли без обслуживания
report-key-mean-wait = Среднее ожидание, мин
report-key-p90-wait = 90 % ждали не дольше, мин
report-key-longest-wait = Самое долгое ожидание, мин
report-key-within-target = Вызваны в пределах цели
report-key-mean-service = Среднее обслуживание, мин
report-key-breaks-taken = Взято перерывов
report-key-late-starts = Начаты с опозданием
report-key-overruns = Затянулись
report-key-warned = Очередь предупреждена
report-key-unwarned-with-queue = Без предупреждения при очереди
report-key-promises-kept = Обещания выполнены
report-key-unscheduled-minutes = Внеплановые перерывы, мин
report-key-overrides = Отступлений от правил

## Charts
report-chart-waits = Ожидание по интервалам и цель (минуты)
report-chart-timeline = Перерывы: план и факт
report-chart-trend-days = Динамика: среднее ожидание и вызванные в пределах цели, по дням
report-chart-trend-weeks = Динамика: среднее ожидание и вызванные в пределах цели, по неделям
report-chart-reasons = Внеплановые перерывы по причинам
report-chart-nothing = В этом периоде клиентов не было.
report-chart-no-breaks = В этом периоде перерывов не было.
report-chart-no-unscheduled = В этом периоде внеплановых перерывов не было.
report-chart-reason-value = { $count } · { $minutes } мин
report-legend-actual = факт
report-legend-forecast = прогноз
report-legend-target = цель
report-legend-planned = план
report-legend-taken = взят
report-legend-unscheduled = внеплановый
report-legend-mean-wait = среднее ожидание (мин)
report-legend-within = в пределах цели

## Problems
report-bad-month = Это не месяц: { $value } (нужно ГГГГ-ММ).
report-range-backwards = Период заканчивается раньше, чем начинается: с { $from } по { $to }. Более раннюю дату укажите в --from.
report-unknown-window = В этом зале нет окна { $window }; его окна: { $known }.
report-unknown-staff = { $staff } нет среди сотрудников зала, и в журнале такого идентификатора нет; { $count ->
    [0] в настройках сотрудники не указаны.
   *[other] сотрудники: { $known }.
}
report-unknown-table = Таблицы { $name } нет; есть таблицы: { $known }.
report-table-csv-only = --table выбирает одну таблицу отчёта CSV; добавьте --format csv.

## The report screen (frontdesk report --screen)
report-screen-title = Отчёт · { $hall }
report-screen-today = Сегодня
report-screen-week = Эта неделя
report-screen-arrivals = Клиенты по интервалам сегодня
report-screen-waits = Ожидание сегодня по интервалам (мин)
report-screen-week-waits = Неделя: ожидание по дням (мин)
report-screen-closed-today = Сегодня зал ещё не открывался.
report-screen-keys = q выход · l язык · данные журнала обновляются сами

## Качество обслуживания: отзывы, оценки клиентов, тайный покупатель.
report-table-feedback = Отзывы клиентов
report-table-ratings = Оценки клиентов
report-table-audits = Визиты тайного покупателя
report-col-complaints = Жалобы
report-col-compliments = Благодарности
report-col-suggestions = Предложения
report-col-questions = Вопросы
report-col-praise-per-complaint = Благодарностей на жалобу
report-col-complaints-per-thousand = Жалоб на 1000 обслуженных
report-col-overdue = Просрочено
report-col-ratings = Оценки
report-col-average-rating = Средняя (1–5)
report-col-low-ratings = Оценки 1–2
report-col-visits = Визиты
report-col-lowest-score = Наименьший балл
report-no-feedback = В этом периоде не было ни жалоб, ни благодарностей, ни предложений, ни вопросов.
report-no-ratings = В этом периоде никто из клиентов не поставил оценку.
report-no-audits = В этом периоде тайный покупатель не приходил.
report-table-quality = Качество обслуживания
report-quality-average-rating = Средняя оценка клиентов (1–5)
report-quality-audit-score = Балл тайного покупателя

## Взгляд головного офиса: все залы базы данных рядом.
report-table-halls = Сравнение залов
report-no-halls = В базе данных нет ни одного зала с настройками, которые можно прочитать.
