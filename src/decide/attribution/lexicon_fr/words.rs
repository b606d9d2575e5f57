//! French function words that bound a source: determiners, prepositions, adverbs, stops, pronouns.

use super::super::table::Table;

/// Articles, contractions and possessives. Closed class.
pub const DETERMINERS: Table<&str> = Table::words(&[
    "au", "aux", "ce", "ces", "cet", "cette", "des", "du", "l'", "la", "le", "les", "leur", "leurs", "nos", "notre", "sa", "ses", "son",
    "un", "une", "vos", "votre",
]);

/// Prepositions. Closed class.
pub const PREPOSITIONS: Table<&str> = Table::words(&[
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
]);

/// Prepositions inside a source ("le porte-parole du gouvernement"). Closed class.
pub const LINKS: Table<&str> = Table::words(&["d'", "de", "des", "du"]);

/// Adverbs and days between a verb and its source ("a déclaré mardi le ministre"). Closed class (days, common adverbs).
pub const ADVERBS: Table<&str> = Table::words(&[
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
]);

/// Conjunctions, auxiliaries, negation and object pronouns. Closed class.
pub const STOPS: Table<&str> = Table::words(&[
    "a", "avait", "bien", "c'", "car", "ce", "cela", "comme", "donc", "dont", "en", "est", "et", "j'", "je", "lorsque", "mais", "n'", "ne",
    "ni", "nous", "on", "ont", "or", "ou", "où", "pas", "plus", "puisque", "qu'", "quand", "que", "qui", "s'", "se", "sera", "serait",
    "si", "sont", "tout", "très", "vous", "y", "ça", "étaient", "était", "été", "être",
]);

/// Subject and stressed pronouns ("selon lui"). Closed class.
pub const PRONOUNS: Table<&str> = Table::words(&["elle", "elles", "eux", "il", "ils", "lui"]);

/// Conjunctions that join two names into one source. Closed class.
pub const COORDINATORS: Table<&str> = Table::words(&["et"]);
