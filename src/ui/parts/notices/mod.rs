//! What was wrong with an opened link, or with the organisation's contacts
//! (widget), and a failed language switch: a polite status box.

use yew::prelude::*;

use crate::contacts::ContactNotice;
use crate::engine::{Lang, Notice};
use crate::ui::markup::{html as markup, to_html};
use crate::ui::text::{self, T, t};

/// Notices shown one by one; the rest are counted. A link of a thousand bad
/// parts would otherwise push the page (and its crisis line) far down, and
/// hand a screen reader a thousand announcements.
const MAX_SHOWN: usize = 5;

/// `contact_notices`: what was dropped from the organisation's contacts (the
/// advice still shows). `switch_failed`: the other language could not be fetched.
pub fn notices(lang: Lang, notices: &[Notice], contact_notices: &[ContactNotice], switch_failed: bool) -> Html {
    let switch = markup! {
        @if switch_failed {
            p class="kh-notice kh-notice--warning" role="alert" { (t(lang, T::SwitchFailed)) }
        }
    };
    let boxes = markup! {
        @if !notices.is_empty() {
            div.kh-notices__box {
                p.kh-notices__heading { (t(lang, T::NoticeHeading)) }
                ul {
                    @for n in notices.iter().take(MAX_SHOWN) { li { (text::notice(lang, n)) } }
                    @if notices.len() > MAX_SHOWN { li { (text::notice_more(lang, notices.len() - MAX_SHOWN)) } }
                }
            }
        }
        @if !contact_notices.is_empty() {
            div.kh-notices__box {
                p.kh-notices__heading { (t(lang, T::ContactNoticeHeading)) }
                ul { @for n in contact_notices { li { (n.message(lang)) } } }
            }
        }
    };
    // The live region is always there (an element of its own, kept across
    // renders), so screen readers announce what appears in it.
    html! {
        <>
            { to_html(switch) }
            <div class="kh-notices" role="status" aria-live="polite">{ to_html(boxes) }</div>
        </>
    }
}
