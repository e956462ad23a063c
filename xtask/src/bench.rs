//! `cargo xtask bench`: every measurement in one run (numbers, not pass/fail).
//!
//! 1. builds dist and prints the size table (as the size budget of `cargo xtask
//!    test` does: raw / gzip / brotli per first-visit file and the caps);
//! 2. copies dist to `target/xtask/bench-dist` with a brotli `.br` next to every
//!    text and wasm file, and serves it (the static server sends the `.br` with
//!    `Content-Encoding: br`, so transfer sizes are real);
//! 3. Lighthouse 12 (`bench/`, installed with npm there on first use; mobile
//!    preset, default simulated throttling, Debian's Chromium) on every entry
//!    page (the start page nl and en, a share link, the overview, embed.html)
//!    and on its floor, the same HTML without scripts, in one run
//!    (`bench/entry-pages.mjs`: LCP, the ratio to the floor, TBT);
//! 4. the interaction benchmark in Chromium with the CPU 4× slower
//!    (`bench/interaction.mjs`, 100 runs each, median and p95: the last click
//!    to the advice on screen, a filter on the overview, a keystroke in the
//!    plan);
//! 5. the rules studio (`bench/studio.mjs`, CPU 4× slower): a pause in typing
//!    to the messages for the whole rule set, the answer-space check in its
//!    worker, and what the studio downloads;
//! 6. the native engine benchmark (`cargo bench --bench engine`);
//!
//! then a summary of the key lines. The JSON reports stay in `target/xtask/`.

use crate::util::{self, run, show, step, which};
use crate::{budget, build, serve, tools};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Runs of the interaction benchmark.
const INTERACTION_RUNS: u32 = 100;
/// File types that get a precompressed `.br` copy.
const COMPRESSED: &[&str] = &["html", "js", "mjs", "css", "wasm", "svg", "json", "webmanifest", "txt"];

pub fn bench() -> Result<(), String> {
    let tools = tools::ensure_build_tools()?;
    let chromium = tools::ensure_chromium()?;
    ensure_lighthouse()?;
    let built = build::build_with(&tools, &build::Options::default())?;
    let mut summary: Vec<String> = Vec::new();

    banner("size of a first visit");
    let sizes = budget::check(&built.dist)?;
    summary.push(format!("size: {}", sizes.summary));

    let served = util::target_dir().join("xtask/bench-dist");
    let compressed = copy_with_brotli(&built.dist, &served)?;
    step(&format!("serving {} ({compressed} files also as .br)", served.display()));
    let addr = serve::start(served.clone())?;
    let url = format!("http://{addr}/");

    banner("entry pages against their static floor (Lighthouse mobile)");
    let out_dir = util::target_dir().join("xtask");
    let lines = node(&chromium, &["bench/entry-pages.mjs", &url, &served.to_string_lossy(), &out_dir.to_string_lossy()])?;
    summary.extend(lines.iter().filter(|l| key_line(l, &["entry pages", "start", "share", "overview", "embed", "FCP", "targets"])).cloned());

    banner("interaction: the last click to the advice on screen");
    let lines = node(&chromium, &["bench/interaction.mjs", &url, &INTERACTION_RUNS.to_string()])?;
    summary.extend(lines.iter().filter(|l| key_line(l, &["interaction", "click", "input", "target", "(machine"])).cloned());

    banner("rules studio: a pause in typing → messages, the answer space in the worker, the download");
    let lines = node(&chromium, &["bench/studio.mjs", &url, &INTERACTION_RUNS.to_string()])?;
    summary.extend(lines.iter().filter(|l| key_line(l, &["studio", "a comment", "a reason", "pause", "answer space", "target"])).cloned());
    for line in crate::studio::download_size(&built.dist)? {
        println!("{line}");
        if line.starts_with("studio") {
            summary.push(line);
        }
    }

    banner("engine (native, cargo bench --bench engine)");
    let lines = captured(Command::new(util::cargo()).args(["bench", "--bench", "engine"]).current_dir(util::root()))?;
    summary.push("engine (native):".into());
    summary.extend(lines.iter().filter(|l| l.starts_with("bench ")).map(|l| format!("  {l}")));

    banner("summary");
    for line in &summary {
        println!("{line}");
    }
    Ok(())
}

