//! The advice for one answer set as lines of text, in the order and folding
//! `engine::present` decides: to say what changed between the built-in rules
//! and the edited ones ([`changes`]).

use crate::diff::{Op, lines as diff_lines};
use crate::engine::{Answers, Lang, RuleSet, Target, present, render_reason};
use crate::json;

fn word(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Nl { nl } else { en }
}

/// What the page shows for `answers`, one line per thing that can change.
pub fn lines(rules: &RuleSet, answers: &Answers, lang: Lang) -> Vec<String> {
    let shown = present(rules, answers);
    let mut out = Vec::new();
    if shown.acute {
        out.push(word(lang, "Crisis: eerst hulp, de rest voor later", "Crisis: help first, the rest for later").to_string());
    }
    if let Some(step) = shown.first_step.and_then(|s| rules.first_steps.get(s)) {
        out.push(format!("{}: {}", word(lang, "Doe dit eerst", "Do this first"), step.text.get(lang)));
    }
    let state = |open: bool, later: bool| match (open, later) {
        (_, true) => word(lang, "voor later", "for later"),
        (true, _) => word(lang, "open", "open"),
        (false, _) => word(lang, "ingeklapt", "folded"),
    };
    for (i, item) in shown.categories.iter().enumerate() {
        let Target::Category(c) = item.target else { continue };
        let category = &rules.categories[c as usize];
        out.push(format!("{} {}: {} ({})", word(lang, "Aanpak", "Approach"), i + 1, category.name.get(lang), state(item.open, item.later)));
        out.push(format!("  {}", category.summary.get(lang)));
        for &r in &item.reasons {
            out.push(format!("  {}: {}", word(lang, "Waarom", "Why"), render_reason(rules, r as usize, answers, lang)));
        }
        for &(t, recommended) in &item.tools {
            let mark = if recommended { word(lang, " (aangeraden)", " (recommended)") } else { "" };
            out.push(format!("  {}: {}{mark}", word(lang, "Hulpmiddel", "Tool"), rules.tools[t as usize].name.get(lang)));
        }
    }
    for (i, item) in shown.experts.iter().enumerate() {
        let Target::Expert(e) = item.target else { continue };
        let expert = &rules.experts[e as usize];
        out.push(format!("{} {}: {} ({})", word(lang, "Hulp", "Help"), i + 1, expert.name.get(lang), state(item.open, item.later)));
        for &r in &item.reasons {
            out.push(format!("  {}: {}", word(lang, "Waarom", "Why"), render_reason(rules, r as usize, answers, lang)));
        }
    }
    for &n in &shown.notes {
        let note = &rules.notes[n as usize];
        out.push(format!("{}: {}", word(lang, "Goed om te weten", "Good to know"), note.title.get(lang)));
        out.push(format!("  {}", note.text.get(lang)));
    }
    out
}

/// One line of "what changed": `-` only in the built-in advice, `+` only in the edited one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub sign: char,
    pub text: String,
}

/// What differs between the advice of `before` and of `after` for the same answers
/// (given as an answer string, so each rule set reads it with its own questions).
pub fn changes(before: &RuleSet, after: &RuleSet, answers: &str, lang: Lang) -> Vec<Change> {
    let a = lines(before, &Answers::parse(before, answers).0, lang);
    let b = lines(after, &Answers::parse(after, answers).0, lang);
    let a_ref: Vec<&str> = a.iter().map(String::as_str).collect();
    let b_ref: Vec<&str> = b.iter().map(String::as_str).collect();
    diff_lines(&a_ref, &b_ref)
        .into_iter()
        .filter_map(|op| match op {
            Op::Same(..) => None,
            Op::Delete(i) => Some(Change { sign: '-', text: a[i].clone() }),
            Op::Insert(j) => Some(Change { sign: '+', text: b[j].clone() }),
        })
        .collect()
}

pub fn changes_json(changes: &[Change]) -> String {
    json::array(changes.iter().map(|c| json::object(&[("sign", json::string(&c.sign.to_string())), ("text", json::string(&c.text))])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check, tests::builtin_files};

    const ANSWERS: &str = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk";

    #[test]
    fn an_edited_first_step_is_the_one_change() {
        let files = builtin_files();
        let before = check(&files).rules.unwrap();
        let answers = Answers::parse(&before, ANSWERS).0;
        let step = &before.first_steps[crate::engine::first_step(&before, &answers).unwrap()];
        let old = step.text.get(Lang::Nl).to_string();
        let mut edited = files.clone();
        let (_, text) = edited.iter_mut().find(|(n, _)| n == "first_steps.toml").unwrap();
        assert!(text.contains(&old));
        *text = text.replacen(&old, "Bel vandaag je leidinggevende.", 1);
        let after = check(&edited).rules.unwrap();
        let changes = changes(&before, &after, ANSWERS, Lang::Nl);
        assert_eq!(
            changes,
            vec![
                Change { sign: '-', text: format!("Doe dit eerst: {old}") },
                Change { sign: '+', text: "Doe dit eerst: Bel vandaag je leidinggevende.".into() },
            ]
        );
        assert!(super::changes(&before, &before, ANSWERS, Lang::Nl).is_empty());
    }
}

/// The wizard's questions as compact choices for the studio:
/// `[{id, many, label, options: [{id, label}]}]`.
pub fn questions_json(rules: &RuleSet, lang: Lang) -> String {
    json::array(rules.questions.iter().map(|q| {
        json::object(&[
            ("id", json::string(&q.id)),
            ("many", (q.kind == crate::engine::QuestionKind::Many).to_string()),
            ("label", json::string(q.label.get(lang))),
            (
                "options",
                json::array(q.options.iter().map(|o| json::object(&[("id", json::string(&o.id)), ("label", json::string(o.label.get(lang)))]))),
            ),
        ])
    }))
}
