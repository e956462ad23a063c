//! The answer-space check of the studio's Web Worker: the invariants of
//! `tests/answer_space.rs`, which are `rules_source::answer_space` (one source
//! for both), on the edited rules, chunk by chunk so the page can show progress
//! and stop. Each chunk's failures come with the texts its group was shown
//! that the group may not read (the self-employed, MR and PVT members).

use crate::engine::RuleSet;
use crate::json;
use crate::rules_source::answer_space;

pub use answer_space::MAX_FAILURES;

/// How many chunks the answer space of `rules` has (0 when an invariant's id is missing).
pub fn chunks(rules: &RuleSet) -> usize {
    answer_space::chunks(rules)
}

/// What one chunk found, for the page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Answer sets checked (complete and partial).
    pub checked: u64,
    /// `answers: problem` or `what says `word`: text`.
    pub failures: Vec<String>,
}

/// Checks chunk `chunk` of [`chunks`]; an error names the id the rules lack.
pub fn check_chunk(rules: &RuleSet, chunk: usize) -> Result<Found, String> {
    let ids = answer_space::ids(rules)?;
    let found = answer_space::check_chunk(rules, &ids, chunk);
    let mut failures = found.failures.clone();
    let texts = found.text_problems(rules, &ids);
    failures.extend(texts.into_iter().take(MAX_FAILURES));
    Ok(Found { checked: found.complete + found.partial, failures })
}

impl Found {
    pub fn json(&self) -> String {
        json::object(&[("checked", self.checked.to_string()), ("failures", json::array(self.failures.iter().map(|f| json::string(f))))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check, tests::builtin_files};

    fn with(extra: &str) -> RuleSet {
        let mut files = builtin_files();
        files.iter_mut().find(|(n, _)| n == "rules.toml").unwrap().1.push_str(extra);
        let checked = check(&files);
        let errors: Vec<_> = checked.messages.iter().filter(|m| !m.warning).collect();
        checked.rules.unwrap_or_else(|| panic!("the test rule should read: {errors:?}"))
    }

    /// Every failure of every chunk (the page shows them as they come).
    fn failures(rules: &RuleSet) -> Vec<String> {
        (0..chunks(rules)).flat_map(|c| check_chunk(rules, c).unwrap().failures).collect()
    }

    #[test]
    fn the_builtin_rules_pass_on_some_chunks_complete_and_partial() {
        let rules = check(&builtin_files()).rules.unwrap();
        let n = chunks(&rules);
        assert!(n >= 20, "{n}");
        // tests/answer_space.rs checks every chunk of the built-in rules; here every 11th and the last (partial).
        for chunk in (0..n).step_by(11).chain([n - 1]) {
            let found = check_chunk(&rules, chunk).unwrap();
            assert!(found.failures.is_empty() && found.checked > 0, "{chunk}: {found:?}");
        }
    }

    #[test]
    fn a_rule_that_takes_the_confidential_adviser_away_is_caught() {
        // A safety rule that takes the confidential adviser away at unwanted behaviour.
        let rules = with("\n[[rule]]\nid = \"studio-test\"\nsafety = true\nwhen = { factoren = [\"ongewenst-gedrag\"] }\nrecommend = [{ expert = \"huisarts\", weight = 10 }]\nexclude = [{ expert = \"vertrouwenspersoon\" }]\nreason.nl = \"Omdat je {factoren} koos.\"\nreason.en = \"Because you chose {factoren}.\"\nsource = [\"https://example.org\"]\n");
        let failures = failures(&rules);
        assert!(failures.iter().any(|f| f.contains("ongewenst-gedrag without vertrouwenspersoon")), "{failures:?}");
    }

    #[test]
    fn a_text_for_the_self_employed_that_names_hr_is_caught() {
        // The static check of `keuzehulp check` looks for "je werkgever" and the like;
        // the answer space also finds "HR" in what rol=zzp is shown.
        let rules = with("\n[[rule]]\nid = \"studio-zzp\"\nwhen = { rol = [\"zzp\"], factoren = [\"werkdruk\"] }\nrecommend = [{ expert = \"huisarts\", weight = 1 }]\nreason.nl = \"Omdat je {factoren} koos: vraag ook HR om raad.\"\nreason.en = \"Because you chose {factoren}: ask HR too.\"\nsource = [\"https://example.org\"]\n");
        let failures = failures(&rules);
        assert!(failures.iter().any(|f| f.starts_with("reason of rule studio-zzp says `HR`")), "{failures:?}");
    }

    #[test]
    fn the_partial_answer_sets_of_the_wizard_are_walked_too() {
        // A safety rule that takes the GP away in a crisis: the partial chunks
        // alone (the wizard stopped after `fase`) find it.
        let rules = with("\n[[rule]]\nid = \"studio-partial\"\nsafety = true\nwhen = { fase = [\"acuut\"] }\nrecommend = [{ expert = \"crisislijn-113\", weight = 1 }]\nexclude = [{ expert = \"huisarts\" }]\nreason.nl = \"Omdat je {fase} koos.\"\nreason.en = \"Because you chose {fase}.\"\nsource = [\"https://example.org\"]\n");
        let ids = answer_space::ids(&rules).unwrap();
        let partial = answer_space::partial_chunks(&rules, &ids);
        assert_eq!(partial.end, chunks(&rules));
        let found: Vec<String> = partial.flat_map(|c| check_chunk(&rules, c).unwrap().failures).collect();
        assert!(found.iter().any(|f| f.contains("fase=acuut: huisarts is not among the experts")), "{found:?}");
    }

    #[test]
    fn rules_without_an_id_of_the_invariants_say_which() {
        let mut rules = check(&builtin_files()).rules.unwrap();
        let i = rules.expert_index("crisislijn-113").unwrap();
        let mut experts: Vec<_> = rules.experts.iter().cloned().collect();
        experts[i].id = "crisislijn".into();
        rules.experts = experts.into();
        assert_eq!(chunks(&rules), 0);
        assert_eq!(check_chunk(&rules, 0), Err("expert crisislijn-113 is missing".into()));
    }
}
