//! "Kloppen je antwoorden?": a summary list with a Wijzig link per answer
//! (visually hidden text names the question), then on to the advice.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::components::{StepLink, back_link, follow};
use crate::ui::state::Step;
use crate::ui::text::{T, t};

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    /// One link per asked question, in order (`step` is `Step::Question(q)`).
    pub changes: Vec<StepLink>,
    pub back: Option<StepLink>,
    pub on_back: Callback<Step>,
    pub on_change: Callback<usize>,
    pub on_next: Callback<Step>,
}

/// A plain function (no state): see `crisis_banner`.
pub fn check_answers(props: &Props) -> Html {
    let lang = props.lang;
    let roles = props.answers.roles(rules());
    let rows = props.changes.iter().filter_map(|link| {
        let Step::Question(q) = link.step else { return None };
        let question = &rules().questions[q];
        let label = question.label_for(roles).get(lang);
        let mask = props.answers.mask(q);
        let chosen = question.options.iter().enumerate().filter(|(o, _)| mask & (1 << o) != 0);
        let on_change = props.on_change.clone();
        let onclick = follow(link, &Callback::from(move |_| on_change.emit(q)));
        Some(html! {
            <div class="kh-summary__row">
                <dt class="kh-summary__key">{ label }</dt>
                <dd class="kh-summary__value">
                    <ul class="kh-summary__answers">
                        { for chosen.map(|(_, o)| html! { <li>{ o.label_for(roles).get(lang) }</li> }) }
                    </ul>
                </dd>
                <dd class="kh-summary__action">
                    <a href={link.href.clone()} {onclick}>
                        { t(lang, T::Change) }<span class="kh-visually-hidden">{ " " }{ label }</span>
                    </a>
                </dd>
            </div>
        })
    });
    html! {
        <div class="kh-check">
            { back_link(lang, &props.back, &props.on_back) }
            <h1 tabindex="-1">{ t(lang, T::CheckTitle) }</h1>
            <p>{ t(lang, T::CheckIntro) }</p>
            <dl class="kh-summary">{ for rows }</dl>
            <button type="button" class="kh-button" onclick={props.on_next.reform(|_: MouseEvent| Step::Results)}>
                { t(lang, T::ShowAdvice) }
            </button>
        </div>
    }
}
