//! Embed presets: the answers an embedding page fixes for all its visitors
//! (`preset` of `<keuzehulp-widget>` and of `embed.html`, see README "Voor
//! HR"). Everything may be preset except the questions in [`NEVER_PRESET`]:
//! `fase` is the question that leads a person in crisis to help (113), so
//! every visitor answers it themselves, whatever the organisation set.

use crate::engine::{Answers, Notice, RuleSet, percent_decode};

/// A preset as the app takes it: the answers it fixes (never a
/// [`NEVER_PRESET`] question), the questions it tried to fix but may not,
/// and what was wrong with the rest. The one reader of a preset: the widget
/// (which tells whoever embeds in the console) and the app (which skips the
/// questions) both use it.
pub struct Preset {
    pub answers: Answers,
    pub never: Vec<&'static str>,
    pub notices: Vec<Notice>,
}

/// Reads a preset (`sector=zorg-welzijn&omvang=groot`) leniently.
pub fn parse(rules: &RuleSet, preset: &str) -> Preset {
    let (kept, never) = strip_never_preset(preset);
    let (answers, notices) = Answers::parse(rules, &kept);
    Preset { answers, never, notices }
}

/// The questions a preset may never answer: their part of a preset is dropped
/// (the widget says so once in the console) and the embed builder does not
/// offer them.
pub const NEVER_PRESET: &[&str] = &["fase"];

/// `preset` without its parts that answer a [`NEVER_PRESET`] question, and the
/// ids of the questions so dropped (each once, in [`NEVER_PRESET`] order). A
/// part's key is read as [`crate::engine::Answers::parse`] reads it (percent
/// escapes, spaces, case, a leading `#` or `?`), so nothing the parser would
/// take as `fase` gets through; every other part stays exactly as it was
/// written, so the parser's notices about it are the same.
pub fn strip_never_preset(preset: &str) -> (String, Vec<&'static str>) {
    let input = preset.trim().trim_start_matches(['#', '?']);
    let mut dropped = Vec::new();
    let mut kept = Vec::new();
    for part in input.split('&') {
        let decoded = percent_decode(part);
        let key = decoded.trim().split_once('=').map(|(key, _)| key.trim().to_ascii_lowercase());
        match key.and_then(|key| NEVER_PRESET.iter().find(|&&id| id == key)) {
            Some(id) => {
                if !dropped.contains(id) {
                    dropped.push(*id);
                }
            }
            None => kept.push(part),
        }
    }
    dropped.sort_by_key(|id| NEVER_PRESET.iter().position(|n| n == id));
    (kept.join("&"), dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::RULES;
    use crate::engine::Answers;

    #[test]
    fn fase_is_dropped_in_every_form_the_parser_reads() {
        for preset in [
            "sector=ict&fase=acuut",
            "sector=ict&FASE=acuut",
            "sector=ict& fase =acuut",
            "sector=ict&f%61se=acuut",
            "sector=ict&fase%3Dacuut",
            "sector=ict&fase=acuut&fase=verzuim",
            "fase=acuut&sector=ict",
            "#fase=acuut&sector=ict",
            "?fase=signalen&sector=ict",
            "sector=ict&fase=nonsense",
            "sector=ict&fase=",
        ] {
            let (kept, dropped) = strip_never_preset(preset);
            assert_eq!(dropped, ["fase"], "{preset}");
            let (answers, _) = Answers::parse(&RULES, &kept);
            let fase = RULES.question_index("fase").unwrap();
            assert!(!answers.is_answered(fase), "{preset} → {kept}");
            assert_eq!(answers.encode(&RULES), "sector=ict", "{preset} → {kept}");
        }
    }

    #[test]
    fn the_rest_stays_as_written() {
        let preset = "rol=werknemer&sector=zorg-welzijn&omvang=groot&factoren=werkdruk,agressie";
        assert_eq!(strip_never_preset(preset), (preset.to_string(), vec![]));
        // Mistakes elsewhere keep their notices.
        let (kept, dropped) = strip_never_preset("sector=nope&fase=acuut&x");
        assert_eq!((kept.as_str(), dropped), ("sector=nope&x", vec!["fase"]));
        assert_eq!(Answers::parse(&RULES, &kept).1.len(), 2);
        // Not a fase part: a value that mentions it, or a part without a key.
        assert_eq!(strip_never_preset("sector=fase&fase").1, Vec::<&str>::new());
        assert_eq!(strip_never_preset(""), (String::new(), vec![]));
    }

    #[test]
    fn the_one_reader_drops_fase_and_keeps_the_rest() {
        let preset = parse(&RULES, "sector=ict&FASE=acuut&omvang=nope");
        assert_eq!(preset.never, ["fase"]);
        assert_eq!(preset.answers.encode(&RULES), "sector=ict");
        assert_eq!(preset.notices.len(), 1, "{:?}", preset.notices);
    }

    #[test]
    fn never_preset_names_real_questions() {
        for id in NEVER_PRESET {
            assert!(RULES.question_index(id).is_some(), "{id}");
        }
    }
}
