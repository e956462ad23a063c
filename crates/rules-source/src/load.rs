//! Reads every rule file of a folder into a [`RuleSet`], collecting problems.

use std::borrow::Cow;
use std::path::Path;

use toml::de::DeTable;

use super::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use super::items::{ToolVocabulary, read_categories, read_experts, read_figures, read_first_steps, read_notes, read_tools};
use super::questions::read_questions;
use super::reader::Span;
use super::rules::{Catalogue, RuleSpans, read_rules};
use super::vocabulary;
use crate::engine::{QuestionKind, RuleSet};

pub const FILES: [&str; 8] = [
    "questions.toml",
    "categories.toml",
    "experts.toml",
    "tools.toml",
    "notes.toml",
    "figures.toml",
    "rules.toml",
    "first_steps.toml",
];

/// A loaded rule set with where things stand in the files, for the analysis.
pub struct Loaded {
    pub rules: RuleSet,
    pub files: Vec<SourceFile>,
    pub category_spans: Vec<Span>,
    pub expert_spans: Vec<Span>,
    pub tool_spans: Vec<Span>,
    pub note_spans: Vec<Span>,
    pub rule_spans: RuleSpans,
    pub first_step_spans: Vec<Span>,
}

impl Loaded {
    pub fn file(&self, name: &str) -> &SourceFile {
        let i = FILES.iter().position(|f| *f == name).unwrap_or(0);
        &self.files[i]
    }
}

/// Reads the folder. Problems are returned with whatever could be read.
pub fn load(dir: &Path) -> (Option<Loaded>, Vec<Diagnostic>) {
    let mut d = Diagnostics::default();
    let files: Vec<SourceFile> = FILES
        .iter()
        .map(|name| {
            let path = dir.join(name);
            let display = path.display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => SourceFile { name: display, text },
                Err(e) => {
                    d.items.push(Diagnostic { file: display.clone(), line: 1, col: 1, message: format!("cannot read this rules file: {e}") });
                    SourceFile { name: display, text: String::new() }
                }
            }
        })
        .collect();
    if !d.is_empty() {
        return (None, d.items);
    }
    load_files(files)
}

/// Reads rule files already in memory (one per name of [`FILES`], in that order).
pub fn load_files(files: Vec<SourceFile>) -> (Option<Loaded>, Vec<Diagnostic>) {
    let mut d = Diagnostics::default();
    if files.len() != FILES.len() {
        d.items.push(Diagnostic { file: "rules".into(), line: 1, col: 1, message: format!("expected {} rule files", FILES.len()) });
        return (None, d.items);
    }
    let mut docs: Vec<DeTable<'_>> = Vec::new();
    for file in &files {
        match DeTable::parse(&file.text) {
            Ok(doc) => docs.push(doc.into_inner()),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let message = e.message().trim().replace('\n', " ");
                d.push(file, &span, format!("this is not valid TOML: {message}"));
                docs.push(DeTable::default());
            }
        }
    }
    if !d.is_empty() {
        return (None, d.items);
    }

    let (questions, question_spans) = read_questions(&files[0], &docs[0], &mut d);
    check_vocabulary_questions(&files[0], &questions, &question_spans.tables, &mut d);
    let role_ids: Vec<String> = questions
        .iter()
        .find(|q| q.id == "rol")
        .map(|q| q.options.iter().map(|o| o.id.to_string()).collect())
        .unwrap_or_default();
    let role_ids: Vec<&str> = role_ids.iter().map(String::as_str).collect();
    let factor_ids: Vec<String> = questions
        .iter()
        .find(|q| q.id == "factoren")
        .map(|q| q.options.iter().map(|o| o.id.to_string()).collect())
        .unwrap_or_default();
    let factor_ids: Vec<&str> = factor_ids.iter().map(String::as_str).collect();
    let sector_ids: Vec<String> = questions
        .iter()
        .find(|q| q.id == "sector")
        .map(|q| q.options.iter().map(|o| o.id.to_string()).collect())
        .unwrap_or_default();
    let sector_ids: Vec<&str> = sector_ids.iter().map(String::as_str).collect();
    let stage_ids: Vec<String> = questions
        .iter()
        .find(|q| q.id == "fase")
        .map(|q| q.options.iter().map(|o| o.id.to_string()).collect())
        .unwrap_or_default();
    let stage_ids: Vec<&str> = stage_ids.iter().map(String::as_str).collect();
    let (categories, category_spans) = read_categories(&files[1], &docs[1], &role_ids, &factor_ids, &stage_ids, &mut d);
    require_ids(&files[1], "category", vocabulary::CATEGORIES, categories.iter().map(|c| &*c.id), &mut d);
    let (experts, expert_spans) = read_experts(&files[2], &docs[2], &mut d);
    require_ids(&files[2], "expert", vocabulary::EXPERTS, experts.iter().map(|c| &*c.id), &mut d);
    let (tools, tool_spans) = read_tools(&files[3], &docs[3], &categories, &ToolVocabulary { roles: &role_ids, sectors: &sector_ids }, &mut d);
    let (notes, note_spans) = read_notes(&files[4], &docs[4], &questions, &mut d);
    let (figures, _) = read_figures(&files[5], &docs[5], &mut d);
    let catalogue = Catalogue { questions: &questions, categories: &categories, experts: &experts, tools: &tools };
    let (rules, rule_spans) = read_rules(&files[6], &docs[6], &catalogue, &mut d);
    let (first_steps, first_step_spans) = read_first_steps(&files[7], &docs[7], &questions, &experts, &mut d);

    let rules = RuleSet {
        questions: Cow::Owned(questions),
        categories: Cow::Owned(categories),
        experts: Cow::Owned(experts),
        tools: Cow::Owned(tools),
        notes: Cow::Owned(notes),
        figures: Cow::Owned(figures),
        rules: Cow::Owned(rules),
        first_steps: Cow::Owned(first_steps),
    };
    drop(docs);
    let loaded = Loaded { rules, files, category_spans, expert_spans, tool_spans, note_spans, rule_spans, first_step_spans };
    (Some(loaded), d.items)
}

fn check_vocabulary_questions(file: &SourceFile, questions: &[crate::engine::Question], spans: &[Span], d: &mut Diagnostics) {
    for (id, kind, options) in vocabulary::QUESTIONS {
        let Some(q) = questions.iter().position(|q| q.id == *id) else {
            d.push(file, &(0..0), format!("question `{id}` of VOCABULARY.md is missing"));
            continue;
        };
        let question = &questions[q];
        if question.kind != *kind {
            let want = if *kind == QuestionKind::One { "one" } else { "many" };
            d.push(file, &spans[q], format!("question `{id}` must have kind = \"{want}\" (VOCABULARY.md)"));
        }
        for option in *options {
            if question.option_index(option).is_none() {
                d.push(file, &spans[q], format!("answer `{option}` of question `{id}` (VOCABULARY.md) is missing"));
            }
        }
    }
}

fn require_ids<'a>(file: &SourceFile, kind: &str, required: &[&str], present: impl Iterator<Item = &'a str>, d: &mut Diagnostics) {
    let present: Vec<&str> = present.collect();
    for id in required {
        if !present.contains(id) {
            d.push(file, &(0..0), format!("{kind} `{id}` of VOCABULARY.md is missing"));
        }
    }
}
