# Хто що може: ролі, відмови та перевірки спільного сервера — українська.

role-cashier = касир (cashier)
role-supervisor = старший зміни (supervisor)
role-trainer = тренер (trainer)
role-board = табло (board)
role-kiosk = термінал видачі талонів (kiosk)
role-survey = екран оцінювання (survey)
access-or = або
access-refused = { $user } не може виконати «{ $action }»: для цього потрібна роль «{ $needed }», а в { $user } є лише: { $held }.
access-refused-none = { $user } не може виконати «{ $action }»: для цього потрібна роль «{ $needed }», а в { $user } немає ролі в цій залі.
access-refused-window = { $user } не може виконати «{ $action }» біля вікна { $window }: касир працює лише біля свого вікна, а вікно { $window } закріплене не за { $user }.
access-legend = ✗ недоступно для { $user }
config-access-open = Ролі: вимкнені (немає таблиці [access]), тому всім дозволено все.
config-access-on = Ролі: увімкнені; ролі надано { $users ->
    [one] { $users } обліковому запису
    [few] { $users } обліковим записам
   *[many] { $users } обліковим записам
} і { $groups ->
    [one] { $groups } групі
    [few] { $groups } групам
   *[many] { $groups } групам
}, усім іншим буде відмовлено.
config-log-readable = Увага: журнал { $file } може читати будь-який користувач цього сервера (права { $mode }); виконайте для нього та його файлів -wal і -shm «chmod o-rwx» (налаштування спільного сервера описане в README).
