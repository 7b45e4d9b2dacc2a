# frontdesk felületi szövegek — magyar: a minőségnapló (panaszok, dicséretek,
# értékelések, próbavásárlások), a vezető visszajelzés-képernyője, a pult
# visszajelzés-ablaka és az ügyfelek kérdőív-képernyője.

## Fajták, csatornák, kategóriák, állapotok
fb-kind-complaint = panasz
fb-kind-compliment = dicséret
fb-kind-suggestion = javaslat
fb-kind-question = kérdés
fb-channel-counter = a pultnál
fb-channel-writing = írásban
fb-channel-phone = telefonon
fb-channel-email = e-mailben
fb-channel-survey = a kérdőíven
fb-channel-mystery-shopper = próbavásárlótól
fb-cat-window-closed = az orrom előtt zárták be az ablakot
fb-cat-not-warned = nem szóltak előre a szünetről
fb-cat-sent-elsewhere = várakozás után máshová küldtek
fb-cat-break-overran = elhúzódott a szünet
fb-cat-unscheduled-break = nem tervezett szünet
fb-cat-waiting-time = várakozási idő
fb-cat-staff-manner = az ügyintéző viselkedése
fb-cat-competence = szakértelem
fb-cat-information = tájékoztatás
fb-cat-premises = ügyféltér
fb-cat-other = egyéb
fb-status-new = új
fb-status-acknowledged = nyugtázva
fb-status-answered = megválaszolva
fb-status-closed = lezárva
fb-due-acknowledge = nyugtázás { $date }-ig
fb-due-answer = válasz { $date }-ig
fb-due-close = lezárás { $date }-ig
fb-overdue-acknowledge = késik a nyugtázás (határidő: { $date })
fb-overdue-answer = késik a válasz (határidő: { $date })
fb-overdue-close = késik a lezárás (határidő: { $date })
fb-age-minutes = { $n } perc
fb-age-hours = { $n } óra
fb-age-days = { $n } nap
fb-window = { $window }. ablak
fb-ticket = sorszám: { $ticket }
fb-service = szolgáltatás: { $service }
fb-break = szünet: #{ $id }
fb-no-window = nincs megadott ablak
fb-no-staff = nincs megadott ügyintéző

