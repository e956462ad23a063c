//! The cases of `tests/cases/*.toml` in the studio: the runner is
//! `rules_source::cases` (the one `tests/golden.rs` uses); here its outcomes
//! become the JSON the page reads.

pub use crate::rules_source::cases::{Case, Outcome, read, run, run_all};

use crate::json;

fn outcome_json(o: &Outcome) -> String {
    json::object(&[
        ("file", json::string(&o.file)),
        ("line", o.line.to_string()),
        ("name", json::string(&o.name)),
        ("pass", o.problems.is_empty().to_string()),
        ("problems", json::array(o.problems.iter().map(|p| json::string(p)))),
    ])
}

pub fn outcomes_json(outcomes: &[Outcome]) -> String {
    json::array(outcomes.iter().map(outcome_json))
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check, tests::builtin_files};

    fn case_files() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
        let mut names: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".toml")).collect();
        names.sort();
        names.into_iter().map(|n| (n.clone(), std::fs::read_to_string(dir.join(&n)).unwrap())).collect()
    }

    #[test]
    fn every_case_passes_on_the_builtin_rules_and_a_broken_one_fails_at_its_line() {
        let rules = check(&builtin_files()).rules.unwrap();
        let files = case_files();
        let outcomes = run_all(&rules, &files);
        assert!(outcomes.len() >= 40, "{}", outcomes.len());
        let failing: Vec<&Outcome> = outcomes.iter().filter(|o| !o.problems.is_empty()).collect();
        assert!(failing.is_empty(), "{failing:?}");

        // A case that expects a rule that does not match.
        let (name, text) = &files[0];
        let broken = text.replacen("rules = [\"", "rules = [\"niet-bestaand\", \"", 1);
        let outcomes = run_all(&rules, &[(name.clone(), broken.clone())]);
        let bad = outcomes.iter().find(|o| !o.problems.is_empty()).unwrap();
        assert_eq!(bad.problems, ["rule niet-bestaand does not exist"]);
        let line = broken.lines().position(|l| l.contains(&format!("name = \"{}\"", bad.name))).unwrap() + 1;
        assert_eq!(bad.line, line);

        let outcomes = run_all(&rules, &[("x.toml".into(), "[[case]]\nname = \"a\"\nanswers = 3\n".into())]);
        assert_eq!((outcomes[0].line, outcomes[0].problems.len()), (3, 1), "{outcomes:?}");
    }
}
