//! Reaching a PostgreSQL server from a `postgresql://` URL, the way libpq
//! does: what the URL leaves out comes from the standard `PG*` environment
//! variables, the password from a password file, `PGPASSWORD` or `.pgpass`;
//! `sslmode` (disable, allow, prefer, require, verify-ca, verify-full) is
//! honoured with OpenSSL. The password never appears in anything shown: every
//! message names the server by [`Target::shown`].

use ::postgres::config::{Host, SslMode};
use ::postgres::{Client, Config};
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres_openssl::MakeTlsConnector;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Over TCP, a server that stops answering is given up on after this long, so
/// a screen never hangs on a dead connection.
const TCP_TIMEOUT: Duration = Duration::from_secs(10);

/// How far the server's certificate is checked.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Verify {
    /// Encrypt without checking who answers (libpq's `require` without a root
    /// certificate).
    None,
    /// The certificate must chain to a trusted root.
    Ca,
    /// ... and name the host connected to.
    Full,
}

/// A server to connect to, ready to use; what it prints never holds a password.
#[derive(Clone)]
pub struct Target {
    config: Config,
    verify: Verify,
    root_cert: Option<PathBuf>,
    shown: String,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// Whether `url` names a PostgreSQL database rather than a file.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgresql://") || url.starts_with("postgres://")
}

/// Something in a URL or a password file that cannot be used, in words.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UrlError(pub String);

impl Target {
    /// Reads a URL, filling in what it leaves out from the environment (`PGHOST`,
    /// `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`, `PGPASSFILE`,
    /// `PGSSLMODE`, `PGSSLROOTCERT`, `PGAPPNAME`, `PGCONNECT_TIMEOUT`).
    pub fn parse(url: &str) -> Result<Target, UrlError> {
        Target::parse_with(url, &|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
    }

    /// [`Target::parse`] with the environment given, for tests.
    pub fn parse_with(url: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Target, UrlError> {
        if !is_postgres_url(url) {
            return Err(UrlError(format!(
                "{}: not a PostgreSQL URL (postgresql://USER@HOST/DATABASE)",
                redact(url)
            )));
        }
        // Options libpq knows that the driver does not are taken out first.
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, q),
            None => (url, ""),
        };
        let mut ours: BTreeMap<String, String> = BTreeMap::new();
        let mut kept: Vec<&str> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(k);
            if matches!(
                key.as_str(),
                "sslmode" | "sslrootcert" | "passfile" | "password_file" | "host"
            ) {
                ours.insert(key, decode(v));
            } else {
                kept.push(pair);
            }
        }
        // As libpq: a `host` in the query replaces the one before the path
        // (`postgresql://clerk@localhost/db?host=/run/sock` uses the socket).
        let base = match ours.get("host") {
            Some(_) => without_host(base),
            None => base.to_string(),
        };
        let driver_url = if kept.is_empty() {
            base
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        let mut config = Config::from_str(&driver_url)
            .map_err(|e| UrlError(format!("{}: {}", redact(url), flat(&e.to_string()))))?;

        if let Some(hosts) = ours.get("host") {
            for host in hosts.split(',') {
                config.host(host);
            }
        }
        if config.get_hosts().is_empty() {
            match env("PGHOST") {
                Some(h) => {
                    for host in h.split(',') {
                        config.host(host);
                    }
                }
                None => {
                    let socket = Path::new("/var/run/postgresql");
                    if socket.is_dir() {
                        config.host_path(socket);
                    } else {
                        config.host("localhost");
                    }
                }
            }
        }
        if config.get_ports().is_empty()
            && let Some(p) = env("PGPORT")
        {
            let port = p
                .parse::<u16>()
                .map_err(|_| UrlError(format!("PGPORT: not a port number: {p}")))?;
            config.port(port);
        }
        if config.get_user().is_none()
            && let Some(u) = env("PGUSER")
        {
            config.user(&u);
        }
        if config.get_dbname().is_none()
            && let Some(d) = env("PGDATABASE")
        {
            config.dbname(&d);
        }
        if config.get_application_name().is_none() {
            config.application_name(&env("PGAPPNAME").unwrap_or_else(|| "frontdesk".into()));
        }
        if config.get_connect_timeout().is_none() {
            let secs = env("PGCONNECT_TIMEOUT").and_then(|s| s.parse::<u64>().ok());
            config.connect_timeout(secs.map_or(CONNECT_TIMEOUT, Duration::from_secs));
        }
        if config.get_tcp_user_timeout().is_none() {
            config.tcp_user_timeout(TCP_TIMEOUT);
        }
        config.keepalives_idle(Duration::from_secs(5));
        config.keepalives_interval(Duration::from_secs(2));
        config.keepalives_retries(3);

        let mode = ours
            .get("sslmode")
            .cloned()
            .or_else(|| env("PGSSLMODE"))
            .unwrap_or_else(|| "prefer".into());
        let root_cert = ours
            .get("sslrootcert")
            .cloned()
            .or_else(|| env("PGSSLROOTCERT"))
            .map(PathBuf::from)
            .or_else(|| {
                home(env)
                    .map(|h| h.join(".postgresql/root.crt"))
                    .filter(|p| p.is_file())
            });
        let verify = match mode.as_str() {
            "disable" => {
                config.ssl_mode(SslMode::Disable);
                Verify::None
            }
            "allow" | "prefer" => {
                config.ssl_mode(SslMode::Prefer);
                Verify::None
            }
            // As libpq: `require` checks the certificate when a root is known.
            "require" => {
                config.ssl_mode(SslMode::Require);
                if root_cert.is_some() {
                    Verify::Ca
                } else {
                    Verify::None
                }
            }
            "verify-ca" => {
                config.ssl_mode(SslMode::Require);
                Verify::Ca
            }
            "verify-full" => {
                config.ssl_mode(SslMode::Require);
                Verify::Full
            }
            other => {
                return Err(UrlError(format!(
                    "{}: sslmode: unknown mode {other:?} (disable, allow, prefer, require, verify-ca or verify-full)",
                    redact(url)
                )));
            }
        };

        if config.get_password().is_none() {
            if let Some(file) = ours.get("password_file") {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| UrlError(format!("{}: password_file {file}: {e}", redact(url))))?;
                config.password(text.trim_end_matches(['\n', '\r']));
            } else if let Some(p) = env("PGPASSWORD") {
                config.password(p);
            } else {
                let passfile = ours
                    .get("passfile")
                    .cloned()
                    .or_else(|| env("PGPASSFILE"))
                    .map(PathBuf::from)
                    .or_else(|| home(env).map(|h| h.join(".pgpass")));
                if let Some(file) = passfile
                    && let Some(p) = pgpass_lookup(&file, &config)?
                {
                    config.password(p);
                }
            }
        }
        let shown = shown(&config);
        Ok(Target {
            config,
            verify,
            root_cert,
            shown,
        })
    }

    /// The server as shown in messages: user, host, port and database, never
    /// the password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Whether the connection will be encrypted when the server offers it.
    pub fn ssl_mode(&self) -> SslMode {
        self.config.get_ssl_mode()
    }

    /// Connects, with TLS as `sslmode` asks.
    pub fn connect(&self) -> Result<Client, ConnectError> {
        // As libpq: a Unix socket never carries TLS, whatever sslmode says.
        let socket_only = self
            .config
            .get_hosts()
            .iter()
            .all(|h| matches!(h, Host::Unix(_)));
        if self.config.get_ssl_mode() == SslMode::Disable || socket_only {
            return self
                .config
                .connect(::postgres::NoTls)
                .map_err(ConnectError::Postgres);
        }
        let tls = self
            .tls()
            .map_err(|e| ConnectError::Tls(flat(&e.to_string())))?;
        self.config.connect(tls).map_err(ConnectError::Postgres)
    }

    fn tls(&self) -> Result<MakeTlsConnector, openssl::error::ErrorStack> {
        let mut builder = SslConnector::builder(SslMethod::tls_client())?;
        if self.verify == Verify::None {
            // Nothing is checked, so no trusted roots need loading (which
            // takes OpenSSL a noticeable part of a second).
            builder.set_verify(SslVerifyMode::NONE);
        } else {
            match &self.root_cert {
                Some(path) if path.as_os_str() != "system" => builder.set_ca_file(path)?,
                _ => builder.set_default_verify_paths()?,
            }
            builder.set_verify(SslVerifyMode::PEER);
        }
        let mut connector = MakeTlsConnector::new(builder.build());
        let full = self.verify == Verify::Full;
        connector.set_callback(move |cfg, _| {
            cfg.set_verify_hostname(full);
            Ok(())
        });
        Ok(connector)
    }
}

