//! The TUI's state machine: keys become actions, actions update the app state and
//! may ask for effects (a command for the log). No terminal I/O here, so every
//! screen can be driven and tested headless.

pub mod board;
pub mod feedback;
pub mod kiosk;
mod modal;
pub mod planner;
pub mod prompt;
pub mod replay;
pub mod report;
pub mod survey;
pub mod trainer;

pub use modal::{Modal, REASONS};

use crate::domain::{BreakReason, Command, Hall, Instant, State, TransferTo, WindowId};
use crate::i18n::{Lang, Tr};
use crate::phrases::{PhraseKey, Phrasebook, for_situation};
use crate::playbooks::Playbook;
use crate::views::hall::{self as view, CounterView, HallView};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The screens the event loop can show.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Counter(WindowId),
    /// The supervisor's planner (its state is in `App::planner`).
    Planner,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    /// Close the open panel, or go back to the overview.
    Back,
    NextLanguage,
    NextPhraseLanguage,
    Up,
    Down,
    /// Enter: open the selected window's counter, or confirm a panel's choice.
    Confirm,
    /// A digit: a window on the overview, a numbered choice in a panel, or a
    /// phrase said at the counter.
    Pick(usize),
    CallNext,
    Recall,
    Served,
    NoShow,
    Transfer,
    Break,
    EndBreak,
    Warn,
    Playbooks,
    /// More or fewer minutes for an unscheduled break.
    Longer,
    Shorter,
    Type(char),
    Erase,
    /// Open the supervisor's planner at today.
    OpenPlanner,
    // The planner's own.
    Left,
    Right,
    /// Half an hour at a time.
    FarLeft,
    FarRight,
    NextBreak,
    PrevBreak,
    AddBreak,
    DeleteBreak,
    CycleStaff,
    Suggest,
    Revert,
    WritePlan,
    PublishPlan,
    SwitchTab,
    PrevDay,
    NextDay,
    /// A click on the timeline: a window row and a time.
    PointAt {
        row: usize,
        at: Instant,
    },
    /// The mouse dragged the selection to a time.
    DragTo {
        at: Instant,
    },
    /// Check the plan on show against the simulator.
    Simulate,
    /// The supervisor's answers to the selected break request.
    Approve,
    Postpone,
    Decline,
    /// Record what the customer at the window just said.
    CustomerSaid,
}

/// What the app asks the outside world to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Execute(Command),
    /// Write a plan: all of these commands or, on a refusal, none.
    WritePlan(Vec<Command>),
    /// Open the planner at a day: its forecast needs the log's history.
    LoadDay(chrono::NaiveDate),
    /// Record feedback in the quality record.
    Feedback(crate::feedback::FeedbackCommand),
}

/// The answer to the last command, shown until the next one.
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    pub text: String,
    pub refused: bool,
}

pub struct App {
    pub screen: Screen,
    pub modal: Option<Modal>,
    pub quit: bool,
    pub tr: Tr,
    /// The language of the phrases to say, switched for a customer with one key.
    pub phrase_lang: Lang,
    pub hall: Hall,
    pub phrases: Phrasebook,
    pub playbooks: Vec<Playbook>,
    pub overview: HallView,
    pub counter: Option<CounterView>,
    /// The highlighted window on the overview.
    pub selected: usize,
    /// Which offered phrase the counter shows in full.
    pub phrase_focus: usize,
    pub flash: Option<Flash>,
    /// Whether to draw in colour (off when NO_COLOR is set).
    pub colour: bool,
    /// Started straight at a counter: Esc does not lead to the hall overview.
    pub counter_only: bool,
    /// The planner, once opened.
    pub planner: Option<planner::Planner>,
    /// Why the break notice on the glass is out of date, when it is.
    pub notice_alert: Option<String>,
    /// The hall's access rules and who sits at this screen.
    pub rules: crate::access::Rules,
    pub who: crate::access::Identity,
    /// The actions on this screen this user may not take, and why: shown as
    /// not available, and refused with the reason when pressed.
    pub unavailable: Vec<(Action, crate::access::Denied)>,
    /// Complaints past the hall's time limit, when there are.
    pub quality_alert: Option<String>,
    /// The hall's feedback categories and limits.
    pub feedback_rules: crate::feedback::Rules,
    /// The last customer seen at the counter's window: whom what the
    /// customer "just said" is about once the service has ended.
    pub recent_customer: Option<(WindowId, crate::domain::TicketId, String)>,
}

