# frontdesk interface texts (uk): trainer.
# «о 12:30», але «об 11:30»: час після «о/об» пишемо через AT($time).

## Слова журналу про тренування

ev-training-started = Починається тренування: сценарій { $scenario }, зерно випадковості { $seed }.
ev-training-cue = Сценарій: { $what } ({ $cue }).
ev-training-cue-ticket = Сценарій: { $what }, талон { $ticket } ({ $cue }).
ev-training-clock-jump = Сценарій: системний час зсувається на { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } { $direction ->
        [back] назад
       *[ahead] вперед
    } ({ $cue }).
ev-training-ended = Тренування завершено: { $score } з { $max } { $max ->
        [one] бала
        [few] балів
        [many] балів
       *[other] бала
    }.

cue-kind-delivery = привезли товар
cue-kind-protest = черга обурюється
cue-kind-late-customer = клієнт прийшов після останнього талона
cue-kind-clock-jump = зсувається системний час
cue-kind-customer-line = клієнт звертається до вас

## Смуга, панель і клавіші тренера

train-mark = ТРЕНУВАННЯ
train-paused = пауза
train-speed = ×{ $speed }
train-tally = ✓ { $met }  ✗ { $missed }  … { $pending }
train-panel-title = Тренер
train-expected = Що очікується зараз
train-missed = Пропущено
train-coming = Попереду
train-nothing-expected = Зараз нічого.
train-nothing-missed = Поки нічого.
train-nothing-coming = Подій більше не буде.
train-done-at-window = Клієнт із талоном { $ticket } закінчив: позначте його обслуженим (s).
train-briefing = Інструктаж
train-press-start = Натисніть Enter або F3, щоб запустити годинник.
train-key-panel = панель
train-key-pause = пауза
train-key-step = +1 хвилина
train-key-slower = повільніше
train-key-faster = швидше
train-key-finish = завершити
train-or = { " " }або{ " " }
train-by = до { $time }

## Перевірки, чого в них чекають і як минуло

check-warned-ahead = Попередили чергу не пізніше ніж за { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
check-apology = Перепросили за позапланову перерву
check-no-refusal = Не відмовили нікому, кого мали обслужити
check-redirect = Правильно скерували тих, хто прийшов після останнього талона
check-break-length = Вклалися в тривалість перерви
check-answered = Правильно відреагували на те, що сталося { AT($time) } ({ $what })
check-overrun-apology = Перепросили за запізнення

expect-warn = Попередьте чергу до { $deadline } (перерва починається { AT($start) })
expect-apology = Перепросіть тих, хто чекає: перерва позапланова ({ $reason })
expect-no-refusal = Не відмовте нікому, кого маєте обслужити
expect-no-refusal-cutoff = До перерви обслужіть усіх до талона { $cutoff } включно
expect-redirect = Підкажіть, куди підійти ({ $tickets }): { $phrases }
expect-back = Поверніться до вікна до { $until }
expect-answer = До { $deadline }: { $parts }
expect-overrun = Щойно сядете, перепросіть за запізнення

part-playbook = виконайте { $playbooks }
part-phrase = скажіть { $phrases }
part-break = почніть перерву з причини «{ $reason }»
part-warn = попередьте чергу
part-end-break = завершіть перерву

out-warned = попередили { AT($time) }, за { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } до перерви
out-warned-late = попередили лише { AT($time) }, за { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } до перерви
out-not-warned = до { $deadline } нікого не попередили, а { $waiting ->
        [one] чекала { $waiting } людина
        [few] чекали { $waiting } людини
        [many] чекало { $waiting } людей
       *[other] чекало { $waiting } людини
    }
out-apologised = перепросили { AT($time) }
out-no-apology = не перепросили
out-refused = відмовили: { $tickets } ({ $time })
out-none-refused = нікому не відмовили
out-redirected = прозвучало { AT($time) }
out-not-redirected = ніхто не підказав, куди підійти ({ $tickets })
out-back-in-time = повернулися { AT($time) }
out-back-late = повернулися { AT($time) }, із запізненням на { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
out-still-away = { AT($time) } досі не повернулися
out-answered = зроблено { AT($time) }
out-not-answered = до { $deadline } ще не зроблено: { $parts }
out-overrun-apologised = перепросили { AT($time) }
out-overrun-not = за запізнення не перепросили
out-not-reached = тренування скінчилося раніше

## Розбір

debrief-title = Розбір: { $title }
debrief-meta = { $hall } · вікно { $window } · { $date } { $start }–{ $end } · зерно { $seed }
debrief-score = Результат: { $score } з { $max } { $max ->
        [one] бала
        [few] балів
        [many] балів
       *[other] бала
    } ({ $percent } %)
debrief-passed = зараховано (поріг { $pass } %)
debrief-failed = не зараховано (поріг { $pass } %)
debrief-checks = Перевірки
debrief-timeline = Хронологія
debrief-col-check = Перевірка
debrief-col-points = Бали
debrief-col-result = Як минуло
debrief-col-time = Час
debrief-col-happened = Що сталося
debrief-col-expected = Чого очікували
debrief-did-not-arise = ситуація не виникла
debrief-start = Годинник запущено.
debrief-end = Тренування завершено.
debrief-keys = ↑↓ PgUp PgDn прокручування · l мова · q вихід

## Командний рядок

train-list-header = Сценарії (запуск: frontdesk train НАЗВА):
train-list-own = ваш власний
train-list-minutes = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
train-check-ok = { $file }: сценарій { $id } коректний: { $arrivals ->
        [one] { $arrivals } заданий клієнт
        [few] { $arrivals } задані клієнти
        [many] { $arrivals } заданих клієнтів
       *[other] { $arrivals } заданого клієнта
    }, { $incidents ->
        [one] { $incidents } подія
        [few] { $incidents } події
        [many] { $incidents } подій
       *[other] { $incidents } події
    }, { $checks ->
        [one] { $checks } перевірка
        [few] { $checks } перевірки
        [many] { $checks } перевірок
       *[other] { $checks } перевірки
    }.
train-recorded = Тренування записано в { $file }
train-debrief-written = Розбір записано в { $file }
train-record-exists = { $file } уже існує; кожне тренування записується в окремий файл
train-debrief-format = --debrief { $file }: назва файлу має закінчуватися на .md або .html
train-no-file = { $file }: немає такого файлу
train-check-line = { $check }: { $points } з { $weight }

## Відтворення журналу

replay-mark = ПОВТОР
replay-position = подія { $n } з { $total }
replay-end = кінець журналу
replay-read-only = Повтор лише показує, що було; нічого не записується.
replay-not-training = { $file } — не журнал тренування, розбору до нього немає
replay-key-step = наступна подія
