//! What was wrong with an opened link, or with the organisation's contacts
//! (widget): a polite status box with the notices.

use yew::prelude::*;

use crate::contacts::ContactNotice;
use crate::engine::{Lang, Notice};
use crate::ui::markup::Markup;
use crate::ui::text::{self, T};

/// Notices shown one by one; the rest are counted. A link of a thousand bad
/// parts would otherwise push the page (and its crisis line) far down, and
/// hand a screen reader a thousand announcements.
const MAX_SHOWN: usize = 5;

/// `contact_notices`: what was dropped from the organisation's contacts (the
/// advice still shows). A plain function (no state): see `crisis_banner`.
pub fn notice_box(lang: Lang, notices: &[Notice], contact_notices: &[ContactNotice]) -> Html {
    // The live region is always there, so screen readers announce what appears in it.
    let mut m = Markup::new();
    if !notices.is_empty() {
        m.raw("<div class=\"kh-notices__box\"><p class=\"kh-notices__heading\">").ui(lang, T::NoticeHeading).raw("</p><ul>");
        for n in notices.iter().take(MAX_SHOWN) {
            m.raw("<li>").text(&text::notice(lang, n)).raw("</li>");
        }
        if notices.len() > MAX_SHOWN {
            m.raw("<li>").text(&text::notice_more(lang, notices.len() - MAX_SHOWN)).raw("</li>");
        }
        m.raw("</ul></div>");
    }
    if !contact_notices.is_empty() {
        m.raw("<div class=\"kh-notices__box\"><p class=\"kh-notices__heading\">").ui(lang, T::ContactNoticeHeading).raw("</p><ul>");
        for n in contact_notices {
            m.raw("<li>").text(n.message(lang)).raw("</li>");
        }
        m.raw("</ul></div>");
    }
    html! {
        <div class="kh-notices" role="status" aria-live="polite">{ m.finish() }</div>
    }
}
