//! `cargo xtask test`: every check in order, then one summary line.
//!
//! Stages: tools → deps (`cargo deny`, see `deny.rs`) → `cargo test --workspace`
//! → `keuzehulp check rules` → js unit (`node --test tests/js/`) → js types
//! (`tsc` over www/*.js, `tests/js/tsconfig.json`) → build dist → build `target/dist-test-hooks` (the wasm
//! with the `test-hooks` feature, served on a second port for the failure-path
//! tests as `KEUZEHULP_TEST_HOOKS_URL`) → size budget → browser tests at `/`
//! and at `/keuzehulp/`. At the
//! sub-path only the test files that contain the line `// xtask: both-paths`
//! run, unless `--full` is given or `CI` is set (then every file runs twice);
//! that keeps a warm local run under a minute. A failing
//! stage does not stop the independent ones after it; the run exits non-zero
//! if anything failed. The last line is `xtask: N passed, N failed[, N skipped]`,
//! counting cargo's and node's tests plus one per check stage.

use crate::tools::{self, BuildTools};
use crate::util::{self, run, show, step};
use crate::{budget, build, deny, native, serve};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

#[derive(PartialEq)]
enum Status {
    Ok,
    Failed,
    Skipped,
}

struct Stage {
    name: String,
    status: Status,
    passed: u64,
    failed: u64,
    skipped: u64,
    note: String,
    secs: f64,
}

#[derive(Default)]
struct Run {
    stages: Vec<Stage>,
}

impl Run {
    fn record(&mut self, name: &str, started: Instant, status: Status, counts: (u64, u64, u64), note: String) {
        let secs = started.elapsed().as_secs_f64();
        let (passed, failed, skipped) = counts;
        self.stages.push(Stage { name: name.into(), status, passed, failed, skipped, note, secs });
    }
    /// A check stage that counts as one test.
    fn check(&mut self, name: &str, started: Instant, result: Result<String, String>) -> bool {
        match result {
            Ok(note) => self.record(name, started, Status::Ok, (1, 0, 0), note),
            Err(e) => {
                eprintln!("xtask: {name} FAILED: {e}");
                self.record(name, started, Status::Failed, (0, 1, 0), first_line(&e));
            }
        }
        self.stages.last().is_some_and(|s| s.status == Status::Ok)
    }
    fn skip(&mut self, name: &str, why: &str) {
        step(&format!("{name}: skipped ({why})"));
        self.record(name, Instant::now(), Status::Skipped, (0, 0, 1), why.into());
    }
}

/// Browser test files with this line also run at the sub-path in a quick run.
const BOTH_PATHS_MARKER: &str = "// xtask: both-paths";

pub fn test(full: bool) -> Result<(), String> {
    let full = full || std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    let t0 = Instant::now();
    let mut r = Run::default();

    banner("tools");
    let t = Instant::now();
    // (pdftotext: the plan's print is read as text by tests/browser/followup.test.mjs.)
    let tools = tools::ensure_build_tools().and_then(|bt| Ok((bt, tools::ensure_chromium()?, tools::ensure_pdftotext()?)));
    let tools: Option<(BuildTools, PathBuf)> = match tools {
        Ok((bt, chromium, _pdftotext)) => {
            r.check("tools", t, Ok("rust wasm target, wasm-bindgen, wasm-opt, npm packages, chromium, pdftotext".into()));
            Some((bt, chromium))
        }
        Err(e) => {
            r.check("tools", t, Err(e));
            None
        }
    };

    banner("deps: cargo deny");
    let t = Instant::now();
    r.check("deps", t, deny::check());

    banner("cargo test --workspace");
    cargo_test(&mut r);

    banner("keuzehulp check rules");
    check_rules(&mut r);

    // The JavaScript that remains (www/), as the Rust: unit tests and a type check
    // (typescript comes with the npm packages of the tools stage).
    banner("js unit: node --test tests/js/");
    js_unit(&mut r);
    banner("js types: tsc --checkJs (tests/js/tsconfig.json)");
    js_types(&mut r);

    let mut dist = None;
    banner("build dist");
    match &tools {
        Some((bt, _)) => {
            let t = Instant::now();
            let built = build::build_with(bt, &build::Options::default());
            if let Ok(b) = &built {
                dist = Some(b.dist.clone());
            }
            r.check("build dist", t, built.map(|b| b.dist.display().to_string()));
        }
        None => r.skip("build dist", "not run: tools missing"),
    }

    let mut test_dist = None;
    banner("build dist-test-hooks (test-hooks)");
    match &tools {
        Some((bt, _)) => {
            let t = Instant::now();
            // (Only the site's wasm: the panic tests use the site, not the widget.)
            let opts = build::Options {
                out: util::target_dir().join("dist-test-hooks"),
                features: vec!["test-hooks"],
                widget: false,
                ..Default::default()
            };
            let built = build::build_with(bt, &opts);
            if let Ok(b) = &built {
                test_dist = Some(b.dist.clone());
            }
            r.check("build dist-test-hooks", t, built.map(|b| b.dist.display().to_string()));
        }
        None => r.skip("build dist-test-hooks", "not run: tools missing"),
    }

    banner("size budget");
    match &dist {
        Some(d) => {
            let t = Instant::now();
            let report = budget::check(d).and_then(|rep| if rep.ok { Ok(rep.summary) } else { Err(rep.summary) });
            r.check("size budget", t, report);
        }
        None => r.skip("size budget", "not run: no dist"),
    }

    match (&dist, &tools) {
        (Some(d), Some((_, chromium))) => browser_tests(&mut r, d, test_dist.as_deref(), chromium, full),
        _ => r.skip("browser tests", "not run: no dist"),
    }

    summary(&r, t0);
    if r.stages.iter().any(|s| s.status == Status::Failed) {
        std::process::exit(1);
    }
    Ok(())
}

