//! "Kloppen je antwoorden?": a summary list with a Wijzig link per answer
//! (visually hidden text names the question), then on to the advice. No
//! events of its own: Wijzig and the button are step links (`ui::links`).

use yew::Html;

use crate::content::rules;
use crate::engine::{Answers, Lang};
use crate::ui::links::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{html, to_html};
use crate::ui::state::Step;
use crate::ui::text::{T, t};

pub struct Props {
    pub lang: Lang,
    pub answers: Answers,
    /// One link per asked question, in order (`step` is `Step::Question(q)`).
    pub changes: Vec<StepLink>,
    pub back: Option<StepLink>,
}

pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    let roles = props.answers.roles(rules());
    to_html(html! {
        div.kh-check {
            (back_link(lang, props.back.as_ref()))
            h1 tabindex="-1" { (t(lang, T::CheckTitle)) }
            p { (t(lang, T::CheckIntro)) }
            dl.kh-summary {
                @for link in &props.changes {
                    @if let Step::Question(q) = link.step {
                        @let question = &rules().questions[q];
                        @let label = question.label_for(roles).get(lang);
                        @let mask = props.answers.mask(q);
                        div.kh-summary__row {
                            dt.kh-summary__key { (label) }
                            dd.kh-summary__value {
                                ul.kh-summary__answers {
                                    @for (_, o) in question.options.iter().enumerate().filter(|(o, _)| mask & (1 << o) != 0) {
                                        li { (o.label_for(roles).get(lang)) }
                                    }
                                }
                            }
                            dd.kh-summary__action {
                                (step_link(None, link, Go::Change, html! { (t(lang, T::Change)) span.kh-visually-hidden { " " (label) } }))
                            }
                        }
                    }
                }
            }
            button.kh-button type="button" data-kh-go=(Go::Advice.attr()) { (t(lang, T::ShowAdvice)) }
        }
    })
}
