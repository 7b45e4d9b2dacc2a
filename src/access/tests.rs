//! The permission table, every action against every role, with the identity
//! injected: what each role may do is written out here on its own, row by
//! row, and checked against the rules as the hall applies them.

use super::*;
use crate::domain::{Event, Reply, RequestId, Staff};
use chrono::{TimeZone, Utc};

/// What a role may do with an action: `all` anywhere, `own` only at the
/// user's own window, `-` not at all. Columns: cashier, supervisor, trainer,
/// board, kiosk, survey.
const TABLE: &str = "
overview                 all all -   -   -   -
counter                  all all -   -   -   -
plan                     -   all -   -   -   -
board                    -   all -   all -   -
kiosk                    -   all -   -   all -
survey                   -   all -   -   -   all
status                   all all all -   -   -
log                      -   all -   -   -   -
break-list               all all all -   -   -
plan-print               -   all -   -   -   -
notice-dry-run           all all -   -   -   -
simulate                 -   all -   -   -   -
ticket-issue             all all -   -   all -
ticket-call              own -   -   -   -   -
ticket-recall            own -   -   -   -   -
ticket-serve             own -   -   -   -   -
ticket-no-show           own -   -   -   -   -
ticket-transfer          own -   -   -   -   -
ticket-cancel            all all -   -   -   -
window-open              own all -   -   -   -
window-close             own all -   -   -   -
break-plan               -   all -   -   -   -
break-change             -   all -   -   -   -
break-cancel             -   all -   -   -   -
break-publish            -   all -   -   -   -
break-warn               own -   -   -   -   -
break-start              own -   -   -   -   -
break-end                own -   -   -   -   -
break-request            own -   -   -   -   -
break-approve            -   all -   -   -   -
break-postpone           -   all -   -   -   -
break-decline            -   all -   -   -   -
--override               -   all -   -   -   -
phrase                   own -   -   -   -   -
playbook                 own -   -   -   -   -
feedback-at-the-counter  own -   -   -   -   -
feedback                 -   all -   -   -   -
feedback-contacts        -   all -   -   -   -
report                   -   all -   -   -   -
notice                   -   all -   -   -   -
train                    -   -   all -   -   -
replay                   -   -   all -   -   -
demo-reset               -   all -   -   -   -
store-check              -   all -   -   -   -
store-backup             -   all -   -   -   -
store-restore            -   all -   -   -   -
";

