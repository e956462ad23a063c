//! "Waarom dit belangrijk is": the figures of the rule set with their sources,
//! folded: the advice comes first (issue 16); the figures are for who wants them.

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::markup::{Markup, fold, html, sources};
use crate::ui::text::{T, t};

/// Nothing without figures.
pub fn figures(lang: Lang) -> Markup {
    if rules().figures.is_empty() {
        return html! {};
    }
    let list = html! {
        ul.kh-figures__list {
            @for f in rules().figures.iter() {
                li.kh-figure {
                    p { strong.kh-figure__value { (f.value.get(lang)) } " " (f.text.get(lang)) }
                    (sources(lang, &f.source))
                }
            }
        }
    };
    fold("kh-fold kh-figures", t(lang, T::FiguresHeading), None, list)
}
