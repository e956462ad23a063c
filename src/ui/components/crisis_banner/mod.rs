//! The crisis line: 113, free 0800-0113, 112 in danger, chat at 113.nl. Full
//! on the start page and first on the results page in an acute crisis,
//! compact in the footer of every other page.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::external;
use crate::ui::text::{T, t};

/// A plain function, not a component: no state, and a component costs the
/// wasm about 1 KB of yew lifecycle code each.
pub fn crisis_banner(lang: Lang, compact: bool) -> Html {
    if compact {
        return html! {
            <p class="kh-crisis kh-crisis--compact">
                { t(lang, T::CrisisShort) }{ " " }<a href="tel:113">{ "113" }</a>{ " " }{ t(lang, T::CrisisFree) }{ " " }
                <a href="tel:08000113">{ "0800-0113" }</a>{ ". " }
                { t(lang, T::CrisisDanger) }{ " " }<a href="tel:112">{ "112" }</a>{ "." }
            </p>
        };
    }
    html! {
        <section class="kh-crisis" aria-labelledby="kh-crisis-heading">
            <h2 id="kh-crisis-heading" class="kh-crisis__heading">{ t(lang, T::CrisisHeading) }</h2>
            <p>{ t(lang, T::CrisisText) }</p>
            <p class="kh-crisis__call">
                { t(lang, T::CrisisCall) }{ " " }<a href="tel:113">{ "113" }</a>{ " " }{ t(lang, T::CrisisFree) }{ " " }
                <a href="tel:08000113">{ "0800-0113" }</a>{ "." }
            </p>
            <p>{ external(lang, "https://www.113.nl", t(lang, T::CrisisChat)) }</p>
            <p>{ t(lang, T::CrisisDanger) }{ " " }<a href="tel:112">{ "112" }</a>{ "." }</p>
        </section>
    }
}
