//! Punctuation classes the English rules read (each a [`Table`] in byte order, like the word
//! tables). Typography, not corpus data.

use super::super::table::Table;

/// Marks that end a sentence.
pub const SENTENCE_ENDS: Table<&str> = Table::words(&["!", ".", "?"]);

/// Marks that end a clause right after a verb ("…, they say.", "…, they say, …").
pub const CLAUSE_ENDS: Table<&str> = Table::words(&["!", ",", ".", "?"]);

/// Marks that close an apposition after an inverted source ("said X, a spokesman.").
pub const APPOSITION_ENDS: Table<&str> = Table::words(&[",", ".", ";"]);

/// Marks that a source or its description never runs across.
pub const CLAUSE_BREAKS: Table<&str> = Table::words(&[":", ";"]);

/// Dashes between phrases: en dash, em dash, horizontal bar (a spaced hyphen counts too).
pub const DASHES: Table<&str> = Table::words(&["–", "—", "―"]);

/// Marks that glue words into one name when nothing separates them ("U.S.", "state-run",
/// "AT&T", "O'Brien").
pub const GLUE: Table<&str> = Table::words(&["&", "'", "-", ".", "/", "’"]);

/// Marks allowed inside a speaker label before a colon ("J.D. Vance:", "O’Neill:").
pub const LABEL_MARKS: Table<&str> = Table::words(&["'", "-", ".", "’"]);

/// The punctuation that ends a quoted statement inside its closing quotation mark ("…,” the
/// governor urged", "…?” she asked"). Closed class.
pub const QUOTE_CLOSERS: Table<&str> = Table::words(&["!", ",", ".", "?", "…"]);
