//! Small components, one folder each (`mod.rs` + `style.css`), and a few
//! shared view helpers.

pub mod category_card;
pub mod check_answers;
pub mod crisis_banner;
pub mod error_summary;
pub mod expert_card;
pub mod figures_panel;
pub mod language_switch;
pub mod notice_box;
pub mod question_page;
pub mod results_page;
pub mod share_actions;
pub mod start_page;

use yew::prelude::*;

use crate::engine::Lang;

use super::state::Step;
use super::text::{T, t};

/// A link to a step: a real `href` (the fragment, so it can be opened in a new
/// tab) and the step for the click handler.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLink {
    pub href: AttrValue,
    pub step: Step,
}

/// A click on a step link: handled in the app unless the user wants a new tab.
pub fn follow(link: &StepLink, on: &Callback<Step>) -> Callback<MouseEvent> {
    let (step, on) = (link.step, on.clone());
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        on.emit(step);
    })
}

/// The GOV.UK back link.
pub fn back_link(lang: Lang, back: &Option<StepLink>, on: &Callback<Step>) -> Html {
    match back {
        Some(link) => html! {
            <a class="kh-back-link kh-no-print" href={link.href.clone()} onclick={follow(link, on)}>{ t(lang, T::Back) }</a>
        },
        None => html! {},
    }
}

/// `tel:` address of a Dutch phone number as written ("0800-0113" → "tel:08000113").
pub fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}
