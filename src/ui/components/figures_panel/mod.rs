//! "Waarom dit belangrijk is": the figures of the rule set with their sources.

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::markup::{Markup, sources};
use crate::ui::text::T;

/// Written as markup (see `ui::markup`); nothing without figures.
pub fn figures_panel(m: &mut Markup, lang: Lang) {
    if rules().figures.is_empty() {
        return;
    }
    m.raw("<section class=\"kh-figures\" aria-labelledby=\"kh-figures-heading\"><h2 id=\"kh-figures-heading\" tabindex=\"-1\">");
    m.ui(lang, T::FiguresHeading).raw("</h2><ul class=\"kh-figures__list\">");
    for f in rules().figures.iter() {
        m.raw("<li class=\"kh-figure\"><p><strong class=\"kh-figure__value\">").text(f.value.get(lang));
        m.raw("</strong> ").text(f.text.get(lang)).raw("</p>");
        sources(m, lang, &f.source);
        m.raw("</li>");
    }
    m.raw("</ul></section>");
}
