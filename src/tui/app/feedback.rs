//! The supervisor's feedback screen (`frontdesk feedback`): open complaints
//! with their age and deadlines, late ones first; filters by kind, category,
//! window, member of staff and period; acknowledge, assign, answer, close and
//! reopen; the figures and the audits. What the log says around the selected
//! entry, its contact and the figures are read by the loop and handed in.
//!
//! Pure: keys become actions, actions become feedback commands.

use crate::domain::{
    Contact, FeedbackId, FeedbackKind, Hall, Instant, StaffId, TicketId, WindowId,
};
use crate::feedback::book::{Book, Entry};
use crate::feedback::figures::{Figures, GroupBy};
use crate::feedback::{FeedbackCommand, Rules};
use crate::i18n::Tr;
use crate::views::feedback::{self as view, Filter};
use chrono::Duration;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::BTreeMap;

/// The longest text typed into the screen's prompt.
const INPUT_MAX: usize = 500;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tab {
    Open,
    All,
    Figures,
    Audits,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Open, Tab::All, Tab::Figures, Tab::Audits];

    pub fn code(self) -> &'static str {
        match self {
            Tab::Open => "open",
            Tab::All => "all",
            Tab::Figures => "figures",
            Tab::Audits => "audits",
        }
    }
}

/// How far back the screen looks, by when the customer gave the feedback.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Period {
    Today,
    Week,
    Month,
    Quarter,
    Year,
    Ever,
}

impl Period {
    const ALL: [Period; 6] = [
        Period::Today,
        Period::Week,
        Period::Month,
        Period::Quarter,
        Period::Year,
        Period::Ever,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Period::Today => "today",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
            Period::Ever => "ever",
        }
    }

    /// Days back from today (today itself counts), or all of the log.
    pub fn days(self) -> Option<i64> {
        match self {
            Period::Today => Some(1),
            Period::Week => Some(7),
            Period::Month => Some(30),
            Period::Quarter => Some(91),
            Period::Year => Some(365),
            Period::Ever => None,
        }
    }

    fn next(self) -> Period {
        let i = Period::ALL.iter().position(|p| *p == self).unwrap_or(0);
        Period::ALL[(i + 1) % Period::ALL.len()]
    }
}

/// What the prompt at the bottom is asking for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Typing {
    Assign,
    Answer,
    Close,
    Reopen,
}

impl Typing {
    pub fn code(self) -> &'static str {
        match self {
            Typing::Assign => "assign",
            Typing::Answer => "answer",
            Typing::Close => "close",
            Typing::Reopen => "reopen",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub what: Typing,
    pub entry: FeedbackId,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskAction {
    Quit,
    Help,
    Back,
    NextTab,
    PrevTab,
    Up,
    Down,
    Acknowledge,
    Assign,
    Answer,
    Close,
    Reopen,
    CycleKind,
    CycleCategory,
    CycleWindow,
    CycleStaff,
    CyclePeriod,
    CycleGroup,
    ClearFilters,
    NextLanguage,
    Type(char),
    Erase,
    Confirm,
}

/// What the loop read from the log about the selected entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub id: FeedbackId,
    /// The book's position when it was read: a newer step reads it again.
    pub seq: u64,
    pub contact: Option<Contact>,
    pub context: Vec<String>,
}

/// What the figures on show were computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureKey {
    pub from: Instant,
    pub to: Instant,
    pub group: GroupBy,
    pub seq: u64,
}

pub struct FeedbackDesk {
    pub tr: Tr,
    pub hall: Hall,
    pub rules: Rules,
    pub book: Book,
    pub labels: BTreeMap<TicketId, String>,
    pub tab: Tab,
    pub kind: Option<FeedbackKind>,
    pub category: Option<String>,
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
    pub period: Period,
    pub group: GroupBy,
    pub selected: usize,
    pub input: Option<Input>,
    /// The answer to the last command, and whether it was a refusal.
    pub flash: Option<(String, bool)>,
    pub help: bool,
    pub now: Instant,
    pub colour: bool,
    pub quit: bool,
    pub detail: Option<Detail>,
    pub figures: Option<(FigureKey, Figures)>,
}

/// Steps to the next value of a list, through "any" (none) at the end.
fn cycle<T: Clone + PartialEq>(current: &Option<T>, all: &[T]) -> Option<T> {
    match current {
        None => all.first().cloned(),
        Some(c) => {
            let i = all.iter().position(|x| x == c);
            i.and_then(|i| all.get(i + 1).cloned())
        }
    }
}

impl FeedbackDesk {
    pub fn new(tr: Tr, hall: Hall, rules: Rules, now: Instant, colour: bool) -> FeedbackDesk {
        FeedbackDesk {
            tr,
            hall,
            rules,
            book: Book::new(),
            labels: BTreeMap::new(),
            tab: Tab::Open,
            kind: None,
            category: None,
            window: None,
            staff: None,
            period: Period::Quarter,
            group: GroupBy::Window,
            selected: 0,
            input: None,
            flash: None,
            help: false,
            now,
            colour,
            quit: false,
            detail: None,
            figures: None,
        }
    }

