//! A training session: the scenario's hall run on a simulated clock. The
//! session sets up the start with the hall's own rules, lets scripted customers
//! arrive and incidents happen as its clock passes their times, works the
//! colleagues' windows by itself, and takes the trainee's commands exactly as
//! the log would. Nothing here reads a clock, a file or a terminal: whoever
//! drives the session moves its clock (a terminal by real time and the
//! trainer's keys, a test by a script), and the same scenario, seed and
//! commands at the same instants give the same events on every run.

use super::random::{self, Rng};
use super::{Customer, Incident, Scenario, score};
use crate::clock::SimClock;
use crate::domain::{
    Command, CueKind, Event, Hall, Instant, Recorded, Refusal, ServiceCode, State, TicketId,
    WindowId, WindowPhase, decide,
};
use chrono::Duration;
use std::collections::BTreeMap;

/// Who did something, as the log records it: the scenario's own doings.
pub const SCRIPT: &str = "scenario";

/// The trainee works their window as its counter would.
pub fn trainee_origin(window: WindowId) -> String {
    format!("counter:{window}")
}

/// The windows the session works by itself.
pub fn colleague_origin(window: WindowId) -> String {
    format!("colleague:{window}")
}

/// The part of a scenario's start the hall refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupItem {
    /// `start.open[i]`.
    Open(usize),
    /// `start.breaks[i]`: planning it, or starting it when it is under way.
    Break(usize),
    Publish,
    /// `start.waiting[i]`.
    Waiting(usize),
    Serving,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SetupFailure {
    pub item: SetupItem,
    pub refusal: Refusal,
}

/// A customer of the session, scripted or drawn at random.
#[derive(Clone, Debug)]
struct Person {
    id: Option<String>,
    service: ServiceCode,
    /// How long their business takes at a window.
    business: Duration,
}

#[derive(Clone, Debug, PartialEq)]
enum Due {
    Arrival(usize),
    Incident(usize),
}

/// Something on the script still to come.
#[derive(Clone, Debug)]
struct Planned {
    at: Instant,
    due: Due,
}

pub struct Session {
    scenario: Scenario,
    seed: u64,
    clock: SimClock,
    state: State,
    events: Vec<Recorded>,
    /// How many of `events` the driver has written to the log.
    saved: usize,
    /// The script still to come, earliest first.
    agenda: Vec<Planned>,
    people: Vec<Person>,
    tickets: BTreeMap<TicketId, usize>,
    named: BTreeMap<String, TicketId>,
    /// When each colleague's current customer is done.
    busy: BTreeMap<WindowId, Instant>,
    last_cue: Option<(usize, Instant)>,
    ended: bool,
}

impl Session {
    /// Sets the scenario's start up and stops the clock at `clock.start`,
    /// running. `seed` replaces the scenario's own.
    pub fn start(scenario: &Scenario, seed: Option<u64>) -> Result<Session, SetupFailure> {
        let seed = seed.unwrap_or(scenario.seed);
        let mut s = Session {
            scenario: scenario.clone(),
            seed,
            clock: SimClock::new(scenario.start, scenario.speed),
            state: State::new(),
            events: Vec::new(),
            saved: 0,
            agenda: Vec::new(),
            people: Vec::new(),
            tickets: BTreeMap::new(),
            named: BTreeMap::new(),
            busy: BTreeMap::new(),
            last_cue: None,
            ended: false,
        };
        s.cast(seed);
        s.set_up()?;
        s.clock.set(scenario.start);
        s.colleagues_call();
        Ok(s)
    }

