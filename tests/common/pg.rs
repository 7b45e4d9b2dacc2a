//! A throwaway PostgreSQL server for the tests: `initdb` into a temporary
//! directory, started with `pg_ctl` on a Unix socket in that directory and no
//! TCP port, one per test binary, stopped and removed when the binary ends.
//! PostgreSQL refuses to run as root, so as root the server runs as the
//! distribution's `postgres` user. `.ci/run` installs the server when missing.
//!
//! Connections from the `postgres` role are trusted; every other role logs in
//! with a password (SCRAM), so the least-privilege tests really authenticate.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// The superuser the tests create halls with.
pub const ADMIN: &str = "postgres";
/// The database the tests' halls live in.
pub const DB: &str = "frontdesk";
/// The socket's port number: only a name here, no TCP port is opened.
const PORT: u16 = 5432;

pub struct Server {
    pub dir: PathBuf,
    bin: PathBuf,
    as_postgres: bool,
    /// For the TLS server: its TCP port on 127.0.0.1.
    pub tls_port: Option<u16>,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static TLS_SERVER: OnceLock<Server> = OnceLock::new();

/// A second server of this test binary that takes only TLS connections, on
/// 127.0.0.1 with a self-signed certificate for `localhost` (its file is
/// `server.crt` in [`Server::dir`]); started on first use.
pub fn tls_server() -> &'static Server {
    TLS_SERVER.get_or_init(|| Server::start_with(true))
}
static NEXT: AtomicU32 = AtomicU32::new(1);

/// The server of this test binary, started on first use.
pub fn server() -> &'static Server {
    SERVER.get_or_init(Server::start)
}

/// The directory with `initdb` and `pg_ctl`: Debian's, or wherever they are
/// on the path.
fn bin_dir() -> PathBuf {
    let debian = Path::new("/usr/lib/postgresql");
    if let Ok(entries) = std::fs::read_dir(debian) {
        let mut versions: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path().join("bin"))
            .filter(|p| p.join("pg_ctl").is_file())
            .collect();
        versions.sort();
        if let Some(newest) = versions.pop() {
            return newest;
        }
    }
    let out = Command::new("sh")
        .args(["-c", "dirname \"$(command -v pg_ctl)\""])
        .output()
        .expect("sh runs");
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    assert!(
        dir.join("pg_ctl").is_file(),
        "PostgreSQL's server is not installed (pg_ctl not found): `apt-get install postgresql`, as .ci/run does"
    );
    dir
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

impl Server {
    fn start() -> Server {
        Server::start_with(false)
    }

