//! The `keuzehulp` command line: `check` for rule authors, `advise` to see
//! what the engine makes of an answer set, `prerender` for the build.

mod advise;
mod check;
mod common;
mod contacts;
pub mod fallback;
pub mod overview;
pub mod pack;
mod prerender;
pub mod sources;
pub mod vocabulary;

use std::path::Path;

use common::{AdviseArgs, fail};

const USAGE: &str = "usage: keuzehulp advise '<answers>' [--lang nl|en] [--format text|json] [--rules DIR] [--contacts FILE]
       keuzehulp check [RULES-DIR]
       keuzehulp contacts check FILE [--lang nl|en]   (a widget's contacts file, as the widget reads it)
       keuzehulp prerender [--lang nl|en] [--embedded]   (the start page as HTML, for the build)
       keuzehulp overview [--lang nl|en] [--json | --employers]   (the overview of interventions, HTML or JSON; or the page for employers and HR)
       keuzehulp fallback --json|--html   (the crisis line and messages for the static files, for the build)
       keuzehulp pack --out DIR     (the browser's content packs, one per language)
       keuzehulp sources            (prints docs/content-sources.md)
       keuzehulp vocabulary         (prints docs/answer-vocabulary.md)
  answers: key=value pairs joined by &, e.g. 'rol=werknemer&fase=signalen&factoren=werkdruk,agressie'";

/// Runs the command line; returns the process exit code (0 ok, 1 problems found, 2 bad input).
pub fn run(args: &[String]) -> i32 {
    match args.first().map(String::as_str) {
        Some("advise") => match AdviseArgs::parse(&args[1..]) {
            Ok(a) => advise::run(&a),
            Err(message) => fail(&message),
        },
        Some("check") => match &args[1..] {
            [] => check::run(Path::new("rules")),
            [dir] if !dir.starts_with('-') => check::run(Path::new(dir)),
            _ => fail("check takes one folder, e.g. `keuzehulp check rules`"),
        },
        Some("contacts") => contacts::run(&args[1..]),
        Some("sources") => sources::run(),
        Some("vocabulary") => vocabulary::run(),
        Some("prerender") => prerender::run(&args[1..]),
        Some("overview") => overview::run(&args[1..]),
        Some("pack") => pack::run(&args[1..]),
        Some("fallback") => fallback::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            0
        }
        Some(other) => fail(&format!("unknown command `{other}`; use `advise` or `check`")),
        None => fail("no command given; use `advise` or `check`"),
    }
}
