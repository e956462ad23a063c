//! The address bar after a `hashchange` (Back/Forward, a pasted or edited
//! link): it shows the app's own spelling of the state, without a new history
//! entry. When the link holds only junk beside the state (a 5 MB `stap=`, an
//! unknown question), the state and so the app's fragment stay the same, and
//! the app's effect (which writes the fragment when it changes) does not run:
//! this puts the fragment back in place of the junk.

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

/// Call after dispatching a hashchange's state: once yew has rendered (its
/// effect has then written a changed fragment, in a microtask), replace an
/// address that still differs from the shown fragment.
pub fn tidy_after_hashchange(shown: Shown) {
    #[cfg(target_arch = "wasm32")]
    gloo::timers::callback::Timeout::new(0, move || {
        let fragment = shown.borrow().clone();
        if super::dom::hash() != fragment {
            super::dom::set_hash(&fragment, true);
        }
    })
    .forget();
    #[cfg(not(target_arch = "wasm32"))]
    let _ = shown; // (no hashchange natively)
}
