//! English lexicons for attribution: reporting verbs, non-verbal and passive cues, source heads.
//!
//! Everything here is data, in sets of [`Words`](super::table::Words) and keyed
//! [`Table`](super::table::Table)s, whose constructors check that they are sorted, unique and
//! lowercase; the code that reads them is in `cue/` and `source/`. By
//! subject:
//! - [`verbs`]: reporting verbs with their forms and tiers, phrasal verb cues, verb classes;
//! - [`phrases`]: non-verbal, sourceless and passive cues, what joins a verb cue before and after,
//!   set phrases that are no attributions;
//! - [`grammar`]: the closed classes of English (pronouns, determiners, prepositions, …);
//! - [`heads`]: source heads (anonymous people, roles, media, documents, organizations);
//! - [`labels`]: page labels before a colon, abbreviations.
//!
//! Where the words come from (see `../shared/notes/attribution.md` §2):
//! - reporting verbs: the union of the Gender Gap Tracker's `quote_verb_list.txt` (66 lemmas),
//!   textacy's `REPORTING_VERBS` (55), rsyntax's `CORENLP_SAY_VERBS`, CoreNLP's `commonSpeechWords`
//!   and Quootstrap's seeds, plus the news verbs none of them has but PolNeAR's cue counts show
//!   (vow, pledge, reveal, blast, slam, post, …);
//! - anonymous-source heads and document/media sources: Spangher et al.'s checklists
//!   (`source-exploration/scripts/params.py`), trimmed to unambiguous heads;
//! - tiers: the proposal in the notes (tier A fires on its own, tier B needs a quotation, "that" or a
//!   colon next to it), adjusted by the PolNeAR trigger precisions listed there.

/// How much evidence a cue needs before it fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Speech verbs that are attributions whenever they have a subject: "said", "told", "warned".
    A,
    /// Verbs of belief, request or judgement, and verbs that are often something else ("called",
    /// "asked", "found"): they fire only next to a quotation, "that", "whether" or a colon.
    B,
    /// Like B, and also without that signal when the source is a known kind of source (a person,
    /// an organization, a medium, a document, a pronoun): "Clinton cited derogatory comments",
    /// "Palmieri called on Trump to stop", and the verbal acts of judgement that PolNeAR counts as
    /// attributions: "Clinton criticized the Affordable Care Act", "Scott asked the crowd to …".
    Subject,
    /// Like B, and also without that signal when the source is a document or a medium: "a new poll
    /// shows Clinton ahead", "the study found" (but not "police found a gun").
    Evidence,
}

pub mod grammar;
pub mod heads;
pub mod labels;
pub mod phrases;
pub mod punctuation;
pub mod verbs;

pub use grammar::*;
pub use heads::*;
pub use labels::*;
pub use phrases::*;
pub use punctuation::*;
pub use verbs::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_table_is_sorted_lowercase_and_complete() {
        for pair in VERBS.windows(2) {
            assert!(pair[0].lemma() < pair[1].lemma(), "VERBS: {:?} must come after {:?}", pair[1].lemma(), pair[0].lemma());
        }
        for v in VERBS {
            let lemma = v.lemma();
            assert_eq!(lemma, lemma.to_lowercase(), "{lemma}: lowercase");
            // The base form comes first: `v` checks it against the lemma written in the table.
            let forms: Vec<&str> = v.forms.split(' ').collect();
            assert!(forms.len() >= 4, "{lemma}: needs third person, past and gerund");
            assert!(forms.iter().any(|f| f.ends_with("ing")), "{lemma}: no gerund");
        }
        assert!(VERBS.len() + PHRASAL.len() >= 150, "issue 5 asks for at least 150 reporting-verb lemmas");
    }

    #[test]
    fn every_phrasal_slot_names_a_known_verb() {
        for phrase in PHRASAL.keys() {
            for slot in phrase.split(' ').filter(|w| w.starts_with('{') && !matches!(*w, "{be}" | "{to-verb}")) {
                let lemma = slot.trim_matches(|c| c == '{' || c == '}');
                let known = VERBS.iter().any(|v| v.lemma() == lemma) || PHRASAL_VERBS.get(lemma).is_some();
                assert!(known, "{phrase}: no forms for {lemma}");
            }
        }
    }
}
