//! The test cases of `tests/cases/*.toml` (the GoRules zen way: each gives
//! answers, the categories and experts that must lead, the rules that must
//! have matched): read with the line of each case, and run against a rule set.
//! One runner for `tests/golden.rs` (the built-in rules) and the rules studio
//! (the edited rules, in the browser); a case file that cannot be read is one
//! failing outcome with the reason, never a panic.

use toml::de::{DeTable, DeValue};

use crate::engine::{Answers, RuleSet, evaluate, first_step};

const FIELDS: [&str; 8] = ["name", "answers", "first_expert", "lead_categories", "lead_experts", "rules", "absent", "notes"];
const FIRST_STEP: &str = "first_step";

/// One case as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Case {
    pub file: String,
    pub line: usize,
    pub name: String,
    pub answers: String,
    pub first_expert: Option<String>,
    pub lead_categories: Vec<String>,
    pub lead_experts: Vec<String>,
    pub rules: Vec<String>,
    pub absent: Vec<String>,
    pub notes: Vec<String>,
    pub first_step: Option<String>,
}

/// The outcome of one case: no problems means it passes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub file: String,
    pub line: usize,
    pub name: String,
    pub problems: Vec<String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    crate::diagnostic::position(text, offset).0
}

/// Reads one case file; a file that cannot be read is one failing "case" with the reason.
pub fn read(file: &str, text: &str) -> Result<Vec<Case>, Outcome> {
    let fail = |line: usize, problem: String| Outcome { file: file.into(), line, name: file.into(), problems: vec![problem] };
    let doc = DeTable::parse(text).map_err(|e| fail(line_of(text, e.span().map_or(0, |s| s.start)), format!("not valid TOML: {}", e.message().trim())))?;
    let doc = doc.into_inner();
    let mut cases = Vec::new();
    for (key, value) in doc.iter() {
        let key: &str = key.get_ref().as_ref();
        let DeValue::Array(items) = value.get_ref() else {
            return Err(fail(line_of(text, value.span().start), format!("unknown field `{key}`: a case file holds `[[case]]` tables")));
        };
        if key != "case" {
            return Err(fail(line_of(text, value.span().start), format!("unknown field `{key}`: a case file holds `[[case]]` tables")));
        }
        for item in items.iter() {
            let DeValue::Table(table) = item.get_ref() else {
                return Err(fail(line_of(text, item.span().start), "a case must be a table (`[[case]]`)".into()));
            };
            let mut case = Case { file: file.into(), line: line_of(text, item.span().start), ..Case::default() };
            for (k, v) in table.iter() {
                let k: &str = k.get_ref().as_ref();
                let at = line_of(text, v.span().start);
                let string = |v: &DeValue<'_>| match v {
                    DeValue::String(s) => Ok(s.to_string()),
                    _ => Err(fail(at, format!("`{k}` must be text in quotes"))),
                };
                match k {
                    "name" => {
                        case.name = string(v.get_ref())?;
                        case.line = at;
                    }
                    "answers" => case.answers = string(v.get_ref())?,
                    "first_expert" => case.first_expert = Some(string(v.get_ref())?),
                    FIRST_STEP => case.first_step = Some(string(v.get_ref())?),
                    "lead_categories" | "lead_experts" | "rules" | "absent" | "notes" => {
                        let DeValue::Array(list) = v.get_ref() else {
                            return Err(fail(at, format!("`{k}` must be a list: [\"…\"]")));
                        };
                        let list: Vec<String> = list.iter().map(|x| string(x.get_ref())).collect::<Result<_, _>>()?;
                        match k {
                            "lead_categories" => case.lead_categories = list,
                            "lead_experts" => case.lead_experts = list,
                            "rules" => case.rules = list,
                            "absent" => case.absent = list,
                            _ => case.notes = list,
                        }
                    }
                    other => return Err(fail(at, format!("unknown field `{other}` in a case; allowed: {}, {FIRST_STEP}", FIELDS.join(", ")))),
                }
            }
            if case.name.is_empty() || case.answers.is_empty() {
                return Err(fail(case.line, "a case needs `name` and `answers`".into()));
            }
            cases.push(case);
        }
    }
    Ok(cases)
}

fn ids(rules: &RuleSet, items: &[crate::engine::Ranked]) -> Vec<String> {
    items.iter().map(|r| rules.target_id(r.target).to_string()).collect()
}

/// Runs one case: what `tests/golden.rs` asserts, each failure as a sentence.
pub fn run(rules: &RuleSet, case: &Case) -> Outcome {
    let mut problems = Vec::new();
    let mut fail = |m: String| problems.push(m);
    let (answers, notices) = Answers::parse(rules, &case.answers);
    if !notices.is_empty() {
        fail(format!("bad answers: {notices:?}"));
    } else {
        let advice = evaluate(rules, &answers);
        let categories = ids(rules, &advice.categories);
        let experts = ids(rules, &advice.experts);
        let top = |v: &[String]| v.iter().take(3).cloned().collect::<Vec<_>>();
        if let Some(first) = &case.first_expert {
            if experts.first() != Some(first) {
                fail(format!("first expert {:?}, expected {first}", experts.first()));
            }
        }
        for c in &case.lead_categories {
            if !top(&categories).contains(c) {
                fail(format!("category {c} not in the top three {:?}", top(&categories)));
            }
        }
        for e in &case.lead_experts {
            if !top(&experts).contains(e) {
                fail(format!("expert {e} not in the top three {:?}", top(&experts)));
            }
        }
        let matched: Vec<&str> = advice.matched_rules.iter().map(|&r| &*rules.rules[r as usize].id).collect();
        for r in &case.rules {
            if rules.rules.iter().all(|x| x.id != *r) {
                fail(format!("rule {r} does not exist"));
            } else if !matched.contains(&r.as_str()) {
                fail(format!("rule {r} did not match"));
            }
        }
        let tools = ids(rules, &advice.tools);
        for a in &case.absent {
            if categories.contains(a) || experts.contains(a) || tools.contains(a) {
                fail(format!("{a} is recommended but must be absent"));
            }
        }
        if let Some(want) = &case.first_step {
            let got = first_step(rules, &answers).map(|i| &*rules.first_steps[i].id);
            if got != Some(want.as_str()) {
                fail(format!("first step {got:?}, expected {want}"));
            }
        }
        let notes: Vec<&str> = advice.notes.iter().map(|&n| &*rules.notes[n as usize].id).collect();
        for n in &case.notes {
            if !notes.contains(&n.as_str()) {
                fail(format!("note {n} not shown (shown: {notes:?})"));
            }
        }
    }
    Outcome { file: case.file.clone(), line: case.line, name: case.name.clone(), problems }
}

/// Every case of every file (`(name, text)`), run against `rules`.
pub fn run_all(rules: &RuleSet, files: &[(String, String)]) -> Vec<Outcome> {
    let mut out = Vec::new();
    for (name, text) in files {
        match read(name, text) {
            Ok(cases) => out.extend(cases.iter().map(|c| run(rules, c))),
            Err(outcome) => out.push(outcome),
        }
    }
    out
}
