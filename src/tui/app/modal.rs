//! The counter's panels: transfer target, break reason, the reason's note, the
//! playbook list and a playbook being followed, and the help.

use super::{Action, App, Effect, Screen, transfer_targets};
use crate::domain::{BreakReason, Command, TransferTo, WindowId};
use crate::phrases::Situation;
use crate::playbooks::{self, SituationTag};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The unscheduled break reasons in the order the panel lists them.
pub const REASONS: [&str; 5] = BreakReason::CODES;

/// The longest note a cashier can type for "other".
const NOTE_MAX: usize = 60;

#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    Help,
    Transfer {
        targets: Vec<TransferTo>,
        selected: usize,
    },
    BreakReason {
        selected: usize,
        minutes: u32,
    },
    OtherReason {
        note: String,
        minutes: u32,
    },
    Playbooks {
        ids: Vec<String>,
        selected: usize,
    },
    Playbook {
        id: String,
        step: String,
        selected: usize,
    },
    /// What the customer at the window just said.
    Feedback(super::prompt::Prompt),
}

impl Modal {
    pub fn transfer(app: &App, window: WindowId) -> Modal {
        Modal::Transfer {
            targets: transfer_targets(&app.hall, window),
            selected: 0,
        }
    }

    /// The playbooks for the window's situation first, then the rest.
    pub fn playbooks(app: &App) -> Modal {
        let tag = app
            .counter
            .as_ref()
            .map_or(SituationTag::Open, |c| tag_of(c.situation));
        Modal::Playbooks {
            ids: playbooks::for_situation(&app.playbooks, tag)
                .into_iter()
                .map(|p| p.id.clone())
                .collect(),
            selected: 0,
        }
    }
}

fn tag_of(s: Situation) -> SituationTag {
    match s {
        Situation::Open => SituationTag::Open,
        Situation::WarningDue => SituationTag::WarningDue,
        Situation::ClosingSoon { .. } => SituationTag::ClosingSoon,
        Situation::Pending => SituationTag::Pending,
        Situation::OnPlannedBreak | Situation::OnUnscheduledBreak => SituationTag::OnBreak,
        Situation::Overrun => SituationTag::Overrun,
    }
}

/// Keys inside a panel.
pub fn key(modal: &Modal, key: KeyEvent) -> Option<Action> {
    if let Modal::Feedback(p) = modal
        && p.typing()
    {
        return match key.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Char(c) => Some(Action::Type(c)),
            _ => None,
        };
    }
    if let Modal::OtherReason { .. } = modal {
        return match key.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Char(c) => Some(Action::Type(c)),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Esc | KeyCode::Char('q') => Some(Action::Back),
        KeyCode::Char('?') if *modal == Modal::Help => Some(Action::Back),
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::Right | KeyCode::Char('+') => Some(Action::Longer),
        KeyCode::Left | KeyCode::Char('-') => Some(Action::Shorter),
        KeyCode::Char(c) if c.is_ascii_digit() && c != '0' => {
            Some(Action::Pick(c as usize - '0' as usize))
        }
        _ => None,
    }
}

fn moved(selected: usize, len: usize, action: &Action) -> usize {
    match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(len.saturating_sub(1)),
        _ => selected,
    }
}