    /// Everyone who will come, with how long each one's business takes, drawn
    /// in a fixed order so that the seed alone decides.
    fn cast(&mut self, seed: u64) {
        let mut rng = Rng::new(seed);
        let sc = &self.scenario;
        let hall = &sc.config.hall;
        let person = |c: &Customer, rng: &mut Rng| Person {
            id: c.id.clone(),
            service: c.service.clone(),
            business: c
                .service_time
                .unwrap_or_else(|| match hall.service(&c.service) {
                    Some(svc) => random::service_time(rng, svc),
                    None => hall.mean_service(&c.service),
                }),
        };
        let mut people = Vec::new();
        // The start's customers first, as set_up issues them: the one at the
        // window, then those waiting.
        if let Some(c) = &sc.opening.serving {
            people.push(person(c, &mut rng));
        }
        for c in &sc.opening.waiting {
            people.push(person(c, &mut rng));
        }
        let mut agenda = Vec::new();
        for c in &sc.arrivals {
            agenda.push(Planned {
                at: c.at,
                due: Due::Arrival(people.len()),
            });
            people.push(person(c, &mut rng));
        }
        for (i, inc) in sc.incidents.iter().enumerate() {
            if let Some(c) = &inc.customer {
                people.push(person(c, &mut rng));
            }
            agenda.push(Planned {
                at: inc.at,
                due: Due::Incident(i),
            });
        }
        if let Some(r) = &sc.random {
            let local = |t: Instant| t.with_timezone(&hall.tz);
            let (from, until) = (local(r.from), local(r.until));
            for svc in &hall.services {
                for secs in random::arrivals(&mut rng, svc, from.time(), until.time()) {
                    let at = from.date_naive().and_time(chrono::NaiveTime::MIN)
                        + Duration::seconds(secs);
                    let Some(at) = at.and_local_timezone(hall.tz).earliest() else {
                        continue;
                    };
                    let c = Customer {
                        id: None,
                        service: svc.code.clone(),
                        at: at.to_utc(),
                        service_time: None,
                    };
                    agenda.push(Planned {
                        at: c.at,
                        due: Due::Arrival(people.len()),
                    });
                    people.push(person(&c, &mut rng));
                }
            }
        }
        // Stable: what the file lists first at one instant happens first.
        agenda.sort_by_key(|p| p.at);
        self.people = people;
        self.agenda = agenda;
    }

    /// The hall as it stands when the clock starts, reached by the same
    /// commands a hall would have run, each at its own time.
    fn set_up(&mut self) -> Result<(), SetupFailure> {
        let sc = self.scenario.clone();
        let o = &sc.opening;
        let earliest = o
            .waiting
            .iter()
            .chain(o.serving.iter())
            .map(|c| c.at)
            .chain(o.breaks.iter().filter(|b| b.started).map(|b| b.start))
            .chain([sc.start])
            .min()
            .unwrap_or(sc.start);
        let t0 = earliest - Duration::minutes(5);
        self.push(
            t0,
            SCRIPT,
            vec![Event::TrainingStarted {
                scenario: sc.id.clone(),
                seed: self.seed,
                source: sc.source.clone(),
            }],
        );
        // (when, item, command, the person a ticket is for)
        let mut steps: Vec<(Instant, SetupItem, Command, Option<usize>)> = Vec::new();
        for (i, w) in o.open.iter().enumerate() {
            steps.push((
                t0,
                SetupItem::Open(i),
                Command::OpenWindow {
                    window: *w,
                    staff: None,
                },
                None,
            ));
        }
        for (i, b) in o.breaks.iter().enumerate() {
            steps.push((
                t0,
                SetupItem::Break(i),
                Command::PlanBreak {
                    window: b.window,
                    start: b.start,
                    end: b.end,
                    staff: None,
                },
                None,
            ));
        }
        if o.publish && !o.breaks.is_empty() {
            steps.push((
                t0,
                SetupItem::Publish,
                Command::PublishBreaks { day: sc.day },
                None,
            ));
        }
        let mut person = 0;
        if let Some(c) = &o.serving {
            // Their ticket comes before everyone waiting, so the call reaches them.
            let issued = o
                .waiting
                .iter()
                .map(|w| w.at)
                .chain([c.at])
                .min()
                .unwrap_or(c.at)
                - Duration::minutes(1);
            let per_window = sc
                .config
                .hall
                .service(&c.service)
                .is_some_and(|s| s.queue == crate::domain::QueueMode::PerWindow);
            steps.push((
                issued.max(t0),
                SetupItem::Serving,
                Command::IssueTicket {
                    service: c.service.clone(),
                    window: per_window.then_some(sc.trainee),
                },
                Some(person),
            ));
            steps.push((
                c.at,
                SetupItem::Serving,
                Command::CallNext { window: sc.trainee },
                None,
            ));
            person += 1;
        }
        for (i, c) in o.waiting.iter().enumerate() {
            steps.push((
                c.at,
                SetupItem::Waiting(i),
                Command::IssueTicket {
                    service: c.service.clone(),
                    window: None,
                },
                Some(person),
            ));
            person += 1;
        }
        for (i, b) in o.breaks.iter().enumerate().filter(|(_, b)| b.started) {
            steps.push((
                b.start,
                SetupItem::Break(i),
                Command::StartBreak {
                    window: b.window,
                    reason: None,
                    minutes: None,
                    after_service: false,
                },
                None,
            ));
        }
        steps.sort_by_key(|s| s.0);
        for (at, item, cmd, who) in steps {
            let events = decide(&sc.config.hall, &self.state, &cmd, at, None)
                .map_err(|refusal| SetupFailure { item, refusal })?;
            let recorded = self.push(at, SCRIPT, events);
            if let Some(p) = who {
                self.issued(&recorded, p);
            }
        }
        Ok(())
    }

