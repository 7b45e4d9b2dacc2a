# frontdesk store: az eseménynapló ellenőrzése, mentése és visszaállítása.

store-check-whole = { $file }: a napló ép: { $events } esemény, hézag nélkül számozva, mind olvasható; az SQLite nem talál sérülést; { $snapshots ->
        [0] pillanatkép még nincs.
        [one] a pillanatkép egyezik az eseményekkel.
       *[other] a pillanatképek ({ $snapshots }) egyeznek az eseményekkel.
    }
store-check-problem = Sérülés: { $problem }
store-check-damaged = { $file }: a napló sérült ({ $count } hiba, fent felsorolva). Az utolsó jó mentést a `frontdesk store restore MENTÉS` paranccsal lehet visszaállítani.
store-backup-done = { $log } mentése kész: { $events } esemény került ide: { $file }; a másolatot teljes egészében ellenőriztük.
store-restore-done = Visszaállítva { $events } esemény innen: { $file }, ide: { $log }.
store-restore-kept = A lecserélt naplót itt őriztük meg: { $kept }.
