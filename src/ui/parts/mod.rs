//! Parts of pages, one folder each (`mod.rs` + `style.css`): maud templates
//! (`ui::markup`) without events of their own, and the language switch, a
//! yew element so that it keeps focus when the page is redrawn.

pub mod category_card;
pub mod crisis_line;
pub mod error_summary;
pub mod expert_card;
pub mod figures;
pub mod first_step;
pub mod language_switch;
pub mod notices;
pub mod share;
