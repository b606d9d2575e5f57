//! Stage 1, the model: the page as plain data and what is decided about it. Every type here is
//! plain data; nothing here decides or touches a browser.
//!
//! - [`snapshot`]: the page's nodes as read (elements with a few attributes, text);
//! - [`layout`]: the computed style and boxes decisions ask for, and the scroll baseline;
//!   [`inline_layout`] answers them from inline styles in native tests;
//! - [`page`]: a snapshot with per-node counts computed once;
//! - [`attribution`]: a source and cue found in a text;
//! - [`chars`]: loops over every character of page text, ASCII without decoding;
//! - [`span`]: offsets (UTF-8 bytes inside the engine, UTF-16 code units at the JavaScript edge);
//! - [`plan`]: what the page side must do (hide, unlock, highlight), with reasons;
//! - [`report`]: what a run reports to the reader and the tests.

pub mod attribution;
pub mod chars;
pub mod inline_layout;
pub mod layout;
pub mod packed;
pub mod page;
pub mod plan;
pub mod report;
pub mod snapshot;
pub mod span;
