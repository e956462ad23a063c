//! "Hulp nu": the crisis lines as full-width tap-to-call buttons (113,
//! 0800-0113, 112, the chat at 113.nl) and the GP line, in one calm screen.
//! The page of its own after choosing an acute crisis, and the top of the
//! advice then. Roles that act for someone else (a manager, HR, …) get the
//! version for someone worried about another person: stay, call together.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::components::{Go, StepLink, back_link, step_link};
use crate::ui::markup::{Markup, external_with};
use crate::ui::text::{T, t};

/// One full-width call button: the action in large type, what it is for below.
fn call(m: &mut Markup, lang: Lang, href: &'static str, action: T, what: T) {
    m.raw("<li><a class=\"kh-call\" href=\"").raw(href).raw("\"><span class=\"kh-call__action\">").ui(lang, action);
    m.raw("</span><span class=\"kh-call__what\">").ui(lang, what).raw("</span></a></li>");
}

/// The call buttons and the GP line. `for_other`: worded for someone
/// worried about another person.
pub fn call_list(m: &mut Markup, lang: Lang, for_other: bool) {
    m.raw("<p class=\"kh-lead\">").ui(lang, if for_other { T::CrisisNowOther } else { T::CrisisNowSelf }).raw("</p>");
    m.raw("<ul class=\"kh-calls\">");
    call(m, lang, "tel:113", T::Call113, if for_other { T::Call113Other } else { T::Call113Self });
    call(m, lang, "tel:08000113", T::Call0800, T::Call0800What);
    call(m, lang, "tel:112", T::Call112, T::Call112What);
    m.raw("<li>");
    external_with(m, lang, "https://www.113.nl", "kh-call", |m| {
        m.raw("<span class=\"kh-call__action\">").ui(lang, T::Chat113).raw("</span><span class=\"kh-call__what\">");
        m.ui(lang, T::Chat113What).raw("</span>");
    });
    m.raw("</li></ul><p>").ui(lang, if for_other { T::CrisisGpOther } else { T::CrisisGpSelf }).raw("</p>");
}

pub struct Props {
    pub lang: Lang,
    pub for_other: bool,
    pub back: Option<StepLink>,
    /// "Werkadvies voor later": where the wizard goes on.
    pub later: StepLink,
}

/// The "Hulp nu" page. All markup (see `ui::markup`).
pub fn crisis_page(props: &Props) -> Html {
    let lang = props.lang;
    let mut m = Markup::new();
    m.raw("<div class=\"kh-crisis-help\">");
    back_link(&mut m, lang, &props.back);
    m.raw("<h1 tabindex=\"-1\">").ui(lang, T::CrisisNowTitle).raw("</h1>");
    call_list(&mut m, lang, props.for_other);
    m.raw("<p class=\"kh-no-print\">");
    step_link(&mut m, "kh-crisis-help__later", &props.later, Go::Step(props.later.step));
    m.ui(lang, T::CrisisLater).raw("</a></p></div>");
    m.finish()
}

/// The page title of the "Hulp nu" page.
pub fn title(lang: Lang) -> &'static str {
    t(lang, T::CrisisNowTitle)
}
