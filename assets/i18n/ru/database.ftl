# frontdesk interface texts (ru): database.

## while the database cannot be reached
database-down = ! База данных недоступна с { $since }; пробуем подключиться снова. Зал показан таким, каким он был тогда; пока база не вернётся, ничего записать нельзя.
database-down-refused = Не записано: база данных недоступна с { $since }. Повторите, когда она снова будет доступна.

## status --all-halls
halls-none = В этой базе данных пока нет ни одного зала.
halls-heading = Зал { $id }: { $name }
halls-no-config = Зал { $id }: в журнале { $events ->
    [one] { $events } событие
    [few] { $events } события
    [many] { $events } событий
   *[other] { $events } события
}; настройки зала в базе данных не хранятся, поэтому больше показать нечего.

## store copy
store-copied = { $events ->
    [one] Скопировано { $events } событие
    [few] Скопировано { $events } события
    [many] Скопировано { $events } событий
   *[other] Скопировано { $events } события
} из { $from } в { $to }; каждое сверено с оригиналом.
# Команда головного офиса там, где нет базы данных.
office-needs-database = { $command } читает базу данных PostgreSQL: задайте FRONTDESK_DATABASE_URL или [store] url в настройках
report-halls-formats = report --all-halls выводит text, md, csv или json; страницу для печати делают по отчёту одного зала
