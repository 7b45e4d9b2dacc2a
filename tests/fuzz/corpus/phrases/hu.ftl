# frontdesk beszédmodulok — magyar.
# Amit a pénztáros hangosan mond a sornak vagy az ablaknál álló ügyfélnek:
# röviden, udvariasan, „Ön/Önök” formában, soha nem az ügyfelet hibáztatva.
# A `-alone` változatok arra az esetre szólnak, amikor nincs másik nyitott
# ablak. Számnév után a főnév egyes számban áll („5 perc”), így a percekhez
# nem kell többes számú alak. Az időpont után „-kor” és „-ig” bármely
# számhoz jó („12:30-kor”, „13:00-ig”).
#
# Az ablakot sorszámnévvel nevezzük meg („a 2. ablak”, kimondva „a második
# ablak”), így csak a névelő függ a számtól: „az 1.”, „az 5.”, „az 50–59.”,
# egyébként „a”. Az ablak száma ezért sosem áll mondat elején. A sorszámok
# (A042) mindig névelő nélküli helyen állnak („A042-ig”, „A045 sorszámmal”).

## Tervezett szünet előtt

phrase-warning = Kedves Ügyfeleink, { $window ->
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
    } { $window }. ablak { $minutes } perc múlva, { $time }-kor szünetre zár, és { $back }-kor nyit újra. { $cutoff }-ig bezárólag itt még mindenkit kiszolgálok, a későbbi sorszámokkal pedig kérem, fáradjanak { $other ->
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
    } { $other }. ablakhoz. Köszönöm a megértésüket!
    .title = Várakozók értesítése

phrase-warning-alone = Kedves Ügyfeleink, { $window ->
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
    } { $window }. ablak { $minutes } perc múlva, { $time }-kor szünetre zár, és { $back }-kor nyit újra. { $cutoff }-ig bezárólag itt még mindenkit kiszolgálok; a későbbi sorszámok érvényesek maradnak, és { $back }-kor Önökkel kezdem. Köszönöm a türelmüket!
    .title = Értesítés (egyedül)

phrase-closing-last = Ne aggódjon, { $ticket } sorszámmal bőven időben van: mindent nyugodtan elintézünk, nem kell sietnie. Ön után az ablak { $back }-ig szünetet tart.
    .title = Utolsó ügyfél megnyugtatása

## Az utolsó kiszolgált sorszám után

phrase-redirect = Elnézést kérek, ez az ablak { $time }-kor szünetre zár, és addig sajnos már nem tudom Önt kiszolgálni. A sorszáma, { $ticket }, érvényes marad: kérem, fáradjon { $other ->
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
    } { $other }. ablakhoz, ott fogják szólítani.
    .title = Átküldés másik ablakhoz

phrase-redirect-alone = Elnézést kérek, ez az ablak { $time }-kor szünetre zár, és addig sajnos már nem tudom Önt kiszolgálni. A sorszáma, { $ticket }, érvényes marad: { $back }-kor újra nyitok, és Önnel kezdem.
    .title = Várjon a nyitásig (egyedül)

## Rendkívüli szünet: bocsánatkérés

phrase-unscheduled = Kedves Ügyfeleink, őszintén elnézést kérek: { $reason ->
        [goods-receipt] most érkezett egy áruszállítmány, amelyet át kell vennem
        [cash-collection] megérkeztek a pénzszállítók
        [technical-fault] műszaki hiba lépett fel
        [personal] sürgős személyes ügyem adódott
       *[other] közbejött valami sürgős
    }, ezért { $minutes } percre bezárom az ablakot. Kérem, fáradjanak { $other ->
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
    } { $other }. ablakhoz, a sorszámuk ott is érvényes.
    .title = Rendkívüli szünet, bocsánat

