//! The start page: what the keuzehulp does, for whom, how long it takes, the
//! privacy promise, the crisis line and the start button.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::crisis_banner::crisis_banner;
use crate::ui::markup::Markup;
use crate::ui::text::{self, T, t};

pub struct Props {
    pub lang: Lang,
    /// How many questions will be asked.
    pub questions: usize,
    pub on_start: Callback<()>,
    /// Inside another page (widget, iframe): the answers are in no address bar.
    pub embedded: bool,
}

/// A plain function (no state); all but the button written as markup (see `ui::markup`).
pub fn start_page(props: &Props) -> Html {
    let lang = props.lang;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    let mut m = Markup::new();
    m.raw("<h1 tabindex=\"-1\">").ui(lang, T::AppName).raw("</h1><p class=\"kh-lead\">").ui(lang, T::StartIntro);
    m.raw("</p><h2>").ui(lang, T::StartForWhoHeading).raw("</h2><p>").ui(lang, T::StartForWho);
    m.raw("</p><h2>").ui(lang, T::StartHowHeading).raw("</h2><p>").text(&text::duration(lang, props.questions));
    m.raw("</p><p>").ui(lang, T::StartNotDiagnosis).raw("</p><div class=\"kh-start__privacy\"><h2>");
    m.ui(lang, T::StartPrivacyHeading).raw("</h2><p>");
    m.ui(lang, if props.embedded { T::StartPrivacyEmbedded } else { T::StartPrivacy }).raw("</p></div>");
    html! {
        <div class="kh-start">
            { m.finish() }
            <button type="button" class="kh-button kh-button--start" {onclick}>
                { t(lang, T::StartButton) }<span class="kh-button__arrow" aria-hidden="true">{ " →" }</span>
            </button>
            { crisis_banner(lang, false) }
        </div>
    }
}