impl App {
    pub fn new(tr: Tr, hall: Hall, state: &State, now: Instant, colour: bool) -> App {
        let lang = tr.lang();
        let overview = view::hall_view(&hall, state, now);
        App {
            screen: Screen::Overview,
            modal: None,
            quit: false,
            tr,
            phrase_lang: lang,
            phrases: Phrasebook::embedded(),
            playbooks: crate::playbooks::embedded(),
            hall,
            overview,
            counter: None,
            selected: 0,
            phrase_focus: 0,
            flash: None,
            colour,
            counter_only: false,
            planner: None,
            notice_alert: None,
            quality_alert: None,
            feedback_rules: crate::feedback::Rules::default(),
            recent_customer: None,
            rules: crate::access::Rules::Open,
            who: crate::access::Identity::default(),
            unavailable: Vec::new(),
        }
    }

    /// Why this user may not take `action` on the screen on show, if so.
    pub fn unavailable(&self, action: &Action) -> Option<&crate::access::Denied> {
        // Any phrase said at the counter is the same action.
        let action = match action {
            Action::Pick(_) if matches!(self.screen, Screen::Counter(_)) => &Action::Pick(1),
            a => a,
        };
        self.unavailable
            .iter()
            .find(|(a, _)| a == action)
            .map(|(_, d)| d)
    }

    /// The actions of the screen on show that the hall's rules govern, as the
    /// permission table names them, with the window they act at.
    fn guarded(&self) -> Vec<(Action, crate::access::Action, Option<WindowId>)> {
        use crate::access::Action as A;
        match self.screen {
            Screen::Overview => vec![(Action::OpenPlanner, A::Planner, None)],
            Screen::Planner => vec![
                (Action::WritePlan, A::BreakPlan, None),
                (Action::PublishPlan, A::BreakPublish, None),
                (Action::Approve, A::BreakApprove, None),
                (Action::Postpone, A::BreakPostpone, None),
                (Action::Decline, A::BreakDecline, None),
            ],
            Screen::Counter(w) => [
                (Action::CallNext, A::TicketCall),
                (Action::Recall, A::TicketRecall),
                (Action::Served, A::TicketServe),
                (Action::NoShow, A::TicketNoShow),
                (Action::Transfer, A::TicketTransfer),
                (Action::Warn, A::BreakWarn),
                (Action::Break, A::BreakStart),
                (Action::EndBreak, A::BreakEnd),
                (Action::Playbooks, A::FollowPlaybook),
                (Action::Pick(1), A::SayPhrase),
            ]
            .into_iter()
            .map(|(a, x)| (a, x, Some(w)))
            .collect(),
        }
    }

    /// Shows the planner at a day; `only` when it is the screen frontdesk was
    /// started for, so Esc does not lead to the overview.
    pub fn open_planner(&mut self, planner: planner::Planner, only: bool) {
        self.planner = Some(planner);
        self.screen = Screen::Planner;
        self.counter_only = only;
        self.flash = None;
    }

