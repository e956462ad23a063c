//! Browser entry points: start the app in `#keuzehulp-app`, or mount a widget
//! (`www/embed.js` for `<keuzehulp-widget>`, `www/embed-page.js` for the
//! iframe page), and the vocabulary for the embed builder.
#[cfg(feature = "widget")]
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

mod failure;

#[cfg(feature = "widget")]
use crate::content::rules;
#[cfg(feature = "widget")]
use crate::contacts::{ContactNotice, parse_contacts};
use crate::engine::Lang;
#[cfg(feature = "widget")]
use crate::engine::{Answers, QuestionKind};
use crate::ui::{App, Mode, Props};

/// Starts the keuzehulp in `#keuzehulp-app`, replacing the prerendered start page
/// (the first render is the same markup, so nothing moves). Call it after
/// [`add_content`] gave the texts of `lang` (`www/main.js` does): the app
/// starts in `lang` unless the URL names another language, which it then loads.
#[wasm_bindgen]
pub fn start(lang: String) {
    failure::install(None);
    if let Some(root) = gloo::utils::document().get_element_by_id("keuzehulp-app") {
        let props = Props { mode: Mode::Standalone, lang: Lang::from_code(&lang) };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

/// Adds the texts of one language: `pack` is the content of `pkg/content-<lang>.txt`.
/// Fails with a message (English, for the console) when the pack does not fit
/// this build, e.g. an old copy from a cache.
#[wasm_bindgen]
pub fn add_content(lang: String, pack: String) -> Result<(), JsValue> {
    let code = Lang::from_code(&lang).ok_or_else(|| JsValue::from_str(&format!("keuzehulp: unknown language \"{lang}\"")))?;
    crate::content::add(code, &pack).map_err(|e| JsValue::from_str(&format!("keuzehulp: content pack {}: {e}", code.code())))
}

thread_local! {
    static CONTENT_LOADER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// How the app fetches another language's pack (when the user switches):
/// `loader(lang)` returns a promise of the pack's text.
#[wasm_bindgen]
pub fn set_content_loader(loader: js_sys::Function) {
    CONTENT_LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Fetches and adds the texts of `lang`; `done(true)` when they are here.
pub(crate) fn load_content(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if crate::content::has(lang) {
        return done(true);
    }
    let promise = CONTENT_LOADER.with(|l| {
        l.borrow().as_ref().and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(lang.code())).ok())
    });
    let Some(promise) = promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = move |ok: bool| {
        if let Some(done) = done.borrow_mut().take() {
            done(ok)
        }
    };
    let finish_err = finish.clone();
    let ok = Closure::once(move |text: JsValue| {
        let added = text.as_string().is_some_and(|t| match crate::content::add(lang, &t) {
            Ok(()) => true,
            Err(e) => {
                web_sys::console::warn_1(&format!("keuzehulp: content pack {}: {e}", lang.code()).into());
                false
            }
        });
        finish(added)
    });
    let fail = Closure::once(move |err: JsValue| {
        web_sys::console::warn_2(&"keuzehulp: loading a content pack failed:".into(), &err);
        finish_err(false)
    });
    let _ = promise.then2(&ok, &fail);
    ok.forget();
    fail.forget();
}

#[cfg(feature = "widget")]
/// A keuzehulp inside another page (the widget): `preset` holds fixed answers in
/// the VOCABULARY encoding (those questions are skipped), `lang` is `nl`, `en`
/// or empty (then the browser's language). `contacts` is the organisation's
/// contacts JSON (empty: none; `undefined`: it could not be loaded, which says
/// so politely), parsed by [`parse_contacts`]. `share_base` is the public site
/// (`https://…/`) that share and step links point to. Leaves the host's URL,
/// history and title alone.
#[wasm_bindgen]
pub fn mount_widget(element: web_sys::Element, preset: String, lang: String, contacts: Option<String>, share_base: String) -> WidgetHandle {
    failure::install(Some(&element));
    // A mistake in the preset is for whoever embeds, not for the user: the console.
    for n in Answers::parse(rules(), &preset).1 {
        web_sys::console::warn_1(&format!("keuzehulp: preset \"{preset}\": {}", n.message(Lang::En)).into());
    }
    let (contacts, contact_notices) = match contacts {
        Some(text) if text.trim().is_empty() => Default::default(),
        Some(text) => parse_contacts(rules(), &text),
        None => (
            Default::default(),
            vec![ContactNotice {
                nl: "De contactgegevens van je organisatie konden niet worden geladen. Je ziet de algemene adviezen.".into(),
                en: "Your organisation's contact details could not be loaded. You see the general advice.".into(),
            }],
        ),
    };
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
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub struct WidgetHandle {
    handle: Option<yew::AppHandle<App>>,
}

#[cfg(feature = "widget")]
#[wasm_bindgen]
impl WidgetHandle {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

#[cfg(feature = "widget")]
/// For the embed builder: the questions (with their options) and the experts in
/// `lang`, as JSON text: `{"questions":[{"id","label","many","options":[{"id","label"}]}],
/// "experts":[{"id","name"}]}`. Written by hand: no serde in the wasm.
#[wasm_bindgen]
pub fn embed_vocabulary(lang: String) -> String {
    let lang = Lang::from_code(&lang).unwrap_or_default();
    let mut out = String::from("{\"questions\":[");
    for (i, q) in rules().questions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        json_str(&mut out, &q.id);
        out.push_str(",\"label\":");
        json_str(&mut out, q.label.get(lang));
        out.push_str(if q.kind == QuestionKind::Many { ",\"many\":true" } else { ",\"many\":false" });
        out.push_str(",\"options\":[");
        for (j, o) in q.options.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            json_str(&mut out, &o.id);
            out.push_str(",\"label\":");
            json_str(&mut out, o.label.get(lang));
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push_str("],\"experts\":[");
    for (i, e) in rules().experts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        json_str(&mut out, &e.id);
        out.push_str(",\"name\":");
        json_str(&mut out, e.name.get(lang));
        out.push('}');
    }
    out.push_str("]}");
    out
}

#[cfg(feature = "widget")]
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
