//! A content pack: a whole rule set in one language, as one plain text file.
//! The browser build carries no rules at all: it fetches the pack of the
//! user's language next to the wasm (a visit downloads one language, not
//! two, and no parser for TOML or JSON ships), and reads it here.
//!
//! Format: a header line `keuzehulp-content 3 <lang> <fingerprint> <count> <checksum>`,
//! then `count` fields separated by U+001E (record separator): the rule set
//! in the order of [`walk`] (ids, numbers and list lengths, and the texts of
//! `<lang>`; a few fields the browser does not use are left out, see
//! [`native_only`]), then the "extra" texts (the interface's own, which the engine
//! does not know). The fingerprint is a hash of everything but the texts,
//! the same in both languages: the wasm is built knowing it
//! (`builtin::CONTENT_FINGERPRINT`) and refuses a pack of another build, or
//! one whose fields do not hash to it, instead of showing wrong advice. The
//! checksum (FNV-1a of everything after the header) catches a pack cut off or
//! changed in its texts, which the fingerprint does not cover.

mod walk;

#[cfg(feature = "authoring")]
pub use walk::native_only;

use std::borrow::Cow;
use std::fmt;

use super::model::{Lang, RuleSet, Str, Text};
use walk::Walk;

const MAGIC: &str = "keuzehulp-content";
const VERSION: &str = "3";
const SEPARATOR: char = '\u{1e}';
/// How deep conditions may nest in a pack (the rules files nest two or three levels).
const MAX_DEPTH: u32 = 16;

/// Why a pack does not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a content pack at all (an error page, a truncated download).
    NotAPack,
    /// A pack for another language than asked for.
    WrongLang { expected: Lang, found: String },
    /// A pack of another build of the rules (an old cached copy).
    OtherBuild { expected: String, found: String },
    /// The header's count and the fields present, or the interface texts
    /// expected and present, disagree.
    Count { expected: usize, found: usize },
    /// The fields do not make the rule set the header names.
    Damaged,
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
                write!(f, "the content pack has {found} fields, expected {expected}")
            }
            PackError::Damaged => write!(f, "the content pack is damaged: reload the page"),
            PackError::Separator { index } => write!(f, "text {index} contains U+001E, the pack's separator"),
        }
    }
}

/// FNV-1a, 64 bits, over the structural fields (each followed by the separator).
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    fn new() -> Self {
        Hash(0xcbf2_9ce4_8422_2325)
    }

    fn add(&mut self, field: &str) {
        self.bytes(field);
        self.bytes("\u{1e}");
    }

    fn bytes(&mut self, text: &str) {
        for b in text.bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The checksum of a pack's body.
    fn of(body: &str) -> Hash {
        let mut h = Hash::new();
        h.bytes(body);
        h
    }

    fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

// ---------------------------------------------------------------- writing

struct Writer {
    lang: Lang,
    fields: Vec<String>,
    hash: Hash,
}

impl Writer {
    fn structure(&mut self, field: String) {
        self.hash.add(&field);
        self.fields.push(field);
    }
}

impl Walk for Writer {
    const WRITES: bool = true;
    fn builds(&self) -> bool {
        false
    }
    fn str(&mut self, s: &mut Str) {
        self.structure(s.to_string());
    }
    fn text(&mut self, t: &mut Text) {
        self.fields.push(t.get(self.lang).to_string());
    }
    fn num(&mut self, n: &mut u32) {
        self.structure(n.to_string());
    }
    fn len(&mut self, len: usize) -> usize {
        self.structure(len.to_string());
        len
    }
    fn enter(&mut self) -> bool {
        true
    }
    fn leave(&mut self) {}
    fn bad(&mut self) {}
}

fn walk_out(rules: &RuleSet, lang: Lang) -> Writer {
    let mut w = Writer { lang, fields: Vec::new(), hash: Hash::new() };
    walk::rule_set(&mut w, &mut rules.clone());
    w
}

/// The fingerprint of `rules`: what its packs carry and the wasm expects.
pub fn fingerprint(rules: &RuleSet) -> String {
    walk_out(rules, Lang::Nl).hash.hex()
}

/// The pack of `rules` in `lang`, with `extra` texts after the rules' own.
pub fn write(rules: &RuleSet, lang: Lang, extra: &[&str]) -> Result<String, PackError> {
    let w = walk_out(rules, lang);
    let mut fields = w.fields;
    fields.extend(extra.iter().map(|t| t.to_string()));
    if let Some(index) = fields.iter().position(|t| t.contains(SEPARATOR)) {
        return Err(PackError::Separator { index });
    }
    let body = fields.join(&SEPARATOR.to_string());
    Ok(format!("{MAGIC} {VERSION} {} {} {} {}\n{body}", lang.code(), w.hash.hex(), fields.len(), Hash::of(&body).hex()))
}

// ---------------------------------------------------------------- reading

struct Reader<'a> {
    /// Building a new rule set, or filling the texts of one with the same fields.
    builds: bool,
    lang: Lang,
    fields: std::slice::Iter<'a, &'a str>,
    hash: Hash,
    depth: u32,
    broken: bool,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> &'a str {
        match self.fields.next() {
            Some(field) if !self.broken => field,
            _ => {
                self.broken = true;
                ""
            }
        }
    }

    fn structure(&mut self) -> &'a str {
        let field = self.next();
        self.hash.add(field);
        field
    }
}

