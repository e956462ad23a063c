//! Share and print: "Deel deze link" copies the link (a polite live region
//! confirms; without a clipboard the link is shown selected), "Print of
//! bewaar als PDF" opens the print dialog. The link is printed as text.
//! The buttons are the app's (`Go::Share`, `Go::Print`); what happens after a
//! click changes the page directly (`dom::share`): yew leaves the markup
//! alone while the link stays the same.

use crate::engine::Lang;
use crate::ui::links::Go;
use crate::ui::markup::{Markup, html};
use crate::ui::text::{T, t};

pub fn share(lang: Lang, link: &str) -> Markup {
    html! {
        section.kh-share aria-label=(t(lang, T::Share)) data-kh-link=(link) {
            p class="kh-share__note kh-no-print" { (t(lang, T::ShareNote)) }
            div class="kh-actions kh-no-print" {
                button.kh-button type="button" data-kh-go=(Go::Share.attr()) { (t(lang, T::Share)) }
                button class="kh-button kh-button--secondary" type="button" data-kh-go=(Go::Print.attr()) { (t(lang, T::Print)) }
            }
            p class="kh-share__status kh-no-print" role="status" aria-live="polite" {}
            p class="kh-share__field kh-no-print" hidden {
                label for="kh-share-link" { (t(lang, T::LinkLabel)) }
                input #kh-share-link .kh-input type="text" readonly value=(link);
            }
            p class="kh-print-only kh-share__print" { (t(lang, T::LinkLabel)) ": " (link) }
        }
    }
}
