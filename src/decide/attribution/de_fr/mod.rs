//! German and French attribution: one matcher driven by a table of [`Rules`] per language
//! ([`lexicon_de::RULES`](super::lexicon_de::RULES), [`lexicon_fr::RULES`](super::lexicon_fr::RULES)).
//!
//! Both languages place the finite verb where its subject can be found without a parser:
//! - before the verb when the clause starts with the subject ("Ein Sprecher der Armee sagte",
//!   "Le ministre a déclaré", "wie die Polizei mitteilte");
//! - after it when something else comes first (German verb-second order: "Zur Begründung erklärte
//!   die Richterin", "So sagte der Astronaut") or when the verb follows a quotation or a comma
//!   ("…“, sagte Max Lawson", "», a déclaré le ministre", "dit-elle").
//!
//! Prepositional cues carry most German attributions ("laut X", "nach Angaben des X", "X
//! zufolge", ", so X"); French has "selon X" and "d'après X". A cue inside a quotation is skipped.
//! Unlike the English matcher, nested attributions are kept: the German WikiNews annotation
//! marks them too, and a reader wants every source shown.

mod content;
mod kind;
mod np;
mod subject;

use super::segment::{Segmented, TokenKind};
use super::table::{Table, Words};
use super::words::{is_capitalized, Lower};
use super::{Attribution, SourceKind};
use crate::model::span::ByteSpan;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// One language's tables. Every word list is lowercase and sorted (checked by a test).
pub struct Rules {
    /// Finite forms of reporting verbs, including the joined forms of separable verbs at the end
    /// of a clause ("mitteilte").
    pub finite: &'static Words,
    /// Finite forms that are cues only right after a quotation or a comma, with the source after
    /// them ("», lance-t-il", "…, poursuit le ministre").
    pub inserted_verbs: &'static Words,
    /// Past participles, cues after an auxiliary of their clause ("hat erklärt", "a déclaré").
    pub participles: &'static Words,
    /// Finite forms of separable verbs and the particles that may end their clause ("teilte" …
    /// "mit"; a form may take several: "gab … an", "gab … bekannt").
    pub separable: Table<&'static [&'static str]>,
    /// Auxiliaries of the perfect tense.
    pub auxiliaries: &'static Words,
    /// Cues whose source follows them: "laut", "gemäß", "selon", "d'après".
    pub source_after: &'static Words,
    /// Cues whose source follows them only when the next noun ends in one of the endings: "nach
    /// Angaben der Polizei", "nach Polizeiangaben", but not "nach Berlin".
    pub source_after_noun: Table<&'static [&'static str]>,
    /// Cues whose source precedes them: "Berichten zufolge".
    pub source_before: &'static Words,
    /// Cues whose source follows them when they come right after a comma or a quotation:
    /// "…, so Castro."
    pub inserted: &'static Words,
    /// Cues without a source in the text, as space-separated words: "heißt es", "demnach".
    pub sourceless: &'static Words,
    /// The preposition that names a document as the source of a sourceless cue, after it or
    /// opening its clause: "heißt es in einer Mitteilung", "In dem Bericht heißt es".
    pub document_preposition: &'static str,
    /// Determiners and possessives: they open a noun phrase.
    pub determiners: &'static Words,
    /// Prepositions: a phrase they open is no subject ("Zur Begründung erklärte …").
    pub prepositions: &'static Words,
    /// Prepositions that may link nouns inside a source ("Sprecher der Armee", "porte-parole du
    /// gouvernement").
    pub links: &'static Words,
    /// Conjunctions that join two capitalised names into one source ("Merkel und Macron").
    pub coordinators: &'static Words,
    /// Adverbs and time words skipped between a verb and a source after it, and which, first in
    /// a clause, put the subject after the verb ("Dazu sagte X", "a déclaré mardi X").
    pub adverbs: &'static Words,
    /// Words that never belong to a source: conjunctions, auxiliaries, common verbs, pronouns
    /// that are not subjects.
    pub stops: &'static Words,
    /// Punctuation that, ending a verb's clause, opens its content (",", ":").
    pub content_marks: &'static Words,
    /// Words that open a verb's content clause without a comma ("dass", "que").
    pub content_words: &'static Words,
    /// Demonstratives that, opening a clause right before a verb, stand for the content said
    /// before ("Dies teilte das Ministerium mit", "Cela, il l'a dit").
    pub demonstratives: &'static Words,
    /// Subordinators that, after a comma, open a clause that is no content ("berichtete von dem
    /// Abend, als sie …").
    pub subordinators: &'static Words,
    /// Relative pronouns: a clause they open after a comma is no content ("…, die unter seiner
    /// Führung agiert, erklärte …").
    pub relatives: &'static Words,
    /// Words that open a comment clause whose content is the rest of the sentence ("…, wie ein
    /// Sprecher bestätigte.", "…, comme l'a rappelé le ministre.").
    pub comment_openers: &'static Words,
    /// Determiners that open a new noun phrase after a noun (not a genitive: "die Behörde eine
    /// Warnung"), and so end a source.
    pub np_breakers: &'static Words,
    /// Determiners that mark a noun phrase as no subject (accusative, dative, genitive: "Den
    /// Unterschied schilderte Max Raabe", "kündigte dem Kontrollturm an").
    pub oblique: &'static Words,
    /// Nouns of opinion that, after a determiner and before a content clause, are cues ("ist der
    /// Meinung, dass", "kam zu dem Ergebnis, dass").
    pub opinion_nouns: &'static Words,
    /// Particles that make a separable verb an announcement, reported without a content clause
    /// ("gab … bekannt").
    pub reporting_particles: &'static Words,
    /// Subject pronouns that can be sources ("er", "sie", "il", "elle").
    pub pronouns: &'static Words,
    /// Whether common nouns are capitalised (German): then a lowercase word inside a source must
    /// be a determiner, a link or an adjective.
    pub nouns_capitalized: bool,
    /// Word endings of source heads, per kind.
    pub anonymous_heads: &'static Words,
    pub organization_heads: &'static Words,
    pub media_heads: &'static Words,
    pub document_heads: &'static Words,
    /// Every word a cue can start with, gathered once from the tables above: most words start
    /// none, and one hash lookup saves them a dozen table searches.
    pub cue_starts: LazyLock<FxHashSet<&'static str>>,
}

