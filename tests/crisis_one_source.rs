//! One source for the crisis line (issue 28, issue 29 point 3): its numbers
//! are written in `src/crisis.rs` only. Every other file of `src/` and `www/`
//! takes them from there (Rust) or gets a generated copy at build time
//! (`keuzehulp fallback`, xtask/src/fallback.rs). The fallback messages of the
//! JavaScript live in `src/cli/fallback.rs` only. Comments may name the
//! numbers (they explain); code, markup and strings may not.

use std::path::{Path, PathBuf};

/// The source of the numbers.
const SOURCE: &str = "src/crisis.rs";
/// Files that may hold a crisis number, and why. (None: the contacts filter,
/// `src/contacts/safe.rs`, takes the numbers' digits from `crate::crisis` too.)
const ALLOWED: &[(&str, &str)] = &[];
/// Digit runs that are a crisis number, or part of one (0800-0113).
const NUMBERS: &[&str] = &["113", "112", "0113", "08000113"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "js" || e == "mjs" || e == "html") {
            out.push(path);
        }
    }
}

/// The file's text without comments (`//` after a blank or at the start, `/* */`,
/// `<!-- -->`), and for Rust without its `#[cfg(test)]` module (test data).
fn code(path: &Path, text: &str) -> Vec<(usize, String)> {
    let rust = path.extension().is_some_and(|e| e == "rs");
    let mut out = Vec::new();
    let mut in_block = false;
    let mut in_html = false;
    for (i, line) in text.lines().enumerate() {
        if rust && line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let mut kept = String::new();
        let mut rest = line;
        while !rest.is_empty() {
            if in_block {
                match rest.find("*/") {
                    Some(end) => {
                        rest = &rest[end + 2..];
                        in_block = false;
                    }
                    None => rest = "",
                }
            } else if in_html {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        in_html = false;
                    }
                    None => rest = "",
                }
            } else {
                let line_comment = rest.match_indices("//").find(|(at, _)| *at == 0 || rest[..*at].ends_with(char::is_whitespace)).map(|(at, _)| at);
                let starts = [line_comment.map(|a| (a, 0)), rest.find("/*").map(|a| (a, 1)), rest.find("<!--").map(|a| (a, 2))];
                match starts.into_iter().flatten().min() {
                    Some((at, kind)) => {
                        kept.push_str(&rest[..at]);
                        match kind {
                            0 => rest = "",
                            1 => {
                                in_block = true;
                                rest = &rest[at + 2..];
                            }
                            _ => {
                                in_html = true;
                                rest = &rest[at + 4..];
                            }
                        }
                    }
                    None => {
                        kept.push_str(rest);
                        rest = "";
                    }
                }
            }
        }
        out.push((i + 1, kept));
    }
    out
}

/// The crisis numbers in `line`: runs of digits that are one (not part of a
/// name such as `Call113`).
fn numbers(line: &str) -> Vec<&str> {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = line[at..].find(|c: char| c.is_ascii_digit()).map(|i| at + i) {
        let end = line[start..].find(|c: char| !c.is_ascii_digit()).map_or(line.len(), |i| start + i);
        let run = &line[start..end];
        let mut before = line[..start].chars().rev();
        let prev = before.next();
        // (An id such as `crisislijn-113` is a name too.)
        let in_name = word(prev) || (prev == Some('-') && before.next().is_some_and(char::is_alphabetic));
        if NUMBERS.contains(&run) && !in_name && !word(line[end..].chars().next()) {
            out.push(run);
        }
        at = end;
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sources() -> Vec<PathBuf> {
    let mut all = Vec::new();
    files(&root().join("src"), &mut all);
    files(&root().join("www"), &mut all);
    all.sort();
    all
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/")
}

#[test]
fn no_crisis_number_is_written_by_hand_outside_its_source() {
    let mut found = Vec::new();
    for path in sources() {
        let name = relative(&path);
        if name == SOURCE || ALLOWED.iter().any(|(f, _)| *f == name) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, kept) in code(&path, &text) {
            for n in numbers(&kept) {
                found.push(format!("{name}:{line}: {n} (take it from crate::crisis, or the generated FALLBACK / <!--crisis-line-->)"));
            }
        }
    }
    assert!(found.is_empty(), "crisis numbers written by hand:\n{}", found.join("\n"));
}

#[test]
fn no_fallback_message_is_written_by_hand_in_www() {
    let mut found = Vec::new();
    for path in sources().into_iter().filter(|p| p.starts_with(root().join("www"))) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (key, nl, en) in keuzehulp::cli::fallback::MESSAGES {
            for message in [nl, en].into_iter().filter(|m| m.trim().len() >= 12) {
                if text.contains(message.trim()) {
                    found.push(format!("{}: the message {key} ({message:?}): take it from FALLBACK.text", relative(&path)));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The scanner itself finds a number in code and not in a comment.
#[test]
fn the_scanner_sees_code_not_comments() {
    let js = Path::new("x.js");
    let kept = code(js, "const a = 'tel:113'; // 113\n/* 112\n 112 */ call('0800-0113')\n<!-- 113 --> <a>112</a>");
    let hits: Vec<Vec<&str>> = kept.iter().map(|(_, l)| numbers(l)).collect();
    assert_eq!(hits, vec![vec!["113"], vec![], vec!["0113"], vec!["112"]]);
    assert!(numbers("https://www.113.nl").contains(&"113"));
    assert!(numbers("1130 2112 0800 Call113 T::Chat113What").is_empty());
    assert_eq!(numbers("0800-0113, bel 112."), vec!["0113", "112"]);
    assert!(numbers("\"crisislijn-113\"").is_empty());
    let rs = Path::new("x.rs");
    assert!(code(rs, "fn a() {}\n#[cfg(test)]\nmod tests { \"113\" }").iter().all(|(_, l)| numbers(l).is_empty()));
}
