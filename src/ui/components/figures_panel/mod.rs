//! "Waarom dit belangrijk is": the figures of the rule set with their sources.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::components::sources;
use crate::ui::text::{T, t};

/// A plain function (no state): see `crisis_banner`.
pub fn figures_panel(lang: Lang) -> Html {
    if rules().figures.is_empty() {
        return html! {};
    }
    html! {
        <section class="kh-figures" aria-labelledby="kh-figures-heading">
            <h2 id="kh-figures-heading">{ t(lang, T::FiguresHeading) }</h2>
            <ul class="kh-figures__list">
                { for rules().figures.iter().map(|f| html! {
                    <li class="kh-figure">
                        <p><strong class="kh-figure__value">{ f.value.get(lang) }</strong>{ " " }{ f.text.get(lang) }</p>
                        { sources(lang, &f.source) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