impl Rules {
    /// The words a cue can start with: verb forms, prepositional and inserted cues, nouns of
    /// opinion, and the first words of sourceless phrases.
    pub fn cue_start_words(&self) -> FxHashSet<&'static str> {
        let words =
            [self.finite, self.inserted_verbs, self.participles, self.source_after, self.source_before, self.inserted, self.opinion_nouns];
        let mut set: FxHashSet<&'static str> = words.iter().flat_map(|t| t.iter()).collect();
        set.extend(self.separable.keys());
        set.extend(self.source_after_noun.keys());
        set.extend(self.sourceless.iter().filter_map(|p| p.split(' ').next()));
        set
    }
}

/// The most tokens a source may have (appositions included).
pub(super) const MAX_SOURCE_TOKENS: usize = 16;
/// The most tokens of a source with its apposition ("Carsten Labudda, Sprecher der
/// Landesarbeitsgemeinschaft Bürgerrechte und Demokratie der Partei").
pub(super) const MAX_APPOSITION_TOKENS: usize = 24;
/// The most words of a quoted title inside a source ("die Nachrichtenagentur „Petra“").
pub(super) const MAX_TITLE_WORDS: usize = 4;
/// How many tokens a separable verb's particle may be from the verb.
const MAX_PARTICLE_REACH: usize = 16;
/// How many words after a prepositional cue its noun may come ("nach ersten Angaben").
const NOUN_REACH: usize = 2;
/// The most tokens of a parenthesis after a name ("Peer Steinbrück (SPD)").
const MAX_PAREN_TOKENS: usize = 5;

/// Finds the attributions in `text` with `rules`. Byte offsets, as [`super::find`].
pub fn find(text: &str, rules: &Rules) -> Vec<Attribution> {
    let seg = super::segment::segment(text);
    let lower = Lower::new(&seg);
    let m = Matcher { seg: &seg, lower: &lower, rules };
    let mut out = Vec::new();
    let mut i = 0;
    while i < seg.tokens.len() {
        match m.cue_at(i) {
            Some((cue, source)) => {
                let span = |(a, b): (usize, usize)| ByteSpan::new(seg.tokens[a].start, seg.tokens[b - 1].end);
                out.push(Attribution { source: source.map(span), cue: span(cue), kind: source.map_or(SourceKind::Unknown, |s| m.kind(s)) });
                i = cue.1;
            }
            None => i += 1,
        }
    }
    out
}

