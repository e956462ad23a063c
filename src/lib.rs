//! Keuzehulp werkstress: the rule engine (pure Rust), the rules source
//! (native only: reads and checks `rules/*.toml`), the command line for rule
//! authors, and the yew user interface.

pub mod builtin;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod contacts;
pub mod content;
/// The crisis line's numbers and addresses: their one source.
pub mod crisis;
pub mod embed_setup;
/// The rule engine, a crate of its own (`crates/engine`, `std` only).
pub use keuzehulp_engine as engine;
pub mod preset;
/// Reading and checking the TOML rules (`crates/rules-source`), native only.
#[cfg(not(target_arch = "wasm32"))]
pub use keuzehulp_rules_source as rules_source;
pub mod ui;
#[cfg(target_arch = "wasm32")]
mod web;
