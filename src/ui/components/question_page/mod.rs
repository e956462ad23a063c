//! One question per page (GOV.UK question page): the legend is the h1, a hint,
//! radios (one answer) or checkboxes (more answers; the exclusive "weet niet"
//! unchecks the others and vice versa), and a Next button.
//!
//! The choices are markup (see `ui::markup`) and the form itself holds the
//! choice until Next: no re-render on a click, so focus and the screen
//! reader's place stay where they are. Every change also goes to `on_draft`
//! (the app keeps it without re-rendering), so a re-render with another
//! language shows the same choice.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::{Lang, QuestionKind};
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::{StepLink, back_link};
use crate::ui::dom;
use crate::ui::markup::Markup;
use crate::ui::text::{T, t};

pub struct Props {
    pub lang: Lang,
    /// Index into the rule set's questions.
    pub question: usize,
    /// The user's role (bit mask), for role-specific wording.
    pub roles: u32,
    /// The choice to show checked: the saved answer, or the draft (0: none).
    pub mask: u32,
    /// "Stap 2 van 6".
    pub step_text: String,
    /// Failed tries of Next (0: no error shown).
    pub error: u32,
    pub back: Option<StepLink>,
    /// The choice after every change (checked boxes as a bit mask).
    pub on_draft: Callback<u32>,
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

/// The choices: `<input data-kh-option="o">` with its label and hint, per option.
fn choices(m: &mut Markup, props: &Props, many: bool) {
    let lang = props.lang;
    let question = &rules().questions[props.question];
    let qid = &*question.id;
    for (o, option) in question.options.iter().enumerate() {
        if many && option.exclusive && o > 0 {
            m.raw("<p class=\"kh-choice-divider\">").ui(lang, T::Or).raw("</p>");
        }
        m.raw("<div class=\"kh-choice\"><input class=\"kh-choice__input\" type=\"").raw(if many { "checkbox" } else { "radio" });
        m.raw("\" id=\"kh-").text(qid).raw("-").text(&option.id).raw("\" name=\"").text(qid);
        m.raw("\" value=\"").text(&option.id).raw("\" data-kh-option=\"").text(&o.to_string()).raw("\"");
        if props.mask & (1 << o) != 0 {
            m.raw(" checked");
        }
        let hint = option.help_for(props.roles).map(|h| h.get(lang));
        if hint.is_some() {
            m.raw(" aria-describedby=\"kh-").text(qid).raw("-").text(&option.id).raw("-hint\"");
        }
        m.raw("><label class=\"kh-choice__label\" for=\"kh-").text(qid).raw("-").text(&option.id).raw("\">");
        m.text(option.label_for(props.roles).get(lang)).raw("</label>");
        if let Some(h) = hint {
            m.raw("<p class=\"kh-choice__hint\" id=\"kh-").text(qid).raw("-").text(&option.id).raw("-hint\">").text(h).raw("</p>");
        }
        m.raw("</div>");
    }
}

/// A plain function: the form holds the choice (see the module docs).
pub fn question_page(props: &Props) -> Html {
    let lang = props.lang;
    let question = &rules().questions[props.question];
    let many = question.kind == QuestionKind::Many;
    let qid = &*question.id;
    let hint_id = format!("kh-{qid}-hint");
    let error_id = format!("kh-{qid}-error");
    let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).map(|(i, _)| 1 << i).sum();
    let first_input = format!("kh-{qid}-{}", question.options.first().map_or("", |o| &o.id));
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
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(dom::checked_options(&e));
        })
    };
    let onchange = {
        let on_draft = props.on_draft.clone();
        Callback::from(move |e: Event| {
            let Some((o, now)) = dom::option_change(&e) else { return };
            let mask = if many {
                // The choice before this click, then the rule for exclusive options.
                let mask = toggle(now ^ (1 << o), o, exclusive);
                if mask != now {
                    dom::set_options(&e, mask);
                }
                mask
            } else {
                now
            };
            on_draft.emit(mask);
        })
    };
    // Everything in the fieldset is markup: it changes with the error
    // message (then focus goes to the error summary), and the choices in it
    // show the draft, so nothing is lost.
    let mut m = Markup::new();
    m.raw("<legend class=\"kh-fieldset__legend\"><h1 class=\"kh-fieldset__heading\" tabindex=\"-1\">");
    m.text(question.label_for(props.roles).get(lang)).raw("</h1></legend>");
    if has_hint {
        m.raw("<div class=\"kh-hint\" id=\"").text(&hint_id).raw("\">");
        for h in [help, many_hint].into_iter().flatten() {
            m.raw("<p>").text(h).raw("</p>");
        }
        m.raw("</div>");
    }
    if props.error > 0 {
        m.raw("<p class=\"kh-error-message\" id=\"").text(&error_id).raw("\"><span class=\"kh-visually-hidden\">");
        m.ui(lang, T::ErrorPrefix).raw("</span>").text(message).raw("</p>");
    }
    // (Literal classes only: a computed `class={…}` would bring in yew's `Classes`.)
    m.raw(if many { "<div class=\"kh-choices kh-choices--checkbox\">" } else { "<div class=\"kh-choices kh-choices--radio\">" });
    choices(&mut m, props, many);
    m.raw("</div>");
    let fieldset = html! {
        <fieldset class="kh-fieldset" aria-describedby={(!described.is_empty()).then_some(described)} {onchange}>
            { m.finish() }
        </fieldset>
    };

    let mut back = Markup::new();
    back_link(&mut back, lang, &props.back);
    let back = back.finish();

    html! {
        <div class="kh-question">
            { back }
            if props.error > 0 {
                { error_summary(lang, message, &first_input) }
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
