# Тексты интерфейса frontdesk — русский: журнал качества (жалобы,
# благодарности, оценки, проверки тайного покупателя), экран обращений для
# руководителя, окно отзыва у кассы и экран опроса для клиентов.
# Формы множественного числа по CLDR: one, few, many, other.

## Виды, каналы, категории, состояния
fb-kind-complaint = жалоба
fb-kind-compliment = благодарность
fb-kind-suggestion = предложение
fb-kind-question = вопрос
fb-channel-counter = у окна
fb-channel-writing = письменно
fb-channel-phone = по телефону
fb-channel-email = по электронной почте
fb-channel-survey = в опросе
fb-channel-mystery-shopper = от тайного покупателя
fb-cat-window-closed = окно закрыли перед носом
fb-cat-not-warned = не предупредили о перерыве
fb-cat-sent-elsewhere = после ожидания отправили в другое окно
fb-cat-break-overran = перерыв затянулся
fb-cat-unscheduled-break = незапланированный перерыв
fb-cat-waiting-time = время ожидания
fb-cat-staff-manner = поведение сотрудника
fb-cat-competence = компетентность
fb-cat-information = информирование
fb-cat-premises = помещение
fb-cat-other = другое
fb-status-new = новое
fb-status-acknowledged = принято
fb-status-answered = дан ответ
fb-status-closed = закрыто
fb-due-acknowledge = принять в работу до { $date }
fb-due-answer = ответить до { $date }
fb-due-close = закрыть до { $date }
fb-overdue-acknowledge = не принято в работу в срок (срок — { $date })
fb-overdue-answer = ответ просрочен (срок — { $date })
fb-overdue-close = закрытие просрочено (срок — { $date })
fb-age-minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
fb-age-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
    [many] { $n } часов
   *[other] { $n } часа
}
fb-age-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
fb-window = окно { $window }
fb-ticket = талон { $ticket }
fb-service = услуга { $service }
fb-break = перерыв №{ $id }
fb-no-window = окно не указано
fb-no-staff = сотрудник не указан

## Слова журнала
ev-feedback-recorded = { $kind ->
    [complaint] Жалоба №{ $id } записана
    [compliment] Благодарность №{ $id } записана
    [suggestion] Предложение №{ $id } записано
   *[question] Вопрос №{ $id } записан
}: { $category } ({ $channel }).
ev-feedback-acknowledged = Обращение №{ $id } принято в работу.
ev-feedback-assigned = Обращение №{ $id } поручено: { $to }.
ev-feedback-answered = На обращение №{ $id } дан ответ.
ev-feedback-closed = Обращение №{ $id } закрыто.
ev-feedback-reopened = Обращение №{ $id } открыто снова: { $why }.
ev-contact-erased = Имя и контакты клиента по обращению №{ $id } удалены; само обращение сохранено.
ev-customer-rated = Окно { $window }: клиент оценил визит на { $score } из 5.
ev-customer-rated-ticket = Окно { $window }: { $ticket } оценил визит на { $score } из 5.
ev-audit-recorded = Проверка тайного покупателя №{ $id } записана: { $got } из { $max } баллов.

