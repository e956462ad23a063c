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

#[test]
fn the_crisis_line_and_the_inspectorate_take_no_local_contacts() {
    // A link could otherwise put its own number inside the 113 card.
    let text = r#"{"crisislijn-113": {"name": "Let op: 113 is tijdelijk onbereikbaar", "phone": "0900 123 45 67"},
        "arbeidsinspectie": {"phone": "0900 000 00 00"}, "vertrouwenspersoon": {"name": "Anna"}}"#;
    let (contacts, notices) = parse_contacts(&RULES, text);
    for id in ["crisislijn-113", "arbeidsinspectie"] {
        assert!(contacts.for_expert(RULES.expert_index(id).unwrap() as u16).is_empty(), "{id}");
        assert!(notices.iter().any(|n| n.message(Lang::Nl).contains(id) && n.message(Lang::En).contains("same for everyone")), "{id}: {notices:?}");
    }
    assert_eq!(contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16).len(), 1);
}

#[test]
fn no_hidden_mail_headers_and_no_invisible_reordering() {
    let text = r#"{"vertrouwenspersoon": [
        {"name": "VP", "email": "vp@intranet.example?bcc=spy%40evil.example&subject=werkstress"},
        {"name": "VP2", "email": "vp%40x@intranet.example"},
        {"name": "VP3", "email": "anna.de-vries+werk@intranet.example.nl"},
        {"name": "Anna \u202e76 54 321 030", "url": "https://evil.example\u202e/", "phone": "030 123 45 67"},
        {"name": "Zero\u200bwidth", "hours": "ma\u2066-vr"}]}"#;
    let (contacts, notices) = parse_contacts(&RULES, text);
    let vp = contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16);
    let emails: Vec<_> = vp.iter().filter_map(|c| c.email.as_deref()).collect();
    assert_eq!(emails, ["anna.de-vries+werk@intranet.example.nl"], "only the plain address is kept");
    assert!(vp.iter().all(|c| [&c.name, &c.url, &c.hours].iter().all(|f| f.as_deref().is_none_or(|s| !s.contains(['\u{202e}', '\u{200b}', '\u{2066}'])))));
    assert_eq!(vp.iter().filter(|c| c.phone.is_some()).count(), 1, "the contact with the override keeps its plain phone");
    assert_eq!(notices.len(), 6, "{notices:?}");
}