fn banner(name: &str) {
    println!("\n===== xtask test: {name} =====");
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(120).collect()
}

/// `cargo test --workspace`, output passed through, `test result:` lines counted.
fn cargo_test(r: &mut Run) {
    let t = Instant::now();
    let mut cmd = Command::new(util::cargo());
    cmd.args(["test", "--workspace"]).current_dir(util::root()).stdout(Stdio::piped());
    println!("$ {}", show(&cmd));
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            r.check("cargo test", t, Err(format!("could not start cargo: {e}")));
            return;
        }
    };
    let (mut passed, mut failed, mut ignored) = (0u64, 0u64, 0u64);
    for line in BufReader::new(child.stdout.take().expect("piped")).lines().map_while(Result::ok) {
        println!("{line}");
        if let Some(rest) = line.trim().strip_prefix("test result: ") {
            passed += count(rest, "passed");
            failed += count(rest, "failed");
            ignored += count(rest, "ignored");
        }
    }
    let ok = child.wait().is_ok_and(|s| s.success());
    if !ok && failed == 0 {
        failed = 1; // it did not compile, or a test binary crashed
    }
    let status = if ok { Status::Ok } else { Status::Failed };
    r.record("cargo test", t, status, (passed, failed, ignored), format!("{passed} passed, {failed} failed"));
}

/// "ok. 5 passed; 0 failed; 1 ignored; ..." → the number before `word`.
fn count(text: &str, word: &str) -> u64 {
    let words: Vec<&str> = text.split([' ', ';', ',', '.']).filter(|w| !w.is_empty()).collect();
    words.windows(2).find(|w| w[1] == word).and_then(|w| w[0].parse().ok()).unwrap_or(0)
}

/// `cargo run --release --bin keuzehulp -- check rules`, skipped while the CLI has no `check`.
fn check_rules(r: &mut Run) {
    let name = "keuzehulp check rules";
    let t = Instant::now();
    let bin = match native::build_binary() {
        Ok(b) => b,
        Err(e) => {
            r.check(name, t, Err(e));
            return;
        }
    };
    let result = run(Command::new(util::cargo())
        .args(["run", "--quiet", "--release", "-p", "keuzehulp", "--bin", "keuzehulp", "--", "check", "rules"])
        .current_dir(util::root()));
    match result {
        Ok(()) => {
            r.check(name, t, Ok("rules are valid".into()));
        }
        Err(_) if !native::has_subcommand(&bin, "check") => {
            r.skip(name, "the CLI has no `check` subcommand yet");
        }
        Err(e) => {
            r.check(name, t, Err(e));
        }
    }
}

/// Serve dist on a free loopback port and run node's test runner at `/` and at the sub-path.
/// The test-hooks build, if there, is served on a second port (`KEUZEHULP_TEST_HOOKS_URL`).
fn browser_tests(r: &mut Run, dist: &Path, test_dist: Option<&Path>, chromium: &Path, full: bool) {
    let dir = tools::browser_dir();
    let mut all: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    all.retain(|f| f.is_file() && f.to_string_lossy().ends_with(".test.mjs"));
    all.sort();
    let files = all;
    let addr = match serve::start(dist.to_path_buf()) {
        Ok(a) => a,
        Err(e) => {
            r.check("browser tests", Instant::now(), Err(e));
            return;
        }
    };
    let test_addr = match test_dist.map(|d| serve::start(d.to_path_buf())).transpose() {
        Ok(a) => a,
        Err(e) => {
            r.check("browser tests", Instant::now(), Err(e));
            return;
        }
    };
    for base in ["/", serve::SUB_PATH] {
        let mut name = format!("browser tests {base}");
        let mut files = files.clone();
        if base != "/" && !full {
            files.retain(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(BOTH_PATHS_MARKER)));
            name.push_str(" (quick)");
        }
        banner(&name);
        let t = Instant::now();
        if base != "/" && !full {
            println!("quick run: only the files marked `{BOTH_PATHS_MARKER}`; `cargo xtask test --full` (or CI=true) runs all");
        }
        if files.is_empty() {
            r.check(&name, t, Err("no tests/browser/*.test.mjs found".into()));
            continue;
        }
        let url = format!("http://{addr}{base}");
        let tap = util::target_dir().join("xtask/browser-tests.tap");
        let _ = std::fs::remove_file(&tap);
        let mut cmd = Command::new("node");
        cmd.arg("--test")
            .args(["--test-reporter=spec", "--test-reporter-destination=stdout"])
            .args(["--test-reporter=tap", "--test-reporter-destination"])
            .arg(&tap)
            .args(&files)
            .env("BASE_URL", &url)
            .env("DIST_DIR", dist)
            // The native CLI the build made: tests compare `keuzehulp advise` with the page.
            .env("KEUZEHULP_BIN", util::target_dir().join("release").join("keuzehulp"))
            .env("CHROMIUM_PATH", chromium)
            .current_dir(util::root());
        if let Some(a) = test_addr {
            cmd.env("KEUZEHULP_TEST_HOOKS_URL", format!("http://{a}{base}"));
        }
        println!("BASE_URL={url}");
        let ok = run(&mut cmd).is_ok();
        let text = std::fs::read_to_string(&tap).unwrap_or_default();
        let tap_count = |key: &str| {
            text.lines().filter_map(|l| l.strip_prefix(&format!("# {key} "))).filter_map(|n| n.trim().parse::<u64>().ok()).sum::<u64>()
        };
        let (passed, mut failed) = (tap_count("pass"), tap_count("fail") + tap_count("cancelled"));
        let skipped = tap_count("skipped") + tap_count("todo");
        if !ok && failed == 0 {
            failed = 1;
        }
        if ok && passed == 0 {
            r.check(&name, t, Err("node's test runner ran no test".into()));
            continue;
        }
        let status = if ok { Status::Ok } else { Status::Failed };
        r.record(&name, t, status, (passed, failed, skipped), format!("{passed} passed, {failed} failed"));
    }
}

