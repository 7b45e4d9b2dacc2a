//! The supervisor's feedback screen on a real terminal (`frontdesk
//! feedback`): it keeps the quality record up to date with every terminal's
//! writes (a rating on the survey shows within a fifth of a second), reads the
//! selected entry's contact and context and the figures from the log, and runs
//! the supervisor's steps. Also the one way the screens record a feedback
//! command, and the overview's alert for complaints past their time limit.

use crate::clock::Clock;
use crate::domain::{Instant, Recorded};
use crate::feedback::book::KINDS;
use crate::feedback::{FeedbackCommand, RefusalClass, decide};
use crate::i18n::Tr;
use crate::setup::Opened;
use crate::store::Beside;
use crate::tui::app::feedback::{self as app, Detail, FeedbackDesk};
use crate::tui::render::feedback as render;
use crate::views::feedback::{self as view, Tracker};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked for other terminals' writes.
const POLL: Duration = Duration::from_millis(200);

/// Why a screen's feedback command did not go through, in words.
#[derive(Debug)]
pub struct NotRecorded {
    pub text: String,
    pub refused: bool,
}

/// Decides a feedback command on the latest log and records it, for every
/// screen: the counter's prompt, the survey and the supervisor's screen. The
/// screen's `tracker` is brought up to date under the write lock, so only
/// what other terminals wrote since its last look is read.
pub fn record(
    opened: &mut Opened,
    tracker: &mut Tracker,
    tr: &Tr,
    cmd: &FeedbackCommand,
    now: Instant,
    origin: &str,
) -> Result<Vec<Recorded>, NotRecorded> {
    let hall = opened.log.hall().clone();
    let rules = opened.config.feedback.clone();
    let after = tracker.book.seq;
    let book = &mut tracker.book;
    let recorded: Vec<Recorded> =
        opened
            .log
            .record_with::<NotRecorded, _>(now, origin, &KINDS, after, |state, events| {
                for r in events {
                    book.apply(r);
                }
                let d = decide(&hall, &rules, state, book, cmd, now).map_err(|r| NotRecorded {
                    text: view::refusal(tr, &rules, &r),
                    refused: r.class() == RefusalClass::Rule,
                })?;
                Ok((
                    d.events,
                    Beside {
                        keep: d.keep.into_iter().collect(),
                        erase: d.erase.into_iter().collect(),
                    },
                ))
            })?;
    for r in &recorded {
        tracker.book.apply(r);
    }
    Ok(recorded)
}

impl From<crate::store::StoreError> for NotRecorded {
    fn from(e: crate::store::StoreError) -> Self {
        NotRecorded {
            text: e.to_string(),
            refused: false,
        }
    }
}

/// The overview's line about complaints past their time limit, kept up to
/// date from the log by the hall's loop; its record also serves the
/// counter's feedback key.
#[derive(Default)]
pub struct OverdueWatch {
    pub tracker: Tracker,
}

impl OverdueWatch {
    /// Catches up with the log and words the alert at `now`, if any.
    pub fn alert(&mut self, opened: &Opened, tr: &Tr, now: Instant) -> Option<String> {
        // A log we cannot read just now keeps the alert it had.
        let _ = self.tracker.catch_up(&opened.log);
        view::overdue_alert(
            tr,
            opened.log.hall(),
            &opened.config.feedback,
            &self.tracker.book,
            now,
        )
    }
}

pub fn run(mut opened: Opened, tr: Tr, clock: Clock, origin: String) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let hall = opened.log.hall().clone();
    let rules = opened.config.feedback.clone();
    let mut desk = FeedbackDesk::new(tr, hall, rules, clock.now(), colour);
    let mut tracker = Tracker::default();
    tracker.catch_up(&opened.log).map_err(io::Error::other)?;
    sync(&mut desk, &tracker, &opened);
    let mut terminal = ratatui::init();
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(
        &mut terminal,
        &mut desk,
        &mut tracker,
        &mut opened,
        clock,
        &origin,
        &stop,
    );
    done.store(true, Ordering::Relaxed);
    ratatui::restore();
    result
}

/// Hands the screen the book and reads what it asks for from the log.
fn sync(desk: &mut FeedbackDesk, tracker: &Tracker, opened: &Opened) {
    if desk.book.seq != tracker.book.seq || desk.book.entries.len() != tracker.book.entries.len() {
        desk.book = tracker.book.clone();
        if let Ok(labels) = view::ticket_labels(&opened.log, &desk.book) {
            desk.labels = labels;
        }
    }
    if let Some(id) = desk.wants_detail()
        && let Some(e) = desk.book.entries.get(&id)
    {
        let contact = opened.log.contact(id).ok().flatten();
        let context = view::context_of(&opened.log, &desk.hall, e)
            .map(|cx| view::context_lines(&desk.tr, &desk.hall, &cx))
            .unwrap_or_default();
        desk.detail = Some(Detail {
            id,
            seq: desk.book.seq,
            contact,
            context,
        });
    }
    if let Some(key) = desk.wants_figures()
        && let Ok(f) = view::figures_from_log(
            &opened.log,
            &desk.book,
            &desk.hall,
            key.from,
            key.to,
            key.group,
        )
    {
        desk.figures = Some((key, f));
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    desk: &mut FeedbackDesk,
    tracker: &mut Tracker,
    opened: &mut Opened,
    clock: Clock,
    origin: &str,
    stop: &AtomicBool,
) -> io::Result<()> {
    let mut dirty = true;
    let mut last_poll = StdInstant::now();
    let mut last_second = clock.now().timestamp();
    while !desk.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| render::render(desk, f))?;
            dirty = false;
        }
        let wait = POLL.saturating_sub(last_poll.elapsed());
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) => {
                    if let Some(action) = app::action_for(key, desk) {
                        let lang = desk.tr.lang();
                        if let Some(cmd) = desk.update(action, clock.now()) {
                            desk.flash = Some(
                                match record(opened, tracker, &desk.tr, &cmd, clock.now(), origin) {
                                    Ok(recorded) => {
                                        let state = opened.log.state();
                                        let text: Vec<String> = recorded
                                            .iter()
                                            .map(|r| {
                                                crate::views::describe::event(
                                                    &desk.tr, &desk.hall, state, r,
                                                )
                                            })
                                            .collect();
                                        (text.join(" "), false)
                                    }
                                    Err(e) => (e.text, true),
                                },
                            );
                            let _ = tracker.catch_up(&opened.log);
                        }
                        if desk.tr.lang() != lang {
                            // The context is words: read them again in the new language.
                            desk.detail = None;
                        }
                        sync(desk, tracker, opened);
                        dirty = true;
                    }
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
            }
        }
        if last_poll.elapsed() >= POLL {
            last_poll = StdInstant::now();
            // A log we cannot read just now is shown as it was; the next poll retries.
            if opened.log.refresh().unwrap_or(false)
                && tracker.catch_up(&opened.log).unwrap_or(false)
            {
                sync(desk, tracker, opened);
                dirty = true;
            }
        }
        let now = clock.now();
        if now.timestamp() != last_second {
            last_second = now.timestamp();
            desk.now = now;
            sync(desk, tracker, opened);
            dirty = true;
        }
    }
    Ok(())
}
