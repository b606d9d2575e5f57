//! Stage 2, the decisions: pure functions over a [`Page`](crate::model::page::Page), each with
//! its rules in data tables beside it.
//!
//! - [`main_content`]: which part of the page is the article (Readability's scoring, read-only);
//! - [`consent`]: consent notices, their backdrops and scroll locks;
//! - [`placeholder`]: placeholder clutter (filler text, heading-only widgets, zero counters);
//! - [`attribution`]: sources and cues in text, and [`attribution::blocks`], the article's
//!   paragraphs as text mapped back to nodes;
//! - [`claims`]: the elements a pass has claimed, asked about for every element it looks at;
//! - [`patterns`]: the two small rule languages the tables are written in (a CSS selector subset
//!   and word patterns).

pub mod attribution;
pub mod claims;
pub mod consent;
pub mod main_content;
pub mod patterns;
pub mod placeholder;
