//! German attribution rules for [`de_fr`](super::de_fr): reporting verbs (finite, participle,
//! separable), prepositional cues and the words that bound a source.
//!
//! Sources: the German WikiNews quotation corpus's commonest cues (nach 390, sagte 276, laut 206,
//! so 109, erklärte 105, zufolge 72, teilte mit 49, demnach 35, heißt es 35; `notes/attribution.md`),
//! completed with the other forms of the same verbs and the common German verbs of saying.

use super::de_fr::Rules;
use std::sync::LazyLock;

mod cues;
mod heads;
mod verbs;
mod words;

/// The German rules.
pub static RULES: Rules = Rules {
    finite: &verbs::FINITE,
    inserted_verbs: &verbs::INSERTED_VERBS,
    participles: &verbs::PARTICIPLES,
    separable: verbs::SEPARABLE,
    auxiliaries: &verbs::AUXILIARIES,
    source_after: &cues::SOURCE_AFTER,
    source_after_noun: cues::SOURCE_AFTER_NOUN,
    source_before: &cues::SOURCE_BEFORE,
    inserted: &cues::INSERTED,
    sourceless: &cues::SOURCELESS,
    document_preposition: "in",
    determiners: &words::DETERMINERS,
    prepositions: &words::PREPOSITIONS,
    links: &words::LINKS,
    coordinators: &words::COORDINATORS,
    adverbs: &words::ADVERBS,
    stops: &words::STOPS,
    pronouns: &words::PRONOUNS,
    np_breakers: &words::NP_BREAKERS,
    reporting_particles: &verbs::REPORTING_PARTICLES,
    opinion_nouns: &cues::OPINION_NOUNS,
    oblique: &words::OBLIQUE,
    content_marks: &words::CONTENT_MARKS,
    content_words: &words::CONTENT_WORDS,
    demonstratives: &words::DEMONSTRATIVES,
    subordinators: &words::SUBORDINATORS,
    relatives: &words::RELATIVES,
    comment_openers: &words::COMMENT_OPENERS,
    nouns_capitalized: true,
    anonymous_heads: &heads::ANONYMOUS_HEADS,
    organization_heads: &heads::ORGANIZATION_HEADS,
    media_heads: &heads::MEDIA_HEADS,
    document_heads: &heads::DOCUMENT_HEADS,
    cue_starts: LazyLock::new(|| RULES.cue_start_words()),
};
