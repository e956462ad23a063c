//! The plan page's events: DOM events in (through the app root's listeners,
//! `ui::listeners`: no yew listener, which would leak per widget mount), an
//! [`Edit`] out, and [`apply`] makes the plan after it; [`event`] gives the
//! app's reducer the result. A refused edit (too long, too many items)
//! leaves the plan as it was and says why.

use std::rc::Rc;

use yew::Event;

use crate::content::rules;
use crate::ui::dom;
use crate::ui::checkin::{self, Compared, Steps};
use crate::ui::listeners::Input;
use crate::ui::pages::context::Context;
use crate::ui::plan::{self, Field, Part, Plan, Refusal};
use crate::ui::state::Action;
use crate::ui::url;

/// What the user did on the plan page.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Type(Field, String),
    Done(u32, bool),
    Remove(u32),
    Add,
    /// A file was chosen to open (read by `dom`, then `plan::link_in_text`).
    OpenFile,
    /// "Ook in wat ik deel en print" ticked or not.
    Share(Part, bool),
    /// The reminder's day (`YYYY-MM-DD`): a suggestion, or the date field.
    RemindOn(String),
    /// An answer of the check-in.
    Review(checkin::Answers),
    /// The check-in's "Zet het in het plan": what is new becomes an item.
    AddNew,
}

/// A `change` or `input` event on the page: a typed text, a ticked item, a chosen file.
pub fn changed(e: &Event) -> Option<Edit> {
    if let Some(id) = dom::target_attribute(e, "input[data-kh-plan-share]", "id") {
        return Some(Edit::Share(Part::from_id(&id)?, dom::target_checked(e)));
    }
    if dom::target_attribute(e, "input[data-kh-plan-remind-day]", "id").is_some() {
        return Some(Edit::RemindOn(dom::target_value(e)?));
    }
    if let Some(question) = dom::target_attribute(e, "input[data-kh-review]", "data-kh-review") {
        return review(question.as_str(), dom::target_value(e)?.as_str(), e.type_() == "change");
    }
    if let Some(key) = dom::target_attribute(e, "input[data-kh-plan-done]", "data-kh-plan-done") {
        return Some(Edit::Done(key.parse().ok()?, dom::target_checked(e)));
    }
    if dom::target_attribute(e, "input[data-kh-plan-file]", "id").is_some() {
        return (e.type_() == "change").then_some(Edit::OpenFile);
    }
    let id = dom::target_attribute(e, "[data-kh-plan-field]", "id")?;
    Some(Edit::Type(Field::from_id(&id)?, dom::target_value(e)?))
}

/// An answer of the check-in: its question (`data-kh-review`) and the
/// radio's value; the current answers are added by [`dispatch`].
fn review(question: &str, value: &str, change: bool) -> Option<Edit> {
    if !change {
        return None;
    }
    let mut a = checkin::Answers::default();
    match (question, value) {
        ("compared", v) => a.compared = Some(checkin::Answers::COMPARED.into_iter().find(|c| compared_value(*c) == v)?),
        ("steps", v) => a.steps = Some(checkin::Answers::STEPS.into_iter().find(|s| steps_value(*s) == v)?),
        ("danger", "ja") => a.danger = Some(true),
        ("danger", "nee") => a.danger = Some(false),
        _ => return None,
    }
    Some(Edit::Review(a))
}

/// A radio's value for each answer (what [`review`] reads back).
pub fn compared_value(c: Compared) -> &'static str {
    match c {
        Compared::Better => "beter",
        Compared::Same => "hetzelfde",
        Compared::Worse => "slechter",
    }
}

pub fn steps_value(s: Steps) -> &'static str {
    match s {
        Steps::Done => "ja",
        Steps::Partly => "deels",
        Steps::NotDone => "nee",
    }
}

