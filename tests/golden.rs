//! Golden cases as data (the GoRules zen way): each file in `tests/cases/`
//! gives answers, the categories and experts that must lead, and the rules
//! that must have matched. Together they must cover every answer id.

use std::path::Path;

use keuzehulp::builtin::RULES;
use keuzehulp::engine::Answers;
use keuzehulp_rules_source::cases::{self, Case, Outcome};

/// Every case file, `(name, text)`, in name order.
fn case_files() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new("tests/cases"))
        .expect("tests/cases exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files.iter().map(|f| (f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(f).unwrap())).collect()
}

fn load_cases() -> Vec<Case> {
    let mut all = Vec::new();
    for (name, text) in case_files() {
        match cases::read(&name, &text) {
            Ok(cases) => all.extend(cases),
            Err(o) => panic!("{}:{}: {}", o.file, o.line, o.problems.join("; ")),
        }
    }
    all
}

/// The runner is `keuzehulp_rules_source::cases`, the one the rules studio runs in the browser.
#[test]
fn golden_cases_hold() {
    let outcomes = cases::run_all(&RULES, &case_files());
    let failures: Vec<String> = outcomes
        .iter()
        .flat_map(|o: &Outcome| o.problems.iter().map(move |m| format!("{}:{} `{}`: {m}", o.file, o.line, o.name)))
        .collect();
    println!("golden: {} cases checked", outcomes.len());
    assert!(failures.is_empty(), "{} golden case failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_broken_case_fails_with_its_file_and_line() {
    let (name, text) = case_files().swap_remove(0);
    let broken = text.replacen("rules = [\"", "rules = [\"niet-bestaand\", \"", 1);
    let outcomes = cases::run_all(&RULES, &[(name.clone(), broken.clone())]);
    let bad: Vec<&Outcome> = outcomes.iter().filter(|o| !o.problems.is_empty()).collect();
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].problems, ["rule niet-bestaand does not exist"]);
    let line = broken.lines().position(|l| l.contains(&format!("name = \"{}\"", bad[0].name))).unwrap() + 1;
    assert_eq!((bad[0].file.as_str(), bad[0].line), (name.as_str(), line));
    // An unknown field and a wrong type are failures at their line, not panics.
    for (text, line) in [("[[case]]\nname = \"a\"\nanswers = 3\n", 3), ("[[case]]\nname = \"a\"\nanswers = \"rol=zzp\"\nfirst = \"x\"\n", 4)] {
        let outcomes = cases::run_all(&RULES, &[("x.toml".into(), text.into())]);
        assert_eq!((outcomes.len(), outcomes[0].line, outcomes[0].problems.len()), (1, line, 1), "{outcomes:?}");
    }
}

#[test]
fn golden_cases_cover_every_answer_id_and_are_enough() {
    let rules = &RULES;
    let cases = load_cases();
    assert!(cases.len() >= 40, "only {} golden cases; at least 40 wanted", cases.len());
    let mut seen = Answers::new(rules);
    for case in &cases {
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
