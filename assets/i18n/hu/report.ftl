# frontdesk interface texts (hu): report.

## frontdesk report: the heading
report-title = { $hall } — jelentés
report-period = Időszak: { $period } ({ $days } nap)
report-span = { $from } – { $to }
report-compared = Összevetve: { $period }
report-grouped = Bontás: { $by }
report-only-window = csak { $window }
report-only-staff = csak { $staff }
report-as-of = Állapot: { $time } (a terem ideje, { $zone })
report-short-date = { $weekday } { $month }.{ $day }.
report-day-month = { $month }.{ $day }.
report-weekday-short-1 = H
report-weekday-short-2 = K
report-weekday-short-3 = Sze
report-weekday-short-4 = Cs
report-weekday-short-5 = P
report-weekday-short-6 = Szo
report-weekday-short-7 = V
report-by-hall = az egész terem
report-by-service = ügytípusonként
report-by-window = ablakonként
report-by-staff = munkatársanként
report-by-weekday = a hét napjai szerint
report-by-interval = idősávonként
report-heading-hall = Terem
report-heading-service = Ügytípus
report-heading-window = Ablak
report-heading-staff = Munkatárs
report-heading-weekday = A hét napja
report-heading-interval = Idősáv

## Periods and groups
report-all = Összesen
report-change = Változás
report-this-period = Ez az időszak
report-this-day = Ez a nap
report-this-week = Ez a hét
report-this-month = Ez a hónap
report-this-range = Ez az időszak
report-previous-day = Előző nap
report-previous-week = Előző hét
report-previous-month = Előző hónap
report-previous-range = Előző időszak
report-group-no-window = nem hívták be
report-group-no-staff = nincs megnevezett munkatárs
report-group-no-service = az ablak már nincs a konfigurációban
report-closed = zárva
report-percent = { $n }%
report-points = { $n } százalékpont

## Notes
report-note-future = Az időszak kezdőnapja ({ $date }) még nem jött el: még nincs miről beszámolni.
report-note-not-over = Az időszak még nem ért véget: a számok { $time }-ig szólnak.
report-note-closed = A terem zárva volt ({ $date }): egy ablak sem nyitott ki, és egy sorszámot sem adtak ki.
report-note-empty = Ebben az időszakban semmi sem történt: egy ablak sem nyitott ki, és egy sorszámot sem adtak ki.
report-note-nothing-yet = Ebben az időszakban még semmi sem történt: egy ablak sem nyitott ki, és egy sorszámot sem adtak ki.
report-note-closed-days = A terem az időszak { $days } napján zárva volt.
report-note-nothing-before = Nincs mihez viszonyítani: az előző időszakban a terem zárva volt, vagy a napló nem nyúlik vissza eddig.
report-note-plan-hall-wide = A terv és a nap összevetése az egész teremre szól, ezért egy ablakról vagy munkatársról szóló jelentésben nem szerepel.

## The summary
report-sum-customers = { $issued } ügyfél kért sorszámot, { $served } főt kiszolgáltak; az átlagos várakozás { $wait } perc volt, a célidőn belül behívottak aránya { $within }.
report-sum-breaks = Tervezett szünet: { $planned }, ebből megvalósult { $taken }; késve kezdődött { $late }; elhúzódott { $overrun }, összesen { $minutes } perccel.
report-sum-warnings = A várakozókat { $warned } alkalommal értesítették szünet előtt; { $unwarned ->
    [0] egy szünet sem kezdődött értesítés nélkül, amikor sor állt
   *[other] { $unwarned } szünet kezdődött értesítés nélkül, miközben sor állt
}.
report-sum-cutoffs = { $promised } ügyfélnek ígértek kiszolgálást a szünet előtt, ebből { $kept } ígéret teljesült; { $past } ügyfél került az utolsó sorszám mögé, közülük { $redirected } főt egy másik ablaknál szolgáltak ki.
report-sum-unscheduled = { $count ->
    [0] Rendkívüli szünet nem volt
   *[other] { $count } rendkívüli szünet { $minutes } percig tartott
}; { $overrides ->
    [0] szabálytól senki sem tért el
    [one] a műszakvezető egyszer engedélyezett eltérést a szabálytól
   *[other] a műszakvezetők { $overrides } alkalommal engedélyeztek eltérést a szabályoktól
}.

