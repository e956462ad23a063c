//! The checks of `keuzehulp check`, on rule files held in memory: the rules
//! reader (TOML, every field, the vocabulary, rules that can never fire) and
//! the plain-language warnings. Nothing here panics on any input (the reader
//! is fuzzed); every problem is a [`Message`] with its place.

use crate::engine::RuleSet;
use crate::json;
use crate::rules_source::{self, FILES, plain};

/// A problem or a warning, at `file:line:col` (1-based; the column in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub text: String,
    /// A plain-language warning: the rules still work.
    pub warning: bool,
}

impl Message {
    pub fn json(&self) -> String {
        json::object(&[
            ("file", json::string(&self.file)),
            ("line", self.line.to_string()),
            ("col", self.col.to_string()),
            ("text", json::string(&self.text)),
            ("warning", self.warning.to_string()),
        ])
    }
}

/// What the check found: the rule set when it has no errors (warnings allowed).
pub struct Checked {
    pub messages: Vec<Message>,
    pub rules: Option<RuleSet>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.messages.iter().filter(|m| !m.warning).count()
    }
}

/// Every file the studio opens and checks: the rule files, then the jargon list.
pub fn studio_files() -> Vec<&'static str> {
    FILES.iter().copied().chain([plain::JARGON_FILE]).collect()
}

/// Checks the rule files in `files` (`(name, text)`, names as in `rules/`:
/// `rules.toml`; other files are ignored). A missing file is a message.
pub fn check(files: &[(String, String)]) -> Checked {
    let text_of = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone());
    let mut messages = Vec::new();
    let mut present = Vec::new();
    for name in FILES {
        match text_of(name) {
            Some(text) => present.push((name.to_string(), text)),
            None => messages.push(Message {
                file: name.to_string(),
                line: 1,
                col: 1,
                text: format!("this rules file is missing: add {name} to the folder"),
                warning: false,
            }),
        }
    }
    // Plain language on every file there is, errors or not: the author sees both at once.
    messages.extend(plain_language(&present, text_of(plain::JARGON_FILE).as_deref()));
    if present.len() < FILES.len() {
        sort(&mut messages);
        return Checked { messages, rules: None };
    }
    let rules = match rules_source::check_texts(present) {
        Ok(rules) => Some(rules),
        Err(problems) => {
            messages.extend(problems.into_iter().map(|d| from_diagnostic(d, false)));
            None
        }
    };
    let rules = if messages.iter().any(|m| !m.warning) { None } else { rules };
    sort(&mut messages);
    // (The reader can find one problem twice, e.g. in `reason.nl` and `reason.en`.)
    messages.dedup();
    Checked { messages, rules }
}