/// A half-open token range.
pub(super) type Range = (usize, usize);

pub(super) struct Matcher<'a, 't> {
    pub(super) seg: &'a Segmented<'t>,
    pub(super) lower: &'a Lower,
    pub(super) rules: &'a Rules,
}

impl Matcher<'_, '_> {
    pub(super) fn w(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub(super) fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.seg.tokens.len() && self.seg.tokens[a].sentence == self.seg.tokens[b].sentence
    }

    /// The cue at token `i` and its source, if a cue starts there.
    fn cue_at(&self, i: usize) -> Option<(Range, Option<Range>)> {
        let t = self.seg.tokens[i];
        if t.quoted || t.kind != TokenKind::Word {
            return None;
        }
        let r = self.rules;
        let w = self.w(i);
        if !r.cue_starts.contains(w) {
            return None;
        }
        if let Some(p) = r.sourceless.iter().find(|p| self.lower.matches_at(i, p)) {
            let end = i + p.split(' ').count();
            return Some(((i, end), self.document_source(i, end)));
        }
        if r.source_after.contains(w) {
            return self.np_after(i + 1).map(|s| ((i, i + 1), Some(s)));
        }
        if let Some(endings) = r.source_after_noun.get(w) {
            // The noun may follow an adjective: "nach ersten Angaben".
            let reach = (i + 1 + NOUN_REACH).min(self.seg.tokens.len());
            let noun = (i + 1..reach).find(|&k| self.is_word(k) && is_capitalized(self.seg.word(k)))?;
            if !endings.iter().any(|e| self.w(noun).ends_with(e)) {
                return None;
            }
            return self.np_after(i + 1).map(|s| ((i, i + 1), Some(s)));
        }
        if r.source_before.contains(w) {
            return self.np_before(i).map(|s| ((i, i + 1), Some(s)));
        }
        if r.inserted.contains(w) {
            return self.after_break(i).then(|| self.np_after(i + 1)).flatten().map(|s| ((i, i + 1), Some(s)));
        }
        if r.opinion_nouns.contains(w) {
            return self.opinion_at(i);
        }
        self.verb_at(i)
    }

    /// The document named around a sourceless cue `[i, end)`: "heißt es in einer Pressemitteilung
    /// des Ministeriums", "In einer Pressemitteilung des Gerichts heißt es".
    fn document_source(&self, i: usize, end: usize) -> Option<Range> {
        let prep = self.rules.document_preposition;
        // A document or an office ("in der Regierung heißt es"), not a place ("In Berlin").
        let document = |s: Range| self.head_kind(s.0, s.1).is_some().then_some(s);
        if self.is_word(end) && self.w(end) == prep {
            return self.np_after(end + 1).and_then(document);
        }
        let first = self.seg.sentence_of(i).first;
        if first + 1 < i && self.w(first) == prep {
            let s = self.np_after(first + 1).filter(|s| s.1 == i)?;
            return document(s);
        }
        None
    }

    /// Whether token `i` comes right after a comma or a closing quotation mark.
    pub(super) fn after_break(&self, i: usize) -> bool {
        i > 0 && (self.seg.word(i - 1) == "," || self.seg.tokens[i - 1].kind == TokenKind::QuoteClose)
    }

    fn verb_at(&self, i: usize) -> Option<(Range, Option<Range>)> {
        let r = self.rules;
        let w = self.w(i);
        if is_capitalized(self.seg.word(i)) && !self.seg.starts_sentence(i) {
            return None;
        }
        // A participle with an auxiliary earlier in its clause: the auxiliary is the finite verb.
        if r.participles.contains(w) {
            // (What comes before the verb group counts from its auxiliary: "», a-t-il affirmé".)
            if let Some(aux) = self.auxiliary_before(i).filter(|&aux| self.has_content(aux, i + 1)) {
                let cue = if aux + 1 == i { (aux, i + 1) } else { (i, i + 1) };
                let source = self.inverted_pronoun(aux + 1).or_else(|| self.inverted_pronoun(i + 1)).or_else(|| self.subject(aux, i + 1));
                return source.map(|s| (cue, Some(s)));
            }
        }
        let finite = r.finite.contains(w);
        let inserted = r.inserted_verbs.contains(w) && self.after_break(i);
        let particle = r.separable.get(w).and_then(|particles| particles.iter().find(|p| self.particle_closes(i, p)));
        // "gab … bekannt": an announcement reports without a content clause.
        let announced = particle.is_some_and(|p| r.reporting_particles.contains(p));
        if !(finite || inserted || particle.is_some()) || !(announced || self.has_content(i, i + 1)) {
            return None;
        }
        let source = self
            .inverted_pronoun(i + 1)
            .or_else(|| if inserted { self.np_after(i + 1) } else { self.subject(i, i + 1) })
            .or_else(|| self.coordinated_subject(i));
        source.map(|s| ((i, i + 1), Some(s)))
    }

