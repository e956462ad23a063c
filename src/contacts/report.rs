//! The contacts reader's notices with their place in the text (`line:col`),
//! for `keuzehulp contacts check FILE` and the embed builder (through the
//! widget's wasm): one reader, the same messages in both.

use super::{ContactNotice, Contacts, parse_contacts};
use crate::engine::{Lang, RuleSet};

/// A notice and where it is: 1-based line and column (in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub col: usize,
    pub notice: ContactNotice,
}

/// Reads `text` as the widget does and places every notice in it.
pub fn check(rules: &RuleSet, text: &str) -> (Contacts, Vec<Located>) {
    let (contacts, notices) = parse_contacts(rules, text);
    // The reader sees the text trimmed: its offsets start after the leading white space.
    let lead = text.len() - text.trim_start().len();
    let located = notices
        .into_iter()
        .map(|notice| {
            let (line, col) = line_col(text, lead + notice.at.unwrap_or(0));
            Located { line, col, notice }
        })
        .collect();
    (contacts, located)
}

/// 1-based line and column (counted in characters) of byte offset `at`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, col)
}

/// `file:line:col: message`, one line per notice.
pub fn lines(file: &str, located: &[Located], lang: Lang) -> Vec<String> {
    located.iter().map(|l| format!("{file}:{}:{}: {}", l.line, l.col, l.notice.message(lang))).collect()
}

/// How many contacts for how many kinds of help: (contacts, experts).
pub fn counts(contacts: &Contacts) -> (usize, usize) {
    (contacts.by_expert.iter().map(|(_, c)| c.len()).sum(), contacts.by_expert.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "{\n  \"é\": 1,\n  \"b\": x}";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 4), (2, 3));
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (3, 8));
        assert_eq!(line_col(text, 10_000), (3, 10));
    }
}
