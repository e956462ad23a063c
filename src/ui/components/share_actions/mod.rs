//! Share and print: "Deel deze link" copies the link (a polite live region
//! confirms; without a clipboard the link is shown selected), "Print of
//! bewaar als PDF" opens the print dialog. The link is printed as text.
//!
//! Markup (see `ui::markup`); the buttons are the app's (`Go::Share`,
//! `Go::Print`), and what happens after a click changes the page directly
//! (`dom::share`): yew leaves the markup alone while the link stays the same.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::Go;
use crate::ui::markup::Markup;
use crate::ui::text::T;

pub fn share_actions(lang: Lang, link: &AttrValue) -> Html {
    let mut m = Markup::new();
    m.raw("<section class=\"kh-share\" aria-label=\"").ui(lang, T::Share).raw("\" data-kh-link=\"").text(link).raw("\">");
    m.raw("<p class=\"kh-share__note kh-no-print\">").ui(lang, T::ShareNote).raw("</p>");
    m.raw("<div class=\"kh-actions kh-no-print\"><button type=\"button\" class=\"kh-button\" data-kh-go=\"").text(&Go::Share.attr());
    m.raw("\">").ui(lang, T::Share).raw("</button><button type=\"button\" class=\"kh-button kh-button--secondary\" data-kh-go=\"");
    m.text(&Go::Print.attr()).raw("\">").ui(lang, T::Print);
    m.raw("</button></div><p class=\"kh-share__status kh-no-print\" role=\"status\" aria-live=\"polite\"></p>");
    m.raw("<p class=\"kh-share__field kh-no-print\" hidden><label for=\"kh-share-link\">").ui(lang, T::LinkLabel);
    m.raw("</label><input id=\"kh-share-link\" class=\"kh-input\" type=\"text\" readonly value=\"").text(link).raw("\"></p>");
    m.raw("<p class=\"kh-print-only kh-share__print\">").ui(lang, T::LinkLabel).raw(": ").text(link).raw("</p></section>");
    m.finish()
}
