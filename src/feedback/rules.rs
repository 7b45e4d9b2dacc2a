//! The hall's rules for its quality record: the categories feedback is filed
//! under, the time limits of the complaint-handling process in working days,
//! and how long the survey screen waits. The config's `[feedback]` table fills
//! them; without it the defaults below hold.

use super::calendar::Calendar;

/// The categories every hall has. The first five are the break complaints this
/// product exists to prevent.
pub const BUILT_IN: [&str; 11] = [
    "window-closed",
    "not-warned",
    "sent-elsewhere",
    "break-overran",
    "unscheduled-break",
    "waiting-time",
    "staff-manner",
    "competence",
    "information",
    "premises",
    "other",
];

/// The categories that are about a break: their context shows the break.
pub const BREAK_CATEGORIES: [&str; 5] = [
    "window-closed",
    "not-warned",
    "sent-elsewhere",
    "break-overran",
    "unscheduled-break",
];

/// The reasons a customer can pick on the survey screen, in its order.
pub const SURVEY_REASONS: [&str; 6] = [
    "waiting-time",
    "staff-manner",
    "competence",
    "information",
    "window-closed",
    "premises",
];

/// A category the hall added in its config, named in the hall's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rules {
    /// Working days to acknowledge a complaint or question.
    pub acknowledge_days: u32,
    /// Working days to answer it.
    pub answer_days: u32,
    /// Working days to close it, when the hall sets a limit.
    pub close_days: Option<u32>,
    pub calendar: Calendar,
    /// The hall's own categories, after the built-in ones.
    pub own: Vec<Category>,
    /// Seconds the survey asks a customer before it clears itself.
    pub survey_ask_seconds: u32,
    /// Seconds the survey shows its thanks.
    pub survey_thanks_seconds: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            acknowledge_days: 1,
            answer_days: 5,
            close_days: None,
            calendar: Calendar::default(),
            own: Vec::new(),
            survey_ask_seconds: 60,
            survey_thanks_seconds: 5,
        }
    }
}

impl Rules {
    /// Every category code, the built-in ones first.
    pub fn categories(&self) -> Vec<&str> {
        BUILT_IN
            .iter()
            .copied()
            .chain(self.own.iter().map(|c| c.id.as_str()))
            .collect()
    }

    pub fn knows(&self, code: &str) -> bool {
        BUILT_IN.contains(&code) || self.own.iter().any(|c| c.id == code)
    }

    /// The hall's own name for one of its categories.
    pub fn own_name(&self, code: &str) -> Option<&str> {
        self.own
            .iter()
            .find(|c| c.id == code)
            .map(|c| c.name.as_str())
    }
}

pub fn is_break_category(code: &str) -> bool {
    BREAK_CATEGORIES.contains(&code)
}
