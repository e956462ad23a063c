//! The widget's entry points (feature `widget`): mount a widget
//! (`www/embed.js` for `<keuzehulp-widget>`, `www/embed-page.js` for the
//! iframe page), and the vocabulary for the embed builder.

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::contacts::{ContactNotice, parse_contacts};
use crate::content::rules;
use crate::engine::{Lang, QuestionKind};
use crate::preset::NEVER_PRESET;
use crate::ui::{App, Mode, Props};

/// A keuzehulp inside another page (the widget): `preset` holds fixed answers in
/// the VOCABULARY encoding (those questions are skipped; never `fase`, see
/// [`crate::preset`]: that part is dropped with one console warning), `lang` is `nl`, `en`
/// or empty (then the browser's language). `contacts` is the organisation's
/// contacts JSON (empty: none; `undefined`: it could not be loaded, which says
/// so politely), parsed by [`parse_contacts`]. `share_base` is the public site
/// (`https://…/`) that share and step links point to. Leaves the host's URL
/// and title alone (its history gets same-URL entries for Back, see
/// `ui::hooks::embedded_history`). `debug`: show setup problems (the contacts
/// notices) in the widget; without it they are for whoever embeds, not for
/// visitors: one console warning.
#[wasm_bindgen]
pub fn mount_widget(element: web_sys::Element, preset: String, lang: String, contacts: Option<String>, share_base: String, debug: bool) -> WidgetHandle {
    #[cfg(feature = "test-hooks")]
    super::test_hooks::install();
    // A mistake in the preset is for whoever embeds, not for the user: the console.
    // At most a few lines, each short, whatever the preset holds.
    const SHOWN: usize = 5;
    // `fase` is never preset (it leads a person in crisis to help): dropped, so asked.
    let read = crate::preset::parse(rules(), &preset);
    let mut warnings: Vec<String> = read
        .never
        .iter()
        .map(|id| format!("\"{id}\" cannot be preset and is asked: it is the question that leads a person in crisis to help"))
        .collect();
    let notices = read.notices;
    let more = (warnings.len() + notices.len()).saturating_sub(SHOWN);
    warnings.extend(notices.iter().take(SHOWN.saturating_sub(warnings.len())).map(|n| n.message(Lang::En)));
    for w in &warnings {
        web_sys::console::warn_1(&format!("keuzehulp: preset: {w}").into());
    }
    if more > 0 {
        web_sys::console::warn_1(&format!("keuzehulp: preset: {more} more problems").into());
    }
    let contacts_loaded = contacts.is_some();
    let (contacts, contact_notices) = match contacts {
        Some(text) if text.trim().is_empty() => Default::default(),
        Some(text) => parse_contacts(rules(), &text),
        None => (
            Default::default(),
            vec![ContactNotice {
                nl: "De contactgegevens van je organisatie konden niet worden geladen. Je ziet de algemene adviezen.".into(),
                en: "Your organisation's contact details could not be loaded. You see the general advice.".into(),
                at: None,
            }],
        ),
    };
    let contact_notices = if debug || contact_notices.is_empty() {
        contact_notices
    } else {
        // (A file that could not be loaded was already named in the console by embed.js.)
        if contacts_loaded {
            let all: Vec<&str> = contact_notices.iter().map(|n| n.message(Lang::En)).collect();
            web_sys::console::warn_1(
                &format!("keuzehulp: contacts: {} (visitors do not see this; add the debug attribute, or use the embed builder, to see it in the widget)", all.join(" ")).into(),
            );
        }
        Vec::new()
    };
    // (Also where the cards' "Meer in het overzicht" links go.)
    let share_base = share_base.trim();
    let props = Props {
        mode: Mode::Embedded {
            preset,
            contacts: Rc::new(contacts),
            contact_notices: Rc::new(contact_notices),
            share_base: (!share_base.is_empty()).then(|| share_base.to_string().into()),
        },
        lang: Lang::from_code(&lang),
    };
    WidgetHandle { handle: Some(yew::Renderer::<App>::with_root_and_props(element, props).render()) }
}