    /// Opens straight at one window's counter.
    pub fn at_counter(mut self, window: WindowId, state: &State, now: Instant) -> App {
        self.screen = Screen::Counter(window);
        self.counter_only = true;
        self.refresh(state, now);
        self
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// Recomputes what the screens show from the latest state.
    pub fn refresh(&mut self, state: &State, now: Instant) {
        self.unavailable = self
            .guarded()
            .into_iter()
            .filter_map(|(a, action, window)| {
                let checked = self
                    .rules
                    .check(&self.who, action, window, &self.hall, state);
                checked.err().map(|d| (a, d))
            })
            .collect();
        self.overview = view::hall_view(&self.hall, state, now);
        if let Screen::Counter(w) = self.screen
            && let Some(t) = state.serving(w)
        {
            self.recent_customer = Some((w, t.id, t.label()));
        }
        self.counter = match self.screen {
            Screen::Counter(w) => Some(view::counter_view(&self.hall, state, w, now)),
            Screen::Overview | Screen::Planner => None,
        };
        if let (Screen::Planner, Some(p)) = (self.screen, self.planner.as_mut()) {
            p.refresh(&self.hall, state, now);
        }
        // The printed notice on the glass no longer matches the plan: the
        // supervisor should print it again.
        let today = now.with_timezone(&self.hall.tz).date_naive();
        self.notice_alert = matches!(
            self.overview.notice,
            crate::views::notice::GlassView::OutOfDate { .. }
        )
        .then(|| crate::views::notice::glass_line(&self.tr, &self.hall, state, today))
        .flatten();
    }

    /// The phrases on offer at the counter right now, in order (keys 1–9). A
    /// phrase about a customer's ticket is offered only when there is one to name.
    pub fn offered_phrases(&self) -> Vec<PhraseKey> {
        let Some(c) = &self.counter else {
            return vec![];
        };
        for_situation(c.situation, c.other_window.is_none())
            .into_iter()
            .filter(|k| {
                let args = view::phrase_args(c, *k);
                !(k.names_a_ticket() && args.ticket.is_empty())
            })
            .take(9)
            .collect()
    }

    /// The offered phrase shown in full.
    pub fn focused_phrase(&self) -> Option<PhraseKey> {
        let offered = self.offered_phrases();
        offered
            .get(self.phrase_focus.min(offered.len().saturating_sub(1)))
            .copied()
    }

    /// Handles one action; returns the commands to run against the log.
    pub fn update(&mut self, action: Action, state: &State, now: Instant) -> Vec<Effect> {
        if let Some(modal) = self.modal.take() {
            let (modal, effects) = modal::update(self, modal, action);
            self.modal = modal;
            return effects;
        }
        if let Some(d) = self.unavailable(&action) {
            let text = crate::views::access::denied(&self.tr, d);
            self.flash = Some(Flash {
                text,
                refused: true,
            });
            return vec![];
        }
        match action {
            Action::Quit => {
                self.quit = true;
                vec![]
            }
            Action::ToggleHelp => {
                self.modal = Some(Modal::Help);
                vec![]
            }
            Action::NextLanguage => {
                self.tr = Tr::new(self.tr.lang().next());
                vec![]
            }
            Action::NextPhraseLanguage => {
                self.phrase_lang = self.phrase_lang.next();
                vec![]
            }
            Action::Back if self.screen != Screen::Planner => {
                if matches!(self.screen, Screen::Counter(_)) && !self.counter_only {
                    self.screen = Screen::Overview;
                    self.flash = None;
                    self.refresh(state, now);
                }
                vec![]
            }
            _ => match self.screen {
                Screen::Overview if action == Action::OpenPlanner => {
                    let today = now.with_timezone(&self.hall.tz).date_naive();
                    vec![Effect::LoadDay(today)]
                }
                Screen::Overview => {
                    self.overview_action(action, state, now);
                    vec![]
                }
                Screen::Counter(w) => self.counter_action(w, action),
                Screen::Planner => self.planner_action(action, state, now),
            },
        }
    }

    fn planner_action(&mut self, action: Action, state: &State, now: Instant) -> Vec<Effect> {
        let Some(p) = self.planner.as_mut() else {
            return vec![];
        };
        let outcome = p.update(action, &self.hall, state, now);
        self.flash = None;
        if let Some((id, refused)) = outcome.note {
            self.flash = Some(Flash {
                text: self.tr.t(id),
                refused,
            });
        }
        if outcome.leave && !self.counter_only {
            self.screen = Screen::Overview;
            self.flash = None;
            self.refresh(state, now);
        }
        outcome.effects
    }

    fn overview_action(&mut self, action: Action, state: &State, now: Instant) {
        let count = self.hall.windows.len();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(count.saturating_sub(1)),
            Action::Confirm => {
                if let Some(w) = self.hall.windows.get(self.selected) {
                    self.screen = Screen::Counter(w.id);
                    self.refresh(state, now);
                }
            }
            Action::Pick(n) => {
                if let Some(i) = self.hall.windows.iter().position(|w| w.id.0 as usize == n) {
                    self.selected = i;
                    self.screen = Screen::Counter(self.hall.windows[i].id);
                    self.refresh(state, now);
                }
            }
            _ => {}
        }
    }

