//! Printed tickets: the exact ESC/POS bytes of one ticket in each language
//! against committed fixtures (read them with `xxd`), letters the code page
//! must carry, and printing to a file path and to a command. Set
//! FRONTDESK_BLESS=1 to rewrite the fixtures after a deliberate change, then
//! read the difference before committing it.

use chrono::TimeZone;
use frontdesk::config::Printer;
use frontdesk::domain::WindowId;
use frontdesk::i18n::{Lang, Tr};
use frontdesk::print::{self, escpos};
use frontdesk::views::kiosk::{BreakNotice, Slip, slip_text};
use frontdesk::views::waits::Wait;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/print")
        .join(name)
}

/// One ticket with every line, in a hall whose names use the language's letters.
fn slip(lang: Lang) -> Slip {
    let tz = chrono_tz::Europe::Budapest;
    let at = |h, m| {
        tz.with_ymd_and_hms(2026, 11, 25, h, m, 0)
            .single()
            .unwrap_or_else(|| panic!("no such time"))
    };
    let (hall, service) = match lang {
        Lang::En => ("Harbour Street Post Office", "Bills and payments"),
        Lang::Hu => ("Kőbányai Posta — Fő utca", "Csekkbefizetés, díjak"),
        Lang::Ru => ("Почта на Арбате", "Пенсии и выплаты"),
        Lang::Uk => ("Пошта на Подолі", "Пенсії та виплати, їхні зміни"),
    };
    Slip {
        hall: hall.into(),
        label: "B014".into(),
        service: service.into(),
        issued: at(12, 7),
        ahead: 3,
        wait: Wait::Range { low: 10, high: 20 },
        notice: Some(BreakNotice::BackAt {
            window: WindowId(3),
            at: at(12, 30),
        }),
    }
}

fn bytes(lang: Lang) -> Vec<u8> {
    escpos::ticket(&slip_text(&Tr::new(lang), &slip(lang)), lang)
}

#[test]
fn each_language_prints_the_committed_bytes() {
    for lang in Lang::ALL {
        let got = bytes(lang);
        let path = fixture(&format!("ticket-{}.bin", lang.code()));
        if std::env::var_os("FRONTDESK_BLESS").is_some() {
            std::fs::write(&path, &got).unwrap_or_else(|e| panic!("{e}"));
        }
        let want = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            got == want,
            "{lang}: the ticket's bytes differ from {}\n got: {got:02x?}\nwant: {want:02x?}",
            path.display()
        );
    }
}

/// The fixtures hold what a reader of the ESC/POS manual expects.
#[test]
fn the_bytes_reset_select_the_page_print_large_and_cut() {
    let en = bytes(Lang::En);
    // Reset, then Windows-1252 (Epson's table 16).
    assert!(en.starts_with(&[0x1b, b'@', 0x1b, b't', 16]));
    // The number four times as wide and tall, then back to normal.
    let big = [&[0x1d, b'!', 0x33][..], b"B014\n", &[0x1d, b'!', 0x00]].concat();
    assert!(en.windows(big.len()).any(|w| w == big), "{en:02x?}");
    // Fed and cut at the end.
    assert!(en.ends_with(&[0x1d, b'V', 66, 3]));
    let text = String::from_utf8_lossy(&en);
    for line in [
        "Harbour Street Post Office",
        "2026-11-25, 12:07",
        "3 people are ahead of you.",
        "Estimated wait: 10",
        "Window 3 is back at 12:30.",
    ] {
        assert!(text.contains(line), "{line} missing in {text:?}");
    }
    // The dash in the wait range is not in every printer's font: a hyphen.
    assert!(text.contains("10-20 minutes"), "{text:?}");
}

#[test]
fn hungarian_letters_go_out_in_windows_1250() {
    let hu = bytes(Lang::Hu);
    assert!(hu.starts_with(&[0x1b, b'@', 0x1b, b't', 45]));
    // "Kőbányai": ő is 0xF5 and á 0xE1 in Windows-1250.
    assert!(hu.windows(5).any(|w| w == b"K\xf5b\xe1n"), "{hu:02x?}");
    // "Az Ön sorszáma" is on screen; the paper says who is ahead: "Ön előtt".
    assert!(hu.windows(8).any(|w| w == b"\xd6n el\xf5tt"), "{hu:02x?}");
}

#[test]
fn ukrainian_letters_go_out_in_windows_1251() {
    let uk = bytes(Lang::Uk);
    assert!(uk.starts_with(&[0x1b, b'@', 0x1b, b't', 46]));
    // "Пенсії": і is 0xB3 and ї 0xBF in Windows-1251, letters CP866 lacks.
    assert!(
        uk.windows(6).any(|w| w == b"\xcf\xe5\xed\xf1\xb3\xbf"),
        "{uk:02x?}"
    );
    // Nothing was printed as a question mark.
    assert!(!uk.contains(&b'?'), "{uk:02x?}");
    let ru = bytes(Lang::Ru);
    assert!(!ru.contains(&b'?'), "{ru:02x?}");
}

#[test]
fn printing_to_a_file_path_appends_each_ticket() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("tickets.bin");
    let printer = Printer::Device(path.clone());
    assert_eq!(print::check(&printer), Ok(()));
    let one = bytes(Lang::En);
    assert_eq!(print::print(&printer, &one), Ok(()));
    assert_eq!(print::print(&printer, &one), Ok(()));
    let written = std::fs::read(&path).unwrap_or_default();
    assert_eq!(written, [one.clone(), one].concat());
}

#[test]
fn a_path_that_cannot_be_written_is_refused_before_printing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // A directory, and a file under a file: no user can write either.
    for path in [dir.path().to_path_buf(), dir.path().join("f/ticket")] {
        if path.ends_with("ticket") {
            std::fs::write(dir.path().join("f"), b"").unwrap_or_else(|e| panic!("{e}"));
        }
        let printer = Printer::Device(path.clone());
        assert!(print::check(&printer).is_err(), "{}", path.display());
        assert!(print::print(&printer, b"x").is_err(), "{}", path.display());
    }
    // A USB printer not plugged in yet is not a set-up error: the kiosk says so.
    assert_eq!(
        print::check(&Printer::Device("/dev/usb/lp-none".into())),
        Ok(())
    );
}

#[test]
fn a_command_gets_the_bytes_on_its_standard_input_and_its_failure_is_one_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("lp.bin");
    let cat = Printer::Command(vec![
        "sh".into(),
        "-c".into(),
        format!("cat > '{}'", out.display()),
    ]);
    let one = bytes(Lang::Uk);
    assert_eq!(print::print(&cat, &one), Ok(()));
    assert_eq!(std::fs::read(&out).unwrap_or_default(), one);
    let failing = Printer::Command(vec![
        "sh".into(),
        "-c".into(),
        "cat > /dev/null; echo 'lp: printer tickets is out of paper' >&2; exit 1".into(),
    ]);
    assert_eq!(
        print::print(&failing, &one),
        Err("sh exited with 1: lp: printer tickets is out of paper".into())
    );
    let missing = Printer::Command(vec!["/nonexistent/lp".into()]);
    let err = print::print(&missing, &one).err().unwrap_or_default();
    assert!(err.starts_with("/nonexistent/lp: "), "{err}");
}
