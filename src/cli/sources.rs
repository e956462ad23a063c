//! `keuzehulp sources`: `docs/content-sources.md`, every content item with its
//! sources and evidence label, generated from the rules so it cannot drift
//! (a test compares the file with this output).

use crate::engine::{Condition, Lang, RuleSet, Target};

const HEADER: &str = include_str!("sources_header.md");

pub fn run() -> i32 {
    print!("{}", markdown(&crate::builtin::RULES));
    0
}

pub fn markdown(rules: &RuleSet) -> String {
    let mut out = HEADER.replace("{counts}", &super::common::counts(rules));
    out.push_str("| kind | id | name / condition | source(s) | evidence |\n| --- | --- | --- | --- | --- |\n");
    let mut row = |kind: &str, id: &str, what: String, sources: &[crate::engine::Str], evidence: &str| {
        let sources: Vec<String> = sources
            .iter()
            .map(|s| if s.starts_with("https://") { s.to_string() } else { format!("`{s}`") })
            .collect();
        out.push_str(&format!("| {kind} | `{id}` | {} | {} | {evidence} |\n", what.replace('|', "\\|"), sources.join("<br>")));
    };
    for q in rules.questions.iter() {
        row("question", &q.id, q.label.get(Lang::Nl).to_string(), &q.source, "");
    }
    for c in rules.categories.iter() {
        row("category", &c.id, c.name.get(Lang::Nl).to_string(), &c.source, "");
    }
    for e in rules.experts.iter() {
        row("expert", &e.id, e.name.get(Lang::Nl).to_string(), &e.source, "");
    }
    for t in rules.tools.iter() {
        row("tool", &t.id, t.name.get(Lang::Nl).to_string(), &t.source, t.evidence.id());
    }
    for n in rules.notes.iter() {
        row("note", &n.id, format!("{} — when: `{}`", n.title.get(Lang::Nl), describe(rules, &n.when)), &n.source, "");
    }
    for f in rules.figures.iter() {
        row("figure", &f.id, format!("{} {}", f.value.get(Lang::Nl), f.text.get(Lang::Nl)), &f.source, "");
    }
    for r in rules.rules.iter() {
        let targets: Vec<String> = r
            .recommend
            .iter()
            .map(|e| format!("{}:{}", kind(e.target), rules.target_id(e.target)))
            .collect();
        let mut what = format!("when: `{}`; recommends {}", describe(rules, &r.when), targets.join(", "));
        if r.safety {
            what.insert_str(0, "**safety** ");
        }
        if !r.exclude.is_empty() {
            let ex: Vec<String> = r.exclude.iter().map(|t| format!("{}:{}", kind(*t), rules.target_id(*t))).collect();
            what.push_str(&format!("; excludes {}", ex.join(", ")));
        }
        row("rule", &r.id, what, &r.source, "");
    }
    for s in rules.first_steps.iter() {
        let expert = s.expert.map(|e| format!("; names expert:{}", rules.experts[e as usize].id)).unwrap_or_default();
        row("first step", &s.id, format!("when: `{}`{expert}", describe(rules, &s.when)), &s.source, "");
    }
    out
}

fn kind(t: Target) -> &'static str {
    match t {
        Target::Category(_) => "category",
        Target::Expert(_) => "expert",
        Target::Tool(_) => "tool",
    }
}

/// `rol=zzp,student & not(fase=acuut)`.
pub fn describe(rules: &RuleSet, c: &Condition) -> String {
    match c {
        Condition::Always => "always".into(),
        Condition::Is { question, options } => {
            let q = &rules.questions[*question as usize];
            let ids: Vec<&str> = q.options.iter().enumerate().filter(|(o, _)| options & (1 << o) != 0).map(|(_, o)| &*o.id).collect();
            format!("{}={}", q.id, ids.join(","))
        }
        Condition::All(items) => items.iter().map(|i| describe(rules, i)).collect::<Vec<_>>().join(" & "),
        Condition::Any(items) => format!("({})", items.iter().map(|i| describe(rules, i)).collect::<Vec<_>>().join(" | ")),
        Condition::Not(items) => format!("not({})", items.iter().map(|i| describe(rules, i)).collect::<Vec<_>>().join(" & ")),
    }
}