    /// The period's span: from the start of its first day to the end of today.
    pub fn span(&self) -> (Instant, Instant) {
        let tz = self.hall.tz;
        let today = self.now.with_timezone(&tz).date_naive();
        let to = crate::feedback::calendar::start_of_day(tz, today.succ_opt().unwrap_or(today));
        let from = match self.period.days() {
            Some(d) => crate::feedback::calendar::start_of_day(tz, today - Duration::days(d - 1)),
            None => self
                .book
                .entries
                .values()
                .map(|e| e.received)
                .chain(self.book.ratings.iter().map(|r| r.at))
                .min()
                .unwrap_or(self.now)
                .min(self.now),
        };
        (from, to)
    }

    pub fn filter(&self) -> Filter {
        let (from, to) = self.span();
        Filter {
            open_only: self.tab == Tab::Open,
            kind: self.kind,
            category: self.category.clone(),
            window: self.window,
            staff: self.staff.clone(),
            // Open complaints stay on show however old: they are still owed.
            from: (self.tab != Tab::Open).then_some(from),
            to: Some(to),
        }
    }

    pub fn rows(&self) -> Vec<&Entry> {
        view::listed(
            &self.book,
            &self.rules,
            self.hall.tz,
            &self.filter(),
            self.now,
        )
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        if !matches!(self.tab, Tab::Open | Tab::All) {
            return None;
        }
        let rows = self.rows();
        rows.get(self.selected.min(rows.len().saturating_sub(1)))
            .copied()
    }

    /// The entry whose contact and context the loop should read, if not yet.
    pub fn wants_detail(&self) -> Option<FeedbackId> {
        let e = self.selected_entry()?;
        match &self.detail {
            Some(d) if d.id == e.id && d.seq == self.book.seq => None,
            _ => Some(e.id),
        }
    }

    /// The figures the loop should compute, if those on show are not them.
    pub fn wants_figures(&self) -> Option<FigureKey> {
        if self.tab != Tab::Figures {
            return None;
        }
        let (from, to) = self.span();
        let key = FigureKey {
            from,
            to,
            group: self.group,
            seq: self.book.seq,
        };
        match &self.figures {
            Some((k, _)) if *k == key => None,
            _ => Some(key),
        }
    }

