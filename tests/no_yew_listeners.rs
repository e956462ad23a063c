//! The app registers no yew event listener (issue 21): yew's delegation
//! never removes its listeners, so each widget mount would leak, and its
//! machinery costs the wasm about 4 KB brotli. Events reach the pages
//! through the root's plain DOM listeners (`src/ui/listeners.rs`) and
//! `data-kh-*` attributes. This test fails when an `html!` element gets an
//! `on…` handler again.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `onclick={…}`, `{onclick}` and the like, in code (not in comments).
fn handlers(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or_default();
    ["click", "change", "input", "submit", "keydown", "keyup", "focus", "blur"].iter().any(|kind| {
        code.contains(&format!(" on{kind}={{")) || code.contains(&format!("{{on{kind}}}"))
    })
}

#[test]
fn no_html_element_has_a_yew_listener() {
    assert!(handlers(r#"<button onclick={cb}>"#) && handlers("<form {onsubmit}>") && !handlers("// an onclick={x} in a comment"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).expect("UTF-8 source");
            let name = f.strip_prefix(root).unwrap_or(f).display().to_string();
            text.lines().enumerate().filter(|(_, l)| handlers(l)).map(|(i, l)| format!("{name}:{}: {}", i + 1, l.trim())).collect::<Vec<_>>()
        })
        .collect();
    assert!(found.is_empty(), "yew listeners (use data-kh-* and the root's listeners instead): {found:#?}");
}
