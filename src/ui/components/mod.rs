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

use crate::engine::{Lang, Str};

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

/// A result card (an approach or an expert): a full `<article>`, or folded
/// into `<details>` further down the list. `extra` is appended to the card's
/// classes (" kh-expert").
pub fn card(name: &str, body: Html, collapsed: bool, extra: &str) -> Html {
    if collapsed {
        html! {
            <details class={format!("kh-card kh-card--folded{extra}")}>
                <summary class="kh-card__summary">{ name }</summary>
                <div class="kh-card__body">{ body }</div>
            </details>
        }
    } else {
        html! {
            <article class={format!("kh-card{extra}")}>
                <h3 class="kh-card__title">{ name }</h3>
                { body }
            </article>
        }
    }
}

/// A link that opens in a new window, saying so to screen readers.
pub fn external(lang: Lang, url: &str, label: &str) -> Html {
    html! {
        <a href={url.to_string()} rel="noopener noreferrer" target="_blank">
            { label.to_string() }<span class="kh-visually-hidden">{ " " }{ t(lang, T::OpensNewWindow) }</span>
        </a>
    }
}

/// "Bron: …": letter file names as text, https addresses as links.
pub fn sources(lang: Lang, sources: &[Str]) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    let label = t(lang, if sources.len() == 1 { T::Source } else { T::Sources });
    let items = sources.iter().enumerate().map(|(i, s)| {
        let sep = if i == 0 { "" } else { ", " };
        let item = match s.strip_prefix("https://") {
            Some(shown) => external(lang, s, shown.trim_end_matches('/')),
            None => html! { <span class="kh-source__file">{ s.to_string() }</span> },
        };
        html! { <>{ sep }{ item }</> }
    });
    html! { <p class="kh-source">{ label }{ ": " }{ for items }</p> }
}
