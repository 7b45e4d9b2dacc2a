# Тексти інтерфейсу frontdesk (uk): kiosk — термінал видачі талонів, друкований талон і голосовий виклик.

## Термінал видачі талонів
kiosk-touch = Щоб узяти талон, торкніться потрібної послуги.
kiosk-waiting = { $count ->
    [0] ніхто не чекає
    [one] чекає { $count } людина
    [few] чекають { $count } людини
   *[other] чекають { $count } людей
}
kiosk-wait = очікування: { $wait }
kiosk-all-away = Усі вікна цієї послуги на перерві.
kiosk-no-window = Зараз жодне вікно цієї послуги не працює.
kiosk-no-more = Талонів на сьогодні більше немає
kiosk-opens-tomorrow = Завтра відчиняємося { AT($time) }.
kiosk-opens-today = Сьогодні відчиняємося { AT($time) }.
kiosk-closes-for-break = Вікно { $window } закривається на перерву { AT($time) } і знову запрацює { AT($back) }.
kiosk-refused = { $service }: зараз талон не видається. { $reason }
kiosk-your-ticket = Ваш талон
kiosk-ahead = { $count ->
    [0] Перед вами нікого немає.
    [one] Перед вами { $count } людина.
    [few] Перед вами { $count } людини.
   *[other] Перед вами { $count } людей.
}
kiosk-estimate = Очікування: { $wait }
kiosk-issued = { $date }, { $time }
kiosk-take-ticket = Будь ласка, візьміть надрукований талон.
kiosk-printing = Друкуємо талон…
kiosk-printer-off = Принтер не працює: будь ласка, запам'ятайте свій номер.
kiosk-failed = Талон видати не вдалося: { $reason } Будь ласка, зверніться до будь-якого вікна.
kiosk-keep = Будь ласка, збережіть талон до виклику.
kiosk-printer-unwritable = { $file }: kiosk.printer: не вдається записати в { $path }: { $error }
kiosk-no-service = Термінал не пропонує жодної послуги.
alert-printer = Термінал { $kiosk }: принтер талонів не працює з { $time } ({ $error }). Талони показуються лише на його екрані й чинні.
ev-printer-failed = Термінал { $kiosk }: принтер талонів не працює: { $error }
ev-printer-restored = Термінал { $kiosk }: принтер талонів знову працює.

## Голосовий виклик
voice-call = Талон { $ticket }, підійдіть до вікна номер { $window }.
voice-recall = Повторний виклик: талон { $ticket }, підійдіть до вікна номер { $window }.
voice-closes-at = Вікно номер { $window } закривається на перерву { $time }.
voice-closes-soon = Вікно номер { $window } незабаром закриється на перерву.
voice-served-up-to = Талони до { $cutoff } включно в ньому ще обслужать.
voice-served-none = Нових талонів воно вже не викликає.
voice-others-go-to = Решту просимо підійти до вікна номер { $other }.
voice-go-to = Будь ласка, підійдіть до вікна номер { $other }.
voice-back-at = Вікно номер { $window } знову запрацює { $time }.
voice-open-again = Вікно номер { $window } знову працює.
voice-time = { AT($hour) } { $minute }
voice-time-hour = { AT($hour) }
voice-off = Голос вимкнено: { $reason }
voice-off-no-program = програму озвучення не знайдено (встановіть espeak-ng або задайте [voice] command).
voice-failed = Програма озвучення повідомила про помилку: { $error }
voice-announcing = Голосові виклики залу «{ $hall }» мовами: { $langs }; Ctrl-C — вихід.