    fn counter_action(&mut self, window: WindowId, action: Action) -> Vec<Effect> {
        let run = |c: Command| vec![Effect::Execute(c)];
        match action {
            Action::CallNext => run(Command::CallNext { window }),
            Action::Recall => run(Command::Recall { window }),
            Action::Served => run(Command::Serve { window }),
            Action::NoShow => run(Command::NoShow { window }),
            Action::EndBreak => run(Command::EndBreak { window }),
            Action::Warn => {
                // The warning is recorded as given when the cashier confirms it,
                // together with the words they said.
                let mut effects = run(Command::WarnBreak { window });
                let alone = self
                    .counter
                    .as_ref()
                    .is_some_and(|c| c.other_window.is_none());
                let key = if alone {
                    PhraseKey::WarningAlone
                } else {
                    PhraseKey::Warning
                };
                effects.push(Effect::Execute(self.say(window, key)));
                effects
            }
            Action::Transfer => {
                self.modal = Some(Modal::transfer(self, window));
                vec![]
            }
            Action::Break => {
                // A planned break that is due starts (after the current customer);
                // otherwise the cashier picks a reason for an unscheduled one.
                let due = self.counter.as_ref().and_then(|c| {
                    c.next_break
                        .as_ref()
                        .filter(|b| b.unscheduled.is_none())
                        .filter(|_| {
                            c.minutes_to_break
                                .is_some_and(|m| m <= self.hall.policy.warn_lead.num_minutes())
                        })
                });
                if due.is_some() {
                    run(Command::StartBreak {
                        window,
                        reason: None,
                        minutes: None,
                        after_service: true,
                    })
                } else {
                    self.modal = Some(Modal::BreakReason {
                        selected: 0,
                        minutes: crate::domain::command::DEFAULT_UNSCHEDULED_MINUTES,
                    });
                    vec![]
                }
            }
            Action::Playbooks => {
                self.modal = Some(Modal::playbooks(self));
                vec![]
            }
            Action::CustomerSaid => {
                let ticket = self
                    .recent_customer
                    .as_ref()
                    .filter(|(w, _, _)| *w == window)
                    .map(|(_, id, label)| (*id, label.clone()));
                let staff = self.counter.as_ref().and_then(|c| c.staff.clone());
                self.modal = Some(Modal::Feedback(prompt::Prompt::new(window, ticket, staff)));
                vec![]
            }
            Action::Pick(n) => {
                let offered = self.offered_phrases();
                match n
                    .checked_sub(1)
                    .and_then(|i| offered.get(i).map(|k| (i, *k)))
                {
                    Some((i, key)) => {
                        self.phrase_focus = i;
                        vec![Effect::Execute(self.say(window, key))]
                    }
                    None => vec![],
                }
            }
            Action::Up => {
                self.phrase_focus = self.phrase_focus.saturating_sub(1);
                vec![]
            }
            Action::Down => {
                let last = self.offered_phrases().len().saturating_sub(1);
                self.phrase_focus = (self.phrase_focus + 1).min(last);
                vec![]
            }
            _ => vec![],
        }
    }

    fn say(&self, window: WindowId, key: PhraseKey) -> Command {
        Command::SayPhrase {
            window,
            phrase: key.name().to_string(),
            lang: self.phrase_lang.code().to_string(),
        }
    }

    /// Forgets the last answer: a new action is under way.
    pub fn clear_flash(&mut self) {
        self.flash = None;
    }