thread_local! {
    /// The plain-language warnings of each file as last checked, with the
    /// text and the jargon list they were found in: after a pause in typing
    /// only the file typed in is read again (`cargo xtask bench` measures it).
    static PLAIN: std::cell::RefCell<Vec<(String, String, String, Vec<Message>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The plain-language warnings of `files` (or the problems of a broken jargon list).
fn plain_language(files: &[(String, String)], jargon: Option<&str>) -> Vec<Message> {
    let jargon_text = jargon.unwrap_or_default();
    if let Err(problems) = plain::check_named(&[], jargon) {
        return problems.into_iter().map(|d| from_diagnostic(d, false)).collect();
    }
    PLAIN.with(|cache| {
        let mut cache = cache.borrow_mut();
        let mut out = Vec::new();
        for (name, text) in files {
            let hit = cache.iter().find(|(n, t, j, _)| n == name && t == text && j == jargon_text);
            let found = match hit {
                Some((_, _, _, found)) => found.clone(),
                None => {
                    let found: Vec<Message> = match plain::check_named(std::slice::from_ref(&(name.clone(), text.clone())), jargon) {
                        Ok(report) => report.warnings.into_iter().map(|d| from_diagnostic(d, true)).collect(),
                        Err(problems) => problems.into_iter().map(|d| from_diagnostic(d, false)).collect(),
                    };
                    cache.retain(|(n, _, _, _)| n != name);
                    cache.push((name.clone(), text.clone(), jargon_text.to_string(), found.clone()));
                    found
                }
            };
            out.extend(found);
        }
        out
    })
}

fn from_diagnostic(d: rules_source::Diagnostic, warning: bool) -> Message {
    Message { file: d.file, line: d.line.max(1), col: d.col.max(1), text: d.message, warning }
}

/// Errors first, then by file (in the order of `rules/`) and place.
fn sort(messages: &mut [Message]) {
    let order = studio_files();
    messages.sort_by_key(|m| (m.warning, order.iter().position(|f| *f == m.file).unwrap_or(usize::MAX), m.line, m.col));
}

/// The messages as a JSON array.
pub fn messages_json(messages: &[Message]) -> String {
    json::array(messages.iter().map(Message::json))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The repository's own rule files.
    pub fn builtin_files() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
        studio_files()
            .into_iter()
            .filter_map(|name| std::fs::read_to_string(dir.join(name)).ok().map(|t| (name.to_string(), t)))
            .collect()
    }

    #[test]
    fn the_builtin_rules_pass_with_their_plain_language_warnings_only() {
        let checked = check(&builtin_files());
        assert_eq!(checked.errors(), 0, "{:?}", checked.messages);
        assert!(checked.rules.is_some());
    }

    #[test]
    fn a_typo_is_a_message_at_its_line_and_column() {
        let mut files = builtin_files();
        let (_, text) = files.iter_mut().find(|(n, _)| n == "rules.toml").unwrap();
        // Break the third line that has a `when`: an unknown key.
        let line = text.lines().enumerate().filter(|(_, l)| l.starts_with("when")).nth(2).unwrap().0;
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines.insert(line, "whem = 3".into());
        *text = lines.join("\n");
        let checked = check(&files);
        assert!(checked.rules.is_none());
        let m = checked.messages.iter().find(|m| !m.warning).unwrap();
        assert_eq!((m.file.as_str(), m.line, m.col), ("rules.toml", line + 1, 1), "{m:?}");
        assert!(m.text.contains("whem"), "{m:?}");
    }

    #[test]
    fn plain_language_read_again_only_where_typed_gives_what_a_fresh_read_gives() {
        let files = builtin_files();
        let first = check(&files).messages;
        // A long Dutch sentence typed into one file: its tip comes, the others stay.
        let mut edited = files.clone();
        let (_, text) = edited.iter_mut().find(|(n, _)| n == "first_steps.toml").unwrap();
        text.push_str(&format!("\n[[first_step]]\nid = \"x\"\ntext.nl = \"{}.\"\n", "woord ".repeat(30).trim()));
        let cached = check(&edited).messages;
        let fresh = std::thread::spawn(move || check(&edited).messages).join().unwrap();
        assert_eq!(cached, fresh);
        assert!(cached.iter().any(|m| m.warning && m.file == "first_steps.toml" && m.text.contains("30 words")), "{cached:?}");
        // A jargon list changed: every file is read again with it.
        let mut no_jargon = files.clone();
        no_jargon.retain(|(n, _)| n != plain::JARGON_FILE);
        let fresh = std::thread::spawn({
            let no_jargon = no_jargon.clone();
            move || check(&no_jargon).messages
        })
        .join()
        .unwrap();
        assert_eq!(check(&no_jargon).messages, fresh);
        assert_eq!(check(&files).messages, first);
        // One message once.
        assert!(first.windows(2).all(|w| w[0] != w[1]));
    }

    #[test]
    fn broken_toml_missing_files_and_garbage_are_messages_never_panics() {
        let mut files = builtin_files();
        files.iter_mut().find(|(n, _)| n == "experts.toml").unwrap().1.push_str("\n[[expert]\nid = ");
        let checked = check(&files);
        let m = &checked.messages[0];
        assert_eq!(m.file, "experts.toml");
        assert!(m.text.contains("not valid TOML"), "{m:?}");
        assert!(m.line > 1);

        let checked = check(&files[1..]);
        assert!(checked.messages.iter().any(|m| m.file == "questions.toml" && m.text.contains("missing")));

        for garbage in ["\u{0}\u{ffff}", "[[[", "a = \"\\u{d800}\"", "x = 1\nx = 2", "\"\"\"", ""] {
            let files: Vec<(String, String)> = studio_files().iter().map(|n| (n.to_string(), garbage.to_string())).collect();
            let checked = check(&files);
            assert!(!checked.messages.is_empty() && checked.rules.is_none());
        }
    }
}

