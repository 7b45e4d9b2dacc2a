# frontdesk interface texts (hu): planner.

## plan --print
plan-title = Szünetterv: { $date } — { $hall }
plan-interval = Előrejelzés { $minutes } perces idősávokban. Érkező ügyfelek:
plan-source-config = a konfigurációból
plan-source-log = az elmúlt { $days } hasonló nap adataiból
plan-heading-breaks = Szünetek
plan-heading-forecast = Előrejelzés
plan-forecast-legend = ügytípusonként: átlagos várakozás percben (! a sor gyorsabban nő, mint ahogy az ablakok kiszolgálják), a célidőn belül sorra kerültek aránya, működő / szükséges ablakok
plan-no-breaks = Nincs tervezett szünet.
plan-new = új
plan-minutes = { $minutes } perc
plan-unscheduled = rendkívüli
plan-state-new = még nincs rögzítve
plan-state-edited = módosítva, még nincs rögzítve
plan-actual = tényleges: { $start }–{ $end }
plan-actual-on = { $start } óta tart
plan-no-window = nincs ablak
plan-summary = Legrosszabb idősáv: átlagosan { $worst } perc várakozás; { $overloaded ->
    [0] nincs túlterhelt idősáv
   *[other] { $overloaded } túlterhelt idősáv
}; napi átlag { $mean } perc; { $problems ->
    [0] egy szabály sem sérül.
   *[other] { $problems } szabály sérül.
}
plan-suggest-moved = { $count ->
    [0] A javaslat semmin nem változtat.
   *[other] A javaslat { $count } szünetet oszt be vagy helyez át.
}
plan-compare-current = Jelenlegi terv: legrosszabb idősáv { $worst } perc, túlterhelt: { $overloaded }, napi átlag { $mean } perc.
plan-compare-suggested = Javasolt terv:  legrosszabb idősáv { $worst } perc, túlterhelt: { $overloaded }, napi átlag { $mean } perc.
plan-compare-naive = Egyszerű terv (minden szünet a legkorábbi megengedett időpontban): legrosszabb idősáv { $worst } perc, túlterhelt: { $overloaded }, napi átlag { $mean } perc.

## Broken rules
plan-problem-overlap = ütközik egy másik szünettel ugyanennél az ablaknál
plan-problem-staff-twice = { $staff } egyszerre két szüneten lenne
plan-problem-too-long = { $minutes } perc: hosszabb a megengedett { $max } percnél
plan-problem-too-short = { $minutes } perc: rövidebb a tervezett szünet legkisebb hosszánál ({ $min } perc)
plan-problem-outside-hours = nyitvatartási időn kívül esik
plan-problem-outside-shift = { $staff } műszakján kívül esik ({ $from }–{ $to })
plan-problem-outside-entitlement = { $staff } szünetét { $from } és { $to } között kell kiadni
plan-problem-too-many-away = egyszerre { $count } ablak van szüneten, pedig legfeljebb { $max } lehet
plan-problem-too-few-open = { $service }: ehhez az ügytípushoz { $open } ablak marad nyitva, de legalább { $min } kell
plan-problem-too-late-to-warn = { $minutes } perc múlva kezdődik: már nem lehet { $lead } perccel előre értesíteni a várakozókat
plan-problem-missed = az ideje elmúlt, de nem kezdődött el
plan-problem-unplanned = { $staff } { $from } és { $to } között { $minutes } perces szünetre jogosult, de ez még nincs betervezve

