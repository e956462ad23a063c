//! Links between steps. A step link is a real link: its `href` is the step's
//! URL fragment (`url.rs`, the one codec for steps), so it opens in a new tab
//! and works before the wasm has arrived. A plain click is the app's: the
//! element's `data-kh-go` says what kind of click it is ([`Go`]), and the
//! step is read back from the `href` ([`action`]).

use yew::AttrValue;

use crate::content::rules;
use crate::engine::Lang;
use crate::ui::dom;
use crate::ui::markup::{Markup, html};
use crate::ui::state::{Action, Step};
use crate::ui::text::{T, t};
use crate::ui::url;

/// A link to a step: the `href` (the fragment, after the public site's
/// address when embedded) and the step it is (for the page's own logic).
#[derive(Clone, Debug, PartialEq)]
pub struct StepLink {
    pub href: AttrValue,
    pub step: Step,
}

/// What a plain click on a link or button of the app does: its `data-kh-go`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    /// Go to the step of the link's `href`.
    Step,
    /// A "Wijzig" link on the check page: the question of the `href`, then back to the check page.
    Change,
    /// The start button (its `href` is the first question).
    Begin,
    /// "Bekijk je advies" on the check page (a button: it sends, as a form would).
    Advice,
    Restart,
    /// Copy the share link (`parts::share`).
    Share,
    Print,
}

impl Go {
    const ALL: [(Go, &'static str); 7] = [
        (Go::Step, "step"),
        (Go::Change, "change"),
        (Go::Begin, "begin"),
        (Go::Advice, "advice"),
        (Go::Restart, "restart"),
        (Go::Share, "share"),
        (Go::Print, "print"),
    ];

    pub fn attr(self) -> &'static str {
        Go::ALL.iter().find(|(g, _)| *g == self).map_or("", |(_, a)| a)
    }

    pub fn parse(attr: &str) -> Option<Go> {
        Go::ALL.iter().find(|(_, a)| *a == attr).map(|(g, _)| *g)
    }
}

/// The state change of a plain click on an element with `data-kh-go` and
/// this `href`. `None`: not a state change (share, print), or an `href`
/// that names no step.
pub fn action(go: Go, href: Option<&str>) -> Option<Action> {
    // The step the link asks for (the reducer decides what shows); the
    // app's links name one, but the empty start page's (`#`, `#taal=en`).
    let step = || {
        let fragment = href?.split_once('#')?.1;
        Some(url::parse(rules(), fragment).step.unwrap_or(Step::Start))
    };
    Some(match go {
        Go::Step => Action::Goto(step()?),
        Go::Change => match step()? {
            Step::Question(q) => Action::Change(q),
            _ => return None,
        },
        Go::Begin => Action::Begin,
        Go::Advice => Action::Goto(Step::Results),
        Go::Restart => Action::Restart,
        Go::Share | Go::Print => return None,
    })
}

/// A click on the links and buttons every page has: a step link goes to the
/// step its `href` names ([`action`]); share and print act on the page; the
/// language switch (`data-kh-lang`); an in-page link marked
/// `data-kh-focus` moves focus. A link clicked with a modifier key opens in
/// a new tab instead (`dom::clicked`). `lang`: the language shown.
pub fn clicked(e: &yew::events::MouseEvent, lang: Lang) -> Option<Action> {
    if dom::focus_link_target(e) {
        e.prevent_default();
        return None;
    }
    if let Some(lang) = dom::clicked(e, "[data-kh-lang]", "data-kh-lang").and_then(|(_, code)| Lang::from_code(&code)) {
        // (Handled: embed-page.js, replaying a tap that came before the app, looks for this.)
        e.prevent_default();
        return Some(Action::SetLang(lang));
    }
    let (el, go) = dom::clicked(e, "[data-kh-go]", "data-kh-go")?;
    let go = Go::parse(&go)?;
    e.prevent_default();
    match go {
        Go::Share => dom::share(&el, t(lang, T::Copied), t(lang, T::CopyFallback)),
        Go::Print => dom::print(),
        _ => return action(go, dom::attribute(&el, "href").as_deref()),
    }
    None
}

/// `<a class="…" href="…" data-kh-go="…">content</a>`.
pub fn step_link(class: Option<&str>, link: &StepLink, go: Go, content: Markup) -> Markup {
    html! { a class=[class] href=(link.href.as_str()) data-kh-go=(go.attr()) { (content) } }
}

/// An approach in the overview of interventions (`keuzehulp overview`): its
/// page per language, its anchor `aanpak-<id>`. `site`: the public site
/// (`https://…/`) in a widget, empty on the site itself (relative links).
pub fn overview_href(lang: Lang, site: &str, id: &str) -> String {
    format!("{}#aanpak-{id}", overview_page(lang, site))
}

/// The overview page in `lang` (at the public site `site` in a widget).
pub fn overview_page(lang: Lang, site: &str) -> String {
    let page = if lang == Lang::En { "overview.html" } else { "overzicht.html" };
    format!("{site}{page}")
}

/// A link to the overview: in a widget or iframe (the public site `site`
/// given) it opens in a new window, so the host page or the frame stays.
pub fn overview_link(lang: Lang, site: &str, href: &str, class: &str, label: T) -> Markup {
    if !site.is_empty() {
        crate::ui::markup::external_with(lang, href, Some(class), html! { (t(lang, label)) })
    } else {
        html! { a class=(class) href=(href) { (t(lang, label)) } }
    }
}

/// The GOV.UK back link.
pub fn back_link(lang: Lang, back: Option<&StepLink>) -> Markup {
    html! {
        @if let Some(link) = back {
            (step_link(Some("kh-back-link kh-no-print"), link, Go::Step, html! { (t(lang, T::Back)) }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Answers;

    #[test]
    fn go_survives_its_attribute() {
        for (go, _) in Go::ALL {
            assert_eq!(Go::parse(go.attr()), Some(go));
        }
        for bad in ["", "q1", "begin ", "Step", "change0"] {
            assert_eq!(Go::parse(bad), None, "{bad}");
        }
    }

    /// A link's step goes through the URL codec both ways: the step a click
    /// dispatches is the step the link was made for.
    #[test]
    fn a_click_goes_to_the_step_of_its_href() {
        let r = rules();
        let (answers, _) = Answers::parse(r, "rol=werknemer&sector=ict&omvang=groot&niveau=team&fase=signalen&factoren=werkdruk");
        let mut steps = vec![Step::Start, Step::Check, Step::Results, Step::Crisis];
        steps.extend((0..r.questions.len()).filter(|&q| answers.applies(r, q)).map(Step::Question));
        for step in steps {
            for base in ["", "https://example.org/keuzehulp/"] {
                let href = format!("{base}#{}", url::fragment(r, &answers, step, Lang::En));
                match action(Go::Step, Some(&href)) {
                    Some(Action::Goto(s)) => assert_eq!(s, step, "{href}"),
                    _ => panic!("no step for {href}"),
                }
                if let Step::Question(q) = step {
                    assert!(matches!(action(Go::Change, Some(&href)), Some(Action::Change(c)) if c == q), "{href}");
                }
            }
        }
        assert!(action(Go::Step, Some("no-fragment")).is_none());
        assert!(action(Go::Step, None).is_none());
        let check = format!("#{}", url::fragment(r, &answers, Step::Check, Lang::Nl));
        assert!(action(Go::Change, Some(&check)).is_none(), "Wijzig needs a question");
        assert!(matches!(action(Go::Restart, None), Some(Action::Restart)));
        assert!(action(Go::Share, Some("#stap=advies")).is_none());
    }
}
