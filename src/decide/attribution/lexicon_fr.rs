//! French attribution rules for [`de_fr`](super::de_fr): reporting verbs in the tenses news
//! uses (présent, passé composé, passé simple, imparfait), "selon" and "d'après", and the
//! inverted verbs of quotations ("dit-elle", "a-t-il déclaré", "», lance le ministre").
//!
//! Sources: the Gender Gap Tracker's French extractor (its "selon" pattern and « » quotes, and
//! the speech verbs of its `quote_verb_list.txt`, of which the common ones are kept here; see
//! `notes/attribution.md`).

use super::de_fr::Rules;

/// The French rules.
pub const RULES: Rules = Rules {
    // Finite forms.
    finite: &[
        "admet", "affirma", "affirmait", "affirme", "affirment", "ajouta", "ajoutait", "ajoute",
        "ajoutent", "annonce", "annoncent", "annonça", "assura", "assure", "assurent",
        "avertissent", "avertit", "confia", "confie", "confirma", "confirme", "confirment",
        "disait", "disent", "dit", "déclara", "déclarait", "déclare", "déclarent", "dément",
        "dénonce", "dénoncent", "déplore", "déplorent", "estima", "estime", "estiment", "expliqua",
        "expliquait", "explique", "expliquent", "indiqua", "indiquait", "indique", "indiquent",
        "insiste", "martèle", "menace", "promet", "précisa", "précisait", "précise", "précisent",
        "prévient", "raconta", "raconte", "racontent", "rappela", "rappelle", "rappellent",
        "rapporte", "rapportent", "reconnaissent", "reconnaît", "reconnut", "regrette",
        "regrettent", "répond", "répondent", "répondit", "souligna", "souligne", "soulignent",
        "écrit", "écrivent"
    ],
    // Verbs that report speech only after a quotation or a comma ("», lance-t-il").
    inserted_verbs: &[
        "commente", "conclut", "glisse", "ironise", "lance", "lança", "note", "observe", "poursuit",
        "poursuivit", "résume", "s'exclame", "souffle", "tranche", "témoigne"
    ],
    // Past participles ("a déclaré").
    participles: &[
        "admis", "affirmé", "ajouté", "annoncé", "assuré", "averti", "confirmé", "confié", "dit",
        "déclaré", "démenti", "dénoncé", "déploré", "estimé", "expliqué", "indiqué", "insisté",
        "jugé", "martelé", "menacé", "promis", "précisé", "prévenu", "raconté", "rappelé",
        "rapporté", "reconnu", "regretté", "répondu", "souligné", "écrit"
    ],
    // French has no separable verbs.
    separable: &[],
    // Auxiliaries of the passé composé and the plus-que-parfait.
    auxiliaries: &[
        "a", "auraient", "aurait", "avaient", "avait", "ont"
    ],
    // "selon le ministère", "d'après l'AFP".
    source_after: &[
        "d'après", "selon"
    ],
    // None in French.
    source_after_noun: &[],
    // None in French.
    source_before: &[],
    // None in French.
    inserted: &[],
    // Cues with no source in the text.
    sourceless: &["a-t-on appris", "apprend-on"],
    document_preposition: "dans",
    // Articles, contractions and possessives.
    determiners: &[
        "au", "aux", "ce", "ces", "cet", "cette", "des", "du", "l'", "la", "le", "les", "leur",
        "leurs", "nos", "notre", "sa", "ses", "son", "un", "une", "vos", "votre"
    ],
    // Prepositions.
    prepositions: &[
        "après", "au", "aux", "avant", "avec", "chez", "contre", "d'après", "dans", "depuis",
        "derrière", "devant", "en", "entre", "lors", "malgré", "par", "parmi", "pendant", "pour",
        "sans", "selon", "sous", "sur", "vers", "à"
    ],
    // Prepositions inside a source ("le porte-parole du gouvernement").
    links: &[
        "d'", "de", "des", "du"
    ],
    // Adverbs and days between a verb and its source ("a déclaré mardi le ministre").
    adverbs: &[
        "ainsi", "alors", "aujourd'hui", "aussi", "cependant", "demain", "dimanche", "déjà",
        "encore", "enfin", "ensuite", "hier", "jeudi", "lundi", "mardi", "mercredi", "notamment",
        "pourtant", "récemment", "samedi", "toujours", "vendredi", "également"
    ],
    // Conjunctions, auxiliaries, negation and object pronouns.
    stops: &[
        "a", "avait", "bien", "c'", "car", "ce", "cela", "comme", "donc", "dont", "en", "est", "et",
        "j'", "je", "lorsque", "mais", "n'", "ne", "ni", "nous", "on", "ont", "or", "ou", "où",
        "pas", "plus", "puisque", "qu'", "quand", "que", "qui", "s'", "se", "sera", "serait", "si",
        "sont", "tout", "très", "vous", "y", "ça", "étaient", "était", "été", "être"
    ],
    // Subject and stressed pronouns ("selon lui").
    pronouns: &[
        "elle", "elles", "eux", "il", "ils", "lui"
    ],
    nouns_capitalized: false,
    // Roles and unnamed people ("un porte-parole", "des sources proches").
    anonymous_heads: &[
        "avocat", "avocate", "chef", "conseiller", "conseillère", "diplomate", "diplomates",
        "directeur", "directrice", "dirigeant", "dirigeants", "député", "députée", "enquêteurs",
        "expert", "experts", "maire", "ministre", "observateur", "observateurs", "officiel",
        "officiels", "policier", "policiers", "porte-parole", "proche", "proches", "procureur",
        "président", "présidente", "responsable", "responsables", "source", "sources", "sénateur",
        "témoin", "témoins"
    ],
    // Organizations and offices.
    organization_heads: &[
        "armée", "assemblée", "commission", "cour", "entreprise", "gendarmerie", "gouvernement",
        "groupe", "kremlin", "mairie", "maison-blanche", "matignon", "ministère", "onu", "otan",
        "parquet", "parti", "police", "préfecture", "syndicat", "sénat", "tribunal", "union",
        "élysée"
    ],
    // News media.
    media_heads: &[
        "afp", "agence", "chaîne", "figaro", "hebdomadaire", "journal", "libération", "magazine",
        "monde", "quotidien", "radio", "reuters", "télévision"
    ],
    // Documents and reports.
    document_heads: &[
        "communiqué", "courrier", "document", "déclaration", "enquête", "lettre", "note", "rapport",
        "sondage", "étude"
    ],
};