## Отказы и неверные данные
fb-refused-unknown-entry = Обращения №{ $id } нет.
fb-refused-unknown-ticket = Талона { $name } нет.
fb-refused-unknown-window = Окна { $window } нет.
fb-refused-unknown-staff = Сотрудника { $name } нет.
fb-refused-unknown-service = Услуги { $name } нет.
fb-refused-unknown-break = Перерыва №{ $id } нет.
fb-refused-unknown-category = Категории { $name } нет; есть такие: { $known }.
fb-refused-empty = { $what ->
    [answer] Ответ
    [to] Имя ответственного
    [why] Причина повторного открытия
    [checklist] Контрольный список
   *[other] Текст
} не может быть пустым.
fb-refused-too-long = { $what ->
    [words] Слова клиента
    [answer] Ответ
    [note] Примечание
    [why] Причина
    [to] Имя
   *[other] Текст
}: не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
fb-refused-bad-score = Оценка — от 1 до 5, а не { $score }.
fb-refused-in-future = Это время ещё не наступило.
fb-refused-no-marks = Для проверки нужно отметить хотя бы один пункт.
fb-refused-already-acknowledged = Обращение №{ $id } уже принято в работу.
fb-refused-closed = Обращение №{ $id } закрыто; сначала откройте его снова.
fb-refused-not-closed = Обращение №{ $id } не закрыто.
fb-refused-no-contact = В обращении №{ $id } нет имени или контактов, которые можно удалить.
fb-no-ticket-on = Талона { $ticket } за { $date } нет.
fb-bad-kind = Неизвестный вид: { $value }; допустимы: { $known }.
fb-bad-channel = Неизвестный канал: { $value }; допустимы: { $known }.
fb-bad-moment = { $what }: непонятное время: { $value } (нужно ГГГГ-ММ-ДД или «ГГГГ-ММ-ДД ЧЧ:ММ»).
fb-bad-mark = Непонятная отметка: { $value } (нужно ПУНКТ=yes, ПУНКТ=no или ПУНКТ=n/a).
fb-bad-period = Период заканчивается ({ $to }) раньше, чем начинается ({ $from }).

## frontdesk feedback list, show
fb-list-empty = Подходящих обращений нет.
fb-show-heading = { $kind ->
    [complaint] Жалоба
    [compliment] Благодарность
    [suggestion] Предложение
   *[question] Вопрос
} №{ $id } · { $category }
fb-received = Получено { $received }, { $channel }.
fb-contact = Клиент: { $contact }
fb-contact-erased = Имя и контакты клиента удалены.
fb-status-line = Состояние: { $status }
fb-assigned-line = Ответственный: { $to }
fb-answer-line = Ответ: { $answer }
fb-context-heading = Что говорит журнал:
fb-history-heading = Шаги:
fb-h-recorded = { $at } записал(а): { $by }
fb-h-acknowledged = { $at } принял(а) в работу: { $by }
fb-h-assigned = { $at } { $by } поручил(а): { $to }
fb-h-answered = { $at } ответил(а) { $by }: { $answer }
fb-h-closed = { $at } закрыл(а): { $by }
fb-h-closed-note = { $at } закрыл(а) { $by }: { $note }
fb-h-reopened = { $at } снова открыл(а) { $by }: { $why }
fb-h-erased = { $at } имя и контакты удалил(а): { $by }
fb-checklist-ok = { $file }: правильный контрольный список, { $count ->
    [one] { $count } пункт
    [few] { $count } пункта
    [many] { $count } пунктов
   *[other] { $count } пункта
}.
fb-mark-unknown = В контрольном списке { $checklist } нет пункта { $item }; его пункты: { $known }.
fb-mark-missing = Пункт { $item } контрольного списка { $checklist } не отмечен (для каждого пункта нужно yes, no или n/a).
fb-mark-twice = Пункт { $item } отмечен больше одного раза.
fb-no-checklist = Контрольного списка { $name } нет: встроенный называется mystery-shopper, а свои списки зал кладёт в checklists/ рядом с конфигурацией.
fb-audits-empty = Проверок пока нет.
fb-audit-line = №{ $id } · { $visited } · { $checklist } · { $place } · { $got } из { $max } баллов ({ $percent })

