//! Golden cases as data (the GoRules zen way): each file in `tests/cases/`
//! gives answers, the categories and experts that must lead, and the rules
//! that must have matched. Together they must cover every answer id.

use std::path::Path;

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Answers, RuleSet, evaluate, first_step};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    answers: String,
    /// Exactly the first expert (for safety rules).
    #[serde(default)]
    first_expert: Option<String>,
    /// Each must be among the first three categories.
    #[serde(default)]
    lead_categories: Vec<String>,
    /// Each must be among the first three experts.
    #[serde(default)]
    lead_experts: Vec<String>,
    /// Rule ids that must have matched.
    #[serde(default)]
    rules: Vec<String>,
    /// Ids that must not appear at all.
    #[serde(default)]
    absent: Vec<String>,
    /// Note ids that must be shown.
    #[serde(default)]
    notes: Vec<String>,
    /// The id of the first step (rules/first_steps.toml).
    #[serde(default)]
    first_step: Option<String>,
}

fn load_cases() -> Vec<(String, Case)> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new("tests/cases"))
        .expect("tests/cases exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let parsed: CaseFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        cases.extend(parsed.case.into_iter().map(|c| (name.clone(), c)));
    }
    cases
}

fn ids(rules: &RuleSet, items: &[keuzehulp::engine::Ranked]) -> Vec<String> {
    items.iter().map(|r| rules.target_id(r.target).to_string()).collect()
}

#[test]
fn golden_cases_hold() {
    let rules = &RULES;
    let cases = load_cases();
    let mut failures = Vec::new();
    for (file, case) in &cases {
        let (answers, notices) = Answers::parse(rules, &case.answers);
        let mut fail = |m: String| failures.push(format!("{file} `{}`: {m}", case.name));
        if !notices.is_empty() {
            fail(format!("bad answers: {notices:?}"));
            continue;
        }
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
    println!("golden: {} cases checked", cases.len());
    assert!(failures.is_empty(), "{} golden case failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn golden_cases_cover_every_answer_id_and_are_enough() {
    let rules = &RULES;
    let cases = load_cases();
    assert!(cases.len() >= 40, "only {} golden cases; at least 40 wanted", cases.len());
    let mut seen = Answers::new(rules);
    for (_, case) in &cases {
        let (answers, _) = Answers::parse(rules, &case.answers);
        for q in 0..rules.questions.len() {
            seen.set(q, seen.mask(q) | answers.mask(q));
        }
    }
    let missing: Vec<String> = rules
        .questions
        .iter()
        .enumerate()
        .flat_map(|(q, question)| {
            let seen = &seen;
            question
                .options
                .iter()
                .enumerate()
                .filter(move |(o, _)| seen.mask(q) & (1 << o) == 0)
                .map(move |(_, option)| format!("{}={}", question.id, option.id))
        })
        .collect();
    assert!(missing.is_empty(), "no golden case covers: {}", missing.join(", "));
}
