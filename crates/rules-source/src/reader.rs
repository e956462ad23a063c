//! Typed, position-aware reading of a parsed TOML table. Every missing,
//! misspelt or mistyped field becomes a diagnostic; reading goes on.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostics, SourceFile};
use crate::engine::{Lang, Text};

pub type Span = Range<usize>;

/// A table being read, with the file it came from.
pub struct TableReader<'a, 'i> {
    pub file: &'a SourceFile,
    pub table: &'a DeTable<'i>,
    pub span: Span,
    /// What the table is, for messages ("question", "rule 'x'").
    pub what: String,
}

impl<'a, 'i> TableReader<'a, 'i> {
    pub fn new(file: &'a SourceFile, table: &'a DeTable<'i>, span: Span, what: String) -> Self {
        TableReader {
            file,
            table,
            span,
            what,
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    /// Reports keys that are not in `allowed` (typos such as `lable`).
    pub fn only_keys(&self, allowed: &[&str], d: &mut Diagnostics) {
        for (key, _) in self.table.iter() {
            let name: &str = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let hint = closest(name, allowed)
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                d.push(
                    self.file,
                    &key.span(),
                    format!(
                        "unknown field `{name}` in {}{hint}; allowed: {}",
                        self.what,
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    pub fn missing(&self, key: &str, d: &mut Diagnostics) {
        d.push(self.file, &self.span, format!("{} has no `{key}`", self.what));
    }

    pub fn string(&self, key: &str, required: bool, d: &mut Diagnostics) -> Option<(String, Span)> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, d);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Some((s.to_string(), value.span())),
            DeValue::String(_) => {
                d.push(self.file, &value.span(), format!("`{key}` in {} is empty", self.what));
                None
            }
            other => {
                self.wrong_type(key, "text in quotes", other, &value.span(), d);
                None
            }
        }
    }

    pub fn boolean(&self, key: &str, d: &mut Diagnostics) -> bool {
        match self.get(key) {
            None => false,
            Some(value) => match value.get_ref() {
                DeValue::Boolean(b) => *b,
                other => {
                    self.wrong_type(key, "true or false", other, &value.span(), d);
                    false
                }
            },
        }
    }

    pub fn integer(&self, key: &str, d: &mut Diagnostics) -> Option<(i64, Span)> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                Ok(n) => Some((n, value.span())),
                Err(_) => {
                    d.push(self.file, &value.span(), format!("`{key}` is not a whole number"));
                    None
                }
            },
            other => {
                self.wrong_type(key, "a whole number", other, &value.span(), d);
                None
            }
        }
    }

    /// A text in every language: `key.nl = "…"` and `key.en = "…"`.
    pub fn text(&self, key: &str, required: bool, d: &mut Diagnostics) -> Option<Text> {
        let Some(value) = self.get(key) else {
            if required {
                d.push(
                    self.file,
                    &self.span,
                    format!("{} has no `{key}` (needs `{key}.nl` and `{key}.en`)", self.what),
                );
            }
            return None;
        };
        let DeValue::Table(table) = value.get_ref() else {
            self.wrong_type(key, "`.nl` and `.en` texts", value.get_ref(), &value.span(), d);
            return None;
        };
        let inner = TableReader::new(self.file, table, value.span(), format!("`{key}` of {}", self.what));
        inner.only_keys(&["nl", "en"], d);
        let mut texts = Vec::new();
        for lang in Lang::ALL {
            match inner.get(lang.code()) {
                None => d.push(
                    self.file,
                    &value.span(),
                    format!("missing translation: `{key}.{}` of {}", lang.code(), self.what),
                ),
                Some(_) => {
                    if let Some((s, span)) = inner.string(lang.code(), true, d) {
                        // Content packs separate texts with U+001E; no text needs control characters.
                        if let Some(c) = s.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
                            d.push(
                                self.file,
                                &span,
                                format!("`{key}.{}` of {} contains an invisible control character (U+{:04X}): remove it", lang.code(), self.what, c as u32),
                            );
                        }
                        texts.push(s);
                    }
                }
            }
        }
        let [nl, en]: [String; 2] = texts.try_into().ok()?;
        Some(Text {
            nl: Cow::Owned(nl),
            en: Cow::Owned(en),
        })
    }

    /// A list of strings; a single string counts as a list of one.
    pub fn strings(&self, key: &str, required: bool, d: &mut Diagnostics) -> Vec<(String, Span)> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, d);
            }
            return Vec::new();
        };
        strings_of(self.file, key, value, d)
    }

    /// `[[key]]` tables.
    pub fn tables(&self, key: &str, d: &mut Diagnostics) -> Vec<(&'a DeTable<'i>, Span)> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, &format!("a list of tables (`[[{key}]]`)"), value.get_ref(), &value.span(), d);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => out.push((t, item.span())),
                other => self.wrong_type(key, "a table", other, &item.span(), d),
            }
        }
        out
    }

    fn wrong_type(&self, key: &str, expected: &str, found: &DeValue<'_>, span: &Span, d: &mut Diagnostics) {
        d.push(
            self.file,
            span,
            format!("`{key}` in {} must be {expected}, found {}", self.what, found.type_str()),
        );
    }
}

pub fn strings_of(file: &SourceFile, key: &str, value: &Spanned<DeValue<'_>>, d: &mut Diagnostics) -> Vec<(String, Span)> {
    match value.get_ref() {
        DeValue::String(s) => vec![(s.to_string(), value.span())],
        DeValue::Array(items) => items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::String(s) => Some((s.to_string(), item.span())),
                other => {
                    d.push(
                        file,
                        &item.span(),
                        format!("`{key}` must list texts in quotes, found {}", other.type_str()),
                    );
                    None
                }
            })
            .collect(),
        other => {
            d.push(
                file,
                &value.span(),
                format!("`{key}` must be a text or a list of texts, found {}", other.type_str()),
            );
            Vec::new()
        }
    }
}

/// The allowed word nearest to a typo, if it is near enough.
pub fn closest<'w>(word: &str, candidates: &[&'w str]) -> Option<&'w str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(dist, c)| *dist <= 2.max(c.len() / 4))
        .min_by_key(|(dist, _)| *dist)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
