# frontdesk interface texts (uk): database.

## while the database cannot be reached
database-down = ! База даних недоступна з { $since }; пробуємо під'єднатися знову. Зал показано таким, яким він був тоді; доки база не повернеться, нічого записати не можна.
database-down-refused = Не записано: база даних недоступна з { $since }. Спробуйте знову, коли вона буде доступна.

## status --all-halls
halls-none = У цій базі даних ще немає жодного залу.
halls-heading = Зал { $id }: { $name }
halls-no-config = Зал { $id }: у журналі { $events ->
    [one] { $events } подія
    [few] { $events } події
    [many] { $events } подій
   *[other] { $events } події
}; налаштування залу в базі даних не зберігаються, тож більше показати нічого.

## store copy
store-copied = { $events ->
    [one] Скопійовано { $events } подію
    [few] Скопійовано { $events } події
    [many] Скопійовано { $events } подій
   *[other] Скопійовано { $events } події
} з { $from } до { $to }; кожну звірено з оригіналом.
# Команда головного офісу там, де немає бази даних.
office-needs-database = { $command } читає базу даних PostgreSQL: задайте FRONTDESK_DATABASE_URL або [store] url у налаштуваннях
report-halls-formats = report --all-halls виводить text, md, csv або json; сторінку для друку роблять за звітом одного залу
