//! The shape of `src/` (ARCHITECTURE.md, "Invariants"): no two files import
//! each other, directly or round a loop, and the interface looks at cargo
//! features in one file only (`src/ui/capabilities.rs`).
//!
//! Imports are read as text: every `crate::…`, `super::…` and `self::…`
//! path, and every path that starts with a module the file declares
//! (`mod x;` … `x::y`), resolved to the deepest file it names. Test modules
//! (`#[cfg(test)]` at the end of a file) are left out: a test may use what
//! it checks.

use std::collections::{BTreeMap, BTreeSet};
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

/// The module path of a file under `src/`: `ui/hooks/address.rs` → `[ui, hooks, address]`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_string());
    }
    parts
}

/// The code of a file without comments and without its test module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests").or_else(|| text.find("#[cfg(all(test")) {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths that start at `start` in `code` (after the `::` that follows it),
/// braces expanded one path at a time: `{a::B, c}` → `a::B`, `c`.
fn paths_after(code: &str, start: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let pattern: Vec<char> = format!("{start}::").chars().collect();
    let mut i = 0;
    while i + pattern.len() <= bytes.len() {
        let before_ok = i == 0 || !(is_ident(bytes[i - 1]) || bytes[i - 1] == ':');
        if before_ok && bytes[i..i + pattern.len()] == pattern[..] {
            let mut j = i + pattern.len();
            expand(&bytes, &mut j, Vec::new(), &mut out);
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn expand(s: &[char], j: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    loop {
        while *j < s.len() && s[*j].is_whitespace() {
            *j += 1;
        }
        if *j < s.len() && s[*j] == '{' {
            *j += 1;
            loop {
                expand(s, j, path.clone(), out);
                while *j < s.len() && s[*j].is_whitespace() {
                    *j += 1;
                }
                match s.get(*j) {
                    Some(',') => *j += 1,
                    Some('}') => {
                        *j += 1;
                        break;
                    }
                    _ => break,
                }
                while *j < s.len() && s[*j].is_whitespace() {
                    *j += 1;
                }
                if s.get(*j) == Some(&'}') {
                    *j += 1;
                    break;
                }
            }
            return;
        }
        let begin = *j;
        while *j < s.len() && is_ident(s[*j]) {
            *j += 1;
        }
        if *j == begin {
            break;
        }
        path.push(s[begin..*j].iter().collect());
        if s.get(*j) == Some(&':') && s.get(*j + 1) == Some(&':') {
            *j += 2;
        } else {
            break;
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
}

/// The deepest module of `path` that is a file of `modules`.
fn resolve(modules: &BTreeMap<Vec<String>, String>, path: &[String]) -> Option<String> {
    (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]).cloned())
}

/// Every file → the files it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut modules = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(&root).expect("under src/");
        if rel.file_name().is_some_and(|n| n == "main.rs") {
            continue;
        }
        modules.insert(module_of(rel), rel.display().to_string());
    }
    let mut graph = BTreeMap::new();
    for (module, name) in &modules {
        let text = std::fs::read_to_string(root.join(name)).expect("UTF-8 source");
        let code = code(&text);
        let mut targets = Vec::new();
        for p in paths_after(&code, "crate") {
            targets.push(p);
        }
        for p in paths_after(&code, "self") {
            let mut full = module.clone();
            full.extend(p);
            targets.push(full);
        }
        for p in paths_after(&code, "super") {
            // `super` of `a/b/c.rs` (`a::b::c`) and of `a/b/mod.rs` (`a::b`) is the module above.
            let mut full = module[..module.len().saturating_sub(1)].to_vec();
            let mut p = p;
            while p.first().is_some_and(|s| s == "super") {
                p.remove(0);
                full.pop();
            }
            full.extend(p);
            targets.push(full);
        }
        // Paths through the modules this file declares.
        for line in code.lines() {
            let decl = line.trim().trim_start_matches("pub ").trim_start_matches("pub(crate) ");
            if let Some(child) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                for p in paths_after(&code, child.trim()) {
                    let mut full = module.clone();
                    full.push(child.trim().to_string());
                    full.extend(p);
                    targets.push(full);
                }
            }
        }
        let mut to: BTreeSet<String> = BTreeSet::new();
        for t in targets {
            if let Some(file) = resolve(&modules, &t) {
                if &file != name {
                    to.insert(file);
                }
            }
        }
        graph.insert(name.clone(), to);
    }
    graph
}

/// A loop of imports, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(n: &str, g: &BTreeMap<String, BTreeSet<String>>, marks: &mut BTreeMap<String, Mark>, stack: &mut Vec<String>) -> Option<Vec<String>> {
        marks.insert(n.to_string(), Mark::Open);
        stack.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            match marks.get(m.as_str()).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let from = stack.iter().position(|s| s == m).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(m, g, marks, stack) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks.insert(n.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for n in graph.keys() {
        if marks.get(n.as_str()).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(c) = visit(n, graph, &mut marks, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn the_reader_finds_imports_and_loops() {
    let paths = paths_after("use crate::ui::{dom, links::{Go, StepLink}};\nlet x = crate::content::rules();", "crate");
    assert_eq!(paths, [vec!["ui", "dom"], vec!["ui", "links", "Go"], vec!["ui", "links", "StepLink"], vec!["content", "rules"]]);
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(find_cycle(&g), Some(vec!["a".to_string(), "b".to_string(), "a".to_string()]));
    let graph = imports();
    // (What the app's import looks like, so a broken reader cannot pass by reading nothing.)
    assert!(graph["ui/app.rs"].contains("ui/state.rs") && graph["ui/app.rs"].contains("ui/hooks/address.rs"), "{:?}", graph["ui/app.rs"]);
    assert!(graph["ui/pages/mod.rs"].contains("ui/pages/question/events.rs"), "{:?}", graph["ui/pages/mod.rs"]);
}

#[test]
fn no_file_in_src_imports_itself_round_a_loop() {
    let graph = imports();
    assert_eq!(find_cycle(&graph), None, "an import loop in src/ (give the shared part a file of its own)");
}

#[test]
fn the_interface_looks_at_cargo_features_in_one_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    let found: Vec<String> = files
        .iter()
        .filter(|f| !f.ends_with("capabilities.rs"))
        .filter(|f| code(&std::fs::read_to_string(f).expect("UTF-8 source")).contains("feature ="))
        .map(|f| f.strip_prefix(root).unwrap_or(f).display().to_string())
        .collect();
    assert!(found.is_empty(), "cargo features outside src/ui/capabilities.rs: {found:?}");
}

