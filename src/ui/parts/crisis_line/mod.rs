//! The crisis line: 113 (thoughts of suicide, or worry about someone), free
//! 0800-0113, 112 in danger, each a tap target of at least 44×44 px. On the
//! start page in the first screen, under the Start button; compact in the
//! footer of the other pages. Its "other urgent need" link leads to the
//! "Hulp nu" page (`pages::crisis`), keeping the answers. The numbers are
//! literals of this file: no content pack or contacts file can change them.

use crate::engine::Lang;
use crate::ui::links::{Go, StepLink, step_link};
use crate::ui::markup::{Markup, html};
use crate::ui::text::{T, t};

/// `<a class="kh-tel" href="tel:…">`: a tap target of 44×44 px at least (style.css).
fn tel(href: &'static str, number: &'static str) -> Markup {
    html! { a.kh-tel href=(href) { (number) } }
}

/// The sentence with the three numbers.
fn call(lang: Lang) -> Markup {
    html! {
        (t(lang, T::CrisisCall)) " " (tel("tel:113", "113")) " " (t(lang, T::CrisisFree)) " "
        (tel("tel:08000113", "0800-0113")) (t(lang, T::CrisisDayNight)) " " (t(lang, T::CrisisDanger)) " "
        (tel("tel:112", "112")) "."
    }
}

/// The crisis line. `compact`: the footer's one paragraph; else a section
/// with its heading. `more`: the link to the "Hulp nu" page, if this page
/// is not that page.
pub fn crisis_line(lang: Lang, compact: bool, more: Option<&StepLink>) -> Markup {
    let more = html! {
        @if let Some(link) = more {
            p class="kh-crisis__more kh-no-print" {
                (step_link(Some("kh-crisis__more-link"), link, Go::Step, html! { (t(lang, T::CrisisMore)) }))
            }
        }
    };
    html! {
        @if compact {
            div class="kh-crisis kh-crisis--compact" {
                p { strong { (t(lang, T::CrisisHeading)) } " " (call(lang)) }
                (more)
            }
        } @else {
            section.kh-crisis aria-labelledby="kh-crisis-heading" {
                h2 #kh-crisis-heading .kh-crisis__heading { (t(lang, T::CrisisHeading)) }
                p.kh-crisis__call { (call(lang)) }
                (more)
            }
        }
    }
}
