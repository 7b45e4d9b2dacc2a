# Тексты интерфейса frontdesk (ru): board — табло в зале и объявление о перерывах.

## Табло в зале
board-now-serving = Приглашаются
board-called = { $ticket } → окно { $window }
board-nobody-called = Здесь появятся номера вызванных талонов.
board-windows = Окна
board-waits = Время ожидания, если взять талон сейчас
board-breaks-today = Перерывы сегодня
board-no-breaks = Сегодня больше перерывов не запланировано.
board-notice-out-of-date = С тех пор как напечатали объявление на стекле, время перерывов изменилось. На этом экране — актуальное время.
board-window-open = Окно { $window } открыто
board-window-closed = Окно { $window } закрыто
board-window-closing = Окно { $window } закрывается в { $time } — пожалуйста, пройдите к окну { $other }
board-window-closing-alone = Окно { $window } закрывается в { $time }
board-window-closing-now = Окно { $window } закрывается — пожалуйста, пройдите к окну { $other }
board-window-closing-now-alone = Окно { $window } закрывается
board-window-on-break = Окно { $window }: перерыв до { $time }
board-window-closed-reason = Окно { $window } закрыто до { $time }: { $reason }
board-window-back-shortly = Окно { $window }: перерыв, скоро снова откроется

## Предупреждение очереди закрывающегося окна
board-ann-closes-at = Окно { $window } закрывается на перерыв в { $time }.
board-ann-closes-soon = Окно { $window } скоро закроется на перерыв.
board-ann-served-up-to = Талоны до { $cutoff } включительно в нём ещё обслужат.
board-ann-served-none = Новых талонов оно больше не вызывает.
board-ann-others-go-to = Остальных просим пройти к окну { $other }.
board-ann-go-to = Пожалуйста, пройдите к окну { $other }.
board-ann-back-at = Окно { $window } снова откроется в { $time }.

## Время ожидания
board-wait-now = без ожидания
board-wait-up-to = до { $high } { $high ->
    [one] минуты
    [few] минут
    [many] минут
   *[other] минуты
}
board-wait-range = { $low }–{ $high } { $high ->
    [one] минута
    [few] минуты
    [many] минут
   *[other] минуты
}
board-wait-unknown = оценки пока нет
board-wait-no-window = сейчас нет открытого окна
board-people-waiting = { $count ->
    [0] никто не ждёт
    [one] ждёт { $count } человек
    [few] ждут { $count } человека
    [many] ждут { $count } человек
   *[other] ждут { $count } человека
}

## Предстоящие перерывы
board-break = Окно { $window }: { $start }–{ $end }
board-break-moved = (перенесён; было { $start }–{ $end })

## Даты
board-date = { $weekday }, { $day } { $month } { $year } г.
board-weekday-1 = понедельник
board-weekday-2 = вторник
board-weekday-3 = среда
board-weekday-4 = четверг
board-weekday-5 = пятница
board-weekday-6 = суббота
board-weekday-7 = воскресенье
board-month-1 = января
board-month-2 = февраля
board-month-3 = марта
board-month-4 = апреля
board-month-5 = мая
board-month-6 = июня
board-month-7 = июля
board-month-8 = августа
board-month-9 = сентября
board-month-10 = октября
board-month-11 = ноября
board-month-12 = декабря

## Объявление о перерывах для стекла и стойки
notice-title = Плановые перерывы
notice-hours = Часы работы: { $open }–{ $close }
notice-col-breaks = Перерывы
notice-moved = { $now } (было { $was })
notice-no-breaks = В этот день перерывов ни у одного окна не запланировано.
notice-others-serve = Пока окно на перерыве, остальные окна продолжают работать.
notice-warning = За { $minutes } { $minutes ->
    [one] минуту
    [few] минуты
    [many] минут
   *[other] минуты
} до закрытия окна мы сообщаем очереди, какие талоны оно ещё обслужит и куда пройти остальным.
notice-changes-on-board = Если время перерыва изменится в течение дня, новое время покажет табло в зале.
notice-as-of = По состоянию на { $date }, { $time }.

## Действительно ли ещё объявление на стекле (для сотрудников)
notice-change-moved = окно { $window }: перерыв { $was } перенесён на { $times }
notice-change-added = окно { $window }: добавлен перерыв { $times }
notice-change-cancelled = окно { $window }: отменён перерыв { $times }
notice-glass-out-of-date = Объявление о перерывах на стекле ({ $date }, напечатано в { $time }) устарело: { $changes }. Напечатайте его заново: `frontdesk notice`.
notice-glass-not-printed = Объявление о перерывах на { $date } ещё не напечатано: его печатает `frontdesk notice`.
notice-not-recorded = Не записано (--dry-run): объявление на стекле остаётся прежним.
ev-notice-issued = Объявление о перерывах на { $date } напечатано для стекла: { $count } { $count ->
    [one] перерыв
    [few] перерыва
    [many] перерывов
   *[other] перерыва
}.
lang-all-notice-only = --lang all: на всех языках печатает только `frontdesk notice`; укажите один из en, hu, ru, uk.
