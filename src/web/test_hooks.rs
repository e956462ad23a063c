//! Test builds only (cargo feature `test-hooks`, never in a published build):
//! opening the fragment `#kh-test-panic` panics, so the browser tests can check
//! what a user sees when the app breaks.
//!
//! The wasm is built with `immediate-abort` panics (see `xtask/src/build.rs`):
//! a panic is a bare trap, no Rust code runs after it. The trap reaches
//! JavaScript as a `WebAssembly.RuntimeError`, and `www/main.js` (the site) or
//! `www/embed.js` (widgets) put the "stopped" message in place of the app.

use std::sync::Once;

/// Opening this fragment panics.
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
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
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
    });
}
