# frontdesk interface texts (en): database.

## while the database cannot be reached
database-down = ! The database has been unreachable since { $since }; retrying. The hall is shown as it was then; nothing can be recorded until it is back.
database-down-refused = Not recorded: the database has been unreachable since { $since }. Try again once it is back.

## status --all-halls
halls-none = There are no halls in this database yet.
halls-heading = Hall { $id }: { $name }
halls-no-config = Hall { $id }: { $events ->
    [one] { $events } event
   *[other] { $events } events
} in its log; its config is not kept in the database, so there is nothing more to show.

## store copy
store-copied = { $events ->
    [one] Copied { $events } event
   *[other] Copied { $events } events
} from { $from } to { $to } and checked each one against the original.
# A head office's command run where there is no database to read.
office-needs-database = { $command } reads a PostgreSQL database: set FRONTDESK_DATABASE_URL or [store] url in the config
report-halls-formats = report --all-halls writes text, md, csv or json; a printed page is one hall's report
