//! The start page: what the keuzehulp does, for whom, how long it takes, the
//! privacy promise, the start button and the crisis line. All markup (see
//! `ui::markup`); the button is the app's (`Go::Begin`).

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::category_card::{overview_link, overview_page};
use crate::ui::components::{Go, StepLink, crisis_banner};
use crate::ui::markup::Markup;
use crate::ui::text::{self, T};

pub struct Props {
    pub lang: Lang,
    /// How many questions will be asked.
    pub questions: usize,
    /// Inside another page (widget, iframe): the answers are in no address bar.
    pub embedded: bool,
    /// The first question: a real link, so a tap before the wasm has arrived
    /// is not lost (the app starts at the step in the address).
    pub begin: StepLink,
    /// The "Hulp nu" page.
    pub crisis: StepLink,
}

pub fn start_page(props: &Props) -> Html {
    let lang = props.lang;
    let mut m = Markup::new();
    // The GOV.UK start page: a short lead, the Start button and the crisis
    // line in the first screen (also at 320×568); the rest below.
    m.raw("<div class=\"kh-start\"><h1 tabindex=\"-1\">").ui(lang, T::AppName).raw("</h1><p class=\"kh-lead\">").ui(lang, T::StartIntro);
    m.raw("</p>");
    // A link that looks and acts as a button (Space too: www/main.js), as GOV.UK's start button.
    m.raw("<a class=\"kh-button kh-button--start\" role=\"button\" draggable=\"false\" href=\"").text(&props.begin.href);
    m.raw("\" data-kh-go=\"").text(&Go::Begin.attr()).raw("\">");
    m.ui(lang, T::StartButton).raw("<span class=\"kh-button__arrow\" aria-hidden=\"true\"> →</span></a>");
    crisis_banner::write(&mut m, lang, false, Some(&props.crisis));
    m.raw("<h2>").ui(lang, T::StartForWhoHeading).raw("</h2><p>").ui(lang, T::StartForWho);
    m.raw("</p><h2>").ui(lang, T::StartHowHeading).raw("</h2><p>").text(&text::duration(lang, props.questions));
    m.raw("</p><p>").ui(lang, T::StartNotDiagnosis).raw("</p><p>");
    overview_link(&mut m, lang, &overview_page(lang), "kh-start__overview", T::StartOverview);
    m.raw("</p><div class=\"kh-start__privacy\"><h2>");
    m.ui(lang, T::StartPrivacyHeading).raw("</h2><p>");
    m.ui(lang, if props.embedded { T::StartPrivacyEmbedded } else { T::StartPrivacy }).raw("</p></div>");
    m.raw("</div>");
    m.finish()
}
