# frontdesk interface texts (ru): trainer.

## Слова журнала о тренировках

ev-training-started = Начинается тренировка: сценарий { $scenario }, зерно случайности { $seed }.
ev-training-cue = Сценарий: { $what } ({ $cue }).
ev-training-cue-ticket = Сценарий: { $what }, талон { $ticket } ({ $cue }).
ev-training-clock-jump = Сценарий: системное время сдвигается на { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } { $direction ->
        [back] назад
       *[ahead] вперёд
    } ({ $cue }).
ev-training-ended = Тренировка окончена: { $score } из { $max } { $max ->
        [one] балла
        [few] баллов
        [many] баллов
       *[other] балла
    }.

cue-kind-delivery = привезли товар
cue-kind-protest = очередь возмущается
cue-kind-late-customer = клиент пришёл после последнего талона
cue-kind-clock-jump = сдвигается системное время
cue-kind-customer-line = клиент обращается к вам

## Полоса, панель и клавиши тренера

train-mark = ТРЕНИРОВКА
train-paused = пауза
train-speed = ×{ $speed }
train-tally = ✓ { $met }  ✗ { $missed }  … { $pending }
train-panel-title = Тренер
train-expected = Что ожидается сейчас
train-missed = Упущено
train-coming = Впереди
train-nothing-expected = Сейчас ничего.
train-nothing-missed = Пока ничего.
train-nothing-coming = Происшествий больше не будет.
train-done-at-window = Клиент с талоном { $ticket } закончил: отметьте его обслуженным (s).
train-briefing = Вводная
train-press-start = Нажмите Enter или F3, чтобы запустить часы.
train-key-panel = панель
train-key-pause = пауза
train-key-step = +1 минута
train-key-slower = медленнее
train-key-faster = быстрее
train-key-finish = завершить
train-or = { " " }или{ " " }
train-by = к { $time }

## Проверки, чего в них ждут и как прошло

check-warned-ahead = Предупредили очередь не позже чем за { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
check-apology = Извинились за внеплановый перерыв
check-no-refusal = Не отказали никому, кого должны были обслужить
check-redirect = Правильно перенаправили тех, кто пришёл после последнего талона
check-break-length = Уложились в длительность перерыва
check-answered = Верно отреагировали на то, что случилось в { $time } ({ $what })
check-overrun-apology = Извинились за опоздание

expect-warn = Предупредите очередь к { $deadline } (перерыв начинается в { $start })
expect-apology = Извинитесь перед ожидающими: перерыв внеплановый ({ $reason })
expect-no-refusal = Не откажите никому, кого должны обслужить
expect-no-refusal-cutoff = До перерыва обслужите всех до талона { $cutoff } включительно
expect-redirect = Подскажите, куда подойти ({ $tickets }): { $phrases }
expect-back = Вернитесь к окну к { $until }
expect-answer = К { $deadline }: { $parts }
expect-overrun = Как только сядете, извинитесь за опоздание

part-playbook = выполните { $playbooks }
part-phrase = скажите { $phrases }
part-break = начните перерыв по причине «{ $reason }»
part-warn = предупредите очередь
part-end-break = завершите перерыв

out-warned = предупредили в { $time }, за { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } до перерыва
out-warned-late = предупредили лишь в { $time }, за { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } до перерыва
out-not-warned = к { $deadline } никого не предупредили, а { $waiting ->
        [one] ждал { $waiting } человек
        [few] ждали { $waiting } человека
        [many] ждали { $waiting } человек
       *[other] ждали { $waiting } человека
    }
out-apologised = извинились в { $time }
out-no-apology = извинений не было
out-refused = отказали: { $tickets } ({ $time })
out-none-refused = никому не отказали
out-redirected = прозвучало в { $time }
out-not-redirected = никто не подсказал, куда подойти ({ $tickets })
out-back-in-time = вернулись в { $time }
out-back-late = вернулись в { $time }, с опозданием на { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
out-still-away = в { $time } всё ещё не вернулись
out-answered = сделано в { $time }
out-not-answered = к { $deadline } ещё не сделано: { $parts }
out-overrun-apologised = извинились в { $time }
out-overrun-not = за опоздание не извинились
out-not-reached = тренировка закончилась раньше

## Разбор

debrief-title = Разбор: { $title }
debrief-meta = { $hall } · окно { $window } · { $date } { $start }–{ $end } · зерно { $seed }
debrief-score = Результат: { $score } из { $max } { $max ->
        [one] балла
        [few] баллов
        [many] баллов
       *[other] балла
    } ({ $percent } %)
debrief-passed = зачтено (порог { $pass } %)
debrief-failed = не зачтено (порог { $pass } %)
debrief-checks = Проверки
debrief-timeline = Хронология
debrief-col-check = Проверка
debrief-col-points = Баллы
debrief-col-result = Как прошло
debrief-col-time = Время
debrief-col-happened = Что произошло
debrief-col-expected = Чего ожидали
debrief-did-not-arise = ситуация не возникла
debrief-start = Часы запущены.
debrief-end = Тренировка окончена.
debrief-keys = ↑↓ PgUp PgDn прокрутка · l язык · q выход

## Командная строка

train-list-header = Сценарии (запуск: frontdesk train ИМЯ):
train-list-own = ваш собственный
train-list-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
train-check-ok = { $file }: сценарий { $id } в порядке: { $arrivals ->
        [one] { $arrivals } заданный клиент
        [few] { $arrivals } заданных клиента
        [many] { $arrivals } заданных клиентов
       *[other] { $arrivals } заданного клиента
    }, { $incidents ->
        [one] { $incidents } происшествие
        [few] { $incidents } происшествия
        [many] { $incidents } происшествий
       *[other] { $incidents } происшествия
    }, { $checks ->
        [one] { $checks } проверка
        [few] { $checks } проверки
        [many] { $checks } проверок
       *[other] { $checks } проверки
    }.
train-recorded = Тренировка записана в { $file }
train-debrief-written = Разбор записан в { $file }
train-record-exists = { $file } уже существует; каждая тренировка записывается в отдельный файл
train-debrief-format = --debrief { $file }: имя файла должно оканчиваться на .md или .html
train-no-file = { $file }: нет такого файла
train-check-line = { $check }: { $points } из { $weight }

## Воспроизведение журнала

replay-mark = ПОВТОР
replay-position = событие { $n } из { $total }
replay-end = конец журнала
replay-read-only = Повтор лишь показывает, что было; ничего не записывается.
replay-not-training = { $file } — не журнал тренировки, разбора к нему нет
replay-key-step = следующее событие