## A napló szavai
ev-feedback-recorded = { $kind ->
    [complaint] Panasz
    [compliment] Dicséret
    [suggestion] Javaslat
   *[question] Kérdés
} rögzítve (#{ $id }): { $category } ({ $channel }).
ev-feedback-acknowledged = #{ $id } visszajelzés nyugtázva.
ev-feedback-assigned = #{ $id } visszajelzés felelőse: { $to }.
ev-feedback-answered = #{ $id } visszajelzés megválaszolva.
ev-feedback-closed = #{ $id } visszajelzés lezárva.
ev-feedback-reopened = #{ $id } visszajelzés újra megnyitva: { $why }.
ev-contact-erased = #{ $id }: az ügyfél neve és elérhetősége törölve; a bejegyzés megmarad.
ev-customer-rated = { $window }. ablak: egy ügyfél { $score }/5 pontra értékelte a látogatását.
ev-customer-rated-ticket = { $window }. ablak: { $ticket } { $score }/5 pontra értékelte a látogatását.
ev-audit-recorded = #{ $id } próbavásárlás rögzítve: { $got }/{ $max } pont.

## Elutasítások és hibás adatok
fb-refused-unknown-entry = Nincs #{ $id } számú visszajelzés.
fb-refused-unknown-ticket = Nincs ilyen sorszám: { $name }.
fb-refused-unknown-window = Nincs { $window }. ablak.
fb-refused-unknown-staff = Nincs ilyen ügyintéző: { $name }.
fb-refused-unknown-service = Nincs ilyen szolgáltatás: { $name }.
fb-refused-unknown-break = Nincs { $id } számú szünet.
fb-refused-unknown-category = Nincs ilyen kategória: { $name }. A kategóriák: { $known }.
fb-refused-empty = { $what ->
    [answer] A válasz
    [to] A felelős neve
    [why] Az újranyitás oka
    [checklist] Az ellenőrzőlista
   *[other] A szöveg
} nem lehet üres.
fb-refused-too-long = { $what ->
    [words] Az ügyfél szavai
    [answer] A válasz
    [note] A megjegyzés
    [why] Az indoklás
    [to] A név
   *[other] A szöveg
} legfeljebb { $max } karakter lehet.
fb-refused-bad-score = Az értékelés 1 és 5 közötti szám, nem { $score }.
fb-refused-in-future = Ez az időpont még a jövőben van.
fb-refused-no-marks = A próbavásárláshoz legalább egy tételt értékelni kell.
fb-refused-already-acknowledged = #{ $id }: a bejegyzést már nyugtázták.
fb-refused-closed = #{ $id }: a bejegyzés le van zárva; előbb nyissa meg újra.
fb-refused-not-closed = #{ $id }: a bejegyzés nincs lezárva.
fb-refused-no-contact = #{ $id }: a bejegyzéshez nem tartozik törölhető név vagy elérhetőség.
fb-no-ticket-on = { $date } napon nem volt { $ticket } sorszám.
fb-bad-kind = Ismeretlen fajta: { $value }. Lehetséges: { $known }.
fb-bad-channel = Ismeretlen csatorna: { $value }. Lehetséges: { $known }.
fb-bad-moment = { $what }: nem értelmezhető időpont: { $value } (ÉÉÉÉ-HH-NN vagy „ÉÉÉÉ-HH-NN ÓÓ:PP” alakban kérjük).
fb-bad-mark = Nem értelmezhető értékelés: { $value } (TÉTEL=yes, TÉTEL=no vagy TÉTEL=n/a alakban kérjük).
fb-bad-period = Az időszak vége ({ $to }) korábbi, mint a kezdete ({ $from }).

## frontdesk feedback list, show
fb-list-empty = Nincs a feltételeknek megfelelő visszajelzés.
fb-show-heading = { $kind ->
    [complaint] Panasz
    [compliment] Dicséret
    [suggestion] Javaslat
   *[question] Kérdés
} #{ $id } · { $category }
fb-received = Beérkezett: { $received }, { $channel }.
fb-contact = Ügyfél: { $contact }
fb-contact-erased = Az ügyfél nevét és elérhetőségét törölték.
fb-status-line = Állapot: { $status }
fb-assigned-line = Felelős: { $to }
fb-answer-line = Válasz: { $answer }
fb-context-heading = A napló szerint:
fb-history-heading = Lépések:
fb-h-recorded = { $at } rögzítette: { $by }
fb-h-acknowledged = { $at } nyugtázta: { $by }
fb-h-assigned = { $at } { $by } kijelölte felelősnek: { $to }
fb-h-answered = { $at } megválaszolta: { $by }: { $answer }
fb-h-closed = { $at } lezárta: { $by }
fb-h-closed-note = { $at } lezárta: { $by }: { $note }
fb-h-reopened = { $at } újra megnyitotta: { $by }: { $why }
fb-h-erased = { $at } a nevet és az elérhetőséget törölte: { $by }
fb-checklist-ok = { $file }: érvényes ellenőrzőlista, { $count } tétellel.
fb-mark-unknown = Ellenőrzőlista: { $checklist }; nincs rajta „{ $item }” tétel. A tételei: { $known }.
fb-mark-missing = Ellenőrzőlista: { $checklist }; „{ $item }” tétel nincs értékelve (minden tételhez yes, no vagy n/a kell).
fb-mark-twice = „{ $item }”: ezt a tételt többször értékelték.
fb-no-checklist = Nincs „{ $name }” nevű ellenőrzőlista: a beépített neve mystery-shopper, a terem sajátjai a konfiguráció melletti checklists/ mappába kerülnek.
fb-audits-empty = Még nincs rögzített próbavásárlás.
fb-audit-line = #{ $id } · { $visited } · { $checklist } · { $place } · { $got }/{ $max } pont ({ $percent })

## A napló a panasz körül
fb-cx-nothing = A naplóban nincs semmi erről a sorszámról vagy ablakról abban az időben.
fb-cx-ticket = { $ticket } sorszám: { $time }-kor húzták, { $minutes } percet várt.
fb-cx-served = Kiszolgálták: { $window }. ablak, { $time }.
fb-cx-no-show = { $window }. ablak behívta, de { $time }-kor nem jelent meg.
fb-cx-cancelled = Visszavonva { $time }-kor.
fb-cx-expired = Még várt, amikor a terem bezárt.
fb-cx-not-served = Nem szolgálták ki.
fb-cx-transfers = { $count ->
    [one] Egyszer továbbküldték.
   *[other] { $count } alkalommal továbbküldték.
}
fb-cx-break = #{ $id } szünet, { $window }. ablak, { $span }, { $kind }.
fb-cx-published = tervezett és kihirdetett
fb-cx-unpublished = tervezett, nem kihirdetett
fb-cx-unscheduled = nem tervezett ({ $reason })
fb-cx-warned = A sort { $time }-kor figyelmeztették, { $minutes } perccel előre; { $waiting ->
    [0] akkor senki sem várt
   *[other] { $waiting } ügyfél várt
}.
fb-cx-not-warned = A sort nem figyelmeztették.
fb-cx-waiting-at-start = { $waiting ->
    [0] Senki sem várt
   *[other] { $waiting } ügyfél várt
}, amikor a szünet elkezdődött.
fb-cx-overran = A szünet { $minutes } perccel tovább tartott.
fb-cx-within-cutoff = { $ticket } az utolsó sorszámon belül volt (utolsó: { $cutoff }): az ablak megígérte, hogy kiszolgálja.
fb-cx-past-cutoff = { $ticket } az utolsó sorszám után jött (utolsó: { $cutoff }).
fb-cx-phrases = Elhangzott mondatok: { $phrases }.
fb-cx-no-phrases = Egyetlen begyakorolt mondat sem hangzott el.
fb-cx-rules-kept = A terem szabályait betartották.
fb-cx-lapses = Megszegett szabályok: { $lapses }.
fb-lapse-not-warned = { $window }. ablak figyelmeztetés nélkül ment szünetre, pedig { $waiting } ügyfél várt
fb-lapse-warned-late = { $window }. ablak csak { $minutes } perccel előre figyelmeztetett ({ $lead } perc az előírás)
fb-lapse-not-published = { $window }. ablak szünetét nem hirdették ki
fb-lapse-promise-broken = { $window }. ablak megígérte { $ticket } kiszolgálását, de nem szolgálta ki
fb-lapse-no-apology = { $window }. ablak váratlanul zárt, várakozók mellett, bocsánatkérés nélkül
fb-lapse-overran = { $window }. ablak szünete { $minutes } perccel tovább tartott

## Mutatók
fb-fig-heading = Visszajelzések: { $from } – { $to }
fb-fig-hall = Az egész terem
fb-fig-line = dicséret és panasz aránya: { $ratio } · panasz 1000 kiszolgált ügyfélre: { $perk } ({ $served } ügyfélből) · átlagos értékelés: { $avg } ({ $ratings } értékelés)
fb-fig-none = se dicséret, se panasz
fb-fig-no-complaints = { $count } dicséret, panasz nincs
fb-fig-no-praise = { $count } panasz, dicséret nincs
fb-fig-by-window = Ablakonként:
fb-fig-by-staff = Ügyintézőnként:
fb-fig-by-day = Naponként:
fb-fig-by-week = Hetente (hétfőtől):
fb-fig-by-month = Havonta:

## Riasztás az áttekintő képernyőn
alert-feedback-overdue = { $count ->
    [one] { $kind ->
        [question] Kérdés
       *[other] Panasz
    } (#{ $id }) túllépte a terem határidejét: { $what }.
   *[other] { $count } panasz és kérdés túllépte a terem határidejét; a legrégebben késő a #{ $id }: { $what }.
} Részletek: frontdesk feedback.

## A vezető visszajelzés-képernyője
fbs-title = Visszajelzések
fbs-tab-open = Nyitott: { $count } ({ $late } késik)
fbs-tab-all = Összes
fbs-tab-figures = Mutatók
fbs-tab-audits = Próbavásárlások
fbs-ratings-none = ma még nincs értékelés
fbs-ratings-today = ma { $count } értékelés, átlag { $avg }; legutóbb { $time }, { $window }. ablak: { $score }/5
fbs-any = bármely
fbs-filters = Fajta: { $kind } · Kategória: { $category } · Ablak: { $window } · Ügyintéző: { $staff } · Időszak: { $period }
fbs-period-today = ma
fbs-period-week = az elmúlt 7 nap
fbs-period-month = az elmúlt 30 nap
fbs-period-quarter = az elmúlt 3 hónap
fbs-period-year = az elmúlt 12 hónap
fbs-period-ever = a kezdetektől
fbs-col-kind = Fajta
fbs-col-category = Kategória
fbs-col-window = Abl.
fbs-col-staff = Ügyintéző
fbs-col-age = Kora
fbs-col-due = Határidő
fbs-col-status = Állapot
fbs-col-group = Csoport
fbs-col-ratio = Dicséret : panasz
fbs-col-per-k = 1000-re
fbs-col-rating = Értékelés
fbs-col-served = Ügyfél
fbs-stage-acknowledge = nyugtázás
fbs-stage-answer = válasz
fbs-stage-close = lezárás
fbs-due-cell = { $stage } { $date }-ig
fbs-empty-open = Nincs nyitott visszajelzés: semmi sem vár válaszra.
fbs-empty = Ebben az időszakban ezekkel a szűrőkkel nincs visszajelzés.
fbs-reading = A napló olvasása…
fbs-fig-ratio = Dicséret és panasz aránya: { $ratio } (az 1 : 10 szokásos, a 3 : 1 kiváló)
fbs-fig-per-k = Panasz 1000 kiszolgált ügyfélre: { $perk } ({ $served } kiszolgált ügyfélből)
fbs-fig-rating = Átlagos értékelés: { $avg } az 5-ből, { $ratings } értékelés alapján · { $spread }
fbs-btn-acknowledge = nyugtáz
fbs-btn-assign = felelős
fbs-btn-answer = válasz
fbs-btn-close = lezár
fbs-btn-reopen = újranyit
fbs-btn-kind = fajta
fbs-btn-category = kategória
fbs-btn-window = ablak
fbs-btn-staff = ügyintéző
fbs-btn-period = időszak
fbs-btn-tab = nézet
fbs-btn-help = billentyűk
fbs-key-select = bejegyzés kiválasztása
fbs-key-group = mutatók ablakonként, ügyintézőnként, naponta, hetente vagy havonta
fbs-key-clear = szűrők törlése
fbs-key-back = a panel vagy az utolsó üzenet bezárása
fbs-prompt-assign = #{ $id }: ki legyen a felelőse?
fbs-prompt-answer = #{ $id }: az ügyfélnek adott válasz:
fbs-prompt-close = #{ $id }: megjegyzés a lezáráshoz (maradhat üres):
fbs-prompt-reopen = #{ $id }: miért nyitja meg újra?
fbs-prompt-keys = Enter: rögzítés · Esc: elvetés

## A pult visszajelzés-ablaka
key-customer-said = az ügyfél szavainak rögzítése
fbp-title = Mit mondott az ügyfél?
fbp-about = { $ticket } · { $window }. ablak · ügyintéző: { $staff }
fbp-about-nobody = { $ticket } · { $window }. ablak
fbp-about-window = Nincs ügyfél az ablaknál; a bejegyzés ablaka: { $window }.
fbp-kind = Mi volt ez?
fbp-category = Mire vonatkozott a { $kind ->
    [complaint] panasz
    [compliment] dicséret
    [suggestion] javaslat
   *[other] kérdés
}?
fbp-words = Néhány szóban (maradhat üres); Enter: rögzítés

## Az ügyfél kérdőív-képernyője
survey-welcome = Üdvözöljük!
survey-idle = Ügyintézés után itt elmondhatja, hogyan érezte magát nálunk.
survey-question = Milyen volt az ügyintézés?
survey-face-1 = Nagyon rossz
survey-face-2 = Rossz
survey-face-3 = Elmegy
survey-face-4 = Jó
survey-face-5 = Kiváló
survey-hint = Érintsen meg egy arcot, vagy nyomja meg az 1–5 gombot.
survey-scale = 1 nagyon rossz · 5 kiváló
survey-reason-question = Köszönjük! Mi számított a legtöbbet?
survey-optional = Ezt kihagyhatja.
survey-reason-waiting-time = A várakozási idő
survey-reason-staff-manner = Ahogyan bántak velem
survey-reason-competence = Az ügyintéző szakértelme
survey-reason-information = A kapott tájékoztatás
survey-reason-window-closed = Egy ablak bezárása
survey-reason-premises = Az ügyféltér
survey-skip = Kihagyom
survey-thanks = Köszönjük a válaszát!
survey-goodbye = További szép napot!
survey-not-saved = Elnézést, a válaszát nem sikerült elmenteni.
