//! Who is running this process: the operating-system user (over SSH too, the
//! login that connected) and the groups the process runs with. This is the
//! identity every event records and every permission is checked against; it
//! is taken from the kernel, never from an option or a variable a person sets.

use crate::access::Identity;
use nix::unistd::{Gid, Group, Uid, User, getgroups};

/// The identity of this process. A user or group with no name in the system's
/// database (a bare container's uid) is named by its number.
pub fn current() -> Identity {
    let uid = Uid::effective();
    let user = User::from_uid(uid)
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| uid.to_string());
    let mut gids = vec![Gid::effective()];
    gids.extend(getgroups().unwrap_or_default());
    let mut groups: Vec<String> = Vec::new();
    for gid in gids {
        let name = Group::from_gid(gid)
            .ok()
            .flatten()
            .map(|g| g.name)
            .unwrap_or_else(|| gid.to_string());
        if !groups.contains(&name) {
            groups.push(name);
        }
    }
    Identity { user, groups }
}
