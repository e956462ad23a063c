//! "Kloppen je antwoorden?": a summary list with a Wijzig link per answer
//! (visually hidden text names the question), then on to the advice.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::components::{StepLink, back_link};
use crate::ui::dom;
use crate::ui::markup::Markup;
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

/// A plain function (no state). The rows are markup (see `ui::markup`); one
/// click handler on the list follows their Wijzig links.
pub fn check_answers(props: &Props) -> Html {
    let lang = props.lang;
    let roles = props.answers.roles(rules());
    let mut m = Markup::new();
    for link in &props.changes {
        let Step::Question(q) = link.step else { continue };
        let question = &rules().questions[q];
        let label = question.label_for(roles).get(lang);
        let mask = props.answers.mask(q);
        m.raw("<div class=\"kh-summary__row\"><dt class=\"kh-summary__key\">").text(label);
        m.raw("</dt><dd class=\"kh-summary__value\"><ul class=\"kh-summary__answers\">");
        for (_, o) in question.options.iter().enumerate().filter(|(o, _)| mask & (1 << o) != 0) {
            m.raw("<li>").text(o.label_for(roles).get(lang)).raw("</li>");
        }
        m.raw("</ul></dd><dd class=\"kh-summary__action\"><a href=\"").text(&link.href);
        m.raw("\" data-kh-question=\"").text(&q.to_string()).raw("\">").ui(lang, T::Change);
        m.raw("<span class=\"kh-visually-hidden\"> ").text(label).raw("</span></a></dd></div>");
    }
    let on_change = props.on_change.clone();
    // A plain click changes the answer here; with a modifier key the link opens a new tab.
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(q) = dom::clicked(&e, "a[data-kh-question]", "data-kh-question").and_then(|(_, q)| q.parse().ok()) {
            e.prevent_default();
            on_change.emit(q);
        }
    });
    html! {
        <div class="kh-check">
            { back_link(lang, &props.back, &props.on_back) }
            <h1 tabindex="-1">{ t(lang, T::CheckTitle) }</h1>
            <p>{ t(lang, T::CheckIntro) }</p>
            <dl class="kh-summary" {onclick}>{ m.finish() }</dl>
            <button type="button" class="kh-button" onclick={props.on_next.reform(|_: MouseEvent| Step::Results)}>
                { t(lang, T::ShowAdvice) }
            </button>
        </div>
    }
}
