//! The NL/EN switch: a button in the other language, keeping answers and step.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::text::{T, t};

/// A plain function (no state): see `crisis_banner`.
pub fn language_switch(lang: Lang, on_switch: &Callback<Lang>) -> Html {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let onclick = on_switch.reform(move |_: MouseEvent| other);
    html! {
        <button type="button" class="kh-lang-switch" lang={other.code()}
            aria-label={t(lang, T::SwitchLabel)} {onclick}>
            { t(lang, T::SwitchTo) }
        </button>
    }
}
