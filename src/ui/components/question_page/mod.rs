//! One question per page (GOV.UK question page): the legend is the h1, a hint,
//! radios (one answer) or checkboxes (more answers; the exclusive "weet niet"
//! unchecks the others and vice versa), and a Next button.
//!
//! The page is markup (see `ui::markup`) and the form itself holds the
//! choice until Next: no re-render on a click, so focus and the screen
//! reader's place stay where they are. The app's `change` handler keeps a
//! copy of the choice ([`changed`]), so a re-render in another language shows
//! the same choice.

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

/// A choice input changed (the app's `change` handler): the question and
/// the choice now, with the rule for exclusive options applied to the boxes.
pub fn changed(e: &Event) -> Option<(usize, u32)> {
    let (q, o, now) = dom::option_change(e)?;
    let question = rules().questions.get(q)?;
    if question.kind == QuestionKind::One {
        return Some((q, now));
    }
    let exclusive: u32 = question.options.iter().enumerate().filter(|(_, o)| o.exclusive).map(|(i, _)| 1 << i).sum();
    // The choice before this click, then the rule for exclusive options.
    let mask = toggle(now ^ (1 << o), o, exclusive);
    if mask != now {
        dom::set_options(e, mask);
    }
    Some((q, mask))
}

/// The id of an option's input: `kh-<question>-<option>`.
fn input_id(question: &str, option: &str) -> String {
    format!("kh-{question}-{option}")
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
        let id = input_id(qid, &option.id);
        m.raw("<div class=\"kh-choice\"><input class=\"kh-choice__input\" type=\"").raw(if many { "checkbox" } else { "radio" });
        m.raw("\" id=\"").text(&id).raw("\" name=\"").text(qid);
        m.raw("\" value=\"").text(&option.id).raw("\" data-kh-option=\"").text(&o.to_string()).raw("\"");
        if props.mask & (1 << o) != 0 {
            m.raw(" checked");
        }
        let hint = option.help_for(props.roles).map(|h| h.get(lang));
        if hint.is_some() {
            m.raw(" aria-describedby=\"").text(&id).raw("-hint\"");
        }
        m.raw("><label class=\"kh-choice__label\" for=\"").text(&id).raw("\">");
        m.text(option.label_for(props.roles).get(lang)).raw("</label>");
        if let Some(h) = hint {
            m.raw("<p class=\"kh-choice__hint\" id=\"").text(&id).raw("-hint\">").text(h).raw("</p>");
        }
        m.raw("</div>");
    }
}

/// All markup (see `ui::markup`): the form holds the choice until Next, and
/// the app's handlers serve it (`changed`, and `submit` with
/// `dom::submitted_choice`). It changes with the error message (then focus
/// goes to the error summary) and with the language; it shows the draft, so
/// nothing is lost.
pub fn question_page(props: &Props) -> Html {
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

    let mut m = Markup::new();
    m.raw("<div class=\"kh-question\">");
    back_link(&mut m, lang, &props.back);
    if props.error > 0 {
        let first = question.options.first().map_or("", |o| &o.id);
        error_summary(&mut m, lang, &message, &input_id(qid, first));
    }
    m.raw("<p class=\"kh-step-count\">").text(&props.step_text).raw("</p>");
    m.raw("<form class=\"kh-form\" novalidate data-kh-question=\"").text(&props.question.to_string()).raw("\">");
    m.raw(if props.error > 0 { "<div class=\"kh-form-group kh-form-group--error\">" } else { "<div class=\"kh-form-group\">" });
    m.raw("<fieldset class=\"kh-fieldset\"");
    if has_hint || props.error > 0 {
        m.raw(" aria-describedby=\"");
        if has_hint {
            m.raw("kh-").text(qid).raw("-hint");
        }
        if props.error > 0 {
            m.raw(if has_hint { " kh-" } else { "kh-" }).text(qid).raw("-error");
        }
        m.raw("\"");
    }
    m.raw("><legend class=\"kh-fieldset__legend\"><h1 class=\"kh-fieldset__heading\" tabindex=\"-1\">");
    m.text(label).raw("</h1></legend>");
    if has_hint {
        m.raw("<div class=\"kh-hint\" id=\"kh-").text(qid).raw("-hint\">");
        for h in [help, many_hint].into_iter().flatten() {
            m.raw("<p>").text(h).raw("</p>");
        }
        m.raw("</div>");
    }
    if props.error > 0 {
        m.raw("<p class=\"kh-error-message\" id=\"kh-").text(qid).raw("-error\"><span class=\"kh-visually-hidden\">");
        m.ui(lang, T::ErrorPrefix).raw("</span>").text(&message).raw("</p>");
    }
    m.raw(if many { "<div class=\"kh-choices kh-choices--checkbox\">" } else { "<div class=\"kh-choices kh-choices--radio\">" });
    choices(&mut m, props, many);
    m.raw("</div></fieldset></div><button type=\"submit\" class=\"kh-button\">").ui(lang, T::Next).raw("</button></form></div>");
    m.finish()
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
