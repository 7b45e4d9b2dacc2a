//! The layering of `src/` holds as the code grows: the command line on top,
//! then the screens, the read models, the core, and the domain at the bottom.
//! An import that points up, a cycle between top-level modules, a state
//! machine that reaches into render code, or a README Layout that no longer
//! matches the tree fails here with the file and the import.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Layer of a top-level module of the crate: higher may use lower.
fn layer(top: &str) -> u8 {
    match top {
        "main" | "lib" => 5,
        "cli" => 4,
        "tui" => 3,
        "views" => 2,
        "domain" => 0,
        _ => 1,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The path of a file below `src/`, as module names: `src/tui/app/mod.rs` →
/// `["tui", "app"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

/// Every `crate::a::b…` path a file names, as its first two segments, with
/// grouped imports (`use crate::{a, b::c}`) opened up. Comments are skipped.
fn crate_paths(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let segs = segments(item.trim());
                    if !segs.is_empty() {
                        found.push((n + 1, segs));
                    }
                }
            } else {
                let segs = segments(rest);
                if !segs.is_empty() {
                    found.push((n + 1, segs));
                }
            }
        }
    }
    found
}

fn segments(s: &str) -> Vec<String> {
    s.split("::")
        .take(2)
        .map(|seg| {
            seg.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .take_while(|seg| !seg.is_empty())
        .collect()
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_import_points_up_a_layer() {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "found only {} files in src/", files.len());
    let mut wrong = Vec::new();
    for f in &files {
        let me = module_path(&src, f);
        let Some(top) = me.first() else { continue };
        let text = fs::read_to_string(f).unwrap_or_default();
        for (line, segs) in crate_paths(&text) {
            let target = &segs[0];
            if layer(target) > layer(top) {
                wrong.push(format!(
                    "{}:{line}: {} (layer {}) imports crate::{} (layer {})",
                    f.display(),
                    top,
                    layer(top),
                    segs.join("::"),
                    layer(target)
                ));
            }
            // The state machine never imports render code.
            let in_app = me.len() >= 2 && me[0] == "tui" && me[1] == "app";
            if in_app && segs.len() >= 2 && segs[0] == "tui" && segs[1] == "render" {
                wrong.push(format!(
                    "{}:{line}: the app state imports render code (crate::tui::render)",
                    f.display()
                ));
            }
        }
        let in_app = me.len() >= 2 && me[0] == "tui" && me[1] == "app";
        if in_app && text.lines().any(|l| l.contains("super::render")) {
            wrong.push(format!(
                "{}: the app state imports super::render",
                f.display()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layering:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_layering_check_sees_an_upward_import() {
    // The check itself can fail: a core file naming the command line is caught.
    let paths = crate_paths("use crate::{domain::Hall, cli::Failure};\nlet x = crate::tui::run;");
    let tops: Vec<&str> = paths.iter().map(|(_, s)| s[0].as_str()).collect();
    assert_eq!(tops, ["domain", "cli", "tui"]);
    assert!(layer("cli") > layer("plan") && layer("views") > layer("store"));
}

/// Top-level modules below the screens do not depend on each other in a
/// circle: each can be read knowing only the ones below it.
#[test]
fn no_cycle_between_top_level_modules() {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let me = module_path(&src, f);
        let Some(top) = me.first().cloned() else {
            continue;
        };
        if top == "lib" || top == "main" {
            continue;
        }
        let text = fs::read_to_string(f).unwrap_or_default();
        // Unit tests may set up any module; they do not make the design.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (_, segs) in crate_paths(code) {
            if segs[0] != top {
                graph
                    .entry(top.clone())
                    .or_default()
                    .insert(segs[0].clone());
            }
        }
        graph.entry(top).or_default();
    }
    // A cycle exists when some module reaches itself.
    let mut cycles = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = graph[start].iter().collect();
        while let Some(m) = stack.pop() {
            if m == start {
                cycles.push(start.clone());
                break;
            }
            if seen.insert(m.clone())
                && let Some(next) = graph.get(m)
            {
                stack.extend(next.iter());
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "top-level modules in a cycle: {cycles:?}\n{graph:#?}"
    );
}

/// The README's Layout section names every top-level file and folder of src/.
#[test]
fn readme_layout_matches_the_tree() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .unwrap_or_default();
    let start = readme
        .find("## Layout")
        .expect("README has a Layout section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let mut missing = Vec::new();
    let entries = fs::read_dir(src_dir()).expect("src/ exists");
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let shown = if e.path().is_dir() {
            format!("{name}/")
        } else {
            name.clone()
        };
        if name == "lib.rs" {
            continue;
        }
        if !section.contains(&shown) {
            missing.push(shown);
        }
    }
    assert!(
        missing.is_empty(),
        "src/ entries not in the README's Layout: {missing:?}"
    );
}
