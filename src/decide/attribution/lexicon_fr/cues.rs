//! French cues that are no verbs: prepositions, inserted cues, sourceless phrases.

use super::super::table::Table;

/// "selon le ministère", "d'après l'AFP". From the Gender Gap Tracker's French "selon" pattern (notes §2).
pub const SOURCE_AFTER: Table<&str> = Table::words(&["d'après", "selon"]);

/// None in French.
pub const SOURCE_AFTER_NOUN: Table<(&str, &[&str])> = Table::keyed(&[]);

/// None in French.
pub const SOURCE_BEFORE: Table<&str> = Table::words(&[]);

/// None in French.
pub const INSERTED: Table<&str> = Table::words(&[]);

/// Cues with no source in the text. Our own.
pub const SOURCELESS: Table<&str> = Table::words(&["a-t-on appris", "apprend-on"]);

/// Nouns of opinion that, after a determiner and before a content clause, are cues. Our own,
/// from the WikiNews cues "ist der Meinung", "kam zu dem Ergebnis" (German).
pub const OPINION_NOUNS: Table<&str> = Table::words(&[]);
