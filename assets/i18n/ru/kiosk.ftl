# Тексты интерфейса frontdesk (ru): kiosk — терминал выдачи талонов, печатный талон и голосовой вызов.

## Терминал выдачи талонов
kiosk-touch = Чтобы взять талон, коснитесь нужной услуги.
kiosk-waiting = { $count ->
    [0] никто не ждёт
    [one] ждёт { $count } человек
    [few] ждут { $count } человека
   *[other] ждут { $count } человек
}
kiosk-wait = ожидание: { $wait }
kiosk-all-away = Все окна этой услуги на перерыве.
kiosk-no-window = Сейчас ни одно окно этой услуги не работает.
kiosk-no-more = Талонов на сегодня больше нет
kiosk-opens-tomorrow = Завтра открываемся в { $time }.
kiosk-opens-today = Сегодня открываемся в { $time }.
kiosk-closes-for-break = Окно { $window } закрывается на перерыв в { $time } и снова откроется в { $back }.
kiosk-refused = { $service }: сейчас талон не выдаётся. { $reason }
kiosk-your-ticket = Ваш талон
kiosk-ahead = { $count ->
    [0] Перед вами никого нет.
    [one] Перед вами { $count } человек.
    [few] Перед вами { $count } человека.
   *[other] Перед вами { $count } человек.
}
kiosk-estimate = Ожидание: { $wait }
kiosk-issued = { $date }, { $time }
kiosk-take-ticket = Пожалуйста, возьмите напечатанный талон.
kiosk-printing = Печатаем талон…
kiosk-printer-off = Принтер не работает: пожалуйста, запомните свой номер.
kiosk-failed = Талон выдать не удалось: { $reason } Пожалуйста, обратитесь в любое окно.
kiosk-keep = Пожалуйста, сохраните талон до вызова.
kiosk-printer-unwritable = { $file }: kiosk.printer: нельзя записать в { $path }: { $error }
kiosk-no-service = Терминал не предлагает ни одной услуги.
alert-printer = Терминал { $kiosk }: принтер талонов не работает с { $time } ({ $error }). Талоны показываются только на его экране и действительны.
ev-printer-failed = Терминал { $kiosk }: принтер талонов не работает: { $error }
ev-printer-restored = Терминал { $kiosk }: принтер талонов снова работает.

## Голосовой вызов
voice-call = Талон { $ticket }, пройдите к окну номер { $window }.
voice-recall = Повторный вызов: талон { $ticket }, пройдите к окну номер { $window }.
voice-closes-at = Окно номер { $window } закрывается на перерыв { $time }.
voice-closes-soon = Окно номер { $window } скоро закроется на перерыв.
voice-served-up-to = Талоны до { $cutoff } включительно в нём ещё обслужат.
voice-served-none = Новых талонов оно больше не вызывает.
voice-others-go-to = Остальных просим пройти к окну номер { $other }.
voice-go-to = Пожалуйста, пройдите к окну номер { $other }.
voice-back-at = Окно номер { $window } снова откроется { $time }.
voice-open-again = Окно номер { $window } снова открыто.
voice-time = в { $hour } { $minute }
voice-time-hour = в { $hour } ноль-ноль
voice-off = Голос выключен: { $reason }
voice-off-no-program = программа озвучивания не найдена (установите espeak-ng или задайте [voice] command).
voice-failed = Программа озвучивания сообщила об ошибке: { $error }
voice-announcing = Голосовые вызовы зала «{ $hall }» на языках: { $langs }; Ctrl-C — выход.
