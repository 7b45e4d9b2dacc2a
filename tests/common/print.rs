//! Printing HTML with headless Chromium, for the tests of documents meant
//! for paper: how many A4 pages a page prints on, and whether any text
//! leaves its box, its column, the page or its chart.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The browser, or `None` (with a note) where it is not installed; CI has it.
pub fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser"] {
        let found = Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if found {
            return Some(PathBuf::from(name));
        }
    }
    if std::env::var_os("CI").is_some() {
        panic!("chromium is not on PATH, and CI needs it (.ci/run installs it)");
    }
    eprintln!("note: chromium is not on PATH; printed pages are not checked");
    None
}

fn headless(browser: &Path, profile: &Path) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

/// Prints `html` to PDF and counts its pages.
pub fn printed_pages(browser: &Path, html: &str) -> usize {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let page = dir.path().join("page.html");
    let pdf = dir.path().join("page.pdf");
    std::fs::write(&page, html).expect("write html");
    let out = headless(browser, &dir.path().join("profile"))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg("--no-pdf-header-footer")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| {
        panic!(
            "chromium wrote no PDF ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    count_pages(&bytes)
}

/// `/Type /Page` objects, not the `/Type /Pages` tree above them.
pub fn count_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let mut n = 0;
    let mut rest: &str = &text;
    while let Some(i) = rest.find("/Type") {
        rest = &rest[i + 5..];
        let after = rest.trim_start();
        if let Some(tail) = after.strip_prefix("/Page")
            && !tail.starts_with('s')
        {
            n += 1;
        }
    }
    n
}

/// Laid out at the page's width, what overflows: an element outside
/// `main`, an element whose content is wider than its box, a table wider
/// than its column, SVG text outside its drawing. Empty when nothing does.
pub fn overflows(browser: &Path, html: &str) -> Vec<String> {
    const CHECK: &str = r#"<script>
const bad = [];
const main = document.querySelector('main') || document.body;
const mr = main.getBoundingClientRect();
const flow = document.querySelector('.flow');
const col = flow ? (flow.clientWidth - parseFloat(getComputedStyle(flow).columnGap || '0')) / 2 : mr.width;
for (const el of main.querySelectorAll('*')) {
  if (el.closest('svg')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0) continue;
  const what = el.tagName + ' "' + el.textContent.trim().slice(0, 50) + '"';
  if (r.right > mr.right + 1 || r.left < mr.left - 1) bad.push('outside the page: ' + what);
  if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) bad.push('wider than its box: ' + what);
  if (el.tagName === 'TABLE' && el.closest('.flow') && r.width > col + 1) bad.push('wider than its column: ' + what);
}
for (const svg of document.querySelectorAll('svg')) {
  const vb = svg.viewBox.baseVal;
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBBox();
    if (b.x < vb.x - 0.05 || b.y < vb.y - 0.05 || b.x + b.width > vb.x + vb.width + 0.05 || b.y + b.height > vb.y + vb.height + 0.05)
      bad.push('leaves its chart: "' + t.textContent + '"');
  }
}
document.body.setAttribute('data-overflow', JSON.stringify(bad));
</script>"#;
    let dir = tempfile::TempDir::new().expect("temp dir");
    let page = dir.path().join("page.html");
    std::fs::write(&page, html.replace("</body>", &format!("{CHECK}</body>"))).expect("write");
    let out = headless(browser, &dir.path().join("profile"))
        .arg("--window-size=800,1200")
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    let Some(start) = dom.find("data-overflow=\"") else {
        panic!(
            "chromium did not run the check: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let rest = &dom[start + "data-overflow=\"".len()..];
    let raw = rest
        .split('"')
        .next()
        .unwrap_or("[]")
        .replace("&quot;", "\"");
    serde_json::from_str::<Vec<String>>(&raw.replace("&amp;", "&"))
        .unwrap_or_else(|e| panic!("unreadable check {raw}: {e}"))
}
