//! Scoring: the scenario's checks evaluated from a session's events alone. The
//! events are walked in log order with the hall's state folded alongside, so a
//! check can ask what the line looked like at any moment ("was anyone waiting
//! when the warning fell due?"). A deadline counts as passed once an event
//! after it, or the session's `now`, is later than it. The same events give
//! the same score whether they come from a live session, a test or a log being
//! replayed.

use super::{CheckKind, Scenario};
use crate::domain::{
    BreakId, BreakKind, Event, Hall, Instant, Recorded, State, TicketId, WindowId,
};
use crate::phrases::PhraseKey;
use chrono::Duration;
use std::collections::BTreeSet;

/// Where one case of a check stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Still open; `due` is when it will be decided, when known.
    Pending {
        due: Option<Instant>,
    },
    Met {
        at: Instant,
    },
    Missed {
        at: Instant,
    },
    /// The session ended before the trainee got to it: it counts as missed.
    NotReached,
}

impl Status {
    pub fn decided(&self) -> bool {
        !matches!(self, Status::Pending { .. })
    }

    pub fn met(&self) -> bool {
        matches!(self, Status::Met { .. })
    }

    /// When it was decided (met or missed), for the timeline.
    pub fn at(&self) -> Option<Instant> {
        match self {
            Status::Met { at } | Status::Missed { at } => Some(*at),
            _ => None,
        }
    }
}

/// What part of an incident's answer is still missing.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Playbook,
    Phrase,
    BreakReason,
    Warn,
    EndBreak,
}

/// The facts of one case, for the words the trainer panel and the debrief use.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    Warning {
        start: Instant,
        deadline: Instant,
        warned: Option<Instant>,
        waiting: usize,
    },
    Apology {
        reason: String,
    },
    Refusal {
        refused: Vec<String>,
        cutoff: Option<String>,
    },
    Redirect {
        past: Vec<String>,
    },
    Length {
        until: Instant,
        deadline: Instant,
        ended: Option<Instant>,
    },
    Answer {
        incident: String,
        at: Instant,
        deadline: Instant,
        missing: Vec<Part>,
    },
    Overrun {
        until: Instant,
        ended: Option<Instant>,
    },
}

/// One case of one check: a break warned about, an incident answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Index of the check in the scenario's scoring.
    pub check: usize,
    pub status: Status,
    pub subject: Subject,
}

/// The points of one check.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleScore {
    pub check: usize,
    pub weight: u32,
    /// Points earned: the weight times the share of its cases met.
    pub points: u32,
    /// Whether any case of it arose; one that never did is left out of the total.
    pub arose: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub items: Vec<Item>,
    pub rules: Vec<RuleScore>,
    /// Points earned by the decided cases.
    pub score: u32,
    /// The points at stake in the checks that arose.
    pub max: u32,
    pub pass: u32,
}

impl Evaluation {
    pub fn percent(&self) -> u32 {
        // Nothing at stake is nothing missed.
        (self.score * 100 + self.max / 2)
            .checked_div(self.max)
            .unwrap_or(100)
    }

    pub fn passed(&self) -> bool {
        self.percent() >= self.pass
    }

    pub fn pending(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| !i.status.decided())
    }

    pub fn missed(&self) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(|i| i.status.decided() && !i.status.met())
    }
}

