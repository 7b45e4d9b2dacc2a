# frontdesk interface texts (hu): database.

## while the database cannot be reached
database-down = ! Az adatbázis { $since } óta nem érhető el; folyamatosan próbálkozunk. A terem az akkori állapotában látszik; amíg az adatbázis vissza nem tér, semmit sem lehet rögzíteni.
database-down-refused = Nincs rögzítve: az adatbázis { $since } óta nem érhető el. Próbálja újra, ha ismét elérhető.

## status --all-halls
halls-none = Ebben az adatbázisban még nincs terem.
halls-heading = { $id } terem: { $name }
halls-no-config = { $id } terem: { $events } esemény van a naplójában; a beállításai nincsenek az adatbázisban, ezért ennél többet nem lehet mutatni.

## store copy
store-copied = { $events } esemény átmásolva innen: { $from }, ide: { $to }; mindegyik egyezik az eredetivel.
# A központ parancsa ott, ahol nincs olvasható adatbázis.
office-needs-database = A(z) { $command } PostgreSQL-adatbázist olvas: adja meg a FRONTDESK_DATABASE_URL változót vagy a beállításokban a [store] url kulcsot
report-halls-formats = A report --all-halls szöveget, md-t, csv-t vagy json-t ír; nyomtatható oldal egy-egy terem jelentéséből készül
