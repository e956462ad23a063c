//! The `keuzehulp` command line: `check` for rule authors, `advise` to see
//! what the engine makes of an answer set, `prerender` for the build.

mod advise;
mod check;
mod contacts;
pub mod overview;
pub mod pack;
mod prerender;
pub mod sources;
pub mod vocabulary;

use std::path::Path;

use crate::engine::{Lang, RuleSet};

const USAGE: &str = "usage: keuzehulp advise '<answers>' [--lang nl|en] [--format text|json] [--rules DIR] [--contacts FILE]
       keuzehulp check [RULES-DIR]
       keuzehulp contacts check FILE [--lang nl|en]   (a widget's contacts file, as the widget reads it)
       keuzehulp prerender [--lang nl|en] [--embedded]   (the start page as HTML, for the build)
       keuzehulp overview [--lang nl|en] [--json | --employers]   (the overview of interventions, HTML or JSON; or the page for employers and HR)
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
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            0
        }
        Some(other) => fail(&format!("unknown command `{other}`; use `advise` or `check`")),
        None => fail("no command given; use `advise` or `check`"),
    }
}

/// Bad input: one line on stderr, exit code 2.
fn fail(message: &str) -> i32 {
    eprintln!("keuzehulp: {message} (see `keuzehulp --help`)");
    2
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

pub struct AdviseArgs {
    pub answers: String,
    pub lang: Lang,
    pub format: Format,
    pub rules_dir: Option<String>,
    /// A widget's contacts file: each expert then shows as the widget shows it.
    pub contacts: Option<String>,
}

impl AdviseArgs {
    fn parse(args: &[String]) -> Result<AdviseArgs, String> {
        let mut answers = None;
        let mut lang = Lang::Nl;
        let mut format = Format::Text;
        let mut rules_dir = None;
        let mut contacts = None;
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (arg.as_str(), None),
            };
            let mut value = |name: &str| inline.clone().or_else(|| it.next().cloned()).ok_or(format!("{name} needs a value"));
            match flag {
                "--lang" => {
                    let v = value("--lang")?;
                    lang = match v.as_str() {
                        "nl" => Lang::Nl,
                        "en" => Lang::En,
                        _ => return Err(format!("--lang must be nl or en, not `{v}`")),
                    };
                }
                "--format" => {
                    let v = value("--format")?;
                    format = match v.as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        _ => return Err(format!("--format must be text or json, not `{v}`")),
                    };
                }
                "--rules" => rules_dir = Some(value("--rules")?),
                "--contacts" => contacts = Some(value("--contacts")?),
                f if f.starts_with("--") => return Err(format!("unknown option `{f}`")),
                _ if answers.is_none() => answers = Some(arg.clone()),
                _ => return Err(format!("unexpected argument `{arg}`; quote the answers: '…&…'")),
            }
        }
        let answers = answers.ok_or("advise needs the answers, e.g. 'rol=werknemer&fase=signalen'")?;
        Ok(AdviseArgs { answers, lang, format, rules_dir, contacts })
    }
}

/// "6 questions, 11 categories, …": what a rule set holds, for `check`, `sources` and `vocabulary`.
fn counts(rules: &RuleSet) -> String {
    format!(
        "{} questions, {} categories, {} experts, {} tools, {} notes, {} figures, {} rules, {} first steps",
        rules.questions.len(),
        rules.categories.len(),
        rules.experts.len(),
        rules.tools.len(),
        rules.notes.len(),
        rules.figures.len(),
        rules.rules.len(),
        rules.first_steps.len()
    )
}

/// The built-in rules, or those of a folder (which must pass the check).
fn rules_from(dir: Option<&str>) -> Result<RuleSet, String> {
    match dir {
        None => Ok(crate::builtin::RULES.clone()),
        Some(dir) => crate::rules_source::check_dir(Path::new(dir)).map_err(|problems| {
            format!("the rules in `{dir}` have {} problem(s), first: {}", problems.len(), problems[0])
        }),
    }
}
