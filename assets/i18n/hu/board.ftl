# frontdesk interface texts (hu): board — a terem kijelzője és a szünettájékoztató.

## A terem kijelzője
board-now-serving = Behívott sorszámok
board-called = { $ticket } → { $window }. ablak
board-nobody-called = A behívott sorszámok itt jelennek meg.
board-windows = Ablakok
board-waits = Várható várakozás, ha most húz sorszámot
board-breaks-today = Mai szünetek
board-no-breaks = Ma már nincs több tervezett szünet.
board-notice-out-of-date = Az üvegen lévő tájékoztató kinyomtatása óta megváltoztak a szünetek időpontjai. Ezen a képernyőn az érvényes időpontok láthatók.
board-window-open = { $window }. ablak: nyitva
board-window-closed = { $window }. ablak: zárva
board-window-closing = { $window }. ablak: { $time }-kor zár — kérjük, fáradjon { $other ->
    [1] az
    [5] az
    [50] az
    [51] az
    [52] az
    [53] az
    [54] az
    [55] az
    [56] az
    [57] az
    [58] az
    [59] az
   *[other] a
} { $other }. ablakhoz
board-window-closing-alone = { $window }. ablak: { $time }-kor zár
board-window-closing-now = { $window }. ablak: most zár — kérjük, fáradjon { $other ->
    [1] az
    [5] az
    [50] az
    [51] az
    [52] az
    [53] az
    [54] az
    [55] az
    [56] az
    [57] az
    [58] az
    [59] az
   *[other] a
} { $other }. ablakhoz
board-window-closing-now-alone = { $window }. ablak: most zár
board-window-on-break = { $window }. ablak: szünet { $time }-ig
board-window-closed-reason = { $window }. ablak: { $time }-ig zárva ({ $reason })
board-window-back-shortly = { $window }. ablak: szünet, hamarosan újra nyit

## Értesítés a záró ablak sorának
board-ann-closes-at = { $window ->
    [1] Az
    [5] Az
    [50] Az
    [51] Az
    [52] Az
    [53] Az
    [54] Az
    [55] Az
    [56] Az
    [57] Az
    [58] Az
    [59] Az
   *[other] A
} { $window }. ablak { $time }-kor szünet miatt bezár.
board-ann-closes-soon = { $window ->
    [1] Az
    [5] Az
    [50] Az
    [51] Az
    [52] Az
    [53] Az
    [54] Az
    [55] Az
    [56] Az
    [57] Az
    [58] Az
    [59] Az
   *[other] A
} { $window }. ablak hamarosan szünet miatt bezár.
board-ann-served-up-to = Ott még { $cutoff }-ig minden sorszámot kiszolgálnak.
board-ann-served-none = Újabb sorszámot már nem hív be.
board-ann-others-go-to = A többieket kérjük, fáradjanak { $other ->
    [1] az
    [5] az
    [50] az
    [51] az
    [52] az
    [53] az
    [54] az
    [55] az
    [56] az
    [57] az
    [58] az
    [59] az
   *[other] a
} { $other }. ablakhoz.
board-ann-go-to = Kérjük, fáradjon { $other ->
    [1] az
    [5] az
    [50] az
    [51] az
    [52] az
    [53] az
    [54] az
    [55] az
    [56] az
    [57] az
    [58] az
    [59] az
   *[other] a
} { $other }. ablakhoz.
board-ann-back-at = { $window ->
    [1] Az
    [5] Az
    [50] Az
    [51] Az
    [52] Az
    [53] Az
    [54] Az
    [55] Az
    [56] Az
    [57] Az
    [58] Az
    [59] Az
   *[other] A
} { $window }. ablak { $time }-kor nyit újra.

## Várakozási idő
board-wait-now = nincs várakozás
board-wait-up-to = legfeljebb { $high } perc
board-wait-range = { $low }–{ $high } perc
board-wait-unknown = még nincs becslés
board-wait-no-window = most egyik ablak sem fogad ilyen ügyet
board-people-waiting = { $count ->
    [0] senki sem vár
   *[other] { $count } ügyfél vár
}

## Következő szünetek
board-break = { $window }. ablak: { $start }–{ $end }
board-break-moved = (áthelyezve; korábban { $start }–{ $end })

## Dátum
board-date = { $year }. { $month } { $day }., { $weekday }
board-weekday-1 = hétfő
board-weekday-2 = kedd
board-weekday-3 = szerda
board-weekday-4 = csütörtök
board-weekday-5 = péntek
board-weekday-6 = szombat
board-weekday-7 = vasárnap
board-month-1 = január
board-month-2 = február
board-month-3 = március
board-month-4 = április
board-month-5 = május
board-month-6 = június
board-month-7 = július
board-month-8 = augusztus
board-month-9 = szeptember
board-month-10 = október
board-month-11 = november
board-month-12 = december

## Szünettájékoztató az üvegre és a pultra
notice-title = Tervezett szünetek
notice-hours = Nyitva: { $open }–{ $close }
notice-col-breaks = Szünetek
notice-moved = { $now } (korábban { $was })
notice-no-breaks = Ezen a napon egyik ablaknál sincs tervezett szünet.
notice-others-serve = Amíg egy ablak szünetel, a többi ablak tovább fogadja az ügyfeleket.
notice-warning = Egy ablak zárása előtt { $minutes } perccel tájékoztatjuk a várakozókat, mely sorszámokat szolgálja még ki, és hová fáradjanak a többiek.
notice-changes-on-board = Ha napközben változik egy időpont, a teremben lévő kijelzőn már az új időpont látható.
notice-as-of = Állapot: { $date }, { $time }.

## Érvényes-e még az üvegen lévő tájékoztató (a munkatársaknak)
notice-change-moved = { $window }. ablak: { $was } helyett { $times }
notice-change-added = { $window }. ablak: új szünet, { $times }
notice-change-cancelled = { $window }. ablak: törölt szünet, { $times }
notice-glass-out-of-date = Az üvegen lévő szünettájékoztató ({ $date }, nyomtatva { $time }-kor) elavult: { $changes }. Nyomtassa ki újra: `frontdesk notice`.
notice-glass-not-printed = Erre a napra még nincs kinyomtatott szünettájékoztató: { $date }. A `frontdesk notice` elkészíti.
notice-not-recorded = Nincs rögzítve (--dry-run): az üvegen lévő tájékoztató változatlan marad.
ev-notice-issued = Kinyomtatva az üvegre kerülő szünettájékoztató ({ $date }): { $count } szünet.
lang-all-notice-only = --lang all: minden nyelven csak a `frontdesk notice` nyomtat; adja meg az egyiket: en, hu, ru, uk.
