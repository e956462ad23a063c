//! The yew user interface (rendered in the browser, and to a string natively for
//! prerendering and tests).
//!
//! Layout after yew's `examples/function_todomvc`: one [`state::State`] with an
//! `Action` enum and a reducer (which also decides what a link means and how
//! the address changes), a pure fragment codec in [`url`] ([`links`] reads a
//! clicked link's step back through it), all chrome strings in [`text`], one
//! folder per page in `pages/` (its view and its events) and per part in
//! `parts/`, one file per effect in `hooks/`, templates that escape by
//! default in [`markup`]. What a build can do is in [`capabilities`] (the
//! one place the UI looks at cargo features). Browser calls live in [`dom`]
//! (no-ops natively, so the UI renders with `ssr`).

pub mod app;
pub mod calendar;
pub mod capabilities;
pub mod checkin;
pub mod dom;
pub mod hooks;
pub mod links;
pub mod listeners;
pub mod markup;
pub mod pages;
pub mod parts;
pub mod plan;
pub mod state;
pub mod step;
pub mod text;
pub mod url;

pub use app::{App, Mode, Props};