/// Connecting failed: the driver's error, or TLS could not be set up.
#[derive(Debug)]
pub enum ConnectError {
    Postgres(::postgres::Error),
    Tls(String),
}

/// The home directory, as libpq finds `.pgpass` and `root.crt` in it.
fn home(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    env("HOME").map(PathBuf::from)
}

/// The password for this connection in a `.pgpass`-format file
/// (`host:port:database:user:password`, `*` for any, `\` escaping `:` and `\`).
/// As libpq, a file others may read is ignored, and a missing one is no error.
fn pgpass_lookup(file: &Path, config: &Config) -> Result<Option<String>, UrlError> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Ok(None);
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(file)
            && meta.permissions().mode() & 0o077 != 0
        {
            return Err(UrlError(format!(
                "{}: the password file may be read by others; `chmod 600 {}` it first",
                file.display(),
                file.display()
            )));
        }
    }
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        // libpq matches socket connections with `localhost` entries.
        Some(Host::Unix(_)) | None => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config
        .get_user()
        .map(str::to_string)
        .unwrap_or_else(|| std::env::var("USER").unwrap_or_default());
    let db = config.get_dbname().map_or(user.clone(), str::to_string);
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = |field: &str, value: &str| field == "*" || field == value;
        if matches(&fields[0], &host)
            && matches(&fields[1], &port)
            && matches(&fields[2], &db)
            && matches(&fields[3], &user)
        {
            return Ok(Some(fields[4..].join(":")));
        }
    }
    Ok(None)
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next()
                    && let Some(f) = fields.last_mut()
                {
                    f.push(n);
                }
            }
            ':' => fields.push(String::new()),
            c => {
                if let Some(f) = fields.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    fields
}

