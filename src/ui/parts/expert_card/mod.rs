//! One expert to ask: who they are, the organisation's own contacts for them
//! (widget), when to go, how to reach them, phone and links.

use std::rc::Rc;

use yew::AttrValue;

use crate::content::rules;
use crate::contacts::{Contact, Contacts, tel_href};
use crate::engine::Lang;
use crate::ui::markup::{Markup, after_first_sentence, card, external, first_sentence, html, reasons, section};
use crate::ui::text::{T, t};

pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's experts.
    pub expert: usize,
    pub reasons: Vec<AttrValue>,
    pub collapsed: bool,
    /// The organisation's contacts (widget); those for this expert show under it.
    pub contacts: Rc<Contacts>,
}

/// One contact of the organisation: every field is optional, links only as
/// `tel:`, `mailto:` and `https:` (the parser dropped everything else).
fn contact(lang: Lang, c: &Contact) -> Markup {
    html! {
        li.kh-contact {
            @if let Some(name) = &c.name {
                p.kh-contact__name { (name) }
            }
            @if let (Some(phone), Some(href)) = (&c.phone, c.tel_href()) {
                p { (t(lang, T::ExpertPhone)) ": " a href=(href) { (phone) } }
            }
            @if let (Some(email), Some(href)) = (&c.email, c.mailto_href()) {
                p { (t(lang, T::ContactEmail)) ": " a href=(href) { (email) } }
            }
            @if let Some(url) = &c.url {
                p { (t(lang, T::ContactWebsite)) ": " (external(lang, url, url.trim_start_matches("https://").trim_end_matches('/'))) }
            }
            @if let Some(hours) = &c.hours {
                p { (t(lang, T::ContactHours)) ": " (hours) }
            }
        }
    }
}

pub fn expert_card(props: &Props) -> Markup {
    let lang = props.lang;
    let expert = &rules().experts[props.expert];
    let own = if crate::ui::capabilities::EMBEDDABLE { props.contacts.for_expert(props.expert as u16) } else { &[] };
    // Own contacts replace the generic "how to find them" line (one rule: contacts::shown::reach).
    let none = Contacts::default();
    let own_contacts = if crate::ui::capabilities::EMBEDDABLE { &*props.contacts } else { &none };
    let reach = crate::contacts::shown::reach(own_contacts, props.expert as u16, expert.reach.get(lang));
    let first = if own.is_empty() { first_sentence(reach) } else { "" };
    let reach_rest = if first.is_empty() { reach } else { after_first_sentence(reach) };
    let body = html! {
        // Open: the organisation's own contacts, how to reach them and the
        // number (issue 16: who to ask, with how to reach them); the rest folded.
        @if !own.is_empty() {
            div.kh-contacts {
                h4.kh-contacts__heading { (t(lang, T::ContactsHeading)) }
                ul.kh-contacts__list { @for c in own { (contact(lang, c)) } }
            }
        }
        @if !first.is_empty() {
            p { (first) }
        }
        @if let Some(phone) = &expert.phone {
            p.kh-expert__phone { (t(lang, T::ExpertPhone)) ": " a.kh-tel href=(tel_href(phone)) { (phone) } }
        }
        details.kh-card__more {
            summary { (t(lang, T::MoreAboutExpert)) }
            p { (expert.who.get(lang)) }
            // The rest of how to reach them: its first sentence is in the open
            // card (all of it when own contacts took that place).
            @if !reach_rest.is_empty() {
                p { (reach_rest) }
            }
            (reasons(lang, &props.reasons, false))
            (section(lang, T::ExpertWhen, expert.when.get(lang)))
            @if !expert.links.is_empty() {
                ul.kh-expert__links { @for l in expert.links.iter() { li { (external(lang, &l.url, l.label.get(lang))) } } }
            }
        }
    };
    card(expert.name.get(lang), props.collapsed, Some("kh-expert"), body)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::contacts::parse_contacts;

    fn render(expert: &str, contacts: &str) -> String {
        let (contacts, _) = parse_contacts(rules(), contacts);
        let expert = rules().expert_index(expert).expect("a known expert");
        let props = Props { lang: Lang::Nl, expert, reasons: vec![], collapsed: false, contacts: Rc::new(contacts) };
        expert_card(&props).into_string()
    }

    #[test]
    fn the_organisations_contacts_show_under_their_expert() {
        let json = r#"{"bedrijfsarts": [{"name": "Dr. A", "phone": "030 123 45 67", "email": "ba@example.nl",
            "url": "https://intranet.example.nl/ba", "hours": "ma-vr"}, {"name": "Dr. B"}],
            "vertrouwenspersoon": {"name": "Anna"}}"#;
        let html = render("bedrijfsarts", json);
        assert!(html.contains("In jouw organisatie"), "{html}");
        for part in ["Dr. A", "Dr. B", "href=\"tel:0301234567\"", "href=\"mailto:ba@example.nl\"", "ma-vr"] {
            assert!(html.contains(part), "{part} in {html}");
        }
        assert!(html.contains("href=\"https://intranet.example.nl/ba\" rel=\"noopener noreferrer\" target=\"_blank\""), "{html}");
        assert!(!html.contains("Anna"), "another expert's contact stays with that expert");
        assert_eq!(html.matches("class=\"kh-contact\"").count(), 2);
    }

    #[test]
    fn an_own_contact_replaces_the_generic_line_it_covers() {
        let generic = "Vraag HR of kijk op intranet";
        assert!(render("bedrijfsarts", "{}").contains(generic), "without own contacts the generic line shows");
        let html = render("bedrijfsarts", r#"{"bedrijfsarts": {"name": "Dr. A", "phone": "030 123 45 67"}}"#);
        assert!(html.contains("Dr. A") && !html.contains(generic), "{html}");
        assert!(html.contains("Je hoeft niet te zeggen waarom"), "the rest of the line stays: {html}");
    }

    #[test]
    fn no_contacts_no_block() {
        let html = render("bedrijfsarts", r#"{"vertrouwenspersoon": {"name": "Anna"}}"#);
        assert!(!html.contains("kh-contacts"), "{html}");
    }
}