## Tables
report-table-key = Fő mutatók
report-table-customers = Ügyfelek
report-table-waits = Várakozás, perc (a sorszámtól az első behívásig)
report-table-service = Kiszolgálási idő, perc
report-table-windows = Az ablakok ideje, perc
report-table-breaks = Szünetek: terv, megvalósulás és kezdés (késés percben)
report-table-ends = Szünetek: befejezés (ennyi perccel a visszatérés ideje után)
report-table-warnings = A várakozók értesítése (ennyi perccel a szünet előtt)
report-table-cutoffs = Ígéretek az utolsó sorszámig
report-table-past = Az utolsó sorszám mögé került ügyfelek
report-table-unscheduled = Rendkívüli szünetek okok szerint
report-table-requests = Rendkívüli szünetre vonatkozó kérések
report-table-overrides = Szabálytól való eltérés a műszakvezető engedélyével
report-table-plan = A terv és a nap: várakozás idősávonként, perc
report-table-trend-days = Naponként
report-table-trend-weeks = Hetente
report-table-trainer = Gyakorlások
report-no-overrides = Szabálytól senki sem tért el.
report-no-plan = Az időszakban nincs olyan nap, amelyet a tervvel össze lehetne vetni.
report-no-training = Ebben az időszakban nem volt gyakorlás.
report-more-overrides = … és még { $count } eltérés (mindegyik szerepel a szöveges, a CSV- és a JSON-jelentésben).

## Columns
report-col-figure = Mutató
report-col-issued = Kiadva
report-col-served = Kiszolgálva
report-col-no-show = Nem jelent meg
report-col-transferred = Átirányítva
report-col-cancelled = Visszavonva
report-col-unserved = Kiszolgálatlan
report-col-open = Folyamatban
report-col-called = Behívva
report-col-mean = Átlag
report-col-median = Medián
report-col-p90 = 90. percentilis
report-col-longest = Leghosszabb
report-col-within-target = Célidőn belül
report-col-staffed = Nyitva
report-col-busy = Foglalt
report-col-idle = Üresjárat
report-col-away = Szünet
report-col-busy-share = Kihasználtság
report-col-planned = Tervezett
report-col-published = Kihirdetett
report-col-taken = Megvalósult
report-col-missed = Elmaradt
report-col-on-time = Időben
report-col-early = Korábban
report-col-late = Később
report-col-late-mean = Késés, átlag
report-col-late-max = Késés, legtöbb
report-col-ended = Befejeződött
report-col-overrun = Elhúzódott
report-col-overrun-mean = Túllépés, átlag
report-col-overrun-max = Túllépés, legtöbb
report-col-overrun-total = Túllépés, összesen
report-col-still-on = Még tart
report-col-warned = Értesítve
report-col-ahead-mean = Előtte, átlag
report-col-ahead-min = Előtte, legkevesebb
report-col-warned-short = 10 percen belül
report-col-unwarned = Értesítés nélkül
report-col-unwarned-queue = Értesítés nélkül, sorral
report-col-cutoffs = Ígéret
report-col-cutoffs-kept = Teljesült
report-col-promised = Ígéretet kapott
report-col-served-before = Távozás előtt
report-col-sent-on = Továbbküldve
report-col-waited-return = Visszatérésre várt
report-col-not-called = Nem hívták be
report-col-waived = Műszakvezető felmentette
report-col-past = Utolsó sorszám mögött
report-col-redirected = Másik ablak
report-col-served-here = Ugyanez az ablak később
report-col-reason = Ok
report-col-count = Szünet
report-col-minutes = Perc
report-col-asked = Kérve
report-col-approved = Jóváhagyva
report-col-postponed = Elhalasztva
report-col-declined = Elutasítva
report-col-when = Mikor
report-col-rule = Szabály
report-col-window = Ablak
report-col-by = Ki
report-col-why = Miért
report-col-interval = Idősáv
report-col-forecast-arrivals = Várt
report-col-arrivals = Érkezett
report-col-forecast-wait = Várakozás, előrejelzés
report-col-actual-wait = Várakozás, tény
report-col-target = Célidő
report-col-overloaded = Túlterhelt
report-col-day = Nap
report-col-week = Hét
report-col-mean-wait = Átlagos várakozás
report-col-unscheduled-minutes = Rendkívüli, perc
report-col-scenario = Forgatókönyv
report-col-sessions = Gyakorlás
report-col-finished = Befejezve
report-col-mean-score = Átlagpontszám
report-col-best-score = Legjobb pontszám

