//! The crisis line: 113 (thoughts of suicide, or worry about someone), free
//! 0800-0113, 112 in danger, each a tap target of at least 44×44 px. On the
//! start page in the first screen, under the Start button; compact in the
//! footer of the other pages. Its "other urgent need" link leads to the
//! "Hulp nu" page (`crisis_help`), keeping the answers.

use crate::engine::Lang;
use crate::ui::components::{Go, StepLink, step_link};
use crate::ui::markup::Markup;
use crate::ui::text::T;

/// `<a class="kh-tel" href="tel:…">`: a tap target of 44×44 px at least (style.css).
pub fn tel(m: &mut Markup, href: &'static str, number: &'static str) {
    m.raw("<a class=\"kh-tel\" href=\"").raw(href).raw("\">").raw(number).raw("</a>");
}

/// The crisis line into markup that is being written. `more`: the link to
/// the "Hulp nu" page, if this page is not that page.
pub fn write(m: &mut Markup, lang: Lang, compact: bool, more: Option<&StepLink>) {
    if compact {
        m.raw("<div class=\"kh-crisis kh-crisis--compact\"><p><strong>").ui(lang, T::CrisisHeading).raw("</strong> ");
    } else {
        m.raw("<section class=\"kh-crisis\" aria-labelledby=\"kh-crisis-heading\"><h2 id=\"kh-crisis-heading\" class=\"kh-crisis__heading\">");
        m.ui(lang, T::CrisisHeading).raw("</h2><p class=\"kh-crisis__call\">");
    }
    m.ui(lang, T::CrisisCall).raw(" ");
    tel(m, "tel:113", "113");
    m.raw(" ").ui(lang, T::CrisisFree).raw(" ");
    tel(m, "tel:08000113", "0800-0113");
    m.ui(lang, T::CrisisDayNight).raw(" ").ui(lang, T::CrisisDanger).raw(" ");
    tel(m, "tel:112", "112");
    m.raw(".</p>");
    if let Some(link) = more {
        m.raw("<p class=\"kh-crisis__more kh-no-print\">");
        step_link(m, "kh-crisis__more-link", link, Go::Step(link.step));
        m.ui(lang, T::CrisisMore).raw("</a></p>");
    }
    m.raw(if compact { "</div>" } else { "</section>" });
}
