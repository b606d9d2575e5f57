//! German function words that bound a source: determiners, prepositions, adverbs, stops, pronouns.

use super::super::table::{words, Words};

/// Articles and possessives. Closed class.
pub static DETERMINERS: Words = words![
    "das", "dem", "den", "der", "des", "die", "diese", "diesem", "diesen", "dieser", "dieses", "ein", "eine", "einem", "einen", "einer",
    "eines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "sein", "seine", "seinem", "seinen", "seiner", "seines", "unser", "unsere",
];

/// Prepositions and their contractions. Closed class.
pub static PREPOSITIONS: Words = words![
    "ab",
    "als",
    "am",
    "an",
    "angesichts",
    "anlässlich",
    "auf",
    "aufgrund",
    "aus",
    "außerhalb",
    "bei",
    "beim",
    "binnen",
    "bis",
    "dank",
    "durch",
    "entgegen",
    "für",
    "gegen",
    "gegenüber",
    "gemäß",
    "hinter",
    "im",
    "in",
    "infolge",
    "innerhalb",
    "ins",
    "jenseits",
    "laut",
    "mit",
    "nach",
    "neben",
    "ohne",
    "seit",
    "seitens",
    "statt",
    "trotz",
    "um",
    "unter",
    "vom",
    "von",
    "vor",
    "wegen",
    "während",
    "zu",
    "zufolge",
    "zum",
    "zur",
    "zwischen",
    "über",
];

/// Prepositions inside a source ("Institut für Forschung"). Closed class.
pub static LINKS: Words = words!["aus", "für", "vom", "von"];

/// Adverbs that come first before an inverted verb, or sit between a verb and its source. Our own, from the German WikiNews texts.
pub static ADVERBS: Words = words![
    "allerdings",
    "anschließend",
    "auch",
    "ausdrücklich",
    "außerdem",
    "bereits",
    "bisher",
    "bislang",
    "dabei",
    "dagegen",
    "daher",
    "damals",
    "danach",
    "dann",
    "darauf",
    "daraufhin",
    "darüber",
    "dazu",
    "demgegenüber",
    "dennoch",
    "deshalb",
    "dort",
    "ebenfalls",
    "erneut",
    "ferner",
    "gestern",
    "gleichzeitig",
    "heute",
    "hierzu",
    "hingegen",
    "indes",
    "inzwischen",
    "jedoch",
    "jetzt",
    "morgen",
    "nachher",
    "noch",
    "nun",
    "schließlich",
    "so",
    "später",
    "trotzdem",
    "unterdessen",
    "vorher",
    "weiter",
    "zudem",
    "zugleich",
    "zuletzt",
    "zunächst",
    "zuvor",
];

/// Conjunctions, auxiliaries, modal verbs and particles. Closed class.
pub static STOPS: Words = words![
    "aber", "als", "also", "da", "darf", "dass", "daß", "denn", "doch", "dürfen", "es", "etwa", "fast", "ganz", "gar", "habe", "haben",
    "hat", "hatte", "hatten", "hier", "hätte", "hätten", "ist", "ja", "kann", "kein", "keine", "keinen", "keiner", "konnte", "konnten",
    "könne", "können", "könnte", "könnten", "mal", "man", "mehr", "muss", "musste", "müsse", "müssen", "nein", "nicht", "nur", "ob",
    "oder", "rund", "schon", "sehr", "sei", "seien", "sich", "sind", "soll", "solle", "sollen", "sollte", "sollten", "sondern", "und",
    "war", "waren", "warum", "was", "weil", "wenn", "wer", "werden", "wie", "will", "wird", "wo", "wolle", "wollen", "wollte", "worden",
    "wurde", "wurden", "wäre", "wären",
];

/// Subject pronouns. Closed class.
pub static PRONOUNS: Words = words!["er", "ich", "sie", "wir"];

/// Conjunctions that join two names into one source. Closed class.
pub static COORDINATORS: Words = words!["und"];

/// Punctuation that, ending a verb's clause, opens its content. Typography.
pub static CONTENT_MARKS: Words = words![",", ":"];

/// Words that open a verb's content clause without a comma. Closed class.
pub static CONTENT_WORDS: Words = words!["dass", "daß", "ob"];

/// Demonstratives that, right before a verb, stand for what was said before. Closed class.
pub static DEMONSTRATIVES: Words = words!["das", "dies", "dieses", "so"];

/// Subordinators: after a comma they open a clause that is no content. Closed class.
pub static SUBORDINATORS: Words = words!["als", "bevor", "da", "damit", "nachdem", "obwohl", "um", "weil", "wenn", "während"];

/// Relative pronouns: a clause they open after a comma is no content. Closed class.
pub static RELATIVES: Words =
    words!["dem", "den", "denen", "der", "deren", "dessen", "die", "welche", "welchem", "welchen", "welcher", "welches"];

/// Words that open a comment clause whose content is the rest of the sentence. Closed class.
pub static COMMENT_OPENERS: Words = words!["wie"];

/// Determiners that open a new noun phrase after a noun, and so end a source. Closed class.
pub static NP_BREAKERS: Words = words!["das", "dem", "den", "die", "ein", "eine", "einem", "einen"];

/// Determiners of a noun phrase that is no subject (not nominative). Closed class.
pub static OBLIQUE: Words = words!["dem", "den", "des", "einem", "einen", "eines"];
