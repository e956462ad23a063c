//! Words a group of users must never read (issue 30, CONTENT-REVIEW.md E2 and
//! E10): every text that can be shown to the group is found statically (the
//! same exhaustive search as [`super::analysis`]) and searched for the words.
//!
//! - A self-employed person (`rol=zzp`) has clients, no manager, no employer
//!   and no company doctor: never "je leidinggevende", "je werkgever" or "via
//!   de bedrijfsarts".
//! - A member of an MR (`sector=onderwijs`) or a PVT (`omvang=klein`) never
//!   reads rights only a works council has ("De OR heeft …", article 27 WOR).

use super::analysis::{ask_when_options, exists, mentioned};
use super::diagnostic::{Diagnostic, Diagnostics};
use super::load::Loaded;
use crate::engine::{Condition, Lang, RuleSet, Target, Text};

/// Who must not read what: a name, the condition that picks the group, the
/// roles it has (for the role texts of a card) and the words, lowercase.
pub struct Guard {
    pub who: &'static str,
    pub words: &'static [&'static str],
}

pub const ZZP_WORDS: &[&str] =
    &["je leidinggevende", "je werkgever", "via de bedrijfsarts", "your manager", "your employer", "through the company doctor"];
pub const OR_ONLY_WORDS: &[&str] = &[
    "de or heeft",
    "instemming van de or",
    "artikel 27 wor",
    "artikel 25 wor",
    "the works council has a right",
    "consent of the works council",
];

pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    let rules = &loaded.rules;
    let mut d = Diagnostics::default();
    let Some(rol) = rules.question_index("rol") else { return d.items };
    let option = |q: &str, o: &str| -> Option<Condition> {
        let qi = rules.question_index(q)?;
        let oi = rules.questions[qi].option_index(o)?;
        Some(Condition::Is { question: qi as u8, options: 1 << oi })
    };
    if let Some(zzp) = option("rol", "zzp") {
        let roles = rules.questions[rol].option_index("zzp").map_or(0, |o| 1u32 << o);
        scan(loaded, &mut d, &zzp, roles, &Guard { who: "a self-employed person (rol=zzp)", words: ZZP_WORDS });
    }
    if let (Some(mz), Some(school), Some(small)) = (option("rol", "medezeggenschap"), option("sector", "onderwijs"), option("omvang", "klein")) {
        let roles = rules.questions[rol].option_index("medezeggenschap").map_or(0, |o| 1u32 << o);
        let group = Condition::All(vec![mz, Condition::Any(vec![school, small].into())].into());
        scan(loaded, &mut d, &group, roles, &Guard { who: "an MR or PVT member (rol=medezeggenschap, sector=onderwijs or omvang=klein)", words: OR_ONLY_WORDS });
    }
    d.items
}

