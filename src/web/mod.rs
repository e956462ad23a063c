//! Browser entry points: start the app in `#keuzehulp-app` and give it its
//! texts (`www/main.js`). With the `widget` feature (the second wasm, in
//! `dist/pkg-widget-plan/`) also the widget's entry points, in `widget.rs`.

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

/// Adds the texts of one language: `pack` is the content of `pkg-site/content-<lang>.txt`.
/// Fails with a message (English, for the console) when the pack does not fit
/// this build, e.g. an old copy from a cache.
#[wasm_bindgen]
pub fn add_content(lang: String, pack: String) -> Result<(), JsValue> {
    let code = Lang::from_code(&lang).ok_or_else(|| JsValue::from_str(&format!("keuzehulp: unknown language \"{lang}\"")))?;
    crate::content::add(code, crate::ui::text::T::ALL.len(), &pack).map_err(|e| JsValue::from_str(&format!("keuzehulp: content pack {}: {e}", code.code())))
}

/// How the app fetches another language's pack (when the user switches):
/// `loader(lang)` returns a promise of the pack's text.
#[wasm_bindgen]
pub fn set_content_loader(loader: js_sys::Function) {
    crate::content::set_loader(loader);
}

// Talc instead of the standard library's dlmalloc: the same job in 2 KB less
// wasm (brotli). Single-threaded wasm, as this build is.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
