//! Keuzehulp werkstress: the rule engine (pure Rust), the rules source
//! (native only: reads and checks `rules/*.toml`), the command line for rule
//! authors, and the yew user interface.

pub mod builtin;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod contacts;
pub mod content;
pub mod engine;
pub mod preset;
#[cfg(not(target_arch = "wasm32"))]
pub mod rules_source;
pub mod ui;
#[cfg(target_arch = "wasm32")]
mod web;
