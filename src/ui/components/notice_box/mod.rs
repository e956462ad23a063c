//! What was wrong with an opened link, or with the organisation's contacts
//! (widget): a polite status box with the notices.

use std::rc::Rc;

use yew::prelude::*;

use crate::contacts::ContactNotice;
use crate::engine::{Lang, Notice};
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub notices: Rc<Vec<Notice>>,
    /// What was dropped from the organisation's contacts (the advice still shows).
    #[prop_or_default]
    pub contact_notices: Rc<Vec<ContactNotice>>,
}

#[component]
pub fn NoticeBox(props: &Props) -> Html {
    let lang = props.lang;
    // The live region is always there, so screen readers announce what appears in it.
    html! {
        <div class="kh-notices" role="status" aria-live="polite">
            if !props.notices.is_empty() {
                <div class="kh-notices__box">
                    <p class="kh-notices__heading">{ t(lang, T::NoticeHeading) }</p>
                    <ul>{ for props.notices.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }</ul>
                </div>
            }
            if !props.contact_notices.is_empty() {
                <div class="kh-notices__box">
                    <p class="kh-notices__heading">{ t(lang, T::ContactNoticeHeading) }</p>
                    <ul>{ for props.contact_notices.iter().map(|n| html! { <li>{ n.message(lang).to_string() }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
