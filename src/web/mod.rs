//! Browser entry points: start the app in `#keuzehulp-app`, or mount a widget.
use wasm_bindgen::prelude::*;

use crate::engine::Lang;
use crate::ui::{App, Mode, Props};

/// Starts the keuzehulp in `#keuzehulp-app`, replacing the prerendered start page
/// (the first render is the same markup, so nothing moves).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(root) = gloo::utils::document().get_element_by_id("keuzehulp-app") {
        let props = Props { mode: Mode::Standalone, lang: None };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

/// A keuzehulp inside another page (the widget): `preset` holds fixed answers in
/// the VOCABULARY encoding (those questions are skipped), `lang` is `nl`, `en`
/// or empty (then the browser's language). Leaves the host's URL and title alone.
#[wasm_bindgen]
pub fn mount_widget(element: web_sys::Element, preset: String, lang: String) -> WidgetHandle {
    let props = Props { mode: Mode::Embedded { preset }, lang: Lang::from_code(&lang) };
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
