//! Share and print: "Deel deze link" copies the link (a polite live region
//! confirms; without a clipboard the link is shown selected), "Print of
//! bewaar als PDF" opens the print dialog. The link is printed as text.
//!
//! Markup (see `ui::markup`) with one click handler, not a component: what
//! happens after a click changes the page directly (`dom::show_shared`), and
//! yew leaves the markup alone while the link stays the same.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::dom;
use crate::ui::markup::Markup;
use crate::ui::text::{T, t};

pub fn share_actions(lang: Lang, link: &AttrValue) -> Html {
    let mut m = Markup::new();
    m.raw("<div class=\"kh-actions kh-no-print\"><button type=\"button\" class=\"kh-button\" data-kh-action=\"share\">");
    m.ui(lang, T::Share).raw("</button><button type=\"button\" class=\"kh-button kh-button--secondary\" data-kh-action=\"print\">");
    m.ui(lang, T::Print).raw("</button></div><p class=\"kh-share__status kh-no-print\" role=\"status\" aria-live=\"polite\"></p>");
    m.raw("<p class=\"kh-share__field kh-no-print\" hidden><label for=\"kh-share-link\">").ui(lang, T::LinkLabel);
    m.raw("</label><input id=\"kh-share-link\" class=\"kh-input\" type=\"text\" readonly value=\"").text(link).raw("\"></p>");
    m.raw("<p class=\"kh-print-only kh-share__print\">").ui(lang, T::LinkLabel).raw(": ").text(link).raw("</p>");
    let link = link.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some((button, action)) = dom::clicked(&e, "button[data-kh-action]", "data-kh-action") else { return };
        if action == "print" {
            return dom::print();
        }
        dom::copy(&link, move |ok| {
            dom::show_shared(&button, ok, t(lang, if ok { T::Copied } else { T::CopyFallback }));
        });
    });
    html! {
        <section class="kh-share" aria-label={t(lang, T::Share)} {onclick}>{ m.finish() }</section>
    }
}
