//! `categories.toml`, `experts.toml`, `tools.toml`, `notes.toml`, `figures.toml`.

use std::borrow::Cow;
use std::collections::HashMap;

use toml::de::DeTable;

use super::common::{check_https, read_id, read_levels, read_options, read_roles, read_sources};
use super::condition::parse_condition;
use super::diagnostic::{Diagnostics, SourceFile};
use super::questions::empty_text;
use super::reader::{Span, TableReader, closest};
use crate::engine::{Category, Condition, Evidence, Expert, FirstStep, Figure, Link, Note, Question, RoleAdvice, Status, Tool};

/// Reads `[[key]]` tables of a file, each through `read`; returns items and where they stand.
fn read_list<'a, 'i, T>(
    file: &'a SourceFile,
    doc: &'a DeTable<'i>,
    key: &str,
    d: &mut Diagnostics,
    mut read: impl FnMut(&TableReader<'a, 'i>, String, &mut Diagnostics) -> T,
) -> (Vec<T>, Vec<Span>) {
    let root = TableReader::new(file, doc, 0..0, file.name.clone());
    root.only_keys(&[key], d);
    let mut seen = HashMap::new();
    let mut items = Vec::new();
    let mut spans = Vec::new();
    for (table, span) in root.tables(key, d) {
        let r = TableReader::new(file, table, span.clone(), format!("a {key}"));
        let id = read_id(&r, &mut seen, d).map(|(id, _)| id).unwrap_or_default();
        let r = TableReader::new(file, table, span.clone(), format!("{key} `{id}`"));
        items.push(read(&r, id, d));
        spans.push(span);
    }
    (items, spans)
}

pub fn read_categories(
    file: &SourceFile,
    doc: &DeTable<'_>,
    role_ids: &[&str],
    factor_ids: &[&str],
    stage_ids: &[&str],
    d: &mut Diagnostics,
) -> (Vec<Category>, Vec<Span>) {
    read_list(file, doc, "category", d, |r, id, d| {
        r.only_keys(
            &["id", "zonmw", "levels", "factors", "source", "name", "summary", "fits_when", "this_week", "involve", "success", "for_role"],
            d,
        );
        let factors = read_options(r, "factors", "factor", factor_ids, false, d);
        let zonmw = r.boolean("zonmw", d);
        let success = r.text("success", false, d);
        if zonmw && success.is_none() {
            d.push(r.file, &r.span, format!("{} is a ZonMw category but has no `success` (what made it work)", r.what));
        }
        let for_role = r
            .tables("for_role", d)
            .into_iter()
            .map(|(t, s)| {
                let fr = TableReader::new(r.file, t, s, format!("a `for_role` of {}", r.what));
                fr.only_keys(&["rol", "fase", "this_week", "involve"], d);
                RoleAdvice {
                    roles: read_roles(&fr, role_ids, d),
                    stages: read_options(&fr, "fase", "stage", stage_ids, false, d),
                    this_week: fr.text("this_week", true, d).unwrap_or_else(empty_text),
                    involve: fr.text("involve", false, d),
                }
            })
            .collect::<Vec<_>>();
        Category {
            id: Cow::Owned(id),
            zonmw,
            levels: read_levels(r, true, d),
            name: r.text("name", true, d).unwrap_or_else(empty_text),
            summary: r.text("summary", true, d).unwrap_or_else(empty_text),
            fits_when: r.text("fits_when", true, d).unwrap_or_else(empty_text),
            this_week: r.text("this_week", true, d).unwrap_or_else(empty_text),
            involve: r.text("involve", true, d).unwrap_or_else(empty_text),
            success,
            for_role: Cow::Owned(for_role),
            factors,
            source: read_sources(r, d),
        }
    })
}

