//! When the app panics: log it, and put a friendly message in place of the app.
//!
//! The release build has `panic = "abort"`: after the hook the wasm instance is
//! dead and every later call into it throws. So the message is plain static
//! markup (Dutch and English, the crisis line as `tel:` links) and its reload
//! control needs no wasm: in the standalone page a `<button class="kh-reload">`
//! that `www/main.js` handles with a delegated listener registered before the
//! wasm starts; in a widget an `<a href="">` (a link to the host page itself,
//! which works without any script). `<html data-keuzehulp="failed">` tells
//! tests (and curious people) what happened.
//!
//! With the cargo feature `test-hooks` (never in a published build) opening the
//! fragment `#kh-test-panic` panics, so the browser tests can force this path.

use std::cell::RefCell;
use std::sync::Once;

use wasm_bindgen::JsCast;

/// The standalone app's root (see `www/index.html`).
const APP_ROOT: &str = "keuzehulp-app";

thread_local! {
    /// Widget roots mounted with `mount_widget`; each gets the message.
    static WIDGETS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Install the panic hook (once). `widget`: the element a widget was mounted
/// in; `None` for the standalone app (`#keuzehulp-app`). Call it first.
pub fn install(widget: Option<&web_sys::Element>) {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        // Through yew: its renderer replaces any hook not set this way.
        yew::set_custom_panic_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            show_failure();
        }));
        #[cfg(feature = "test-hooks")]
        test_hooks::install();
    });
    if let Some(el) = widget {
        WIDGETS.with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.retain(|e| e.is_connected() && e != el);
                w.push(el.clone());
            }
        });
    }
}

/// Replace the app (and every widget) with the message. Runs inside the panic
/// hook: nothing here may panic (a second panic aborts before the message shows).
fn show_failure() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.get_element_by_id(APP_ROOT) {
        replace_with_message(&root, &standalone_message());
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-keuzehulp", "failed");
        }
    }
    WIDGETS.with(|w| {
        if let Ok(w) = w.try_borrow() {
            let markup = widget_message();
            // Only elements that still hold a widget (a destroyed one may be the host's again).
            for el in w.iter().filter(|el| el.query_selector(".kh-app").ok().flatten().is_some()) {
                replace_with_message(el, &markup);
            }
        }
    });
}

fn replace_with_message(root: &web_sys::Element, markup: &str) {
    root.set_inner_html(markup);
    if let Ok(Some(heading)) = root.query_selector(".kh-failure__heading") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// The page: an h1, and a reload button that `www/main.js` handles (keeps the answers in the URL).
fn standalone_message() -> String {
    message("h1", " Je antwoorden staan nog in het adres van de pagina.", r#"<button type="button" class="kh-button kh-reload">Pagina opnieuw laden <span lang="en">(Reload the page)</span></button>"#)
}

/// A widget: an h2 (the host page has its own h1), and a plain link to the host page.
fn widget_message() -> String {
    message("h2", "", r#"<a class="kh-button kh-reload" href="">Pagina opnieuw laden <span lang="en">(Reload the page)</span></a>"#)
}

/// Static markup only: nothing from the panic or the user goes into it.
fn message(h: &str, kept: &str, reload: &str) -> String {
    format!(
        r#"<div class="kh-notice kh-failure" role="alert" lang="nl">
<{h} class="kh-failure__heading" tabindex="-1">De keuzehulp is vastgelopen</{h}>
<p>Dat ligt niet aan jou. Laad de pagina opnieuw om verder te gaan.{kept}</p>
<p><strong>Voel je je erg slecht of denk je aan zelfdoding?</strong> Bel dan meteen <a href="tel:113">113</a> of gratis <a href="tel:08000113">0800-0113</a>. Je kunt dag en nacht bellen. Ben je in direct gevaar? Bel <a href="tel:112">112</a>.</p>
<p lang="en">The choice aid stopped working. This is not your fault: reload the page to continue. In crisis, call <a href="tel:113">113</a> or <a href="tel:08000113">0800-0113</a> (free, day and night). In danger, call <a href="tel:112">112</a>.</p>
<p>{reload}</p>
</div>"#
    )
}

#[cfg(feature = "test-hooks")]
mod test_hooks {
    /// Opening this fragment panics (test builds only).
    const FRAGMENT: &str = "#kh-test-panic";

    fn opened() -> bool {
        web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h == FRAGMENT)
    }

    fn panic_now() {
        panic!("test hook: {FRAGMENT} was opened");
    }

    /// Opened with the page: panic just after the first render (the app tidies
    /// the address, so look now). Opened later: panic on `hashchange`.
    pub fn install() {
        let Some(window) = web_sys::window() else { return };
        if opened() {
            gloo::timers::callback::Timeout::new(0, panic_now).forget();
        }
        gloo::events::EventListener::new(&window, "hashchange", |_| {
            if opened() {
                panic_now();
            }
        })
        .forget();
    }
}
