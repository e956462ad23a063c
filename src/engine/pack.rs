//! A content pack: every text of a rule set in one language, as one plain
//! text file. The browser build carries the rules without their texts (a
//! "shell", see `build.rs`) and fetches the pack of the user's language next
//! to the wasm, so a visit downloads one language, not two.
//!
//! Format: a header line `keuzehulp-content 1 <lang> <fingerprint> <count>`,
//! then the texts in [`RuleSet::texts_mut`] order and after them the "extra"
//! texts (the interface's own, which the engine does not know), separated by
//! U+001E (record separator). The fingerprint names the shell the pack belongs to; a
//! pack of another build is refused instead of putting texts in wrong places.

use std::borrow::Cow;
use std::fmt;

use super::model::{Lang, RuleSet};

const MAGIC: &str = "keuzehulp-content";
const VERSION: &str = "1";
const SEPARATOR: char = '\u{1e}';

/// Why a pack does not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a content pack at all (an error page, a truncated download).
    NotAPack,
    /// A pack for another language than asked for.
    WrongLang { expected: Lang, found: String },
    /// A pack of another build of the rules (an old cached copy).
    OtherBuild { expected: String, found: String },
    /// The header's count, the texts present and the rule set disagree.
    Count { expected: usize, found: usize },
    /// A text contains the separator (only [`write`] can meet this).
    Separator { index: usize },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "this is not a keuzehulp content pack"),
            PackError::WrongLang { expected, found } => {
                write!(f, "a content pack for \"{found}\", expected \"{}\"", expected.code())
            }
            PackError::OtherBuild { expected, found } => write!(
                f,
                "the content pack belongs to another build (rules {found}, this app {expected}): reload the page"
            ),
            PackError::Count { expected, found } => {
                write!(f, "the content pack has {found} texts, the rules have {expected}")
            }
            PackError::Separator { index } => write!(f, "text {index} contains U+001E, the pack's separator"),
        }
    }
}

/// The number of texts in one language of `rules`.
pub fn text_count(rules: &RuleSet) -> usize {
    let mut n = 0;
    rules.clone().texts_mut(&mut |_| n += 1);
    n
}

/// The pack of `rules` in `lang`, with `extra` texts after the rules' own.
pub fn write(rules: &RuleSet, lang: Lang, fingerprint: &str, extra: &[&str]) -> Result<String, PackError> {
    let mut texts = Vec::new();
    rules.clone().texts_mut(&mut |t| texts.push(t.get(lang).to_string()));
    texts.extend(extra.iter().map(|t| t.to_string()));
    if let Some(index) = texts.iter().position(|t| t.contains(SEPARATOR)) {
        return Err(PackError::Separator { index });
    }
    let mut out = format!("{MAGIC} {VERSION} {} {fingerprint} {}\n", lang.code(), texts.len());
    out.push_str(&texts.join(&SEPARATOR.to_string()));
    Ok(out)
}

