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

/// Every character of Unicode category Cf (from Python's unicodedata, Unicode
/// 14, plus U+13439..U+1343F of Unicode 15), as ranges.
const FORMAT_CHARACTERS: &[(u32, u32)] = &[(0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0x13439, 0x1343F)];

fn vp(text: &str) -> Vec<keuzehulp::contacts::Contact> {
    let json = format!(r#"{{"vertrouwenspersoon": [{text}]}}"#);
    let (contacts, _) = parse_contacts(&RULES, &json);
    contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16).to_vec()
}

#[test]
fn free_texts_cannot_imitate_the_crisis_line() {
    // Issue 21: a name or hours under another expert read as the crisis line.
    for bad in [
        "Bel niet 113 maar 0900-1234567",
        "Anna, bel 112",
        "Crisis? Bel Anna",
        "Сrisisdienst",
        "0800-0113",
        "06 12 34 56 78",
        "bel (030) 123 4567",
        "Bel １１３",
        "zelfdoding: bel ons",
    ] {
        for field in ["name", "hours"] {
            let contacts = vp(&format!(r#"{{"{field}": "{bad}", "phone": "030 123 45 67"}}"#));
            assert_eq!(contacts.len(), 1, "{field}: {bad}: the phone keeps the contact");
            assert_eq!(contacts[0].name, None, "{field}: {bad}");
            assert_eq!(contacts[0].hours, None, "{field}: {bad}");
        }
    }
    let (_, notices) = parse_contacts(&RULES, r#"{"vertrouwenspersoon": {"name": "Bel 113", "phone": "030 123 45 67"}}"#);
    assert!(notices.iter().any(|n| n.message(Lang::Nl).contains("hoort in \"phone\"") && n.message(Lang::En).contains("belongs in \"phone\"")), "{notices:?}");
    // What organisations do write still shows.
    for ok in ["Anna de Vries", "ma-vr 9-17", "ma t/m vr 9.00-17.00 uur", "08:30 - 12:30, kamer 2.14", "Arbodienst Noord (locatie 3)"] {
        let contacts = vp(&format!(r#"{{"name": "{ok}"}}"#));
        assert_eq!(contacts.first().and_then(|c| c.name.as_deref()), Some(ok), "{ok}");
    }
}

#[test]
fn mail_and_link_hosts_are_ascii_only() {
    // Cyrillic "а" (U+0430) and "е" (U+0435) in known-looking addresses.
    for bad in [r#"{"email": "vp@intr\u0430net.example.nl"}"#, r#"{"email": "\u0430nna@example.nl"}"#,
        r#"{"url": "https://intr\u0430net.example.nl/vp"}"#, r#"{"url": "https://example.nl/\u0435"}"#,
        r#"{"url": "https://exa_mple.nl/"}"#] {
        assert!(vp(bad).is_empty(), "{bad}");
    }
    let (_, notices) = parse_contacts(&RULES, r#"{"vertrouwenspersoon": {"url": "https://intr\u0430net.example.nl/vp"}}"#);
    assert!(notices.iter().any(|n| n.message(Lang::En).contains("punycode")), "{notices:?}");
    // Punycode (the same host written in ASCII) and ports pass.
    let ok = vp(r#"{"email": "vp@xn--intrnet-6fg.example.nl", "url": "https://xn--intrnet-6fg.example.nl:8443/vp"}"#);
    assert_eq!(ok.len(), 1);
    assert!(ok[0].email.is_some() && ok[0].url.is_some(), "{ok:?}");
}

#[test]
fn every_format_character_and_hangul_filler_is_refused() {
    let mut tried = 0;
    let extra = [0xAD, 0x34F, 0x180E, 0x115F, 0x1160, 0x3164, 0xFFA0, 0xE0041, 0xFE0F];
    let all = FORMAT_CHARACTERS.iter().flat_map(|&(a, b)| a..=b).chain(extra);
    for code in all {
        let c = char::from_u32(code).unwrap();
        for field in ["name", "hours", "url", "email"] {
            let value = match field {
                "url" => format!("https://example.nl/{c}"),
                "email" => format!("vp{c}@example.nl"),
                _ => format!("Anna{c} de Vries"),
            };
            let json = format!("{{\"vertrouwenspersoon\": {{\"{field}\": \"{value}\", \"phone\": \"030 123 45 67\"}}}}");
            let (contacts, _) = parse_contacts(&RULES, &json);
            let c0 = &contacts.for_expert(RULES.expert_index("vertrouwenspersoon").unwrap() as u16)[0];
            assert!([&c0.name, &c0.hours, &c0.url, &c0.email].iter().all(|f| f.is_none()), "U+{code:04X} in {field}: {c0:?}");
            tried += 1;
        }
    }
    assert!(tried > 4 * 170, "{tried}");
}

#[test]
fn unknown_keys_are_echoed_like_other_outside_input() {
    // A key with bidi controls and a sentence of its own: only id characters come back.
    let text = "{\"vertrouwens\u{202e}persoon bel 0900\": {\"name\": \"X\"}, \"astro\u{2066}naut\": {\"name\": \"X\"},\n        \"vertrouwenspersoon\": {\"nam\u{202e}e\": \"X\", \"name\": \"Anna\"}}";
    let (contacts, notices) = parse_contacts(&RULES, text);
    assert_eq!(contacts.by_expert.len(), 1);
    assert_eq!(notices.len(), 3, "{notices:?}");
    for n in &notices {
        for lang in [Lang::Nl, Lang::En] {
            let m = n.message(lang);
            assert!(!m.contains(['\u{202e}', '\u{2066}']) && !m.contains("bel 0900"), "{m:?}");
        }
    }
    assert!(notices[0].message(Lang::En).contains("\"vertrouwenspersoonbel0900\""), "{notices:?}");
    assert!(notices[1].message(Lang::En).contains("\"astronaut\""), "{notices:?}");
    assert!(notices[2].message(Lang::En).contains("\"name\""), "{notices:?}");
}
