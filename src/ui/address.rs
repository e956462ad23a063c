//! The address bar after a `hashchange` (Back/Forward, a pasted or edited
//! link): it shows the app's own spelling of the state, without a new history
//! entry. When the link holds only junk beside the state (a 5 MB `stap=`, an
//! unknown question), the state and so the app's fragment stay the same, and
//! the app's effect (which writes the fragment when it changes) does not run:
//! this puts the fragment back in place of the junk.
//!
//! And typing in the plan: the state changes with every keystroke, the
//! address once typing pauses ([`replace_soon`]). `history.replaceState` is
//! the dearest part of a keystroke (0.9 ms of its 2 ms in Chromium), and
//! Safari refuses more than 100 calls in 30 seconds: after that the address
//! would keep an old plan, and a reload would lose what was typed since.

use std::cell::RefCell;
use std::rc::Rc;

/// The fragment the app shows (written by the app's effect); shared with the
/// hashchange listener.
pub type Shown = Rc<RefCell<String>>;

/// The app's effect showed `fragment`.
pub fn remember(shown: &Shown, fragment: &str) {
    if *shown.borrow() != fragment {
        *shown.borrow_mut() = fragment.to_string();
    }
}

/// Whether the address shows the fragment the app itself wrote: then the
/// `hashchange` is the echo of the app's own new history entry, not a link to
/// load (loading it would drop the notices of the link that led there).
pub fn is_own(shown: &Shown) -> bool {
    super::dom::hash() == *shown.borrow()
}

/// Call after dispatching the state of a hashchange to `loaded` (the
/// fragment it brought): a moment later, replace an address that still
/// shows `loaded` when the app shows the same state spelled otherwise (the
/// junk case above). Not when the app shows another state: then yew has not
/// rendered the loaded one yet (its render is not always in the same task),
/// and writing the old state over the new entry lost it (a quick Back
/// showed the previous page again, with a new history entry). Not when the
/// address has moved on either (a quick Back then Forward): that entry's own
/// hashchange comes next.
pub fn tidy_after_hashchange(shown: Shown, loaded: String) {
    #[cfg(target_arch = "wasm32")]
    gloo::timers::callback::Timeout::new(0, move || {
        let fragment = shown.borrow().clone();
        let now = super::dom::hash();
        if now == loaded && now != fragment && same_state(&now, &fragment) {
            super::dom::set_hash(&fragment, true);
        }
    })
    .forget();
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (shown, loaded); // (no hashchange natively)
}

/// Whether two fragments hold the same state (the same place in the app and
/// the same plan, as the app reads them), however they are spelled.
pub fn same_state(a: &str, b: &str) -> bool {
    let rules = crate::content::rules();
    let none = crate::engine::Answers::new(rules);
    let (a, b) = (super::url::parse(rules, a, &none), super::url::parse(rules, b, &none));
    a.same_place(&b) && a.plan == b.plan
}

/// Only a build with the plan page has typing to wait for: the others (the
/// site's wasm) write at once. The gates below keep all of this out of their
/// wasm (without the one in `replace_soon` the site's grows by 45 B brotli,
/// although `app.rs` calls it only with the plan page).
#[cfg(target_arch = "wasm32")]
use super::app::PLAN_PAGE;

/// How long typing must pause before the address follows (ms). At most
/// 30,000 / 300 = 100 writes in 30 s, Safari's limit, even for someone who
/// pauses after every key.
pub const TYPING_PAUSE_MS: u32 = 300;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The fragment waiting to be written, with its timer.
    static PENDING: RefCell<Option<(String, gloo::timers::callback::Timeout)>> = const { RefCell::new(None) };
    /// Whether the listeners that write it when the page is hidden are there.
    static ON_HIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Show `fragment` in place (no new history entry) once typing has paused
/// for [`TYPING_PAUSE_MS`], or at once when the page is hidden or left (a
/// switch to another app, closing the tab). A later call replaces it.
pub fn replace_soon(fragment: &str) {
    #[cfg(target_arch = "wasm32")]
    if PLAN_PAGE {
        if !ON_HIDE.with(|on| on.replace(true)) {
            if let Some(w) = web_sys::window() {
                gloo::events::EventListener::new(&w, "pagehide", |_| write_pending()).forget();
                if let Some(doc) = w.document() {
                    let hidden = doc.clone();
                    gloo::events::EventListener::new(&doc, "visibilitychange", move |_| {
                        if hidden.hidden() {
                            write_pending();
                        }
                    })
                    .forget();
                }
            }
        }
        let timer = gloo::timers::callback::Timeout::new(TYPING_PAUSE_MS, write_pending);
        // (Dropping the previous timer cancels it.)
        PENDING.with(|p| *p.borrow_mut() = Some((fragment.to_string(), timer)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = fragment; // (no address natively)
}

/// Write the waiting fragment now, if there is one.
pub fn write_pending() {
    #[cfg(target_arch = "wasm32")]
    if let Some((fragment, _timer)) = PENDING.with(|p| p.borrow_mut().take()) {
        super::dom::set_hash(&fragment, true);
    }
}

/// Forget the waiting fragment: another address takes its place (a step,
/// Back or Forward, or typing that went back to what the address shows).
pub fn cancel_pending() {
    #[cfg(target_arch = "wasm32")]
    if PLAN_PAGE {
        PENDING.with(|p| p.borrow_mut().take());
    }
}

#[cfg(test)]
mod tests {
    use super::same_state;

    #[test]
    fn the_same_state_however_spelled_and_not_another_step() {
        let fase = "rol=werknemer&sector=zorg-welzijn&omvang=groot&niveau=individu&fase=acuut&stap=fase";
        assert!(same_state(fase, "stap=fase&fase=acuut&niveau=individu&omvang=groot&sector=zorg-welzijn&rol=werknemer"));
        assert!(same_state(fase, &format!("{fase}&onbekend=1")), "junk beside the state is no other state");
        assert!(!same_state(fase, &fase.replace("stap=fase", "stap=hulp-nu")), "another step (a quick Back must not be overwritten)");
        assert!(!same_state(fase, &fase.replace("fase=acuut", "fase=signalen")), "another answer");
        assert!(!same_state(fase, &format!("{fase}&taal=en")), "another language");
    }
}
