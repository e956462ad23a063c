//! The rules of `rules/*.toml`, checked and compiled into the binary by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