fn hit<'a>(text: &Text, words: &'a [&'a str]) -> Option<&'a str> {
    Lang::ALL.into_iter().find_map(|lang| {
        let lower = text.get(lang).to_lowercase();
        words.iter().copied().find(|w| lower.contains(w))
    })
}

fn scan(loaded: &Loaded, d: &mut Diagnostics, group: &Condition, roles: u32, guard: &Guard) {
    let rules: &RuleSet = &loaded.rules;
    let base = ask_when_options(rules);
    let can = |conditions: &[&Condition], test: &dyn Fn(&crate::engine::Answers) -> bool| {
        let mut all: Vec<&Condition> = conditions.to_vec();
        all.push(group);
        exists(rules, &mentioned(rules, &base, &all), &|a| group.holds(a) && test(a))
    };
    let mut report = |file: &str, span: &std::ops::Range<usize>, what: String, word: &str| {
        d.push(loaded.file(file), span, format!("{what} can be shown to {} but says \"{word}\": word it for them", guard.who));
    };
    // Rules that can fire for the group: their reasons, and what they recommend.
    let fires: Vec<bool> = rules.rules.iter().map(|r| can(&[&r.when], &|a| r.when.holds(a))).collect();
    let excluded = |target: Target| {
        let excluders: Vec<&Condition> =
            rules.rules.iter().filter(|r| r.safety && r.exclude.contains(&target)).map(|r| &r.when).collect();
        move |rule_when: &Condition| {
            let mut conditions = excluders.clone();
            conditions.push(rule_when);
            !can(&conditions, &|a| rule_when.holds(a) && !excluders.iter().any(|c| c.holds(a)))
        }
    };
    let shown = |target: Target| -> bool {
        let gone = excluded(target);
        rules.rules.iter().enumerate().any(|(i, r)| fires[i] && r.recommend.iter().any(|e| e.target == target) && !gone(&r.when))
    };
    for (i, r) in rules.rules.iter().enumerate() {
        if fires[i] && !r.recommend.is_empty() {
            if let Some(w) = hit(&r.reason, guard.words) {
                report("rules.toml", &loaded.rule_spans.tables[i], format!("the reason of rule `{}`", r.id), w);
            }
        }
    }
    let mut category_shown = vec![false; rules.categories.len()];
    for (i, c) in rules.categories.iter().enumerate() {
        category_shown[i] = shown(Target::Category(i as u16));
        if !category_shown[i] {
            continue;
        }
        // The role's text at every stage, each once.
        let stages = rules.question_index("fase").map_or(0, |q| rules.questions[q].options.len());
        let mut texts: Vec<(&str, &Text)> = vec![("name", &c.name), ("summary", &c.summary)];
        for s in 0..stages {
            for t in [("this_week", c.this_week_for(roles, 1 << s)), ("involve", c.involve_for(roles, 1 << s))] {
                if !texts.iter().any(|(_, x)| std::ptr::eq(*x, t.1)) {
                    texts.push(t);
                }
            }
        }
        for (field, text) in texts {
            if let Some(w) = hit(text, guard.words) {
                report("categories.toml", &loaded.category_spans[i], format!("the `{field}` of category `{}` (for this role)", c.id), w);
            }
        }
    }
    for (i, e) in rules.experts.iter().enumerate() {
        if !shown(Target::Expert(i as u16)) {
            continue;
        }
        for (field, text) in [("name", &e.name), ("who", &e.who), ("when", &e.when), ("reach", &e.reach)] {
            if let Some(w) = hit(text, guard.words) {
                report("experts.toml", &loaded.expert_spans[i], format!("the `{field}` of expert `{}`", e.id), w);
            }
        }
    }
    for (i, t) in rules.tools.iter().enumerate() {
        let serves = t.roles == 0 || t.roles & roles != 0;
        let under = t.categories.iter().any(|&c| category_shown[c as usize]);
        if !(serves && under) && !shown(Target::Tool(i as u16)) {
            continue;
        }
        let mut texts = vec![("name", &t.name), ("summary", &t.summary), ("evidence_note", &t.evidence_note)];
        if let Some(g) = &t.get {
            texts.push(("get", g));
        }
        for (field, text) in texts {
            if let Some(w) = hit(text, guard.words) {
                report("tools.toml", &loaded.tool_spans[i], format!("the `{field}` of tool `{}`", t.id), w);
            }
        }
    }
    for (i, n) in rules.notes.iter().enumerate() {
        if !can(&[&n.when], &|a| n.when.holds(a)) {
            continue;
        }
        for (field, text) in [("title", &n.title), ("text", &n.text)] {
            if let Some(w) = hit(text, guard.words) {
                report("notes.toml", &loaded.note_spans[i], format!("the `{field}` of note `{}`", n.id), w);
            }
        }
    }
    let steps = &rules.first_steps;
    for (i, s) in steps.iter().enumerate() {
        let earlier: Vec<&Condition> = steps[..i].iter().map(|x| &x.when).collect();
        let mut conditions = earlier.clone();
        conditions.push(&s.when);
        if !can(&conditions, &|a| s.when.holds(a) && !earlier.iter().any(|c| c.holds(a))) {
            continue;
        }
        let mut texts = vec![("text", &s.text)];
        if let Some(m) = &s.more {
            texts.push(("more", m));
        }
        for (field, text) in texts {
            if let Some(w) = hit(text, guard.words) {
                report("first_steps.toml", &loaded.first_step_spans[i], format!("the `{field}` of first step `{}`", s.id), w);
            }
        }
    }
}