/// A click on the page: "Punt toevoegen", an item's "Verwijder", a suggested reminder day.
pub fn clicked(e: &yew::events::MouseEvent) -> Option<Edit> {
    if let Some(day) = dom::target_attribute(e, "[data-kh-plan-remind]", "data-kh-plan-remind") {
        return Some(Edit::RemindOn(day));
    }
    if dom::target_attribute(e, "[data-kh-plan-add-new]", "id").is_some() {
        return Some(Edit::AddNew);
    }
    if let Some(key) = dom::target_attribute(e, "[data-kh-plan-remove]", "data-kh-plan-remove") {
        return Some(Edit::Remove(key.parse().ok()?));
    }
    dom::target_attribute(e, "[data-kh-plan-add]", "id").map(|_| Edit::Add)
}

/// The plan after `edit`, and whether it was taken. A refused edit gives the
/// plan as it was, with what was refused (the page says so; nothing is lost).
pub fn apply(plan: &Plan, edit: &Edit) -> (Plan, bool) {
    let mut next = plan.clone();
    let (result, refusal) = match edit {
        Edit::Type(field, text) => (next.set(*field, text), Refusal::TooLong(*field)),
        Edit::Done(key, done) => (Ok(next.set_done(*key, *done)), Refusal::TooMany),
        Edit::Remove(key) => (Ok(next.remove(*key)), Refusal::TooMany),
        Edit::Add => (next.add(), Refusal::TooMany),
        Edit::OpenFile => (Ok(()), Refusal::TooMany),
        Edit::Share(part, shared) => {
            next.set_shared(*part, *shared);
            (Ok(()), Refusal::TooMany)
        }
        Edit::RemindOn(day) => {
            next.remind_on = day.clone();
            (Ok(()), Refusal::TooMany)
        }
        Edit::AddNew => (next.add_new(), Refusal::TooMany),
        Edit::Review(answer) => {
            let r = &mut next.review;
            r.compared = answer.compared.or(r.compared);
            r.steps = answer.steps.or(r.steps);
            r.danger = answer.danger.or(r.danger);
            (Ok(()), Refusal::TooMany)
        }
    };
    let ok = result.is_ok();
    if !ok {
        next = plan.clone();
    }
    next.refused = (!ok).then_some(refusal);
    (next, ok)
}

/// The id of the field that gets focus after `edit` (a new item's first
/// field; "Punt toevoegen" once an item is gone).
pub fn focus_after(plan: &Plan, edit: &Edit) -> Option<String> {
    match edit {
        Edit::Add => plan.items.last().map(|i| Field::Item(i.key, 0).id()),
        Edit::Remove(_) => Some("kh-plan-add".into()),
        _ => None,
    }
}

/// The text a field has in `plan` (what a refused edit puts back).
pub fn text_of(plan: &Plan, field: Field) -> String {
    match field {
        Field::Item(key, f) => plan.items.iter().find(|i| i.key == key).map(|i| i.fields[f].clone()).unwrap_or_default(),
        Field::Talk(n) => plan.talk.get(n).cloned().unwrap_or_default(),
        Field::Situation => plan.situation.clone(),
        Field::New => plan.review_new.clone(),
    }
}

/// The refusal for a file that holds no plan.
pub fn not_a_plan(plan: &Plan) -> Plan {
    let mut next = plan.clone();
    next.refused = Some(Refusal::NotAPlan);
    next
}

/// The fragment of a plan file's link, if the text is a plan.
pub fn link_in(text: &str) -> Option<String> {
    plan::link_in_text(text).map(str::to_string)
}

