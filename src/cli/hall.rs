//! What every command on the hall's log shares: the open hall, the translator,
//! the clock and who acts, and carrying out one domain command with the hall's
//! words for what happened or why it was refused.

use super::failure::{Failure, say};
use super::input::window_id;
use crate::clock::Clock;
use crate::domain::{Command, Hall, Instant, Override, RefusalClass, WindowId};
use crate::i18n::Tr;
use crate::setup::Opened;
use crate::store::ExecError;
use crate::views::describe;

/// One command line's seat at the hall.
pub struct Desk<'a> {
    pub opened: &'a mut Opened,
    pub tr: &'a Tr,
    pub clock: Clock,
    pub origin: &'a str,
    pub hall: Hall,
    /// "Now" as the command began: the day and times typed are read against it.
    pub now: Instant,
}

impl<'a> Desk<'a> {
    pub fn new(opened: &'a mut Opened, tr: &'a Tr, clock: Clock, origin: &'a str) -> Self {
        let hall = opened.log.hall().clone();
        Desk {
            opened,
            tr,
            clock,
            origin,
            hall,
            now: clock.now(),
        }
    }

    /// A window number the hall has.
    pub fn window(&self, n: u32) -> Result<WindowId, Failure> {
        window_id(&self.hall, self.tr, n)
    }

    /// Decides `cmd` against the latest state, appends what it yields, and
    /// prints each event in words; a refusal becomes exit 1 or 2 by its class.
    pub fn exec(&mut self, cmd: Command, ovr: Option<Override>) -> Result<(), Failure> {
        super::guard::require_command(self.opened, self.tr, &cmd, ovr.is_some())?;
        // An override is the supervisor's who runs the command, never a name typed.
        let ovr = ovr.map(|o| Override {
            by: self.opened.identity.user.clone(),
            ..o
        });
        let (tr, hall) = (self.tr, &self.hall);
        let recorded = self
            .opened
            .log
            .execute(&cmd, self.clock.now(), ovr.as_ref(), self.origin)
            .map_err(|e| match e {
                ExecError::Refused(r) => {
                    let text = describe::refusal(tr, hall, &r);
                    match r.class() {
                        RefusalClass::BadInput => Failure::Bad(text),
                        RefusalClass::Rule | RefusalClass::Policy => Failure::Refused(text),
                    }
                }
                ExecError::Store(s) => Failure::Bad(s.to_string()),
            })?;
        let state = self.opened.log.state();
        if recorded.is_empty() {
            say(&tr.t("nothing-to-do"));
        }
        for r in &recorded {
            say(&describe::event(tr, hall, state, r));
        }
        Ok(())
    }
}
