# Тексти інтерфейсу frontdesk — українська: журнал якості (скарги, подяки,
# оцінки, перевірки таємного покупця), екран звернень для керівника, вікно
# відгуку біля каси та екран опитування для клієнтів.
# Форми множини за CLDR: one, few, many, other.

## Види, канали, категорії, стани
fb-kind-complaint = скарга
fb-kind-compliment = подяка
fb-kind-suggestion = пропозиція
fb-kind-question = запитання
fb-channel-counter = біля вікна
fb-channel-writing = письмово
fb-channel-phone = телефоном
fb-channel-email = електронною поштою
fb-channel-survey = в опитуванні
fb-channel-mystery-shopper = від таємного покупця
fb-cat-window-closed = вікно зачинили просто переді мною
fb-cat-not-warned = не попередили про перерву
fb-cat-sent-elsewhere = після очікування відправили до іншого вікна
fb-cat-break-overran = перерва затягнулася
fb-cat-unscheduled-break = незапланована перерва
fb-cat-waiting-time = час очікування
fb-cat-staff-manner = поведінка працівника
fb-cat-competence = компетентність
fb-cat-information = інформування
fb-cat-premises = приміщення
fb-cat-other = інше
fb-status-new = нове
fb-status-acknowledged = прийнято
fb-status-answered = надано відповідь
fb-status-closed = закрито
fb-due-acknowledge = прийняти до розгляду до { $date }
fb-due-answer = відповісти до { $date }
fb-due-close = закрити до { $date }
fb-overdue-acknowledge = не прийнято до розгляду вчасно (строк — { $date })
fb-overdue-answer = відповідь прострочено (строк — { $date })
fb-overdue-close = закриття прострочено (строк — { $date })
fb-age-minutes = { $n ->
    [one] { $n } хвилина
    [few] { $n } хвилини
    [many] { $n } хвилин
   *[other] { $n } хвилини
}
fb-age-hours = { $n ->
    [one] { $n } година
    [few] { $n } години
    [many] { $n } годин
   *[other] { $n } години
}
fb-age-days = { $n ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}
fb-window = вікно { $window }
fb-ticket = талон { $ticket }
fb-service = послуга { $service }
fb-break = перерва №{ $id }
fb-no-window = вікно не вказано
fb-no-staff = працівника не вказано

## Слова журналу
ev-feedback-recorded = { $kind ->
    [complaint] Скаргу №{ $id } записано
    [compliment] Подяку №{ $id } записано
    [suggestion] Пропозицію №{ $id } записано
   *[question] Запитання №{ $id } записано
}: { $category } ({ $channel }).
ev-feedback-acknowledged = Звернення №{ $id } прийнято до розгляду.
ev-feedback-assigned = Звернення №{ $id } доручено: { $to }.
ev-feedback-answered = На звернення №{ $id } надано відповідь.
ev-feedback-closed = Звернення №{ $id } закрито.
ev-feedback-reopened = Звернення №{ $id } відкрито знову: { $why }.
ev-contact-erased = Ім'я та контакти клієнта у зверненні №{ $id } видалено; саме звернення збережено.
ev-customer-rated = Вікно { $window }: клієнт оцінив візит на { $score } з 5.
ev-customer-rated-ticket = Вікно { $window }: { $ticket } оцінив візит на { $score } з 5.
ev-audit-recorded = Перевірку таємного покупця №{ $id } записано: { $got } з { $max } балів.

