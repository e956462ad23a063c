//! The app's click, change (and input) and submit handlers as plain DOM listeners on its
//! root element, removed when the app goes. Not yew's `onclick={…}`: yew's
//! event delegation never removes its listeners (its `HostHandlers` forgets
//! them, and they hold the root's data and element), so every widget mount
//! leaked about 1.3 KB (issue 21). With these, the app registers no yew
//! listener at all: keep it that way (a `data-kh-*` attribute and the root's
//! click handler, as `Go` and the language switch do).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

type Handlers = Rc<RefCell<Option<(Callback<MouseEvent>, Callback<Event>, Callback<SubmitEvent>)>>>;

/// Listen on `root` with this render's callbacks (each render's replace the last).
#[hook]
pub fn use_root_listeners(root: &NodeRef, click: Callback<MouseEvent>, change: Callback<Event>, submit: Callback<SubmitEvent>) {
    let handlers: Handlers = use_mut_ref(|| None);
    *handlers.borrow_mut() = Some((click, change, submit));
    let root = root.clone();
    use_effect_with((), move |()| {
        let listeners = attach(&root, handlers);
        move || drop(listeners)
    });
}

#[cfg(target_arch = "wasm32")]
fn attach(root: &NodeRef, handlers: Handlers) -> Vec<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;

    let Some(el) = root.cast::<web_sys::Element>() else { return Vec::new() };
    // Not passive: the handlers call preventDefault.
    let on = |kind: &'static str, handle: fn(&Handlers, &web_sys::Event)| {
        let handlers = handlers.clone();
        EventListener::new_with_options(&el, kind, EventListenerOptions::enable_prevent_default(), move |e| handle(&handlers, e))
    };
    // (The callback is cloned out first: emitting may render, which replaces it.)
    vec![
        on("click", |h, e| {
            let f = h.borrow().as_ref().map(|h| h.0.clone());
            if let (Some(f), Some(e)) = (f, e.dyn_ref::<MouseEvent>()) {
                f.emit(e.clone());
            }
        }),
        on("change", |h, e| {
            let f = h.borrow().as_ref().map(|h| h.1.clone());
            if let Some(f) = f {
                f.emit(e.clone());
            }
        }),
        // Typing goes to the change handler too (a text field of the plan:
        // each character; its `change` after it is then the same text again).
        on("input", |h, e| {
            let f = h.borrow().as_ref().map(|h| h.1.clone());
            if let Some(f) = f {
                f.emit(e.clone());
            }
        }),
        on("submit", |h, e| {
            let f = h.borrow().as_ref().map(|h| h.2.clone());
            if let (Some(f), Some(e)) = (f, e.dyn_ref::<SubmitEvent>()) {
                f.emit(e.clone());
            }
        }),
    ]
}

/// (Natively nothing is clicked: prerendering and tests.)
#[cfg(not(target_arch = "wasm32"))]
fn attach(_root: &NodeRef, _handlers: Handlers) -> Vec<()> {
    Vec::new()
}
