# frontdesk felületi szövegek — magyar.
# Többes szám a CLDR szerint: "one" és "other". Számnév után a főnév egyes
# számban áll ("5 perc", "3 ablak"), ezért többnyire egy alak is elég.
# Az ablakra vonatkozó üzenetek "3. ablak: …" alakban kezdődnek, így nem kell
# névelő. Ahol az ablakszám a mondat közepén áll, a névelőt a szám dönti el:
# "az 1.", "az 5.", "az 50–59.", egyébként "a".

## The overview screen
demo-mark = BEMUTATÓ TEREM (mintaadatok)
too-small = A terminálablak túl kicsi. Kérjük, nagyítsa legalább 40 oszlop × 10 sor méretűre.
heading-windows = Ablakok
heading-queues = Sorok
heading-breaks = Mai szünetek
col-window = Ablak
col-staff = Ügyintéző
col-state = Állapot
col-serving = Ügyfél
col-queue = Sor
col-service = Ügytípus
col-waiting = Várakozók
col-open = Nyitva
footer-overview = 1–9 pult · p tervező · q kilépés · ? súgó · l nyelv
help-title = Billentyűk
help-refresh = A képernyő azonnal mutat mindent, ami a terem bármelyik termináljánál történik.
key-quit = kilépés
key-help = a súgó megjelenítése vagy elrejtése
key-language = nyelvváltás
key-close = a panel bezárása
window-n = { $window }. ablak
no-breaks-today = Ma már nincs több szünet.
no-breaks = Ezen a napon nincs szünet: { $date }.
alert-warning-due = { $window }. ablak: { $time }-kor szünetre megy, de { $waiting } várakozó ügyfél még nem kapott értesítést.
heading-requests = Szünetkérések
request-line = #{ $id } · { $window }. ablak · { $reason } · { $minutes } perc · { $time }-kor kérte · { $status }
request-waiting = válaszra vár
request-due-again = elhalasztva { $time }-ig, újra esedékes
request-postponed = { $time }-ig elhalasztva
request-approved = jóváhagyva
request-declined = elutasítva
banner-request-pending = A szünetkérése (#{ $id }) a műszakvezető válaszára vár; addig szolgáljon ki tovább.
banner-request-postponed = A műszakvezető { $time }-ig elhalasztotta a szünetkérését; addig szolgáljon ki tovább.
banner-request-approved = A szünetét jóváhagyták: a jelenlegi ügyfél kiszolgálása után kezdődik.
banner-request-declined = A műszakvezető elutasította a szünetkérését; ha nem várhat, beszéljen vele.
alert-request = { $window }. ablak: { $minutes } perces nem tervezett szünetet kér ({ $reason }); a kérés { $time } óta vár válaszra.
alert-overrun = { $window }. ablak szünete { $minutes } perccel túllépte az idejét.

## Window states
phase-closed = zárva
phase-open = nyitva
phase-pending = szünet a jelenlegi ügyfél után
phase-closing = { $time }-kor zár
phase-closing-cutoff = { $time }-kor zár, utolsó sorszám: { $cutoff }
phase-on-break = szünet { $time }-ig
phase-overrun = szünet { $time }-ig, { $minutes } perc késés

## Break states
bphase-planned = tervezett, nincs kiírva
bphase-published = kiírva
bphase-warning-due = most kell értesíteni a várakozókat
bphase-closing-soon = hamarosan zár
bphase-pending = a jelenlegi ügyfél után kezdődik
bphase-on-break = folyamatban
bphase-overrun = elhúzódott
bphase-done = véget ért
bphase-cancelled = törölve
bphase-missed = elmaradt

## Break reasons
reason-planned = tervezett szünet
reason-goods-receipt = áruátvétel
reason-cash-collection = pénzszállítás
reason-technical-fault = műszaki hiba
reason-personal = személyes ok
reason-other = egyéb

## Queues
queue-count = { $count } várakozó
queue-waiting = { $count ->
    [0] nincs várakozó
   *[other] { $count } várakozó
}
queue-oldest = leghosszabb várakozás: { $minutes } perc
queue-open-windows = { $count ->
    [0] minden ablak zárva
   *[other] { $count } ablak nyitva
}
serving-for = { $ticket } ({ $minutes } perc)

## What happened (the CLI's answers and the log)
ev-window-opened = { $window }. ablak: kinyitott.
ev-window-opened-staff = { $window }. ablak: kinyitott ({ $staff }).
ev-window-closed = { $window }. ablak: bezárt.
ev-ticket-issued = Kiadott sorszám: { $ticket }.
ev-ticket-called = { $ticket }, kérjük, fáradjon { $window ->
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
} { $window }. ablakhoz.
ev-ticket-recalled = { $window }. ablak: { $ticket } újra behívva.
ev-ticket-served = { $window }. ablak: { $ticket } kiszolgálva.
ev-ticket-no-show = { $window }. ablak: { $ticket } nem jelent meg.
ev-ticket-transferred-window = { $ticket } átirányítva { $window ->
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
} { $window }. ablakhoz.
ev-ticket-transferred-service = { $ticket } átirányítva másik ügytípusra: { $service }.
ev-ticket-cancelled = Sorszám törölve: { $ticket }.
ev-tickets-expired = Egy korábbi napról { $count } várakozó sorszám lezárva.
ev-break-planned = Szünet beütemezve (#{ $id }): { $window }. ablak, { $start }–{ $end }.
ev-break-unscheduled = Nem tervezett szünet (#{ $id }): { $window }. ablak, { $start }–{ $end }, ok: { $reason }.
ev-break-cancelled = Szünet törölve (#{ $id }): { $window }. ablak.
ev-break-changed = A szünet (#{ $id }) új ideje: { $window }. ablak, { $start }–{ $end }.
ev-break-changed-published = A szünet (#{ $id }) új ideje: { $window }. ablak, { $start }–{ $end }; az ügyfelek már az új időpontot látják.
ev-breaks-published = { $count ->
    [one] { $count } szünet kiírva az ügyfeleknek.
   *[other] { $count } szünet kiírva az ügyfeleknek.
}
ev-break-requested = { $window }. ablak nem tervezett szünetet kér: { $reason }, { $minutes } perc (kérés #{ $id }).
ev-request-approved = Kérés #{ $id } ({ $window }. ablak) jóváhagyva: a szünet a jelenlegi ügyfél után kezdődik.
ev-request-postponed = Kérés #{ $id } ({ $window }. ablak) elhalasztva eddig: { $time }.
ev-request-declined = Kérés #{ $id } ({ $window }. ablak) elutasítva.
ev-warning-given = { $window }. ablak: a várakozók értesítve ({ $waiting } fő).
ev-closing-started = { $window }. ablak: { $time }-kor zár, az utolsó kiszolgált sorszám: { $cutoff }.
ev-closing-started-empty = { $window }. ablak: { $time }-kor zár; a most várakozók közül addig senkit sem tud már kiszolgálni.
ev-cutoff-extended = { $window }. ablak: szünet előtt még { $cutoff }-ig szolgál ki.
ev-break-pending = { $window }. ablak: szünet a jelenlegi ügyfél után.
ev-break-deferred = { $window }. ablak: tovább dolgozik, mert még várnak, akiknek kiszolgálást ígért, és más ablak nem tudja fogadni őket. A szünet utánuk kezdődik.
ev-break-started = { $window }. ablak: szünet { $until }-ig.
ev-break-ended = { $window }. ablak: a szünet véget ért.
ev-policy-overridden = Szabály felülbírálva ({ $rule }), engedélyezte: { $by }. Indok: { $reason }
rule-not-warned = a várakozók nem kaptak értesítést
rule-promised-waiting = még várnak, akiknek kiszolgálást ígértek
rule-max-concurrent-breaks = túl sok ablak van szüneten
rule-min-open-windows = túl kevés ablak van nyitva
rule-break-too-long = túl hosszú szünet
rule-break-too-short = túl rövid szünet
rule-needs-approval = nem tervezett szünet a műszakvezető jóváhagyása nélkül
rule-queue-too-long = túl hosszú a sor a szünethez
ev-phrase-said = { $window }. ablak: elhangzott: „{ $phrase }” ({ $lang }).
ev-phrase-said-quoted = { $window }. ablak: elhangzott: { $phrase } ({ $lang }).
ev-playbook-followed = { $window }. ablak, forgatókönyv: { $playbook }: { $step } → { $answer }
nothing-to-do = Nincs teendő.

## Why a command was refused
refused-unknown-window = Nincs ilyen ablak: { $window }.
refused-unknown-service = Nincs ilyen ügytípus: { $name }.
refused-unknown-ticket = Ma nem adtak ki ilyen sorszámot: { $name }.
refused-unknown-break = Nincs ilyen szünet: #{ $id }.
refused-unknown-staff = Nincs ilyen munkatárs: { $name }.
refused-service-not-at-window = { $window }. ablak: ezzel az ügytípussal nem foglalkozik: { $service }.
refused-break-ends-before-start = A szünet végének a kezdés utánra kell esnie.
refused-break-in-past = Ennek a szünetnek az ideje már elmúlt.
refused-window-closed = { $window }. ablak: zárva.
refused-window-already-open = { $window }. ablak: már nyitva van.
refused-window-on-break = { $window }. ablak: szüneten van.
refused-window-break-pending = { $window }. ablak: a jelenlegi ügyfél után szünetre megy, és már senkit sem hív.
refused-window-busy = { $window }. ablak: még folyik az ügyintézés ({ $ticket }), előbb fejezze be.
refused-break-during-service = { $window }. ablak: még folyik az ügyintézés ({ $ticket }). Előbb fejezze be, vagy a szünet kezdődjön utána (--after-service).
refused-not-serving = { $window }. ablak: most senkit sem szolgál ki.
refused-queue-empty = { $window }. ablak: nincs várakozó.
refused-cutoff-reached = { $window }. ablak: hamarosan zár, az utolsó sorszám: { $cutoff }. Kérjük, a következőt ({ $next }) irányítsa másik ablakhoz.
refused-cutoff-reached-none = { $window }. ablak: hamarosan zár, és már nem fogad több ügyfelet. Kérjük, a következőt ({ $next }) irányítsa másik ablakhoz.
refused-ticket-finished = Ez a sorszám már le van zárva: { $name }.
refused-no-break-due = { $window }. ablak: nincs közelgő tervezett szünet.
refused-warning-not-due = { $window }. ablak: a várakozókat a szünetről legkorábban { $time }-kor lehet értesíteni.
refused-already-warned = { $window }. ablak: a várakozók már értesítést kaptak.
refused-not-on-break = { $window }. ablak: nincs szüneten.
refused-break-under-way = { $window }. ablak: a szünet már folyamatban van.
refused-break-already-started = Ez a szünet már elkezdődött (#{ $id }); most már csak befejezni lehet.
refused-reason-required = { $window }. ablak: a következő tervezett szünet { $time }-kor lesz. Azonnali szünethez adja meg az okát (--reason).
refused-reason-missing = A nem tervezett szünethez meg kell adni az okát (--reason).
refused-break-overlaps = { $window }. ablak: erre az időre már van szünet.
refused-break-announced = { $window }. ablak: a várakozók már értesültek a szünetről (#{ $id }), ezért nem lehet áthelyezni. Törölje vagy fejezze be.
refused-break-too-short = A tervezett szünet legalább { $min } perc, nem { $asked }.
refused-unknown-request = Nincs #{ $id } számú szünetkérés.
refused-request-answered = A #{ $id } számú szünetkérésre már válaszoltak.
refused-request-pending = { $window }. ablak már kért szünetet; a műszakvezető még nem válaszolt.
refused-needs-approval = { $window }. ablak: nem tervezett szünethez előbb a műszakvezető jóváhagyása kell (break request).
refused-not-warned = { $window }. ablak: { $waiting } ügyfél vár, és még nem kapott értesítést erről a szünetről. Előbb értesítse a várakozókat (break warn).
refused-promised-waiting = { $window }. ablak: szünet előtt még ki kell szolgálnia a vállalt ügyfeleket ({ $tickets }), és más ablak nem tudja átvenni őket.
refused-max-concurrent-breaks = Egyszerre legfeljebb { $max } ablak lehet szüneten.
refused-min-open-windows = Legalább { $min } ablaknak nyitva kell maradnia ehhez az ügytípushoz: { $service }.
refused-break-too-long = A szünet legfeljebb { $max } perc lehet, nem { $asked }.
refused-queue-too-long = { $window }. ablak: { $waiting } ügyfél vár; szünet csak akkor kezdődhet, ha legfeljebb { $max } ügyfél vár.

## The command line
bad-date = Érvénytelen dátum: { $value } (helyes formátum: YYYY-MM-DD).
bad-time = Érvénytelen időpont: { $value } (helyes formátum: HH:MM).
time-skipped = Ezen a napon ({ $date }) nincs { $value }: ekkor előreállítják az órát.
bad-reason = Ismeretlen ok: { $value }. Lehetséges értékek: { $known }.
break-length-missing = Adja meg a szünet végét (--end) vagy hosszát (--minutes).
transfer-target = Adja meg, hová irányítsa az ügyfelet: --to-service vagy --to-window.
config-none = Nincs használható konfigurációs fájl; adjon meg egyet, vagy futtassa: „frontdesk config init”.
config-ok = { $file } rendben: { $hall }, { $windows } ablak, { $services } ügytípus.
config-exists = { $file } már létezik; a felülíráshoz használja a --force kapcsolót.
config-written = Alapkonfiguráció mentve ide: { $file }. Szerkessze, majd ellenőrizze: „frontdesk config check”.
config-demo = nincs (bemutató terem)
demo-reset = Új bemutató nap előkészítve itt: { $path }.

## The counter screen
key-open-counter = az adott ablak pultképernyője
key-select-counter = ablak kiválasztása és megnyitása
key-say-phrase = a mondat elhangzott
key-back = vissza a teremnézetre
btn-next = következő
btn-recall = újrahívás
btn-served = kész
btn-no-show = nem jött
btn-transfer = átirányítás
btn-warn = sor értesítése
btn-break = szünet
btn-end-break = szünet vége
btn-playbook = mit tegyek
btn-phrase-lang = mondatok nyelve
counter-at-window = Az ablaknál
counter-serving-for = { $time } óta az ablaknál
counter-nobody = Nincs ügyfél az ablaknál. Az n gombbal hívhatja a következőt.
counter-the-line = Az Ön sora
counter-line = { $count } ügyfél várakozik, a legrégebben érkezett { $minutes } perce
counter-line-empty = Senki sem várakozik.
counter-no-break = Ennek az ablaknak ma nincs tervezett szünete.
counter-next-break = Következő szünet: { $start }–{ $end }
counter-in-minutes = { $minutes } perc múlva
counter-say = Mondja
banner-warning-due = ÉRTESÍTSE MOST A SORT: a szünete { $time }-kor kezdődik, és { $waiting } ügyfél vár. Mondja el az 1. mondatot, majd nyomja meg a w-t.
banner-cutoff = ZÁRÁS: { $cutoff }-ig szolgáljon ki; { ART($next) } { $next } sorszámtól kezdve az ügyfeleket { ART($other) } { $other }. ablakhoz irányítsa.
banner-cutoff-alone = ZÁRÁS: { $cutoff }-ig szolgáljon ki; { ART($next) } { $next } sorszámtól kezdve az ügyfelek a szünet után elsőként kerülnek sorra.
banner-cutoff-all = ZÁRÁS: { $cutoff }-ig szolgáljon ki, utána kezdődik a szünet.
banner-overrun = A SZÜNETE { $minutes } PERCE LEJÁRT: a sor vár. Ha visszaért, nyomja meg az e-t.
banner-closed = Ez az ablak zárva van.
transfer-to-service = { $service } sor ({ $name })
panel-transfer = Az ügyfél átirányítása ide
panel-break = Nem tervezett szünet: miért?
panel-break-minutes = Időtartam: { $minutes } perc (← → módosítás)
panel-other-reason = Röviden, mi az ok:
panel-playbooks = Mit tegyek, ha…
panel-playbook-say = Mondja: { $phrase }
panel-playbook-done = Enter: végrehajtás · Esc: bezárás
panel-keys = ↑↓ választás · Enter jóváhagyás · Esc bezárás
counter-nobody-break = Szüneten. Ha visszaért, nyomja meg az e-t.
counter-this-break = Ez a szünet: { $start }–{ $end }
banner-pending = SZÜNET A MOSTANI ÜGYFÉL UTÁN: fejezze be { ART($ticket) } { $ticket } sorszám kiszolgálását; a szünet az s megnyomásával kezdődik.

# Az áttekintő figyelmeztetései, amelyek egy kis képernyőre már nem férnek ki.
alerts-more = { $count ->
    [one] …és még egy figyelmeztetés (nagyobb ablakban látszik)
   *[other] …és még { $count } figyelmeztetés (nagyobb ablakban látszik)
}
