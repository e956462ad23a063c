//! Property-based fuzzing (proptest) of everything that reads outside input:
//! the answer-string decoder, the rules loader, the widget's contacts and the
//! content packs. No input may panic and every rejection must carry a
//! message. Cases per target: 100,000 by default; `KEUZEHULP_FUZZ_CASES=N` changes it (`cargo xtask fuzz` runs long).

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Answers, Lang};
use keuzehulp::rules_source::{FILES, check_texts};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases(default: u32) -> u32 {
    std::env::var("KEUZEHULP_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

/// Answer strings near the real vocabulary, with junk mixed in.
fn answer_string() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec!["rol", "sector", "omvang", "niveau", "fase", "factoren", "ROL", "", "x", "stap", "factoren "]);
    let values = prop::sample::select(vec![
        "werknemer", "zzp", "student", "zorg-welzijn", "klein", "groot", "team", "weet-niet", "acuut", "verzuim",
        "werkdruk", "agressie", "ongewenst-gedrag", "", " ", "%", "%2C", "%zz", "é", "<script>", "=", "&", ",", "\u{0}",
    ]);
    let pair = (keys, prop::collection::vec(values, 0..4), prop::sample::select(vec!["=", "", "==", "%3D"]))
        .prop_map(|(k, vs, eq)| format!("{k}{eq}{}", vs.join(",")));
    (prop::sample::select(vec!["", "#", "?", "##"]), prop::collection::vec(pair, 0..9))
        .prop_map(|(prefix, pairs)| format!("{prefix}{}", pairs.join("&")))
}

fn check_decoded(input: &str) -> Result<(), TestCaseError> {
    let (answers, notices) = Answers::parse(&RULES, input);
    for notice in &notices {
        for lang in Lang::ALL {
            prop_assert!(!notice.message(lang).is_empty());
        }
    }
    for q in 0..RULES.questions.len() {
        prop_assert!(!answers.is_answered(q) || answers.applies(&RULES, q), "answer to a question that does not apply");
    }
    // What survives is canonical: it re-parses without notices to the same answers.
    let encoded = answers.encode(&RULES);
    let (again, notices) = Answers::parse(&RULES, &encoded);
    prop_assert!(notices.is_empty(), "canonical form {encoded:?} gave notices {notices:?}");
    prop_assert_eq!(again, answers);
    Ok(())
}

#[test]
fn fuzz_answer_decoder_with_arbitrary_text() {
    let n = cases(100_000);
    runner(n).run(&any::<String>(), |s| check_decoded(&s)).unwrap();
    println!("fuzz: answer decoder, arbitrary text: {n} cases, no failure");
}

#[test]
fn fuzz_answer_decoder_with_near_valid_strings() {
    let n = cases(100_000);
    runner(n).run(&answer_string(), |s| check_decoded(&s)).unwrap();
    println!("fuzz: answer decoder, near-valid strings: {n} cases, no failure");
}

