//! "Kloppen je antwoorden?": a summary list with a Wijzig link per answer
//! (visually hidden text names the question), then on to the advice.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::components::{Go, StepLink, back_link, step_link};
use crate::ui::markup::Markup;
use crate::ui::state::Step;
use crate::ui::text::T;

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    /// One link per asked question, in order (`step` is `Step::Question(q)`).
    pub changes: Vec<StepLink>,
    pub back: Option<StepLink>,
}

/// All markup (see `ui::markup`); its links and button are the app's (`Go`).
pub fn check_answers(props: &Props) -> Html {
    let lang = props.lang;
    let roles = props.answers.roles(rules());
    let mut m = Markup::new();
    m.raw("<div class=\"kh-check\">");
    back_link(&mut m, lang, &props.back);
    m.raw("<h1 tabindex=\"-1\">").ui(lang, T::CheckTitle).raw("</h1><p>").ui(lang, T::CheckIntro).raw("</p><dl class=\"kh-summary\">");
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
        m.raw("</ul></dd><dd class=\"kh-summary__action\">");
        step_link(&mut m, "", link, Go::Change(q));
        m.ui(lang, T::Change).raw("<span class=\"kh-visually-hidden\"> ").text(label).raw("</span></a></dd></div>");
    }
    m.raw("</dl><button type=\"button\" class=\"kh-button\" data-kh-go=\"").text(&Go::Step(Step::Results).attr()).raw("\">");
    m.ui(lang, T::ShowAdvice).raw("</button></div>");
    m.finish()
}
