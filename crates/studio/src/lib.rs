//! The rules studio's logic (issue 33), in plain Rust so that it is tested
//! natively: the browser reaches it through the root crate's `studio`
//! feature (`src/web/studio.rs`, built into `dist/pkg-studio/`).
//!
//! - [`check`]: the checks of `keuzehulp check` on rule files in memory,
//!   every problem and plain-language warning with file, line and column;
//! - [`advice`]: the advice for an answer set as lines, to say what changed;
//! - [`diff`]: a line diff, and a unified diff `git apply` takes;
//! - [`cases`]: the cases of `tests/cases/*.toml`, by the runner `tests/golden.rs` uses;
//! - [`invariants`]: the safety invariants of `tests/answer_space.rs` (one
//!   source: `rules_source::answer_space`), over a chunk of the answer space;
//! - [`zip`]: a stored (uncompressed) zip of the changed files;
//! - [`json`]: the small JSON the page reads.

pub mod advice;
pub mod cases;
pub mod check;
pub mod diff;
pub mod invariants;
pub mod json;
pub mod zip;

pub use keuzehulp_engine as engine;
pub use keuzehulp_rules_source as rules_source;
