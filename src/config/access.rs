//! The config's `[access]` table and the logins of `[[staff]]`: who holds
//! which role, checked so that a misspelt role, a login no staff member has,
//! or a staff member who is not there is an error at its place, never a
//! silent lock-out.

use super::{Ctx, check_id};
use crate::access::{Grants, Role, Rules};
use crate::config::ConfigError;
use crate::domain::StaffId;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Roles by name, each a list of the config's role words.
type RoleLists = BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
pub(crate) struct RawAccess {
    /// Staff members by their id: the roles go to their login.
    staff: Option<RoleLists>,
    /// Logins: a staff member's, or a screen's account of its own.
    users: Option<RoleLists>,
    /// Groups of the host: every member holds the roles.
    groups: Option<RoleLists>,
}

/// A staff member's login as the config gives it, with where it is written.
pub(crate) struct Login {
    pub staff: StaffId,
    pub user: Spanned<String>,
}

/// Checks each staff member's login: a safe name, and no two people sharing one.
pub(crate) fn check_logins(cx: &Ctx, logins: &[(usize, Login)]) -> Result<(), ConfigError> {
    let mut seen: BTreeMap<&str, &Login> = BTreeMap::new();
    for (i, login) in logins {
        let key = format!("staff[{i}].user");
        let name = check_id(cx, &login.user, &key)?;
        if let Some(first) = seen.get(name.as_str()) {
            return Err(cx.at(
                &login.user,
                &key,
                &format!(
                    "login {name:?} is already staff member {:?}'s (line {}); each person has a login of their own",
                    first.staff.0,
                    cx.position(&first.user).0
                ),
            ));
        }
        seen.insert(login.user.get_ref(), login);
    }
    Ok(())
}

/// The hall's access rules: open without an `[access]` table.
pub(crate) fn check_access(
    cx: &Ctx,
    raw: Option<Spanned<RawAccess>>,
    staff: &[StaffId],
    logins: &[(usize, Login)],
) -> Result<Rules, ConfigError> {
    let Some(raw) = raw else {
        return Ok(Rules::Open);
    };
    let mut g = Grants {
        logins: logins
            .iter()
            .map(|(_, l)| (l.user.get_ref().clone(), l.staff.clone()))
            .collect(),
        ..Grants::default()
    };
    let span = raw.span();
    let raw = raw.into_inner();
    for (name, roles) in raw.staff.iter().flatten() {
        let key = format!("access.staff.{}", name.get_ref());
        let id = name.get_ref();
        if !staff.iter().any(|s| &s.0 == id) {
            let known: Vec<&str> = staff.iter().map(|s| s.0.as_str()).collect();
            return Err(cx.at(
                name,
                &key,
                &if known.is_empty() {
                    format!("unknown staff member {id:?}: the config has no [[staff]] entries")
                } else {
                    format!("unknown staff member {id:?}; staff: {}", known.join(", "))
                },
            ));
        }
        let Some((_, login)) = logins.iter().find(|(_, l)| &l.staff.0 == id) else {
            return Err(cx.at(
                name,
                &key,
                &format!(
                    "staff member {id:?} has no login: add user = \"…\" (their login on this host) to their [[staff]] entry"
                ),
            ));
        };
        let roles = check_roles(cx, roles, &key)?;
        g.users
            .entry(login.user.get_ref().clone())
            .or_default()
            .extend(roles);
    }
    for (name, roles) in raw.users.iter().flatten() {
        let key = format!("access.users.{}", name.get_ref());
        let user = check_id(cx, name, &key)?;
        let roles = check_roles(cx, roles, &key)?;
        // People are staff members, so that the log names them and a cashier
        // has a window; a login of its own is a screen's account.
        let staff_member = logins.iter().any(|(_, l)| l.user.get_ref() == &user);
        if !staff_member && let Some(role) = roles.iter().find(|r| r.is_personal()) {
            return Err(cx.at(
                name,
                &key,
                &format!(
                    "unknown user {user:?}: no [[staff]] entry has user = {user:?}; give the {} role to a staff member with that login (a login of its own takes only board, kiosk or survey)",
                    role.name()
                ),
            ));
        }
        g.users.entry(user).or_default().extend(roles);
    }
    for (name, roles) in raw.groups.iter().flatten() {
        let key = format!("access.groups.{}", name.get_ref());
        let group = check_id(cx, name, &key)?;
        let roles = check_roles(cx, roles, &key)?;
        g.groups.entry(group).or_default().extend(roles);
    }
    if g.users.is_empty() && g.groups.is_empty() {
        return Err(cx.error(
            span.start,
            "access",
            "gives nobody a role, so everyone would be refused everything; name staff, users or groups (or remove [access] to let everyone do everything)",
        ));
    }
    Ok(Rules::Roles(g))
}

fn check_roles(
    cx: &Ctx,
    roles: &Spanned<Vec<Spanned<String>>>,
    key: &str,
) -> Result<BTreeSet<Role>, ConfigError> {
    if roles.get_ref().is_empty() {
        return Err(cx.at(roles, key, "must name at least one role"));
    }
    let mut out = BTreeSet::new();
    for (i, r) in roles.get_ref().iter().enumerate() {
        let role = Role::parse(r.get_ref().trim()).ok_or_else(|| {
            let all: Vec<&str> = Role::ALL.iter().map(|r| r.name()).collect();
            cx.at(
                r,
                &format!("{key}[{i}]"),
                &format!("unknown role {:?}; roles: {}", r.get_ref(), all.join(", ")),
            )
        })?;
        out.insert(role);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::access::{Identity, Role, Rules};
    use crate::domain::StaffId;

    fn rules(src: &str) -> Rules {
        match crate::config::parse(src, "access.toml") {
            Ok(c) => c.access,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn roles_go_to_logins_by_staff_id_by_login_and_by_group() {
        let r = rules(include_str!("../../tests/config/valid/access.toml"));
        let roles = |user: &str, groups: &[&str]| -> Vec<Role> {
            r.roles_of(&Identity::new(user, groups))
                .into_iter()
                .collect()
        };
        // By staff id and by login, added up.
        assert_eq!(roles("anna", &[]), vec![Role::Cashier, Role::Trainer]);
        // Béla's login is not his id.
        assert_eq!(roles("bnagy", &[]), vec![Role::Cashier]);
        assert_eq!(roles("bela", &[]), vec![]);
        assert_eq!(roles("eva", &[]), vec![Role::Supervisor, Role::Trainer]);
        assert_eq!(roles("hallboard", &[]), vec![Role::Board]);
        assert_eq!(roles("zoe", &["tellers"]), vec![Role::Cashier]);
        assert_eq!(
            r.staff_of(&Identity::new("bnagy", &[])),
            Some(&StaffId("bela".into()))
        );
    }

    #[test]
    fn without_access_the_hall_is_open() {
        let src = include_str!("../../tests/config/valid/minimal.toml");
        assert_eq!(rules(src), Rules::Open);
        let starter = rules(crate::config::STARTER);
        assert_eq!(
            starter,
            Rules::Open,
            "the starter shows [access] commented out"
        );
    }
}
