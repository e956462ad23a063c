//! The static pages' file names, their Content-Security-Policy and the head
//! they share: a file of its own, so the overview and the employers' page
//! link each other without importing each other (tests/architecture.rs).

use crate::engine::Lang;
use maud::{Markup, html};

/// The overview of a language: `overzicht.html` (nl) or `overview.html` (en).
pub fn overview(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "overzicht.html",
        Lang::En => "overview.html",
    }
}

/// The page for employers and HR of a language.
pub fn employers(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "werkgevers.html",
        Lang::En => "employers.html",
    }
}

/// The same Content-Security-Policy as the other static pages, plus our own script.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'";

/// The head of the overview and the employers' page: the policy, the viewport,
/// the description, "title – app name", the icon (the overview's is inline:
/// no request on its first visit) and the stylesheets; `own` is what the page
/// adds (its script).
pub fn head(lang: Lang, title: &str, description: &str, icon: &str, own: Markup) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta http-equiv="Content-Security-Policy" content=(CSP);
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="referrer" content="no-referrer";
            meta name="description" content=(description);
            meta name="theme-color" content="#154273";
            title { (title) " – " (crate::ui::text::t(lang, crate::ui::text::T::AppName)) }
            link rel="icon" href=(icon) type="image/svg+xml";
            link rel="stylesheet" href="app.css";
            link rel="stylesheet" href="overview.css";
            (own)
        }
    }
}