/// Puts the texts of `pack` into `rules` as language `lang` and returns the
/// `extra` texts after them (exactly `extra`); `rules` is unchanged when the
/// pack does not fit.
pub fn fill(rules: &mut RuleSet, lang: Lang, fingerprint: &str, extra: usize, pack: &str) -> Result<Vec<String>, PackError> {
    let (header, body) = pack.split_once('\n').ok_or(PackError::NotAPack)?;
    let fields: Vec<&str> = header.trim_end_matches('\r').split(' ').collect();
    let [magic, version, pack_lang, pack_fingerprint, count] = fields[..] else {
        return Err(PackError::NotAPack);
    };
    if magic != MAGIC || version != VERSION {
        return Err(PackError::NotAPack);
    }
    if pack_lang != lang.code() {
        return Err(PackError::WrongLang { expected: lang, found: pack_lang.chars().take(8).collect() });
    }
    if pack_fingerprint != fingerprint {
        return Err(PackError::OtherBuild {
            expected: fingerprint.to_string(),
            found: pack_fingerprint.chars().take(32).collect(),
        });
    }
    let expected = text_count(rules) + extra;
    let count: usize = count.parse().map_err(|_| PackError::NotAPack)?;
    let texts: Vec<&str> = body.split(SEPARATOR).collect();
    if count != expected || texts.len() != expected {
        let found = if count != expected { count } else { texts.len() };
        return Err(PackError::Count { expected, found });
    }
    let mut texts = texts.into_iter();
    rules.texts_mut(&mut |t| {
        *t.get_mut(lang) = Cow::Owned(texts.next().unwrap_or_default().to_string());
    });
    Ok(texts.map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Condition, Question, QuestionKind, Text};

    fn text(nl: &str, en: &str) -> Text {
        Text { nl: nl.to_string().into(), en: en.to_string().into() }
    }

    fn rules() -> RuleSet {
        RuleSet {
            questions: vec![Question {
                id: "q".into(),
                kind: QuestionKind::One,
                label: text("Vraag", "Question"),
                help: Some(text("Hulp\nmet regels", "Help")),
                ask_when: Condition::Always,
                variants: Default::default(),
                options: Default::default(),
                source: Default::default(),
            }]
            .into(),
            categories: Default::default(),
            experts: Default::default(),
            tools: Default::default(),
            notes: Default::default(),
            figures: Default::default(),
            rules: Default::default(),
        }
    }

    fn blank(mut r: RuleSet) -> RuleSet {
        r.texts_mut(&mut |t| *t = text("", ""));
        r
    }

    #[test]
    fn a_pack_fills_a_blank_shell_in_its_language_only() {
        let full = rules();
        let pack = write(&full, Lang::Nl, "abc", &["Volgende", ""]).unwrap();
        let mut shell = blank(full.clone());
        assert_eq!(fill(&mut shell, Lang::Nl, "abc", 2, &pack).unwrap(), ["Volgende", ""]);
        assert_eq!(shell.questions[0].label, text("Vraag", ""));
        assert_eq!(shell.questions[0].help, Some(text("Hulp\nmet regels", "")));
        let en = write(&full, Lang::En, "abc", &[]).unwrap();
        assert_eq!(fill(&mut shell, Lang::En, "abc", 0, &en).unwrap(), Vec::<String>::new());
        assert_eq!(shell, full);
    }

    #[test]
    fn a_pack_that_does_not_fit_changes_nothing() {
        let full = rules();
        let pack = write(&full, Lang::Nl, "abc", &[]).unwrap();
        let shell = blank(full.clone());
        let attempt = |lang, fingerprint, pack: &str| {
            let mut s = shell.clone();
            let e = fill(&mut s, lang, fingerprint, 0, pack).unwrap_err();
            assert_eq!(s, shell, "{e}");
            e
        };
        assert_eq!(attempt(Lang::En, "abc", &pack), PackError::WrongLang { expected: Lang::En, found: "nl".into() });
        assert!(matches!(attempt(Lang::Nl, "xyz", &pack), PackError::OtherBuild { .. }));
        assert_eq!(attempt(Lang::Nl, "abc", "<!doctype html>"), PackError::NotAPack);
        assert_eq!(attempt(Lang::Nl, "abc", ""), PackError::NotAPack);
        let short = pack.rsplit_once('\u{1e}').unwrap().0.replace(" 2\n", " 1\n");
        assert_eq!(attempt(Lang::Nl, "abc", &short), PackError::Count { expected: 2, found: 1 });
        let lying = pack.replace(" 2\n", " 3\n");
        assert_eq!(attempt(Lang::Nl, "abc", &lying), PackError::Count { expected: 2, found: 3 });
    }

    #[test]
    fn a_text_with_the_separator_cannot_be_packed() {
        let mut r = rules();
        r.questions.to_mut()[0].label = text("a\u{1e}b", "x");
        assert_eq!(write(&r, Lang::Nl, "f", &[]), Err(PackError::Separator { index: 0 }));
        assert_eq!(write(&rules(), Lang::Nl, "f", &["ok", "a\u{1e}"]), Err(PackError::Separator { index: 3 }));
    }
}