/// Scores `events` (a session's, in log order) at `now`. With `ended` every
/// case still open is decided: missed if it was due, not reached otherwise.
pub fn evaluate(sc: &Scenario, events: &[Recorded], now: Instant, ended: bool) -> Evaluation {
    let mut walk = Walk {
        hall: &sc.config.hall,
        window: sc.trainee,
        end: sc.end,
        state: State::new(),
        trackers: sc
            .scoring
            .checks
            .iter()
            .enumerate()
            .map(|(i, c)| Tracker::new(i, &c.kind))
            .collect(),
    };
    for r in events {
        if matches!(r.event, Event::TrainingEnded { .. }) {
            continue;
        }
        for t in &mut walk.trackers {
            t.before(&walk.state, walk.hall, walk.window, r.at);
        }
        walk.state.apply(r.at, &r.event);
        let cx = Cx {
            state: &walk.state,
            hall: walk.hall,
            window: walk.window,
            end: walk.end,
            sc,
        };
        for t in &mut walk.trackers {
            t.after(&cx, r);
        }
    }
    for t in &mut walk.trackers {
        t.before(&walk.state, walk.hall, walk.window, now);
        t.finish(&walk.state, now, ended);
    }
    let mut items: Vec<Item> = walk.trackers.into_iter().flat_map(|t| t.items).collect();
    // An incident the trainer ended the session before is one the trainee
    // did not get to answer, not one that never arose.
    if ended && now < sc.end {
        for (i, c) in sc.scoring.checks.iter().enumerate() {
            if let CheckKind::Answered { incident } = &c.kind
                && let Some(inc) = sc.incident(incident)
                && inc.at > now
                && let Some(a) = &inc.answer
            {
                items.push(Item {
                    check: i,
                    status: Status::NotReached,
                    subject: Subject::Answer {
                        incident: incident.clone(),
                        at: inc.at,
                        deadline: inc.at + a.within,
                        missing: vec![],
                    },
                });
            }
        }
    }
    items.sort_by_key(|i| (i.status.at(), i.check));
    let rules: Vec<RuleScore> = sc
        .scoring
        .checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let decided: Vec<&Item> = items
                .iter()
                .filter(|it| it.check == i && it.status.decided())
                .collect();
            let n = decided.len() as u32;
            let met = decided.iter().filter(|it| it.status.met()).count() as u32;
            RuleScore {
                check: i,
                weight: c.weight,
                points: (c.weight * met + n / 2).checked_div(n).unwrap_or(0),
                arose: n > 0,
            }
        })
        .collect();
    Evaluation {
        score: rules.iter().map(|r| r.points).sum(),
        max: rules.iter().filter(|r| r.arose).map(|r| r.weight).sum(),
        rules,
        items,
        pass: sc.scoring.pass,
    }
}

struct Walk<'a> {
    hall: &'a Hall,
    window: WindowId,
    end: Instant,
    state: State,
    trackers: Vec<Tracker>,
}

/// What a check sees after an event.
struct Cx<'a> {
    state: &'a State,
    hall: &'a Hall,
    window: WindowId,
    end: Instant,
    sc: &'a Scenario,
}

impl Cx<'_> {
    fn is_ours(&self, brk: &BreakId) -> bool {
        self.state
            .breaks
            .get(brk)
            .is_some_and(|b| b.window == self.window)
    }

    fn label(&self, t: &TicketId) -> String {
        label(self.state, t)
    }
}

fn label(state: &State, t: &TicketId) -> String {
    state
        .tickets
        .get(t)
        .map(|t| t.label())
        .unwrap_or_else(|| format!("#{}", t.0))
}

fn waiting(state: &State, hall: &Hall, window: WindowId) -> usize {
    state.queue(hall, window).len()
}

/// Those in the window's line past the cutoff it fixed while closing.
fn past_cutoff(state: &State, hall: &Hall, window: WindowId) -> Vec<TicketId> {
    let Some(b) = state.active_break(window) else {
        return vec![];
    };
    if b.closing_at.is_none() || b.started_at.is_some() {
        return vec![];
    }
    state
        .queue(hall, window)
        .into_iter()
        .filter(|t| !state.within_cutoff(b, t))
        .map(|t| t.id)
        .collect()
}

fn said(r: &Recorded, window: WindowId, phrases: &[PhraseKey]) -> bool {
    matches!(&r.event, Event::PhraseSaid { window: w, phrase, .. }
        if *w == window && PhraseKey::parse(phrase).is_some_and(|k| phrases.contains(&k)))
}

/// One check's cases as the walk goes.
struct Tracker {
    check: usize,
    kind: CheckKind,
    items: Vec<Item>,
    /// Per case: the break or incident it is about, and its own notes.
    notes: Vec<Note>,
    /// Breaks under way that may yet run late, with when they are due to end.
    watch: Vec<(BreakId, Instant)>,
}

#[derive(Clone, Debug, Default)]
struct Note {
    brk: Option<BreakId>,
    /// The warning check: nobody was waiting when it fell due.
    nobody_at_deadline: bool,
    /// Someone was waiting (apology) or past the cutoff (redirect).
    seen: bool,
    said_at: Option<Instant>,
    entitled: BTreeSet<TicketId>,
}

impl Tracker {
    fn new(check: usize, kind: &CheckKind) -> Tracker {
        Tracker {
            check,
            kind: kind.clone(),
            items: vec![],
            notes: vec![],
            watch: vec![],
        }
    }

