//! The rules of `rules/*.toml`, checked and compiled into the binary by `build.rs`.
//!
//! Natively `RULES` holds every text. The browser build holds `SHELL`: the
//! same rules with empty texts, filled from a content pack at run time
//! (`crate::content`); `CONTENT_FINGERPRINT` ties the packs to this shell.

#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/rules.rs"));

#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/rules_shell.rs"));

#[cfg(not(target_arch = "wasm32"))]
mod shell {
    include!(concat!(env!("OUT_DIR"), "/rules_shell.rs"));
}

/// The fingerprint the browser build's content packs must carry.
#[cfg(not(target_arch = "wasm32"))]
pub use shell::CONTENT_FINGERPRINT;
#[cfg(not(target_arch = "wasm32"))]
pub use shell::SHELL;
