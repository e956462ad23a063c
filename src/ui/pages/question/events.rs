//! The question page's events: an option chosen (`Action::Choose`, kept in
//! `State::draft`), Next (`Action::Next`). What is not the question form's is
//! `None`.

use crate::ui::dom;
use crate::ui::listeners::Input;
use crate::ui::state::Action;

pub fn event(input: &Input) -> Option<Action> {
    match input {
        Input::Change(e) => changed(e),
        Input::Submit(e) => submitted(e),
        Input::Click(_) => None,
    }
}

/// An option input changed: `Action::Choose` with its question (the form's
/// `data-kh-question`) and option (the input's `data-kh-option`).
fn changed(e: &yew::Event) -> Option<Action> {
    // Only `change`: a checkbox also fires `input` (which the root hands here
    // too, for the plan's text fields), and a second toggle would undo the first.
    if e.type_() != "change" {
        return None;
    }
    let option = dom::target_attribute(e, "input[data-kh-option]", "data-kh-option")?.parse().ok()?;
    let question = dom::target_attribute(e, "form[data-kh-question]", "data-kh-question")?.parse().ok()?;
    Some(Action::Choose { question, option })
}

/// Next: `Action::Next` for the form's question.
fn submitted(e: &yew::events::SubmitEvent) -> Option<Action> {
    let question = dom::target_attribute(e, "form[data-kh-question]", "data-kh-question")?.parse().ok()?;
    Some(Action::Next { question })
}
