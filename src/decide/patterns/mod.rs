//! The small rule languages the decision tables are written in:
//! - [`selector`]: a CSS selector subset, matched against a snapshot (the CMP markers table);
//! - [`phrase`]: word patterns over lowercased text (consent statements).

pub mod phrase;
pub mod selector;
