//! The start page: what the keuzehulp does, for whom, how long it takes, the
//! privacy promise, the crisis line and the start button.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::crisis_banner::crisis_banner;
use crate::ui::text::{self, T, t};

pub struct Props {
    pub lang: Lang,
    /// How many questions will be asked.
    pub questions: usize,
    pub on_start: Callback<()>,
    /// Inside another page (widget, iframe): the answers are in no address bar.
    pub embedded: bool,
}

/// A plain function (no state): see `crisis_banner`.
pub fn start_page(props: &Props) -> Html {
    let lang = props.lang;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <div class="kh-start">
            <h1 tabindex="-1">{ t(lang, T::AppName) }</h1>
            <p class="kh-lead">{ t(lang, T::StartIntro) }</p>
            <h2>{ t(lang, T::StartForWhoHeading) }</h2>
            <p>{ t(lang, T::StartForWho) }</p>
            <h2>{ t(lang, T::StartHowHeading) }</h2>
            <p>{ text::duration(lang, props.questions) }</p>
            <p>{ t(lang, T::StartNotDiagnosis) }</p>
            <div class="kh-start__privacy">
                <h2>{ t(lang, T::StartPrivacyHeading) }</h2>
                <p>{ t(lang, if props.embedded { T::StartPrivacyEmbedded } else { T::StartPrivacy }) }</p>
            </div>
            <button type="button" class="kh-button kh-button--start" {onclick}>
                { t(lang, T::StartButton) }<span class="kh-button__arrow" aria-hidden="true">{ " →" }</span>
            </button>
            { crisis_banner(lang, false) }
        </div>
    }
}
