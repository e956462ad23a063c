//! One expert to ask: who they are, the organisation's own contacts for them
//! (widget), when to go, how to reach them, phone and links.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::contacts::{Contact, Contacts};
use crate::engine::Lang;
use crate::ui::components::{card, external, sources, tel};
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
fn contact(lang: Lang, c: &Contact) -> Html {
    let line = |label: T, body: Html| html! { <p>{ t(lang, label) }{ ": " }{ body }</p> };
    html! {
        <li class="kh-contact">
            if let Some(name) = &c.name {
                <p class="kh-contact__name">{ name.clone() }</p>
            }
            if let (Some(phone), Some(href)) = (&c.phone, c.tel_href()) {
                { line(T::ExpertPhone, html! { <a href={href}>{ phone.clone() }</a> }) }
            }
            if let (Some(email), Some(href)) = (&c.email, c.mailto_href()) {
                { line(T::ContactEmail, html! { <a href={href}>{ email.clone() }</a> }) }
            }
            if let Some(url) = &c.url {
                { line(T::ContactWebsite, external(lang, url, url.trim_start_matches("https://").trim_end_matches('/'))) }
            }
            if let Some(hours) = &c.hours {
                { line(T::ContactHours, html! { { hours.clone() } }) }
            }
        </li>
    }
}

/// A plain function (no state): see `crisis_banner`.
pub fn expert_card(props: &Props) -> Html {
    let lang = props.lang;
    let expert = &rules().experts[props.expert];
    let name = expert.name.get(lang);
    let own = props.contacts.for_expert(props.expert as u16);
    let body = html! {
        <>
            <p>{ expert.who.get(lang) }</p>
            if !own.is_empty() {
                <div class="kh-contacts">
                    <h4 class="kh-contacts__heading">{ t(lang, T::ContactsHeading) }</h4>
                    <ul class="kh-contacts__list">{ for own.iter().map(|c| contact(lang, c)) }</ul>
                </div>
            }
            if !props.reasons.is_empty() {
                <h4>{ t(lang, T::WhyFits) }</h4>
                <ul class="kh-reasons">{ for props.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
            }
            <h4>{ t(lang, T::ExpertWhen) }</h4>
            <p>{ expert.when.get(lang) }</p>
            <h4>{ t(lang, T::ExpertReach) }</h4>
            <p>{ expert.reach.get(lang) }</p>
            if let Some(phone) = &expert.phone {
                <p class="kh-expert__phone">{ t(lang, T::ExpertPhone) }{ ": " }<a href={tel(phone)}>{ phone.to_string() }</a></p>
            }
            if !expert.links.is_empty() {
                <ul class="kh-expert__links">
                    { for expert.links.iter().map(|l| html! { <li>{ external(lang, &l.url, l.label.get(lang)) }</li> }) }
                </ul>
            }
            { sources(lang, &expert.source) }
        </>
    };
    card(name, body, props.collapsed, " kh-expert")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::contacts::parse_contacts;

    /// yew renders components to strings; the card is a function, so a small one around it.
    #[derive(Properties, PartialEq)]
    struct Harness {
        expert: usize,
        contacts: Rc<Contacts>,
    }

    #[component]
    fn Card(h: &Harness) -> Html {
        let props = Props { lang: Lang::Nl, expert: h.expert, reasons: vec![], collapsed: false, contacts: h.contacts.clone() };
        expert_card(&props)
    }

    fn render(expert: &str, contacts: &str) -> String {
        let (contacts, _) = parse_contacts(rules(), contacts);
        let props = Harness { expert: rules().expert_index(expert).expect("a known expert"), contacts: Rc::new(contacts) };
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(async { yew::LocalServerRenderer::<Card>::with_props(props).hydratable(false).render().await })
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
    fn no_contacts_no_block() {
        let html = render("bedrijfsarts", r#"{"vertrouwenspersoon": {"name": "Anna"}}"#);
        assert!(!html.contains("kh-contacts"), "{html}");
    }
}
