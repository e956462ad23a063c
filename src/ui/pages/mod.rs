//! The pages, one folder each: the view, and the page's own events where it
//! has any (`events.rs`: an [`Input`] in, an `Action` out). `App` renders the
//! page of the step and hands every event on its root to [`event`], which
//! asks the page that shows, then the links every page has (`ui::links`).
//! Pages without inputs are maud templates; the question page is a yew
//! component, so its inputs keep their DOM nodes (ARCHITECTURE.md, "Views").

pub mod check;
pub mod checkin;
pub mod context;
pub mod crisis;
pub mod plan;
pub mod question;
pub mod results;
pub mod start;

use super::capabilities::PLAN_PAGE;
use super::links;
pub use super::listeners::Input;
use super::state::{Action, Step};
pub use context::Context;

/// The state change of an event on the app's root: the page of the step
/// first, then the links and buttons of every page.
pub fn event(input: &Input, cx: &Context) -> Option<Action> {
    if let Input::Submit(e) = input {
        // (The app's only form: never a real submit, which would load a page.)
        e.prevent_default();
    }
    let own = match (cx.state.step, cx.plan) {
        (Step::Question(_), _) => question::events::event(input),
        // (The check-in's answers are the plan's: `plan.review`.)
        (Step::Plan | Step::CheckIn, Some(plan)) if PLAN_PAGE => plan::events::event(input, plan, cx),
        _ => None,
    };
    own.or_else(|| match input {
        Input::Click(e) => links::clicked(e, cx.lang),
        _ => None,
    })
}
