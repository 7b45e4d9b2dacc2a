//! The words for who may do what: a refusal for want of a role, in one line
//! that names the action, the user and the role it takes, the same on the
//! command line and on the screens.

use crate::access::{Denied, Role};
use crate::i18n::Tr;

/// A role's name in the interface language (with the config's word beside it
/// where the two differ).
pub fn role(tr: &Tr, role: Role) -> String {
    tr.t(&format!("role-{}", role.name()))
}

/// The refusal, in one line.
pub fn denied(tr: &Tr, d: &Denied) -> String {
    let or = format!(" {} ", tr.t("access-or"));
    let needed: Vec<String> = d.needed.iter().map(|r| role(tr, *r)).collect();
    let needed = needed.join(&or);
    let held: Vec<String> = d.held.iter().map(|r| role(tr, *r)).collect();
    let held = held.join(", ");
    let user = crate::text::clean(&d.user);
    let action = d.action.name();
    match d.window {
        Some(w) => tr.f(
            "access-refused-window",
            &[
                ("user", (&user).into()),
                ("action", action.into()),
                ("window", i64::from(w.0).into()),
            ],
        ),
        None if d.held.is_empty() => tr.f(
            "access-refused-none",
            &[
                ("user", (&user).into()),
                ("action", action.into()),
                ("needed", (&needed).into()),
            ],
        ),
        None => tr.f(
            "access-refused",
            &[
                ("user", (&user).into()),
                ("action", action.into()),
                ("needed", (&needed).into()),
                ("held", (&held).into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Action;
    use crate::domain::WindowId;
    use crate::i18n::Lang;

    fn refusal(held: Vec<Role>, window: Option<WindowId>) -> Denied {
        Denied {
            action: Action::BreakApprove,
            user: "anna".into(),
            needed: vec![Role::Supervisor],
            held,
            window,
        }
    }

    #[test]
    fn a_refusal_names_the_action_the_user_and_the_role_in_every_language() {
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for d in [
                refusal(vec![Role::Cashier], None),
                refusal(vec![], None),
                refusal(vec![Role::Cashier], Some(WindowId(2))),
            ] {
                let text = denied(&tr, &d);
                assert!(text.contains("anna"), "{lang}: {text}");
                assert!(text.contains("break approve"), "{lang}: {text}");
                assert!(!text.contains('\n'), "{lang}: {text}");
                if d.window.is_some() {
                    assert!(text.contains('2'), "{lang}: {text}");
                } else {
                    assert!(text.contains("supervisor"), "{lang}: {text}");
                }
            }
        }
        let en = denied(&Tr::new(Lang::En), &refusal(vec![Role::Cashier], None));
        assert_eq!(
            en,
            "anna may not break approve: it takes the supervisor role, and anna has cashier."
        );
    }
}