## Что журнал говорит о жалобе
fb-cx-nothing = В журнале нет ничего об этом талоне или окне в то время.
fb-cx-ticket = Талон { $ticket } взят в { $time }, ожидание — { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
fb-cx-served = Обслужен в окне { $window } в { $time }.
fb-cx-no-show = Вызван к окну { $window } и в { $time } отмечен как неявка.
fb-cx-cancelled = Отменён в { $time }.
fb-cx-expired = Всё ещё ждал, когда зал закрылся.
fb-cx-not-served = Не обслужен.
fb-cx-transfers = { $count ->
    [one] Перенаправлен { $count } раз.
    [few] Перенаправлен { $count } раза.
    [many] Перенаправлен { $count } раз.
   *[other] Перенаправлен { $count } раза.
}
fb-cx-break = Перерыв №{ $id } в окне { $window }, { $span }, { $kind }.
fb-cx-published = плановый, объявлен
fb-cx-unpublished = плановый, не объявлен
fb-cx-unscheduled = незапланированный ({ $reason })
fb-cx-warned = Очередь предупредили в { $time }, за { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}; { $waiting ->
    [0] тогда никто не ждал
    [one] ждал { $waiting } человек
    [few] ждали { $waiting } человека
    [many] ждали { $waiting } человек
   *[other] ждали { $waiting } человека
}.
fb-cx-not-warned = Очередь не предупредили.
fb-cx-waiting-at-start = { $waiting ->
    [0] Никто не ждал
    [one] Ждал { $waiting } человек
    [few] Ждали { $waiting } человека
    [many] Ждали { $waiting } человек
   *[other] Ждали { $waiting } человека
}, когда начался перерыв.
fb-cx-overran = Перерыв затянулся на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
fb-cx-within-cutoff = { $ticket } был в пределах последнего талона ({ $cutoff }): окно обещало его обслужить.
fb-cx-past-cutoff = { $ticket } пришёл после последнего талона ({ $cutoff }).
fb-cx-phrases = Сказанные фразы: { $phrases }.
fb-cx-no-phrases = Ни одна подготовленная фраза не прозвучала.
fb-cx-rules-kept = Правила зала соблюдены.
fb-cx-lapses = Нарушены правила: { $lapses }.
fb-lapse-not-warned = окно { $window } ушло на перерыв без предупреждения, хотя { $waiting ->
    [one] ждал { $waiting } человек
    [few] ждали { $waiting } человека
    [many] ждали { $waiting } человек
   *[other] ждали { $waiting } человека
}
fb-lapse-warned-late = окно { $window } предупредило лишь за { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} (положено за { $lead })
fb-lapse-not-published = перерыв окна { $window } не был объявлен
fb-lapse-promise-broken = окно { $window } обещало обслужить { $ticket }, но не обслужило
fb-lapse-no-apology = окно { $window } закрылось внепланово при очереди и без извинений
fb-lapse-overran = перерыв окна { $window } затянулся на { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}

## Показатели
fb-fig-heading = Обращения с { $from } по { $to }
fb-fig-hall = Весь зал
fb-fig-line = благодарности к жалобам: { $ratio } · жалоб на 1000 обслуженных: { $perk } (обслужено { $served }) · средняя оценка: { $avg } ({ $ratings ->
    [one] { $ratings } оценка
    [few] { $ratings } оценки
    [many] { $ratings } оценок
   *[other] { $ratings } оценки
})
fb-fig-none = ни благодарностей, ни жалоб
fb-fig-no-complaints = { $count ->
    [one] { $count } благодарность
    [few] { $count } благодарности
    [many] { $count } благодарностей
   *[other] { $count } благодарности
}, жалоб нет
fb-fig-no-praise = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}, благодарностей нет
fb-fig-by-window = По окнам:
fb-fig-by-staff = По сотрудникам:
fb-fig-by-day = По дням:
fb-fig-by-week = По неделям (с понедельника):
fb-fig-by-month = По месяцам:

## Сигнал на обзорном экране
alert-feedback-overdue = { $count ->
    [one] { $kind ->
        [question] Вопрос №{ $id } просрочен
       *[other] Жалоба №{ $id } просрочена
    }: { $what }.
    [few] { $count } жалобы и вопроса просрочены; дольше всех — №{ $id }: { $what }.
    [many] { $count } жалоб и вопросов просрочены; дольше всех — №{ $id }: { $what }.
   *[other] { $count } жалобы и вопроса просрочены; дольше всех — №{ $id }: { $what }.
} Подробнее: frontdesk feedback.