## The planner screen
planner-title = Szünettervező · { $hall }
planner-tab-timeline = Idővonal
planner-tab-live = Terem élőben
planner-status-clean = A terv megegyezik a naplóval.
planner-status-dirty = { $count } módosítás még nincs rögzítve: w – rögzítés, P – rögzítés és kiírás.
planner-status-preview = Javaslat látható: Enter – elfogadás, Esc – elvetés.
planner-forecast = Előrejelzés: átlagos várakozás ügytípusonként
planner-legend = ▁▂▄▆█ várakozás a célidőhöz képest · ! túlterhelt · █ kiírva ▒ még nincs kiírva ▓ folyamatban ░ véget ért · ▼│ most
planner-cursor = { $window }, { $time }: itt nincs szünet. a: új szünet, n: a következő szünet kijelölése.
planner-interval = { $service }: { $wait } perc, { $target } percen belül { $level }%, ablakok: { $windows }
planner-interval-overloaded = { $service }: túlterhelt, { $wait } perc, { $target } percen belül { $level }%, ablakok: { $windows }
planner-suggestion = Javaslat: legrosszabb idősáv { $before } → { $after } perc, túlterhelt idősávok { $over_before } → { $over_after }, átlagos várakozás { $mean_before } → { $mean_after } perc; { $count } szünet beosztva vagy áthelyezve. Enter – elfogadás, Esc – elvetés.
planner-suggestion-taken = A javaslat bekerült a tervbe; w – rögzítés, P – kiírás.
planner-suggestion-dropped = A javaslat elvetve.
planner-suggestion-pending = Előbb fogadja el (Enter) vagy vesse el (Esc) a javaslatot.
planner-locked = Ez a szünet már elkezdődött, véget ért, vagy a várakozók már értesültek róla: nem lehet áthelyezni.
planner-nothing-selected = Nincs kijelölt szünet: n – a következő kijelölése, vagy kattintson egy szünetre.
planner-slot-taken = Ennél az ablaknál erre az időre már van szünet.
planner-reverted = Visszaállt a naplóban rögzített terv.
planner-nothing-to-write = Nincs mit rögzíteni: a terv megegyezik a naplóval.
planner-unwritten = Mielőtt másik napra vált, rögzítse (w) vagy vonja vissza (u) a módosításokat.
planner-written = A terv rögzítve a naplóban ({ $count } esemény).
planner-published = A terv rögzítve és kiírva: az ügyfelek látják a kijelzőn és a tájékoztatón.
planner-refused = Nem történt rögzítés: { $reason }
btn-add-break = új szünet
btn-delete-break = törlés
btn-longer = hosszabb
btn-shorter = rövidebb
btn-staff = ügyintéző
btn-suggest = javaslat
btn-write = rögzítés
btn-publish = kiírás
btn-revert = visszavonás
btn-live = terem élőben
btn-help = billentyűk
key-open-planner = a szünettervező megnyitása
key-planner-move = a kijelölt szünet (vagy a kurzor) mozgatása 5 perccel
key-planner-move-far = mozgatás 30 perccel
key-planner-row = az ablak (sor) kiválasztása
key-planner-next = a következő / előző szünet kijelölése
key-planner-accept = a látható javaslat elfogadása
key-planner-day = előző / következő nap
key-planner-resize = a kijelölt szünet hosszabbítása / rövidítése 5 perccel
key-planner-add = szünet felvétele a kurzorhoz, annyi percre, amennyi az ügyintézőnek jár
key-planner-delete = a kijelölt szünet törlése
key-planner-staff = a kijelölt szünet átadása a következő munkatársnak
key-planner-suggest = javaslat mindenki szünetének helyére (csak megjelenik, még nem kerül a tervbe)
key-planner-write = a terv rögzítése a naplóban
key-planner-publish = a terv rögzítése és kiírása az ügyfeleknek
key-planner-undo = minden még nem rögzített módosítás visszavonása
key-planner-tab = váltás az idővonal és az élő teremnézet között
planner-no-requests = Nincs válaszra váró szünetkérés.
planner-no-request = Nincs megválaszolandó szünetkérés.
btn-approve = jóváhagyás
btn-postpone = halasztás
btn-decline = elutasítás
btn-timeline = idővonal
key-planner-answer = a Terem élőben nézetben: a kijelölt szünetkérés jóváhagyása, halasztása (10 perccel) vagy elutasítása
btn-simulate = szimuláció
key-planner-simulate = a látható terv ellenőrzése szimulációval
plan-sim-check = Szimuláció, { $reps } nap: átlagos várakozás { $sim_mean } ± { $ci } perc (előrejelzés: { $mean }), legrosszabb idősáv { $sim_worst } perc (előrejelzés: { $worst }), a célidőn belül kiszolgálva: { $level }%.
plan-sim-failed = A szimuláció nem futtatható erre a tervre: { $reason }

## The forecast's warnings, its check against the simulator, and the live forecast
plan-service-no-window = { $service } { $name }: ezen a napon egyetlen ablak sem foglalkozik vele, így ügyfeleit nem lehet kiszolgálni.
plan-unserved = Nagyjából { $count } ügyfél nem kerülne sorra: feladják a várakozást, vagy nem marad számukra ablak.
plan-beyond-count = A feltorlódott sor nagyobbra nő, mint amennyit az előrejelzés számon tud tartani: a valódi várakozás legalább ennyi.
planner-interval-no-window = { $service }: nincs ablak, senki sem kerül sorra; ablakok: { $windows }
plan-check-heading = Előrejelzés és szimuláció ({ $reps } nap), átlagos várakozás percben: előrejelzés | szimulált ± 95%-os intervallum; ≠ ahol a kettő jobban eltér, mint amennyit a cél megenged
plan-check-agree = Az előrejelzés és a szimuláció mindenütt a megengedett eltérésen belül egyezik (idősávonként 10% vagy 0,5 perc, a napra 5% vagy 0,2 perc).
plan-check-disagree = Az előrejelzés és a szimuláció { $count } helyen tér el jobban, mint amennyit a cél megenged: { $list }.
plan-check-day-disagree = A nap átlagos várakozása jobban eltér a szimulációétól, mint amennyit a cél megenged (5% vagy 0,2 perc).
planner-interval-sim = { $service } szimulálva { $sim } ± { $ci } perc
planner-live-heading = Előrejelzés mostantól, a mostani sorokból (átlagos várakozás, perc; ! a sor nő)
planner-live-line = { $service }: most { $waiting } vár; { $waits }
planner-live-over = A mai nyitvatartási idő véget ért: nincs mit előre jelezni.
