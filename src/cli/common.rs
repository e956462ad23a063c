//! What the subcommands share: bad input, the arguments of `advise`, a rule
//! set's counts, the rules to use. Its own file, so `cli/mod.rs` (which
//! dispatches to the subcommands) and the subcommands do not import each other.

use std::path::Path;

use crate::engine::{Lang, RuleSet};

/// Bad input: one line on stderr, exit code 2.
pub fn fail(message: &str) -> i32 {
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
    pub fn parse(args: &[String]) -> Result<AdviseArgs, String> {
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
pub fn counts(rules: &RuleSet) -> String {
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
pub fn rules_from(dir: Option<&str>) -> Result<RuleSet, String> {
    match dir {
        None => Ok(crate::builtin::RULES.clone()),
        Some(dir) => crate::rules_source::check_dir(Path::new(dir)).map_err(|problems| {
            format!("the rules in `{dir}` have {} problem(s), first: {}", problems.len(), problems[0])
        }),
    }
}
