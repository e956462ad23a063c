//! Browser entry points: start the app in `#keuzehulp-app`, or mount a widget.
use wasm_bindgen::prelude::*;

#[yew::function_component]
fn Placeholder() -> yew::Html {
    yew::html! { <main><h1>{"Keuzehulp werkstress"}</h1></main> }
}

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(root) = gloo::utils::document().get_element_by_id("keuzehulp-app") {
        yew::Renderer::<Placeholder>::with_root(root).render();
    }
}
