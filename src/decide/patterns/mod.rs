//! The small rule languages the decision tables are written in:
//! - [`selector`]: a CSS selector subset, matched against a snapshot (the CMP markers table);
//! - [`phrase`]: word patterns over lowercased text (consent statements, zero counters);
//! - [`literals`]: sets of literals found anywhere in a text (consent triggers, class names);
//! - [`list`]: the lists of strings of the tables, each held as one string.

pub mod list;
pub mod literals;
pub mod phrase;
pub mod selector;
