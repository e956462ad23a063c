//! Share and print: "Deel deze link" copies the link (a polite live region
//! confirms; without a clipboard the link is shown selected), "Print of
//! bewaar als PDF" opens the print dialog. The link is printed as text.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::dom;
use crate::ui::text::{T, t};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub link: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

#[component]
pub fn ShareActions(props: &Props) -> Html {
    let lang = props.lang;
    let status = use_state_eq(|| Copy::Idle);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(*status, move |s| {
            if *s == Copy::Failed {
                dom::select(&input);
            }
        });
    }
    let on_share = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            dom::copy(&link, move |ok| status.set(if ok { Copy::Done } else { Copy::Failed }));
        })
    };
    let on_print = Callback::from(|_: MouseEvent| dom::print());
    let message = match *status {
        Copy::Idle => "",
        Copy::Done => t(lang, T::Copied),
        Copy::Failed => t(lang, T::CopyFallback),
    };
    html! {
        <section class="kh-share" aria-label={t(lang, T::Share)}>
            <div class="kh-actions kh-no-print">
                <button type="button" class="kh-button" onclick={on_share}>{ t(lang, T::Share) }</button>
                <button type="button" class="kh-button kh-button--secondary" onclick={on_print}>{ t(lang, T::Print) }</button>
            </div>
            <p class="kh-share__status kh-no-print" role="status" aria-live="polite">{ message }</p>
            if *status == Copy::Failed {
                <p class="kh-share__field kh-no-print">
                    <label for="kh-share-link">{ t(lang, T::LinkLabel) }</label>
                    <input id="kh-share-link" class="kh-input" type="text" readonly=true value={props.link.clone()} ref={input} />
                </p>
            }
            <p class="kh-print-only kh-share__print">{ t(lang, T::LinkLabel) }{ ": " }{ props.link.clone() }</p>
        </section>
    }
}
