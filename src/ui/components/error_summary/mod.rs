//! The GOV.UK error summary: shown above the form after Next without an
//! answer; the app moves focus to it. Its link focuses the first input.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::dom;
use crate::ui::text::{T, t};

/// `target`: the id of the input the link points at. A plain function (no
/// state): see `crisis_banner`.
pub fn error_summary(lang: Lang, message: &str, target: &str) -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        // Not a real fragment link: that would replace the answers in the address bar.
        e.prevent_default();
        dom::focus_link_target(&e);
    });
    html! {
        <div class="kh-error-summary" role="alert" tabindex="-1" aria-labelledby="kh-error-summary-title">
            <h2 id="kh-error-summary-title" class="kh-error-summary__title">{ t(lang, T::ErrorHeading) }</h2>
            <ul class="kh-error-summary__list">
                <li><a href={format!("#{target}")} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}
