//! The few browser calls the interface makes. In the browser they use web-sys;
//! natively (prerendering, `cargo test`) they do nothing, so the components
//! compile and render with yew's `ssr` feature.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Element, HtmlElement, HtmlInputElement};
    pub use web_sys::Element as Node;
    use yew::NodeRef;

    use crate::engine::Lang;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    /// The fragment without `#`.
    pub fn hash() -> String {
        let raw = window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        raw.trim_start_matches('#').to_string()
    }

    /// Show `fragment` in the address bar: a new history entry, or (on the
    /// first render, to tidy up the opened link) a replacement (which keeps
    /// the entry's mark, [`mark_entry`]).
    pub fn set_hash(fragment: &str, replace: bool) {
        let Some(w) = window() else { return };
        if replace {
            let loc = w.location();
            let base = format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
            let url = if fragment.is_empty() { base } else { format!("{base}#{fragment}") };
            if let Ok(history) = w.history() {
                let state = history.state().unwrap_or(JsValue::NULL);
                let _ = history.replace_state_with_url(&state, "", Some(&url));
            }
        } else {
            WRITING.with(|w| w.set(true));
            let _ = w.location().set_hash(fragment);
            WRITING.with(|w| w.set(false));
        }
    }

    thread_local! {
        /// Set while the app itself writes a new entry (a `popstate` then is its own).
        static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The marks in `history.state` of an entry whose address is the app's own
    /// spelling of what it shows: with or without a link's notices.
    const OURS: &str = "keuzehulp";
    const OURS_WITH_NOTICES: &str = "keuzehulp:notices";

    /// Mark the current history entry as the app's own spelling of its state
    /// (`notices`: it shows the notices of the link that led there).
    pub fn mark_entry(notices: bool) {
        if let Some(history) = window().and_then(|w| w.history().ok()) {
            let mark = if notices { OURS_WITH_NOTICES } else { OURS };
            if history.state().ok().and_then(|s| s.as_string()).as_deref() != Some(mark) {
                let _ = history.replace_state(&JsValue::from_str(mark), "");
            }
        }
    }

    /// The current entry's mark: `None` when the app did not write it (a
    /// link typed, pasted or opened), else whether it showed a link's notices.
    pub fn entry_mark() -> Option<bool> {
        let state = window()?.history().ok()?.state().ok()?.as_string()?;
        match state.as_str() {
            OURS => Some(false),
            OURS_WITH_NOTICES => Some(true),
            _ => None,
        }
    }

    pub fn href() -> String {
        window().and_then(|w| w.location().href().ok()).unwrap_or_default()
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    }

    pub fn set_document_lang(lang: Lang) {
        if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", lang.code());
        }
    }

    /// English when the browser prefers English; Dutch otherwise.
    pub fn browser_lang() -> Option<Lang> {
        let lang = window()?.navigator().language()?;
        lang.to_ascii_lowercase().starts_with("en").then_some(Lang::En)
    }

    /// Focus the first element matching `selector` inside `root`.
    /// The page back to its top when the app's top has scrolled out of view
    /// (standalone only: an embedded app never scrolls its host page).
    pub fn scroll_to_top(root: &NodeRef) {
        if let (Some(root), Some(w)) = (root.cast::<Element>(), window()) {
            if root.get_bounding_client_rect().top() < 0.0 {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    }

    pub fn focus_in(root: &NodeRef, selector: &str) {
        if let Some(root) = root.cast::<Element>() {
            focus_first(&root, selector);
        }
    }

    fn focus_first(within: &Element, selector: &str) {
        if let Ok(Some(el)) = within.query_selector(selector) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    }

    /// The element matching `selector` that the event happened on or inside.
    fn closest(e: &web_sys::Event, selector: &str) -> Option<Element> {
        e.target()?.dyn_into::<Element>().ok()?.closest(selector).ok()?
    }

    /// A click on or inside an element matching `selector`: that element and
    /// its `attr`. Not for a link clicked with a modifier key or another
    /// button (that opens a new tab or window). For one click handler over
    /// markup (see `ui::markup`).
    pub fn clicked(e: &yew::events::MouseEvent, selector: &str, attr: &str) -> Option<(Element, String)> {
        let el = closest(e, selector)?;
        let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0;
        if modified && el.tag_name() == "A" {
            return None;
        }
        let value = el.get_attribute(attr)?;
        Some((el, value))
    }

    /// `attr` of the element matching `selector` that the event happened on or inside.
    pub fn target_attribute(e: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
        closest(e, selector)?.get_attribute(attr)
    }

    /// The value of the input or textarea an event happened on.
    pub fn target_value(e: &web_sys::Event) -> Option<String> {
        let target = e.target()?;
        match target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            Some(area) => Some(area.value()),
            None => Some(target.dyn_ref::<HtmlInputElement>()?.value()),
        }
    }

    /// Put `value` back into the input or textarea an event happened on.
    pub fn set_target_value(e: &web_sys::Event, value: &str) {
        let Some(target) = e.target() else { return };
        if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        }
    }

    /// Whether the checkbox an event happened on is checked.
    pub fn target_checked(e: &web_sys::Event) -> bool {
        e.target().and_then(|t| t.dyn_ref::<HtmlInputElement>().map(|i| i.checked())).unwrap_or(false)
    }

    /// The text of the file chosen in the file input an event happened on
    /// (`None`: none, too big, or unreadable). The input is emptied, so the
    /// same file chosen again is read again.
    pub fn read_chosen_file(e: &web_sys::Event, done: impl FnOnce(Option<String>) + 'static) {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return done(None) };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        // A plan file is a few kilobytes; anything much bigger is something else.
        if file.size() > 1_000_000.0 {
            return done(None);
        }
        let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
        let fail_done = done.clone();
        let ok = Closure::once(move |text: JsValue| {
            if let Some(done) = done.take() {
                done(text.as_string());
            }
        });
        let fail = Closure::once(move |_: JsValue| {
            if let Some(done) = fail_done.take() {
                done(None);
            }
        });
        let _ = file.text().then2(&ok, &fail);
        ok.forget();
        fail.forget();
    }

    /// Focus the element with this id inside `root`, once the next frame is painted.
    pub fn focus_after_paint(root: &NodeRef, id: String) {
        let root = root.clone();
        after_next_paint(move || focus_in(&root, &format!("#{id}")));
    }

    /// An attribute of an element the click handler found.
    pub fn attribute(el: &Element, name: &str) -> Option<String> {
        el.get_attribute(name)
    }

    /// A click on an in-page link marked `data-kh-focus` (`href="#id"`):
    /// focus what it points at, inside the same page (a question or the
    /// advice; so also inside a widget's shadow root). A real fragment link
    /// would replace the answers in the address. False for any other click.
    pub fn focus_link_target(e: &yew::events::MouseEvent) -> bool {
        let Some(link) = closest(e, "a[data-kh-focus]") else { return false };
        if let (Some(href), Ok(Some(page))) = (link.get_attribute("href"), link.closest(".kh-question, .kh-results")) {
            focus_first(&page, &href);
        }
        true
    }

    /// "Share" clicked (`button`, in `share_actions`): copy the section's link,
    /// then say how it went in the status line; when the clipboard failed,
    /// show the link selected.
    pub fn share(button: &Element, copied: &'static str, fallback: &'static str) {
        let Ok(Some(section)) = button.closest(".kh-share") else { return };
        let Some(link) = section.get_attribute("data-kh-link") else { return };
        copy(&link, move |ok| {
            if let Ok(Some(status)) = section.query_selector(".kh-share__status") {
                status.set_text_content(Some(if ok { copied } else { fallback }));
            }
            if ok {
                return;
            }
            if let Ok(Some(field)) = section.query_selector(".kh-share__field") {
                let _ = field.remove_attribute("hidden");
            }
            if let Ok(Some(input)) = section.query_selector("input") {
                if let Ok(input) = input.dyn_into::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    pub fn print() {
        if let Some(w) = window() {
            let _ = w.print();
        }
    }

    /// Copy `text`; `done(true)` when it worked, `done(false)` when the clipboard is unavailable.
    pub fn copy(text: &str, done: impl Fn(bool) + 'static) {
        let Some(w) = window() else { return done(false) };
        let nav = w.navigator();
        let has_clipboard = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if !has_clipboard {
            return done(false);
        }
        let done = std::rc::Rc::new(done);
        let ok = {
            let done = done.clone();
            Closure::once(move |_: JsValue| done(true))
        };
        let fail = Closure::once(move |_: JsValue| done(false));
        let _ = nav.clipboard().write_text(text).then2(&ok, &fail);
        ok.forget();
        fail.forget();
    }

    /// Run `f` once the next frame is painted (an animation frame, then a task).
    /// A hidden page gets no frames: then at once.
    pub fn after_next_paint(f: impl FnOnce() + 'static) {
        let Some(w) = window() else { return f() };
        let visible = w.document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if !visible {
            return f();
        }
        let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
        let in_frame = f.clone();
        let frame = Closure::once_into_js(move || {
            if let Some(f) = in_frame.take() {
                // once_into_js frees itself when called; a forgotten gloo
                // Timeout kept its closure for ever, about 0.3 KB of heap per
                // walk through a widget (issue 28; memory-walk.test.mjs).
                let task = Closure::once_into_js(f);
                if let Some(w) = window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
                }
            }
        });
        if w.request_animation_frame(frame.unchecked_ref()).is_err() {
            if let Some(f) = f.take() {
                f();
            }
        }
    }

    /// Listen for `hashchange` on the window; the listener lives as long as the returned value.
    pub fn on_hashchange(callback: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
        let w = window()?;
        Some(gloo::events::EventListener::new(&w, "hashchange", move |_| callback()))
    }

    /// Listen for `popstate` (Back, Forward, a new fragment) on the window,
    /// except the one of the app's own new entry; lives as long as the returned value.
    pub fn on_popstate(callback: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
        let w = window()?;
        Some(gloo::events::EventListener::new(&w, "popstate", move |_| {
            if !WRITING.with(|w| w.get()) {
                callback();
            }
        }))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::engine::Lang;
    use yew::NodeRef;

    pub fn hash() -> String {
        String::new()
    }
    pub fn set_hash(_fragment: &str, _replace: bool) {}
    pub fn href() -> String {
        String::new()
    }
    pub fn set_title(_title: &str) {}
    pub fn set_document_lang(_lang: Lang) {}
    pub fn browser_lang() -> Option<Lang> {
        None
    }
    pub fn focus_in(_root: &NodeRef, _selector: &str) {}
    pub fn scroll_to_top(_root: &NodeRef) {}
    /// (No element natively: clicks never happen.)
    pub enum Node {}
    pub fn clicked(_e: &yew::events::MouseEvent, _selector: &str, _attr: &str) -> Option<(Node, String)> {
        None
    }
    pub fn share(_button: &Node, _copied: &'static str, _fallback: &'static str) {}
    pub fn attribute(_el: &Node, _name: &str) -> Option<String> {
        None
    }
    pub fn target_attribute(_e: &yew::Event, _selector: &str, _attr: &str) -> Option<String> {
        None
    }
    pub fn target_value(_e: &yew::Event) -> Option<String> {
        None
    }
    pub fn set_target_value(_e: &yew::Event, _value: &str) {}
    pub fn target_checked(_e: &yew::Event) -> bool {
        false
    }
    pub fn read_chosen_file(_e: &yew::Event, _done: impl FnOnce(Option<String>) + 'static) {}
    pub fn focus_after_paint(_root: &NodeRef, _id: String) {}
    pub fn focus_link_target(_e: &yew::events::MouseEvent) -> bool {
        false
    }
    pub fn print() {}
    pub fn copy(_text: &str, done: impl Fn(bool) + 'static) {
        done(false)
    }
    pub fn after_next_paint(f: impl FnOnce() + 'static) {
        f()
    }
    pub fn on_hashchange(_callback: impl Fn() + 'static) -> Option<()> {
        None
    }
    pub fn on_popstate(_callback: impl Fn() + 'static) -> Option<()> {
        None
    }
    pub fn mark_entry(_notices: bool) {}
    pub fn entry_mark() -> Option<bool> {
        None
    }
}

pub use imp::*;
