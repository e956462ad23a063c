//! The address bar (standalone): the fragment of the state, the title and
//! `<html lang>`. How the address changes (a new history entry, in place, in
//! place once typing pauses, or not at all) is the reducer's choice
//! (`State::address`); this hook only writes it, and never reads back what it
//! wrote.
//!
//! Browser Back and Forward and pasted links (`hashchange`) open the link in
//! the address (`Action::Open`, `shown`), and the app's own spelling of its
//! state replaces it in place; also when the link held only junk beside the
//! state, so the state did not change (a counter of opened links makes the
//! effect run then too). The `hashchange` of the app's own new entry is
//! told by the fragment it wrote.
//!
//! Each entry whose address is the app's own spelling of its state is marked
//! (`history.state`, `dom::mark_entry`), with whether it shows the notices of
//! the link that led there. So Back and Forward (issue 28 item 9): an entry
//! the app wrote without `taal=` is Dutch (a link from elsewhere without it
//! keeps the language shown), and Back to an entry with the same address as
//! the one shown (a tidied link can spell the entry before it: no
//! `hashchange` then, only `popstate`) takes away notices that entry did not
//! show.
//!
//! Typing in the plan: the state changes with every keystroke, the address
//! once typing pauses ([`replace_soon`]). `history.replaceState` is the
//! dearest part of a keystroke (0.9 ms of its 2 ms in Chromium), and Safari
//! refuses more than 100 calls in 30 seconds: after that the address would
//! keep an old plan, and a reload would lose what was typed since.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::capabilities::PLAN_PAGE;
use crate::ui::dom;
use crate::ui::state::{Action, Address, State, Step};
use crate::ui::url;

/// What the effect needs of the state.
#[derive(Clone, PartialEq)]
struct Place {
    answers: Answers,
    step: Step,
    lang: Lang,
}

/// Standalone (`on`): keep the address bar, the title and `<html lang>` in
/// step with the state; `fragment` is the state's, `title` its page title,
/// `lang` the language shown.
#[hook]
pub fn use_address(on: bool, state: &State, fragment: &str, title: String, lang: Lang, dispatcher: UseReducerDispatcher<State>) {
    // The fragment the app shows: the hashchange listener tells its own echo by it.
    let shown = use_mut_ref(String::new);
    // The link a hashchange opened: tidied only while the address still shows it.
    let opened_link = use_mut_ref(|| None::<String>);
    // How many links were opened: the effect runs after each, changed state or not.
    let opened = use_mut_ref(|| 0u32);
    let update = use_force_update();
    let before = use_mut_ref(|| None::<Place>);
    let hashchange = use_mut_ref(|| None);
    let popstate = use_mut_ref(|| None);
    // Whether the app shows a link's notices (for the popstate listener).
    let notices_shown = use_mut_ref(|| false);
    *notices_shown.borrow_mut() = !state.notices.is_empty();
    let place = Place { answers: state.answers.clone(), step: state.step, lang: state.lang };
    let change = state.address;
    let deps = (fragment.to_string(), title, lang, *opened.borrow(), on, !state.notices.is_empty());
    use_effect_with(deps, move |(fragment, title, lang, _, on, notices)| {
        if !*on {
            return;
        }
        remember(&shown, fragment);
        let previous = before.borrow_mut().replace(place.clone());
        let link = opened_link.borrow_mut().take();
        let current = dom::hash();
        if current == *fragment {
            cancel_pending();
        } else {
            match change {
                Address::Push => {
                    // Leaving a question with its answer: its history entry gets the
                    // answer too, so the browser's Back shows it chosen (as our Back link does).
                    if let Some(Place { answers, step: Step::Question(q), .. }) = previous {
                        if place.answers.is_answered(q) && answers != place.answers {
                            dom::set_hash(&url::fragment(rules(), &place.answers, Step::Question(q), place.lang), true);
                        }
                    }
                    cancel_pending();
                    dom::set_hash(fragment, false);
                }
                // (A build without the plan page has no typing to wait for.)
                Address::ReplaceSoon if PLAN_PAGE => replace_soon(fragment),
                Address::Keep => {}
                Address::Replace | Address::ReplaceSoon => {
                    // After a quick Back then Forward the address shows another
                    // link than the one opened: its own hashchange comes next.
                    if link.is_none_or(|l| l == current) {
                        cancel_pending();
                        dom::set_hash(fragment, true);
                    }
                }
            }
        }
        if dom::hash() == *fragment {
            dom::mark_entry(*notices);
        }
        dom::set_title(title);
        dom::set_document_lang(*lang);
        // Browser back/forward and pasted links: open the link in the address.
        // (Kept in the hook: removed when the app goes.)
        let mut hashchange = hashchange.borrow_mut();
        if hashchange.is_none() {
            let (own, dispatch) = (shown.clone(), dispatcher.clone());
            *popstate.borrow_mut() = dom::on_popstate(move || {
                // Back or Forward to an entry with the address shown: no hashchange follows.
                if is_own(&own) && *notices_shown.borrow() && dom::entry_mark() != Some(true) {
                    dispatch.dispatch(Action::Open { link: link_in_address(), shown: true });
                }
            });
            *hashchange = dom::on_hashchange(move || {
                if is_own(&shown) {
                    return;
                }
                // Back or Forward while the plan's address waits: the other entry wins.
                cancel_pending();
                let link = dom::hash();
                dispatcher.dispatch(Action::Open { link: link_in_address(), shown: true });
                *opened_link.borrow_mut() = Some(link);
                *opened.borrow_mut() += 1;
                update.force_update();
            });
        }
    });
}

/// The link in the address, as the app opens it. An entry the app wrote
/// spells Dutch without `taal=` (`url::fragment`): Back or Forward to it
/// shows Dutch again. A link from elsewhere without `taal=` keeps the
/// language shown.
fn link_in_address() -> url::Parsed {
    let mut link = url::parse(rules(), &dom::hash());
    if link.lang.is_none() && dom::entry_mark().is_some() {
        link.lang = Some(Lang::Nl);
    }
    link
}

/// The fragment the app shows (written by the effect); shared with the
/// hashchange listener.
type Shown = Rc<RefCell<String>>;

/// The effect showed `fragment`.
fn remember(shown: &Shown, fragment: &str) {
    if *shown.borrow() != fragment {
        *shown.borrow_mut() = fragment.to_string();
    }
}

/// Whether the address shows the fragment the app itself wrote: then the
/// `hashchange` is the echo of the app's own new history entry, not a link to
/// open (opening it would drop the notices of the link that led there).
fn is_own(shown: &Shown) -> bool {
    dom::hash() == *shown.borrow()
}

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
        dom::set_hash(&fragment, true);
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