    /// Handles one action; returns the command to run, if any.
    pub fn update(&mut self, action: DeskAction, now: Instant) -> Option<FeedbackCommand> {
        self.now = now;
        if let Some(mut input) = self.input.take() {
            return match action {
                DeskAction::Back => None,
                DeskAction::Confirm => {
                    let (entry, text) = (input.entry, input.text.clone());
                    Some(match input.what {
                        Typing::Assign => FeedbackCommand::Assign { entry, to: text },
                        Typing::Answer => FeedbackCommand::Answer {
                            entry,
                            answer: text,
                        },
                        Typing::Close => FeedbackCommand::Close { entry, note: text },
                        Typing::Reopen => FeedbackCommand::Reopen { entry, why: text },
                    })
                }
                DeskAction::Type(c) => {
                    if input.text.chars().count() < INPUT_MAX && !c.is_control() {
                        input.text.push(c);
                    }
                    self.input = Some(input);
                    None
                }
                DeskAction::Erase => {
                    input.text.pop();
                    self.input = Some(input);
                    None
                }
                _ => {
                    self.input = Some(input);
                    None
                }
            };
        }
        if self.help {
            if matches!(
                action,
                DeskAction::Back | DeskAction::Help | DeskAction::Quit
            ) {
                self.help = false;
            }
            return None;
        }
        let selected = self.selected_entry().map(|e| e.id);
        let ask = |what: Typing| {
            selected.map(|entry| Input {
                what,
                entry,
                text: String::new(),
            })
        };
        match action {
            DeskAction::Quit => self.quit = true,
            DeskAction::Help => self.help = true,
            DeskAction::Back => self.flash = None,
            DeskAction::NextTab | DeskAction::PrevTab => {
                let i = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
                let n = Tab::ALL.len();
                let j = if action == DeskAction::NextTab {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.tab = Tab::ALL[j];
                self.selected = 0;
            }
            DeskAction::Up => self.selected = self.selected.saturating_sub(1),
            DeskAction::Down => {
                let last = self.rows().len().saturating_sub(1);
                self.selected = (self.selected + 1).min(last);
            }
            DeskAction::Acknowledge => {
                return selected.map(|entry| FeedbackCommand::Acknowledge { entry });
            }
            DeskAction::Assign => self.input = ask(Typing::Assign),
            DeskAction::Answer => self.input = ask(Typing::Answer),
            DeskAction::Close => self.input = ask(Typing::Close),
            DeskAction::Reopen => self.input = ask(Typing::Reopen),
            DeskAction::CycleKind => self.kind = cycle(&self.kind, &FeedbackKind::ALL),
            DeskAction::CycleCategory => {
                let all: Vec<String> = self
                    .rules
                    .categories()
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                self.category = cycle(&self.category, &all);
            }
            DeskAction::CycleWindow => {
                let all: Vec<WindowId> = self.hall.windows.iter().map(|w| w.id).collect();
                self.window = cycle(&self.window, &all);
            }
            DeskAction::CycleStaff => {
                let all: Vec<StaffId> = self.hall.staff.iter().map(|s| s.id.clone()).collect();
                self.staff = cycle(&self.staff, &all);
            }
            DeskAction::CyclePeriod => self.period = self.period.next(),
            DeskAction::CycleGroup => {
                const GROUPS: [GroupBy; 5] = [
                    GroupBy::Window,
                    GroupBy::Staff,
                    GroupBy::Day,
                    GroupBy::Week,
                    GroupBy::Month,
                ];
                let i = GROUPS.iter().position(|g| *g == self.group).unwrap_or(0);
                self.group = GROUPS[(i + 1) % GROUPS.len()];
            }
            DeskAction::ClearFilters => {
                self.kind = None;
                self.category = None;
                self.window = None;
                self.staff = None;
            }
            DeskAction::NextLanguage => self.tr = Tr::new(self.tr.lang().next()),
            DeskAction::Type(_) | DeskAction::Erase | DeskAction::Confirm => {}
        }
        // A filter may have left the selection past the end.
        let last = self.rows().len().saturating_sub(1);
        self.selected = self.selected.min(last);
        None
    }
}

/// The screen's keys, in one place.
pub fn action_for(key: KeyEvent, desk: &FeedbackDesk) -> Option<DeskAction> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(DeskAction::Quit);
    }
    if desk.input.is_some() {
        return match key.code {
            KeyCode::Esc => Some(DeskAction::Back),
            KeyCode::Enter => Some(DeskAction::Confirm),
            KeyCode::Backspace => Some(DeskAction::Erase),
            KeyCode::Char(c) => Some(DeskAction::Type(c)),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char('q') => DeskAction::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => DeskAction::Help,
        KeyCode::Esc => DeskAction::Back,
        KeyCode::Tab => DeskAction::NextTab,
        KeyCode::BackTab => DeskAction::PrevTab,
        KeyCode::Up | KeyCode::Char('k') => DeskAction::Up,
        KeyCode::Down | KeyCode::Char('j') => DeskAction::Down,
        KeyCode::Char('a') => DeskAction::Acknowledge,
        KeyCode::Char('g') => DeskAction::Assign,
        KeyCode::Char('r') => DeskAction::Answer,
        KeyCode::Char('c') => DeskAction::Close,
        KeyCode::Char('o') => DeskAction::Reopen,
        KeyCode::Char('K') => DeskAction::CycleKind,
        KeyCode::Char('t') => DeskAction::CycleCategory,
        KeyCode::Char('w') => DeskAction::CycleWindow,
        KeyCode::Char('s') => DeskAction::CycleStaff,
        KeyCode::Char('p') => DeskAction::CyclePeriod,
        KeyCode::Char('b') => DeskAction::CycleGroup,
        KeyCode::Char('x') => DeskAction::ClearFilters,
        KeyCode::Char('l') | KeyCode::Char('L') => DeskAction::NextLanguage,
        _ => return None,
    })
}

/// The screen's keys for its footer and help: key, message id and action.
pub const DESK_BUTTONS: [(&str, &str, DeskAction); 12] = [
    ("a", "fbs-btn-acknowledge", DeskAction::Acknowledge),
    ("g", "fbs-btn-assign", DeskAction::Assign),
    ("r", "fbs-btn-answer", DeskAction::Answer),
    ("c", "fbs-btn-close", DeskAction::Close),
    ("o", "fbs-btn-reopen", DeskAction::Reopen),
    ("K", "fbs-btn-kind", DeskAction::CycleKind),
    ("t", "fbs-btn-category", DeskAction::CycleCategory),
    ("w", "fbs-btn-window", DeskAction::CycleWindow),
    ("s", "fbs-btn-staff", DeskAction::CycleStaff),
    ("p", "fbs-btn-period", DeskAction::CyclePeriod),
    ("Tab", "fbs-btn-tab", DeskAction::NextTab),
    ("?", "fbs-btn-help", DeskAction::Help),
];

/// Keys the help lists besides the buttons.
pub const MORE_KEYS: [(&str, &str); 6] = [
    ("↑↓", "fbs-key-select"),
    ("b", "fbs-key-group"),
    ("x", "fbs-key-clear"),
    ("Esc", "fbs-key-back"),
    ("l", "key-language"),
    ("q", "key-quit"),
];
