//! "Waarom dit belangrijk is": the figures of the rule set with their sources.

use yew::prelude::*;

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::markup::{Markup, sources};
use crate::ui::text::T;

/// A plain function (no state), written as markup: see `ui::markup`.
pub fn figures_panel(lang: Lang) -> Html {
    if rules().figures.is_empty() {
        return Html::default();
    }
    let mut m = Markup::new();
    m.raw("<section class=\"kh-figures\" aria-labelledby=\"kh-figures-heading\"><h2 id=\"kh-figures-heading\">");
    m.ui(lang, T::FiguresHeading).raw("</h2><ul class=\"kh-figures__list\">");
    for f in rules().figures.iter() {
        m.raw("<li class=\"kh-figure\"><p><strong class=\"kh-figure__value\">").text(f.value.get(lang));
        m.raw("</strong> ").text(f.text.get(lang)).raw("</p>");
        sources(&mut m, lang, &f.source);
        m.raw("</li>");
    }
    m.raw("</ul></section>");
    m.finish()
}
