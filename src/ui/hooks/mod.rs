//! The app's effects, one named hook each: what follows the state outside
//! the app's own markup. `App` calls them; none decides anything the
//! reducer (`ui::state`) should: the address hook writes what the state's
//! `address` says, it never reads back what it wrote.

pub mod address;
pub mod content;
pub mod embedded_history;
pub mod focus;
