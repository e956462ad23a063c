//! Plain language (B1) in the Dutch texts of a rules folder: sentences of
//! more than 20 words, and words from `jargon.toml` used without the
//! explanation each needs. Reported by `keuzehulp check` as warnings
//! (`file:line:col: plain language: …`): they do not fail the check.

use std::path::Path;

use toml::de::DeTable;

use super::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use super::load::FILES;
use super::reader::TableReader;

/// The most words a Dutch sentence should have (B1).
pub const MAX_SENTENCE_WORDS: usize = 20;
pub const JARGON_FILE: &str = "jargon.toml";

/// A word that needs an explanation, and the phrases that give one.
#[derive(Clone, Debug)]
pub struct Jargon {
    pub word: String,
    pub explained: Vec<String>,
}

#[derive(Default, Debug)]
pub struct Report {
    pub texts: usize,
    pub long_sentences: usize,
    pub unexplained_jargon: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Reads `jargon.toml`: `[[jargon]] word = "…", explained = ["…"]`.
pub fn read_jargon(file: &SourceFile, d: &mut Diagnostics) -> Vec<Jargon> {
    let doc = match DeTable::parse(&file.text) {
        Ok(doc) => doc.into_inner(),
        Err(e) => {
            d.push(file, &e.span().unwrap_or(0..0), format!("this is not valid TOML: {}", e.message().trim()));
            return Vec::new();
        }
    };
    let root = TableReader::new(file, &doc, 0..0, file.name.clone());
    root.only_keys(&["jargon"], d);
    let mut out = Vec::new();
    for (table, span) in root.tables("jargon", d) {
        let r = TableReader::new(file, table, span, "a jargon word".into());
        r.only_keys(&["word", "explained"], d);
        let Some((word, _)) = r.string("word", true, d) else { continue };
        let explained: Vec<String> = r.strings("explained", true, d).into_iter().map(|(s, _)| s).collect();
        out.push(Jargon { word, explained });
    }
    out
}

/// Every Dutch text (`….nl = "…"`) of the rule files in `dir`, checked.
pub fn check_dir(dir: &Path) -> Result<Report, Vec<Diagnostic>> {
    let mut d = Diagnostics::default();
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).ok().map(|text| SourceFile { name: path.display().to_string(), text })
    };
    let jargon = match read(JARGON_FILE) {
        Some(file) => read_jargon(&file, &mut d),
        None => Vec::new(),
    };
    if !d.is_empty() {
        return Err(d.items);
    }
    let files: Vec<SourceFile> = FILES.iter().filter_map(|name| read(name)).collect();
    Ok(check_files(&files, &jargon))
}

/// [`check_dir`] for texts in memory (the rules studio in the browser):
/// `(name, text)` of the rule files, and the text of `jargon.toml` if there is one.
pub fn check_named(files: &[(String, String)], jargon: Option<&str>) -> Result<Report, Vec<Diagnostic>> {
    let mut d = Diagnostics::default();
    let jargon = match jargon {
        Some(text) => read_jargon(&SourceFile { name: JARGON_FILE.into(), text: text.into() }, &mut d),
        None => Vec::new(),
    };
    if !d.is_empty() {
        return Err(d.items);
    }
    let files: Vec<SourceFile> = files.iter().map(|(name, text)| SourceFile { name: name.clone(), text: text.clone() }).collect();
    Ok(check_files(&files, &jargon))
}

