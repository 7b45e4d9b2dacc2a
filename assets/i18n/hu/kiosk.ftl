# frontdesk interface texts (hu): kiosk — a sorszámhúzó, a nyomtatott sorszám és a hangos behívás.

## A sorszámhúzó
kiosk-touch = Sorszámhúzáshoz érintse meg a kívánt ügyet.
kiosk-waiting = { $count ->
    [0] senki sem vár
   *[other] { $count } ügyfél vár
}
kiosk-wait = várakozás: { $wait }
kiosk-all-away = Ennek az ügynek minden ablaka szünetel.
kiosk-no-window = Ebben az ügyben most egyik ablak sincs nyitva.
kiosk-no-more = Ma már nincs több sorszám
kiosk-opens-tomorrow = Holnap { $time }-kor nyitunk újra.
kiosk-opens-today = Ma { $time }-kor nyitunk.
kiosk-closes-for-break = { $window ->
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
} { $window }. ablak { $time }-kor szünetre zár, és { $back }-kor nyit újra.
kiosk-refused = { $service }: most nem adható sorszám. { $reason }
kiosk-your-ticket = Az Ön sorszáma
kiosk-ahead = { $count ->
    [0] Ön előtt senki sem vár.
   *[other] Ön előtt { $count } ügyfél vár.
}
kiosk-estimate = Várható várakozás: { $wait }
kiosk-issued = { $date }, { $time }
kiosk-take-ticket = Kérjük, vegye el a nyomtatott sorszámot.
kiosk-printing = Sorszám nyomtatása…
kiosk-printer-off = A nyomtató nem működik: kérjük, jegyezze meg a sorszámát.
kiosk-failed = A sorszámot nem sikerült kiadni: { $reason } Kérjük, érdeklődjön valamelyik ablaknál.
kiosk-keep = Kérjük, őrizze meg a sorszámot, amíg be nem hívják.
kiosk-printer-unwritable = { $file }: kiosk.printer: nem írható: { $path }: { $error }
kiosk-no-service = A sorszámhúzó egyetlen ügyet sem kínál.
alert-printer = { $kiosk } sorszámhúzó: a nyomtató { $time } óta hibás ({ $error }). A sorszámok csak a képernyőjén jelennek meg, és érvényesek.
ev-printer-failed = { $kiosk } sorszámhúzó: a nyomtató hibás: { $error }
ev-printer-restored = { $kiosk } sorszámhúzó: a nyomtató ismét működik.

## Hangos behívás
voice-call = { AZ($ticket, cap: "yes") } sorszámot { AZ($window) } ablakhoz kérjük.
voice-recall = Ismét hívjuk { AZ($ticket) } sorszámot { AZ($window) } ablakhoz.
voice-closes-at = { AZ($window, cap: "yes") } ablak { $time } szünet miatt bezár.
voice-closes-soon = { AZ($window, cap: "yes") } ablak hamarosan szünet miatt bezár.
voice-served-up-to = Ott még { AZ($cutoff) } sorszámig mindenkit kiszolgálnak.
voice-served-none = Újabb sorszámot már nem hív be.
voice-others-go-to = A többieket kérjük, fáradjanak { AZ($other) } ablakhoz.
voice-go-to = Kérjük, fáradjon { AZ($other) } ablakhoz.
voice-back-at = { AZ($window, cap: "yes") } ablak { $time } nyit újra.
voice-open-again = { AZ($window, cap: "yes") } ablak újra nyitva.
voice-time = { $hour } óra { $minute } perckor
voice-time-hour = { $hour } órakor
voice-off = A hang ki van kapcsolva: { $reason }
voice-off-no-program = nem található beszédprogram (telepítse az espeak-ng-t, vagy adja meg: [voice] command).
voice-failed = A beszédprogram hibát jelzett: { $error }
voice-announcing = { $hall } behívásai hangosan, nyelvek: { $langs }; Ctrl-C: vége.
