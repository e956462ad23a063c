//! Content loading: the texts of a language the user asks for (a content
//! pack, see `crate::content`). Until they are here the app shows the
//! language it has (`content::shown`); if they cannot be fetched, it stays
//! there and says so.

use yew::prelude::*;

use crate::content;
use crate::engine::Lang;
use crate::ui::state::{Action, State};
use crate::ui::text::T;

/// Fetch the texts of `wanted` when they are not here. True when that failed
/// (the notices say so).
#[hook]
pub fn use_content(wanted: Lang, dispatcher: UseReducerDispatcher<State>) -> bool {
    let switch_failed = use_state_eq(|| false);
    let update = use_force_update();
    {
        let switch_failed = switch_failed.clone();
        use_effect_with(wanted, move |&wanted| {
            if !content::has(wanted) {
                content::load(wanted, T::ALL.len(), move |ok| {
                    switch_failed.set(!ok);
                    if ok {
                        update.force_update();
                    } else {
                        dispatcher.dispatch(Action::SetLang(content::shown(wanted)));
                    }
                });
            }
        });
    }
    *switch_failed
}
