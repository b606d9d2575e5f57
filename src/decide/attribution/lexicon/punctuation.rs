//! Punctuation classes the English rules read (each a set of [`Words`] in byte order, like the
//! word tables). Typography, not corpus data.

use super::super::table::{words, Words};

/// Marks that end a sentence.
pub static SENTENCE_ENDS: Words = words!["!", ".", "?"];

/// Marks that end a clause right after a verb ("…, they say.", "…, they say, …").
pub static CLAUSE_ENDS: Words = words!["!", ",", ".", "?"];

/// Marks that close an apposition after an inverted source ("said X, a spokesman.").
pub static APPOSITION_ENDS: Words = words![",", ".", ";"];

/// Marks that a source or its description never runs across.
pub static CLAUSE_BREAKS: Words = words![":", ";"];

/// Dashes between phrases: en dash, em dash, horizontal bar (a spaced hyphen counts too).
pub static DASHES: Words = words!["–", "—", "―"];

/// Marks that glue words into one name when nothing separates them ("U.S.", "state-run",
/// "AT&T", "O'Brien").
pub static GLUE: Words = words!["&", "'", "-", ".", "/", "’"];

/// Marks allowed inside a speaker label before a colon ("J.D. Vance:", "O’Neill:").
pub static LABEL_MARKS: Words = words!["'", "-", ".", "’"];

/// The punctuation that ends a quoted statement inside its closing quotation mark ("…,” the
/// governor urged", "…?” she asked"). Closed class.
pub static QUOTE_CLOSERS: Words = words!["!", ",", ".", "?", "…"];
