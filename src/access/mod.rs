//! Who may do what in the hall: the roles a hall's `[access]` table gives to
//! logins and groups, and the permission table that says which role each
//! action takes. Pure: the identity of whoever acts is an argument, read from
//! the operating system by the caller (see `whoami`), never here.
//!
//! A hall without `[access]` (and the demo hall) is [`Rules::Open`]: everyone
//! may do everything, as before roles existed. With it, an action is allowed
//! when one of the acting user's roles grants it; a cashier's window actions
//! only at their own window.

mod action;
#[cfg(test)]
mod tests;

pub use action::{Action, Scope, action_of, grants};

use crate::domain::{Command, Hall, StaffId, State, WindowId};
use std::collections::{BTreeMap, BTreeSet};

/// What a person or a screen's account is in the hall.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Works at a window: their own window's queue, warnings and breaks.
    Cashier,
    /// Plans and publishes, answers requests, overrides policies.
    Supervisor,
    /// Runs training sessions and reads their logs.
    Trainer,
    /// The hall display board's account.
    Board,
    /// The ticket dispenser's account.
    Kiosk,
    /// The customers' rating screen's account.
    Survey,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Cashier,
        Role::Supervisor,
        Role::Trainer,
        Role::Board,
        Role::Kiosk,
        Role::Survey,
    ];

    /// The word the config uses.
    pub fn name(self) -> &'static str {
        match self {
            Role::Cashier => "cashier",
            Role::Supervisor => "supervisor",
            Role::Trainer => "trainer",
            Role::Board => "board",
            Role::Kiosk => "kiosk",
            Role::Survey => "survey",
        }
    }

    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }

    /// Roles of people, as against the accounts of the screens in the hall.
    pub fn is_personal(self) -> bool {
        matches!(self, Role::Cashier | Role::Supervisor | Role::Trainer)
    }
}

/// Who is acting: the operating-system user running the process and the
/// groups it runs with. Given, never typed: `--origin` names a place only.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Identity {
    pub user: String,
    pub groups: Vec<String>,
}

impl Identity {
    pub fn new(user: &str, groups: &[&str]) -> Identity {
        Identity {
            user: user.to_string(),
            groups: groups.iter().map(|g| g.to_string()).collect(),
        }
    }
}

/// The roles a hall's `[access]` table gives.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Grants {
    /// By login.
    pub users: BTreeMap<String, BTreeSet<Role>>,
    /// By group: every member holds them.
    pub groups: BTreeMap<String, BTreeSet<Role>>,
    /// Which staff member each login is (`user = "…"` in `[[staff]]`).
    pub logins: BTreeMap<String, StaffId>,
}

/// A hall's access rules.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Rules {
    /// No `[access]` table: everyone may do everything.
    #[default]
    Open,
    Roles(Grants),
}

impl Rules {
    pub fn is_open(&self) -> bool {
        matches!(self, Rules::Open)
    }

    /// Every role `who` holds, by login and by group; all of them in an open hall.
    pub fn roles_of(&self, who: &Identity) -> BTreeSet<Role> {
        match self {
            Rules::Open => Role::ALL.into_iter().collect(),
            Rules::Roles(g) => {
                let mut roles: BTreeSet<Role> = g.users.get(&who.user).cloned().unwrap_or_default();
                for group in &who.groups {
                    if let Some(more) = g.groups.get(group) {
                        roles.extend(more);
                    }
                }
                roles
            }
        }
    }

    /// The staff member this login is, if the config names one.
    pub fn staff_of(&self, who: &Identity) -> Option<&StaffId> {
        match self {
            Rules::Open => None,
            Rules::Roles(g) => g.logins.get(&who.user),
        }
    }

    /// Whether `window` is `who`'s own: staffed by them now, or, while nobody
    /// staffs it, their window in the config.
    pub fn owns(&self, who: &Identity, hall: &Hall, state: &State, window: WindowId) -> bool {
        let Some(me) = self.staff_of(who) else {
            return false;
        };
        match &state.window(window).staff {
            Some(s) if state.window(window).open => s == me,
            _ => hall.staff(me).is_some_and(|s| s.window == Some(window)),
        }
    }

    /// Whether `who` may take `action` (at `window`, for a window's action),
    /// or why not.
    pub fn check(
        &self,
        who: &Identity,
        action: Action,
        window: Option<WindowId>,
        hall: &Hall,
        state: &State,
    ) -> Result<(), Denied> {
        let own = window.is_some_and(|w| self.owns(who, hall, state, w));
        self.check_own(who, action, window, own)
    }

    /// [`Rules::check`] for a domain command. A window opened in someone's
    /// name is that person's: a cashier may open one in their own name only.
    pub fn check_command(
        &self,
        who: &Identity,
        cmd: &Command,
        hall: &Hall,
        state: &State,
    ) -> Result<(), Denied> {
        let (action, window) = action_of(cmd);
        match cmd {
            Command::OpenWindow { staff: Some(s), .. } => {
                let own = self.staff_of(who) == Some(s);
                self.check_own(who, action, window, own)
            }
            _ => self.check(who, action, window, hall, state),
        }
    }

    fn check_own(
        &self,
        who: &Identity,
        action: Action,
        window: Option<WindowId>,
        own: bool,
    ) -> Result<(), Denied> {
        if self.is_open() {
            return Ok(());
        }
        let held = self.roles_of(who);
        let table = grants(action);
        let mut only_elsewhere = false;
        for (role, scope) in table {
            if !held.contains(role) {
                continue;
            }
            match (scope, window) {
                (Scope::Anywhere, _) | (Scope::OwnWindow, None) => return Ok(()),
                (Scope::OwnWindow, Some(_)) if own => return Ok(()),
                (Scope::OwnWindow, Some(_)) => only_elsewhere = true,
            }
        }
        Err(Denied {
            action,
            user: who.user.clone(),
            needed: table.iter().map(|(r, _)| *r).collect(),
            held: held.into_iter().collect(),
            window: window.filter(|_| only_elsewhere),
        })
    }
}

/// An action refused for want of a role. Nothing was done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Denied {
    pub action: Action,
    pub user: String,
    /// The roles that would allow it.
    pub needed: Vec<Role>,
    /// The roles the user holds.
    pub held: Vec<Role>,
    /// Set when the user is a cashier and this window is not theirs.
    pub window: Option<WindowId>,
}
