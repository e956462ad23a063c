//! Back and Forward in an embedded app (the widget and the iframe page).
//!
//! Standalone, every step is a URL fragment. Embedded, the host's URL is not
//! ours, but without history entries the browser's Back leaves the intranet
//! page and every answer is gone. So each step change pushes one entry with
//! the same URL (`history.pushState({keuzehulp: n}, "")`): the state object
//! holds only a sequence number. The answers of each entry stay in this app's
//! memory (`Entries`), gone with the page, as before; nothing is written to
//! the URL, to storage or to the history state but that number.
//! On `popstate` the app shows the state it had at that entry (its last entry
//! at or before it; the start for an entry that is not ours).

use yew::prelude::*;

use crate::engine::Answers;
use crate::ui::capabilities::EMBEDDED_HISTORY;
use crate::ui::state::{Action, State, Step};

/// The state object's key: `{keuzehulp: n}`.
pub const KEY: &str = "keuzehulp";

/// This app's state at each of its history entries.
#[derive(Default)]
pub struct Entries {
    /// The state when the app started (the entry before its first push).
    initial: Option<(Answers, Step)>,
    /// (sequence number, state) in push order.
    pushed: Vec<(u32, Answers, Step)>,
    /// The state shown now (recorded or restored).
    current: Option<(Answers, Step)>,
}

impl Entries {
    /// The app shows `answers` at `step`: the sequence number to push, or
    /// `None` (the first state, the same step, or a state restored by Back).
    /// `next` gives a page-wide new sequence number (several widgets share the history).
    pub fn record(&mut self, answers: &Answers, step: Step, next: impl FnOnce() -> u32) -> Option<u32> {
        let now = (answers.clone(), step);
        let Some(current) = &self.current else {
            self.initial = Some(now.clone());
            self.current = Some(now);
            return None;
        };
        if current.1 == step {
            // (Another language, or a restored state arriving: nothing to push.)
            self.current = Some(now);
            return None;
        }
        // Leaving a question with its answer: its entry gets the answer too, so
        // Back shows it chosen (as the app's own Back link does, and as standalone).
        let left = current.1;
        if matches!(left, Step::Question(_)) {
            match self.pushed.last_mut() {
                Some((_, a, s)) if *s == left => *a = answers.clone(),
                None if self.initial.as_ref().is_some_and(|(_, s)| *s == left) => self.initial = Some((answers.clone(), left)),
                _ => {}
            }
        }
        let seq = next();
        self.pushed.push((seq, now.0.clone(), step));
        self.current = Some(now);
        Some(seq)
    }

    /// The state to show for the entry Back or Forward went to (`popped`: its
    /// sequence number, `None` for an entry that is not ours), if it differs
    /// from what shows now.
    pub fn restore(&mut self, popped: Option<u32>) -> Option<(Answers, Step)> {
        let target = popped
            .and_then(|n| self.pushed.iter().rev().find(|(seq, ..)| *seq <= n))
            .map(|(_, a, s)| (a.clone(), *s))
            .or_else(|| self.initial.clone())?;
        if self.current.as_ref() == Some(&target) {
            return None;
        }
        self.current = Some(target.clone());
        Some(target)
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::Cell;

    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        /// Page-wide: every widget's entries are numbered in one order.
        static SEQ: Cell<u32> = const { Cell::new(0) };
    }

    /// Push a same-URL entry holding only `{keuzehulp: seq}`.
    pub fn push(seq: u32) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
        let state = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&state, &super::KEY.into(), &JsValue::from(seq));
        let _ = history.push_state(&state, "");
    }

    pub fn next_seq() -> u32 {
        SEQ.with(|s| {
            s.set(s.get() + 1);
            s.get()
        })
    }

    /// The sequence number of the entry the browser is on, if it is ours.
    fn popped() -> Option<u32> {
        let state = web_sys::window()?.history().ok()?.state().ok()?;
        if !state.is_object() {
            return None;
        }
        let n = js_sys::Reflect::get(&state, &super::KEY.into()).ok()?.as_f64()?;
        (n >= 1.0).then_some(n as u32)
    }

    /// Listen for Back and Forward; `restore` gets the popped entry's number.
    pub fn on_popstate(restore: impl Fn(Option<u32>) + 'static) -> Option<gloo::events::EventListener> {
        let w = web_sys::window()?;
        Some(gloo::events::EventListener::new(w.unchecked_ref(), "popstate", move |_| restore(popped())))
    }

    pub type Listener = gloo::events::EventListener;
}

/// (Natively there is no history.)
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn push(_seq: u32) {}
    pub fn next_seq() -> u32 {
        0
    }
    pub fn on_popstate(_restore: impl Fn(Option<u32>) + 'static) -> Option<Listener> {
        None
    }
    pub type Listener = ();
}

use imp::*;

/// Embedded (`on`), in a build that keeps embedded history: a history entry
/// per step, and Back and Forward show the state of their entry.
#[hook]
pub fn use_embedded_history(on: bool, answers: &Answers, step: Step, dispatcher: UseReducerDispatcher<State>) {
    let history = use_mut_ref(Entries::default);
    let popstate = use_mut_ref(|| None::<Listener>);
    use_effect_with((answers.clone(), step), move |(answers, step)| {
        if !(EMBEDDED_HISTORY && on) {
            return;
        }
        if let Some(seq) = history.borrow_mut().record(answers, *step, next_seq) {
            push(seq);
        }
        let mut popstate = popstate.borrow_mut();
        if popstate.is_none() {
            *popstate = on_popstate(move |popped| {
                let target = history.borrow_mut().restore(popped);
                if let Some((answers, step)) = target {
                    dispatcher.dispatch(Action::Load { answers, step, lang: None, notices: Vec::new(), plan: None });
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::rules;

    #[test]
    fn a_step_change_pushes_and_back_restores_the_answers() {
        let none = Answers::new(rules());
        let (answered, _) = Answers::parse(rules(), "rol=werknemer");
        let mut seq = 10;
        let mut next = || {
            seq += 1;
            seq
        };
        let mut e = Entries::default();
        assert_eq!(e.record(&none, Step::Start, &mut next), None, "the first state is the host's entry");
        assert_eq!(e.record(&none, Step::Question(0), &mut next), Some(11));
        assert_eq!(e.record(&answered, Step::Question(1), &mut next), Some(12));
        assert_eq!(e.record(&answered, Step::Question(1), &mut next), None, "a language switch pushes nothing");
        // Back to entry 11: the first question, with the answer given on leaving it.
        assert_eq!(e.restore(Some(11)), Some((answered.clone(), Step::Question(0))));
        assert_eq!(e.record(&answered, Step::Question(0), &mut next), None, "the restored state is not pushed again");
        // Forward: the answer is back.
        assert_eq!(e.restore(Some(12)), Some((answered.clone(), Step::Question(1))));
        // Another widget's later entry: this one's last entry before it.
        assert_eq!(e.restore(Some(13)), None);
        // The host's own entry: the start, as it was.
        assert_eq!(e.restore(None), Some((none, Step::Start)));
        // After Back, a new step drops nothing: the entries before it still restore.
        assert_eq!(e.restore(Some(11)), Some((answered.clone(), Step::Question(0))));
        assert_eq!(e.record(&answered, Step::Check, &mut next), Some(13));
        assert_eq!(e.restore(Some(11)), Some((answered.clone(), Step::Question(0))));
        assert_eq!(e.restore(Some(13)), Some((answered, Step::Check)));
    }
}
