//! The NL/EN switch: a button in the other language, keeping answers and step.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub on_switch: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &Props) -> Html {
    let other = match props.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let onclick = props.on_switch.reform(move |_: MouseEvent| other);
    html! {
        <button type="button" class="kh-lang-switch" lang={other.code()}
            aria-label={t(props.lang, T::SwitchLabel)} {onclick}>
            { t(props.lang, T::SwitchTo) }
        </button>
    }
}
