//! The start page: what the keuzehulp does, for whom, how long it takes, the
//! privacy promise, the start button and the crisis line. No events of its
//! own: the start button is a step link (`Go::Begin`, `ui::links`).

use yew::{AttrValue, Html};

use crate::engine::Lang;
use crate::ui::links::{Go, StepLink, overview_link, overview_page};
use crate::ui::markup::{external_with, html, to_html};
use crate::ui::parts::crisis_line::crisis_line;
use crate::ui::text::{self, T, t};

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
    /// The public site (`https://…/`) in a widget; empty on the site itself.
    pub site: AttrValue,
}

pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    // The GOV.UK start page: a short lead, the Start button and the crisis
    // line in the first screen (also at 320×568); the rest below.
    let button = html! { (t(lang, T::StartButton)) span.kh-button__arrow aria-hidden="true" { " →" } };
    to_html(html! {
        div.kh-start {
            h1 tabindex="-1" { (t(lang, T::AppName)) }
            p.kh-lead { (t(lang, T::StartIntro)) }
            // A link that looks and acts as a button (Space too: www/main.js), as GOV.UK's start button.
            a class="kh-button kh-button--start" role="button" draggable="false" href=(props.begin.href.as_str()) data-kh-go=(Go::Begin.attr()) {
                (button)
            }
            (crisis_line(lang, false, Some(&props.crisis)))
            h2 { (t(lang, T::StartForWhoHeading)) }
            p { (t(lang, T::StartForWho)) }
            h2 { (t(lang, T::StartHowHeading)) }
            p { (text::duration(lang, props.questions)) }
            p { (t(lang, T::StartNotDiagnosis)) }
            p {
                // Embedded, in a new window (the host page or the frame stays): also
                // in embed.html's prerendered page, before the widget knows the site.
                @if props.embedded {
                    (external_with(lang, &overview_page(lang, &props.site), Some("kh-start__overview"), html! { (t(lang, T::StartOverview)) }))
                } @else {
                    (overview_link(lang, &props.site, &overview_page(lang, &props.site), "kh-start__overview", T::StartOverview))
                }
            }
            // For organisations (werkgevers.html): below the Start button and the crisis line, never above.
            @if !props.embedded {
                p { a.kh-start__employers href=(if lang == Lang::En { "employers.html" } else { "werkgevers.html" }) { (t(lang, T::StartEmployers)) } }
            }
            div.kh-start__privacy {
                h2 { (t(lang, T::StartPrivacyHeading)) }
                p { (t(lang, if props.embedded { T::StartPrivacyEmbedded } else { T::StartPrivacy })) }
            }
        }
    })
}