## Экран обращений для руководителя
fbs-title = Обращения
fbs-tab-open = Открытые: { $count } (просрочено { $late })
fbs-tab-all = Все
fbs-tab-figures = Показатели
fbs-tab-audits = Проверки
fbs-ratings-none = сегодня оценок ещё нет
fbs-ratings-today = сегодня { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}, в среднем { $avg }; последняя в { $time }, окно { $window }: { $score } из 5
fbs-any = любое
fbs-filters = Вид: { $kind } · Категория: { $category } · Окно: { $window } · Сотрудник: { $staff } · Период: { $period }
fbs-period-today = сегодня
fbs-period-week = последние 7 дней
fbs-period-month = последние 30 дней
fbs-period-quarter = последние 3 месяца
fbs-period-year = последние 12 месяцев
fbs-period-ever = за всё время
fbs-col-kind = Вид
fbs-col-category = Категория
fbs-col-window = Окно
fbs-col-staff = Сотрудник
fbs-col-age = Давность
fbs-col-due = Срок
fbs-col-status = Состояние
fbs-col-group = Группа
fbs-col-ratio = Благод. : жалобы
fbs-col-per-k = На 1000
fbs-col-rating = Оценка
fbs-col-served = Обслуж.
fbs-stage-acknowledge = принять
fbs-stage-answer = ответить
fbs-stage-close = закрыть
fbs-due-cell = { $stage } до { $date }
fbs-empty-open = Открытых обращений нет: ответа никто не ждёт.
fbs-empty = За этот период с такими фильтрами обращений нет.
fbs-reading = Читаю журнал…
fbs-fig-ratio = Благодарности к жалобам: { $ratio } (обычно около 1 : 10, отлично — 3 : 1)
fbs-fig-per-k = Жалоб на 1000 обслуженных клиентов: { $perk } (обслужено { $served })
fbs-fig-rating = Средняя оценка: { $avg } из 5 по { $ratings ->
    [one] { $ratings } оценке
    [few] { $ratings } оценкам
    [many] { $ratings } оценкам
   *[other] { $ratings } оценки
} · { $spread }
fbs-btn-acknowledge = принять
fbs-btn-assign = поручить
fbs-btn-answer = ответ
fbs-btn-close = закрыть
fbs-btn-reopen = открыть снова
fbs-btn-kind = вид
fbs-btn-category = категория
fbs-btn-window = окно
fbs-btn-staff = сотрудник
fbs-btn-period = период
fbs-btn-tab = вид экрана
fbs-btn-help = клавиши
fbs-key-select = выбрать обращение
fbs-key-group = показатели по окнам, сотрудникам, дням, неделям или месяцам
fbs-key-clear = сбросить фильтры
fbs-key-back = закрыть панель или последнее сообщение
fbs-prompt-assign = Кому поручить обращение №{ $id }?
fbs-prompt-answer = Ответ клиенту по обращению №{ $id }:
fbs-prompt-close = Примечание при закрытии №{ $id } (можно оставить пустым):
fbs-prompt-reopen = Почему обращение №{ $id } открывается снова?
fbs-prompt-keys = Enter — записать · Esc — отменить

## Окно отзыва у кассы
key-customer-said = записать, что сказал клиент
fbp-title = Что сказал клиент?
fbp-about = { $ticket } у окна { $window }, обслуживает { $staff }
fbp-about-nobody = { $ticket } у окна { $window }
fbp-about-window = У окна нет клиента: запись будет на окно { $window }
fbp-kind = Что это было?
fbp-category = Чего касается { $kind ->
    [complaint] эта жалоба
    [compliment] эта благодарность
    [suggestion] это предложение
   *[other] этот вопрос
}?
fbp-words = В нескольких словах (можно оставить пустым); Enter — записать:

## Экран опроса для клиентов
survey-welcome = Добро пожаловать!
survey-idle = После обслуживания здесь можно рассказать, как всё прошло.
survey-question = Как прошёл ваш визит?
survey-face-1 = Очень плохо
survey-face-2 = Плохо
survey-face-3 = Так себе
survey-face-4 = Хорошо
survey-face-5 = Отлично
survey-hint = Коснитесь лица или нажмите клавишу от 1 до 5.
survey-scale = 1 очень плохо · 5 отлично
survey-reason-question = Спасибо! Что было самым важным?
survey-optional = Этот вопрос можно пропустить.
survey-reason-waiting-time = Время ожидания
survey-reason-staff-manner = Как со мной обращались
survey-reason-competence = Знания сотрудника
survey-reason-information = Полученная информация
survey-reason-window-closed = Закрытие окна
survey-reason-premises = Помещение
survey-skip = Пропустить
survey-thanks = Спасибо за ваш ответ!
survey-goodbye = Хорошего дня!
survey-not-saved = Извините, сохранить ваш ответ не удалось.