/// A panel's reaction to an action: the panel that stays open (if any) and the
/// commands to run.
pub fn update(app: &mut App, modal: Modal, action: Action) -> (Option<Modal>, Vec<Effect>) {
    let Screen::Counter(window) = app.screen else {
        // Only the help opens outside a counter.
        return match action {
            Action::Back | Action::Confirm | Action::ToggleHelp => (None, vec![]),
            _ => (Some(modal), vec![]),
        };
    };
    match modal {
        Modal::Feedback(p) => {
            use super::prompt::{Input, Outcome};
            let input = match action {
                Action::Back => Input::Back,
                Action::Confirm => Input::Confirm,
                Action::Up => Input::Up,
                Action::Down => Input::Down,
                Action::Pick(n) => Input::Pick(n),
                Action::Type(c) => Input::Type(c),
                Action::Erase => Input::Erase,
                _ => return (Some(Modal::Feedback(p)), vec![]),
            };
            match p.update(&app.feedback_rules, input) {
                Outcome::Stay(p) => (Some(Modal::Feedback(p)), vec![]),
                Outcome::Close => (None, vec![]),
                Outcome::Record(cmd) => (None, vec![Effect::Feedback(cmd)]),
            }
        }
        Modal::Help => match action {
            Action::Back | Action::Confirm | Action::ToggleHelp => (None, vec![]),
            _ => (Some(Modal::Help), vec![]),
        },
        Modal::Transfer { targets, selected } => {
            let chosen = match action {
                Action::Back => return (None, vec![]),
                Action::Confirm => Some(selected),
                Action::Pick(n) if n >= 1 && n <= targets.len() => Some(n - 1),
                _ => None,
            };
            match chosen.and_then(|i| targets.get(i).cloned()) {
                Some(to) => (
                    None,
                    vec![Effect::Execute(Command::Transfer { window, to })],
                ),
                None => {
                    let selected = moved(selected, targets.len(), &action);
                    (Some(Modal::Transfer { targets, selected }), vec![])
                }
            }
        }
        Modal::BreakReason { selected, minutes } => {
            let max = app.hall.policy.max_break_length.num_minutes().max(5) as u32;
            let chosen = match action {
                Action::Back => return (None, vec![]),
                Action::Confirm => Some(selected),
                Action::Pick(n) if n >= 1 && n <= REASONS.len() => Some(n - 1),
                _ => None,
            };
            match chosen {
                // "Other" needs a few words from the cashier first.
                Some(i) if REASONS.get(i) == Some(&"other") => (
                    Some(Modal::OtherReason {
                        note: String::new(),
                        minutes,
                    }),
                    vec![],
                ),
                Some(i) => (
                    None,
                    start_unscheduled(app, window, super::reason_of(i, ""), minutes),
                ),
                None => {
                    let minutes = match action {
                        Action::Longer => (minutes + 5).min(max),
                        Action::Shorter => minutes.saturating_sub(5).max(5),
                        _ => minutes,
                    };
                    let selected = moved(selected, REASONS.len(), &action);
                    (Some(Modal::BreakReason { selected, minutes }), vec![])
                }
            }
        }
        Modal::OtherReason { mut note, minutes } => match action {
            Action::Back => (
                Some(Modal::BreakReason {
                    selected: REASONS.len() - 1,
                    minutes,
                }),
                vec![],
            ),
            Action::Confirm if !note.trim().is_empty() => {
                let reason = Some(BreakReason::Other(crate::text::clean(&note)));
                (None, start_unscheduled(app, window, reason, minutes))
            }
            Action::Type(c) => {
                if note.chars().count() < NOTE_MAX && !c.is_control() {
                    note.push(c);
                }
                (Some(Modal::OtherReason { note, minutes }), vec![])
            }
            Action::Erase => {
                note.pop();
                (Some(Modal::OtherReason { note, minutes }), vec![])
            }
            _ => (Some(Modal::OtherReason { note, minutes }), vec![]),
        },
        Modal::Playbooks { ids, selected } => {
            let chosen = match action {
                Action::Back => return (None, vec![]),
                Action::Confirm => Some(selected),
                Action::Pick(n) if n >= 1 && n <= ids.len() => Some(n - 1),
                _ => None,
            };
            let start = chosen
                .and_then(|i| ids.get(i))
                .and_then(|id| app.playbooks.iter().find(|p| &p.id == id))
                .map(|p| (p.id.clone(), p.start.clone()));
            match start {
                Some((id, step)) => (
                    Some(Modal::Playbook {
                        id,
                        step,
                        selected: 0,
                    }),
                    vec![],
                ),
                None => {
                    let selected = moved(selected, ids.len(), &action);
                    (Some(Modal::Playbooks { ids, selected }), vec![])
                }
            }
        }
        Modal::Playbook { id, step, selected } => {
            if action == Action::Back {
                return (None, vec![]);
            }
            let Some(current) = app
                .playbooks
                .iter()
                .find(|p| p.id == id)
                .and_then(|p| p.step(&step))
                .cloned()
            else {
                return (None, vec![]);
            };
            let log = |answer: Option<String>| {
                Effect::Execute(Command::FollowPlaybook {
                    window,
                    playbook: id.clone(),
                    step: step.clone(),
                    answer,
                })
            };
            if current.answers.is_empty() {
                // Advice: Enter does what it says, and the flow is done.
                if action != Action::Confirm {
                    return (Some(Modal::Playbook { id, step, selected }), vec![]);
                }
                let mut effects = vec![log(None)];
                if let Some(a) = current.action.and_then(counter_action_of) {
                    effects.extend(app.counter_action(window, a));
                }
                let modal = app.modal.take();
                return (modal, effects);
            }
            let chosen = match action {
                Action::Confirm => Some(selected),
                Action::Pick(n) if n >= 1 && n <= current.answers.len() => Some(n - 1),
                _ => None,
            };
            match chosen.and_then(|i| current.answers.get(i)) {
                Some(answer) => {
                    let effect = log(Some(answer.next.clone()));
                    (
                        Some(Modal::Playbook {
                            id: id.clone(),
                            step: answer.next.clone(),
                            selected: 0,
                        }),
                        vec![effect],
                    )
                }
                None => {
                    let selected = moved(selected, current.answers.len(), &action);
                    (Some(Modal::Playbook { id, step, selected }), vec![])
                }
            }
        }
    }
}

/// The break the cashier chose: taken at once, or asked of the supervisor where
/// the hall wants unscheduled breaks approved.
fn start_unscheduled(
    app: &App,
    window: WindowId,
    reason: Option<BreakReason>,
    minutes: u32,
) -> Vec<Effect> {
    match reason {
        Some(reason) if app.hall.policy.unscheduled_needs_approval => {
            vec![Effect::Execute(Command::RequestBreak {
                window,
                reason,
                minutes: Some(minutes),
            })]
        }
        reason => vec![Effect::Execute(Command::StartBreak {
            window,
            reason,
            minutes: Some(minutes),
            after_service: true,
        })],
    }
}

/// What a playbook's advice does at the counter.
fn counter_action_of(a: playbooks::Action) -> Option<Action> {
    use playbooks::Action as P;
    match a {
        P::CallNext => Some(Action::CallNext),
        P::Serve => Some(Action::Served),
        P::NoShow => Some(Action::NoShow),
        P::Transfer => Some(Action::Transfer),
        P::WarnQueue => Some(Action::Warn),
        P::StartBreak => Some(Action::Break),
        P::EndBreak | P::CancelBreakRequest => Some(Action::EndBreak),
        P::CallSupervisor | P::None => None,
    }
}
