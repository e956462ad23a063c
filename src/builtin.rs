//! The rules of `rules/*.toml`, checked by `build.rs`.
//!
//! Natively `RULES` holds them, every text included (compiled into the
//! binary). The browser build holds no rules, only `CONTENT_FINGERPRINT`: it
//! reads them from a content pack at run time (`crate::content`,
//! `engine::pack`) and refuses a pack of other rules.

#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/rules.rs"));

include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));