pub fn check_files(files: &[SourceFile], jargon: &[Jargon]) -> Report {
    let mut report = Report::default();
    let mut d = Diagnostics::default();
    for file in files {
        for (span, text, is_name) in dutch_texts(&file.text) {
            report.texts += 1;
            for (at, words) in long_sentences(&text) {
                report.long_sentences += 1;
                let start = span.start + at.min(span.len());
                d.push(file, &(start..start), format!("plain language: a sentence of {words} words (at most {MAX_SENTENCE_WORDS}): split it"));
            }
            // A name (`name.nl`) is a proper name: its summary explains it.
            if is_name {
                continue;
            }
            let lower = text.to_lowercase();
            for j in jargon {
                let Some(at) = find_word(&lower, &j.word.to_lowercase()) else { continue };
                if j.explained.iter().any(|e| lower.contains(&e.to_lowercase())) {
                    continue;
                }
                report.unexplained_jargon += 1;
                let start = span.start + at.min(span.len());
                let hint = j.explained.first().map(|e| format!(": explain it, e.g. \"{e}\"")).unwrap_or_default();
                d.push(file, &(start..start), format!("plain language: `{}` is jargon{hint}", j.word));
            }
        }
    }
    report.warnings = d.items;
    report
}

/// `(byte range of the string's content, its text, whether the key is `name`)` for every `….nl = "…"`.
/// Offsets into the unescaped text map one to one unless the string holds
/// escapes, which the rule files rarely use: positions may then be a little off.
fn dutch_texts(source: &str) -> Vec<(std::ops::Range<usize>, String, bool)> {
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(found) = source[from..].find(".nl") {
        let key_end = from + found + 3;
        from = key_end;
        let is_name = source[..key_end - 3].ends_with("name");
        // `… .nl = "`: skip spaces, `=`, spaces, then a quote.
        let rest = &source[key_end..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let Some(after_eq) = trimmed.strip_prefix('=') else { continue };
        let value = after_eq.trim_start_matches([' ', '\t']);
        if !value.starts_with('"') || value.starts_with("\"\"\"") {
            continue;
        }
        let start = source.len() - value.len() + 1;
        let mut text = String::new();
        let mut i = start;
        while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
            if bytes[i] == b'\\' && i + 1 < bytes.len() {
                i += 1;
            }
            let c = source[i..].chars().next().unwrap_or(' ');
            text.push(c);
            i += c.len_utf8();
        }
        out.push((start..i, text, is_name));
        from = i;
    }
    out
}

/// Sentences over the limit: `(byte offset in the text, words)`.
fn long_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, c)| c);
        let end = matches!(c, '.' | '?' | '!') && next.is_none_or(char::is_whitespace);
        if end || k + 1 == chars.len() {
            let sentence = &text[start..i + c.len_utf8()];
            let words = sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            if words > MAX_SENTENCE_WORDS {
                out.push((start + (sentence.len() - sentence.trim_start().len()), words));
            }
            start = i + c.len_utf8();
        }
    }
    out
}

/// The byte offset of `word` in `text` where it starts a word (it may go on:
/// `interventie` finds `interventies`).
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let before = text[..at].chars().next_back();
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sentences_and_unexplained_jargon_are_found_where_they_are() {
        let text = "[[note]]\ntext.nl = \"Kort. Een zin met heel veel woorden die maar doorgaat en doorgaat zonder ooit te stoppen want dat kan gewoon zo lang als je wilt.\"\ntitle.nl = \"Een praatplaat helpt.\"\nname.nl = \"Een praatplaat: een plaat met thema's.\"\nname.nl = \"RIVM Praatplaat\"\n";
        let file = SourceFile { name: "notes.toml".into(), text: text.into() };
        let jargon = [Jargon { word: "praatplaat".into(), explained: vec!["plaat met thema".into()] }];
        let r = check_files(&[file], &jargon);
        assert_eq!((r.texts, r.long_sentences, r.unexplained_jargon), (4, 1, 1), "{:?}", r.warnings);
        assert_eq!((r.warnings[0].line, r.warnings[0].col), (2, 18), "the long sentence starts after `Kort. `");
        assert_eq!((r.warnings[1].line, r.warnings[1].col), (3, 17));
        assert!(find_word("geen interventies", "interventie").is_some());
        assert!(find_word("zelfsignaleren", "signaleren").is_none());
    }
}