phrase-unscheduled-alone = Kedves Ügyfeleink, őszintén elnézést kérek: { $reason ->
        [goods-receipt] most érkezett egy áruszállítmány, amelyet át kell vennem
        [cash-collection] megérkeztek a pénzszállítók
        [technical-fault] műszaki hiba lépett fel
        [personal] sürgős személyes ügyem adódott
       *[other] közbejött valami sürgős
    }, ezért { $minutes } percre bezárom az ablakot. { $back }-kor visszajövök, és mindenki megtartja a helyét a sorban. Köszönöm a türelmüket!
    .title = Rendkívüli szünet (egyedül)

## Kifogások

phrase-objection-first = Megértem, és sajnálom, hogy ilyen sokáig kellett várnia. A sorszámokat szigorúan sorrendben hívjuk, így senki sem előzheti meg Önt: { $ticket } sorszámmal megtartja a helyét, és { $other ->
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
    } { $other }. ablaknál is ugyanígy sorra kerül.
    .title = „Én voltam előbb”

phrase-objection-first-alone = Megértem, és sajnálom, hogy ilyen sokáig kellett várnia. A sorszámokat szigorúan sorrendben hívjuk, így senki sem előzheti meg Önt: { $ticket } sorszámmal megtartja a helyét, és { $back }-kor ugyanebben a sorrendben folytatom.
    .title = „Én voltam előbb” (egyedül)

phrase-objection-cancel = Megértem, senki sem szeret várni. A szüneteket úgy tervezzük, hogy egész nap nyitva tarthassunk, és egy rövid pihenő után jobban tudom Önöket kiszolgálni. Közben { $other ->
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
    } { $other }. ablak folyamatosan dolgozik, és mindenki megtartja a helyét a sorban.
    .title = „Mondja le a szünetet!”

phrase-objection-cancel-alone = Megértem, senki sem szeret várni. A szüneteket úgy tervezzük, hogy egész nap nyitva tarthassunk, és egy rövid pihenő után jobban tudom Önöket kiszolgálni. { $back }-kor visszajövök, és először azokat szolgálom ki, akik most várnak.
    .title = „Mondja le!” (egyedül)

phrase-objection-quick = Természetesen, szívesen segítek! Hogy a sorszámmal várakozók se járjanak rosszul, kérem, tegye fel a kérdését { $other ->
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
    } { $other }. ablaknál, ott is szívesen segítenek.
    .title = „Csak egy kérdésem van”

phrase-objection-quick-alone = Természetesen, szívesen segítek! Hogy a sorszámmal várakozók se járjanak rosszul, kérem, húzzon Ön is sorszámot: { $back }-kor visszajövök, és akkor válaszolok a kérdésére.
    .title = „Csak egy kérdés” (egyedül)

## Vissza a szünetről

phrase-return = Köszönöm, hogy megvártak! Újra nyitva van { $window ->
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
    } { $window }. ablak, szólítom a következő sorszámot.
    .title = Visszatérés a szünetről

phrase-overrun = Elnézést kérek, { $minutes } perccel később jöttem vissza, mint ahogy jeleztem. Köszönöm a türelmüket, { $window ->
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
    } { $window }. ablak újra nyitva van.
    .title = Késés: bocsánatkérés

## Tervezett szünet, amelyről nem szóltak időben

phrase-forgot-warning = Kedves Ügyfeleink, elnézést kérek, hogy csak most szólok: { $window ->
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
    } { $window }. ablak { $minutes } perc múlva, { $time }-kor szünetre zár. Mindenkit kiszolgálok, aki már most sorban áll; aki ezután érkezik, kérem, fáradjon { $other ->
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
    .title = Elmaradt értesítés

phrase-forgot-warning-alone = Kedves Ügyfeleink, elnézést kérek, hogy csak most szólok: { $window ->
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
    } { $window }. ablak { $minutes } perc múlva, { $time }-kor szünetre zár. Mindenkit kiszolgálok, aki már most sorban áll; aki ezután érkezik, kérem, húzzon sorszámot, { $back }-kor újra nyitok.
    .title = Elmaradt értesítés (egyedül)
