//! The native `keuzehulp` CLI, as the build and the tests use it.
//!
//! Subcommands may not exist yet while the project grows. A subcommand counts
//! as present when `keuzehulp --help` (or `keuzehulp help`) names it; when a
//! run fails and the help text does not name it, callers skip instead of fail.

use crate::util::{self, run};
use std::path::PathBuf;
use std::process::Command;

/// `cargo build --release --bin keuzehulp`; returns the binary's path.
pub fn build_binary() -> Result<PathBuf, String> {
    run(Command::new(util::cargo())
        .args(["build", "--release", "-p", "keuzehulp", "--bin", "keuzehulp"])
        .current_dir(util::root()))?;
    let bin = util::target_dir().join("release/keuzehulp");
    if bin.is_file() { Ok(bin) } else { Err(format!("cargo built no {}", bin.display())) }
}

/// Does the CLI's help text name this subcommand?
pub fn has_subcommand(bin: &PathBuf, name: &str) -> bool {
    ["--help", "help"].iter().any(|arg| {
        let Ok(out) = Command::new(bin).arg(arg).current_dir(util::root()).output() else {
            return false;
        };
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).any(|w| w == name)
    })
}

/// The start page HTML from `keuzehulp prerender --lang LANG` (with
/// `--embedded`: the iframe page's), or `None` if the subcommand does not
/// exist yet. A present subcommand that fails is an error.
pub fn prerender(lang: &str, embedded: bool) -> Result<Option<String>, String> {
    let bin = build_binary()?;
    let out = Command::new(&bin)
        .args(["prerender", "--lang", lang])
        .args(embedded.then_some("--embedded"))
        .current_dir(util::root())
        .output()
        .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() && !html.trim().is_empty() {
        return Ok(Some(html));
    }
    if has_subcommand(&bin, "prerender") {
        return Err(format!(
            "`keuzehulp prerender --lang {lang}` failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(None)
}

/// `keuzehulp pack --out DIR`: the content packs (one per language) next to the wasm.
pub fn pack(dir: &std::path::Path) -> Result<(), String> {
    let bin = build_binary()?;
    run(Command::new(&bin).arg("pack").arg("--out").arg(dir).current_dir(util::root()))
}

/// The overview page in one language (`keuzehulp overview --lang LANG`).
pub fn overview(lang: &str, employers: bool) -> Result<String, String> {
    let bin = build_binary()?;
    let out = Command::new(&bin)
        .args(["overview", "--lang", lang])
        .args(employers.then_some("--employers"))
        .current_dir(util::root())
        .output()
        .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
    if !out.status.success() {
        return Err(format!("`keuzehulp overview --lang {lang}` failed ({}):\n{}", out.status, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `keuzehulp fallback --html | --json`: the crisis line and the fallback
/// messages for the static files (xtask/src/fallback.rs).
pub fn fallback(args: &[&str]) -> Result<String, String> {
    let bin = build_binary()?;
    let format = args.join(" ");
    let out = Command::new(&bin)
        .arg("fallback")
        .args(args)
        .current_dir(util::root())
        .output()
        .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
    if !out.status.success() {
        return Err(format!("`keuzehulp fallback {format}` failed ({}):\n{}", out.status, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
