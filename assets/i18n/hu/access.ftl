# Ki mit tehet: szerepkörök, elutasítások és a közös gép ellenőrzései — magyar.

role-cashier = pénztáros (cashier)
role-supervisor = műszakvezető (supervisor)
role-trainer = oktató (trainer)
role-board = kijelzőtábla (board)
role-kiosk = jegykiadó (kiosk)
role-survey = elégedettségmérő (survey)
access-or = vagy
access-refused = { $user } nem futtathatja ezt: { $action } — ehhez a(z) { $needed } szerepkör kell, { $user } szerepköre pedig: { $held }.
access-refused-none = { $user } nem futtathatja ezt: { $action } — ehhez a(z) { $needed } szerepkör kell, { $user } pedig nem kapott szerepkört ebben a teremben.
access-refused-window = { $user } a(z) { $window }. ablaknál nem futtathatja ezt: { $action } — pénztáros csak a saját ablakánál dolgozhat, a(z) { $window }. ablak pedig nem { $user } ablaka.
access-legend = ✗ { $user } számára nem elérhető
config-access-open = Szerepkörök: kikapcsolva (nincs [access] tábla), így mindenki mindent megtehet.
config-access-on = Szerepkörök: bekapcsolva; { $users } felhasználónév és { $groups } csoport kapott szerepkört, mindenki mást elutasít a rendszer.
config-log-readable = Figyelem: a(z) { $file } naplót a gép minden felhasználója olvashatja (jogosultság: { $mode }); futtassa rá és a -wal, -shm fájljaira: „chmod o-rwx” (a README leírja a közös gép beállítását).