fn fixture() -> Vec<(String, String)> {
    FILES
        .iter()
        .map(|f| {
            let path = format!("tests/fixtures/minimal-rules/{f}");
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect()
}

/// One edit to one rule file: delete, insert a TOML token, or duplicate a span.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: &'static str },
    Duplicate { at: usize, len: usize },
}

fn edits() -> impl Strategy<Value = (usize, Vec<Edit>)> {
    let token = prop::sample::select(vec![
        "\"", "[", "]", "[[", "]]", "{", "}", "=", ",", "\n", "#", ".", "nl", "en", "id", "when", "not", "all", "any",
        "rol", "acuut", "zzp", "weight", "-1", "99999999999999999999", "true", "\"\"\"", "'", "\\u00e9", "safety = true",
        "exclude = [ { expert = \"huisarts\" } ]", "recommend = []", "{rol}", "{", "source = []", "http://x", "é", "\u{0}",
    ]);
    let edit = prop_oneof![
        (any::<prop::sample::Index>(), 1usize..40).prop_map(|(i, len)| Edit::Delete { at: i.index(1 << 20), len }),
        (any::<prop::sample::Index>(), token).prop_map(|(i, text)| Edit::Insert { at: i.index(1 << 20), text }),
        (any::<prop::sample::Index>(), 1usize..200).prop_map(|(i, len)| Edit::Duplicate { at: i.index(1 << 20), len }),
    ];
    (0..FILES.len(), prop::collection::vec(edit, 1..4))
}

fn apply(text: &str, edit: &Edit) -> String {
    let floor = |mut i: usize| {
        i %= text.len() + 1;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match edit {
        Edit::Delete { at, len } => {
            let a = floor(*at);
            let b = floor((a + len).min(text.len()));
            format!("{}{}", &text[..a], &text[b.max(a)..])
        }
        Edit::Insert { at, text: t } => {
            let a = floor(*at);
            format!("{}{t}{}", &text[..a], &text[a..])
        }
        Edit::Duplicate { at, len } => {
            let a = floor(*at);
            let b = floor((a + len).min(text.len())).max(a);
            format!("{}{}{}", &text[..b], &text[a..b], &text[b..])
        }
    }
}

#[test]
fn fuzz_rules_loader_with_edited_files() {
    let n = cases(100_000);
    let base = fixture();
    runner(n)
        .run(&edits(), |(file, edits)| {
            let mut files = base.clone();
            for edit in &edits {
                files[file].1 = apply(&files[file].1, edit);
            }
            match check_texts(files) {
                Ok(rules) => prop_assert_eq!(rules.questions.len(), 6),
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    for p in &problems {
                        prop_assert!(p.line >= 1 && p.col >= 1 && p.message.len() > 5, "bad diagnostic {p:?}");
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    println!("fuzz: rules loader, edited rule files: {n} cases, no failure");
}

/// Contacts JSON near the real shape, with hostile values mixed in.
fn contacts_text() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec!["vertrouwenspersoon", "bedrijfsarts", "onbekend", "", "name", "\\u0000"]);
    let field = prop::sample::select(vec!["name", "phone", "email", "url", "hours", "onclick"]);
    let value = prop::sample::select(vec![
        "\"Anna\"", "\"030 123 45 67\"", "\"vp@example.nl\"", "\"https://intranet.example.nl/vp\"", "\"http://x.nl\"",
        "\"javascript:alert(1)\"", "\"<img src=x onerror=alert(1)>\"", "1", "null", "[]", "{}", "\"\\ud800\"", "\"\\u00e9\"", "true",
    ]);
    let contact = prop::collection::vec((field, value), 0..5)
        .prop_map(|fs| format!("{{{}}}", fs.iter().map(|(f, v)| format!("\"{f}\": {v}")).collect::<Vec<_>>().join(",")));
    let entry = (key, prop::collection::vec(contact, 0..3), any::<bool>())
        .prop_map(|(k, cs, as_list)| if as_list { format!("\"{k}\": [{}]", cs.join(",")) } else { format!("\"{k}\": {}", cs.first().cloned().unwrap_or("{}".into())) });
    (prop::collection::vec(entry, 0..5), 0usize..3, any::<prop::sample::Index>())
        .prop_map(|(es, cut, at)| {
            let s = format!("{{{}}}", es.join(","));
            // Sometimes cut the text short, as a broken download would.
            if cut == 0 { let i = at.index(s.len() + 1); s.chars().take(i).collect() } else { s }
        })
}

fn check_contacts(text: &str) -> Result<(), TestCaseError> {
    use keuzehulp::contacts::parse_contacts;
    let (contacts, notices) = parse_contacts(&RULES, text);
    for n in &notices {
        prop_assert!(!n.message(Lang::Nl).is_empty() && !n.message(Lang::En).is_empty());
    }
    for (_, list) in &contacts.by_expert {
        for c in list {
            for v in [&c.name, &c.phone, &c.email, &c.url, &c.hours].into_iter().flatten() {
                prop_assert!(!v.contains('<') && !v.to_ascii_lowercase().contains("javascript:"), "unsafe value kept: {v}");
            }
            if let Some(url) = &c.url {
                prop_assert!(url.starts_with("https://"));
            }
        }
    }
    Ok(())
}

#[test]
fn fuzz_contacts_loader_with_near_valid_json() {
    let n = cases(100_000);
    runner(n).run(&contacts_text(), |s| check_contacts(&s)).unwrap();
    println!("fuzz: contacts loader, near-valid JSON: {n} cases, no failure");
}

#[test]
fn fuzz_contacts_loader_with_arbitrary_text() {
    let n = cases(100_000);
    runner(n).run(&any::<String>(), |s| check_contacts(&s)).unwrap();
    println!("fuzz: contacts loader, arbitrary text: {n} cases, no failure");
}

// ------------------------------------------------------------ content packs

/// FNV-1a 64 of `body`, as the pack's checksum (`engine::pack`).
fn checksum(body: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// `text` with a header checksum that fits its body (when it has a header of six fields).
fn resealed(text: &str) -> String {
    match text.split_once('\n') {
        Some((header, body)) if header.split(' ').count() == 6 => {
            let kept: Vec<&str> = header.split(' ').take(5).collect();
            format!("{} {}\n{body}", kept.join(" "), checksum(body))
        }
        _ => text.to_string(),
    }
}

/// The real Dutch pack, cut short, with a separator dropped or added, or with
/// a header field changed: as a broken download or an old cache would give.
/// Half of them get a checksum that fits, so the reader's other checks are
/// fuzzed too, not only the checksum: `(pack, resealed)`.
fn pack_text() -> impl Strategy<Value = (String, bool)> {
    use keuzehulp::builtin::CONTENT_FINGERPRINT;
    use keuzehulp::engine::pack;
    let real = pack::write(&RULES, Lang::Nl, &keuzehulp::ui::text::all(Lang::Nl)).unwrap();
    (0usize..5, any::<prop::sample::Index>(), prop::sample::select(vec!["", "\u{1e}", "\n", " ", "nl", "en", "2", "-1", "\u{0}", "é"]), any::<bool>())
        .prop_map(move |(how, at, token, reseal)| {
            let i = at.index(real.len() + 1);
            let i = (0..=i).rev().find(|&j| real.is_char_boundary(j)).unwrap_or(0);
            let damaged = match how {
                0 => real[..i].to_string(),
                1 => format!("{}{token}{}", &real[..i], &real[i..]),
                2 => real.replacen('\u{1e}', "", 1 + i % 3),
                3 => real.replacen(&format!(" {CONTENT_FINGERPRINT} "), &format!(" {token} "), 1),
                _ => real.clone(),
            };
            if reseal { (resealed(&damaged), true) } else { (damaged, false) }
        })
}

fn check_pack(text: &str, resealed: bool) -> Result<(), TestCaseError> {
    use keuzehulp::builtin::CONTENT_FINGERPRINT;
    use keuzehulp::engine::{RuleSet, pack};
    use std::sync::LazyLock;
    /// The rule set of the real Dutch pack: what a second language's texts go into.
    static READ: LazyLock<RuleSet> = LazyLock::new(|| {
        let real = pack::write(&RULES, Lang::Nl, &keuzehulp::ui::text::all(Lang::Nl)).unwrap();
        pack::read(Lang::Nl, CONTENT_FINGERPRINT, keuzehulp::ui::text::T::ALL.len(), &real).unwrap().0
    });
    let ui = keuzehulp::ui::text::T::ALL.len();
    static REAL: LazyLock<String> = LazyLock::new(|| pack::write(&RULES, Lang::Nl, &keuzehulp::ui::text::all(Lang::Nl)).unwrap());
    if !resealed && text != REAL.as_str() {
        // A download cut short or changed anywhere is refused, texts included.
        prop_assert!(pack::read(Lang::Nl, CONTENT_FINGERPRINT, ui, text).is_err());
    }
    match pack::read(Lang::Nl, CONTENT_FINGERPRINT, ui, text) {
        // Only the real rules hash to the fingerprint.
        Ok((rules, extra)) => {
            prop_assert_eq!(extra.len(), ui);
            prop_assert_eq!(pack::fingerprint(&rules), CONTENT_FINGERPRINT);
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    // Its texts into a rule set read before (as for a second language).
    let mut rules = READ.clone();
    match pack::read_texts(&mut rules, Lang::Nl, CONTENT_FINGERPRINT, ui, text) {
        Ok(extra) => {
            prop_assert_eq!(extra.len(), ui);
            // (Texts are not in the fingerprint: a damaged text may pass, the rules may not change.)
            prop_assert_eq!(pack::fingerprint(&rules), CONTENT_FINGERPRINT);
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    Ok(())
}

#[test]
fn fuzz_content_pack_reader_with_damaged_packs() {
    let n = cases(100_000);
    runner(n).run(&pack_text(), |(s, resealed)| check_pack(&s, resealed)).unwrap();
    println!("fuzz: content pack reader, damaged packs: {n} cases, no failure");
}

#[test]
fn fuzz_content_pack_reader_with_arbitrary_text() {
    let n = cases(100_000);
    runner(n).run(&any::<String>(), |s| check_pack(&s, true)).unwrap();
    println!("fuzz: content pack reader, arbitrary text: {n} cases, no failure");
}