/// An event on the plan page, for the app's reducer: the new plan (a refused
/// text is put back in its field, and the page says why), with focus where
/// it belongs after adding or removing an item; or a chosen file read and
/// its plan opened (later: its link's answers read as the app reads a link).
pub fn event(input: &Input, plan: &Rc<Plan>, cx: &Context) -> Option<Action> {
    let edit = match input {
        Input::Click(e) => clicked(e),
        Input::Change(e) => changed(e),
        Input::Submit(_) => None,
    }?;
    let e = input.event();
    if edit == Edit::OpenFile {
        let (dispatcher, plan) = (cx.dispatcher.clone(), plan.clone());
        dom::read_chosen_file(e, move |text| match text.as_deref().and_then(link_in) {
            Some(fragment) => dispatcher.dispatch(Action::Open { link: url::parse(rules(), &fragment), shown: false }),
            None => dispatcher.dispatch(Action::SetPlan(not_a_plan(&plan))),
        });
        return None;
    }
    let (next, ok) = apply(plan, &edit);
    match (&edit, ok) {
        (Edit::Type(field, _), false) => dom::set_target_value(e, &text_of(plan, *field)),
        (_, true) => {
            if let Some(id) = focus_after(&next, &edit) {
                dom::focus_after_paint(cx.root, id);
            }
        }
        _ => {}
    }
    // A crisis answer in the check-in: "Hulp nu" at once (the plan kept first).
    let help_now = matches!(edit, Edit::Review(_)) && checkin::route(&next.review, None) == Some(checkin::Next::HelpNow);
    if help_now {
        cx.dispatcher.dispatch(Action::SetPlan(next));
        return Some(Action::Goto(crate::ui::step::Step::Crisis));
    }
    Some(Action::SetPlan(next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::plan::{MAX_CHARS, MAX_ITEMS};

    fn full_of(plan: &Plan) -> Plan {
        let mut full = plan.clone();
        while full.items.len() < MAX_ITEMS {
            full.add().unwrap();
        }
        full
    }

    #[test]
    fn edits_change_the_plan_and_refusals_leave_it() {
        let plan = Plan::default();
        let (plan, ok) = apply(&plan, &Edit::Add);
        assert!(ok && plan.items.len() == 1 && plan.refused.is_none());
        let key = plan.items[0].key;
        assert_eq!(focus_after(&plan, &Edit::Add), Some(Field::Item(key, 0).id()));
        let (plan, ok) = apply(&plan, &Edit::Type(Field::Item(key, 0), "é 😀\nregel".into()));
        assert!(ok);
        assert_eq!(plan.items[0].fields[0], "é 😀\nregel");
        let long = "x".repeat(MAX_CHARS + 1);
        let (refused, ok) = apply(&plan, &Edit::Type(Field::Item(key, 0), long));
        assert!(!ok);
        assert_eq!(refused.items[0].fields[0], "é 😀\nregel", "the text stays");
        assert_eq!(refused.refused, Some(Refusal::TooLong(Field::Item(key, 0))));
        let (plan, _) = apply(&refused, &Edit::Done(key, true));
        assert!(plan.items[0].done && plan.refused.is_none(), "the next edit clears the refusal");
        let mut full = plan.clone();
        while full.items.len() < MAX_ITEMS {
            full = apply(&full, &Edit::Add).0;
        }
        let (after, ok) = apply(&full, &Edit::Add);
        assert!(!ok && after.items.len() == MAX_ITEMS && after.refused == Some(Refusal::TooMany));
        let (plan, _) = apply(&plan, &Edit::Remove(key));
        assert!(plan.items.is_empty());
        // The check-in's news becomes an item; empty news adds nothing.
        let (same, ok) = apply(&plan, &Edit::AddNew);
        assert!(ok && same.items.is_empty());
        let (typed, _) = apply(&plan, &Edit::Type(Field::New, "Nieuwe leidinggevende".into()));
        let (added, ok) = apply(&typed, &Edit::AddNew);
        assert!(ok && added.items.len() == 1 && added.items[0].fields[0] == "Nieuwe leidinggevende" && added.review_new.is_empty());
        let (refused, ok) = apply(&typed, &Edit::AddNew.clone());
        assert!(ok && refused.items.len() == 1);
        let (refused, ok) = apply(&full_of(&typed), &Edit::AddNew);
        assert!(!ok && refused.review_new == "Nieuwe leidinggevende", "a full plan keeps the news and says so");
        assert_eq!(not_a_plan(&plan).refused, Some(Refusal::NotAPlan));
    }
}
