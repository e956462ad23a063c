//! The app's click, change (and input) and submit events as plain DOM listeners on its
//! root element, removed when the app goes. Not yew's `onclick={…}`: yew's
//! event delegation never removes its listeners (its `HostHandlers` forgets
//! them, and they hold the root's data and element), so every widget mount
//! leaked about 1.3 KB (issue 21). With these, the app registers no yew
//! listener at all: keep it that way (a `data-kh-*` attribute and the page's
//! own `events.rs`, as `Go` and the language switch do).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// An event on the app's root, for the page that shows (`ui::pages::event`).
#[derive(Clone)]
pub enum Input {
    Click(MouseEvent),
    /// A `change`, or an `input` (typing in a text field of the plan: each
    /// character; its `change` after it is then the same text again).
    Change(Event),
    Submit(SubmitEvent),
}

impl Input {
    /// The DOM event underneath.
    pub fn event(&self) -> &Event {
        match self {
            Input::Click(e) => e.as_ref(),
            Input::Change(e) => e,
            Input::Submit(e) => e.as_ref(),
        }
    }
}

type Handler = Rc<RefCell<Option<Callback<Input>>>>;

/// Listen on `root` with this render's callback (each render's replaces the last).
#[hook]
pub fn use_root_listeners(root: &NodeRef, on_input: Callback<Input>) {
    let handler: Handler = use_mut_ref(|| None);
    *handler.borrow_mut() = Some(on_input);
    let root = root.clone();
    use_effect_with((), move |()| {
        let listeners = attach(&root, handler);
        move || drop(listeners)
    });
}

#[cfg(target_arch = "wasm32")]
fn attach(root: &NodeRef, handler: Handler) -> Vec<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;

    let Some(el) = root.cast::<web_sys::Element>() else { return Vec::new() };
    // Not passive: the pages call preventDefault.
    let on = |kind: &'static str, wrap: fn(&web_sys::Event) -> Option<Input>| {
        let handler = handler.clone();
        EventListener::new_with_options(&el, kind, EventListenerOptions::enable_prevent_default(), move |e| {
            // (The callback is cloned out first: emitting may render, which replaces it.)
            let f = handler.borrow().clone();
            if let (Some(f), Some(input)) = (f, wrap(e)) {
                f.emit(input);
            }
        })
    };
    vec![
        on("click", |e| e.dyn_ref::<MouseEvent>().cloned().map(Input::Click)),
        on("change", |e| Some(Input::Change(e.clone()))),
        on("input", |e| Some(Input::Change(e.clone()))),
        on("submit", |e| e.dyn_ref::<SubmitEvent>().cloned().map(Input::Submit)),
    ]
}

/// (Natively nothing is clicked: prerendering and tests.)
#[cfg(not(target_arch = "wasm32"))]
fn attach(_root: &NodeRef, _handler: Handler) -> Vec<()> {
    Vec::new()
}
