# Кто что может: роли, отказы и проверки общего сервера — русский.

role-cashier = кассир (cashier)
role-supervisor = старший смены (supervisor)
role-trainer = тренер (trainer)
role-board = табло (board)
role-kiosk = терминал выдачи талонов (kiosk)
role-survey = экран оценки (survey)
access-or = или
access-refused = { $user } не может выполнить «{ $action }»: для этого нужна роль «{ $needed }», а у { $user } есть только: { $held }.
access-refused-none = { $user } не может выполнить «{ $action }»: для этого нужна роль «{ $needed }», а у { $user } нет роли в этом зале.
access-refused-window = { $user } не может выполнить «{ $action }» у окна { $window }: кассир работает только у своего окна, а окно { $window } закреплено не за { $user }.
access-legend = ✗ недоступно для { $user }
config-access-open = Роли: выключены (нет таблицы [access]), поэтому всем разрешено всё.
config-access-on = Роли: включены; роли выданы { $users ->
    [one] { $users } учётной записи
    [few] { $users } учётным записям
   *[many] { $users } учётным записям
} и { $groups ->
    [one] { $groups } группе
    [few] { $groups } группам
   *[many] { $groups } группам
}, всем остальным будет отказано.
config-log-readable = Внимание: журнал { $file } может читать любой пользователь этого сервера (права { $mode }); выполните для него и его файлов -wal и -shm «chmod o-rwx» (настройка общего сервера описана в README).
