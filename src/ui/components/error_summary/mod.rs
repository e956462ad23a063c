//! The GOV.UK error summary: shown above the form after Next without an
//! answer; the app moves focus to it. Its link focuses the first input (the
//! app's click handler: `data-kh-focus`, not a real fragment link, which would
//! replace the answers in the address bar).

use crate::engine::Lang;
use crate::ui::markup::Markup;
use crate::ui::text::T;

/// `target`: the id of the input the link points at. Markup (see `ui::markup`).
pub fn error_summary(m: &mut Markup, lang: Lang, message: &str, target: &str) {
    m.raw("<div class=\"kh-error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"kh-error-summary-title\">");
    m.raw("<h2 id=\"kh-error-summary-title\" class=\"kh-error-summary__title\">").ui(lang, T::ErrorHeading);
    m.raw("</h2><ul class=\"kh-error-summary__list\"><li><a href=\"#").text(target).raw("\" data-kh-focus>");
    m.text(message).raw("</a></li></ul></div>");
}
