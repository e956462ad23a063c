//! "Waarom dit belangrijk is": the figures of the rule set with their sources.

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::markup::{Markup, Part, sources};
use crate::ui::text::T;

/// The panel as a part of the results page (its contents link).
pub const PART: Part = Part { id: "kh-figures-heading", heading: T::FiguresHeading };

/// Whether there is a panel: not without figures.
pub fn shown() -> bool {
    !rules().figures.is_empty()
}

/// Written as markup (see `ui::markup`); nothing without figures.
pub fn figures_panel(m: &mut Markup, lang: Lang) {
    if !shown() {
        return;
    }
    // Folded: the advice comes first (issue 16); the figures are for who wants them.
    m.raw("<details class=\"kh-fold kh-figures\"><summary class=\"kh-fold__summary\">").ui(lang, PART.heading);
    m.raw("</summary><ul class=\"kh-figures__list\">");
    for f in rules().figures.iter() {
        m.raw("<li class=\"kh-figure\"><p><strong class=\"kh-figure__value\">").text(f.value.get(lang));
        m.raw("</strong> ").text(f.text.get(lang)).raw("</p>");
        sources(m, lang, &f.source);
        m.raw("</li>");
    }
    m.raw("</ul></details>");
}
