# frontdesk interface texts (uk): sim.

## frontdesk simulate: the report
sim-heading = Змодельований день { $date }, { $hall }: { $reps ->
    [one] { $reps } повторення
    [few] { $reps } повторення
    [many] { $reps } повторень
   *[other] { $reps } повторення
}, зерно { $seed }.
sim-policy-finish-current = Перерви за правилом продукту (finish-current): із початком перерви вікно більше не викликає, дообслуговує поточного клієнта і лише тоді йде.
sim-policy-preempt-resume = Перерви за навчальною моделлю (preempt-resume): вікно йде рівно у призначену хвилину, перерване обслуговування триває після перерви.
sim-breaks-plan = Перерви: { $count ->
    [one] { $count } перерва
    [few] { $count } перерви
    [many] { $count } перерв
   *[other] { $count } перерви
} з файлу плану { $file }.
sim-breaks-log = Перерви: план із журналу на { $date }, { $count ->
    [one] { $count } перерва
    [few] { $count } перерви
    [many] { $count } перерв
   *[other] { $count } перерви
}.
sim-breaks-none = У журналі немає запланованих перерв на { $date }: день моделюється без перерв.
sim-arrivals-profile = Прихід клієнтів: за arrivals_per_hour із конфігурації, час обслуговування за service_time.
sim-arrivals-replay = Прихід клієнтів: { $count ->
    [one] { $count } записаний клієнт
    [few] { $count } записані клієнти
    [many] { $count } записаних клієнтів
   *[other] { $count } записаного клієнта
} з файлу { $file }, із записаним часом обслуговування.
sim-replay-one-day = У відтворенні немає випадковості, тож моделюється один день, хоч би що задавав --reps.
sim-ci = Кожна величина — середнє за змодельованими днями ± половина 95-відсоткового довірчого інтервалу.
sim-note-empirical = Послуга { $service }: у журналі { $samples ->
    [one] { $samples } обслужений візит
    [few] { $samples } обслужені візити
    [many] { $samples } обслужених візитів
   *[other] { $samples } обслуженого візиту
}, а для емпіричного часу обслуговування потрібно щонайменше { $needed }, тож його взято з експоненційного розподілу із заданим середнім.
sim-note-break-ignored = Перерва { $start }–{ $end } ({ $window }) виходить за години роботи вікна й не враховується.
sim-min = хв
sim-customers = Клієнтів за день
sim-mean-wait = Середнє очікування
sim-p-wait = Довелося чекати
sim-service-level = Обслужені в межах цільового часу
sim-abandoned = Пішли, не дочекавшись
sim-unserved = Чекали до кінця робочого дня, не обслужені
sim-longest-queue = Найдовша черга
sim-heading-intervals = Очікування за часом приходу
sim-heading-services = За послугами
sim-heading-windows = Вікна
sim-col-time = З
sim-col-arrivals = Прийшло
sim-col-wait = Середнє очікування
sim-col-waited = Чекали
sim-col-service = Послуга
sim-col-within = У межах цілі
sim-col-gave-up = Пішли
sim-col-window = Вікно
sim-col-utilisation = Завантаження
sim-col-served = Обслужено
sim-heading-breaks = Перерви (попереджень за день: { $warnings }; перерв із запізненням за день: { $late })
sim-break = { $window } { $start }–{ $end }: частка днів, коли чергу попередили: { $warned }; коли перерва почалася із запізненням: { $late }.
sim-break-late = У разі запізнення — через { $minutes } хв після призначеного часу.
sim-break-cutoff = Клієнтів після останнього талона за день: { $past }; з них обслужені в іншому вікні { $elsewhere }, дочекалися повернення вікна { $returned }, пішли { $gaveup }.
sim-trace-written = { $count ->
    [one] { $count } клієнт записаний у { $file }.
    [few] { $count } клієнти записані у { $file }.
    [many] { $count } клієнтів записано у { $file }.
   *[other] { $count } клієнта записано у { $file }.
}
sim-exported = { $count ->
    [one] { $count } обслужений талон за { $date } записаний
    [few] { $count } обслужені талони за { $date } записані
    [many] { $count } обслужених талонів за { $date } записано
   *[other] { $count } обслуженого талона за { $date } записано
} у { $file }; відтворіть їх із --arrivals.

## frontdesk simulate: problems
sim-no-arrivals = Жодна послуга в конфігурації не має arrivals_per_hour, тож ніхто не прийде. Додайте arrivals_per_hour якійсь послузі або відтворіть записаний прихід клієнтів із --arrivals ФАЙЛ.csv.
sim-bad-policy = Невідоме правило перерв «{ $value }»; можливі значення: { $known }.
sim-warn-arrivals-outside = Увага: { $count } { $count ->
    [one] записаний прихід припадає
    [few] записані приходи припадають
   *[many] записаних приходів припадають
} на час поза годинами роботи (перший о { $first }); їх змодельовано так, як записано.
sim-warn-break-all-day = Увага: перерва вікна { $window } з { $start } до { $end } займає весь час роботи, тож вікно взагалі не обслуговує.
