//! What the log says happened around a piece of feedback: for a complaint
//! about a ticket or a window, whether the queue was warned and how many
//! minutes ahead, whether the ticket was within the cutoff, how long the
//! customer waited, which phrases were said, and which of the hall's rules
//! were not followed. The supervisor sees at once whether the rules held.
//!
//! Pure: the caller hands over the events of the day concerned (and the plans
//! of the breaks they mention, however old), oldest first; the hall's state is
//! folded afresh from them with the domain's own rules.

use crate::domain::{
    BreakId, BreakKind, Event, Hall, Instant, Recorded, State, TicketId, WindowId,
};
use chrono::Duration;
use serde::Serialize;
use std::collections::BTreeMap;

/// What the feedback is about, as its links and time say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct About {
    pub ticket: Option<TicketId>,
    pub window: Option<WindowId>,
    pub brk: Option<BreakId>,
    /// When the customer gave the feedback.
    pub at: Instant,
    /// The feedback is about a break (its category says so): the nearest
    /// break at the window that day is the one meant, even if the customer
    /// came after it. Otherwise only a break during their visit counts.
    pub about_a_break: bool,
}

/// How a ticket's visit ended.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Ending {
    Served {
        window: WindowId,
        at: Instant,
    },
    NoShow {
        window: WindowId,
        at: Instant,
    },
    Cancelled {
        at: Instant,
    },
    /// Still waiting when the hall closed for the day.
    Expired {
        at: Instant,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TicketStory {
    pub id: TicketId,
    pub label: String,
    pub issued: Instant,
    /// The first call, and the window that made it.
    pub called: Option<(Instant, WindowId)>,
    /// Minutes spent waiting, over every stretch (a transfer starts another).
    pub waited_minutes: i64,
    pub transfers: u32,
    pub ending: Option<Ending>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BreakStory {
    pub id: BreakId,
    pub window: WindowId,
    /// The reason's code for an unscheduled break.
    pub unscheduled: Option<String>,
    pub start: Instant,
    pub until: Instant,
    pub published: bool,
    pub warned_at: Option<Instant>,
    /// Minutes between the warning and the break's start.
    pub warned_minutes_ahead: Option<i64>,
    /// How many were waiting when the queue was warned.
    pub waiting_when_warned: Option<u32>,
    /// How many waited at the window when the break began (or was asked for).
    pub waiting_at_start: Option<usize>,
    /// The last ticket the window promised to serve.
    pub cutoff: Option<String>,
    pub started_at: Option<Instant>,
    pub ended_at: Option<Instant>,
    pub cancelled: bool,
    /// Minutes it ran past the time the window was due back.
    pub overran_minutes: i64,
}

/// A phrase said at the window, by its catalogue name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PhraseStory {
    pub at: Instant,
    pub window: WindowId,
    pub phrase: String,
    pub lang: String,
}

/// A rule of the hall that the log shows was not followed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "lapse", rename_all = "snake_case")]
pub enum Lapse {
    /// A planned break began with people waiting and nobody warned them.
    NotWarned { window: WindowId, waiting: usize },
    /// The warning came, but later than the hall's lead before the break.
    WarnedLate {
        window: WindowId,
        minutes: i64,
        lead: i64,
    },
    /// A planned break nobody published to customers.
    NotPublished { window: WindowId },
    /// The ticket was promised service at a closing window and did not get it
    /// there.
    PromiseBroken { window: WindowId, ticket: String },
    /// An unscheduled break with people waiting and no apology said.
    NoApology { window: WindowId },
    /// The break ran past the time the window was due back.
    Overran { window: WindowId, minutes: i64 },
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Context {
    pub ticket: Option<TicketStory>,
    #[serde(rename = "break")]
    pub brk: Option<BreakStory>,
    /// Whether the ticket was within the break's cutoff; none when the window
    /// never closed with the ticket in its line.
    pub within_cutoff: Option<bool>,
    pub phrases: Vec<PhraseStory>,
    pub lapses: Vec<Lapse>,
}

impl Context {
    /// Nothing in the log is about this feedback.
    pub fn is_empty(&self) -> bool {
        self.ticket.is_none() && self.brk.is_none() && self.phrases.is_empty()
    }
}

/// Phrase names that apologise for an unscheduled break.
const APOLOGIES: [&str; 2] = ["unscheduled", "unscheduled-alone"];

/// Slack around a break within which phrases said at its window belong to it.
const PHRASE_SLACK_MINUTES: i64 = 15;

/// What `events` (oldest first) say about the feedback `about`.
pub fn explain(hall: &Hall, events: &[Recorded], about: &About) -> Context {
    let mut state = State::new();
    let mut track = Track::default();
    let mut at_start: BTreeMap<BreakId, usize> = BTreeMap::new();
    let mut within: BTreeMap<BreakId, bool> = BTreeMap::new();
    let mut phrases = Vec::new();
    let ours = |t: &TicketId| Some(*t) == about.ticket;
    for r in events {
        // How many waited is read before the break takes the window away.
        if let Event::BreakStarted { brk } | Event::BreakPending { brk, .. } = &r.event
            && let Some(b) = state.breaks.get(brk)
            && !at_start.contains_key(brk)
        {
            at_start.insert(*brk, state.queue(hall, b.window).len());
        }
        state.apply(r.at, &r.event);
        match &r.event {
            Event::TicketIssued { ticket, .. } if ours(ticket) => {
                track.from = Some(r.at);
                // Taken while a window was closing: past its cutoff unless
                // the cutoff moves to take it in (the next event, if so).
                let closing: Vec<BreakId> = state
                    .windows
                    .values()
                    .filter_map(|w| w.active_break)
                    .collect();
                for brk in closing {
                    judge(hall, &state, brk, *ticket, &mut within);
                }
            }
            Event::TicketCalled { ticket, window } if ours(ticket) => {
                track.stop(r.at);
                track.called.get_or_insert((r.at, *window));
            }
            Event::TicketTransferred { ticket, .. } if ours(ticket) => {
                track.from = Some(r.at);
                track.transfers += 1;
            }
            Event::TicketServed { ticket, window } if ours(ticket) => {
                track.ending = Some(Ending::Served {
                    window: *window,
                    at: r.at,
                })
            }
            Event::TicketNoShow { ticket, window } if ours(ticket) => {
                track.ending = Some(Ending::NoShow {
                    window: *window,
                    at: r.at,
                })
            }
            Event::TicketCancelled { ticket } if ours(ticket) => {
                track.stop(r.at);
                track.ending = Some(Ending::Cancelled { at: r.at });
            }
            Event::TicketsExpired { tickets } if tickets.iter().any(ours) => {
                track.stop(r.at);
                track.ending = Some(Ending::Expired { at: r.at });
            }
            Event::ClosingStarted { brk, .. } | Event::CutoffExtended { brk, .. } => {
                if let Some(t) = about.ticket {
                    judge(hall, &state, *brk, t, &mut within);
                }
            }
            Event::PhraseSaid {
                window,
                phrase,
                lang,
            } => phrases.push(PhraseStory {
                at: r.at,
                window: *window,
                phrase: phrase.clone(),
                lang: lang.clone(),
            }),
            _ => {}
        }
    }
    // Still waiting: the wait runs to the feedback.
    if let Some(from) = track.from
        && about.at > from
    {
        track.waited += about.at - from;
        track.from = None;
    }

    let ticket = about.ticket.and_then(|id| {
        let t = state.tickets.get(&id)?;
        Some(TicketStory {
            id,
            label: t.label(),
            issued: t.issued_at,
            called: track.called,
            // To the nearest minute, as a person would say it.
            waited_minutes: ((track.waited.num_seconds() + 30) / 60).max(0),
            transfers: track.transfers,
            ending: track.ending.clone(),
        })
    });
    let brk = choose_break(hall, &state, about, ticket.as_ref());
    let lead = hall.policy.warn_lead;
    let story = brk
        .and_then(|id| state.breaks.get(&id))
        .map(|b| BreakStory {
            id: b.id,
            window: b.window,
            unscheduled: match &b.kind {
                BreakKind::Planned => None,
                BreakKind::Unscheduled(r) => Some(r.code().to_string()),
            },
            start: b.start,
            until: b.until(),
            published: b.published,
            warned_at: b.warned_at,
            // To the nearest minute: a warning given in the minute it fell due is on time.
            warned_minutes_ahead: b
                .warned_at
                .map(|w| ((b.start - w).num_seconds() + 30).div_euclid(60)),
            waiting_when_warned: events.iter().find_map(|r| match &r.event {
                Event::WarningGiven { brk, waiting } if *brk == b.id => Some(*waiting),
                _ => None,
            }),
            waiting_at_start: at_start.get(&b.id).copied(),
            cutoff: b
                .cutoff
                .and_then(|c| state.tickets.get(&c))
                .map(|t| t.label()),
            started_at: b.started_at,
            ended_at: b.ended_at,
            cancelled: b.cancelled,
            overran_minutes: b
                .ended_at
                .map_or(0, |e| (e - b.until()).num_minutes().max(0)),
        });
    let within_cutoff = brk.and_then(|id| within.get(&id).copied());

    // The phrases that belong to the story: around the break at its window,
    // else at the window while the customer was in the hall.
    let slack = Duration::minutes(PHRASE_SLACK_MINUTES);
    let phrases: Vec<PhraseStory> = match &story {
        Some(b) => phrases
            .into_iter()
            .filter(|p| p.window == b.window)
            .filter(|p| p.at >= b.start - lead - slack && p.at <= b.until + slack)
            .collect(),
        None => {
            let window = about
                .window
                .or(ticket.as_ref().and_then(|t| t.called.map(|c| c.1)));
            let from = ticket.as_ref().map_or(about.at - slack * 4, |t| t.issued);
            phrases
                .into_iter()
                .filter(|p| Some(p.window) == window)
                .filter(|p| p.at >= from && p.at <= about.at + slack)
                .collect()
        }
    };

    let mut lapses = Vec::new();
    if let Some(b) = &story {
        let waiting = b.waiting_at_start.unwrap_or(0);
        if b.unscheduled.is_none() {
            if !b.published && !b.cancelled {
                lapses.push(Lapse::NotPublished { window: b.window });
            }
            match b.warned_minutes_ahead {
                None if waiting > 0 => lapses.push(Lapse::NotWarned {
                    window: b.window,
                    waiting,
                }),
                Some(m) if m < lead.num_minutes() && b.waiting_when_warned.unwrap_or(0) > 0 => {
                    lapses.push(Lapse::WarnedLate {
                        window: b.window,
                        minutes: m,
                        lead: lead.num_minutes(),
                    })
                }
                _ => {}
            }
        } else if waiting > 0
            && !phrases
                .iter()
                .any(|p| APOLOGIES.contains(&p.phrase.as_str()))
        {
            lapses.push(Lapse::NoApology { window: b.window });
        }
        if within_cutoff == Some(true)
            && let Some(t) = &ticket
            && !matches!(t.ending, Some(Ending::Served { window, .. }) if window == b.window)
        {
            lapses.push(Lapse::PromiseBroken {
                window: b.window,
                ticket: t.label.clone(),
            });
        }
        if b.overran_minutes > 0 {
            lapses.push(Lapse::Overran {
                window: b.window,
                minutes: b.overran_minutes,
            });
        }
    }
    Context {
        ticket,
        brk: story,
        within_cutoff,
        phrases,
        lapses,
    }
}

/// Notes whether a ticket waiting in a closing window's line is within its
/// cutoff; a ticket not in that line is none of its business.
fn judge(
    hall: &Hall,
    state: &State,
    brk: BreakId,
    ticket: TicketId,
    within: &mut BTreeMap<BreakId, bool>,
) {
    let (Some(b), Some(t)) = (state.breaks.get(&brk), state.tickets.get(&ticket)) else {
        return;
    };
    if b.closing_at.is_none() || b.started_at.is_some() || !t.is_waiting() {
        return;
    }
    if state.queue(hall, b.window).iter().any(|q| q.id == t.id) {
        within.insert(brk, state.within_cutoff(b, t));
    }
}

/// The ticket's waiting stretches as they are folded.
#[derive(Default)]
struct Track {
    from: Option<Instant>,
    waited: Duration,
    called: Option<(Instant, WindowId)>,
    transfers: u32,
    ending: Option<Ending>,
}

impl Track {
    fn stop(&mut self, at: Instant) {
        if let Some(from) = self.from.take() {
            self.waited += at - from;
        }
    }
}

/// The break the feedback is about: the one it names; else, at the window it
/// names (or any window of the ticket's service), the break whose closing
/// overlaps the customer's wait, or the one nearest the feedback.
fn choose_break(
    hall: &Hall,
    state: &State,
    about: &About,
    ticket: Option<&TicketStory>,
) -> Option<BreakId> {
    if let Some(b) = about.brk {
        return state.breaks.contains_key(&b).then_some(b);
    }
    let windows: Vec<WindowId> = match (about.window, ticket) {
        (Some(w), _) => vec![w],
        (None, Some(t)) => state
            .tickets
            .get(&t.id)
            .map(|tk| hall.windows_for(&tk.prefix).map(|w| w.id).collect())
            .unwrap_or_default(),
        (None, None) => return None,
    };
    let lead = hall.policy.warn_lead;
    // The stretch the customer was in the hall, or the moment of the feedback.
    let (from, to) = match ticket {
        Some(t) => {
            let end = match &t.ending {
                Some(
                    Ending::Served { at, .. }
                    | Ending::NoShow { at, .. }
                    | Ending::Cancelled { at }
                    | Ending::Expired { at },
                ) => *at,
                None => about.at,
            };
            (t.issued, end.min(about.at).max(t.issued))
        }
        None => (about.at, about.at),
    };
    state
        .breaks
        .values()
        .filter(|b| windows.contains(&b.window) && !b.cancelled)
        .map(|b| {
            let begins = b.closing_at.unwrap_or(b.start - lead).min(b.start);
            let ends = b.ended_at.unwrap_or(b.until()).max(b.until());
            let overlaps = begins <= to && from <= ends;
            let distance = if overlaps {
                Duration::zero()
            } else if ends < from {
                from - ends
            } else {
                begins - to
            };
            (!overlaps, distance, b.id)
        })
        .filter(|(apart, _, _)| !apart || about.about_a_break)
        .min()
        .map(|(_, _, id)| id)
}
