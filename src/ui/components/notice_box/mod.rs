//! What was wrong with an opened link, or with the organisation's contacts
//! (widget): a polite status box with the notices.

use yew::prelude::*;

use crate::contacts::ContactNotice;
use crate::engine::{Lang, Notice};
use crate::ui::text::{T, t};

/// `contact_notices`: what was dropped from the organisation's contacts (the
/// advice still shows). A plain function (no state): see `crisis_banner`.
pub fn notice_box(lang: Lang, notices: &[Notice], contact_notices: &[ContactNotice]) -> Html {
    // The live region is always there, so screen readers announce what appears in it.
    html! {
        <div class="kh-notices" role="status" aria-live="polite">
            if !notices.is_empty() {
                <div class="kh-notices__box">
                    <p class="kh-notices__heading">{ t(lang, T::NoticeHeading) }</p>
                    <ul>{ for notices.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }</ul>
                </div>
            }
            if !contact_notices.is_empty() {
                <div class="kh-notices__box">
                    <p class="kh-notices__heading">{ t(lang, T::ContactNoticeHeading) }</p>
                    <ul>{ for contact_notices.iter().map(|n| html! { <li>{ n.message(lang).to_string() }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