/// A mounted widget; `destroy()` removes it.
#[wasm_bindgen]
pub struct WidgetHandle {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// For the embed builder: the questions a preset may answer (with their
/// options), those it may not ([`NEVER_PRESET`]: `fase`) and the experts in
/// `lang`, as JSON text: `{"questions":[{"id","label","many","options":[{"id","label"}]}],
/// "never":[{"id","label"}],"experts":[{"id","name"}]}` (the experts that take
/// an organisation's own contacts). Written by hand: no serde in the wasm.
#[wasm_bindgen]
pub fn embed_vocabulary(lang: String) -> String {
    let lang = Lang::from_code(&lang).unwrap_or_default();
    let never = |q: &&crate::engine::Question| NEVER_PRESET.iter().any(|&id| id == &*q.id);
    let mut out = String::from("{\"questions\":");
    json_list(&mut out, rules().questions.iter().filter(|q| !never(q)), |out, q| {
        id_and(out, &q.id, "label", q.label.get(lang));
        out.push_str(if q.kind == QuestionKind::Many { ",\"many\":true" } else { ",\"many\":false" });
        out.push_str(",\"options\":");
        json_list(out, q.options.iter(), |out, o| id_and(out, &o.id, "label", o.label.get(lang)));
    });
    out.push_str(",\"never\":");
    json_list(&mut out, rules().questions.iter().filter(never), |out, q| id_and(out, &q.id, "label", q.label.get(lang)));
    out.push_str(",\"experts\":");
    let local = rules().experts.iter().filter(|e| crate::contacts::takes_local_contacts(&e.id));
    json_list(&mut out, local, |out, e| id_and(out, &e.id, "name", e.name.get(lang)));
    // What an intranet's security settings need (crate::embed_setup: the one source), `{site}` for our origin.
    out.push_str(",\"csp\":{\"direct\":");
    json_str(&mut out, &crate::embed_setup::policy(&crate::embed_setup::CSP_DIRECT, "{site}"));
    out.push_str(",\"frame\":");
    json_str(&mut out, &crate::embed_setup::policy(&crate::embed_setup::CSP_FRAME, "{site}"));
    out.push_str("}}");
    out
}

/// For the embed builder's "Toon waar dit verschijnt": answers that complete
/// `preset` and show `expert` in the advice ([`crate::contacts::shown`], never
/// through a crisis), as JSON text: `{"answers":"rol=…&…","open":true}`, or
/// `{"reason":"…"}` (in `lang`) when no answers do, so a contact there never shows.
#[wasm_bindgen]
pub fn contact_shown(preset: String, expert: String, lang: String) -> String {
    let lang = Lang::from_code(&lang).unwrap_or_default();
    // The one preset reader (fase never preset), as the widget reads it.
    let answers = crate::preset::parse(rules(), &preset).answers;
    let Some(e) = rules().expert_index(&expert) else { return "{\"reason\":\"\"}".into() };
    let mut out = String::from("{");
    match crate::contacts::shown::answers_showing(rules(), &answers, e) {
        Some(found) => {
            out.push_str("\"answers\":");
            json_str(&mut out, &found.answers.encode(rules()));
            out.push_str(if found.open { ",\"open\":true" } else { ",\"open\":false" });
        }
        None => {
            out.push_str("\"reason\":");
            json_str(&mut out, crate::contacts::shown::never_shown(lang, !preset.trim().is_empty()));
        }
    }
    out.push('}');
    out
}

/// For the embed builder: a contacts file read by the widget's own reader
/// ([`crate::contacts::report`], as `keuzehulp contacts check` does), as JSON
/// text: `{"problems":[{"line","col","message"}],"contacts":n,"experts":n,"ids":["bedrijfsarts",…]}`
/// (messages in `lang`).
#[wasm_bindgen]
pub fn check_contacts(text: String, lang: String) -> String {
    let lang = Lang::from_code(&lang).unwrap_or_default();
    let (contacts, located) = crate::contacts::report::check(rules(), &text);
    let (n, experts) = crate::contacts::report::counts(&contacts);
    let mut out = String::from("{\"problems\":");
    json_list(&mut out, located.iter(), |out, l| {
        out.push_str(&format!("\"line\":{},\"col\":{},\"message\":", l.line, l.col));
        json_str(out, l.notice.message(lang));
    });
    out.push_str(&format!(",\"contacts\":{n},\"experts\":{experts},\"ids\":["));
    for (i, (e, _)) in contacts.by_expert.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(&mut out, &rules().experts[*e as usize].id);
    }
    out.push_str("]}");
    out
}

/// `[{…},{…}]`: `fields` writes what is inside each object.
fn json_list<T>(out: &mut String, items: impl Iterator<Item = T>, mut fields: impl FnMut(&mut String, T)) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('{');
        fields(out, item);
        out.push('}');
    }
    out.push(']');
}

/// `"id":<id>,"<key>":<text>`: the fields every item of the vocabulary has.
fn id_and(out: &mut String, id: &str, key: &str, text: &str) {
    out.push_str("\"id\":");
    json_str(out, id);
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":");
    json_str(out, text);
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
