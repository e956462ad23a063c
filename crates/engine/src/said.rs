//! What a [`Presentation`] says, paragraph by paragraph, folded parts
//! included: the texts the advice page and `keuzehulp advise` show, in page
//! order. For the rule "nothing said twice" (issue 34), checked over the
//! answer space by `tests/present.rs` with [`repeats`].

use super::answers::Answers;
use super::model::{Lang, RuleSet, Target};
use super::present::Presentation;
use super::reason::render_reason;

/// Every paragraph the advice shows for `shown`, unfolded, in page order.
pub fn paragraphs(rules: &RuleSet, answers: &Answers, shown: &Presentation, lang: Lang) -> Vec<String> {
    let roles = answers.roles(rules);
    let stages = rules.question_index(crate::STAGE_QUESTION).map_or(0, |q| answers.mask(q));
    let mut out: Vec<String> = Vec::new();
    let mut push = |text: &str| {
        if !text.is_empty() {
            out.push(text.to_string());
        }
    };
    if !shown.acute {
        if let Some(step) = shown.first_step.and_then(|s| rules.first_steps.get(s)) {
            push(step.text.get(lang));
        }
    }
    let reasons = |rule_ids: &[u16]| -> Vec<String> {
        let mut texts: Vec<String> = Vec::new();
        for &r in rule_ids {
            let text = render_reason(rules, r as usize, answers, lang);
            if !text.is_empty() && !texts.contains(&text) {
                texts.push(text);
            }
        }
        texts
    };
    // In a crisis the experts come first (crisis help open), the approaches under "Voor later".
    let order: Vec<&super::present::Shown> = if shown.acute {
        shown.experts.iter().filter(|e| !e.later).chain(&shown.categories).chain(shown.experts.iter().filter(|e| e.later)).collect()
    } else {
        shown.categories.iter().chain(&shown.experts).collect()
    };
    for item in order {
        match item.target {
            Target::Category(c) => {
                let category = &rules.categories[c as usize];
                // The open card: the summary's first sentence and the first
                // reason's; the folded part goes on with the rest of each.
                let summary = category.summary.get(lang);
                push(first_sentence(summary));
                push(after_first_sentence(summary));
                for (i, reason) in reasons(&item.reasons).iter().enumerate() {
                    if i == 0 {
                        push(first_sentence(reason));
                        push(after_first_sentence(reason));
                    } else {
                        push(reason);
                    }
                }
                push(category.this_week_for(roles, stages).get(lang));
                push(category.involve_for(roles, stages).get(lang));
                if let Some(success) = category.success.as_ref().filter(|_| item.success) {
                    push(success.get(lang));
                }
                for &(t, _) in &item.tools {
                    let tool = &rules.tools[t as usize];
                    push(tool.summary.get(lang));
                    push(tool.evidence_note.get(lang));
                    if let Some(get) = &tool.get {
                        push(get.get(lang));
                    }
                }
            }
            Target::Expert(e) => {
                let expert = &rules.experts[e as usize];
                let reach = expert.reach.get(lang);
                push(first_sentence(reach));
                push(expert.who.get(lang));
                push(after_first_sentence(reach));
                for reason in reasons(&item.reasons) {
                    push(&reason);
                }
                push(expert.when.get(lang));
            }
            Target::Tool(_) => {}
        }
    }
    for &n in &shown.notes {
        push(rules.notes[n as usize].text.get(lang));
    }
    out
}

/// The first sentence of a text (up to the first ". "): the short form of a
/// card shows it open, the rest folded (`ui::markup` uses this one).
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

/// What follows the first sentence (empty for one sentence).
pub fn after_first_sentence(text: &str) -> &str {
    text[first_sentence(text).len()..].trim_start()
}

/// The sentences of a text (split after `.`, `!` or `?` and a space) of 20
/// characters or more: shorter ones ("Bel 112.") may well be said twice.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(text[start..=i].trim());
            start = i + 2;
        }
    }
    out.push(text[start.min(text.len())..].trim());
    out.retain(|s| s.len() >= 20);
    out
}

/// The paragraphs (of 40 characters or more) that say again what an earlier
/// one said: the same text, or half of its text or more in sentences of one
/// earlier paragraph, two sentences at least or all of it (the same paragraph
/// with one sentence changed is, to a reader, the same paragraph). As
/// `tests/browser/phone.mjs` counts on the page.
pub fn repeats(paragraphs: &[String]) -> Vec<(usize, usize)> {
    use std::collections::HashMap;
    // Sentence → the earlier paragraphs that have it; text → its first paragraph.
    let mut where_said: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, text) in paragraphs.iter().enumerate() {
        let own = sentences(text);
        if text.len() >= 40 {
            if let Some(&j) = first.get(text.as_str()) {
                out.push((j, i));
            } else {
                // Per earlier paragraph: the sentences of this one it has, and their length.
                let mut shared: HashMap<usize, (usize, usize)> = HashMap::new();
                for s in &own {
                    for &j in where_said.get(s).map_or(&[][..], |v| v) {
                        let e = shared.entry(j).or_default();
                        e.0 += 1;
                        e.1 += s.len();
                    }
                }
                // A one-sentence caveat shared by two longer texts ("Over het effect
                // zegt de brief niets.") is a phrase, not a paragraph said again.
                let mut hits: Vec<usize> = shared
                    .into_iter()
                    .filter(|&(_, (n, len))| len * 2 >= text.len() && (n >= 2 || own.len() == 1))
                    .map(|(j, _)| j)
                    .collect();
                hits.sort_unstable();
                if let Some(&j) = hits.first() {
                    out.push((j, i));
                }
            }
        }
        first.entry(text.as_str()).or_insert(i);
        for s in own {
            let list = where_said.entry(s).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_with_one_sentence_changed_repeats() {
        let a = "ZonMw keek naar 16 projecten van elk een jaar. Drie dingen hielpen bij het gebruik. Het is geen bewijs dat de aanpak werkt.";
        let b = "ZonMw keek naar 16 projecten van elk een jaar. Drie dingen hielpen bij het gebruik. Het is geen bewijs dat een training werkt.";
        let c = "Een ander verhaal over iets heel anders dan projecten. Met een tweede zin die ook anders is.";
        let texts = [a, c, b].map(String::from);
        assert_eq!(repeats(&texts), vec![(0, 2)]);
        assert_eq!(repeats(&[a, c].map(String::from)), vec![]);
        // One shared short sentence in a longer text is not a repeat.
        let d = "Bel 112 bij direct gevaar, dag en nacht. En verder heel veel andere woorden die hier staan om het lang te maken.";
        let e = "Bel 112 bij direct gevaar, dag en nacht. Nog een paragraaf met veel meer andere woorden, lang genoeg voor de regel.";
        assert_eq!(repeats(&[d, e].map(String::from)), vec![]);
    }
}
