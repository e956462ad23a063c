//! The crisis line: 113 (thoughts of suicide, or worry about someone), free
//! 0800-0113, 112 in danger, each a tap target of at least 44×44 px. On the
//! start page in the first screen, under the Start button; compact in the
//! footer of the other pages. Its "other urgent need" link leads to the
//! "Hulp nu" page (`pages::crisis`), keeping the answers. The numbers come
//! from `crate::crisis`, compiled in: no content pack or contacts file can
//! change them. `keuzehulp crisis` gives this same line to the build, for the
//! HTML and JavaScript fallbacks (`cli::crisis`).

use crate::crisis::{self, Number};
use crate::engine::Lang;
use crate::ui::links::{Go, StepLink, step_link};
use crate::ui::markup::{Markup, html};
use crate::ui::text::{T, t};

/// `<a class="kh-tel" href="tel:…">`: a tap target of 44×44 px at least (style.css).
fn tel(number: Number) -> Markup {
    html! { a.kh-tel href=(number.tel) { (number.shown) } }
}

/// The sentence with the three numbers.
fn call(lang: Lang) -> Markup {
    html! {
        @for piece in pieces(lang) {
            @match piece {
                Ok(text) => (text),
                Err(number) => (tel(number)),
            }
        }
    }
}

/// The sentence with the three numbers as pieces: text, or a number to
/// call. The app renders it (above), and `keuzehulp fallback --json` gives it
/// to the JavaScript fallbacks, so they say the same.
pub fn pieces(lang: Lang) -> [Result<&'static str, Number>; 13] {
    [
        Ok(t(lang, T::CrisisCallFree)),
        Ok(" "),
        Err(crisis::SUICIDE),
        Ok(" "),
        Ok(t(lang, T::CrisisFree)),
        Ok(" "),
        Err(crisis::FREE),
        Ok(t(lang, T::CrisisDayNight)),
        Ok(" "),
        Ok(t(lang, T::CrisisDanger)),
        Ok(" "),
        Err(crisis::DANGER),
        Ok("."),
    ]
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