## Key figures
report-key-issued = Kiadott sorszámok
report-key-served = Kiszolgált ügyfelek
report-key-unserved = Kiszolgálás nélkül távoztak
report-key-mean-wait = Átlagos várakozás, perc
report-key-p90-wait = A 90% legfeljebb ennyit várt, perc
report-key-longest-wait = Leghosszabb várakozás, perc
report-key-within-target = Célidőn belül behívva
report-key-mean-service = Átlagos kiszolgálás, perc
report-key-breaks-taken = Megvalósult szünetek
report-key-late-starts = Késve kezdett szünetek
report-key-overruns = Elhúzódott szünetek
report-key-warned = Értesített sorok
report-key-unwarned-with-queue = Értesítés nélkül, sor előtt
report-key-promises-kept = Teljesült ígéretek
report-key-unscheduled-minutes = Rendkívüli szünetek, perc
report-key-overrides = Szabálytól való eltérések

## Charts
report-chart-waits = Várakozás idősávonként a célidőhöz mérve (perc)
report-chart-timeline = Szünetek: terv és valóság
report-chart-trend-days = Alakulás: átlagos várakozás és a célidőn belül behívottak, naponként
report-chart-trend-weeks = Alakulás: átlagos várakozás és a célidőn belül behívottak, hetente
report-chart-reasons = Rendkívüli szünetek okok szerint
report-chart-nothing = Ebben az időszakban nem volt ügyfél.
report-chart-no-breaks = Ebben az időszakban nem volt szünet.
report-chart-no-unscheduled = Ebben az időszakban nem volt rendkívüli szünet.
report-chart-reason-value = { $count } · { $minutes } perc
report-legend-actual = tény
report-legend-forecast = előrejelzés
report-legend-target = célidő
report-legend-planned = tervezett
report-legend-taken = megvalósult
report-legend-unscheduled = rendkívüli
report-legend-mean-wait = átlagos várakozás (perc)
report-legend-within = célidőn belül

## Problems
report-bad-month = Ez nem hónap: { $value } (ÉÉÉÉ-HH alakban adja meg).
report-range-backwards = Az időszak előbb ér véget, mint ahogy kezdődik: { $from } – { $to }. A korábbi napot a --from után adja meg.
report-unknown-window = Ebben a teremben nincs { $window }. ablak; az ablakai: { $known }.
report-unknown-staff = { $staff } nem tartozik a terem munkatársai közé, és a napló sem említ ilyen azonosítót; { $count ->
    [0] a konfigurációban nincs megadva munkatárs.
   *[other] a munkatársak: { $known }.
}
report-unknown-table = Nincs { $name } nevű táblázat; a táblázatok: { $known }.
report-table-csv-only = A --table a CSV-jelentés egy táblázatát választja ki; adja meg a --format csv kapcsolót is.

## The report screen (frontdesk report --screen)
report-screen-title = Jelentés · { $hall }
report-screen-today = Ma
report-screen-week = Ezen a héten
report-screen-arrivals = Ügyfelek idősávonként ma
report-screen-waits = Mai várakozás idősávonként (perc)
report-screen-week-waits = A hét: átlagos várakozás (perc)
report-screen-closed-today = A terem ma még nem nyitott ki.
report-screen-keys = q kilépés · l nyelv · a napló változásait magától követi

## A minőségi nyilvántartás: ügyfél-visszajelzések, értékelések, próbavásárlók.
report-table-feedback = Ügyfél-visszajelzések
report-table-ratings = Ügyfélértékelések
report-table-audits = Próbavásárlói látogatások
report-col-complaints = Panasz
report-col-compliments = Dicséret
report-col-suggestions = Javaslat
report-col-questions = Kérdés
report-col-praise-per-complaint = Dicséret panaszonként
report-col-complaints-per-thousand = Panasz 1000 ügyfélre
report-col-overdue = Határidőn túl
report-col-ratings = Értékelés
report-col-average-rating = Átlag (1–5)
report-col-low-ratings = 1–2 pontos
report-col-visits = Látogatás
report-col-lowest-score = Legalacsonyabb pontszám
report-no-feedback = Ebben az időszakban nem érkezett panasz, dicséret, javaslat vagy kérdés.
report-no-ratings = Ebben az időszakban egy ügyfél sem értékelte a kiszolgálást.
report-no-audits = Ebben az időszakban nem járt próbavásárló.
report-table-quality = A kiszolgálás minősége
report-quality-average-rating = Ügyfelek átlagos értékelése (1–5)
report-quality-audit-score = Próbavásárlói pontszám

## A központ nézete: az adatbázis összes terme egymás mellett.
report-table-halls = A termek összevetése
report-no-halls = Az adatbázisban nincs olyan terem, amelynek a beállításai olvashatók.
