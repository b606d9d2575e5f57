//! German function words that bound a source: determiners, prepositions, adverbs, stops, pronouns.

use super::super::table::Table;

/// Articles and possessives. Closed class.
pub const DETERMINERS: Table<&str> = Table::words(&[
    "das", "dem", "den", "der", "des", "die", "diese", "diesem", "diesen", "dieser", "dieses", "ein", "eine", "einem", "einen", "einer",
    "eines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "sein", "seine", "seinem", "seinen", "seiner", "seines", "unser", "unsere",
]);

/// Prepositions and their contractions. Closed class.
pub const PREPOSITIONS: Table<&str> = Table::words(&[
    "ab",
    "am",
    "an",
    "auf",
    "aus",
    "bei",
    "beim",
    "bis",
    "durch",
    "entgegen",
    "für",
    "gegen",
    "gegenüber",
    "gemäß",
    "hinter",
    "im",
    "in",
    "ins",
    "laut",
    "mit",
    "nach",
    "neben",
    "ohne",
    "seit",
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
]);

/// Prepositions inside a source ("Institut für Forschung"). Closed class.
pub const LINKS: Table<&str> = Table::words(&["aus", "für", "vom", "von"]);

/// Adverbs that come first before an inverted verb, or sit between a verb and its source. Our own, from the German WikiNews texts.
pub const ADVERBS: Table<&str> = Table::words(&[
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
]);

/// Conjunctions, auxiliaries, modal verbs and particles. Closed class.
pub const STOPS: Table<&str> = Table::words(&[
    "aber", "als", "also", "da", "darf", "dass", "daß", "denn", "doch", "dürfen", "es", "etwa", "fast", "ganz", "gar", "habe", "haben",
    "hat", "hatte", "hatten", "hier", "hätte", "hätten", "ist", "ja", "kann", "kein", "keine", "keinen", "keiner", "konnte", "konnten",
    "könne", "können", "könnte", "könnten", "mal", "man", "mehr", "muss", "musste", "müsse", "müssen", "nein", "nicht", "nur", "ob",
    "oder", "rund", "schon", "sehr", "sei", "seien", "sich", "sind", "soll", "solle", "sollen", "sollte", "sollten", "sondern", "und",
    "war", "waren", "warum", "was", "weil", "wenn", "wer", "werden", "wie", "will", "wird", "wo", "wolle", "wollen", "wollte", "worden",
    "wurde", "wurden", "wäre", "wären",
]);

/// Subject pronouns. Closed class.
pub const PRONOUNS: Table<&str> = Table::words(&["er", "ich", "sie", "wir"]);

/// Conjunctions that join two names into one source. Closed class.
pub const COORDINATORS: Table<&str> = Table::words(&["und"]);
