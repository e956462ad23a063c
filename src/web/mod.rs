//! Browser entry points: start the app in `#keuzehulp-app` and give it its
//! texts (`www/main.js`). With the `widget` feature (the second wasm, in
//! `dist/pkg-widget/`) also the widget's entry points, in `widget.rs`.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[cfg(feature = "test-hooks")]
mod test_hooks;
#[cfg(feature = "widget")]
mod widget;
#[cfg(feature = "studio")]
mod studio;

use crate::engine::Lang;
use crate::ui::{App, Mode, Props};

/// Starts the keuzehulp in `#keuzehulp-app`, replacing the prerendered start page
/// (the first render is the same markup, so nothing moves). Call it after
/// [`add_content`] gave the texts of `lang` (`www/main.js` does): the app
/// starts in `lang` unless the URL names another language, which it then loads.
#[wasm_bindgen]
pub fn start(lang: String) {
    #[cfg(feature = "test-hooks")]
    test_hooks::install();
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

// Talc instead of the standard library's dlmalloc: the same job in 2 KB less
// wasm (brotli). Single-threaded wasm, as this build is.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
