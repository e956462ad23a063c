//! One expert to ask: who they are, when to go, how to reach them, phone and links.

use yew::prelude::*;

use crate::builtin::RULES;
use crate::engine::Lang;
use crate::ui::components::{external, sources, tel};
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's experts.
    pub expert: usize,
    pub reasons: Vec<AttrValue>,
    pub collapsed: bool,
}

#[component]
pub fn ExpertCard(props: &Props) -> Html {
    let lang = props.lang;
    let expert = &RULES.experts[props.expert];
    let name = expert.name.get(lang);
    let body = html! {
        <>
            <p>{ expert.who.get(lang) }</p>
            if !props.reasons.is_empty() {
                <h4>{ t(lang, T::WhyFits) }</h4>
                <ul class="kh-reasons">{ for props.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
            }
            <h4>{ t(lang, T::ExpertWhen) }</h4>
            <p>{ expert.when.get(lang) }</p>
            <h4>{ t(lang, T::ExpertReach) }</h4>
            <p>{ expert.reach.get(lang) }</p>
            if let Some(phone) = &expert.phone {
                <p class="kh-expert__phone">{ t(lang, T::ExpertPhone) }{ ": " }<a href={tel(phone)}>{ phone.to_string() }</a></p>
            }
            if !expert.links.is_empty() {
                <ul class="kh-expert__links">
                    { for expert.links.iter().map(|l| html! { <li>{ external(lang, &l.url, l.label.get(lang)) }</li> }) }
                </ul>
            }
            { sources(lang, &expert.source) }
        </>
    };
    if props.collapsed {
        html! {
            <details class="kh-card kh-card--folded kh-expert">
                <summary class="kh-card__summary">{ name }</summary>
                <div class="kh-card__body">{ body }</div>
            </details>
        }
    } else {
        html! {
            <article class="kh-card kh-expert">
                <h3 class="kh-card__title">{ name }</h3>
                { body }
            </article>
        }
    }
}
