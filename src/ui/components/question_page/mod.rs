//! One question per page (GOV.UK question page): the legend is the h1, a hint,
//! radios (one answer) or checkboxes (more answers; the exclusive "weet niet"
//! unchecks the others and vice versa), and a Next button. The choice is kept
//! here until Next.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Lang, QuestionKind};
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::{StepLink, back_link};
use crate::ui::dom;
use crate::ui::state::Step;
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's questions.
    pub question: usize,
    /// The user's role (bit mask), for role-specific wording.
    pub roles: u32,
    /// The saved answer (0: none yet).
    pub mask: u32,
    /// "Stap 2 van 6".
    pub step_text: AttrValue,
    /// Failed tries of Next (0: no error shown).
    pub error: u32,
    pub back: Option<StepLink>,
    pub on_back: Callback<Step>,
    pub on_submit: Callback<u32>,
}

/// The new choice after a click on option `o` of a "many" question.
fn toggle(mask: u32, o: usize, exclusive: u32) -> u32 {
    let bit = 1u32 << o;
    if mask & bit != 0 {
        mask & !bit
    } else if exclusive & bit != 0 {
        bit
    } else {
        (mask | bit) & !exclusive
    }
}

#[component]
pub fn QuestionPage(props: &Props) -> Html {
    let lang = props.lang;
    let question = &rules().questions[props.question];
    let draft = use_state_eq(|| props.mask);
    let wrapper = use_node_ref();
    let many = question.kind == QuestionKind::Many;
    let qid = &*question.id;
    let input_id = |o: &str| format!("kh-{qid}-{o}");
    let hint_id = format!("kh-{qid}-hint");
    let error_id = format!("kh-{qid}-error");
    let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).map(|(i, _)| 1 << i).sum();
    let first_input = input_id(question.options.first().map_or("", |o| &o.id));
    let message = t(lang, if many { T::ErrorMany } else { T::ErrorOne });
    let help = question.help_for(props.roles).map(|h| h.get(lang));
    // "Kies alles wat past." unless the question's own help says so already.
    let many_hint = (many && !help.is_some_and(|h| h.contains(t(lang, T::ManyHint).trim_end_matches('.')))).then(|| t(lang, T::ManyHint));
    let has_hint = help.is_some() || many_hint.is_some();
    let described = [has_hint.then(|| hint_id.clone()), (props.error > 0).then(|| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");

    let onsubmit = {
        let (draft, on_submit) = (draft.clone(), props.on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(*draft);
        })
    };
    let on_follow = {
        let (wrapper, target) = (wrapper.clone(), format!("#{first_input}"));
        Callback::from(move |()| dom::focus_in(&wrapper, &target))
    };

    let options = question.options.iter().enumerate().map(|(o, option)| {
        let bit = 1u32 << o;
        let id = input_id(&option.id);
        let option_hint = option.help_for(props.roles).map(|h| h.get(lang));
        let option_hint_id = format!("{id}-hint");
        let onchange = {
            let draft = draft.clone();
            let current = *draft;
            Callback::from(move |_: Event| draft.set(if many { toggle(current, o, exclusive) } else { bit }))
        };
        let divider = (many && option.exclusive && o > 0).then(|| html! {
            <p class="kh-choice-divider">{ t(lang, T::Or) }</p>
        });
        html! {
            <>
                { for divider }
                <div class="kh-choice">
                    <input class="kh-choice__input" type={if many { "checkbox" } else { "radio" }} id={id.clone()}
                        name={qid.to_string()} value={option.id.to_string()} checked={*draft & bit != 0}
                        aria-describedby={option_hint.map(|_| option_hint_id.clone())} {onchange} />
                    <label class="kh-choice__label" for={id}>{ option.label_for(props.roles).get(lang) }</label>
                    if let Some(h) = option_hint {
                        <p class="kh-choice__hint" id={option_hint_id}>{ h }</p>
                    }
                </div>
            </>
        }
    });

    // Only literal classes: a computed `class={…}` goes through yew's `Classes`
    // (an IndexSet), 1.5 KB brotli of wasm for two elements.
    let options: Html = if many {
        html! { <div class="kh-choices kh-choices--checkbox">{ for options }</div> }
    } else {
        html! { <div class="kh-choices kh-choices--radio">{ for options }</div> }
    };

    let fieldset = html! {
        <fieldset class="kh-fieldset" aria-describedby={(!described.is_empty()).then_some(described)}>
            <legend class="kh-fieldset__legend">
                <h1 class="kh-fieldset__heading" tabindex="-1">{ question.label_for(props.roles).get(lang) }</h1>
            </legend>
            if has_hint {
                <div class="kh-hint" id={hint_id}>
                    if let Some(h) = help { <p>{ h }</p> }
                    if let Some(h) = many_hint { <p>{ h }</p> }
                </div>
            }
            if props.error > 0 {
                <p class="kh-error-message" id={error_id}>
                    <span class="kh-visually-hidden">{ t(lang, T::ErrorPrefix) }</span>{ message }
                </p>
            }
            { options }
        </fieldset>
    };

    html! {
        <div class="kh-question" ref={wrapper}>
            { back_link(lang, &props.back, &props.on_back) }
            if props.error > 0 {
                { error_summary(lang, message.into(), &first_input, on_follow) }
            }
            <p class="kh-step-count">{ props.step_text.clone() }</p>
            <form class="kh-form" novalidate=true {onsubmit}>
                if props.error > 0 {
                    <div class="kh-form-group kh-form-group--error">{ fieldset }</div>
                } else {
                    <div class="kh-form-group">{ fieldset }</div>
                }
                <button type="submit" class="kh-button">{ t(lang, T::Next) }</button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::toggle;

    #[test]
    fn exclusive_option_unchecks_the_others_and_vice_versa() {
        let weet_niet = 1 << 3;
        assert_eq!(toggle(0b011, 3, weet_niet), weet_niet);
        assert_eq!(toggle(weet_niet, 0, weet_niet), 0b001);
        assert_eq!(toggle(0b001, 1, weet_niet), 0b011);
        assert_eq!(toggle(0b011, 1, weet_niet), 0b001);
    }
}
