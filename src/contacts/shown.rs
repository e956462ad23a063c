//! Where an organisation's own contact shows, and what it replaces. One place
//! for both rules, so the widget's advice, the embed builder's preview ("Toon
//! waar dit verschijnt") and `keuzehulp advise --contacts` agree.

use crate::engine::{ACUTE, Answers, Lang, RuleSet, STAGE_QUESTION, Target, present};

use super::Contacts;

/// The expert's "how to reach them" text as shown beside the organisation's
/// own contacts for that expert: the generic first sentence ("Vraag HR of kijk
/// op intranet welke bedrijfsarts of arbodienst jouw werkgever heeft.") is
/// what the own contacts answer, so it goes; the rest (what you need not say,
/// where else to go) stays. Without own contacts: the whole text.
pub fn reach<'a>(contacts: &Contacts, expert: u16, reach: &'a str) -> &'a str {
    if contacts.for_expert(expert).is_empty() {
        return reach;
    }
    reach[crate::ui::markup::first_sentence(reach).len()..].trim_start()
}

/// Why a contact for an expert never shows (no answer set shows the expert):
/// for the embed builder, in plain words. `preset`: fixed answers were given.
pub fn never_shown(lang: Lang, preset: bool) -> &'static str {
    match (lang, preset) {
        (Lang::Nl, true) => "Met deze vaste antwoorden komt deze hulp in geen enkel advies voor. Dit contact ziet dus niemand. Haal een vast antwoord weg, of zet het contact bij een andere soort hulp.",
        (Lang::Nl, false) => "Deze hulp komt in geen enkel advies voor. Dit contact ziet dus niemand. Zet het bij een andere soort hulp.",
        (Lang::En, true) => "With these fixed answers this help is in no advice at all, so nobody sees this contact. Remove a fixed answer, or put the contact with another kind of help.",
        (Lang::En, false) => "This help is in no advice at all, so nobody sees this contact. Put it with another kind of help.",
    }
}

/// An answer set, holding the preset, whose advice shows `expert`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Showing {
    pub answers: Answers,
    /// On screen as a full card (else folded, one tap away).
    pub open: bool,
}

/// The first answer set (questions and options in file order, never a crisis
/// stage, one option per question) that completes `preset` and shows `expert`:
/// as a full card if any does, else folded. `None`: no such answer set, so a
/// contact for this expert never shows with this preset.
pub fn answers_showing(rules: &RuleSet, preset: &Answers, expert: usize) -> Option<Showing> {
    let mut folded = None;
    let mut answers = preset.clone();
    let found = search(rules, preset, expert as u16, 0, &mut answers, &mut folded);
    found.map(|answers| Showing { answers, open: true }).or(folded.map(|answers| Showing { answers, open: false }))
}

fn search(rules: &RuleSet, preset: &Answers, expert: u16, q: usize, answers: &mut Answers, folded: &mut Option<Answers>) -> Option<Answers> {
    if q == rules.questions.len() {
        let shown = present(rules, answers);
        let item = shown.experts.iter().find(|s| s.target == Target::Expert(expert))?;
        if item.visible() {
            return Some(answers.clone());
        }
        if folded.is_none() && !item.later {
            *folded = Some(answers.clone());
        }
        return None;
    }
    if preset.is_answered(q) || !answers.applies(rules, q) {
        let keep = if answers.applies(rules, q) { preset.mask(q) } else { 0 };
        answers.set(q, keep);
        return search(rules, preset, expert, q + 1, answers, folded);
    }
    let question = &rules.questions[q];
    for (o, option) in question.options.iter().enumerate() {
        // Never a crisis stage: that leads to help now, not to an organisation's contact.
        if question.id == STAGE_QUESTION && option.id == ACUTE {
            continue;
        }
        answers.set(q, 1 << o);
        if let Some(found) = search(rules, preset, expert, q + 1, answers, folded) {
            return Some(found);
        }
    }
    // (A question of several answers gets one: the widget asks for at least one, "weet niet" included.)
    None
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::builtin::RULES;
    use crate::contacts::parse_contacts;

    fn expert(id: &str) -> usize {
        RULES.expert_index(id).expect("a known expert")
    }

    #[test]
    fn own_contacts_replace_the_generic_line_and_keep_the_rest() {
        let (contacts, _) = parse_contacts(&RULES, r#"{"bedrijfsarts": {"name": "Dr. A"}}"#);
        let text = RULES.experts[expert("bedrijfsarts")].reach.get(Lang::Nl);
        assert!(text.starts_with("Vraag HR"), "{text}");
        let shown = reach(&contacts, expert("bedrijfsarts") as u16, text);
        assert!(!shown.contains("Vraag HR") && shown.starts_with("Je hoeft niet te zeggen"), "{shown}");
        // Another expert's line stays whole.
        let vp = RULES.experts[expert("vertrouwenspersoon")].reach.get(Lang::Nl);
        assert_eq!(reach(&contacts, expert("vertrouwenspersoon") as u16, vp), vp);
    }

    #[test]
    fn every_expert_that_takes_contacts_shows_for_some_answers_and_never_through_a_crisis() {
        let none = Answers::new(&RULES);
        for (i, e) in RULES.experts.iter().enumerate() {
            if !crate::contacts::takes_local_contacts(&e.id) {
                continue;
            }
            let Some(found) = answers_showing(&RULES, &none, i) else { panic!("{} never shows", e.id) };
            assert!(found.answers.is_complete(&RULES), "{}: {}", e.id, found.answers.encode(&RULES));
            assert!(!crate::engine::is_acute(&RULES, &found.answers), "{}", e.id);
            let shown = present(&RULES, &found.answers);
            let item = shown.experts.iter().find(|s| s.target == Target::Expert(i as u16)).expect("shown");
            assert_eq!(item.visible(), found.open, "{}", e.id);
        }
    }

    #[test]
    fn the_confidential_adviser_shows_open_and_the_preset_is_kept() {
        let (preset, _) = Answers::parse(&RULES, "sector=overheid&omvang=groot");
        let found = answers_showing(&RULES, &preset, expert("vertrouwenspersoon")).expect("shows");
        assert!(found.open);
        let text = found.answers.encode(&RULES);
        assert!(text.contains("sector=overheid") && text.contains("omvang=groot"), "{text}");
    }

    #[test]
    fn a_preset_that_rules_an_expert_out_is_found_out() {
        // The self-employed have no works council: nothing employer-only for them (VOCABULARY.md).
        let (preset, _) = Answers::parse(&RULES, "rol=zzp");
        assert_eq!(answers_showing(&RULES, &preset, expert("ondernemingsraad")), None);
    }
}
