//! The yew user interface (rendered in the browser, and to a string natively for
//! prerendering and tests).
//!
//! Layout after yew's `examples/function_todomvc`: one [`state::State`] with an
//! `Action` enum and a reducer, pure fragment ⇄ state functions in [`url`] (the
//! one codec for steps; [`links`] reads a clicked link's step back through
//! it), all chrome strings in [`text`], one folder per page in `pages/` and
//! per part in `parts/`, templates that escape by default in [`markup`].
//! Browser calls live in [`dom`] (no-ops natively, so the UI renders with `ssr`).

pub mod address;
pub mod app;
pub mod calendar;
pub mod checkin;
pub mod dom;
pub mod embedded_history;
pub mod links;
pub mod listeners;
pub mod markup;
pub mod pages;
pub mod parts;
pub mod plan;
pub mod state;
pub mod text;
pub mod url;

pub use app::{App, Mode, Props};
