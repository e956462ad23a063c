//! One question per page (GOV.UK question page): the legend is the h1, a hint,
//! radios (one answer) or checkboxes (more answers; the exclusive "weet niet"
//! unchecks the others and vice versa), and a Next button.
//!
//! Written with yew's `html!`, so the inputs keep their DOM nodes across
//! renders (a choice, an error message, the other language): focus and the
//! screen reader's place stay. The choice is the app's (`State::choice`):
//! a changed input becomes `Action::Choose` and Next `Action::Next`
//! ([`events`]), through the app root's listeners (no yew listener: see
//! `ui::listeners`). The app keys the page by question, so no node of one
//! question is reused for another.

pub mod events;

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Lang, Question, QuestionKind, STAGE_QUESTION};
use crate::ui::links::{StepLink, back_link};
use crate::ui::markup::to_html;
use crate::ui::parts::error_summary::error_summary;
use crate::ui::text::{T, t};

pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's questions.
    pub question: usize,
    /// The user's role (bit mask), for role-specific wording.
    pub roles: u32,
    /// The choice to show checked (the saved answer, or the one being made).
    pub choice: u32,
    /// "Stap 2 van 6".
    pub step_text: String,
    /// Failed tries of Next (0: no error shown).
    pub error: u32,
    pub back: Option<StepLink>,
}

/// Whether the options' descriptions fold behind "Meer uitleg" (issue 34:
/// every question page within two screens of a phone). Only a long list
/// folds, and never the stage question: its crisis option says where to
/// call, and that must be read without a tap.
fn folds_hints(question: &Question) -> bool {
    question.options.len() > FOLD_FROM && &*question.id != STAGE_QUESTION
}

/// Lists longer than this fold their descriptions.
pub const FOLD_FROM: usize = 7;

/// The id of an option's input: `kh-<question>-<option>`.
fn input_id(question: &str, option: &str) -> String {
    format!("kh-{question}-{option}")
}

pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    let question = &rules().questions[props.question];
    let many = question.kind == QuestionKind::Many;
    let qid = &*question.id;
    let label = question.label_for(props.roles).get(lang);
    let message = t(lang, if many { T::ErrorMany } else { T::ErrorOne }).replacen("{q}", label, 1);
    let help = question.help_for(props.roles).map(|h| h.get(lang));
    // "Kies alles wat past." unless the question's own help says so already.
    let many_hint = (many && !help.is_some_and(|h| h.contains(t(lang, T::ManyHint).trim_end_matches('.')))).then(|| t(lang, T::ManyHint));
    let has_hint = help.is_some() || many_hint.is_some();
    let error = props.error > 0;
    let hint_id = format!("kh-{qid}-hint");
    let error_id = format!("kh-{qid}-error");
    let described = match (has_hint, error) {
        (false, false) => None,
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (true, true) => Some(format!("{hint_id} {error_id}")),
    };
    let fold = folds_hints(question);
    let options = question.options.iter().enumerate().map(|(o, option)| {
        let id = input_id(qid, &option.id);
        let hint = option.help_for(props.roles).map(|h| h.get(lang));
        let hint_id = hint.map(|_| format!("{id}-hint"));
        let option_label = option.label_for(props.roles).get(lang);
        html! {
            <>
                if many && option.exclusive && o > 0 {
                    <p class="kh-choice-divider">{ t(lang, T::Or) }</p>
                }
                <div class="kh-choice">
                    <input class="kh-choice__input" type={if many { "checkbox" } else { "radio" }} id={id.clone()} name={qid.to_string()}
                        value={option.id.to_string()} data-kh-option={o.to_string()} checked={props.choice & (1 << o) != 0}
                        aria-describedby={hint_id.clone()} />
                    <label class="kh-choice__label" for={id}>{ option_label }</label>
                    if let (Some(h), Some(hint_id)) = (hint, hint_id) {
                        if fold {
                            // Folded, yet still the input's description for a screen reader.
                            <details class="kh-choice__more">
                                <summary class="kh-choice__more-summary">
                                    { t(lang, T::MoreExplanation) }
                                    <span class="kh-visually-hidden">{ ": " }{ option_label }</span>
                                </summary>
                                <p class="kh-choice__hint" id={hint_id}>{ h }</p>
                            </details>
                        } else {
                            <p class="kh-choice__hint" id={hint_id}>{ h }</p>
                        }
                    }
                </div>
            </>
        }
    });
    let first = question.options.first().map_or("", |o| &o.id);
    html! {
        <div class="kh-question" key={qid.to_string()}>
            { to_html(back_link(lang, props.back.as_ref())) }
            if error {
                { to_html(error_summary(lang, &message, &input_id(qid, first))) }
            }
            <p class="kh-step-count">{ props.step_text.clone() }</p>
            <form class="kh-form" novalidate=true data-kh-question={props.question.to_string()}>
                <div class={if error { "kh-form-group kh-form-group--error" } else { "kh-form-group" }}>
                    <fieldset class="kh-fieldset" aria-describedby={described}>
                        <legend class="kh-fieldset__legend"><h1 class="kh-fieldset__heading" tabindex="-1">{ label }</h1></legend>
                        if has_hint {
                            <div class="kh-hint" id={hint_id}>
                                for h in [help, many_hint].into_iter().flatten() { <p>{ h }</p> }
                            </div>
                        }
                        if error {
                            <p class="kh-error-message" id={error_id}>
                                <span class="kh-visually-hidden">{ t(lang, T::ErrorPrefix) }</span>{ message.clone() }
                            </p>
                        }
                        <div class={classes!("kh-choices", if many { "kh-choices--checkbox" } else { "kh-choices--radio" }, fold.then_some("kh-choices--folded"))}>
                            { for options }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="kh-button">{ t(lang, T::Next) }</button>
            </form>
        </div>
    }
}