## Відмови й хибні дані
fb-refused-unknown-entry = Звернення №{ $id } немає.
fb-refused-unknown-ticket = Талона { $name } немає.
fb-refused-unknown-window = Вікна { $window } немає.
fb-refused-unknown-staff = Працівника { $name } немає.
fb-refused-unknown-service = Послуги { $name } немає.
fb-refused-unknown-break = Перерви №{ $id } немає.
fb-refused-unknown-category = Категорії { $name } немає; є такі: { $known }.
fb-refused-empty = { $what ->
    [answer] Відповідь
    [to] Ім'я відповідального
    [why] Причина повторного відкриття
    [checklist] Контрольний список
   *[other] Текст
} не може бути порожнім.
fb-refused-too-long = { $what ->
    [words] Слова клієнта
    [answer] Відповідь
    [note] Примітка
    [why] Причина
    [to] Ім'я
   *[other] Текст
}: не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}.
fb-refused-bad-score = Оцінка — від 1 до 5, а не { $score }.
fb-refused-in-future = Цей час ще не настав.
fb-refused-no-marks = Для перевірки треба позначити хоча б один пункт.
fb-refused-already-acknowledged = Звернення №{ $id } уже прийнято до розгляду.
fb-refused-closed = Звернення №{ $id } закрито; спершу відкрийте його знову.
fb-refused-not-closed = Звернення №{ $id } не закрито.
fb-refused-no-contact = У зверненні №{ $id } немає імені чи контактів, які можна видалити.
fb-no-ticket-on = Талона { $ticket } за { $date } немає.
fb-bad-kind = Невідомий вид: { $value }; можливі: { $known }.
fb-bad-channel = Невідомий канал: { $value }; можливі: { $known }.
fb-bad-moment = { $what }: незрозумілий час: { $value } (потрібно РРРР-ММ-ДД або «РРРР-ММ-ДД ГГ:ХХ»).
fb-bad-mark = Незрозуміла позначка: { $value } (потрібно ПУНКТ=yes, ПУНКТ=no або ПУНКТ=n/a).
fb-bad-period = Період закінчується ({ $to }) раніше, ніж починається ({ $from }).

## frontdesk feedback list, show
fb-list-empty = Відповідних звернень немає.
fb-show-heading = { $kind ->
    [complaint] Скарга
    [compliment] Подяка
    [suggestion] Пропозиція
   *[question] Запитання
} №{ $id } · { $category }
fb-received = Отримано { $received }, { $channel }.
fb-contact = Клієнт: { $contact }
fb-contact-erased = Ім'я та контакти клієнта видалено.
fb-status-line = Стан: { $status }
fb-assigned-line = Відповідальний: { $to }
fb-answer-line = Відповідь: { $answer }
fb-context-heading = Що каже журнал:
fb-history-heading = Кроки:
fb-h-recorded = { $at } записав(ла): { $by }
fb-h-acknowledged = { $at } прийняв(ла) до розгляду: { $by }
fb-h-assigned = { $at } { $by } доручив(ла): { $to }
fb-h-answered = { $at } відповів(ла) { $by }: { $answer }
fb-h-closed = { $at } закрив(ла): { $by }
fb-h-closed-note = { $at } закрив(ла) { $by }: { $note }
fb-h-reopened = { $at } знову відкрив(ла) { $by }: { $why }
fb-h-erased = { $at } ім'я та контакти видалив(ла): { $by }
fb-checklist-ok = { $file }: правильний контрольний список, { $count ->
    [one] { $count } пункт
    [few] { $count } пункти
    [many] { $count } пунктів
   *[other] { $count } пункту
}.
fb-mark-unknown = У контрольному списку { $checklist } немає пункту { $item }; його пункти: { $known }.
fb-mark-missing = Пункт { $item } контрольного списку { $checklist } не позначено (для кожного пункту потрібно yes, no або n/a).
fb-mark-twice = Пункт { $item } позначено більше ніж один раз.
fb-no-checklist = Контрольного списку { $name } немає: вбудований називається mystery-shopper, а власні списки зал кладе в checklists/ поруч із конфігурацією.
fb-audits-empty = Перевірок поки немає.
fb-audit-line = №{ $id } · { $visited } · { $checklist } · { $place } · { $got } з { $max } балів ({ $percent })

