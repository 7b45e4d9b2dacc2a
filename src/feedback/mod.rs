//! The hall's quality record: complaints, compliments, suggestions and
//! questions, the customer's own rating, and mystery-shopper audits, all as
//! events in the same log as the queue and the breaks.
//!
//! - [`book`]: the record folded from the log's events, with each entry's
//!   place in the complaint-handling process and its deadlines;
//! - [`decide`]: commands checked and turned into events;
//! - [`rules`] and [`calendar`]: categories, time limits in working days;
//! - [`context`]: what the log says happened around a complaint;
//! - [`figures`]: praise to complaints, complaints per 1000 served, ratings;
//! - [`checklist`]: the mystery shopper's checklist files.
//!
//! Pure, like the domain: nothing here reads a clock, a file or a terminal.

pub mod book;
pub mod calendar;
pub mod checklist;
pub mod context;
pub mod decide;
pub mod demo;
pub mod figures;
pub mod rules;

pub use book::{Audit, Book, Due, Entry, Rating, Stage, Status, Step};
pub use calendar::Calendar;
pub use decide::{Decided, FeedbackCommand, FeedbackRefusal, RefusalClass, decide};
pub use rules::{Category, Rules};

#[cfg(test)]
mod tests;
