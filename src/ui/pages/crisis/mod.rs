//! "Hulp nu": the crisis lines as full-width tap-to-call buttons (113,
//! 0800-0113, 112, the chat at 113.nl) and the GP line, in one calm screen.
//! The page of its own after choosing an acute crisis, and the top of the
//! advice then. Roles that act for someone else (a manager, HR, …) get the
//! version for someone worried about another person: stay, call together.
//! No events of its own: its links are step links (`ui::links`).

use yew::Html;

use crate::crisis;
use crate::engine::Lang;
use crate::ui::links::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{Markup, external_with, html, to_html};
use crate::ui::text::{T, t};

/// One full-width call button: the action in large type, what it is for below.
fn call(lang: Lang, href: &'static str, action: T, what: T) -> Markup {
    html! {
        li { a.kh-call href=(href) { span.kh-call__action { (t(lang, action)) } span.kh-call__what { (t(lang, what)) } } }
    }
}

/// The call buttons and the GP line. `for_other`: worded for someone
/// worried about another person.
pub fn call_list(lang: Lang, for_other: bool) -> Markup {
    let chat = html! { span.kh-call__action { (t(lang, T::Chat113)) } span.kh-call__what { (t(lang, T::Chat113What)) } };
    html! {
        p.kh-lead { (t(lang, if for_other { T::CrisisNowOther } else { T::CrisisNowSelf })) }
        ul.kh-calls {
            (call(lang, crisis::SUICIDE.tel, T::Call113, if for_other { T::Call113Other } else { T::Call113Self }))
            (call(lang, crisis::FREE.tel, T::Call0800, T::Call0800What))
            (call(lang, crisis::DANGER.tel, T::Call112, T::Call112What))
            li { (external_with(lang, crisis::CHAT, Some("kh-call"), chat)) }
        }
        p { (t(lang, if for_other { T::CrisisGpOther } else { T::CrisisGpSelf })) }
    }
}

pub struct Props {
    pub lang: Lang,
    pub for_other: bool,
    pub back: Option<StepLink>,
    /// "Werkadvies voor later": where the wizard goes on.
    pub later: StepLink,
}

/// The "Hulp nu" page.
pub fn view(props: &Props) -> Html {
    let lang = props.lang;
    to_html(html! {
        div.kh-crisis-help {
            (back_link(lang, props.back.as_ref()))
            h1 tabindex="-1" { (t(lang, T::CrisisNowTitle)) }
            (call_list(lang, props.for_other))
            p.kh-no-print { (step_link(Some("kh-crisis-help__later"), &props.later, Go::Step, html! { (t(lang, T::CrisisLater)) })) }
        }
    })
}

/// The page title of the "Hulp nu" page.
pub fn title(lang: Lang) -> &'static str {
    t(lang, T::CrisisNowTitle)
}
