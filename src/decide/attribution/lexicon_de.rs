//! German attribution rules for [`de_fr`](super::de_fr): reporting verbs (finite, participle,
//! separable), prepositional cues and the words that bound a source.
//!
//! Sources: the German WikiNews quotation corpus's commonest cues (nach 390, sagte 276, laut 206,
//! so 109, erklärte 105, zufolge 72, teilte mit 49, demnach 35, heißt es 35; `notes/attribution.md`),
//! completed with the other forms of the same verbs and the common German verbs of saying.

use super::de_fr::Rules;

/// The German rules.
pub const RULES: Rules = Rules {
    // Finite forms, with joined separable forms ("mitteilte").
    finite: &[
        "andeutete", "angab", "angibt", "ankündigt", "ankündigte", "antwortet", "antwortete",
        "ausführte", "begrüßt", "begrüßte", "behaupten", "behauptet", "behauptete", "behaupteten",
        "bekanntgab", "beklagt", "beklagte", "bekräftigt", "bekräftigte", "berichten", "berichtet",
        "berichtete", "berichteten", "beschloss", "beschlossen", "bestreitet", "bestritt",
        "bestätigen", "bestätigt", "bestätigte", "bestätigten", "betonen", "betont", "betonte",
        "betonten", "bezeichnet", "bezeichnete", "dementiert", "dementierte", "einräumte",
        "empfahl", "empfahlen", "entgegnete", "ergänzt", "ergänzte", "erklären", "erklärt",
        "erklärte", "erklärten", "erläutert", "erläuterte", "feststellte", "fordern", "fordert",
        "forderte", "forderten", "hervorhob", "hinwies", "hinzufügte", "klarstellte", "kritisieren",
        "kritisiert", "kritisierte", "kritisierten", "lobt", "lobte", "mahnt", "mahnte", "meinen",
        "meint", "meinte", "meinten", "mitteilt", "mitteilte", "mitteilten", "nannte", "nennt",
        "räumt", "räumte", "sagen", "sagt", "sagte", "sagten", "schreibt", "schrieb", "schrieben",
        "sprach", "spricht", "unterstreicht", "unterstrich", "verkündet", "verkündete", "vermutet",
        "vermutete", "versichert", "versicherte", "versicherten", "versprach", "verspricht",
        "warnen", "warnt", "warnte", "warnten", "widersprach", "widerspricht", "zitiert",
        "zitierte", "zugab", "äußert", "äußerte"
    ],
    // None: German inverts every verb after a quotation the same way.
    inserted_verbs: &[
    ],
    // Past participles.
    participles: &[
        "angedeutet", "angegeben", "angekündigt", "ausgeführt", "behauptet", "bekanntgegeben",
        "bekräftigt", "berichtet", "bestritten", "bestätigt", "betont", "bezeichnet", "dementiert",
        "eingeräumt", "ergänzt", "erklärt", "erläutert", "festgestellt", "geantwortet", "gefordert",
        "gemahnt", "gemeint", "genannt", "gesagt", "geschrieben", "gesprochen", "gewarnt",
        "geäußert", "hervorgehoben", "hingewiesen", "hinzugefügt", "klargestellt", "kritisiert",
        "mitgeteilt", "unterstrichen", "verkündet", "vermutet", "versichert", "versprochen",
        "widersprochen", "zitiert", "zugegeben"
    ],
    // Separable verbs ("teilte … mit", "gab … an"; joined: "angab" in `finite`).
    separable: &[
        ("deutete", "an"),
        ("fügt", "hinzu"),
        ("fügte", "hinzu"),
        ("führt", "aus"),
        ("führte", "aus"),
        ("gab", "an"),
        ("gab", "bekannt"),
        ("gaben", "an"),
        ("gaben", "bekannt"),
        ("gestand", "ein"),
        ("gibt", "an"),
        ("gibt", "bekannt"),
        ("hebt", "hervor"),
        ("hob", "hervor"),
        ("kündigt", "an"),
        ("kündigte", "an"),
        ("kündigten", "an"),
        ("räumt", "ein"),
        ("räumte", "ein"),
        ("stellt", "fest"),
        ("stellt", "klar"),
        ("stellte", "fest"),
        ("stellte", "klar"),
        ("stellten", "fest"),
        ("teilt", "mit"),
        ("teilte", "mit"),
        ("teilten", "mit"),
        ("wandte", "ein"),
        ("weist", "hin"),
        ("weist", "zurück"),
        ("wendet", "ein"),
        ("wies", "hin"),
        ("wies", "zurück"),
        ("wiesen", "zurück"),
    ],
    // Perfect-tense auxiliaries ("hat … erklärt").
    auxiliaries: &[
        "habe", "haben", "hat", "hatte", "hatten", "hätte"
    ],
    // "laut der Polizei", "gemäß einem Bericht".
    source_after: &[
        "gemäß", "laut"
    ],
    // "nach Angaben der Polizei", "nach Polizeiangaben", "nach Ansicht von Experten".
    source_after_noun: &[("nach", &[
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
    ])],
    // "Berichten zufolge".
    source_before: &[
        "zufolge"
    ],
    // "…, so Castro."
    inserted: &[
        "so"
    ],
    // Cues with no source in the text.
    sourceless: &["heißt es", "hieß es", "demnach", "wonach"],
    document_preposition: "in",
    // Articles and possessives.
    determiners: &[
        "das", "dem", "den", "der", "des", "die", "diese", "diesem", "diesen", "dieser", "dieses",
        "ein", "eine", "einem", "einen", "einer", "eines", "ihr", "ihre", "ihrem", "ihren", "ihrer",
        "ihres", "sein", "seine", "seinem", "seinen", "seiner", "seines", "unser", "unsere"
    ],
    // Prepositions and their contractions.
    prepositions: &[
        "ab", "am", "an", "auf", "aus", "bei", "beim", "bis", "durch", "entgegen", "für", "gegen",
        "gegenüber", "gemäß", "hinter", "im", "in", "ins", "laut", "mit", "nach", "neben", "ohne",
        "seit", "trotz", "um", "unter", "vom", "von", "vor", "wegen", "während", "zu", "zufolge",
        "zum", "zur", "zwischen", "über"
    ],
    // Prepositions inside a source ("Institut für Forschung").
    links: &[
        "aus", "für", "vom", "von"
    ],
    // Adverbs that come first before an inverted verb, or sit between a verb and its source.
    adverbs: &[
        "allerdings", "anschließend", "auch", "ausdrücklich", "außerdem", "bereits", "bisher",
        "bislang", "dabei", "dagegen", "daher", "damals", "danach", "dann", "darauf", "daraufhin",
        "darüber", "dazu", "demgegenüber", "dennoch", "deshalb", "dort", "ebenfalls", "erneut",
        "ferner", "gestern", "gleichzeitig", "heute", "hierzu", "hingegen", "indes", "inzwischen",
        "jedoch", "jetzt", "morgen", "nachher", "noch", "nun", "schließlich", "so", "später",
        "trotzdem", "unterdessen", "vorher", "weiter", "zudem", "zugleich", "zuletzt", "zunächst",
        "zuvor"
    ],
    // Conjunctions, auxiliaries, modal verbs and particles.
    stops: &[
        "aber", "als", "also", "da", "darf", "dass", "daß", "denn", "doch", "dürfen", "es", "etwa",
        "fast", "ganz", "gar", "habe", "haben", "hat", "hatte", "hatten", "hier", "hätte", "hätten",
        "ist", "ja", "kann", "kein", "keine", "keinen", "keiner", "konnte", "konnten", "könne",
        "können", "könnte", "könnten", "mal", "man", "mehr", "muss", "musste", "müsse", "müssen",
        "nein", "nicht", "nur", "ob", "oder", "rund", "schon", "sehr", "sei", "seien", "sich",
        "sind", "soll", "solle", "sollen", "sollte", "sollten", "sondern", "und", "war", "waren",
        "warum", "was", "weil", "wenn", "wer", "werden", "wie", "will", "wird", "wo", "wolle",
        "wollen", "wollte", "worden", "wurde", "wurden", "wäre", "wären"
    ],
    // Subject pronouns.
    pronouns: &[
        "er", "ich", "sie", "wir"
    ],
    nouns_capitalized: true,
    // Roles and unnamed people ("ein Sprecher", "UNHCR-Sprecherin", "Augenzeugen").
    anonymous_heads: &[
        "abgeordnete", "abgeordneter", "anwalt", "anwältin", "arzt", "augenzeuge", "augenzeugin",
        "beamte", "beamten", "beamter", "beobachter", "bürgermeister", "bürgermeisterin", "chef",
        "chefin", "diplomat", "diplomaten", "direktor", "direktorin", "experte", "experten",
        "insider", "kanzler", "kanzlerin", "kreise", "leiter", "leiterin", "minister", "ministerin",
        "mitarbeiter", "polizist", "polizisten", "präsident", "präsidentin", "richter", "richterin",
        "sprecher", "sprecherin", "sprecherinnen", "sprechers", "staatsanwalt", "vertreter",
        "vertreterin", "vorsitzende", "vorsitzender", "zeuge", "zeugin", "ärzte"
    ],
    // Organizations and offices ("Innenministerium", "Staatsanwaltschaft").
    organization_heads: &[
        "amt", "armee", "bank", "behörde", "bundesregierung", "feuerwehr", "firma", "gemeinde",
        "gericht", "gesellschaft", "gewerkschaft", "gruppe", "haus", "hilfsorganisation",
        "institut", "klinik", "kommission", "konzern", "kreml", "ministerium", "ministeriums",
        "nato", "organisation", "partei", "polizei", "post", "rat", "reederei", "regierung",
        "staatsanwaltschaft", "stadt", "stiftung", "union", "universität", "uno", "unternehmen",
        "verband", "verein", "weiße"
    ],
    // News media ("Nachrichtenagentur", "Westfalen-Blatt").
    media_heads: &[
        "afp", "agentur", "bild", "blatt", "dpa", "fernsehen", "fernsehsender", "magazin",
        "nachrichtenagentur", "radio", "reuters", "rundfunk", "sender", "spiegel", "taz", "welt",
        "zeitung"
    ],
    // Documents and reports ("Pressemitteilung", "Studie", "Angaben").
    document_heads: &[
        "angaben", "bericht", "berichte", "berichten", "erklärung", "gutachten", "informationen",
        "mitteilung", "polizeiangaben", "pressemitteilung", "schätzungen", "statistik", "studie",
        "umfrage", "urteil"
    ],
};
