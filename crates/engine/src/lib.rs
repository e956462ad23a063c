//! The rule engine: answers in, ranked and explained advice out.
//!
//! Knows nothing of yew, the browser or the file system: the rules arrive as a
//! [`RuleSet`] (compiled into the binary by `build.rs`, or loaded from TOML by
//! `rules_source` on native targets) and everything here is plain Rust: a
//! crate without dependencies, `std` only, shared by the browser build, the
//! CLI and `build.rs`.

mod answers;
mod condition;
mod evaluate;
mod first_step;
mod model;
mod notice;
pub mod pack;
mod present;
mod reason;
pub mod said;

pub use answers::{Answers, MAX_OPTIONS, percent_decode};
pub use condition::Condition;
pub use evaluate::{Advice, Ranked, evaluate};
pub use first_step::first_step;
pub use model::*;
pub use notice::{Notice, NoticeKind, echo};
pub use present::{FACTOR_PROMOTION, chosen_level, named_factors, ACUTE, ACUTE_EXPERTS, ROLE_QUESTION, ROLES_FOR_OTHERS, acts_for_others, OPEN_CATEGORIES, OPEN_EXPERTS, Presentation, STAGE_QUESTION, Shown, answered, is_acute, present};
pub use reason::render_reason;
