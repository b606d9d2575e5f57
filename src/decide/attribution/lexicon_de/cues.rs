//! German cues that are no verbs: prepositions, inserted cues, sourceless phrases.

use super::super::table::{table, words, Table, Words};

/// "laut der Polizei", "gemäß einem Bericht". From the German WikiNews corpus's commonest cues (laut 206; notes §2).
pub static SOURCE_AFTER: Words = words!["gemäß", "laut"];

/// "nach Angaben der Polizei", "nach Polizeiangaben", "nach Ansicht von Experten".
/// From the German WikiNews corpus's commonest cue (nach 390, with "Angaben des …"; notes §2); the nouns are our own.
pub static SOURCE_AFTER_NOUN: Table<&[&str]> = table![(
    "nach",
    &[
        "angaben",
        "ansicht",
        "auffassung",
        "aussage",
        "aussagen",
        "berichten",
        "darstellung",
        "einschätzung",
        "erkenntnissen",
        "informationen",
        "meinung",
        "schätzungen",
        "worten",
        "überzeugung",
    ],
)];

/// "Berichten zufolge". From the German WikiNews corpus (zufolge 72; notes §2).
pub static SOURCE_BEFORE: Words = words!["zufolge"];

/// "…, so Castro." From the German WikiNews corpus (so 109; notes §2).
pub static INSERTED: Words = words!["so"];

/// Cues with no source in the text. From the German WikiNews corpus (heißt es 35, hieß es 21, demnach 35; notes §2).
pub static SOURCELESS: Words = words!["demnach", "heißt es", "hieß es", "wonach"];

/// Nouns of opinion that, after a determiner and before a content clause, are cues. Our own,
/// from the WikiNews cues "ist der Meinung", "kam zu dem Ergebnis" (German).
pub static OPINION_NOUNS: Words = words!["ansicht", "auffassung", "einschätzung", "ergebnis", "meinung", "schluss", "überzeugung"];
