//! `cargo xtask <command>`: build, serve, test and measure the keuzehulp.
//!
//! One job per file: `tools` installs what is missing, `build` makes `dist/`,
//! `css`/`names`/`native`/`refs`/`stamp` are steps of the build, `serve` is the static server,
//! `budget` measures transfer sizes, `test` runs every check in order, `bench`
//! measures (sizes, Lighthouse, interaction, engine). `util` has the small shared helpers.

mod bench;
mod budget;
mod build;
mod comments;
mod css;
mod deny;
mod fallback;
mod fuzz;
mod inline;
mod names;
mod native;
mod refs;
mod serve;
mod sha256;
mod stamp;
mod studio;
mod test;
mod tools;
mod util;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build [--out DIR] [--no-prerender]   build the static site into DIR (default: dist), print
                                       its sizes, fail over a cap (xtask/size-budget.toml)
  serve [--port N] [--out DIR]         build, then serve DIR on http://127.0.0.1:N/ (default 8080)
                                       and the same files under /keuzehulp/
  test [--full]                        cargo test, cargo deny, rules check, build, size budget,
                                       browser tests (--full, or CI set: every browser test also
                                       at /keuzehulp/)
  fuzz [--cases N]                     the fuzz targets of tests/fuzz.rs with N cases each
                                       (default 5,000,000; `cargo test` runs 100,000)
  bench                                build, serve with brotli, and measure: sizes, Lighthouse
                                       (bench/, npm), click-to-advice in Chromium, engine
  help                                 this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match cmd.as_str() {
        "build" => parse_build(rest).and_then(|o| build::build(&o)).and_then(|built| budget_of(&built.dist)),
        "serve" => parse_serve(rest).and_then(|(o, port)| serve::serve_command(&o, port)),
        "test" => parse_test(rest).and_then(test::test),
        "bench" => no_args(rest).and_then(|()| bench::bench()),
        "fuzz" => fuzz::parse_args(rest).map_err(|e| format!("{e}\n{USAGE}")).and_then(fuzz::fuzz),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The size table of a build; an error over a cap (`xtask/size-budget.toml`).
fn budget_of(dist: &std::path::Path) -> Result<(), String> {
    let report = budget::check(dist)?;
    if report.ok { Ok(()) } else { Err(format!("over the size caps: {}", report.summary)) }
}

fn no_args(rest: &[String]) -> Result<(), String> {
    match rest.first() {
        None => Ok(()),
        Some(a) => Err(format!("unexpected argument `{a}`\n{USAGE}")),
    }
}

fn parse_test(rest: &[String]) -> Result<bool, String> {
    match rest {
        [] => Ok(false),
        [f] if f == "--full" => Ok(true),
        [a, ..] => Err(format!("unexpected argument `{a}`\n{USAGE}")),
    }
}

fn parse_build(rest: &[String]) -> Result<build::Options, String> {
    let mut opts = build::Options::default();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => opts.out = PathBuf::from(value(&mut it, "--out")?),
            "--no-prerender" => opts.prerender = false,
            _ => return Err(format!("unexpected argument `{a}`\n{USAGE}")),
        }
    }
    Ok(opts)
}

fn parse_serve(rest: &[String]) -> Result<(build::Options, u16), String> {
    let mut opts = build::Options::default();
    let mut port = 8080u16;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => {
                let v = value(&mut it, "--port")?;
                port = v.parse().map_err(|_| format!("--port: not a port number: `{v}`"))?;
            }
            "--out" => opts.out = PathBuf::from(value(&mut it, "--out")?),
            "--no-prerender" => opts.prerender = false,
            _ => return Err(format!("unexpected argument `{a}`\n{USAGE}")),
        }
    }
    Ok((opts, port))
}

fn value<'a>(it: &mut impl Iterator<Item = &'a String>, flag: &str) -> Result<&'a str, String> {
    it.next().map(String::as_str).ok_or_else(|| format!("{flag} needs a value"))
}
