//! What the log's file looks like before SQLite opens it: present or not, and
//! whole. SQLite takes an empty file for a new database and reads past the end
//! of a cut-short one as if the missing pages were blank, so a log that was
//! emptied or truncated would quietly start the day again from ticket 1.

use super::StoreError;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The first bytes of every SQLite database.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The database header is the first 100 bytes of page 1.
const HEADER_LEN: usize = 100;

/// The log file as found on disk.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// No file: a new log is to be made.
    Missing,
    /// A file whose header reads as a whole SQLite database.
    Whole,
}

/// A side file of the log: `-wal` or `-shm`.
pub(crate) fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Looks at the file at `path` without changing it. An empty file, one too
/// short for its own header, or one shorter than its header says is damaged;
/// one that does not start like a database is not a log at all.
pub(crate) fn examine(path: &Path) -> Result<Found, StoreError> {
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let len = f.metadata().map_err(io)?.len();
    if f.metadata().map_err(io)?.is_dir() {
        return Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    let mut head = Vec::with_capacity(HEADER_LEN);
    f.by_ref()
        .take(HEADER_LEN as u64)
        .read_to_end(&mut head)
        .map_err(io)?;
    let damaged = |detail: String| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    if len == 0 {
        return Err(damaged(
            "the file is empty (0 bytes): it was emptied or cut short, it is not a new log".into(),
        ));
    }
    let n = head.len().min(MAGIC.len());
    if head[..n] != MAGIC[..n] {
        return Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    if head.len() < HEADER_LEN {
        return Err(damaged(format!(
            "the file is only {len} bytes, too short for the header of a database: it was cut short"
        )));
    }
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(damaged(format!(
            "its header gives an impossible page size ({page_size})"
        )));
    }
    // While the write-ahead file holds frames, pages may live there and the
    // main file can be legitimately short: SQLite's recovery sorts that out.
    let wal_frames = std::fs::metadata(side(path, "-wal")).is_ok_and(|m| m.len() > 0);
    if wal_frames {
        return Ok(Found::Whole);
    }
    let be32 = |at: usize| u32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let (counter, pages, valid_for) = (be32(24), u64::from(be32(28)), be32(92));
    // The page count in the header is only kept up to date by writers that
    // also set "version-valid-for"; otherwise SQLite goes by the file's size.
    let expected = if counter == valid_for && pages > 0 {
        pages * page_size
    } else {
        len.div_ceil(page_size) * page_size
    };
    if len < expected || len % page_size != 0 {
        return Err(damaged(format!(
            "the file is {len} bytes but its header says {expected}: it was cut short"
        )));
    }
    Ok(Found::Whole)
}

/// Read and write for the owner and the group, nothing for anyone else: on a
/// shared host the hall's staff share the log through a group (see the
/// README), and customers' and staff's doings are no other user's business.
pub const LOG_MODE: u32 = 0o660;

/// Creates an empty file with [`LOG_MODE`], whatever the umask. In a setgid
/// data directory it takes the directory's group.
pub(crate) fn create_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(LOG_MODE)
        .open(path)?;
    f.set_permissions(std::fs::Permissions::from_mode(LOG_MODE))
}

/// Whether a file can be read by every user of the host.
pub fn world_readable(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o004 != 0).then_some(mode)
}

/// Whether this process may write `path`, and if not, what stands in the way:
/// the file itself or its directory (where SQLite keeps its `-wal` and `-shm`
/// files next to it). Probing by opening is the only check that agrees with
/// the kernel for every user, root included.
pub(crate) fn not_writable(path: &Path) -> Option<PathBuf> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if std::fs::OpenOptions::new().append(true).open(path).is_err() && path.exists() {
        return Some(path.to_path_buf());
    }
    let probe = dir.join(format!(".frontdesk-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            None
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
        Err(_) => Some(dir.to_path_buf()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, bytes: &[u8]) -> PathBuf {
        let p = dir.join("hall.sqlite");
        std::fs::write(&p, bytes).expect("write");
        p
    }

    #[test]
    fn an_empty_or_short_file_is_damaged_not_new() {
        let d = tempfile::tempdir().expect("tempdir");
        for bytes in [&b""[..], &MAGIC[..10], &MAGIC[..]] {
            let p = write(d.path(), bytes);
            match examine(&p) {
                Err(StoreError::Corrupt { detail, .. }) => {
                    assert!(
                        detail.contains("cut short") || detail.contains("empty"),
                        "{detail}"
                    )
                }
                other => panic!("{} bytes: {other:?}", bytes.len()),
            }
        }
        assert_eq!(
            examine(&d.path().join("none.sqlite")).ok(),
            Some(Found::Missing)
        );
    }

    #[test]
    fn a_file_that_is_not_a_database_is_named_so() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = write(d.path(), b"window,start,end\n1,12:00,12:30\n");
        assert!(matches!(examine(&p), Err(StoreError::NotADatabase { .. })));
    }
}
