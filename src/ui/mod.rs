//! The yew user interface (rendered in the browser, and to a string natively for
//! prerendering and tests).
//!
//! Layout after yew's `examples/function_todomvc`: one [`state::State`] with an
//! `Action` enum and a reducer, pure fragment ⇄ state functions in [`url`], all
//! chrome strings in [`text`], small components in `components/<name>/`.
//! Browser calls live in [`dom`] (no-ops natively, so the UI renders with `ssr`).

pub mod app;
pub mod components;
pub mod dom;
pub mod markup;
pub mod plan;
pub mod state;
pub mod text;
pub mod url;

pub use app::{App, Mode, Props};