    fn add(&mut self, subject: Subject, due: Option<Instant>, note: Note) {
        self.items.push(Item {
            check: self.check,
            status: Status::Pending { due },
            subject,
        });
        self.notes.push(note);
    }

    fn open(&self) -> impl Iterator<Item = usize> + '_ {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, it)| !it.status.decided())
            .map(|(i, _)| i)
    }

    /// Drops a case that turned out not to apply.
    fn drop_case(&mut self, i: usize) {
        self.items.remove(i);
        self.notes.remove(i);
    }

    /// Deadlines that `at` has passed, decided with the state as it stood.
    fn before(&mut self, state: &State, hall: &Hall, window: WindowId, at: Instant) {
        if matches!(self.kind, CheckKind::OverrunApology { .. }) {
            self.late_breaks(state, at, None);
        }
        let open: Vec<usize> = self.open().collect();
        for i in open.into_iter().rev() {
            let brk = self.notes[i].brk;
            let b = brk.and_then(|id| state.breaks.get(&id));
            match (&self.kind, &mut self.items[i].subject) {
                (
                    CheckKind::WarnedAhead { lead },
                    Subject::Warning {
                        start,
                        deadline,
                        waiting: w,
                        ..
                    },
                ) => {
                    let Some(b) = b else { continue };
                    if b.cancelled {
                        self.drop_case(i);
                        continue;
                    }
                    *start = b.start;
                    *deadline = b.start - *lead;
                    if self.notes[i].nobody_at_deadline || at <= *deadline {
                        continue;
                    }
                    let n = waiting(state, hall, window);
                    if n > 0 {
                        *w = n;
                        let d = *deadline;
                        self.items[i].status = Status::Missed { at: d };
                    } else {
                        self.notes[i].nobody_at_deadline = true;
                    }
                }
                (CheckKind::BreakLength { .. }, Subject::Length { deadline, .. })
                | (CheckKind::Answered { .. }, Subject::Answer { deadline, .. })
                    if at > *deadline =>
                {
                    let d = *deadline;
                    self.items[i].status = Status::Missed { at: d };
                }
                (
                    CheckKind::OverrunApology { within, .. },
                    Subject::Overrun { ended: Some(e), .. },
                ) => {
                    let d = *e + *within;
                    if at > d {
                        self.items[i].status = Status::Missed { at: d };
                    }
                }
                _ => {}
            }
        }
    }

    fn after(&mut self, cx: &Cx, r: &Recorded) {
        let at = r.at;
        let w = cx.window;
        match self.kind.clone() {
            CheckKind::WarnedAhead { lead } => match &r.event {
                Event::BreakPlanned {
                    brk,
                    window,
                    kind: BreakKind::Planned,
                    start,
                    ..
                } if *window == w && *start - lead < cx.end => {
                    self.add(
                        Subject::Warning {
                            start: *start,
                            deadline: *start - lead,
                            warned: None,
                            waiting: 0,
                        },
                        Some(*start - lead),
                        Note {
                            brk: Some(*brk),
                            ..Note::default()
                        },
                    );
                }
                Event::WarningGiven { brk, waiting: n } => {
                    // A late warning is still told in the debrief.
                    if let Some(i) = self.any_case_of(brk) {
                        let item = &mut self.items[i];
                        let open = !item.status.decided();
                        if let Subject::Warning {
                            warned, waiting, ..
                        } = &mut item.subject
                        {
                            *warned = Some(at);
                            if open {
                                *waiting = *n as usize;
                                item.status = Status::Met { at };
                            }
                        }
                    }
                }
                Event::BreakStarted { brk } | Event::BreakCancelled { brk } => {
                    if let Some(i) = self.case_of(brk) {
                        let n = waiting(cx.state, cx.hall, w);
                        if matches!(r.event, Event::BreakStarted { .. }) && n > 0 {
                            if let Subject::Warning { waiting, .. } = &mut self.items[i].subject {
                                *waiting = n;
                            }
                            self.items[i].status = Status::Missed { at };
                        } else {
                            self.drop_case(i);
                        }
                    }
                }
                _ => {}
            },
            CheckKind::Apology { phrases } => {
                if let Event::BreakPlanned {
                    brk,
                    window,
                    kind: BreakKind::Unscheduled(reason),
                    ..
                } = &r.event
                    && *window == w
                {
                    self.add(
                        Subject::Apology {
                            reason: reason.code().to_string(),
                        },
                        None,
                        Note {
                            brk: Some(*brk),
                            ..Note::default()
                        },
                    );
                }
                let open: Vec<usize> = self.open().collect();
                for i in open.into_iter().rev() {
                    let Some(brk) = self.notes[i].brk else {
                        continue;
                    };
                    let Some(b) = cx.state.breaks.get(&brk) else {
                        continue;
                    };
                    if !b.is_finished() && waiting(cx.state, cx.hall, w) > 0 {
                        self.notes[i].seen = true;
                    }
                    if said(r, w, &phrases) && self.notes[i].said_at.is_none() {
                        self.notes[i].said_at = Some(at);
                        self.items[i].status = Status::Met { at };
                        continue;
                    }
                    if b.is_finished() {
                        if self.notes[i].seen {
                            self.items[i].status = Status::Missed { at };
                        } else {
                            self.drop_case(i);
                        }
                    }
                }
            }
            CheckKind::NoRefusal => self.refusals(cx, r),
            CheckKind::Redirect { phrases } => {
                if let Event::ClosingStarted { brk, .. } = &r.event
                    && cx.is_ours(brk)
                {
                    self.add(
                        Subject::Redirect { past: vec![] },
                        None,
                        Note {
                            brk: Some(*brk),
                            ..Note::default()
                        },
                    );
                }
                let open: Vec<usize> = self.open().collect();
                for i in open.into_iter().rev() {
                    let Some(brk) = self.notes[i].brk else {
                        continue;
                    };
                    let past = past_cutoff(cx.state, cx.hall, w);
                    if let Subject::Redirect { past: seen } = &mut self.items[i].subject {
                        // A cutoff moved to take someone in takes them off the list.
                        if matches!(r.event, Event::CutoffExtended { .. })
                            && let Some(b) = cx.state.active_break(w)
                        {
                            seen.retain(|l| {
                                !cx.state
                                    .tickets
                                    .values()
                                    .any(|t| t.label() == *l && cx.state.within_cutoff(b, t))
                            });
                        }
                        for t in &past {
                            let l = cx.label(t);
                            if !seen.contains(&l) {
                                seen.push(l);
                            }
                        }
                        self.notes[i].seen = !seen.is_empty();
                    }
                    if said(r, w, &phrases) {
                        self.notes[i].said_at = Some(at);
                    }
                    if self.notes[i].seen && self.notes[i].said_at.is_some() {
                        self.items[i].status = Status::Met { at };
                        continue;
                    }
                    match &r.event {
                        Event::BreakStarted { brk: b } | Event::BreakCancelled { brk: b }
                            if *b == brk =>
                        {
                            if self.notes[i].seen {
                                self.items[i].status = Status::Missed { at };
                            } else {
                                self.drop_case(i);
                            }
                        }
                        _ => {}
                    }
                }
            }
            CheckKind::BreakLength { tolerance } => match &r.event {
                Event::BreakStarted { brk } if cx.is_ours(brk) => {
                    if let Some(b) = cx.state.breaks.get(brk) {
                        let until = b.until();
                        self.add(
                            Subject::Length {
                                until,
                                deadline: until + tolerance,
                                ended: None,
                            },
                            Some(until),
                            Note {
                                brk: Some(*brk),
                                ..Note::default()
                            },
                        );
                    }
                }
                Event::BreakEnded { brk } => {
                    if let Some(i) = self.any_case_of(brk) {
                        let item = &mut self.items[i];
                        let open = !item.status.decided();
                        if let Subject::Length {
                            ended, deadline, ..
                        } = &mut item.subject
                        {
                            *ended = Some(at);
                            if open {
                                item.status = if at <= *deadline {
                                    Status::Met { at }
                                } else {
                                    Status::Missed { at }
                                };
                            }
                        }
                    }
                }
                _ => {}
            },
            CheckKind::Answered { incident } => self.answers(cx, r, &incident),
            CheckKind::OverrunApology { phrases, within } => {
                if let Event::BreakStarted { brk } = &r.event
                    && cx.is_ours(brk)
                    && let Some(b) = cx.state.breaks.get(brk)
                {
                    self.watch.push((*brk, b.until()));
                }
                let ended_now = match &r.event {
                    Event::BreakEnded { brk } => Some(*brk),
                    _ => None,
                };
                self.late_breaks(cx.state, at, ended_now);
                let open: Vec<usize> = self.open().collect();
                for i in open {
                    let Subject::Overrun { until, .. } = self.items[i].subject else {
                        continue;
                    };
                    if said(r, w, &phrases) && at > until && self.notes[i].said_at.is_none() {
                        self.notes[i].said_at = Some(at);
                    }
                    if ended_now.is_some()
                        && ended_now == self.notes[i].brk
                        && let Subject::Overrun { ended, .. } = &mut self.items[i].subject
                    {
                        *ended = Some(at);
                    }
                    if let Subject::Overrun { ended: Some(e), .. } = self.items[i].subject
                        && self.notes[i].said_at.is_some_and(|s| s <= e + within)
                    {
                        self.items[i].status = Status::Met { at };
                    }
                }
            }
        }
    }

    /// Breaks of the trainee's window that are late by `at` become cases of
    /// the overrun check; one ended in time is no longer watched.
    fn late_breaks(&mut self, state: &State, at: Instant, ending: Option<BreakId>) {
        let watch = std::mem::take(&mut self.watch);
        for (brk, until) in watch {
            let on = state.breaks.get(&brk).is_some_and(|b| b.is_on());
            let ends_now = ending == Some(brk);
            if at > until && (on || ends_now) {
                self.add(
                    Subject::Overrun { until, ended: None },
                    None,
                    Note {
                        brk: Some(brk),
                        ..Note::default()
                    },
                );
            } else if on || !ends_now && state.breaks.get(&brk).is_some_and(|b| !b.is_finished()) {
                self.watch.push((brk, until));
            }
        }
    }

    fn case_of(&self, brk: &BreakId) -> Option<usize> {
        self.open().find(|i| self.notes[*i].brk == Some(*brk))
    }

    /// The case about a break, decided or not.
    fn any_case_of(&self, brk: &BreakId) -> Option<usize> {
        self.notes.iter().position(|n| n.brk == Some(*brk))
    }

    /// Who was owed service at the trainee's window, and who was turned away.
    fn refusals(&mut self, cx: &Cx, r: &Recorded) {
        let w = cx.window;
        let st = cx.state;
        if self.items.is_empty() {
            self.add(
                Subject::Refusal {
                    refused: vec![],
                    cutoff: None,
                },
                None,
                Note::default(),
            );
        }
        let serving = st.window(w).serving;
        let mut owed: Vec<TicketId> = Vec::new();
        match &r.event {
            // The customer at the window when the break is asked for, when the
            // window starts closing or when something happens is owed the end of
            // their service.
            Event::BreakPending { brk, .. } if cx.is_ours(brk) => owed.extend(serving),
            Event::TrainingCue { .. } => owed.extend(serving),
            Event::ClosingStarted { brk, .. } | Event::CutoffExtended { brk, .. }
                if cx.is_ours(brk) =>
            {
                owed.extend(serving);
                if let Some(b) = st.breaks.get(brk) {
                    owed.extend(
                        st.queue(cx.hall, w)
                            .into_iter()
                            .filter(|t| st.within_cutoff(b, t))
                            .map(|t| t.id),
                    );
                    if let Subject::Refusal { cutoff, .. } = &mut self.items[0].subject {
                        *cutoff = b.cutoff.map(|c| cx.label(&c));
                    }
                }
            }
            _ => {}
        }
        self.notes[0].entitled.extend(owed);
        let entitled = &self.notes[0].entitled;
        let mut turned: Vec<TicketId> = Vec::new();
        match &r.event {
            // A scripted customer is always there: a no-show sends them away.
            Event::TicketNoShow { ticket, window } if *window == w => turned.push(*ticket),
            Event::TicketTransferred { ticket, from, .. }
                if *from == w && entitled.contains(ticket) =>
            {
                turned.push(*ticket)
            }
            Event::TicketCancelled { ticket } if entitled.contains(ticket) => turned.push(*ticket),
            Event::BreakStarted { brk } if cx.is_ours(brk) => turned.extend(
                entitled
                    .iter()
                    .filter(|t| st.tickets.get(t).is_some_and(|t| t.is_waiting()))
                    .copied(),
            ),
            _ => {}
        }
        if turned.is_empty() {
            return;
        }
        if let Subject::Refusal { refused, .. } = &mut self.items[0].subject {
            for t in turned {
                let l = cx.label(&t);
                if !refused.contains(&l) {
                    refused.push(l);
                }
            }
        }
        if !self.items[0].status.decided() {
            self.items[0].status = Status::Missed { at: r.at };
        }
    }

    fn answers(&mut self, cx: &Cx, r: &Recorded, incident: &str) {
        let Some(inc) = cx.sc.incident(incident) else {
            return;
        };
        let Some(answer) = &inc.answer else {
            return;
        };
        if let Event::TrainingCue { cue, minutes, .. } = &r.event
            && cue == incident
        {
            // After a clock jump the answer is timed from the clock's new reading.
            let at = r.at + Duration::minutes(minutes.unwrap_or(0));
            let mut missing = vec![];
            if !answer.playbooks.is_empty() {
                missing.push(Part::Playbook);
            }
            if !answer.phrases.is_empty() {
                missing.push(Part::Phrase);
            }
            if answer.break_reason.is_some() {
                missing.push(Part::BreakReason);
            }
            // A queue already warned has had its warning: that part stands.
            let warned = cx
                .state
                .next_break(cx.window, r.at)
                .is_some_and(|b| b.warned_at.is_some());
            if answer.warn && !warned {
                missing.push(Part::Warn);
            }
            if answer.end_break {
                missing.push(Part::EndBreak);
            }
            let done = missing.is_empty();
            self.add(
                Subject::Answer {
                    incident: incident.to_string(),
                    at,
                    deadline: at + answer.within,
                    missing,
                },
                Some(at + answer.within),
                Note::default(),
            );
            if done && let Some(item) = self.items.last_mut() {
                item.status = Status::Met { at };
            }
            return;
        }
        let w = cx.window;
        let done: Option<Part> = match &r.event {
            Event::PlaybookFollowed {
                window, playbook, ..
            } if *window == w && answer.playbooks.contains(playbook) => Some(Part::Playbook),
            Event::PhraseSaid { .. } if said(r, w, &answer.phrases) => Some(Part::Phrase),
            Event::BreakPlanned {
                window,
                kind: BreakKind::Unscheduled(reason),
                ..
            } if *window == w && answer.break_reason.as_deref() == Some(reason.code()) => {
                Some(Part::BreakReason)
            }
            Event::WarningGiven { brk, .. } if cx.is_ours(brk) => Some(Part::Warn),
            Event::BreakEnded { brk } if cx.is_ours(brk) => Some(Part::EndBreak),
            _ => None,
        };
        let Some(part) = done else {
            return;
        };
        let open: Vec<usize> = self.open().collect();
        for i in open {
            if let Subject::Answer { missing, at, .. } = &mut self.items[i].subject
                && r.at >= *at - Duration::seconds(1)
            {
                missing.retain(|p| *p != part);
                if missing.is_empty() {
                    self.items[i].status = Status::Met { at: r.at };
                }
            }
        }
    }

    /// The end of the walk: what is due is decided, and with `ended` the rest too.
    fn finish(&mut self, state: &State, now: Instant, ended: bool) {
        let open: Vec<usize> = self.open().collect();
        for i in open.into_iter().rev() {
            let note = self.notes[i].clone();
            match &self.items[i].subject {
                Subject::Warning { .. } => {
                    if ended {
                        if note.nobody_at_deadline {
                            self.drop_case(i);
                        } else {
                            self.items[i].status = Status::NotReached;
                        }
                    }
                }
                Subject::Apology { .. } => {
                    if ended {
                        if note.seen {
                            self.items[i].status = Status::NotReached;
                        } else {
                            self.drop_case(i);
                        }
                    }
                }
                Subject::Refusal { .. } => {
                    let served_any = state.tickets.values().any(|t| {
                        matches!(
                            t.status,
                            crate::domain::TicketStatus::Done(crate::domain::Outcome::Served)
                        )
                    });
                    if ended {
                        if note.entitled.is_empty() && !served_any {
                            self.drop_case(i);
                        } else {
                            self.items[i].status = Status::Met { at: now };
                        }
                    }
                }
                Subject::Redirect { .. } => {
                    if ended {
                        if note.seen {
                            self.items[i].status = Status::NotReached;
                        } else {
                            self.drop_case(i);
                        }
                    }
                }
                Subject::Length { deadline, .. } => {
                    if ended && now <= *deadline {
                        // Still on a break that may yet end in time: not the
                        // trainee's miss.
                        self.drop_case(i);
                    }
                }
                Subject::Answer { .. } => {
                    if ended {
                        self.items[i].status = Status::NotReached;
                    }
                }
                Subject::Overrun { .. } => {
                    if ended {
                        self.items[i].status = Status::NotReached;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The checks' edge cases, on a two-window hall with commands run at
    //! chosen instants through a real session.
    use super::*;
    use crate::domain::{Command, WindowId};
    use crate::scenario::session::Session;
    use chrono::TimeZone;

    const W1: WindowId = WindowId(1);

    fn scenario(extra: &str, checks: &str) -> Scenario {
        let src = format!(
            r#"id = "t"
[title]
en = "t"
hu = "t"
ru = "t"
uk = "t"
[briefing]
en = "b"
hu = "b"
ru = "b"
uk = "b"
[clock]
date = "2026-03-02"
start = "09:00"
end = "10:00"
[trainee]
window = 1
[setup.hall]
name = "Test hall"
time_zone = "Europe/Budapest"
[[setup.services]]
code = "A"
name = "Cash"
target_wait_minutes = 10
mean_service_minutes = 4
[[setup.windows]]
id = 1
services = ["A"]
[[setup.windows]]
id = 2
services = ["A"]
[start]
open = [1, 2]
colleagues = []
[[start.breaks]]
window = 1
start = "09:30"
end = "09:45"
{extra}
[scoring]
{checks}
"#
        );
        match crate::scenario::parse(&src, "t.toml", &crate::playbooks::embedded()) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    fn at(h: u32, m: u32) -> Instant {
        chrono_tz::Europe::Budapest
            .with_ymd_and_hms(2026, 3, 2, h, m, 0)
            .single()
            .map(|t| t.to_utc())
            .unwrap_or_default()
    }

    fn run(s: &mut Session, h: u32, m: u32, cmd: Command) {
        s.run_until(at(h, m));
        if let Err(r) = s.execute(&cmd) {
            panic!("{h}:{m:02} {cmd:?}: {r:?}");
        }
    }

    fn issue() -> Command {
        Command::IssueTicket {
            service: crate::domain::ServiceCode::new("A"),
            window: None,
        }
    }

    #[test]
    fn a_warning_nobody_needed_does_not_count_against_the_trainee() {
        let sc = scenario(
            "",
            "[[scoring.checks]]\ncheck = \"warned-ahead\"\nweight = 10",
        );
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        // Nobody waits at 09:20; the break starts at 09:30 with nobody warned.
        run(
            &mut s,
            9,
            30,
            Command::StartBreak {
                window: W1,
                reason: None,
                minutes: None,
                after_service: false,
            },
        );
        s.run_until(sc.end);
        let e = s.evaluation();
        assert_eq!((e.score, e.max, e.items.len()), (0, 0, 0), "{e:?}");
        assert_eq!(e.percent(), 100);
    }

    #[test]
    fn a_warning_is_late_once_its_deadline_passes_with_people_waiting() {
        let sc = scenario(
            "",
            "[[scoring.checks]]\ncheck = \"warned-ahead\"\nweight = 10",
        );
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        run(&mut s, 9, 10, issue());
        // Before the deadline the case is open and due at 09:20.
        s.run_until(at(9, 19));
        let open = s.evaluation();
        assert_eq!(
            open.items[0].status,
            Status::Pending {
                due: Some(at(9, 20))
            }
        );
        run(&mut s, 9, 21, Command::WarnBreak { window: W1 });
        let e = s.evaluation();
        assert_eq!(e.items[0].status, Status::Missed { at: at(9, 20) });
        match &e.items[0].subject {
            Subject::Warning {
                warned, waiting, ..
            } => {
                assert_eq!((*warned, *waiting), (Some(at(9, 21)), 1));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_overrun_apology_is_asked_for_only_when_the_break_ran_late() {
        let checks = "[[scoring.checks]]\ncheck = \"overrun-apology\"\nweight = 10\n\
                      [[scoring.checks]]\ncheck = \"break-length\"\nweight = 10\ntolerance_minutes = 1";
        let sc = scenario("", checks);
        let start = Command::StartBreak {
            window: W1,
            reason: None,
            minutes: None,
            after_service: false,
        };
        let end = Command::EndBreak { window: W1 };
        // Back at 09:45 as the notice said: no apology is owed.
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        run(&mut s, 9, 30, start.clone());
        run(&mut s, 9, 45, end.clone());
        s.finish();
        let e = s.evaluation();
        assert_eq!((e.score, e.max), (10, 10), "{e:?}");
        assert!(!e.rules[0].arose && e.rules[1].arose);
        // A minute late is within the length's tolerance, but late for the
        // queue who read the notice: the apology is owed.
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        run(&mut s, 9, 30, start.clone());
        run(&mut s, 9, 46, end.clone());
        s.finish();
        let e = s.evaluation();
        let points: Vec<u32> = e.rules.iter().map(|r| r.points).collect();
        assert_eq!((points, e.max), (vec![0, 10], 20), "{e:?}");
        // Back at 09:50 with the apology said on sitting down: the length is
        // missed, the apology met.
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        run(&mut s, 9, 30, start);
        run(
            &mut s,
            9,
            50,
            Command::SayPhrase {
                window: W1,
                phrase: "overrun".into(),
                lang: "en".into(),
            },
        );
        run(&mut s, 9, 50, end);
        s.finish();
        let e = s.evaluation();
        let points: Vec<u32> = e.rules.iter().map(|r| r.points).collect();
        assert_eq!(points, [10, 0]);
        assert_eq!(
            e.items
                .iter()
                .find(|i| i.check == 1)
                .map(|i| i.status.clone()),
            Some(Status::Missed { at: at(9, 46) })
        );
    }

    #[test]
    fn an_answer_to_a_clock_jump_is_timed_from_the_new_reading() {
        let jump = r#"
[[incidents]]
id = "jump"
at = "09:05"
kind = "clock-jump"
jump_minutes = 20
[incidents.text]
en = "j"
hu = "j"
ru = "j"
uk = "j"
[incidents.answer]
phrases = ["forgot-warning"]
within_minutes = 3
"#;
        let sc = scenario(
            jump,
            "[[scoring.checks]]\ncheck = \"answered\"\nweight = 10\nincident = \"jump\"",
        );
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        s.run_until(at(9, 6));
        // The clock now reads 09:25; the answer is due by 09:28, not 09:08.
        assert_eq!(s.now(), at(9, 25));
        run(
            &mut s,
            9,
            27,
            Command::SayPhrase {
                window: W1,
                phrase: "forgot-warning".into(),
                lang: "hu".into(),
            },
        );
        let e = s.evaluation();
        assert_eq!(e.items[0].status, Status::Met { at: at(9, 27) });
    }

    #[test]
    fn an_incident_the_trainer_ended_the_session_before_is_not_reached() {
        let line = r#"
[[incidents]]
id = "late"
at = "09:40"
kind = "customer-line"
[incidents.text]
en = "l"
hu = "l"
ru = "l"
uk = "l"
[incidents.answer]
phrases = ["objection-quick"]
within_minutes = 3
"#;
        let sc = scenario(
            line,
            "[[scoring.checks]]\ncheck = \"answered\"\nweight = 10\nincident = \"late\"",
        );
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        s.run_until(at(9, 15));
        s.finish();
        let e = s.evaluation();
        assert_eq!((e.score, e.max), (0, 10));
        assert_eq!(e.items[0].status, Status::NotReached);
    }

    #[test]
    fn turning_away_the_customer_at_the_window_is_a_refusal() {
        let sc = scenario(
            "",
            "[[scoring.checks]]\ncheck = \"no-refusal\"\nweight = 10",
        );
        let mut s = Session::start(&sc, None).unwrap_or_else(|e| panic!("{e:?}"));
        run(&mut s, 9, 2, issue());
        run(&mut s, 9, 3, Command::CallNext { window: W1 });
        run(&mut s, 9, 4, Command::NoShow { window: W1 });
        let e = s.evaluation();
        assert_eq!(e.items[0].status, Status::Missed { at: at(9, 4) });
        match &e.items[0].subject {
            Subject::Refusal { refused, .. } => assert_eq!(refused, &["A001".to_string()]),
            other => panic!("{other:?}"),
        }
    }
}