/// The unit tests of www/'s pure functions (`tests/js/*.test.mjs`), counted from node's TAP.
fn js_unit(r: &mut Run) {
    let t = Instant::now();
    let tap = util::target_dir().join("xtask/js-unit.tap");
    let _ = std::fs::remove_file(&tap);
    // node does not create the report's folder; a fresh clone has no target/xtask/ yet.
    if let Some(dir) = tap.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut cmd = Command::new("node");
    // The tests of functions that take the crisis line and fallback texts read
    // them from this binary (tests/js/fallback.mjs), as the build does.
    match native::build_binary() {
        Ok(bin) => {
            cmd.env("KEUZEHULP_BIN", bin);
        }
        Err(e) => {
            r.check("js unit", t, Err(format!("the keuzehulp binary for tests/js/fallback.mjs: {e}")));
            return;
        }
    }
    cmd.arg("--test")
        .args(["--test-reporter=spec", "--test-reporter-destination=stdout"])
        .args(["--test-reporter=tap", "--test-reporter-destination"])
        .arg(&tap)
        .arg("tests/js/")
        .current_dir(util::root());
    let ok = run(&mut cmd).is_ok();
    let text = std::fs::read_to_string(&tap).unwrap_or_default();
    let tap_count = |key: &str| text.lines().filter_map(|l| l.strip_prefix(&format!("# {key} "))).filter_map(|n| n.trim().parse::<u64>().ok()).sum::<u64>();
    let (passed, mut failed) = (tap_count("pass"), tap_count("fail") + tap_count("cancelled"));
    if !ok && failed == 0 {
        failed = 1;
    }
    if ok && passed == 0 {
        r.check("js unit", t, Err("node's test runner ran no test in tests/js/".into()));
        return;
    }
    let status = if ok { Status::Ok } else { Status::Failed };
    r.record("js unit", t, status, (passed, failed, 0), format!("{passed} passed, {failed} failed"));
}

/// `tsc --noEmit` over www/*.js with their JSDoc (`tests/js/tsconfig.json`); one check.
fn js_types(r: &mut Run) {
    let t = Instant::now();
    let tsc = tools::browser_dir().join("node_modules/typescript/bin/tsc");
    let mut cmd = Command::new("node");
    cmd.arg(&tsc).args(["-p", "tests/js/tsconfig.json"]).current_dir(util::root());
    let result = run(&mut cmd).map(|_| "www/*.js type-checked".to_string()).map_err(|e| format!("tsc: {e}"));
    r.check("js types", t, result);
}

fn summary(r: &Run, t0: Instant) {
    println!("\n===== xtask test: summary =====");
    for s in &r.stages {
        let status = match s.status {
            Status::Ok => "ok",
            Status::Failed => "FAILED",
            Status::Skipped => "skipped",
        };
        println!("{status:<8} {:<26} {:>6.1}s  {}", s.name, s.secs, s.note);
    }
    println!("total time {:.1}s", t0.elapsed().as_secs_f64());
    let sum = |f: fn(&Stage) -> u64| r.stages.iter().map(f).sum::<u64>();
    let (passed, failed, skipped) = (sum(|s| s.passed), sum(|s| s.failed), sum(|s| s.skipped));
    if skipped > 0 {
        println!("xtask: {passed} passed, {failed} failed, {skipped} skipped");
    } else {
        println!("xtask: {passed} passed, {failed} failed");
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_cargo_test_result_lines() {
        let line = "ok. 12 passed; 3 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!((count(line, "passed"), count(line, "failed"), count(line, "ignored")), (12, 3, 1));
    }
}