    /// The auxiliary before participle `i` in the same clause ("hat am Montag erklärt").
    fn auxiliary_before(&self, i: usize) -> Option<usize> {
        (i.saturating_sub(MAX_PARTICLE_REACH)..i)
            .rev()
            .take_while(|&k| !self.breaks_clause(k))
            .find(|&k| self.rules.auxiliaries.contains(self.w(k)))
    }

    /// Whether the clause of verb `i` ends with `particle` ("teilte … mit." / "mit,"): its last
    /// word before a clause break or the sentence's end.
    fn particle_closes(&self, i: usize, particle: &str) -> bool {
        let end = (i + MAX_PARTICLE_REACH).min(self.seg.tokens.len());
        // Quoted words inside the clause are part of it: "kündigte weitere „Erfolge“ an".
        let quote = |k: usize| matches!(self.seg.tokens[k].kind, TokenKind::QuoteOpen | TokenKind::QuoteClose) || self.seg.tokens[k].quoted;
        let clause = (i + 1..end).take_while(|&k| self.same_sentence(i, k) && (quote(k) || !self.breaks_clause(k)));
        clause.filter(|&k| self.is_word(k) && !self.seg.tokens[k].quoted).last().is_some_and(|k| self.w(k) == particle)
    }

    /// Whether token `k` ends a clause: punctuation other than a glued hyphen or dot, or a quote mark.
    pub(super) fn breaks_clause(&self, k: usize) -> bool {
        let t = self.seg.tokens[k];
        match t.kind {
            TokenKind::QuoteOpen | TokenKind::QuoteClose => true,
            TokenKind::Punct => !super::source::glued(self.seg, k),
            _ => false,
        }
    }

    /// French inversion: "dit-elle", "a-t-il déclaré" (pronoun glued by hyphens after the verb).
    fn inverted_pronoun(&self, k: usize) -> Option<Range> {
        let hyphen = |j: usize| self.seg.tokens.get(j).is_some_and(|t| self.seg.word(j) == "-" && t.start == self.seg.tokens[j - 1].end);
        let mut j = k;
        if !hyphen(j) {
            return None;
        }
        j += 1;
        if self.w(j) == "t" && hyphen(j + 1) {
            j += 2;
        }
        self.rules.pronouns.contains(self.w(j)).then_some((j, j + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{lexicon_de, lexicon_fr};

    /// `Table` checks order and ASCII/Latin-1 case at compile time; this checks every word
    /// against Unicode lowercasing.
    #[test]
    fn rule_tables_are_lowercase() {
        for r in [&lexicon_de::RULES, &lexicon_fr::RULES] {
            let tables = [
                r.finite,
                r.inserted_verbs,
                r.participles,
                r.auxiliaries,
                r.source_after,
                r.source_before,
                r.inserted,
                r.sourceless,
                r.determiners,
                r.prepositions,
                r.links,
                r.coordinators,
                r.adverbs,
                r.stops,
                r.pronouns,
                r.content_marks,
                r.content_words,
                r.demonstratives,
                r.subordinators,
                r.np_breakers,
                r.reporting_particles,
                r.opinion_nouns,
                r.oblique,
                r.relatives,
                r.comment_openers,
                r.anonymous_heads,
                r.organization_heads,
                r.media_heads,
                r.document_heads,
            ];
            let keyed = r.separable.iter().chain(r.source_after_noun.iter()).flat_map(|(k, v)| std::iter::once(k).chain(v.iter().copied()));
            for w in tables.iter().flat_map(|t| t.iter()).chain(keyed) {
                assert_eq!(w, w.to_lowercase(), "{w:?} must be lowercase");
            }
        }
    }
}
