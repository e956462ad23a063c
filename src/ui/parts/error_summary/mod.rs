//! The GOV.UK error summary: shown above the form after Next without an
//! answer; the app moves focus to it. Its link focuses the first input (the
//! app's click handler: `data-kh-focus`, not a real fragment link, which would
//! replace the answers in the address bar).

use crate::engine::Lang;
use crate::ui::markup::{Markup, html};
use crate::ui::text::{T, t};

/// `target`: the id of the input the link points at.
pub fn error_summary(lang: Lang, message: &str, target: &str) -> Markup {
    html! {
        div.kh-error-summary role="alert" tabindex="-1" aria-labelledby="kh-error-summary-title" {
            h2 #kh-error-summary-title .kh-error-summary__title { (t(lang, T::ErrorHeading)) }
            ul.kh-error-summary__list { li { a href={ "#" (target) } data-kh-focus { (message) } } }
        }
    }
}
