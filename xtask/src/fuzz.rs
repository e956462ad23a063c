//! `cargo xtask fuzz [--cases N]`: the property-based fuzz targets of
//! `tests/fuzz.rs` (answer decoder, rules loader, contacts loader), run long.
//!
//! `cargo test` runs them with 100,000 cases each; this runs
//! `KEUZEHULP_FUZZ_CASES=N cargo test --release --test fuzz -- --nocapture`
//! (default N = 5,000,000 per target) and prints each target's case count.

use crate::util::{self, show, step};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

pub const DEFAULT_CASES: u32 = 5_000_000;

pub fn fuzz(cases: u32) -> Result<(), String> {
    let t0 = Instant::now();
    let mut cmd = Command::new(util::cargo());
    cmd.args(["test", "--release", "--test", "fuzz", "--", "--nocapture"])
        .env("KEUZEHULP_FUZZ_CASES", cases.to_string())
        .current_dir(util::root())
        .stdout(Stdio::piped());
    println!("$ KEUZEHULP_FUZZ_CASES={cases} {}", show(&cmd));
    let mut child = cmd.spawn().map_err(|e| format!("could not start cargo: {e}"))?;
    let mut reports = Vec::new();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines().map_while(Result::ok) {
        println!("{line}");
        if line.starts_with("fuzz: ") {
            reports.push(line);
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    println!("\n===== xtask fuzz: summary ({:.0}s) =====", t0.elapsed().as_secs_f64());
    for r in &reports {
        println!("{r}");
    }
    if !status.success() {
        return Err(format!("a fuzz target failed ({status}); proptest printed the minimal failing input above"));
    }
    if reports.is_empty() {
        return Err("the fuzz tests ran but reported no target (is tests/fuzz.rs still there?)".into());
    }
    step(&format!("{} fuzz targets, {cases} cases each, no failure", reports.len()));
    Ok(())
}

/// `--cases N` (1 ..= 4,294,967,295; `_` separators allowed).
pub fn parse_args(rest: &[String]) -> Result<u32, String> {
    let mut cases = DEFAULT_CASES;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--cases" => {
                let v = it.next().ok_or("--cases needs a value")?;
                cases = v
                    .replace('_', "")
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--cases: not a number from 1 to {}: `{v}`", u32::MAX))?;
            }
            _ => return Err(format!("unexpected argument `{a}`")),
        }
    }
    Ok(cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_cases() {
        assert_eq!(parse_args(&[]), Ok(DEFAULT_CASES));
        assert_eq!(parse_args(&args(&["--cases", "1_000"])), Ok(1000));
        assert!(parse_args(&args(&["--cases", "0"])).is_err());
        assert!(parse_args(&args(&["--cases", "5000000000"])).is_err(), "more than fits the test's u32");
        assert!(parse_args(&args(&["--cases"])).is_err());
        assert!(parse_args(&args(&["--fast"])).is_err());
    }
}
