//! French function words that bound a source: determiners, prepositions, adverbs, stops, pronouns.

use super::super::table::{words, Words};

/// Articles, contractions and possessives. Closed class.
pub static DETERMINERS: Words = words![
    "au", "aux", "ce", "ces", "cet", "cette", "des", "du", "l'", "la", "le", "les", "leur", "leurs", "nos", "notre", "sa", "ses", "son",
    "un", "une", "vos", "votre",
];

/// Prepositions. Closed class.
pub static PREPOSITIONS: Words = words![
    "après",
    "au",
    "aux",
    "avant",
    "avec",
    "chez",
    "contre",
    "d'après",
    "dans",
    "depuis",
    "derrière",
    "devant",
    "en",
    "entre",
    "lors",
    "malgré",
    "par",
    "parmi",
    "pendant",
    "pour",
    "sans",
    "selon",
    "sous",
    "sur",
    "vers",
    "à",
];

/// Prepositions inside a source ("le porte-parole du gouvernement"). Closed class.
pub static LINKS: Words = words!["d'", "de", "des", "du"];

/// Adverbs and days between a verb and its source ("a déclaré mardi le ministre"). Closed class (days, common adverbs).
pub static ADVERBS: Words = words![
    "ainsi",
    "alors",
    "aujourd'hui",
    "aussi",
    "cependant",
    "demain",
    "dimanche",
    "déjà",
    "encore",
    "enfin",
    "ensuite",
    "hier",
    "jeudi",
    "lundi",
    "mardi",
    "mercredi",
    "notamment",
    "pourtant",
    "récemment",
    "samedi",
    "toujours",
    "vendredi",
    "également",
];

/// Conjunctions, auxiliaries, negation and object pronouns. Closed class.
pub static STOPS: Words = words![
    "a", "avait", "bien", "c'", "car", "ce", "cela", "comme", "donc", "dont", "en", "est", "et", "j'", "je", "lorsque", "mais", "n'", "ne",
    "ni", "nous", "on", "ont", "or", "ou", "où", "pas", "plus", "puisque", "qu'", "quand", "que", "qui", "s'", "se", "sera", "serait",
    "si", "sont", "tout", "très", "vous", "y", "ça", "étaient", "était", "été", "être",
];

/// Subject and stressed pronouns ("selon lui"). Closed class.
pub static PRONOUNS: Words = words!["elle", "elles", "eux", "il", "ils", "lui"];

/// Conjunctions that join two names into one source. Closed class.
pub static COORDINATORS: Words = words!["et"];

/// Punctuation that, ending a verb's clause, opens its content. Typography.
pub static CONTENT_MARKS: Words = words![",", ":"];

/// Words that open a verb's content clause without a comma. Closed class.
pub static CONTENT_WORDS: Words = words!["qu'", "que", "si"];

/// Demonstratives that, right before a verb, stand for what was said before. Closed class.
pub static DEMONSTRATIVES: Words = words!["ainsi", "c'", "ce", "cela"];

/// Subordinators: after a comma they open a clause that is no content. Closed class.
pub static SUBORDINATORS: Words = words!["afin", "avant", "lorsque", "parce", "pendant", "pour", "puisque", "quand"];

/// Relative pronouns: a clause they open after a comma is no content. Closed class.
pub static RELATIVES: Words = words!["auquel", "dont", "laquelle", "lequel", "où", "qui"];

/// Words that open a comment clause whose content is the rest of the sentence. Closed class.
pub static COMMENT_OPENERS: Words = words!["comme"];

/// Determiners that open a new noun phrase after a noun, and so end a source. Closed class.
pub static NP_BREAKERS: Words = words!["la", "le", "les", "un", "une"];

/// Determiners of a noun phrase that is no subject (not nominative). Closed class.
pub static OBLIQUE: Words = words![];