fn banner(name: &str) {
    println!("\n===== xtask bench: {name} =====");
}

/// A summary line: one whose first word(s) after the indent are one of `keys`.
fn key_line(line: &str, keys: &[&str]) -> bool {
    let t = line.trim_start();
    keys.iter().any(|k| t.starts_with(k))
}

/// `npm ci` in bench/ when Lighthouse is missing or the lock file is newer.
fn ensure_lighthouse() -> Result<(), String> {
    let dir = util::root().join("bench");
    let installed = dir.join("node_modules/lighthouse/package.json");
    let lock = dir.join("package-lock.json");
    let stale = |a: &Path, b: &Path| {
        let m = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
        matches!((m(a), m(b)), (Some(a), Some(b)) if a > b)
    };
    if installed.is_file() && !stale(&lock, &dir.join("node_modules/.package-lock.json")) {
        return Ok(());
    }
    if which("npm", &[]).is_none() {
        return Err("npm is needed for Lighthouse (Node 20 or newer)".into());
    }
    step("installing Lighthouse 12 in bench/ (npm, once)");
    let sub = if lock.is_file() { "ci" } else { "install" };
    run(Command::new("npm").args([sub, "--no-audit", "--no-fund"]).current_dir(&dir))
}

/// Copy dist to `to` (emptied first) and write `x.br` (brotli -q11) next to every text or wasm file.
fn copy_with_brotli(dist: &Path, to: &Path) -> Result<usize, String> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    let mut n = 0;
    for f in util::walk_files(dist)? {
        let data = util::read(&dist.join(&f))?;
        let target: PathBuf = to.join(&f);
        if util::has_ext(&f, COMPRESSED) {
            let mut name = target.as_os_str().to_os_string();
            name.push(".br");
            util::write(Path::new(&name), budget::brotli(&data))?;
            n += 1;
        }
        util::write(&target, data)?;
    }
    Ok(n)
}

/// `node SCRIPT ARGS…` in the repo root with Chromium's path; output shown and returned.
fn node(chromium: &Path, args: &[&str]) -> Result<Vec<String>, String> {
    captured(Command::new("node").args(args).env("CHROMIUM_PATH", chromium).current_dir(util::root()))
}

/// Run with stdout passed through line by line and kept; error on a non-zero exit.
fn captured(cmd: &mut Command) -> Result<Vec<String>, String> {
    println!("$ {}", show(cmd));
    let mut child = cmd.stdout(Stdio::piped()).spawn().map_err(|e| format!("could not start `{}`: {e}", show(cmd)))?;
    let mut lines = Vec::new();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines().map_while(Result::ok) {
        println!("{line}");
        lines.push(line);
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() { Ok(lines) } else { Err(format!("`{}` failed ({status})", show(cmd))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precompressed_copies_sit_next_to_the_files() {
        let base = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let (dist, to) = (base.join("dist"), base.join("served"));
        util::write(&dist.join("index.html"), "<h1>hi</h1>".repeat(50)).unwrap();
        util::write(&dist.join("icon.png"), b"\x89PNG").unwrap();
        util::write(&to.join("old.txt"), "from an earlier run").unwrap();
        assert_eq!(copy_with_brotli(&dist, &to).unwrap(), 1);
        let files: Vec<String> = util::walk_files(&to).unwrap().iter().map(|f| util::slash(f)).collect();
        assert_eq!(files, ["icon.png", "index.html", "index.html.br"]);
        let br = std::fs::read(to.join("index.html.br")).unwrap();
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut br.as_slice(), &mut out).unwrap();
        assert_eq!(out, "<h1>hi</h1>".repeat(50).as_bytes());
        std::fs::remove_dir_all(&base).unwrap();
    }
}
