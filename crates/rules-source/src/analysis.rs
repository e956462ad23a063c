//! Checks that need the whole rule set: rules that can never fire, results no
//! answer set can reach, notes never shown, first steps never chosen or missing.
//!
//! Instead of all ~6.5 million answer sets, each question is tried with the
//! options a condition mentions plus one option it does not: every other
//! option behaves the same for that condition, so this is exhaustive.

use super::diagnostic::{Diagnostic, Diagnostics};
use super::load::Loaded;
use crate::engine::{Answers, Condition, QuestionKind, RuleSet, Target};

pub fn analyse(loaded: &Loaded) -> Vec<Diagnostic> {
    let rules = &loaded.rules;
    let mut d = Diagnostics::default();
    let base = ask_when_options(rules);

    let mut can_fire = vec![false; rules.rules.len()];
    for (r, rule) in rules.rules.iter().enumerate() {
        can_fire[r] = exists(rules, &mentioned(rules, &base, &[&rule.when]), &|a| rule.when.holds(a));
        if !can_fire[r] {
            d.push(
                loaded.file("rules.toml"),
                &loaded.rule_spans.whens[r],
                format!("rule `{}` can never fire: no complete answer set matches its `when`", rule.id),
            );
        }
    }

    let reachable = |target: Target| -> bool {
        let excluders: Vec<&Condition> = rules
            .rules
            .iter()
            .filter(|r| r.safety && r.exclude.contains(&target))
            .map(|r| &r.when)
            .collect();
        rules.rules.iter().enumerate().any(|(i, rule)| {
            can_fire[i]
                && rule.recommend.iter().any(|e| e.target == target)
                && {
                    let mut conditions = excluders.clone();
                    conditions.push(&rule.when);
                    exists(rules, &mentioned(rules, &base, &conditions), &|a| {
                        rule.when.holds(a) && !excluders.iter().any(|c| c.holds(a))
                    })
                }
        })
    };

    let mut category_reachable = vec![false; rules.categories.len()];
    for (i, category) in rules.categories.iter().enumerate() {
        category_reachable[i] = reachable(Target::Category(i as u16));
        if !category_reachable[i] {
            d.push(
                loaded.file("categories.toml"),
                &loaded.category_spans[i],
                format!("category `{}` is never recommended: no rule that can fire recommends it", category.id),
            );
        }
    }
    for (i, expert) in rules.experts.iter().enumerate() {
        if !reachable(Target::Expert(i as u16)) {
            d.push(
                loaded.file("experts.toml"),
                &loaded.expert_spans[i],
                format!("expert `{}` is never recommended: no rule that can fire recommends it", expert.id),
            );
        }
    }
    for (i, tool) in rules.tools.iter().enumerate() {
        let under_category = tool.categories.iter().any(|&c| category_reachable[c as usize]);
        if !under_category && !reachable(Target::Tool(i as u16)) {
            d.push(
                loaded.file("tools.toml"),
                &loaded.tool_spans[i],
                format!("tool `{}` is never shown: no rule recommends it and none of its categories is ever recommended", tool.id),
            );
        }
    }
    for (i, note) in rules.notes.iter().enumerate() {
        if !exists(rules, &mentioned(rules, &base, &[&note.when]), &|a| note.when.holds(a)) {
            d.push(
                loaded.file("notes.toml"),
                &loaded.note_spans[i],
                format!("note `{}` is never shown: no complete answer set matches its `when`", note.id),
            );
        }
    }
    let steps = &rules.first_steps;
    for (i, step) in steps.iter().enumerate() {
        // A catch-all (`when = {}`) may be hidden for complete answer sets: it serves partial ones.
        if step.when == Condition::Always {
            continue;
        }
        let earlier: Vec<&Condition> = steps[..i].iter().map(|s| &s.when).collect();
        let mut conditions = earlier.clone();
        conditions.push(&step.when);
        if !exists(rules, &mentioned(rules, &base, &conditions), &|a| step.when.holds(a) && !earlier.iter().any(|c| c.holds(a))) {
            d.push(
                loaded.file("first_steps.toml"),
                &loaded.first_step_spans[i],
                format!("first step `{}` is never chosen: an earlier first step always holds where its `when` does", step.id),
            );
        }
    }
    let all: Vec<&Condition> = steps.iter().map(|s| &s.when).collect();
    if exists(rules, &mentioned(rules, &base, &all), &|a| !all.iter().any(|c| c.holds(a))) {
        d.push(
            loaded.file("first_steps.toml"),
            &(0..0),
            "some complete answer set has no first step: end the file with a `[[first_step]]` whose `when = {}`".to_string(),
        );
    }
    d.items
}

/// Options that decide whether questions are asked at all.
pub(crate) fn ask_when_options(rules: &RuleSet) -> Vec<u32> {
    (0..rules.questions.len())
        .map(|q| rules.questions.iter().fold(0, |m, question| m | question.ask_when.mentioned_options(q)))
        .collect()
}

pub(crate) fn mentioned(rules: &RuleSet, base: &[u32], conditions: &[&Condition]) -> Vec<u32> {
    (0..rules.questions.len())
        .map(|q| conditions.iter().fold(base[q], |m, c| m | c.mentioned_options(q)))
        .collect()
}

/// Whether some complete, valid answer set satisfies `test`, trying for each
/// question the mentioned options plus one representative of the rest.
pub fn exists(rules: &RuleSet, mentioned: &[u32], test: &dyn Fn(&Answers) -> bool) -> bool {
    let mut answers = Answers::new(rules);
    search(rules, mentioned, 0, &mut answers, test)
}

fn search(rules: &RuleSet, mentioned: &[u32], q: usize, answers: &mut Answers, test: &dyn Fn(&Answers) -> bool) -> bool {
    if q == rules.questions.len() {
        return test(answers);
    }
    if !answers.applies(rules, q) {
        answers.clear(q);
        return search(rules, mentioned, q + 1, answers, test);
    }
    let question = &rules.questions[q];
    let all = if question.options.len() >= 32 { u32::MAX } else { (1u32 << question.options.len()) - 1 };
    let relevant = mentioned[q] & all;
    let rest = all & !relevant;
    let candidates = relevant | (rest & rest.wrapping_neg()); // plus the lowest unmentioned option
    let exclusive: u32 = question
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.exclusive)
        .fold(0, |m, (i, _)| m | 1 << i);
    let found = match question.kind {
        QuestionKind::One => bits(candidates).any(|bit| {
            answers.set(q, bit);
            search(rules, mentioned, q + 1, answers, test)
        }),
        QuestionKind::Many => {
            let mut subset = candidates;
            let mut found = false;
            while subset != 0 {
                let valid = subset & exclusive == 0 || subset.count_ones() == 1;
                if valid {
                    answers.set(q, subset);
                    if search(rules, mentioned, q + 1, answers, test) {
                        found = true;
                        break;
                    }
                }
                subset = (subset - 1) & candidates;
            }
            found
        }
    };
    answers.clear(q);
    found
}

fn bits(mask: u32) -> impl Iterator<Item = u32> {
    (0..32).map(|i| 1u32 << i).filter(move |b| mask & b != 0)
}
