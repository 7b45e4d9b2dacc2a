# Who may do what: roles, refusals and the shared-host checks — English.

role-cashier = cashier
role-supervisor = supervisor
role-trainer = trainer
role-board = board
role-kiosk = kiosk
role-survey = survey
access-or = or
access-refused = { $user } may not { $action }: it takes the { $needed } role, and { $user } has { $held }.
access-refused-none = { $user } may not { $action }: it takes the { $needed } role, and { $user } has no role in this hall.
access-refused-window = { $user } may not { $action } at window { $window }: a cashier acts only at their own window, and window { $window } is not { $user }'s.
access-legend = ✗ not available to { $user }
config-access-open = Roles: off (no [access] table), so everyone may do everything.
config-access-on = Roles: on; { $users ->
    [one] { $users } login
   *[other] { $users } logins
} and { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} hold roles, and everyone else is refused.
config-log-readable = Warning: the log { $file } can be read by every user of this host (mode { $mode }); run "chmod o-rwx" on it and its -wal and -shm files (the README shows a shared host's set-up).
