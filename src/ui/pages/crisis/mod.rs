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

/// The words of the page for the person in crisis, or for someone worried
/// about another person: the lead, what 113 is for, the GP line.
fn wording(for_other: bool) -> [T; 3] {
    if for_other { [T::CrisisNowOther, T::Call113Other, T::CrisisGpOther] } else { [T::CrisisNowSelf, T::Call113Self, T::CrisisGpSelf] }
}

/// The call buttons and the GP line. `for_other`: worded for someone
/// worried about another person. The other wording is one tap away, folded
/// under the lead (issue 34): from the start page nobody has said yet
/// whom it is about, and a manager may be there for a colleague.
pub fn call_list(lang: Lang, for_other: bool) -> Markup {
    let [lead, what_113, gp] = wording(for_other);
    // (Not the other GP line: it differs in a word, and "bel samen" is in the lead.)
    let [other_lead, other_113, _] = wording(!for_other);
    let chat = html! { span.kh-call__action { (t(lang, T::Chat113)) } span.kh-call__what { (t(lang, T::Chat113What)) } };
    html! {
        p.kh-lead { (t(lang, lead)) }
        details.kh-crisis-for.kh-no-print {
            summary.kh-crisis-for__summary { (t(lang, if for_other { T::CrisisForSelf } else { T::CrisisForOther })) }
            div.kh-crisis-for__body {
                p { (t(lang, other_lead)) }
                p { (t(lang, other_113)) }
            }
        }
        ul.kh-calls {
            (call(lang, crisis::SUICIDE.tel, T::Call113, what_113))
            (call(lang, crisis::FREE.tel, T::Call0800, T::Call0800What))
            (call(lang, crisis::DANGER.tel, T::Call112, T::Call112What))
            li { (external_with(lang, crisis::CHAT, Some("kh-call"), chat)) }
        }
        p { (t(lang, gp)) }
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
