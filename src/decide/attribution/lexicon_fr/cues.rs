//! French cues that are no verbs: prepositions, inserted cues, sourceless phrases.

use super::super::table::{table, words, Table, Words};

/// "selon le ministère", "d'après l'AFP". From the Gender Gap Tracker's French "selon" pattern (notes §2).
pub static SOURCE_AFTER: Words = words!["d'après", "selon"];

/// None in French.
pub static SOURCE_AFTER_NOUN: Table<&[&str]> = table![];

/// None in French.
pub static SOURCE_BEFORE: Words = words![];

/// None in French.
pub static INSERTED: Words = words![];

/// Cues with no source in the text. Our own.
pub static SOURCELESS: Words = words!["a-t-on appris", "apprend-on"];

/// Nouns of opinion that, after a determiner and before a content clause, are cues. Our own,
/// from the WikiNews cues "ist der Meinung", "kam zu dem Ergebnis" (German).
pub static OPINION_NOUNS: Words = words![];