impl Walk for Reader<'_> {
    const WRITES: bool = false;
    fn builds(&self) -> bool {
        self.builds
    }
    fn str(&mut self, s: &mut Str) {
        *s = Cow::Owned(self.structure().to_string());
    }
    fn text(&mut self, t: &mut Text) {
        *t.get_mut(self.lang) = Cow::Owned(self.next().to_string());
    }
    fn num(&mut self, n: &mut u32) {
        match self.structure().parse() {
            Ok(value) => *n = value,
            Err(_) => self.broken = true,
        }
    }
    fn len(&mut self, _: usize) -> usize {
        let mut n = 0;
        self.num(&mut n);
        // Every item takes at least one field: more items than fields left is a lie.
        if self.broken || n as usize > self.fields.len() {
            self.broken = true;
            return 0;
        }
        n as usize
    }
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.broken = true;
        }
        !self.broken
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }
    fn bad(&mut self) {
        self.broken = true;
    }
}

/// The fields of a pack in `lang` of the build with `fingerprint`, after its header.
fn fields<'a>(lang: Lang, fingerprint: &str, pack: &'a str) -> Result<Vec<&'a str>, PackError> {
    let (header, body) = pack.split_once('\n').ok_or(PackError::NotAPack)?;
    let fields: Vec<&str> = header.trim_end_matches('\r').split(' ').collect();
    let [magic, version, pack_lang, pack_fingerprint, count, checksum] = fields[..] else {
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
    let count: usize = count.parse().map_err(|_| PackError::NotAPack)?;
    if checksum != Hash::of(body).hex() {
        return Err(PackError::Damaged);
    }
    let fields: Vec<&str> = body.split(SEPARATOR).collect();
    if count != fields.len() {
        return Err(PackError::Count { expected: count, found: fields.len() });
    }
    Ok(fields)
}

/// Walks `rules` with the fields of a pack; returns the `extra` texts after them.
fn walk_in(rules: &mut RuleSet, builds: bool, lang: Lang, fingerprint: &str, extra: usize, pack: &str) -> Result<Vec<String>, PackError> {
    let fields = fields(lang, fingerprint, pack)?;
    let mut reader = Reader { builds, lang, fields: fields.iter(), hash: Hash::new(), depth: 0, broken: false };
    walk::rule_set(&mut reader, rules);
    if reader.broken || reader.hash.hex() != fingerprint {
        return Err(PackError::Damaged);
    }
    let rest = reader.fields.as_slice();
    if rest.len() != extra {
        return Err(PackError::Count { expected: extra, found: rest.len() });
    }
    Ok(rest.iter().map(|t| t.to_string()).collect())
}

