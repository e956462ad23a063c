//! `questions.toml`: the questions, their options and role variants.

use std::borrow::Cow;
use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::common::{read_id, read_roles, read_sources};
use super::condition::parse_condition;
use super::diagnostic::{Diagnostics, SourceFile};
use super::reader::{Span, TableReader};
use crate::engine::{AnswerOption, Condition, MAX_OPTIONS, Question, QuestionKind, Text, Variant};

pub fn empty_text() -> Text {
    Text { nl: Cow::Borrowed(""), en: Cow::Borrowed("") }
}

/// Where each question was defined, for later messages.
pub struct QuestionSpans {
    pub tables: Vec<Span>,
}

pub fn read_questions(file: &SourceFile, doc: &DeTable<'_>, d: &mut Diagnostics) -> (Vec<Question>, QuestionSpans) {
    let root = TableReader::new(file, doc, 0..0, "questions.toml".into());
    root.only_keys(&["question"], d);
    let tables = root.tables("question", d);
    let mut seen = HashMap::new();
    let mut questions = Vec::new();
    let mut spans = Vec::new();
    let mut pending: Vec<(Option<&Spanned<DeValue<'_>>>, Vec<(&DeTable<'_>, Span)>, Vec<Vec<(&DeTable<'_>, Span)>>)> = Vec::new();

    for (table, span) in &tables {
        let r = TableReader::new(file, table, span.clone(), "a question".into());
        r.only_keys(&["id", "kind", "source", "ask_when", "label", "help", "variant", "option"], d);
        let id = read_id(&r, &mut seen, d).map(|(id, _)| id).unwrap_or_default();
        let r = TableReader::new(file, table, span.clone(), format!("question `{id}`"));
        let kind = match r.string("kind", true, d) {
            Some((k, _)) if k == "one" => QuestionKind::One,
            Some((k, _)) if k == "many" => QuestionKind::Many,
            Some((k, s)) => {
                d.push(file, &s, format!("`kind` of question `{id}` is `{k}`; use \"one\" or \"many\""));
                QuestionKind::One
            }
            None => QuestionKind::One,
        };
        let mut option_seen = HashMap::new();
        let mut options = Vec::new();
        let option_tables = r.tables("option", d);
        let mut option_variant_tables = Vec::new();
        for (ot, os) in &option_tables {
            let or = TableReader::new(file, ot, os.clone(), format!("an option of `{id}`"));
            or.only_keys(&["id", "label", "short", "help", "exclusive", "variant"], d);
            let oid = read_id(&or, &mut option_seen, d).map(|(o, _)| o).unwrap_or_default();
            let or = TableReader::new(file, ot, os.clone(), format!("option `{oid}` of `{id}`"));
            options.push(AnswerOption {
                id: Cow::Owned(oid),
                label: or.text("label", true, d).unwrap_or_else(empty_text),
                short: or.text("short", true, d).unwrap_or_else(empty_text),
                help: or.text("help", false, d),
                exclusive: or.boolean("exclusive", d),
                variants: Cow::Borrowed(&[]),
            });
            option_variant_tables.push(or.tables("variant", d));
        }
        if options.is_empty() {
            d.push(file, span, format!("question `{id}` has no options (`[[question.option]]`)"));
        }
        if options.len() > MAX_OPTIONS {
            d.push(file, span, format!("question `{id}` has {} options; at most {MAX_OPTIONS} fit", options.len()));
        }
        questions.push(Question {
            id: Cow::Owned(id),
            kind,
            label: r.text("label", true, d).unwrap_or_else(empty_text),
            help: r.text("help", false, d),
            ask_when: Condition::Always,
            variants: Cow::Borrowed(&[]),
            options: Cow::Owned(options),
            source: read_sources(&r, d),
        });
        spans.push(span.clone());
        pending.push((r.get("ask_when"), r.tables("variant", d), option_variant_tables));
    }

    // Second pass: conditions and role variants can name any question's options.
    let role_ids: Vec<String> = questions
        .iter()
        .find(|q| q.id == "rol")
        .map(|q| q.options.iter().map(|o| o.id.to_string()).collect())
        .unwrap_or_default();
    let role_ids: Vec<&str> = role_ids.iter().map(String::as_str).collect();
    for (q, (ask_when, variants, option_variants)) in pending.into_iter().enumerate() {
        let what = format!("question `{}`", questions[q].id);
        if let Some(value) = ask_when {
            let condition = parse_condition(file, value, &questions, &format!("`ask_when` of {what}"), d);
            let later = condition.referenced_questions() & !((1u32 << q) - 1);
            if later != 0 {
                d.push(file, &value.span(), format!("`ask_when` of {what} may only look at questions asked before it"));
            }
            questions[q].ask_when = condition;
        }
        let read_variants = |tables: &[(&DeTable<'_>, Span)], what: &str, option: bool, d: &mut Diagnostics| -> Vec<Variant> {
            tables
                .iter()
                .map(|(vt, vs)| {
                    let vr = TableReader::new(file, vt, vs.clone(), format!("a variant of {what}"));
                    vr.only_keys(if option { &["rol", "label", "short", "help"] } else { &["rol", "label", "help"] }, d);
                    Variant {
                        roles: read_roles(&vr, &role_ids, d),
                        label: vr.text("label", false, d),
                        short: if option { vr.text("short", false, d) } else { None },
                        help: vr.text("help", false, d),
                    }
                })
                .collect()
        };
        questions[q].variants = Cow::Owned(read_variants(&variants, &what, false, d));
        let mut options = questions[q].options.to_vec();
        for (option, tables) in options.iter_mut().zip(option_variants) {
            option.variants = Cow::Owned(read_variants(&tables, &format!("option `{}`", option.id), true, d));
        }
        questions[q].options = Cow::Owned(options);
    }
    (questions, QuestionSpans { tables: spans })
}
