# frontdesk interface texts (hu): trainer.
# Számok után a főnév egyes számban áll („5 perc”); az időpontokhoz a -kor és
# az -ig rag kötőjellel járul („12:30-kor”, „12:20-ig”), mindkettő változatlan.

## A napló szavai a gyakorlásokról

ev-training-started = Indul a gyakorlás: { $scenario } forgatókönyv, véletlenmag: { $seed }.
ev-training-cue = Forgatókönyv: { $what } ({ $cue }).
ev-training-cue-ticket = Forgatókönyv: { $what }, sorszám: { $ticket } ({ $cue }).
ev-training-clock-jump = Forgatókönyv: a rendszeróra { $minutes } perccel { $direction ->
        [back] visszaugrik
       *[ahead] előreugrik
    } ({ $cue }).
ev-training-ended = Gyakorlás vége: { $score } pont a lehetséges { $max } pontból.

cue-kind-delivery = áru érkezik
cue-kind-protest = a sor tiltakozik
cue-kind-late-customer = ügyfél érkezik az utolsó sorszám után
cue-kind-clock-jump = ugrik a rendszeróra
cue-kind-customer-line = megszólal egy ügyfél

## Az oktató sávja, panelje és billentyűi

train-mark = GYAKORLÁS
train-paused = megállítva
train-speed = ×{ $speed }
train-tally = ✓ { $met }  ✗ { $missed }  … { $pending }
train-panel-title = Oktató
train-expected = Következő teendő
train-missed = Elmulasztva
train-coming = Következik
train-nothing-expected = Most semmi.
train-nothing-missed = Eddig semmi.
train-nothing-coming = Több esemény nem lesz.
train-done-at-window = { $ticket } ügye elintéződött: jelölje kiszolgáltnak (s).
train-briefing = Eligazítás
train-press-start = Az óra indításához nyomja meg az Entert vagy az F3-at.
train-key-panel = panel
train-key-pause = megállítás
train-key-step = +1 perc
train-key-slower = lassabban
train-key-faster = gyorsabban
train-key-finish = befejezés
train-or = { " " }vagy{ " " }
train-by = { $time }-ig

## A szempontok, az elvárásuk és az eredményük

check-warned-ahead = Legalább { $minutes } perccel előtte értesítette a várakozókat
check-apology = Elnézést kért a nem tervezett szünetért
check-no-refusal = Senkit sem küldött el, akit ki kellett szolgálnia
check-redirect = A megfelelő szavakkal küldte tovább az utolsó sorszám után érkezőket
check-break-length = Nem lépte túl a szünet hosszát
check-answered = Jól reagált arra, ami { $time }-kor történt ({ $what })
check-overrun-apology = Elnézést kért a késésért

expect-warn = Értesítse a várakozókat { $deadline }-ig (a szünet { $start }-kor kezdődik)
expect-apology = Kérjen elnézést a várakozóktól: a szünet nem tervezett ({ $reason })
expect-no-refusal = Senkit se küldjön el, akit ki kell szolgálnia
expect-no-refusal-cutoff = A szünet előtt szolgáljon ki mindenkit egészen { $cutoff }-ig
expect-redirect = Mondja meg nekik, hová menjenek ({ $tickets }): { $phrases }
expect-back = { $until }-ig üljön vissza az ablakhoz
expect-answer = { $deadline }-ig: { $parts }
expect-overrun = Amint leül, kérjen elnézést a késésért

part-playbook = kövesse ezt: { $playbooks }
part-phrase = mondja ezt: { $phrases }
part-break = kezdjen szünetet, oka: { $reason }
part-warn = értesítse a várakozókat
part-end-break = fejezze be a szünetet

out-warned = { $time }-kor értesítette a sort, { $minutes } perccel a szünet előtt
out-warned-late = csak { $time }-kor értesítette a sort, { $minutes } perccel a szünet előtt
out-not-warned = { $deadline }-ig senki sem értesítette a sort, pedig { $waiting } ügyfél várt
out-apologised = { $time }-kor elnézést kért
out-no-apology = nem kért elnézést
out-refused = elküldve: { $tickets } ({ $time })
out-none-refused = senkit sem küldött el
out-redirected = { $time }-kor elhangzott
out-not-redirected = senki sem mondta meg nekik, hová menjenek: { $tickets }
out-back-in-time = { $time }-kor visszaült
out-back-late = { $time }-kor ült vissza, { $minutes } perc késéssel
out-still-away = { $time }-kor még nem ült vissza
out-answered = { $time }-kor megtörtént
out-not-answered = { $deadline }-ig még hiányzott: { $parts }
out-overrun-apologised = { $time }-kor elnézést kért
out-overrun-not = nem kért elnézést a késésért
out-not-reached = a gyakorlás előbb véget ért

## Az értékelés

debrief-title = Értékelés: { $title }
debrief-meta = { $hall } · { $window }. ablak · { $date } { $start }–{ $end } · véletlenmag: { $seed }
debrief-score = Eredmény: { $score } pont a lehetséges { $max } pontból ({ $percent }%)
debrief-passed = megfelelt (a követelmény { $pass }%)
debrief-failed = nem felelt meg (a követelmény { $pass }%)
debrief-checks = Szempontok
debrief-timeline = Idővonal
debrief-col-check = Szempont
debrief-col-points = Pont
debrief-col-result = Hogyan sikerült
debrief-col-time = Idő
debrief-col-happened = Mi történt
debrief-col-expected = Mi volt az elvárás
debrief-did-not-arise = nem fordult elő
debrief-start = Elindul az óra.
debrief-end = Véget ér a gyakorlás.
debrief-keys = ↑↓ PgUp PgDn görgetés · l nyelv · q kilépés

## A parancssor

train-list-header = Forgatókönyvek (egy elindítása: frontdesk train NÉV):
train-list-own = saját
train-list-minutes = { $minutes } perc
train-check-ok = { $file }: a forgatókönyv ({ $id }) rendben van: { $arrivals } előre megírt érkezés, { $incidents } esemény, { $checks } szempont.
train-recorded = A gyakorlás naplója: { $file }
train-debrief-written = Az értékelés elkészült: { $file }
train-record-exists = { $file } már létezik; minden gyakorlás külön fájlba kerül
train-debrief-format = --debrief { $file }: a fájl neve .md vagy .html végű legyen
train-no-file = { $file }: nincs ilyen fájl
train-check-line = { $check }: { $points }/{ $weight }

## Napló visszajátszása

replay-mark = VISSZAJÁTSZÁS
replay-position = { $n }. esemény (összesen { $total })
replay-end = a napló vége
replay-read-only = A visszajátszás csak megmutatja, mi történt; semmit sem rögzít.
replay-not-training = { $file } nem gyakorlás naplója, ezért nincs hozzá értékelés
replay-key-step = következő esemény
