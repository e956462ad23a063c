//! Reading and checking `rules/*.toml` (natively; the keuzehulp's pages get
//! the rules as content packs, see `engine::pack`).
//!
//! A crate of its own so that the site's and the widget's wasm cannot depend
//! on it (nor on `toml`), and so that `build.rs` can use it as a
//! build-dependency. The one wasm that has it is the rules studio's
//! (`crates/studio`, the root crate's `studio` feature, `dist/pkg-studio/`).

mod analysis;
pub mod answer_space;
pub mod cases;
pub mod codegen;
mod common;
mod condition;
mod diagnostic;
mod invariants;
mod items;
mod load;
pub mod plain;
mod questions;
mod reader;
mod rules;
pub mod vocabulary;

use std::path::Path;

pub use diagnostic::Diagnostic;
pub use items::FIRST_STEP_WORDS;
pub use load::FILES;
pub use rules::MAX_WEIGHT;

// The modules name the engine `crate::engine`, as the app's crate does.
use keuzehulp_engine as engine;

use engine::RuleSet;

/// Reads and fully checks a rules folder: the rule set, or every problem found.
pub fn check_dir(dir: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    finish(load::load(dir))
}

/// Checks rule files given as `(name, text)` in the order of [`FILES`] (for tests and fuzzing).
pub fn check_texts(files: Vec<(String, String)>) -> Result<RuleSet, Vec<Diagnostic>> {
    let files = files.into_iter().map(|(name, text)| diagnostic::SourceFile { name, text }).collect();
    finish(load::load_files(files))
}

fn finish((loaded, mut problems): (Option<load::Loaded>, Vec<Diagnostic>)) -> Result<RuleSet, Vec<Diagnostic>> {
    let Some(loaded) = loaded else { return Err(problems) };
    if problems.is_empty() {
        problems.extend(analysis::analyse(&loaded));
        problems.extend(invariants::check(&loaded));
    }
    if problems.is_empty() { Ok(loaded.rules) } else { Err(problems) }
}
