//! What was wrong with an opened link: a polite status box with the notices.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Lang, Notice};
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub notices: Rc<Vec<Notice>>,
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
        </div>
    }
}
