//! Focus on a new step: on every step change focus moves to the new h1 (not
//! on the first render; standalone the page scrolls to its top first), and on
//! every failed Next to the error summary. And the results page in two
//! frames (`pages::results::Props::complete`): its top in the frame after
//! the click, the rest once that frame is painted; natively (prerendering,
//! tests) all at once.

use yew::prelude::*;

use crate::ui::dom;
use crate::ui::state::Step;

/// Returns whether the results page may show all of itself.
#[hook]
pub fn use_step_focus(root: &NodeRef, step: Step, error: u32, standalone: bool) -> bool {
    let results_complete = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    let before = use_mut_ref(|| None);
    let root = root.clone();
    let complete = results_complete.clone();
    use_effect_with((step, error), move |&(step, error)| {
        let before = before.borrow_mut().replace((step, error));
        let first = before.is_none();
        let new_step = before.is_none_or(|(was, _)| was != step);
        if new_step {
            if step == Step::Results {
                dom::after_next_paint(move || complete.set(true));
            } else {
                complete.set(false);
            }
            if !first {
                // To the top first: focus alone leaves a heading that is
                // already on screen where the long page before left it.
                if standalone {
                    dom::scroll_to_top(&root);
                }
                dom::focus_in(&root, "h1");
            }
        } else if error > 0 {
            dom::focus_in(&root, ".kh-error-summary");
        }
    });
    *results_complete
}