    /// Records events decided elsewhere at `at`, folding them into the state.
    fn push(&mut self, at: Instant, origin: &str, events: Vec<Event>) -> Vec<Recorded> {
        let mut out = Vec::with_capacity(events.len());
        for event in events {
            self.state.apply(at, &event);
            let r = Recorded {
                seq: self.events.len() as u64 + 1,
                at,
                origin: origin.to_string(),
                user: None,
                event,
            };
            self.events.push(r.clone());
            out.push(r);
        }
        out
    }

    /// Notes whose ticket a TicketIssued among `recorded` is.
    fn issued(&mut self, recorded: &[Recorded], person: usize) {
        for r in recorded {
            if let Event::TicketIssued { ticket, .. } = r.event {
                self.tickets.insert(ticket, person);
                if let Some(id) = self.people.get(person).and_then(|p| p.id.clone()) {
                    self.named.insert(id, ticket);
                }
            }
        }
    }

    fn hall(&self) -> &Hall {
        &self.scenario.config.hall
    }

    // ----- what the driver reads -----

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn now(&self) -> Instant {
        self.clock.now()
    }

    pub fn clock(&self) -> &SimClock {
        &self.clock
    }

    pub fn clock_mut(&mut self) -> &mut SimClock {
        &mut self.clock
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn events(&self) -> &[Recorded] {
        &self.events
    }

    /// Events not yet written to the log, oldest first.
    pub fn unsaved(&self) -> &[Recorded] {
        &self.events[self.saved.min(self.events.len())..]
    }

    /// The driver wrote `n` more events to the log.
    pub fn saved(&mut self, n: usize) {
        self.saved = (self.saved + n).min(self.events.len());
    }

    pub fn ended(&self) -> bool {
        self.ended
    }

    /// The trainee's window.
    pub fn window(&self) -> WindowId {
        self.scenario.trainee
    }

    /// The latest incident and when it came.
    pub fn last_cue(&self) -> Option<(&Incident, Instant)> {
        self.last_cue
            .and_then(|(i, at)| self.scenario.incidents.get(i).map(|inc| (inc, at)))
    }

    /// The next incident on the script, for the trainer's eyes.
    pub fn next_incident(&self) -> Option<(&Incident, Instant)> {
        self.agenda.iter().find_map(|p| match p.due {
            Due::Incident(i) => self.scenario.incidents.get(i).map(|inc| (inc, p.at)),
            Due::Arrival(_) => None,
        })
    }

    /// The customer at the trainee's window whose business is done, if any: the
    /// counter does not know it, the trainer panel says so.
    pub fn done_at_window(&self) -> Option<TicketId> {
        let t = self.state.serving(self.window())?;
        let called = t.called_at?;
        let business = self.tickets.get(&t.id).map(|p| self.people[*p].business)?;
        (self.now() >= called + business).then_some(t.id)
    }

    /// The score so far (or the final one once the session ended).
    pub fn evaluation(&self) -> score::Evaluation {
        score::evaluate(&self.scenario, &self.events, self.now(), self.ended)
    }

    // ----- what the driver does -----

    /// Lets `real` time pass at the clock's speed (nothing while paused).
    pub fn tick(&mut self, real: std::time::Duration) {
        let target = self.clock.after(real);
        self.run(target, true);
    }

    /// Moves the clock on by `by`, whatever its speed or pause.
    pub fn step(&mut self, by: Duration) {
        let target = self.now() + by;
        self.run(target, true);
    }

    /// Runs the script until the clock reads `target`: arrivals, incidents
    /// and the colleagues' work happen at their own instants on the way. A
    /// clock jump on the way does not move the reading aimed for. Reaching the
    /// scenario's end ends the session.
    pub fn run_until(&mut self, target: Instant) {
        self.run(target, false);
    }

    /// With `follow_jumps`, `target` is a span of time from now rather than a
    /// reading: a clock jump on the way moves it along with the clock.
    fn run(&mut self, target: Instant, follow_jumps: bool) {
        if self.ended {
            return;
        }
        let end = self.scenario.end;
        let mut target = target;
        loop {
            self.colleagues_call();
            let limit = target.min(end);
            let item = self.agenda.first().map(|p| p.at);
            let serve = self
                .busy
                .iter()
                .min_by_key(|(w, at)| (**at, **w))
                .map(|(w, at)| (*w, *at));
            let next = match (item, serve) {
                (Some(i), Some((_, s))) => i.min(s),
                (Some(i), None) => i,
                (None, Some((_, s))) => s,
                (None, None) => break,
            };
            if next > limit {
                break;
            }
            let at = next.max(self.now());
            self.clock.set(at);
            // A colleague finishing at the same instant as the script goes first.
            let serve_first = match (serve, item) {
                (Some((_, s)), Some(i)) => s <= i,
                (Some(_), None) => true,
                (None, _) => false,
            };
            match serve {
                Some((w, _)) if serve_first => {
                    self.busy.remove(&w);
                    self.run_as(&colleague_origin(w), Command::Serve { window: w });
                }
                _ => {
                    let p = self.agenda.remove(0);
                    if let Some(jump) = self.fire(p.due)
                        && follow_jumps
                    {
                        target += jump;
                    }
                }
            }
        }
        // The walk never turns the clock back; only a jump does, and it has
        // already set the clock.
        let to = target.min(end).max(self.now());
        self.clock.set(to);
        if to >= end {
            self.finish();
        }
    }

    /// One scripted thing happens now; returns how far the clock jumped.
    fn fire(&mut self, due: Due) -> Option<Duration> {
        let now = self.now();
        match due {
            Due::Arrival(p) => {
                self.arrive(p);
                None
            }
            Due::Incident(i) => {
                let inc = self.scenario.incidents.get(i)?.clone();
                let mut ticket = inc.from.as_ref().and_then(|id| self.named.get(id)).copied();
                if inc.customer.is_some()
                    && let Some(p) = self
                        .people
                        .iter()
                        .position(|p| p.id.as_ref() == Some(&inc.id))
                {
                    ticket = self.arrive(p);
                }
                self.push(
                    now,
                    SCRIPT,
                    vec![Event::TrainingCue {
                        cue: inc.id.clone(),
                        kind: inc.kind,
                        ticket,
                        minutes: inc.jump.map(|d| d.num_minutes()),
                    }],
                );
                self.last_cue = Some((i, now));
                match (inc.kind, inc.jump) {
                    (CueKind::ClockJump, Some(d)) => {
                        self.clock.set(now + d);
                        if let Some((_, at)) = &mut self.last_cue {
                            *at = now + d;
                        }
                        Some(d)
                    }
                    _ => None,
                }
            }
        }
    }

    /// A customer takes a ticket.
    fn arrive(&mut self, person: usize) -> Option<TicketId> {
        let service = self.people.get(person)?.service.clone();
        let recorded = self.run_as(
            SCRIPT,
            Command::IssueTicket {
                service,
                window: None,
            },
        );
        self.issued(&recorded, person);
        recorded.iter().find_map(|r| match r.event {
            Event::TicketIssued { ticket, .. } => Some(ticket),
            _ => None,
        })
    }

    /// A command of the script or of a colleague; a refusal (say, a colleague
    /// with nobody left to call) simply does nothing.
    fn run_as(&mut self, origin: &str, cmd: Command) -> Vec<Recorded> {
        let now = self.now();
        match decide(self.hall(), &self.state, &cmd, now, None) {
            Ok(events) => self.push(now, origin, events),
            Err(_) => vec![],
        }
    }

    /// Colleagues with nobody at their window call the next customer.
    fn colleagues_call(&mut self) {
        let now = self.now();
        for w in self.scenario.opening.colleagues.clone() {
            if self.busy.contains_key(&w) || self.state.window(w).serving.is_some() {
                continue;
            }
            if !matches!(
                self.state.window_phase(w, now),
                WindowPhase::Open | WindowPhase::ClosingSoon(_)
            ) || self.state.queue(self.hall(), w).is_empty()
            {
                continue;
            }
            let recorded = self.run_as(&colleague_origin(w), Command::CallNext { window: w });
            for r in &recorded {
                if let Event::TicketCalled { ticket, .. } = r.event {
                    let business = match self.tickets.get(&ticket) {
                        Some(p) => self.people[*p].business,
                        None => self
                            .state
                            .tickets
                            .get(&ticket)
                            .map(|t| self.hall().mean_service(&t.service))
                            .unwrap_or_else(|| Duration::minutes(5)),
                    };
                    self.busy.insert(w, now + business);
                }
            }
        }
    }

    /// The trainee's command, decided on the hall's rules at the session's
    /// instant, as the counter's log would decide it.
    pub fn execute(&mut self, cmd: &Command) -> Result<Vec<Recorded>, Refusal> {
        if self.ended {
            return Ok(vec![]);
        }
        let now = self.now();
        let events = decide(self.hall(), &self.state, cmd, now, None)?;
        let origin = trainee_origin(self.window());
        let recorded = self.push(now, &origin, events);
        self.colleagues_call();
        Ok(recorded)
    }

    /// Ends the session now (the trainer may end it early) and records its score.
    pub fn finish(&mut self) {
        if self.ended {
            return;
        }
        let eval = score::evaluate(&self.scenario, &self.events, self.now(), true);
        let now = self.now();
        self.push(
            now,
            SCRIPT,
            vec![Event::TrainingEnded {
                score: eval.score,
                max: eval.max,
            }],
        );
        self.ended = true;
    }
}

/// Writes the events the log does not have yet, each under who did it.
pub fn save(
    log: &mut crate::store::Log,
    session: &mut Session,
) -> Result<(), crate::store::StoreError> {
    let unsaved: Vec<crate::domain::Recorded> = session.unsaved().to_vec();
    let mut i = 0;
    while i < unsaved.len() {
        let origin = unsaved[i].origin.clone();
        let run: Vec<(crate::domain::Instant, crate::domain::Event)> = unsaved[i..]
            .iter()
            .take_while(|r| r.origin == origin)
            .map(|r| (r.at, r.event.clone()))
            .collect();
        let n = run.len();
        log.append_unchecked(run, &origin)?;
        session.saved(n);
        i += n;
    }
    Ok(())
}
