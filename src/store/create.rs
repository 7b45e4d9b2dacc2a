//! Making a new log. It is built whole under a temporary name in the same
//! directory and then linked into place in one step, so the log's own name
//! never shows a half-made file, and processes starting at once on a fresh
//! directory agree on one log instead of fighting over its schema.

use super::{StoreError, file, schema};
use rusqlite::{Connection, OpenFlags};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Creates the log at `path` unless another process got there first; either
/// way a whole log is at `path` afterwards.
pub(crate) fn create(path: &Path) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "log".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(".{name}.new-{}-{nanos}", std::process::id()));
    let made = build(&tmp).and_then(|()| place(&tmp, path));
    remove_with_sides(&tmp);
    made?;
    sync_dir(&dir);
    Ok(())
}

/// A complete, empty log at `tmp`: WAL mode, the schema, our identity.
fn build(tmp: &Path) -> Result<(), StoreError> {
    let sql = |source| StoreError::Sqlite {
        path: tmp.to_path_buf(),
        source,
    };
    // The file exists before SQLite opens it, with the log's permissions;
    // SQLite gives its -wal and -shm files the same.
    file::create_private(tmp).map_err(|source| StoreError::Io {
        path: tmp.to_path_buf(),
        source,
    })?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn =
        Connection::open_with_flags(tmp, flags).map_err(|e| match file::not_writable(tmp) {
            Some(what) => StoreError::NotWritable {
                path: tmp.to_path_buf(),
                what,
            },
            None => sql(e),
        })?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sql)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sql)?;
    schema::migrate(&mut conn, 0).map_err(sql)?;
    // Closing the only connection checkpoints the WAL into the file and removes
    // it, so the file is whole on its own before it gets its real name.
    conn.close().map_err(|(_, e)| sql(e))
}

/// Gives the new file its name unless one is already there. A hard link fails
/// when the name is taken, which a rename would silently replace.
fn place(tmp: &Path, path: &Path) -> Result<(), StoreError> {
    match std::fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        // Some file systems have no hard links; there a rename, only while the
        // name is still free, is the next best.
        Err(_) if !path.exists() => std::fs::rename(tmp, path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
        Err(_) => Ok(()),
    }
}

fn remove_with_sides(p: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(file::side(p, suffix));
    }
}

/// Makes the new name itself durable, not only the file's contents.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
