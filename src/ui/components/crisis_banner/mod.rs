//! The crisis line: 113, free 0800-0113, 112 in danger, chat at 113.nl. Full
//! on the start page and first on the results page in an acute crisis,
//! compact in the footer of every other page.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::markup::{Markup, external};
use crate::ui::text::{T, t};

/// A plain function, not a component (no state; a component costs the wasm
/// about 1 KB of yew lifecycle code each), written as markup: see `ui::markup`.
pub fn crisis_banner(lang: Lang, compact: bool) -> Html {
    let mut m = Markup::new();
    write(&mut m, lang, compact);
    m.finish()
}

/// The crisis line into markup that is being written.
pub fn write(m: &mut Markup, lang: Lang, compact: bool) {
    if compact {
        m.raw("<p class=\"kh-crisis kh-crisis--compact\">").ui(lang, T::CrisisShort).raw(" <a href=\"tel:113\">113</a> ");
        m.ui(lang, T::CrisisFree).raw(" <a href=\"tel:08000113\">0800-0113</a>. ").ui(lang, T::CrisisDanger);
        m.raw(" <a href=\"tel:112\">112</a>.</p>");
        return;
    }
    m.raw("<section class=\"kh-crisis\" aria-labelledby=\"kh-crisis-heading\"><h2 id=\"kh-crisis-heading\" class=\"kh-crisis__heading\">");
    m.ui(lang, T::CrisisHeading).raw("</h2><p>").ui(lang, T::CrisisText).raw("</p><p class=\"kh-crisis__call\">");
    m.ui(lang, T::CrisisCall).raw(" <a href=\"tel:113\">113</a> ").ui(lang, T::CrisisFree);
    m.raw(" <a href=\"tel:08000113\">0800-0113</a>.</p><p>");
    external(m, lang, "https://www.113.nl", t(lang, T::CrisisChat));
    m.raw("</p><p>").ui(lang, T::CrisisDanger).raw(" <a href=\"tel:112\">112</a>.</p></section>");
}
