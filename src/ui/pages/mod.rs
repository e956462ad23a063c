//! The pages, one folder each: the view, and the page's own events where it
//! has any (DOM events in, `Action`s out). `App` routes each step to one.
//! Pages without inputs are maud templates; the question page is a yew
//! component, so its inputs keep their DOM nodes (ARCHITECTURE.md, "Views").

pub mod check;
pub mod checkin;
pub mod crisis;
pub mod plan;
pub mod question;
pub mod results;
pub mod start;
