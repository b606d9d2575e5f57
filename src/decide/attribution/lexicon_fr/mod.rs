//! French attribution rules for [`de_fr`](super::de_fr): reporting verbs in the tenses news
//! uses (présent, passé composé, passé simple, imparfait), "selon" and "d'après", and the
//! inverted verbs of quotations ("dit-elle", "a-t-il déclaré", "», lance le ministre").
//!
//! Sources: the Gender Gap Tracker's French extractor (its "selon" pattern and « » quotes, and
//! the speech verbs of its `quote_verb_list.txt`, of which the common ones are kept here; see
//! `notes/attribution.md`).

use super::de_fr::Rules;
use std::sync::LazyLock;

mod cues;
mod heads;
mod verbs;
mod words;

/// The French rules.
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
    document_preposition: "dans",
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
    nouns_capitalized: false,
    anonymous_heads: &heads::ANONYMOUS_HEADS,
    organization_heads: &heads::ORGANIZATION_HEADS,
    media_heads: &heads::MEDIA_HEADS,
    document_heads: &heads::DOCUMENT_HEADS,
    cue_starts: LazyLock::new(|| RULES.cue_start_words()),
};
