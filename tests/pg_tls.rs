//! `sslmode` is honoured: against a server that takes only TLS connections
//! (on 127.0.0.1, with a self-signed certificate for `localhost`), `require`
//! gets in encrypted, `disable` is turned away, `verify-full` checks the
//! certificate against the given root and the host's name, `verify-ca` the
//! root only, and a wrong root is refused.

mod common;

use common::pg;
use frontdesk::domain::Hall;
use frontdesk::store::pgconn::Target;
use frontdesk::store::{Location, Log};

fn open(url: &str) -> Result<Log, String> {
    let target = Target::parse(url).map_err(|e| e.to_string())?;
    let at = Location::Postgres {
        target,
        hall: pg::fresh_hall("tls"),
    };
    Log::open_at(&at, Hall::sample(), None).map_err(|e| e.to_string())
}

#[test]
fn sslmode_is_honoured() {
    let server = pg::tls_server();
    let root = server.dir.join("server.crt");
    let root = root.display();

    assert!(open(&server.tls_url("localhost", "sslmode=require")).is_ok());
    let e = open(&server.tls_url("localhost", "sslmode=disable")).err();
    assert!(
        e.as_deref().is_some_and(|e| e.contains("no encryption")),
        "{e:?}"
    );

    let full = format!("sslmode=verify-full&sslrootcert={root}");
    assert!(open(&server.tls_url("localhost", &full)).is_ok());
    // The certificate names localhost, not the address.
    let e = open(&server.tls_url("127.0.0.1", &full)).err();
    assert!(e.is_some(), "a certificate for another name was accepted");
    let ca = format!("sslmode=verify-ca&sslrootcert={root}");
    assert!(open(&server.tls_url("127.0.0.1", &ca)).is_ok());

    // A root that did not sign the server's certificate.
    let other = tempfile::tempdir().expect("dir");
    let made = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args(["-subj", "/CN=localhost", "-keyout"])
        .arg(other.path().join("k"))
        .arg("-out")
        .arg(other.path().join("c"))
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(made, "openssl made a certificate");
    let wrong = format!(
        "sslmode=verify-ca&sslrootcert={}",
        other.path().join("c").display()
    );
    let e = open(&server.tls_url("localhost", &wrong)).err();
    assert!(e.is_some(), "a server not signed by the root was accepted");
}
