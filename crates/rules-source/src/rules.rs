//! `rules.toml`: when to recommend what, and why.

use std::borrow::Cow;
use std::collections::HashMap;

use toml::de::{DeTable, DeValue};

use super::common::{read_id, read_sources};
use super::condition::parse_condition;
use super::diagnostic::{Diagnostics, SourceFile};
use super::questions::empty_text;
use super::reader::{Span, TableReader, closest};
use crate::engine::{Category, Condition, Effect, Expert, Lang, Question, Rule, Target, Tool};

/// The largest weight a rule may give.
pub const MAX_WEIGHT: i64 = 1000;

pub struct Catalogue<'a> {
    pub questions: &'a [Question],
    pub categories: &'a [Category],
    pub experts: &'a [Expert],
    pub tools: &'a [Tool],
}

/// Where each rule's `when` stands, for the analysis.
pub struct RuleSpans {
    pub tables: Vec<Span>,
    pub whens: Vec<Span>,
}

pub fn read_rules(file: &SourceFile, doc: &DeTable<'_>, cat: &Catalogue<'_>, d: &mut Diagnostics) -> (Vec<Rule>, RuleSpans) {
    let root = TableReader::new(file, doc, 0..0, "rules.toml".into());
    root.only_keys(&["rule"], d);
    let mut seen = HashMap::new();
    let mut rules = Vec::new();
    let mut spans = RuleSpans { tables: Vec::new(), whens: Vec::new() };
    for (table, span) in root.tables("rule", d) {
        let r = TableReader::new(file, table, span.clone(), "a rule".into());
        r.only_keys(&["id", "source", "safety", "when", "recommend", "exclude", "reason"], d);
        let id = read_id(&r, &mut seen, d).map(|(id, _)| id).unwrap_or_default();
        let r = TableReader::new(file, table, span.clone(), format!("rule `{id}`"));
        let safety = r.boolean("safety", d);
        let (when, when_span) = match r.get("when") {
            Some(value) => (parse_condition(file, value, cat.questions, &r.what, d), value.span()),
            None => {
                r.missing("when", d);
                (Condition::Always, span.clone())
            }
        };
        let recommend: Vec<Effect> = effects(&r, "recommend", cat, true, d)
            .into_iter()
            .map(|(target, weight)| Effect { target, weight })
            .collect();
        let exclude: Vec<Target> = effects(&r, "exclude", cat, false, d).into_iter().map(|(t, _)| t).collect();
        if !exclude.is_empty() && !safety {
            if let Some(v) = r.get("exclude") {
                d.push(file, &v.span(), format!("`exclude` in {} only works in a safety rule (`safety = true`)", r.what));
            }
        }
        if recommend.is_empty() && exclude.is_empty() {
            d.push(file, &span, format!("{} recommends and excludes nothing", r.what));
        }
        let reason = r.text("reason", true, d);
        if let (Some(reason), Some(value)) = (&reason, r.get("reason")) {
            check_reason(file, &value.span(), &r.what, reason.get(Lang::Nl), &when, cat.questions, d);
            check_reason(file, &value.span(), &r.what, reason.get(Lang::En), &when, cat.questions, d);
        }
        rules.push(Rule {
            id: Cow::Owned(id),
            safety,
            when,
            recommend: Cow::Owned(recommend),
            exclude: Cow::Owned(exclude),
            reason: reason.unwrap_or_else(empty_text),
            source: read_sources(&r, d),
        });
        spans.tables.push(span);
        spans.whens.push(when_span);
    }
    (rules, spans)
}

/// `recommend = [ { category = "x", weight = 10 } ]` or `exclude = [ { expert = "y" } ]`.
fn effects(r: &TableReader<'_, '_>, key: &str, cat: &Catalogue<'_>, weighted: bool, d: &mut Diagnostics) -> Vec<(Target, i32)> {
    let Some(value) = r.get(key) else { return Vec::new() };
    let DeValue::Array(items) = value.get_ref() else {
        d.push(r.file, &value.span(), format!("`{key}` in {} must be a list: {key} = [ {{ category = \"…\" }} ]", r.what));
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items.iter() {
        let DeValue::Table(t) = item.get_ref() else {
            d.push(r.file, &item.span(), format!("each entry of `{key}` in {} must be {{ category|expert|tool = \"id\" }}", r.what));
            continue;
        };
        let er = TableReader::new(r.file, t, item.span(), format!("an entry of `{key}` in {}", r.what));
        let allowed: &[&str] = if weighted { &["category", "expert", "tool", "weight"] } else { &["category", "expert", "tool"] };
        er.only_keys(allowed, d);
        let kinds: Vec<&str> = ["category", "expert", "tool"].into_iter().filter(|k| er.get(k).is_some()).collect();
        if kinds.len() != 1 {
            d.push(r.file, &item.span(), format!("{} must name exactly one of category, expert or tool", er.what));
            continue;
        }
        let Some((id, span)) = er.string(kinds[0], true, d) else { continue };
        let ids: Vec<&str> = match kinds[0] {
            "category" => cat.categories.iter().map(|c| &*c.id).collect(),
            "expert" => cat.experts.iter().map(|c| &*c.id).collect(),
            _ => cat.tools.iter().map(|c| &*c.id).collect(),
        };
        let Some(i) = ids.iter().position(|x| *x == id) else {
            let hint = closest(&id, &ids).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
            d.push(r.file, &span, format!("unknown {} `{id}` in {}{hint}", kinds[0], r.what));
            continue;
        };
        let target = match kinds[0] {
            "category" => Target::Category(i as u16),
            "expert" => Target::Expert(i as u16),
            _ => Target::Tool(i as u16),
        };
        let weight = if weighted {
            match er.integer("weight", d) {
                Some((w, _)) if (1..=MAX_WEIGHT).contains(&w) => w as i32,
                Some((w, s)) => {
                    d.push(r.file, &s, format!("weight {w} in {} must be between 1 and {MAX_WEIGHT}", r.what));
                    0
                }
                None => {
                    er.missing("weight", d);
                    0
                }
            }
        } else {
            0
        };
        out.push((target, weight));
    }
    out
}

/// A reason must name what the user answered, with placeholders the rule guarantees.
fn check_reason(file: &SourceFile, span: &Span, what: &str, text: &str, when: &Condition, questions: &[Question], d: &mut Diagnostics) {
    let required = when.required_questions();
    let mut placeholders = 0;
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            d.push(file, span, format!("the reason of {what} has a `}}` without `{{`"));
            return;
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            d.push(file, span, format!("the reason of {what} has a `{{` without `}}`"));
            return;
        };
        let key = &after[..close];
        match questions.iter().position(|q| q.id == key) {
            None => d.push(file, span, format!("the reason of {what} uses `{{{key}}}`, which is no question")),
            Some(q) if required & (1 << q) == 0 => d.push(
                file,
                span,
                format!("the reason of {what} uses `{{{key}}}`, but its `when` does not require `{key}`, so it may be unanswered"),
            ),
            Some(_) => placeholders += 1,
        }
        rest = &after[close + 1..];
    }
    if placeholders == 0 {
        d.push(
            file,
            span,
            format!("the reason of {what} must name what the user answered: use a placeholder such as {{fase}} or {{factoren}}"),
        );
    }
}