fn at() -> crate::domain::Instant {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// The sample hall with Anna at window 1 and Béla at window 2; window 1 open
/// and staffed by Anna, window 2 open and staffed by Béla.
fn hall_and_state() -> (Hall, State) {
    let mut hall = Hall::sample();
    for (id, name, window) in [("anna", "Anna Kovács", 1), ("bela", "Béla Nagy", 2)] {
        hall.staff.push(Staff {
            id: StaffId(id.into()),
            name: name.into(),
            window: Some(WindowId(window)),
            shift: None,
            breaks: vec![],
        });
    }
    let mut state = State::new();
    for (w, s) in [(1, "anna"), (2, "bela")] {
        state.apply(
            at(),
            &Event::WindowOpened {
                window: WindowId(w),
                staff: Some(StaffId(s.into())),
            },
        );
    }
    (hall, state)
}

/// Rules where `anna` (Anna's login) holds exactly `role`.
fn one_role(role: Role) -> Rules {
    let mut g = Grants::default();
    g.users.insert("anna".into(), [role].into());
    g.logins.insert("anna".into(), StaffId("anna".into()));
    g.logins.insert("bela".into(), StaffId("bela".into()));
    Rules::Roles(g)
}

fn anna() -> Identity {
    Identity::new("anna", &["anna", "staff"])
}

#[test]
fn every_action_against_every_role() {
    let (hall, state) = hall_and_state();
    let rows: Vec<Vec<&str>> = TABLE
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().collect())
        .collect();
    // Every action has its row, and no row names an action that is not one.
    assert_eq!(rows.len(), Action::ALL.len());
    let mut checked = 0;
    for action in Action::ALL {
        let key = action.name().replace(' ', "-").replace("---", "-");
        let row = rows
            .iter()
            .find(|r| r[0] == key)
            .unwrap_or_else(|| panic!("no row for {key}"));
        assert_eq!(row.len(), 1 + Role::ALL.len(), "{key}");
        for (role, cell) in Role::ALL.into_iter().zip(&row[1..]) {
            let rules = one_role(role);
            let mine = rules.check(&anna(), action, Some(WindowId(1)), &hall, &state);
            let theirs = rules.check(&anna(), action, Some(WindowId(2)), &hall, &state);
            let whole = rules.check(&anna(), action, None, &hall, &state);
            let got = match (mine.is_ok(), theirs.is_ok()) {
                (true, true) => "all",
                (true, false) => "own",
                (false, false) => "-",
                (false, true) => "mixed up",
            };
            assert_eq!(got, *cell, "{key} as {}", role.name());
            // An action of the whole hall is the role's wherever it is allowed.
            assert_eq!(whole.is_ok(), *cell != "-", "{key} as {}", role.name());
            if let Err(denied) = theirs {
                assert_eq!(denied.action, action);
                assert_eq!(denied.user, "anna");
                assert_eq!(denied.held, vec![role]);
                // The message names the roles that would do: never an empty list.
                assert!(!denied.needed.is_empty(), "{key}");
                assert_eq!(denied.window.is_some(), *cell == "own", "{key}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 46 * 6);
}

#[test]
fn an_open_hall_lets_everyone_do_everything() {
    let (hall, state) = hall_and_state();
    let nobody = Identity::new("zoe", &[]);
    for action in Action::ALL {
        for w in [None, Some(WindowId(1)), Some(WindowId(3))] {
            assert_eq!(Rules::Open.check(&nobody, action, w, &hall, &state), Ok(()));
        }
    }
    assert_eq!(Rules::Open.roles_of(&nobody).len(), Role::ALL.len());
}

#[test]
fn a_user_with_no_role_may_do_nothing_and_is_told_which_role_it_takes() {
    let (hall, state) = hall_and_state();
    let zoe = Identity::new("zoe", &["zoe"]);
    for action in Action::ALL {
        let denied =
            one_role(Role::Supervisor).check(&zoe, action, Some(WindowId(1)), &hall, &state);
        let denied = denied.err().unwrap_or_else(|| panic!("{action:?} allowed"));
        assert!(denied.held.is_empty());
        assert_eq!(
            denied.window, None,
            "{action:?}: not a question of the window"
        );
    }
    let denied = one_role(Role::Supervisor)
        .check(&zoe, Action::BreakApprove, None, &hall, &state)
        .err();
    assert_eq!(denied.map(|d| d.needed), Some(vec![Role::Supervisor]));
}

#[test]
fn roles_add_up_across_the_login_and_its_groups() {
    let (hall, state) = hall_and_state();
    let mut g = Grants::default();
    g.users.insert("anna".into(), [Role::Cashier].into());
    g.groups.insert("leads".into(), [Role::Supervisor].into());
    g.logins.insert("anna".into(), StaffId("anna".into()));
    let rules = Rules::Roles(g);
    let plain = Identity::new("anna", &["anna"]);
    let lead = Identity::new("anna", &["anna", "leads"]);
    let approve = |who: &Identity| rules.check(who, Action::BreakApprove, None, &hall, &state);
    let call =
        |who: &Identity| rules.check(who, Action::TicketCall, Some(WindowId(1)), &hall, &state);
    assert!(approve(&plain).is_err());
    assert_eq!(approve(&lead), Ok(()));
    // A cashier who is also a supervisor keeps the cashier's window.
    assert_eq!(call(&lead), Ok(()));
    assert_eq!(call(&plain), Ok(()));
    // A group alone gives its roles to a login the table does not name.
    let eva = Identity::new("eva", &["leads"]);
    assert_eq!(approve(&eva), Ok(()));
    assert_eq!(
        rules.roles_of(&eva).into_iter().collect::<Vec<_>>(),
        vec![Role::Supervisor]
    );
}

#[test]
fn a_cashiers_window_is_the_one_they_staff_or_else_their_own_in_the_config() {
    let (hall, mut state) = hall_and_state();
    let rules = one_role(Role::Cashier);
    let me = anna();
    let owns = |state: &State, w| rules.owns(&me, &hall, state, WindowId(w));
    assert!(owns(&state, 1));
    assert!(!owns(&state, 2), "Béla's window");
    assert!(!owns(&state, 3), "nobody's window");
    // Anna closes window 1 and is then signed in at window 3.
    state.apply(
        at(),
        &Event::WindowClosed {
            window: WindowId(1),
        },
    );
    assert!(owns(&state, 1), "closed, it is still hers in the config");
    state.apply(
        at(),
        &Event::WindowOpened {
            window: WindowId(3),
            staff: Some(StaffId("anna".into())),
        },
    );
    assert!(owns(&state, 3));
    // Someone else opens window 1 in their name: no longer hers.
    state.apply(
        at(),
        &Event::WindowOpened {
            window: WindowId(1),
            staff: Some(StaffId("bela".into())),
        },
    );
    assert!(!owns(&state, 1));
    // A login that is no staff member's has no window at all.
    let zoe = Identity::new("zoe", &[]);
    assert!(!rules.owns(&zoe, &hall, &state, WindowId(3)));
}

#[test]
fn a_cashier_opens_a_window_in_their_own_name_only() {
    let (hall, mut state) = hall_and_state();
    state.apply(
        at(),
        &Event::WindowClosed {
            window: WindowId(1),
        },
    );
    let cashier = one_role(Role::Cashier);
    let open = |window, staff: Option<&str>| Command::OpenWindow {
        window: WindowId(window),
        staff: staff.map(|s| StaffId(s.into())),
    };
    let check = |rules: &Rules, cmd: &Command| rules.check_command(&anna(), cmd, &hall, &state);
    assert_eq!(check(&cashier, &open(1, None)), Ok(()), "her window");
    assert_eq!(
        check(&cashier, &open(3, Some("anna"))),
        Ok(()),
        "in her name"
    );
    let denied = check(&cashier, &open(1, Some("bela"))).err();
    assert_eq!(denied.and_then(|d| d.window), Some(WindowId(1)));
    assert!(check(&cashier, &open(3, None)).is_err(), "nobody's window");
    let supervisor = one_role(Role::Supervisor);
    assert_eq!(check(&supervisor, &open(3, Some("bela"))), Ok(()));
}

#[test]
fn every_command_is_an_action_of_the_table() {
    let w = WindowId(2);
    let day = at().date_naive();
    let cases = [
        (Command::CallNext { window: w }, Action::TicketCall, Some(w)),
        (
            Command::AnswerRequest {
                request: RequestId(1),
                answer: Reply::Approve,
            },
            Action::BreakApprove,
            None,
        ),
        (
            Command::AnswerRequest {
                request: RequestId(1),
                answer: Reply::Postpone { minutes: 10 },
            },
            Action::BreakPostpone,
            None,
        ),
        (Command::PublishBreaks { day }, Action::BreakPublish, None),
        (Command::IssueNotice { day }, Action::NoticeIssue, None),
        (
            Command::SayPhrase {
                window: w,
                phrase: "warning".into(),
                lang: "en".into(),
            },
            Action::SayPhrase,
            Some(w),
        ),
    ];
    for (cmd, action, window) in cases {
        assert_eq!(action_of(&cmd), (action, window), "{cmd:?}");
    }
}

#[test]
fn role_names_are_the_configs_words() {
    for role in Role::ALL {
        assert_eq!(Role::parse(role.name()), Some(role));
    }
    assert_eq!(Role::parse("Supervisor"), None);
    assert_eq!(
        Role::ALL.iter().filter(|r| r.is_personal()).count(),
        3,
        "cashier, supervisor, trainer"
    );
}
