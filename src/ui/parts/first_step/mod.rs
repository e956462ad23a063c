//! "Doe dit eerst": the one first step (`engine::present`'s), with the
//! contact it names as a tap-to-call number or a link where there is one.
//! In the first screen of the advice.

use crate::content::rules;
use crate::contacts::tel_href;
use crate::engine::Lang;
use crate::ui::markup::{Markup, external, html};
use crate::ui::text::{T, t};

/// The first step `step` (an index into `RuleSet::first_steps`).
pub fn first_step(lang: Lang, step: usize) -> Markup {
    let Some(step) = rules().first_steps.get(step) else { return html! {} };
    let expert = step.expert.and_then(|e| rules().experts.get(e as usize));
    html! {
        section.kh-first-step aria-labelledby="kh-first-step-heading" {
            h2 #kh-first-step-heading .kh-first-step__heading { (t(lang, T::FirstStepHeading)) }
            p.kh-first-step__text { (step.text.get(lang)) }
            @if let Some(expert) = expert {
                @if let Some(phone) = &expert.phone {
                    p.kh-first-step__contact { a.kh-tel href=(tel_href(phone)) { (t(lang, T::CrisisCall)) " " (phone) } }
                } @else if let Some(link) = expert.links.first() {
                    p.kh-first-step__contact { (external(lang, &link.url, link.label.get(lang))) }
                }
            }
        }
        // Right under the step, folded, and outside its box: the step and its
        // contact end inside the first screen, also at 320×568 (issue 34).
        @if let (Some(title), Some(more)) = (&step.more_title, &step.more) {
            details.kh-fold.kh-first-step__more {
                summary { (title.get(lang)) }
                ul { @for line in more.get(lang).lines().filter(|l| !l.trim().is_empty()) { li { (line.trim()) } } }
            }
        }
    }
}
