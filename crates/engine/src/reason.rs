//! Reasons in the user's own words: `{factoren}` in a rule's reason becomes
//! the short labels of what the user chose.

use super::answers::Answers;
use super::model::{Lang, RuleSet};

pub fn render_reason(rules: &RuleSet, rule: usize, answers: &Answers, lang: Lang) -> String {
    let rule = &rules.rules[rule];
    let template = rule.reason.get(lang);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        match rules.question_index(key) {
            Some(q) => {
                let asked = rule.when.positive_options(q);
                let mask = answers.mask(q);
                let shown = if mask & asked != 0 { mask & asked } else { mask };
                let question = &rules.questions[q];
                let roles = answers.roles(rules);
                let words: Vec<&str> = question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(o, _)| shown & (1 << o) != 0)
                    .map(|(_, option)| option.short_for(roles).get(lang))
                    .collect();
                out.push_str(&join_words(&words, lang));
            }
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// "a, b en c" / "a, b and c".
pub fn join_words(words: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}
