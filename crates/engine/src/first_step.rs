//! The one first step for an answer set: the first item of
//! `RuleSet::first_steps` whose condition holds (the file goes from specific
//! to general and ends with a catch-all).

use super::answers::Answers;
use super::model::RuleSet;

/// The index into [`RuleSet::first_steps`] of the user's first step; `None`
/// only when no item holds (the rules check makes sure the last one always does).
pub fn first_step(rules: &RuleSet, answers: &Answers) -> Option<usize> {
    rules.first_steps.iter().position(|s| s.when.holds(answers))
}
