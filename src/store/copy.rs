//! Moving a hall: its whole log copied to another home (a database, or back
//! to a SQLite file), in one transaction, then read back and compared event
//! for event. A destination that already holds events is refused untouched.
