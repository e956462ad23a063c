//! `docs/answer-vocabulary.md` lists every answer id with its labels and what
//! `keuzehulp check` enforces; it is generated from the rules, and this test
//! fails when it is out of date.

use keuzehulp::rules_source::vocabulary;

#[test]
fn answer_vocabulary_is_up_to_date() {
    let expected = keuzehulp::cli::vocabulary::markdown(&keuzehulp::builtin::RULES);
    let actual = std::fs::read_to_string("docs/answer-vocabulary.md").unwrap_or_default();
    assert!(
        actual == expected,
        "docs/answer-vocabulary.md is out of date: run `cargo run --bin keuzehulp -- vocabulary > docs/answer-vocabulary.md`"
    );
}

#[test]
fn every_fixed_id_is_listed_as_fixed() {
    let doc = keuzehulp::cli::vocabulary::markdown(&keuzehulp::builtin::RULES);
    for (question, _, answers) in vocabulary::QUESTIONS {
        let section = doc.split(&format!("\n### `{question}` (fixed)")).nth(1).unwrap_or_else(|| panic!("no fixed section for {question}"));
        let section = section.split("\n### ").next().unwrap_or_default();
        for answer in *answers {
            assert!(section.lines().any(|l| l.starts_with(&format!("| `{answer}` |")) && l.contains("**fixed**")), "{question}={answer}");
        }
    }
    for id in vocabulary::CATEGORIES.iter().chain(vocabulary::EXPERTS) {
        assert!(doc.lines().any(|l| l.starts_with(&format!("| `{id}` |")) && l.ends_with("| **fixed** |")), "{id}");
    }
    // A multi-select question says so, and its exclusive answer is marked.
    assert!(doc.contains("### `factoren` (fixed): one or more answers"));
    assert!(doc.lines().any(|l| l.starts_with("| `weet-niet` |") && l.contains("alone only")));
}
