//! The static pages' file names and their Content-Security-Policy: a file
//! of its own, so the overview and the employers' page link each other
//! without importing each other (tests/architecture.rs).

use crate::engine::Lang;

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