    /// Shows how a command went; the answers to one action's commands are shown
    /// together.
    pub fn show(&mut self, text: String, refused: bool) {
        match &mut self.flash {
            Some(f) => {
                f.text.push(' ');
                f.text.push_str(&text);
                f.refused |= refused;
            }
            None => self.flash = Some(Flash { text, refused }),
        }
    }
}

/// The one place keys are mapped to actions; what a key means depends on the
/// screen and on the panel open.
pub fn action_for(key: KeyEvent, app: &App) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if let Some(modal) = &app.modal {
        return modal::key(modal, key);
    }
    let common = match key.code {
        KeyCode::Char('q') | KeyCode::Char('Q') => Some(Action::Quit),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Action::ToggleHelp),
        KeyCode::Esc => Some(Action::Back),
        KeyCode::Char('l') | KeyCode::Char('L') => Some(Action::NextLanguage),
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Char(c) if c.is_ascii_digit() && c != '0' => {
            Some(Action::Pick(c as usize - '0' as usize))
        }
        _ => None,
    };
    if app.screen == Screen::Planner {
        return planner_key(key, app);
    }
    if app.screen == Screen::Overview && matches!(key.code, KeyCode::Char('p' | 'P')) {
        return Some(Action::OpenPlanner);
    }
    if common.is_some() || app.screen == Screen::Overview {
        return common;
    }
    match key.code {
        KeyCode::Char('n') | KeyCode::Char(' ') => Some(Action::CallNext),
        KeyCode::Char('r') => Some(Action::Recall),
        KeyCode::Char('s') => Some(Action::Served),
        KeyCode::Char('x') => Some(Action::NoShow),
        KeyCode::Char('t') => Some(Action::Transfer),
        KeyCode::Char('b') => Some(Action::Break),
        KeyCode::Char('e') => Some(Action::EndBreak),
        KeyCode::Char('w') => Some(Action::Warn),
        KeyCode::Char('f') => Some(Action::Playbooks),
        KeyCode::Char('p') => Some(Action::NextPhraseLanguage),
        KeyCode::Char('c') => Some(Action::CustomerSaid),
        _ => None,
    }
}

/// The planner's keys. Arrows move the selected break (or the cursor), Shift
/// moves by half an hour; Tab switches to the live hall.
fn planner_key(key: KeyEvent, app: &App) -> Option<Action> {
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    let live = app
        .planner
        .as_ref()
        .is_some_and(|p| p.tab == planner::Tab::Live);
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('l') | KeyCode::Char('L') => Action::NextLanguage,
        KeyCode::Tab | KeyCode::BackTab => Action::SwitchTab,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char('y') if live => Action::Approve,
        KeyCode::Char('z') if live => Action::Postpone,
        KeyCode::Char('x') if live => Action::Decline,
        _ if live => return None,
        KeyCode::Left if shift => Action::FarLeft,
        KeyCode::Right if shift => Action::FarRight,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right => Action::Right,
        KeyCode::Char('+') | KeyCode::Char('=') => Action::Longer,
        KeyCode::Char('-') => Action::Shorter,
        KeyCode::Char('n') => Action::NextBreak,
        KeyCode::Char('N') => Action::PrevBreak,
        KeyCode::Char('a') => Action::AddBreak,
        KeyCode::Char('d') | KeyCode::Delete => Action::DeleteBreak,
        KeyCode::Char('s') => Action::CycleStaff,
        KeyCode::Char('g') => Action::Suggest,
        KeyCode::Char('S') => Action::Simulate,
        KeyCode::Char('u') => Action::Revert,
        KeyCode::Char('w') => Action::WritePlan,
        KeyCode::Char('P') => Action::PublishPlan,
        KeyCode::Char('[') => Action::PrevDay,
        KeyCode::Char(']') => Action::NextDay,
        _ => return None,
    })
}

