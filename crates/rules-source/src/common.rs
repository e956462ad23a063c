//! Checks shared by every kind of item: ids, sources, links.

use std::borrow::Cow;
use std::collections::HashMap;

use super::diagnostic::{Diagnostics, SourceFile};
use super::reader::{Span, TableReader, closest};
use super::vocabulary::LETTERS;
use crate::engine::{Level, List, Str};

/// Ids are lowercase words joined by `-`: they end up in links.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads `id`, checks its form and that it is not used twice in this list.
pub fn read_id(
    r: &TableReader<'_, '_>,
    seen: &mut HashMap<String, Span>,
    d: &mut Diagnostics,
) -> Option<(String, Span)> {
    let (id, span) = r.string("id", true, d)?;
    if !valid_id(&id) {
        d.push(r.file, &span, format!("id `{id}` may only hold lowercase letters, digits and single `-`"));
    }
    if let Some(first) = seen.get(&id) {
        let (line, _) = r.file.position(first.start);
        d.push(r.file, &span, format!("id `{id}` is used twice (first on line {line})"));
    } else {
        seen.insert(id.clone(), span.clone());
    }
    Some((id, span))
}

/// `source = [...]`: letters in `../shared/seeds/` by file name, or https addresses.
pub fn read_sources(r: &TableReader<'_, '_>, d: &mut Diagnostics) -> List<Str> {
    let sources = r.strings("source", false, d);
    if sources.is_empty() {
        d.push(
            r.file,
            &r.span,
            format!("{} has no `source`: name the letter (such as \"004_86c85740222f8ee7.txt\") or an https address", r.what),
        );
    }
    for (source, span) in &sources {
        check_source(r.file, source, span, d);
    }
    Cow::Owned(sources.into_iter().map(|(s, _)| Cow::Owned(s)).collect())
}

pub fn check_source(file: &SourceFile, source: &str, span: &Span, d: &mut Diagnostics) {
    if source.starts_with("https://") {
        check_https(file, source, span, d);
    } else if source.contains("://") || source.starts_with("www.") {
        d.push(file, span, format!("non-https link `{source}`: sources must use https://"));
    } else if !LETTERS.contains(&source) {
        let hint = closest(source, LETTERS).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
        d.push(file, span, format!("unknown source letter `{source}`{hint}; letters: {}", LETTERS.join(", ")));
    }
}

pub fn check_https(file: &SourceFile, url: &str, span: &Span, d: &mut Diagnostics) {
    let rest = url.strip_prefix("https://");
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let bad_char = url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    match host {
        None => d.push(file, span, format!("non-https link `{url}`: links must start with https://")),
        Some(h) if h.is_empty() || !h.contains('.') => d.push(file, span, format!("link `{url}` has no valid host")),
        Some(_) if bad_char => d.push(file, span, format!("link `{url}` contains spaces or characters a link cannot hold")),
        Some(_) => {}
    }
}

pub fn read_levels(r: &TableReader<'_, '_>, required: bool, d: &mut Diagnostics) -> List<Level> {
    let mut levels = Vec::new();
    for (id, span) in r.strings("levels", required, d) {
        match Level::ALL.into_iter().find(|l| l.id() == id) {
            Some(level) if !levels.contains(&level) => levels.push(level),
            Some(_) => d.push(r.file, &span, format!("level `{id}` is listed twice")),
            None => d.push(r.file, &span, format!("unknown level `{id}`; levels: individu, team, organisatie, maatschappij")),
        }
    }
    Cow::Owned(levels)
}

/// `rol = [...]` of a variant or role text, as a bit mask over the role question.
pub fn read_roles(r: &TableReader<'_, '_>, role_ids: &[&str], d: &mut Diagnostics) -> u32 {
    read_options(r, "rol", "role", role_ids, true, d)
}

/// `key = [...]` naming options of one question, as a bit mask over its options.
pub fn read_options(r: &TableReader<'_, '_>, key: &str, what: &str, ids: &[&str], required: bool, d: &mut Diagnostics) -> u32 {
    let mut mask = 0;
    for (id, span) in r.strings(key, required, d) {
        match ids.iter().position(|x| *x == id) {
            Some(i) if mask & (1 << i) != 0 => d.push(r.file, &span, format!("{what} `{id}` is listed twice")),
            Some(i) => mask |= 1 << i,
            None => {
                let hint = closest(&id, ids).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
                d.push(r.file, &span, format!("unknown {what} `{id}`{hint}; {what}s: {}", ids.join(", ")));
            }
        }
    }
    mask
}