## Що журнал каже про скаргу
fb-cx-nothing = У журналі немає нічого про цей талон чи вікно в той час.
fb-cx-ticket = Талон { $ticket } взято { AT($time) }, очікування — { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
fb-cx-served = Обслуговано у вікні { $window } { AT($time) }.
fb-cx-no-show = Викликано до вікна { $window } і { AT($time) } позначено як неявку.
fb-cx-cancelled = Скасовано { AT($time) }.
fb-cx-expired = Ще чекав, коли зал зачинився.
fb-cx-not-served = Не обслуговано.
fb-cx-transfers = { $count ->
    [one] Перенаправлено { $count } раз.
    [few] Перенаправлено { $count } рази.
    [many] Перенаправлено { $count } разів.
   *[other] Перенаправлено { $count } раза.
}
fb-cx-break = Перерва №{ $id } у вікні { $window }, { $span }, { $kind }.
fb-cx-published = планова, оголошена
fb-cx-unpublished = планова, не оголошена
fb-cx-unscheduled = незапланована ({ $reason })
fb-cx-warned = Чергу попередили { AT($time) }, за { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}; { $waiting ->
    [0] тоді ніхто не чекав
    [one] чекала { $waiting } особа
    [few] чекали { $waiting } особи
    [many] чекали { $waiting } осіб
   *[other] чекали { $waiting } особи
}.
fb-cx-not-warned = Чергу не попередили.
fb-cx-waiting-at-start = { $waiting ->
    [0] Ніхто не чекав
    [one] Чекала { $waiting } особа
    [few] Чекали { $waiting } особи
    [many] Чекали { $waiting } осіб
   *[other] Чекали { $waiting } особи
}, коли почалася перерва.
fb-cx-overran = Перерва затягнулася на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
fb-cx-within-cutoff = { $ticket } був у межах останнього талона ({ $cutoff }): вікно обіцяло його обслужити.
fb-cx-past-cutoff = { $ticket } прийшов після останнього талона ({ $cutoff }).
fb-cx-phrases = Сказані фрази: { $phrases }.
fb-cx-no-phrases = Жодна підготовлена фраза не прозвучала.
fb-cx-rules-kept = Правил залу дотримано.
fb-cx-lapses = Порушено правила: { $lapses }.
fb-lapse-not-warned = вікно { $window } пішло на перерву без попередження, хоча { $waiting ->
    [one] чекала { $waiting } особа
    [few] чекали { $waiting } особи
    [many] чекали { $waiting } осіб
   *[other] чекали { $waiting } особи
}
fb-lapse-warned-late = вікно { $window } попередило лише за { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} (належить за { $lead })
fb-lapse-not-published = перерву вікна { $window } не оголосили
fb-lapse-promise-broken = вікно { $window } обіцяло обслужити { $ticket }, але не обслужило
fb-lapse-no-apology = вікно { $window } зачинилося позапланово, коли була черга, і без вибачень
fb-lapse-overran = перерва вікна { $window } затягнулася на { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}

## Показники
fb-fig-heading = Звернення з { $from } по { $to }
fb-fig-hall = Увесь зал
fb-fig-line = подяки до скарг: { $ratio } · скарг на 1000 обслугованих: { $perk } (обслуговано { $served }) · середня оцінка: { $avg } ({ $ratings ->
    [one] { $ratings } оцінка
    [few] { $ratings } оцінки
    [many] { $ratings } оцінок
   *[other] { $ratings } оцінки
})
fb-fig-none = ні подяк, ні скарг
fb-fig-no-complaints = { $count ->
    [one] { $count } подяка
    [few] { $count } подяки
    [many] { $count } подяк
   *[other] { $count } подяки
}, скарг немає
fb-fig-no-praise = { $count ->
    [one] { $count } скарга
    [few] { $count } скарги
    [many] { $count } скарг
   *[other] { $count } скарги
}, подяк немає
fb-fig-by-window = За вікнами:
fb-fig-by-staff = За працівниками:
fb-fig-by-day = За днями:
fb-fig-by-week = За тижнями (з понеділка):
fb-fig-by-month = За місяцями:

## Сигнал на оглядовому екрані
alert-feedback-overdue = { $count ->
    [one] { $kind ->
        [question] Запитання №{ $id } прострочено
       *[other] Скаргу №{ $id } прострочено
    }: { $what }.
    [few] { $count } скарги й запитання прострочено; найдовше — №{ $id }: { $what }.
    [many] { $count } скарг і запитань прострочено; найдовше — №{ $id }: { $what }.
   *[other] { $count } скарги й запитання прострочено; найдовше — №{ $id }: { $what }.
} Докладніше: frontdesk feedback.

## Екран звернень для керівника
fbs-title = Звернення
fbs-tab-open = Відкриті: { $count } (прострочено { $late })
fbs-tab-all = Усі
fbs-tab-figures = Показники
fbs-tab-audits = Перевірки
fbs-ratings-none = сьогодні оцінок ще немає
fbs-ratings-today = сьогодні { $count ->
    [one] { $count } оцінка
    [few] { $count } оцінки
    [many] { $count } оцінок
   *[other] { $count } оцінки
}, у середньому { $avg }; остання { AT($time) }, вікно { $window }: { $score } з 5
fbs-any = будь-яке
fbs-filters = Вид: { $kind } · Категорія: { $category } · Вікно: { $window } · Працівник: { $staff } · Період: { $period }
fbs-period-today = сьогодні
fbs-period-week = останні 7 днів
fbs-period-month = останні 30 днів
fbs-period-quarter = останні 3 місяці
fbs-period-year = останні 12 місяців
fbs-period-ever = за весь час
fbs-col-kind = Вид
fbs-col-category = Категорія
fbs-col-window = Вікно
fbs-col-staff = Працівник
fbs-col-age = Давність
fbs-col-due = Строк
fbs-col-status = Стан
fbs-col-group = Група
fbs-col-ratio = Подяки : скарги
fbs-col-per-k = На 1000
fbs-col-rating = Оцінка
fbs-col-served = Обслуг.
fbs-stage-acknowledge = прийняти
fbs-stage-answer = відповісти
fbs-stage-close = закрити
fbs-due-cell = { $stage } до { $date }
fbs-empty-open = Відкритих звернень немає: відповіді ніхто не чекає.
fbs-empty = За цей період із такими фільтрами звернень немає.
fbs-reading = Читаю журнал…
fbs-fig-ratio = Подяки до скарг: { $ratio } (звичайно близько 1 : 10, чудово — 3 : 1)
fbs-fig-per-k = Скарг на 1000 обслугованих клієнтів: { $perk } (обслуговано { $served })
fbs-fig-rating = Середня оцінка: { $avg } з 5 за { $ratings ->
    [one] { $ratings } оцінкою
    [few] { $ratings } оцінками
    [many] { $ratings } оцінками
   *[other] { $ratings } оцінки
} · { $spread }
fbs-btn-acknowledge = прийняти
fbs-btn-assign = доручити
fbs-btn-answer = відповідь
fbs-btn-close = закрити
fbs-btn-reopen = відкрити знову
fbs-btn-kind = вид
fbs-btn-category = категорія
fbs-btn-window = вікно
fbs-btn-staff = працівник
fbs-btn-period = період
fbs-btn-tab = вигляд
fbs-btn-help = клавіші
fbs-key-select = вибрати звернення
fbs-key-group = показники за вікнами, працівниками, днями, тижнями чи місяцями
fbs-key-clear = скинути фільтри
fbs-key-back = закрити панель або останнє повідомлення
fbs-prompt-assign = Кому доручити звернення №{ $id }?
fbs-prompt-answer = Відповідь клієнтові на звернення №{ $id }:
fbs-prompt-close = Примітка до закриття №{ $id } (можна лишити порожньою):
fbs-prompt-reopen = Чому звернення №{ $id } відкривається знову?
fbs-prompt-keys = Enter — записати · Esc — скасувати

## Вікно відгуку біля каси
key-customer-said = записати, що сказав клієнт
fbp-title = Що сказав клієнт?
fbp-about = { $ticket } біля вікна { $window }, обслуговує { $staff }
fbp-about-nobody = { $ticket } біля вікна { $window }
fbp-about-window = Біля вікна немає клієнта: запис буде на вікно { $window }
fbp-kind = Що це було?
fbp-category = Чого стосується { $kind ->
    [complaint] ця скарга
    [compliment] ця подяка
    [suggestion] ця пропозиція
   *[other] це запитання
}?
fbp-words = Кількома словами (можна лишити порожнім); Enter — записати:

## Екран опитування для клієнтів
survey-welcome = Ласкаво просимо!
survey-idle = Після обслуговування тут можна розповісти, як усе минуло.
survey-question = Як минув ваш візит?
survey-face-1 = Дуже погано
survey-face-2 = Погано
survey-face-3 = Так собі
survey-face-4 = Добре
survey-face-5 = Чудово
survey-hint = Торкніться обличчя або натисніть клавішу від 1 до 5.
survey-scale = 1 дуже погано · 5 чудово
survey-reason-question = Дякуємо! Що було найважливішим?
survey-optional = Це запитання можна пропустити.
survey-reason-waiting-time = Час очікування
survey-reason-staff-manner = Як зі мною поводилися
survey-reason-competence = Знання працівника
survey-reason-information = Отримана інформація
survey-reason-window-closed = Зачинення вікна
survey-reason-premises = Приміщення
survey-skip = Пропустити
survey-thanks = Дякуємо за вашу відповідь!
survey-goodbye = Гарного дня!
survey-not-saved = Вибачте, вашу відповідь не вдалося зберегти.
