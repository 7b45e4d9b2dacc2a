# frontdesk interface texts (ru): sim.

## frontdesk simulate: the report
sim-heading = Смоделированный день { $date }, { $hall }: { $reps ->
    [one] { $reps } повторение
    [few] { $reps } повторения
    [many] { $reps } повторений
   *[other] { $reps } повторения
}, зерно { $seed }.
sim-policy-finish-current = Перерывы по правилу продукта (finish-current): с началом перерыва окно больше не вызывает, дообслуживает текущего клиента и только потом уходит.
sim-policy-preempt-resume = Перерывы по учебной модели (preempt-resume): окно уходит ровно в назначенную минуту, прерванное обслуживание продолжается после перерыва.
sim-breaks-plan = Перерывы: { $count ->
    [one] { $count } перерыв
    [few] { $count } перерыва
    [many] { $count } перерывов
   *[other] { $count } перерыва
} из файла плана { $file }.
sim-breaks-log = Перерывы: план из журнала на { $date }, { $count ->
    [one] { $count } перерыв
    [few] { $count } перерыва
    [many] { $count } перерывов
   *[other] { $count } перерыва
}.
sim-breaks-none = В журнале нет запланированных перерывов на { $date }: день моделируется без перерывов.
sim-arrivals-profile = Приход клиентов: по arrivals_per_hour из конфигурации, время обслуживания по service_time.
sim-arrivals-replay = Приход клиентов: { $count ->
    [one] { $count } записанный клиент
    [few] { $count } записанных клиента
    [many] { $count } записанных клиентов
   *[other] { $count } записанного клиента
} из файла { $file }, с записанным временем обслуживания.
sim-replay-one-day = В воспроизведении нет случайности, поэтому моделируется один день, что бы ни задавал --reps.
sim-ci = Каждая величина — среднее по смоделированным дням ± половина 95-процентного доверительного интервала.
sim-note-empirical = Услуга { $service }: в журнале { $samples ->
    [one] { $samples } обслуженный визит
    [few] { $samples } обслуженных визита
    [many] { $samples } обслуженных визитов
   *[other] { $samples } обслуженного визита
}, а для эмпирического времени обслуживания нужно не меньше { $needed }, поэтому оно берётся из экспоненциального распределения с заданным средним.
sim-note-break-ignored = Перерыв { $start }–{ $end } ({ $window }) выходит за часы работы окна и не учитывается.
sim-min = мин
sim-customers = Клиентов за день
sim-mean-wait = Среднее ожидание
sim-p-wait = Пришлось ждать
sim-service-level = Обслужены в пределах целевого времени
sim-abandoned = Ушли, не дождавшись
sim-unserved = Ждали до закрытия, не обслужены
sim-longest-queue = Самая длинная очередь
sim-heading-intervals = Ожидание по времени прихода
sim-heading-services = По услугам
sim-heading-windows = Окна
sim-col-time = С
sim-col-arrivals = Пришло
sim-col-wait = Среднее ожидание
sim-col-waited = Ждали
sim-col-service = Услуга
sim-col-within = В пределах цели
sim-col-gave-up = Ушли
sim-col-window = Окно
sim-col-utilisation = Загрузка
sim-col-served = Обслужено
sim-heading-breaks = Перерывы (предупреждений за день: { $warnings }; перерывов с опозданием за день: { $late })
sim-break = { $window } { $start }–{ $end }: доля дней, когда очередь предупредили: { $warned }; когда перерыв начался с опозданием: { $late }.
sim-break-late = При опоздании — через { $minutes } мин после назначенного времени.
sim-break-cutoff = Клиентов после последнего талона за день: { $past }; из них обслужены в другом окне { $elsewhere }, дождались возвращения окна { $returned }, ушли { $gaveup }.
sim-trace-written = { $count ->
    [one] { $count } клиент записан в { $file }.
    [few] { $count } клиента записаны в { $file }.
    [many] { $count } клиентов записаны в { $file }.
   *[other] { $count } клиента записаны в { $file }.
}
sim-exported = { $count ->
    [one] { $count } обслуженный талон за { $date } записан
    [few] { $count } обслуженных талона за { $date } записаны
    [many] { $count } обслуженных талонов за { $date } записаны
   *[other] { $count } обслуженного талона за { $date } записаны
} в { $file }; воспроизведите их с --arrivals.

## frontdesk simulate: problems
sim-no-arrivals = Ни у одной услуги в конфигурации нет arrivals_per_hour, поэтому никто не придёт. Добавьте arrivals_per_hour какой-нибудь услуге или воспроизведите записанный приход клиентов с --arrivals ФАЙЛ.csv.
sim-bad-policy = Неизвестное правило перерывов «{ $value }»; возможные значения: { $known }.
sim-warn-arrivals-outside = Внимание: { $count } { $count ->
    [one] записанный приход приходится
    [few] записанных прихода приходятся
   *[many] записанных приходов приходятся
} на время вне часов работы (первый в { $first }); они моделируются так, как записаны.
sim-warn-break-all-day = Внимание: перерыв окна { $window } с { $start } до { $end } занимает всё время работы, так что окно вообще не обслуживает.
