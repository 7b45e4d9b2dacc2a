//! The counter's feedback prompt (key `c`): what the customer at the window
//! just said, in three steps — compliment or complaint (or a suggestion or a
//! question), its category, a few words — recorded for that ticket, window and
//! cashier.

use crate::domain::{Channel, FeedbackKind, Links, TicketId, WindowId};
use crate::feedback::rules::BUILT_IN;
use crate::feedback::{FeedbackCommand, Rules};

/// The longest note a cashier types at the counter: a few words.
pub const WORDS_MAX: usize = 120;

/// The kinds in the order the prompt offers them: what customers say most.
pub const KINDS: [FeedbackKind; 4] = [
    FeedbackKind::Compliment,
    FeedbackKind::Complaint,
    FeedbackKind::Suggestion,
    FeedbackKind::Question,
];

/// What praise is usually about, first.
const PRAISE: [&str; 6] = [
    "staff-manner",
    "competence",
    "information",
    "waiting-time",
    "premises",
    "other",
];

#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Kind {
        selected: usize,
    },
    Category {
        kind: FeedbackKind,
        selected: usize,
    },
    Words {
        kind: FeedbackKind,
        category: String,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Prompt {
    pub window: WindowId,
    /// The customer at the window, or the one just served there.
    pub ticket: Option<(TicketId, String)>,
    /// The cashier's name, as the counter shows it.
    pub staff: Option<String>,
    pub step: Step,
}

/// The categories offered for a kind: the hall's own after the built-in ones;
/// praise leads with manner and competence, the rest with the break
/// complaints this product exists to prevent.
pub fn categories(rules: &Rules, kind: FeedbackKind) -> Vec<String> {
    let built: Vec<&str> = match kind {
        FeedbackKind::Compliment => PRAISE.to_vec(),
        _ => BUILT_IN.to_vec(),
    };
    built
        .into_iter()
        .map(str::to_string)
        .chain(rules.own.iter().map(|c| c.id.clone()))
        .collect()
}

/// What the prompt does with an action: stay (with its new step), close, or
/// close with a command to record.
pub enum Outcome {
    Stay(Prompt),
    Close,
    Record(FeedbackCommand),
}

/// The prompt's reading of the counter's keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Back,
    Confirm,
    Up,
    Down,
    Pick(usize),
    Type(char),
    Erase,
}

impl Prompt {
    pub fn new(
        window: WindowId,
        ticket: Option<(TicketId, String)>,
        staff: Option<String>,
    ) -> Prompt {
        Prompt {
            window,
            ticket,
            staff,
            step: Step::Kind { selected: 0 },
        }
    }

    /// Whether keys are typed into the words.
    pub fn typing(&self) -> bool {
        matches!(self.step, Step::Words { .. })
    }

    pub fn update(mut self, rules: &Rules, input: Input) -> Outcome {
        let moved = |selected: usize, len: usize, input: &Input| match input {
            Input::Up => selected.saturating_sub(1),
            Input::Down => (selected + 1).min(len.saturating_sub(1)),
            _ => selected,
        };
        match self.step.clone() {
            Step::Kind { selected } => {
                let chosen = match input {
                    Input::Back => return Outcome::Close,
                    Input::Confirm => Some(selected),
                    Input::Pick(n) if (1..=KINDS.len()).contains(&n) => Some(n - 1),
                    _ => None,
                };
                self.step = match chosen {
                    Some(i) => Step::Category {
                        kind: KINDS[i],
                        selected: 0,
                    },
                    None => Step::Kind {
                        selected: moved(selected, KINDS.len(), &input),
                    },
                };
                Outcome::Stay(self)
            }
            Step::Category { kind, selected } => {
                let list = categories(rules, kind);
                let chosen = match input {
                    Input::Back => {
                        self.step = Step::Kind {
                            selected: KINDS.iter().position(|k| *k == kind).unwrap_or(0),
                        };
                        return Outcome::Stay(self);
                    }
                    Input::Confirm => Some(selected),
                    Input::Pick(n) if (1..=list.len().min(9)).contains(&n) => Some(n - 1),
                    _ => None,
                };
                self.step = match chosen.and_then(|i| list.get(i)) {
                    Some(category) => Step::Words {
                        kind,
                        category: category.clone(),
                        text: String::new(),
                    },
                    None => Step::Category {
                        kind,
                        selected: moved(selected, list.len(), &input),
                    },
                };
                Outcome::Stay(self)
            }
            Step::Words {
                kind,
                category,
                mut text,
            } => match input {
                Input::Back => {
                    let selected = categories(rules, kind)
                        .iter()
                        .position(|c| *c == category)
                        .unwrap_or(0);
                    self.step = Step::Category { kind, selected };
                    Outcome::Stay(self)
                }
                Input::Confirm => Outcome::Record(FeedbackCommand::Record {
                    kind,
                    channel: Channel::Counter,
                    category,
                    words: text,
                    received: None,
                    links: Links {
                        ticket: self.ticket.as_ref().map(|t| t.0),
                        window: Some(self.window),
                        ..Links::default()
                    },
                    contact: None,
                }),
                Input::Type(c) => {
                    if text.chars().count() < WORDS_MAX && !c.is_control() {
                        text.push(c);
                    }
                    self.step = Step::Words {
                        kind,
                        category,
                        text,
                    };
                    Outcome::Stay(self)
                }
                Input::Erase => {
                    text.pop();
                    self.step = Step::Words {
                        kind,
                        category,
                        text,
                    };
                    Outcome::Stay(self)
                }
                _ => {
                    self.step = Step::Words {
                        kind,
                        category,
                        text,
                    };
                    Outcome::Stay(self)
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_steps_record_what_the_customer_said_for_their_ticket() {
        let rules = Rules::default();
        let p = Prompt::new(WindowId(3), Some((TicketId(9), "C010".into())), None);
        let step = |p: Prompt, i: Input| match p.update(&rules, i) {
            Outcome::Stay(p) => p,
            _ => panic!("the prompt closed early"),
        };
        let p = step(p, Input::Pick(2));
        assert_eq!(
            p.step,
            Step::Category {
                kind: FeedbackKind::Complaint,
                selected: 0
            }
        );
        let p = step(p, Input::Pick(2));
        let p = step(p, Input::Type('L'));
        let p = step(p, Input::Type('\u{1b}'));
        let p = step(p, Input::Type('o'));
        match p.update(&rules, Input::Confirm) {
            Outcome::Record(FeedbackCommand::Record {
                kind,
                channel,
                category,
                words,
                links,
                ..
            }) => {
                assert_eq!(kind, FeedbackKind::Complaint);
                assert_eq!(channel, Channel::Counter);
                assert_eq!(category, "not-warned");
                assert_eq!(words, "Lo");
                assert_eq!(links.ticket, Some(TicketId(9)));
                assert_eq!(links.window, Some(WindowId(3)));
            }
            _ => panic!("nothing recorded"),
        }
    }

    #[test]
    fn esc_steps_back_and_closes_at_the_start() {
        let rules = Rules::default();
        let p = Prompt::new(WindowId(1), None, None);
        let Outcome::Stay(p) = p.update(&rules, Input::Pick(1)) else {
            panic!("closed");
        };
        let Outcome::Stay(p) = p.update(&rules, Input::Back) else {
            panic!("closed");
        };
        assert_eq!(p.step, Step::Kind { selected: 0 });
        assert!(matches!(p.update(&rules, Input::Back), Outcome::Close));
    }
}