    fn start_with(tls: bool) -> Server {
        let bin = bin_dir();
        let as_postgres = is_root();
        let base = tempfile::Builder::new()
            .prefix("fd-pg-")
            .tempdir()
            .expect("temp dir")
            .keep();
        let tls_port = tls.then(|| {
            // A port the system had free a moment ago.
            let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
            probe.local_addr().expect("its address").port()
        });
        let server = Server {
            dir: base,
            bin,
            as_postgres,
            tls_port,
        };
        // First, so that a start that fails half-way is cleaned up too.
        server.watch_for_exit();
        if as_postgres {
            let ok = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&server.dir)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "chown the server's directory to postgres");
        }
        if tls {
            server.make_certificate();
        }
        let data = server.data();
        server.pg(&format!(
            "initdb -D '{}' -U {ADMIN} -A trust -N -E UTF8 --locale=C >/dev/null",
            data.display()
        ));
        let hba = if tls {
            // Over TCP only encrypted connections get in.
            format!("local all {ADMIN} trust\nhostssl all all 127.0.0.1/32 trust\n")
        } else {
            format!("local all {ADMIN} trust\nlocal all all scram-sha-256\n")
        };
        std::fs::write(data.join("pg_hba.conf"), hba).expect("write pg_hba.conf");
        server.start_server();
        server.admin_sql("postgres", &format!("CREATE DATABASE {DB}"));
        server
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// Runs a server program as the user the server runs as.
    fn pg(&self, cmd: &str) {
        self.sh(&format!("'{}'/{cmd}", self.bin.display()));
    }

    /// Runs a shell command as the user the server runs as.
    fn sh(&self, full: &str) {
        let status = if self.as_postgres {
            Command::new("runuser")
                .args(["-u", "postgres", "--", "sh", "-c", full])
                .status()
        } else {
            Command::new("sh").args(["-c", full]).status()
        };
        assert!(status.is_ok_and(|s| s.success()), "command failed: {full}");
    }

    /// Starts (or restarts) the server. `fsync` is off: a throwaway server on
    /// a shared test machine; what the tests kill is the server process, whose
    /// committed writes the operating system keeps either way.
    pub fn start_server(&self) {
        let network = match self.tls_port {
            Some(port) => format!(
                "-p {port} -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file='{dir}/server.crt' -c ssl_key_file='{dir}/server.key'",
                dir = self.dir.display()
            ),
            None => format!("-p {PORT} -c listen_addresses="),
        };
        self.pg(&format!(
            "pg_ctl -D '{}' -l '{}' -w -o \"-k '{}' {network} -c fsync=off -c max_connections=200\" start >/dev/null",
            self.data().display(),
            self.dir.join("server.log").display(),
            self.dir.display()
        ));
    }

    /// A self-signed certificate for `localhost`, made with the openssl tool.
    fn make_certificate(&self) {
        let dir = self.dir.display();
        self.sh(&format!(
            "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
             -addext subjectAltName=DNS:localhost -keyout '{dir}/server.key' -out '{dir}/server.crt' \
             >/dev/null 2>&1 && chmod 600 '{dir}/server.key'"
        ));
    }

    /// Kills the server as a crash would: no clean shutdown, connections cut.
    pub fn kill(&self) {
        self.pg(&format!(
            "pg_ctl -D '{}' -m immediate -w stop >/dev/null",
            self.data().display()
        ));
    }

    /// Stops the server and removes its directory once this test binary has
    /// ended, however it ends.
    fn watch_for_exit(&self) {
        let stop = format!(
            "'{}'/pg_ctl -D '{}' -m immediate stop",
            self.bin.display(),
            self.data().display()
        );
        let stop = if self.as_postgres {
            format!("runuser -u postgres -- sh -c \"{stop}\"")
        } else {
            stop
        };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{dir}'",
            pid = std::process::id(),
            dir = self.dir.display()
        );
        let _ = Command::new("setsid")
            .args(["sh", "-c", &script])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
    }

    /// A URL over TCP to the TLS server, with `options` after `?`.
    pub fn tls_url(&self, host: &str, options: &str) -> String {
        format!(
            "postgresql://{ADMIN}@{host}:{}/{DB}?{options}",
            self.tls_port.unwrap_or(PORT)
        )
    }

    /// A URL for `user` on database `db`, over the socket.
    pub fn url_for(&self, user: &str, db: &str) -> String {
        format!(
            "postgresql://{user}@localhost/{db}?host={}&port={}&sslmode=disable",
            self.dir.display(),
            self.tls_port.unwrap_or(PORT)
        )
    }

    /// The superuser's URL on the tests' database.
    pub fn url(&self) -> String {
        self.url_for(ADMIN, DB)
    }

    /// A URL whose server is not running: nothing listens on its socket.
    pub fn dead_url(&self) -> String {
        format!(
            "postgresql://{ADMIN}@localhost/{DB}?host={}&port=1&sslmode=disable&connect_timeout=2",
            self.dir.display()
        )
    }

    /// Runs SQL as the superuser on database `db`.
    pub fn admin_sql(&self, db: &str, sql: &str) {
        let mut client = postgres::Client::connect(&self.url_for(ADMIN, db), postgres::NoTls)
            .expect("connect as the superuser");
        client
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Runs SQL on the tests' database and returns the first column of each row
    /// as text.
    pub fn query(&self, sql: &str) -> Vec<Option<String>> {
        let mut client = postgres::Client::connect(&self.url(), postgres::NoTls).expect("connect");
        client
            .simple_query(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .into_iter()
            .filter_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_string)),
                _ => None,
            })
            .collect()
    }
}

/// A hall id no other test of any binary uses.
pub fn fresh_hall(prefix: &str) -> String {
    format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}
