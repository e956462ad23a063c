//! The answer-string codec of VOCABULARY.md: lenient, never panicking, with a
//! notice for everything it drops.

use keuzehulp::builtin::RULES;
use keuzehulp::engine::{Answers, Lang, NoticeKind};

fn kinds(input: &str) -> Vec<NoticeKind> {
    Answers::parse(&RULES, input).1.into_iter().map(|n| n.kind).collect()
}

#[test]
fn a_valid_string_round_trips_in_canonical_order() {
    let input = "factoren=agressie,werkdruk&fase=signalen&niveau=individu&omvang=groot&sector=zorg-welzijn&rol=werknemer";
    let (answers, notices) = Answers::parse(&RULES, input);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(answers.is_complete(&RULES));
    assert_eq!(
        answers.encode(&RULES),
        "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=signalen&factoren=werkdruk,agressie"
    );
    let (again, _) = Answers::parse(&RULES, &answers.encode(&RULES));
    assert_eq!(again, answers);
}

#[test]
fn fragments_and_escapes_are_understood() {
    let (a, n) = Answers::parse(&RULES, "#rol=hr&factoren=werkdruk%2Cagressie");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(a.encode(&RULES), "rol=hr&factoren=werkdruk,agressie");
    let (a, n) = Answers::parse(&RULES, "?ROL=HR&&");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(a.encode(&RULES), "rol=hr");
}

#[test]
fn every_kind_of_bad_input_becomes_a_notice() {
    assert_eq!(kinds("rol"), [NoticeKind::Malformed]);
    assert_eq!(kinds("=werknemer"), [NoticeKind::Malformed]);
    assert_eq!(kinds("kleur=blauw"), [NoticeKind::UnknownKey]);
    assert_eq!(kinds("rol=astronaut"), [NoticeKind::UnknownValue]);
    assert_eq!(kinds("rol=hr&rol=zzp"), [NoticeKind::RepeatedKey]);
    assert_eq!(kinds("rol="), [NoticeKind::EmptyValue]);
    assert_eq!(kinds("factoren=werkdruk,werkdruk"), [NoticeKind::DuplicateValue]);
    assert_eq!(kinds("rol=hr,zzp"), [NoticeKind::TooManyValues]);
    assert_eq!(kinds("factoren=werkdruk,weet-niet"), [NoticeKind::ExclusiveCombined]);
    assert_eq!(kinds("rol=zzp&omvang=groot"), [NoticeKind::NotAsked]);
    let long = kinds(&"rol=hr&".repeat(1000));
    assert_eq!(long[0], NoticeKind::TooLong);
    assert!(long[1..].iter().all(|k| *k == NoticeKind::RepeatedKey));
    assert!(long.len() < 300, "the cut-off did not bound the work: {}", long.len());
}

#[test]
fn the_valid_part_of_a_malformed_string_is_kept() {
    let (a, n) = Answers::parse(&RULES, "rol=werknemer&sector=maan&fase=acuut&x&factoren=werkdruk,onzin");
    assert_eq!(a.encode(&RULES), "rol=werknemer&fase=acuut&factoren=werkdruk");
    assert_eq!(n.len(), 3);
    for notice in &n {
        for lang in Lang::ALL {
            assert!(!notice.message(lang).is_empty());
        }
    }
}

#[test]
fn hostile_input_is_echoed_short_and_clean() {
    let long_key = "k".repeat(500);
    let (_, n) = Answers::parse(&RULES, &format!("{long_key}=1&rol=<script>\u{0007}"));
    assert_eq!(n.len(), 2);
    assert!(n[0].key.chars().count() <= 41, "key echo not cut: {}", n[0].key.len());
    assert!(!n[1].value.contains('\u{0007}'));
}

#[test]
fn questions_that_do_not_apply_are_skipped_and_the_first_open_one_found() {
    let (a, _) = Answers::parse(&RULES, "rol=zzp&sector=ict");
    let omvang = RULES.question_index("omvang").unwrap();
    assert!(!a.applies(&RULES, omvang));
    assert_eq!(a.first_open(&RULES), RULES.question_index("niveau"));
    let (a, _) = Answers::parse(&RULES, "rol=werkgever&sector=ict");
    assert_eq!(a.first_open(&RULES), Some(omvang));
}
