//! The rules studio's files in `dist/` (issue 33): its wasm goes to
//! `pkg-studio/` (build.rs), and the built-in rule files and the test cases
//! as they are in the repository go into `studio/builtin.json`, which
//! `studio.js` opens: `{"rules": {"rules.toml": "…"}, "cases": {"roles.toml": "…"}}`.

use crate::util;
use std::path::Path;

/// The files of `rules/` the studio opens (those `keuzehulp check` reads).
pub const RULE_FILES: &[&str] = &[
    "questions.toml",
    "categories.toml",
    "experts.toml",
    "tools.toml",
    "notes.toml",
    "figures.toml",
    "rules.toml",
    "first_steps.toml",
    "jargon.toml",
];

/// What a service worker must cache for the studio to open offline (relative
/// to dist/): the studio's own files (`worker::STUDIO`) and what it shares
/// with the keuzehulp.
fn offline() -> impl Iterator<Item = &'static str> {
    crate::worker::STUDIO.iter().copied().chain(["app.css", "pkg-site/content-nl.txt", "pkg-site/content-en.txt"])
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '<' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn files_json(dir: &Path, names: &[String]) -> Result<String, String> {
    let mut fields = Vec::new();
    for name in names {
        let text = String::from_utf8(util::read(&dir.join(name))?).map_err(|_| format!("{name} is not UTF-8"))?;
        fields.push(format!("{}:{}", json_string(name), json_string(&text)));
    }
    Ok(format!("{{{}}}", fields.join(",")))
}

/// Writes `dist/studio/builtin.json` from `rules/` and `tests/cases/`.
pub fn write_builtin(root: &Path, dist: &Path) -> Result<(), String> {
    let rules: Vec<String> = RULE_FILES.iter().map(|s| s.to_string()).collect();
    let cases_dir = root.join("tests/cases");
    let mut cases: Vec<String> = util::walk_files(&cases_dir)?
        .iter()
        .filter(|f| f.components().count() == 1 && util::has_ext(f, &["toml"]))
        .map(|f| util::slash(f))
        .collect();
    cases.sort();
    let json = format!("{{\"rules\":{},\"cases\":{}}}", files_json(&root.join("rules"), &rules)?, files_json(&cases_dir, &cases)?);
    util::write(&dist.join("studio/builtin.json"), json)
}

/// What a first visit of `studio.html` downloads (the files of [`offline`]),
/// raw, gzip and brotli, as lines for `cargo xtask bench`.
pub fn download_size(dist: &Path) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for f in offline() {
        let data = util::read(&dist.join(f))?;
        let (g, b) = (crate::budget::gzip_len(&data), crate::budget::brotli_len(&data));
        lines.push(format!("  {f:<32} {:>9} raw {:>9} gzip {:>9} brotli", data.len(), g, b));
        raw += data.len() as u64;
        gz += g;
        br += b;
    }
    lines.push(format!("studio download: {} raw, {} gzip, {} brotli ({} files, never part of the keuzehulp's first visit)", crate::budget::kb(raw), crate::budget::kb(gz), crate::budget::kb(br), offline().count()));
    Ok(lines)
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(super::json_string("a\"b\\\n\t<"), "\"a\\\"b\\\\\\n\\u0009\\u003c\"");
    }
}
