//! "Doe dit eerst": the one first step (`engine::present`'s), with the
//! contact it names as a tap-to-call number or a link where there is one.
//! In the first screen of the advice.

use crate::content::rules;
use crate::contacts::tel_href;
use crate::engine::Lang;
use crate::ui::markup::{Markup, external};
use crate::ui::text::T;

/// The first step `step` (an index into `RuleSet::first_steps`).
pub fn write(m: &mut Markup, lang: Lang, step: usize) {
    let Some(step) = rules().first_steps.get(step) else { return };
    m.raw("<section class=\"kh-first-step\" aria-labelledby=\"kh-first-step-heading\"><h2 id=\"kh-first-step-heading\" class=\"kh-first-step__heading\">");
    m.ui(lang, T::FirstStepHeading).raw("</h2><p class=\"kh-first-step__text\">").text(step.text.get(lang)).raw("</p>");
    if let Some(expert) = step.expert.and_then(|e| rules().experts.get(e as usize)) {
        if let Some(phone) = &expert.phone {
            m.raw("<p class=\"kh-first-step__contact\"><a class=\"kh-tel\" href=\"").text(&tel_href(phone)).raw("\">");
            m.ui(lang, T::CrisisCall).raw(" ").text(phone).raw("</a></p>");
        } else if let Some(link) = expert.links.first() {
            m.raw("<p class=\"kh-first-step__contact\">");
            external(m, lang, &link.url, link.label.get(lang));
            m.raw("</p>");
        }
    }
    m.raw("</section>");
}
