# frontdesk interface texts (hu): sim.

## frontdesk simulate: the report
sim-heading = Szimulált nap: { $date }, { $hall }. { $reps ->
    [one] { $reps } ismétlés
   *[other] { $reps } ismétlés
}, véletlenmag: { $seed }.
sim-policy-finish-current = Szünetek a termék szabálya szerint (finish-current): a szünet kezdetén az ablak már nem hív új ügyfelet, befejezi az éppen kiszolgáltat, aztán távozik.
sim-policy-preempt-resume = Szünetek a tankönyvi modell szerint (preempt-resume): az ablak pontosan a tervezett percben távozik, a megszakított kiszolgálás a szünet után folytatódik.
sim-breaks-plan = Szünetek: { $count ->
    [one] { $count } szünet
   *[other] { $count } szünet
}, tervfájl: { $file }.
sim-breaks-log = Szünetek: a napló terve erre a napra: { $date }, { $count ->
    [one] { $count } szünet
   *[other] { $count } szünet
}.
sim-breaks-none = A naplóban nincs tervezett szünet erre a napra: { $date }. A napot szünetek nélkül szimuláljuk.
sim-arrivals-profile = Érkezések: a konfiguráció arrivals_per_hour értékei szerint, a kiszolgálási idők a service_time szerint.
sim-arrivals-replay = Érkezések: { $count ->
    [one] { $count } rögzített ügyfél
   *[other] { $count } rögzített ügyfél
} visszajátszva a rögzített kiszolgálási időkkel (fájl: { $file }).
sim-replay-one-day = A visszajátszásban nincs véletlen, ezért egyetlen nap fut, bármit ad is meg a --reps.
sim-ci = Minden szám a szimulált napok átlaga ± a 95%-os konfidenciaintervallum fele.
sim-note-empirical = { $service } ügytípus: a naplóban { $samples ->
    [one] { $samples } kiszolgált ügyfél
   *[other] { $samples } kiszolgált ügyfél
} van, kevesebb, mint az empirikus kiszolgálási időkhöz szükséges { $needed }, ezért a konfigurált átlagú exponenciális eloszlásból sorsolunk.
sim-note-break-ignored = { $window }: a szünet ({ $start }–{ $end }) kívül esik az ablak nyitvatartásán, ezért kimarad.
sim-min = perc
sim-customers = Ügyfelek naponta
sim-mean-wait = Átlagos várakozás
sim-p-wait = Várnia kellett
sim-service-level = A célidőn belül kiszolgálva
sim-abandoned = Várakozás közben feladta
sim-unserved = Záráskor még várt, kiszolgálatlan
sim-longest-queue = Leghosszabb sor
sim-heading-intervals = Várakozás az érkezés időszaka szerint
sim-heading-services = Ügytípusonként
sim-heading-windows = Ablakok
sim-col-time = Kezdete
sim-col-arrivals = Érkezett
sim-col-wait = Átlagos várakozás
sim-col-waited = Várt
sim-col-service = Ügytípus
sim-col-within = Célidőn belül
sim-col-gave-up = Feladta
sim-col-window = Ablak
sim-col-utilisation = Kihasználtság
sim-col-served = Kiszolgált
sim-heading-breaks = Szünetek (értesítés naponta: { $warnings }; késve kezdődött szünet naponta: { $late })
sim-break = { $window } { $start }–{ $end }: a napok arányában a sort értesítették: { $warned }; a szünet késve kezdődött: { $late }.
sim-break-late = Amikor késve kezdődött, a tervezett időpont után { $minutes } perccel.
sim-break-cutoff = Az utolsó vállalt sorszámon túli ügyfelek naponta: { $past }; közülük másik ablaknál kiszolgálva { $elsewhere }, az ablak visszatérését kivárta { $returned }, feladta { $gaveup }.
sim-trace-written = { $count ->
    [one] { $count } ügyfél kiírva ide: { $file }.
   *[other] { $count } ügyfél kiírva ide: { $file }.
}
sim-exported = { $date }: { $count ->
    [one] { $count } kiszolgált sorszám
   *[other] { $count } kiszolgált sorszám
} kiírva ide: { $file }. A --arrivals kapcsolóval visszajátszható.

## frontdesk simulate: problems
sim-no-arrivals = A konfigurációban egyik ügytípusnak sincs arrivals_per_hour értéke, így senki sem érkezne. Adjon meg arrivals_per_hour értéket egy ügytípusnak, vagy játsszon vissza rögzített érkezéseket a --arrivals FÁJL.csv kapcsolóval.
sim-bad-policy = Ismeretlen szünetszabály: „{ $value }”. Lehetséges értékek: { $known }.
sim-warn-arrivals-outside = Figyelem: { $count } rögzített érkezés a nyitvatartási időn kívülre esik (az első { $first }-kor); a szimuláció a rögzítés szerint veszi őket.
sim-warn-break-all-day = Figyelem: a szünet ({ $window }. ablak, { $start }–{ $end }) a teljes nyitvatartási időt lefedi, így ez az ablak egyáltalán nem szolgál ki.
