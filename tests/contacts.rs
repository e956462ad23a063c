//! The widget's contacts file: good contacts are kept, bad ones dropped with a notice.

use keuzehulp::builtin::RULES;
use keuzehulp::contacts::parse_contacts;
use keuzehulp::engine::Lang;

#[test]
fn valid_contacts_are_kept_per_expert() {
    let text = r#"{"vertrouwenspersoon": {"name": "Anna de Vries", "phone": "030 123 45 67", "email": "vp@example.nl",
        "url": "https://intranet.example.nl/vp", "hours": "ma-vr 9-17"},
        "bedrijfsarts": [{"name": "Arbodienst Noord", "phone": "+31 50 123 4567"}, {"name": "Dr. B", "url": "https://arbo.example.nl"}]}"#;
    let (contacts, notices) = parse_contacts(&RULES, text);
    assert!(notices.is_empty(), "{notices:?}");
    let vp = contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16);
    assert_eq!(vp.len(), 1);
    assert_eq!(vp[0].name.as_deref(), Some("Anna de Vries"));
    assert_eq!(vp[0].tel_href().as_deref(), Some("tel:0301234567"));
    assert_eq!(contacts.for_expert(RULES.expert_index("bedrijfsarts").unwrap() as u16).len(), 2);
}

#[test]
fn unsafe_and_malformed_contacts_are_dropped_with_a_notice() {
    let text = r#"{"vertrouwenspersoon": {"name": "<script>alert(1)</script>", "url": "http://plain.example.nl", "phone": "030 1"},
        "hr-adviseur": {"url": "javascript:alert(1)"}, "astronaut": {"name": "X"}, "huisarts": "geen object"}"#;
    let (contacts, notices) = parse_contacts(&RULES, text);
    let vp = contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16);
    assert_eq!(vp.len(), 1, "the valid phone keeps the contact");
    assert_eq!(vp[0].name, None);
    assert_eq!(vp[0].url, None);
    assert!(contacts.for_expert(RULES.expert_index("hr-adviseur").unwrap() as u16).is_empty());
    assert_eq!(notices.len(), 5, "{notices:?}");
    assert!(notices.iter().all(|n| !n.message(Lang::Nl).is_empty() && !n.message(Lang::En).is_empty()));
}

#[test]
fn broken_json_gives_one_clear_notice() {
    for text in ["", "{", "[1,2]", "{\"a\": }", &"[".repeat(100), &"x".repeat(100_000)] {
        let (contacts, notices) = parse_contacts(&RULES, text);
        assert!(contacts.is_empty());
        assert_eq!(notices.len(), 1, "{text:.20}: {notices:?}");
    }
}