/// Reads a pack in `lang` of the build with `fingerprint`: the rule set, with
/// the texts of `lang` only (the other language's are empty), and the
/// `extra` texts after it (exactly `extra` of them).
pub fn read(lang: Lang, fingerprint: &str, extra: usize, pack: &str) -> Result<(RuleSet, Vec<String>), PackError> {
    let mut rules = RuleSet::default();
    let extra = walk_in(&mut rules, true, lang, fingerprint, extra, pack)?;
    Ok((rules, extra))
}

/// Puts the texts of a pack in `lang` into `rules`, a rule set read from a
/// pack of the same build (the browser's other language), and returns the
/// `extra` texts. On an error `rules` may hold some of the texts: use a
/// rule set that can be thrown away.
pub fn read_texts(rules: &mut RuleSet, lang: Lang, fingerprint: &str, extra: usize, pack: &str) -> Result<Vec<String>, PackError> {
    walk_in(rules, false, lang, fingerprint, extra, pack)
}

/// The number of texts in one language of `rules`.
pub fn text_count(rules: &RuleSet) -> usize {
    let mut n = 0;
    rules.clone().texts_mut(&mut |_| n += 1);
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Condition, Question, QuestionKind, Text};

    fn text(nl: &str, en: &str) -> Text {
        Text { nl: nl.to_string().into(), en: en.to_string().into() }
    }

    fn rules() -> RuleSet {
        RuleSet {
            questions: vec![Question {
                id: "q".into(),
                kind: QuestionKind::Many,
                label: text("Vraag", "Question"),
                help: Some(text("Hulp\nmet regels", "Help")),
                ask_when: Condition::Not(vec![Condition::Is { question: 0, options: 5 }].into()),
                ..Default::default()
            }]
            .into(),
            ..RuleSet::EMPTY
        }
    }

    /// `pack` with header field `at` set to `value` (None: as it was) and the
    /// checksum made to fit: a changed pack that only the other checks can catch.
    fn reseal(pack: &str, at: usize, value: Option<String>) -> String {
        let (header, body) = pack.split_once('\n').unwrap();
        let mut fields: Vec<String> = header.split(' ').map(String::from).collect();
        if let Some(value) = value {
            fields[at] = value;
        }
        *fields.last_mut().unwrap() = Hash::of(body).hex();
        format!("{}\n{body}", fields.join(" "))
    }

    fn blank(mut r: RuleSet, lang: Lang) -> RuleSet {
        r.texts_mut(&mut |t| *t.get_mut(lang) = "".into());
        r
    }

    #[test]
    fn a_pack_holds_the_rules_in_its_language_only() {
        let full = rules();
        let f = fingerprint(&full);
        let pack = write(&full, Lang::Nl, &["Volgende", ""]).unwrap();
        let (mut nl, extra) = read(Lang::Nl, &f, 2, &pack).unwrap();
        assert_eq!(extra, ["Volgende", ""]);
        assert_eq!(nl, blank(full.clone(), Lang::En));
        let en = write(&full, Lang::En, &[]).unwrap();
        // A pack of other rules, or a damaged one, is refused.
        let mut other = full.clone();
        other.questions.to_mut()[0].id = "p".into();
        let other_en = write(&other, Lang::En, &[]).unwrap();
        assert!(matches!(read_texts(&mut nl.clone(), Lang::En, &f, 0, &other_en), Err(PackError::OtherBuild { .. })));
        let damaged = other_en.replacen(&fingerprint(&other), &f, 1);
        assert_eq!(read_texts(&mut nl.clone(), Lang::En, &f, 0, &damaged), Err(PackError::Damaged));
        read_texts(&mut nl, Lang::En, &f, 0, &en).unwrap();
        assert_eq!(nl, full);
    }

    #[test]
    fn the_fingerprint_ignores_texts_but_not_structure() {
        let full = rules();
        assert_eq!(fingerprint(&full), fingerprint(&blank(blank(full.clone(), Lang::Nl), Lang::En)));
        let mut other = full.clone();
        other.questions.to_mut()[0].kind = QuestionKind::One;
        assert_ne!(fingerprint(&full), fingerprint(&other));
    }

    #[test]
    fn a_pack_that_does_not_fit_is_refused() {
        let full = rules();
        let f = fingerprint(&full);
        let pack = write(&full, Lang::Nl, &[]).unwrap();
        let attempt = |lang, fingerprint: &str, pack: &str| read(lang, fingerprint, 0, pack).unwrap_err();
        assert_eq!(attempt(Lang::En, &f, &pack), PackError::WrongLang { expected: Lang::En, found: "nl".into() });
        assert!(matches!(attempt(Lang::Nl, "xyz", &pack), PackError::OtherBuild { .. }));
        assert_eq!(attempt(Lang::Nl, &f, "<!doctype html>"), PackError::NotAPack);
        assert_eq!(attempt(Lang::Nl, &f, ""), PackError::NotAPack);
        let n = pack.split('\u{1e}').count();
        let short = reseal(pack.rsplit_once('\u{1e}').unwrap().0, 4, Some((n - 1).to_string()));
        assert_eq!(attempt(Lang::Nl, &f, &short), PackError::Damaged, "a field missing");
        let lying = reseal(&pack, 4, Some((n + 1).to_string()));
        assert_eq!(attempt(Lang::Nl, &f, &lying), PackError::Count { expected: n + 1, found: n });
        // One structural field changed: "Not" (4) becomes "Any" (3).
        let changed = reseal(&pack.replacen("\u{1e}4\u{1e}", "\u{1e}3\u{1e}", 1), 0, None);
        assert_ne!(changed, pack);
        assert_eq!(attempt(Lang::Nl, &f, &changed), PackError::Damaged);
        // Texts: the fingerprint does not see them, the checksum does.
        let cut = &pack[..pack.len() - 3];
        assert_eq!(attempt(Lang::Nl, &f, cut), PackError::Damaged, "cut off inside its last text");
        let reworded = pack.replace("Vraag", "Vraah");
        assert_eq!(attempt(Lang::Nl, &f, &reworded), PackError::Damaged, "a text changed");
        assert!(read(Lang::Nl, &f, 0, &reseal(&reworded, 0, None)).is_ok(), "(the same change, resealed, is only a text)");
        let with_extra = write(&full, Lang::Nl, &["x"]).unwrap();
        assert_eq!(attempt(Lang::Nl, &f, &with_extra), PackError::Count { expected: 0, found: 1 });
    }

    #[test]
    fn deep_or_huge_lists_are_refused_without_a_crash() {
        // 10,000 nested "all" conditions as the first question's `ask_when`.
        let mut fields = vec!["1", "q", "0", "Vraag", "0"];
        fields.extend(std::iter::repeat_n(["2", "1"], 10_000).flatten());
        let pack = reseal(&format!("{MAGIC} {VERSION} nl x {} -\n{}", fields.len(), fields.join("\u{1e}")), 0, None);
        assert_eq!(read(Lang::Nl, "x", 0, &pack).unwrap_err(), PackError::Damaged);
        let huge = reseal(&format!("{MAGIC} {VERSION} nl x 1 -\n4000000000"), 0, None);
        assert_eq!(read(Lang::Nl, "x", 0, &huge).unwrap_err(), PackError::Damaged);
    }

    #[test]
    fn a_text_with_the_separator_cannot_be_packed() {
        let mut r = rules();
        r.questions.to_mut()[0].label = text("a\u{1e}b", "x");
        assert!(matches!(write(&r, Lang::Nl, &[]), Err(PackError::Separator { .. })));
        assert!(matches!(write(&rules(), Lang::Nl, &["ok", "a\u{1e}"]), Err(PackError::Separator { .. })));
    }
}