/// The planner's buttons: key, message id and action, in footer order.
pub const PLANNER_BUTTONS: [(&str, &str, Action); 12] = [
    ("a", "btn-add-break", Action::AddBreak),
    ("d", "btn-delete-break", Action::DeleteBreak),
    ("+", "btn-longer", Action::Longer),
    ("-", "btn-shorter", Action::Shorter),
    ("s", "btn-staff", Action::CycleStaff),
    ("g", "btn-suggest", Action::Suggest),
    ("S", "btn-simulate", Action::Simulate),
    ("w", "btn-write", Action::WritePlan),
    ("P", "btn-publish", Action::PublishPlan),
    ("u", "btn-revert", Action::Revert),
    ("Tab", "btn-live", Action::SwitchTab),
    ("?", "btn-help", Action::ToggleHelp),
];

/// The live hall's buttons: answers to the selected break request.
pub const LIVE_BUTTONS: [(&str, &str, Action); 5] = [
    ("y", "btn-approve", Action::Approve),
    ("z", "btn-postpone", Action::Postpone),
    ("x", "btn-decline", Action::Decline),
    ("Tab", "btn-timeline", Action::SwitchTab),
    ("?", "btn-help", Action::ToggleHelp),
];

/// The counter's action buttons: key, message id and action, in footer order.
pub const COUNTER_BUTTONS: [(&str, &str, Action); 10] = [
    ("n", "btn-next", Action::CallNext),
    ("r", "btn-recall", Action::Recall),
    ("s", "btn-served", Action::Served),
    ("x", "btn-no-show", Action::NoShow),
    ("t", "btn-transfer", Action::Transfer),
    ("w", "btn-warn", Action::Warn),
    ("b", "btn-break", Action::Break),
    ("e", "btn-end-break", Action::EndBreak),
    ("f", "btn-playbook", Action::Playbooks),
    ("p", "btn-phrase-lang", Action::NextPhraseLanguage),
];

/// Keys for the help panel: key and message id, per screen.
pub fn help_keys(screen: Screen) -> Vec<(&'static str, &'static str)> {
    let mut keys = vec![];
    match screen {
        Screen::Overview => {
            keys.push(("1–9", "key-open-counter"));
            keys.push(("↑↓ Enter", "key-select-counter"));
            keys.push(("p", "key-open-planner"));
        }
        Screen::Planner => {
            keys.extend([
                ("←→", "key-planner-move"),
                ("⇧←→", "key-planner-move-far"),
                ("↑↓", "key-planner-row"),
                ("n N", "key-planner-next"),
            ]);
            keys.extend([
                ("+ -", "key-planner-resize"),
                ("a", "key-planner-add"),
                ("d", "key-planner-delete"),
                ("s", "key-planner-staff"),
                ("g", "key-planner-suggest"),
                ("S", "key-planner-simulate"),
                ("w", "key-planner-write"),
                ("P", "key-planner-publish"),
                ("u", "key-planner-undo"),
                ("Tab", "key-planner-tab"),
                ("Enter", "key-planner-accept"),
                ("y z x", "key-planner-answer"),
                ("[ ]", "key-planner-day"),
                ("Esc", "key-back"),
            ]);
        }
        Screen::Counter(_) => {
            for (k, msg, _) in COUNTER_BUTTONS {
                keys.push((k, msg));
            }
            keys.push(("1–9", "key-say-phrase"));
            keys.push(("c", "key-customer-said"));
            keys.push(("Esc", "key-back"));
        }
    }
    keys.extend([("l", "key-language"), ("?", "key-help"), ("q", "key-quit")]);
    keys
}

/// The reason picked in the break panel, with the cashier's note for "other".
pub fn reason_of(index: usize, note: &str) -> Option<BreakReason> {
    REASONS
        .get(index)
        .and_then(|code| BreakReason::parse(code, Some(note)))
}

/// Where a transfer can go from this window: other services, then other windows.
pub fn transfer_targets(hall: &Hall, window: WindowId) -> Vec<TransferTo> {
    let mut v: Vec<TransferTo> = hall
        .services
        .iter()
        .map(|s| TransferTo::Service(s.code.clone()))
        .collect();
    v.extend(
        hall.windows
            .iter()
            .filter(|w| w.id != window)
            .map(|w| TransferTo::Window(w.id)),
    );
    v
}
