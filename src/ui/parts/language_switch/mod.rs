//! The NL/EN switch: a button in the other language, keeping answers and step.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::text::{T, t};

/// A plain function (no state): see `crisis_banner`. The click reaches the
/// app's root click handler through `data-kh-lang` (no yew listener: see
/// `ui::listeners`).
pub fn language_switch(lang: Lang) -> Html {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    html! {
        <button type="button" class="kh-lang-switch" lang={other.code()} data-kh-lang={other.code()}
            aria-label={t(lang, T::SwitchLabel)}>
            { t(lang, T::SwitchTo) }
        </button>
    }
}
