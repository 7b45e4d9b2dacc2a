# Тексти інтерфейсу frontdesk (uk): board — табло в залі й оголошення про перерви.

## Табло в залі
board-now-serving = Запрошуються
board-called = { $ticket } → вікно { $window }
board-nobody-called = Тут з’являться номери викликаних талонів.
board-windows = Вікна
board-waits = Очікування, якщо взяти талон зараз
board-breaks-today = Перерви сьогодні
board-no-breaks = Сьогодні більше перерв не заплановано.
board-notice-out-of-date = Відколи оголошення на склі надрукували, час перерв змінився. На цьому екрані — актуальний час.
board-window-open = Вікно { $window } працює
board-window-closed = Вікно { $window } не працює
board-window-closing = Вікно { $window } зачиняється { AT($time) } — будь ласка, підійдіть до вікна { $other }
board-window-closing-alone = Вікно { $window } зачиняється { AT($time) }
board-window-closing-now = Вікно { $window } зачиняється — будь ласка, підійдіть до вікна { $other }
board-window-closing-now-alone = Вікно { $window } зачиняється
board-window-on-break = Вікно { $window }: перерва до { $time }
board-window-closed-reason = Вікно { $window } не працює до { $time }: { $reason }
board-window-back-shortly = Вікно { $window }: перерва, незабаром знову запрацює

## Попередження черги вікна, що зачиняється
board-ann-closes-at = Вікно { $window } зачиняється на перерву { AT($time) }.
board-ann-closes-soon = Вікно { $window } незабаром зачиниться на перерву.
board-ann-served-up-to = Талони до { $cutoff } включно в ньому ще обслужать.
board-ann-served-none = Нових талонів воно вже не викликає.
board-ann-others-go-to = Решту просимо підійти до вікна { $other }.
board-ann-go-to = Будь ласка, підійдіть до вікна { $other }.
board-ann-back-at = Вікно { $window } знову запрацює { AT($time) }.

## Час очікування
board-wait-now = без очікування
board-wait-up-to = до { $high } { $high ->
    [one] хвилини
    [few] хвилин
    [many] хвилин
   *[other] хвилини
}
board-wait-range = { $low }–{ $high } { $high ->
    [one] хвилина
    [few] хвилини
    [many] хвилин
   *[other] хвилини
}
board-wait-unknown = оцінки поки немає
board-wait-no-window = зараз немає відкритого вікна
board-people-waiting = { $count ->
    [0] ніхто не чекає
    [one] чекає { $count } людина
    [few] чекають { $count } людини
    [many] чекають { $count } людей
   *[other] чекають { $count } людини
}

## Наступні перерви
board-break = Вікно { $window }: { $start }–{ $end }
board-break-moved = (перенесено; було { $start }–{ $end })

## Дати
board-date = { $weekday }, { $day } { $month } { $year } р.
board-weekday-1 = понеділок
board-weekday-2 = вівторок
board-weekday-3 = середа
board-weekday-4 = четвер
board-weekday-5 = п’ятниця
board-weekday-6 = субота
board-weekday-7 = неділя
board-month-1 = січня
board-month-2 = лютого
board-month-3 = березня
board-month-4 = квітня
board-month-5 = травня
board-month-6 = червня
board-month-7 = липня
board-month-8 = серпня
board-month-9 = вересня
board-month-10 = жовтня
board-month-11 = листопада
board-month-12 = грудня

## Оголошення про перерви для скла і стійки
notice-title = Планові перерви
notice-hours = Години роботи: { $open }–{ $close }
notice-col-breaks = Перерви
notice-moved = { $now } (було { $was })
notice-no-breaks = Цього дня в жодного вікна перерв не заплановано.
notice-others-serve = Поки вікно на перерві, інші вікна працюють далі.
notice-warning = За { $minutes } { $minutes ->
    [one] хвилину
    [few] хвилини
    [many] хвилин
   *[other] хвилини
} до того, як вікно зачиниться, ми повідомляємо чергу, які талони воно ще обслужить і куди підійти іншим.
notice-changes-on-board = Якщо час перерви зміниться протягом дня, новий час покаже табло в залі.
notice-as-of = Станом на { $date }, { $time }.

## Чи ще чинне оголошення на склі (для працівників)
notice-change-moved = вікно { $window }: перерву { $was } перенесено на { $times }
notice-change-added = вікно { $window }: додано перерву { $times }
notice-change-cancelled = вікно { $window }: скасовано перерву { $times }
notice-glass-out-of-date = Оголошення про перерви на склі ({ $date }, надруковане { AT($time) }) застаріло: { $changes }. Надрукуйте його знову: `frontdesk notice`.
notice-glass-not-printed = Оголошення про перерви на { $date } ще не надруковане: його друкує `frontdesk notice`.
notice-not-recorded = Не записано (--dry-run): оголошення на склі лишається таким, як було.
ev-notice-issued = Оголошення про перерви на { $date } надруковано для скла: { $count } { $count ->
    [one] перерва
    [few] перерви
    [many] перерв
   *[other] перерви
}.
lang-all-notice-only = --lang all: усіма мовами друкує лише `frontdesk notice`; вкажіть одну з en, hu, ru, uk.