pub fn read_experts(file: &SourceFile, doc: &DeTable<'_>, d: &mut Diagnostics) -> (Vec<Expert>, Vec<Span>) {
    read_list(file, doc, "expert", d, |r, id, d| {
        r.only_keys(&["id", "source", "name", "who", "when", "reach", "phone", "links"], d);
        let phone = r.string("phone", false, d).map(|(p, span)| {
            if !p.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ' || c == '+') {
                d.push(r.file, &span, format!("phone `{p}` may only hold digits, spaces, `-` and `+`"));
            }
            Cow::Owned(p)
        });
        let links = r
            .tables("links", d)
            .into_iter()
            .map(|(t, s)| {
                let lr = TableReader::new(r.file, t, s.clone(), format!("a link of {}", r.what));
                lr.only_keys(&["url", "label"], d);
                let url = lr.string("url", true, d).map(|(u, span)| {
                    check_https(r.file, &u, &span, d);
                    u
                });
                Link {
                    url: Cow::Owned(url.unwrap_or_default()),
                    label: lr.text("label", true, d).unwrap_or_else(empty_text),
                }
            })
            .collect::<Vec<_>>();
        Expert {
            id: Cow::Owned(id),
            name: r.text("name", true, d).unwrap_or_else(empty_text),
            who: r.text("who", true, d).unwrap_or_else(empty_text),
            when: r.text("when", true, d).unwrap_or_else(empty_text),
            reach: r.text("reach", true, d).unwrap_or_else(empty_text),
            phone,
            links: Cow::Owned(links),
            source: read_sources(r, d),
        }
    })
}

/// The ids of the options of `rol` and `sector`, for a tool's `rol` and `sector`.
pub struct ToolVocabulary<'a> {
    pub roles: &'a [&'a str],
    pub sectors: &'a [&'a str],
}

/// The years a `status_year` may name.
const YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;

pub fn read_tools(
    file: &SourceFile,
    doc: &DeTable<'_>,
    categories: &[Category],
    vocabulary: &ToolVocabulary<'_>,
    d: &mut Diagnostics,
) -> (Vec<Tool>, Vec<Span>) {
    let category_ids: Vec<&str> = categories.iter().map(|c| &*c.id).collect();
    read_list(file, doc, "tool", d, |r, id, d| {
        r.only_keys(
            &[
                "id", "evidence", "levels", "categories", "rol", "sector", "status", "status_year", "source", "url", "get", "name", "summary",
                "evidence_note",
            ],
            d,
        );
        let roles = read_options(r, "rol", "role", vocabulary.roles, true, d);
        // No `sector`: for every sector.
        let sectors = read_options(r, "sector", "sector", vocabulary.sectors, false, d);
        let status = match r.string("status", true, d) {
            Some((s, span)) => Status::from_id(&s).unwrap_or_else(|| {
                d.push(r.file, &span, format!("unknown status `{s}`; use available, pilot or ended"));
                Status::Available
            }),
            None => Status::Available,
        };
        let status_year = r.integer("status_year", d).and_then(|(year, span)| {
            if YEARS.contains(&year) {
                Some(year as u16)
            } else {
                d.push(r.file, &span, format!("status_year {year} is not a year from {} to {}", YEARS.start(), YEARS.end()));
                None
            }
        });
        let evidence = match r.string("evidence", true, d) {
            Some((e, span)) => Evidence::from_id(&e).unwrap_or_else(|| {
                d.push(r.file, &span, format!("unknown evidence label `{e}`; use effective, well-founded, interim-evaluation, described, not-tested or information"));
                Evidence::NotTested
            }),
            None => Evidence::NotTested,
        };
        let mut in_categories = Vec::new();
        for (c, span) in r.strings("categories", true, d) {
            match category_ids.iter().position(|x| *x == c) {
                Some(i) => in_categories.push(i as u16),
                None => {
                    let hint = closest(&c, &category_ids).map(|x| format!(" (did you mean `{x}`?)")).unwrap_or_default();
                    d.push(r.file, &span, format!("unknown category `{c}` in {}{hint}", r.what));
                }
            }
        }
        let url = r.string("url", false, d).map(|(u, span)| {
            check_https(r.file, &u, &span, d);
            Cow::Owned(u)
        });
        let get = r.text("get", false, d);
        // A reader must be able to find every tool the advice names (issue 30).
        if url.is_none() && get.is_none() {
            d.push(r.file, &r.span, format!("{} has neither a `url` nor a `get` (where a reader gets it): give one", r.what));
        }
        Tool {
            id: Cow::Owned(id),
            evidence,
            levels: read_levels(r, true, d),
            categories: Cow::Owned(in_categories),
            url,
            get,
            name: r.text("name", true, d).unwrap_or_else(empty_text),
            summary: r.text("summary", true, d).unwrap_or_else(empty_text),
            evidence_note: r.text("evidence_note", true, d).unwrap_or_else(empty_text),
            roles,
            sectors,
            status,
            status_year,
            source: read_sources(r, d),
        }
    })
}

