//! `keuzehulp vocabulary`: `docs/answer-vocabulary.md`, the ids a share link,
//! a preset or `keuzehulp advise` may use, with their labels, and what
//! `keuzehulp check` enforces of them, generated from the rules so it cannot
//! drift (a test compares the file with this output).

use crate::engine::{Lang, MAX_OPTIONS, QuestionKind, RuleSet, Text};
use crate::rules_source::{FIRST_STEP_WORDS, MAX_WEIGHT, vocabulary};

const HEADER: &str = include_str!("vocabulary_header.md");

pub fn run() -> i32 {
    print!("{}", markdown(&crate::builtin::RULES));
    0
}

pub fn markdown(rules: &RuleSet) -> String {
    let mut out = HEADER.replace("{counts}", &super::common::counts(rules));
    out.push_str("\n## Questions\n");
    for q in rules.questions.iter() {
        let fixed = vocabulary::QUESTIONS.iter().find(|(id, ..)| *id == q.id);
        let kind = match q.kind {
            QuestionKind::One => "one answer",
            QuestionKind::Many => "one or more answers",
        };
        out.push_str(&format!("\n### `{}`{}: {kind}\n\n", q.id, if fixed.is_some() { " (fixed)" } else { "" }));
        out.push_str(&format!("{} / {}\n\n", cell(q.label.get(Lang::Nl)), cell(q.label.get(Lang::En))));
        if q.ask_when != crate::engine::Condition::Always {
            out.push_str(&format!("Asked only when `{}`.\n\n", super::sources::describe(rules, &q.ask_when)));
        }
        out.push_str("| answer | nl | en | |\n| --- | --- | --- | --- |\n");
        for o in q.options.iter() {
            let mut notes = Vec::new();
            if fixed.is_some_and(|(_, _, ids)| ids.contains(&&*o.id)) {
                notes.push("**fixed**");
            }
            if o.exclusive {
                notes.push("alone only");
            }
            out.push_str(&format!("| `{}` | {} |\n", o.id, [labels(&o.label), notes.join(", ")].join(" | ")));
        }
    }

    out.push_str("\n## Results\n\nWhat the advice recommends, by id (`keuzehulp advise --format json` names them so).\n");
    out.push_str("\n### Intervention categories\n\n| id | nl | en | |\n| --- | --- | --- | --- |\n");
    for c in rules.categories.iter() {
        out.push_str(&format!("| `{}` | {} | {} |\n", c.id, labels(&c.name), fixed(vocabulary::CATEGORIES, &c.id)));
    }
    out.push_str("\n### Experts\n\n| id | nl | en | |\n| --- | --- | --- | --- |\n");
    for e in rules.experts.iter() {
        out.push_str(&format!("| `{}` | {} | {} |\n", e.id, labels(&e.name), fixed(vocabulary::EXPERTS, &e.id)));
    }

    out.push_str("\n## What `keuzehulp check` enforces\n\nThe build runs the same check: rules that break one of these do not build.\n\n");
    for line in invariants(rules) {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(
        "\nThe rules every answer set must satisfy (crisis help first at `fase=acuut`, the company doctor at `fase=verzuim`, \
         no employer-only advice for `rol=zzp`, …) are checked by `tests/answer_space.rs` on every complete answer set.\n",
    );
    out
}

/// The checks of `rules_source`, with what they cover in these rules.
fn invariants(rules: &RuleSet) -> Vec<String> {
    let answers: usize = rules.questions.iter().map(|q| q.options.len()).sum();
    let fixed_answers: usize = vocabulary::QUESTIONS.iter().map(|(.., ids)| ids.len()).sum();
    let exclusive: Vec<String> = rules
        .questions
        .iter()
        .flat_map(|q| q.options.iter().filter(|o| o.exclusive).map(move |o| format!("`{}={}`", q.id, o.id)))
        .collect();
    let sometimes: Vec<String> =
        rules.questions.iter().filter(|q| q.ask_when != crate::engine::Condition::Always).map(|q| format!("`{}`", q.id)).collect();
    let safety = rules.rules.iter().filter(|r| r.safety).count();
    let mut texts = 0;
    rules.clone().texts_mut(&mut |_| texts += 1);
    vec![
        format!(
            "Ids hold lowercase letters, digits and single `-`, and are unique within their kind (answers: within their question): \
             {}, and {answers} answers.",
            super::common::counts(rules)
        ),
        format!(
            "Every fixed id is there, each question with its kind: {} questions, {fixed_answers} answers, {} categories, {} experts.",
            vocabulary::QUESTIONS.len(),
            vocabulary::CATEGORIES.len(),
            vocabulary::EXPERTS.len()
        ),
        format!(
            "A question has at most {MAX_OPTIONS} answers. An exclusive answer is chosen alone ({}: {}).",
            exclusive.len(),
            or_none(&exclusive)
        ),
        format!("A question's `ask_when` looks only at questions asked before it (asked only sometimes: {}).", or_none(&sometimes)),
        "Conditions name only questions and answers that exist.".to_string(),
        format!("Every text is there in Dutch and in English ({texts} texts)."),
        format!(
            "Every item names its source: a letter of `shared/seeds/` ({} letters) or an https address; every link is https.",
            vocabulary::LETTERS.len()
        ),
        format!(
            "A rule's weight is between 1 and {MAX_WEIGHT}; only a safety rule may exclude ({safety} safety rules); \
             a rule's reason names what the user answered, through a question its `when` requires."
        ),
        format!(
            "Every rule can fire ({}), every category ({}) and expert ({}) is recommended by a rule that can fire, \
             every tool ({}) is shown on its own or under its category, every note ({}) is shown: each for some complete answer set.",
            rules.rules.len(),
            rules.categories.len(),
            rules.experts.len(),
            rules.tools.len(),
            rules.notes.len()
        ),
        format!(
            "First steps ({}): at most {FIRST_STEP_WORDS} words in each language, each chosen for some complete answer set, \
             and every complete answer set has one.",
            rules.first_steps.len()
        ),
    ]
}

fn or_none(items: &[String]) -> String {
    if items.is_empty() { "none".to_string() } else { items.join(", ") }
}

fn labels(t: &Text) -> String {
    format!("{} | {}", cell(t.get(Lang::Nl)), cell(t.get(Lang::En)))
}

fn fixed(ids: &[&str], id: &str) -> &'static str {
    if ids.contains(&id) { "**fixed**" } else { "" }
}

/// A text as one table cell.
fn cell(s: &str) -> String {
    s.replace('\n', " ").replace('|', "\\|")
}
