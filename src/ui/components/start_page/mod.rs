//! The start page: what the keuzehulp does, for whom, how long it takes, the
//! privacy promise, the start button and the crisis line. All markup (see
//! `ui::markup`); the button is the app's (`Go::Begin`).

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::{Go, crisis_banner};
use crate::ui::markup::Markup;
use crate::ui::text::{self, T};

pub struct Props {
    pub lang: Lang,
    /// How many questions will be asked.
    pub questions: usize,
    /// Inside another page (widget, iframe): the answers are in no address bar.
    pub embedded: bool,
}

pub fn start_page(props: &Props) -> Html {
    let lang = props.lang;
    let mut m = Markup::new();
    m.raw("<div class=\"kh-start\"><h1 tabindex=\"-1\">").ui(lang, T::AppName).raw("</h1><p class=\"kh-lead\">").ui(lang, T::StartIntro);
    m.raw("</p><h2>").ui(lang, T::StartForWhoHeading).raw("</h2><p>").ui(lang, T::StartForWho);
    m.raw("</p><h2>").ui(lang, T::StartHowHeading).raw("</h2><p>").text(&text::duration(lang, props.questions));
    m.raw("</p><p>").ui(lang, T::StartNotDiagnosis).raw("</p><div class=\"kh-start__privacy\"><h2>");
    m.ui(lang, T::StartPrivacyHeading).raw("</h2><p>");
    m.ui(lang, if props.embedded { T::StartPrivacyEmbedded } else { T::StartPrivacy }).raw("</p></div>");
    m.raw("<button type=\"button\" class=\"kh-button kh-button--start\" data-kh-go=\"").text(&Go::Begin.attr()).raw("\">");
    m.ui(lang, T::StartButton).raw("<span class=\"kh-button__arrow\" aria-hidden=\"true\"> →</span></button>");
    crisis_banner::write(&mut m, lang, false);
    m.raw("</div>");
    m.finish()
}
