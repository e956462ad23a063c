//! What a page's events may use besides the event itself.

use std::rc::Rc;

use yew::{NodeRef, UseReducerDispatcher};

use crate::engine::Lang;
use crate::ui::plan::Plan;
use crate::ui::state::State;

/// What a page's events may use besides the event.
pub struct Context<'a> {
    pub state: &'a State,
    /// The language shown.
    pub lang: Lang,
    /// The plan as the plan page shows it (on that page only).
    pub plan: Option<&'a Rc<Plan>>,
    /// The app's root element (to move focus in).
    pub root: &'a NodeRef,
    /// For what comes later than the event (a file read).
    pub dispatcher: &'a UseReducerDispatcher<State>,
}