pub fn read_notes(file: &SourceFile, doc: &DeTable<'_>, questions: &[Question], d: &mut Diagnostics) -> (Vec<Note>, Vec<Span>) {
    read_list(file, doc, "note", d, |r, id, d| {
        r.only_keys(&["id", "when", "source", "title", "text"], d);
        let when = match r.get("when") {
            Some(value) => parse_condition(r.file, value, questions, &r.what, d),
            None => {
                r.missing("when", d);
                Condition::Always
            }
        };
        Note {
            id: Cow::Owned(id),
            when,
            title: r.text("title", true, d).unwrap_or_else(empty_text),
            text: r.text("text", true, d).unwrap_or_else(empty_text),
            source: read_sources(r, d),
        }
    })
}

pub fn read_figures(file: &SourceFile, doc: &DeTable<'_>, d: &mut Diagnostics) -> (Vec<Figure>, Vec<Span>) {
    read_list(file, doc, "figure", d, |r, id, d| {
        r.only_keys(&["id", "source", "value", "text"], d);
        Figure {
            id: Cow::Owned(id),
            value: r.text("value", true, d).unwrap_or_else(empty_text),
            text: r.text("text", true, d).unwrap_or_else(empty_text),
            source: read_sources(r, d),
        }
    })
}

/// The most words a first step may have (VOCABULARY.md).
pub const FIRST_STEP_WORDS: usize = 40;

pub fn read_first_steps(
    file: &SourceFile,
    doc: &DeTable<'_>,
    questions: &[Question],
    experts: &[Expert],
    d: &mut Diagnostics,
) -> (Vec<FirstStep>, Vec<Span>) {
    let expert_ids: Vec<&str> = experts.iter().map(|e| &*e.id).collect();
    read_list(file, doc, "first_step", d, |r, id, d| {
        r.only_keys(&["id", "when", "source", "text", "expert", "more_title", "more"], d);
        let when = match r.get("when") {
            Some(value) => parse_condition(r.file, value, questions, &r.what, d),
            None => {
                r.missing("when", d);
                Condition::Always
            }
        };
        let expert = r.string("expert", false, d).and_then(|(e, span)| match expert_ids.iter().position(|x| *x == e) {
            Some(i) => Some(i as u16),
            None => {
                let hint = closest(&e, &expert_ids).map(|x| format!(" (did you mean `{x}`?)")).unwrap_or_default();
                d.push(r.file, &span, format!("unknown expert `{e}` in {}{hint}", r.what));
                None
            }
        });
        let text = r.text("text", true, d).unwrap_or_else(empty_text);
        if let Some(value) = r.get("text") {
            for (lang, t) in [("nl", &text.nl), ("en", &text.en)] {
                let words = t.split_whitespace().count();
                if words > FIRST_STEP_WORDS {
                    d.push(
                        r.file,
                        &value.span(),
                        format!("the `{lang}` text of {} has {words} words; a first step has at most {FIRST_STEP_WORDS}", r.what),
                    );
                }
            }
        }
        let more_title = r.text("more_title", false, d);
        let more = r.text("more", false, d);
        if more.is_some() != more_title.is_some() {
            d.push(r.file, &r.span, format!("{} has one of `more` and `more_title`: give both (the fold-out and its title) or neither", r.what));
        }
        FirstStep { id: Cow::Owned(id), when, text, expert, more_title, more, source: read_sources(r, d) }
    })
}
