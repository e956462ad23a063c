//! One expert to ask: who they are, the organisation's own contacts for them
//! (widget), when to go, how to reach them, phone and links.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::contacts::{Contact, Contacts, tel_href};
use crate::engine::Lang;
use crate::ui::markup::{Markup, card, external, first_sentence, reasons, section};
use crate::ui::text::T;

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
fn contact(m: &mut Markup, lang: Lang, c: &Contact) {
    m.raw("<li class=\"kh-contact\">");
    if let Some(name) = &c.name {
        m.raw("<p class=\"kh-contact__name\">").text(name).raw("</p>");
    }
    let line = |m: &mut Markup, label: T| {
        m.raw("<p>").ui(lang, label).raw(": ");
    };
    if let (Some(phone), Some(href)) = (&c.phone, c.tel_href()) {
        line(m, T::ExpertPhone);
        m.raw("<a href=\"").text(&href).raw("\">").text(phone).raw("</a></p>");
    }
    if let (Some(email), Some(href)) = (&c.email, c.mailto_href()) {
        line(m, T::ContactEmail);
        m.raw("<a href=\"").text(&href).raw("\">").text(email).raw("</a></p>");
    }
    if let Some(url) = &c.url {
        line(m, T::ContactWebsite);
        external(m, lang, url, url.trim_start_matches("https://").trim_end_matches('/'));
        m.raw("</p>");
    }
    if let Some(hours) = &c.hours {
        line(m, T::ContactHours);
        m.text(hours).raw("</p>");
    }
    m.raw("</li>");
}

/// A plain function (no state), written as markup: see `ui::markup`.
pub fn expert_card(m: &mut Markup, props: &Props) {
    let lang = props.lang;
    let expert = &rules().experts[props.expert];
    let own = if crate::ui::app::EMBEDDABLE { props.contacts.for_expert(props.expert as u16) } else { &[] };
    card(m, expert.name.get(lang), props.collapsed, " kh-expert", |m| {
        // Open: the organisation's own contacts, how to reach them and the
        // number (issue 16: who to ask, with how to reach them); the rest folded.
        if !own.is_empty() {
            m.raw("<div class=\"kh-contacts\"><h4 class=\"kh-contacts__heading\">").ui(lang, T::ContactsHeading);
            m.raw("</h4><ul class=\"kh-contacts__list\">");
            own.iter().for_each(|c| contact(m, lang, c));
            m.raw("</ul></div>");
        }
        let reach = expert.reach.get(lang);
        m.raw("<p>").text(first_sentence(reach)).raw("</p>");
        if let Some(phone) = &expert.phone {
            m.raw("<p class=\"kh-expert__phone\">").ui(lang, T::ExpertPhone).raw(": <a class=\"kh-tel\" href=\"").text(&tel_href(phone));
            m.raw("\">").text(phone).raw("</a></p>");
        }
        m.raw("<details class=\"kh-card__more\"><summary>").ui(lang, T::MoreAboutExpert).raw("</summary><p>");
        m.text(expert.who.get(lang)).raw("</p>");
        if reach.len() > first_sentence(reach).len() {
            m.raw("<p>").text(reach).raw("</p>");
        }
        reasons(m, lang, &props.reasons);
        section(m, lang, T::ExpertWhen, expert.when.get(lang));
        if !expert.links.is_empty() {
            m.raw("<ul class=\"kh-expert__links\">");
            for l in expert.links.iter() {
                m.raw("<li>");
                external(m, lang, &l.url, l.label.get(lang));
                m.raw("</li>");
            }
            m.raw("</ul>");
        }
        m.raw("</details>");
    });
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
        let mut m = Markup::new();
        expert_card(&mut m, &props);
        m.finish()
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
