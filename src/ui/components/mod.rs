//! Small components, one folder each (`mod.rs` + `style.css`), and a few
//! shared view helpers.

pub mod category_card;
pub mod check_answers;
pub mod crisis_banner;
pub mod crisis_help;
pub mod error_summary;
pub mod expert_card;
pub mod figures_panel;
pub mod first_step;
pub mod language_switch;
pub mod notice_box;
pub mod plan_page;
pub mod question_page;
pub mod results_page;
pub mod share_actions;
pub mod start_page;

use yew::prelude::*;

use crate::engine::Lang;

use super::markup::Markup;
use super::state::Step;
use super::text::T;

/// A link to a step: a real `href` (the fragment, so it can be opened in a new
/// tab) and the step a plain click goes to (see [`Go`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StepLink {
    pub href: AttrValue,
    pub step: Step,
}

/// What a link or button in markup does on a plain click: its `data-kh-go`,
/// which the app's one click handler reads (`App`; a click with a modifier
/// key on a link opens it in a new tab instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    Step(Step),
    /// A "Wijzig" link on the check page.
    Change(usize),
    Begin,
    Restart,
    /// Copy the share link (`share_actions`).
    Share,
    Print,
}

impl Go {
    pub fn attr(self) -> String {
        match self {
            Go::Step(Step::Start) => "start".into(),
            Go::Step(Step::Question(q)) => format!("q{q}"),
            Go::Step(Step::Check) => "check".into(),
            Go::Step(Step::Results) => "results".into(),
            Go::Step(Step::Crisis) => "crisis".into(),
            Go::Step(Step::Plan) => "plan".into(),
            Go::Change(q) => format!("change{q}"),
            Go::Begin => "begin".into(),
            Go::Restart => "restart".into(),
            Go::Share => "share".into(),
            Go::Print => "print".into(),
        }
    }

    pub fn parse(attr: &str) -> Option<Go> {
        Some(match attr {
            "start" => Go::Step(Step::Start),
            "check" => Go::Step(Step::Check),
            "results" => Go::Step(Step::Results),
            "crisis" => Go::Step(Step::Crisis),
            "plan" => Go::Step(Step::Plan),
            "begin" => Go::Begin,
            "restart" => Go::Restart,
            "share" => Go::Share,
            "print" => Go::Print,
            _ => match attr.strip_prefix("change") {
                Some(q) => Go::Change(q.parse().ok()?),
                None => Go::Step(Step::Question(attr.strip_prefix('q')?.parse().ok()?)),
            },
        })
    }
}

/// `<a class="…" href="…" data-kh-go="…">` of a step link, left open for its text.
pub fn step_link(m: &mut Markup, class: &'static str, link: &StepLink, go: Go) {
    m.raw("<a class=\"").raw(class).raw("\" href=\"").text(&link.href).raw("\" data-kh-go=\"").text(&go.attr()).raw("\">");
}

/// The GOV.UK back link.
pub fn back_link(m: &mut Markup, lang: Lang, back: &Option<StepLink>) {
    if let Some(link) = back {
        step_link(m, "kh-back-link kh-no-print", link, Go::Step(link.step));
        m.ui(lang, T::Back).raw("</a>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_survives_its_attribute() {
        for go in [
            Go::Step(Step::Start),
            Go::Step(Step::Question(0)),
            Go::Step(Step::Question(12)),
            Go::Step(Step::Check),
            Go::Step(Step::Results),
            Go::Step(Step::Crisis),
            Go::Step(Step::Plan),
            Go::Change(3),
            Go::Begin,
            Go::Restart,
            Go::Share,
            Go::Print,
        ] {
            assert_eq!(Go::parse(&go.attr()), Some(go));
        }
        for bad in ["", "q", "qx", "change", "change-1", "begin ", "Q1"] {
            assert_eq!(Go::parse(bad), None, "{bad}");
        }
    }
}