/// `postgresql://user@host:port/db`, from what the connection will use.
fn shown(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = config
        .get_user()
        .map(|u| format!("{u}@"))
        .unwrap_or_default();
    let db = config.get_dbname().unwrap_or("");
    format!("postgresql://{user}{host}:{port}/{db}")
}

/// The URL without the host (and port) before its path, keeping the user.
fn without_host(base: &str) -> String {
    let Some((scheme, rest)) = base.split_once("://") else {
        return base.to_string();
    };
    let (auth, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let user = auth.rsplit_once('@').map(|(u, _)| format!("{u}@"));
    format!("{scheme}://{}{path}", user.unwrap_or_default())
}

/// The URL with any password in it replaced, for a message about the URL itself.
pub fn redact(url: &str) -> String {
    let Some(rest) = url.split_once("://").map(|(_, r)| r) else {
        return url.to_string();
    };
    let scheme = &url[..url.len() - rest.len()];
    let (auth_end, query) = match rest.find(['/', '?']) {
        Some(i) => (i, &rest[i..]),
        None => (rest.len(), ""),
    };
    let auth = &rest[..auth_end];
    let auth = match auth.rsplit_once('@') {
        Some((cred, host)) => match cred.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => auth.to_string(),
        },
        None => auth.to_string(),
    };
    // A `password=` option in the query is hidden too.
    let query: Vec<String> = query
        .split('&')
        .map(|p| {
            let (head, key) = match p.rsplit_once('?') {
                Some((h, k)) => (format!("{h}?"), k),
                None => (String::new(), p),
            };
            if key.starts_with("password=") {
                format!("{head}password=***")
            } else {
                p.to_string()
            }
        })
        .collect();
    format!("{scheme}{auth}{}", query.join("&"))
}

/// Percent-decoding of a URL's query part.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                    }
                    Err(_) => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A driver message on one line.
pub fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn a_password_never_shows() {
        let t = Target::parse_with(
            "postgresql://clerk:s3cret@db.example:6543/halls?sslmode=disable",
            &env_of(&[]),
        )
        .expect("parses");
        assert_eq!(t.shown(), "postgresql://clerk@db.example:6543/halls");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert_eq!(
            redact("postgresql://clerk:s3cret@db/halls?password=x&sslmode=require"),
            "postgresql://clerk:***@db/halls?password=***&sslmode=require"
        );
        let e = Target::parse_with(
            "postgresql://clerk:s3cret@db/h?sslmode=sometimes",
            &env_of(&[]),
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(e.contains("sslmode") && !e.contains("s3cret"), "{e}");
    }

    #[test]
    fn what_the_url_leaves_out_comes_from_the_environment() {
        let t = Target::parse_with(
            "postgresql://",
            &env_of(&[
                ("PGHOST", "db.example"),
                ("PGPORT", "6000"),
                ("PGUSER", "clerk"),
                ("PGDATABASE", "halls"),
                ("PGSSLMODE", "disable"),
            ]),
        )
        .expect("parses");
        assert_eq!(t.shown(), "postgresql://clerk@db.example:6000/halls");
        assert_eq!(t.ssl_mode(), SslMode::Disable);
        // The URL wins over the environment.
        let t = Target::parse_with(
            "postgresql://teller@db2/other?sslmode=verify-full",
            &env_of(&[("PGUSER", "clerk"), ("PGSSLMODE", "disable")]),
        )
        .expect("parses");
        assert_eq!(t.shown(), "postgresql://teller@db2:5432/other");
        assert_eq!(t.ssl_mode(), SslMode::Require);
        assert_eq!(t.verify, Verify::Full);
    }

    #[test]
    fn a_host_in_the_query_replaces_the_one_before_the_path() {
        let t = Target::parse_with(
            "postgresql://clerk@localhost/halls?host=%2Frun%2Fpg&port=5433",
            &env_of(&[]),
        )
        .expect("parses");
        assert_eq!(t.shown(), "postgresql://clerk@/run/pg:5433/halls");
        assert_eq!(t.config.get_hosts().len(), 1);
    }

    #[test]
    fn pgpass_lines_match_as_libpq_reads_them() {
        assert_eq!(
            split_pgpass(r"db:5432:*:clerk:pa\:ss\\word"),
            vec!["db", "5432", "*", "clerk", r"pa:ss\word"]
        );
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# halls\nother:5432:*:clerk:wrong\ndb.example:*:halls:clerk:right\n",
        )
        .expect("write");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let url = format!(
            "postgresql://clerk@db.example/halls?passfile={}",
            file.display()
        );
        let t = Target::parse_with(&url, &env_of(&[])).expect("parses");
        assert_eq!(t.config.get_password(), Some(&b"right"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
            let e = Target::parse_with(&url, &env_of(&[])).err().map(|e| e.0);
            assert!(e.is_some_and(|e| e.contains("chmod 600")));
        }
    }
}
