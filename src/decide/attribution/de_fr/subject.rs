//! Whose the words are: the subject of a German or French verb cue (before it, after it, or
//! the earlier clause's for a coordinated verb), and the cues that are nouns of opinion.

use super::super::words::is_capitalized;
use super::{Matcher, Range};

impl Matcher<'_, '_> {
    /// A noun of opinion before its content clause ("BLM ist der Meinung, dass …", "Der Dienst ist
    /// zu dem Ergebnis gekommen, dass …"), its source the noun phrase that opens the clause or the
    /// subject of a coordinated verb ("… und kamen zu dem Ergebnis, dass").
    pub(super) fn opinion_at(&self, i: usize) -> Option<(Range, Option<Range>)> {
        // A definite article: "zu einem Ergebnis, dass …" is a result, not an opinion.
        let determined = i > 0 && self.rules.determiners.contains(self.w(i - 1)) && !self.w(i - 1).starts_with("ein");
        let content =
            self.seg.tokens.get(i + 1).is_some_and(|_| self.seg.word(i + 1) == ",") || self.rules.content_words.contains(self.w(i + 1));
        if !determined || !content || !self.has_content(i, i + 1) {
            return None;
        }
        let start = (0..i).rev().find(|&k| !self.same_sentence(k, i) || self.breaks_clause(k)).map_or(0, |k| k + 1);
        let source = if self.opens_np(start) && !self.rules.oblique.contains(self.w(start)) {
            Some((start, self.np_end(start))).filter(|s| s.1 < i - 1)
        } else {
            (start..i).find(|&k| self.rules.coordinators.contains(self.w(k))).and_then(|k| self.coordinated_subject(k + 1))
        };
        source.map(|s| ((i, i + 1), Some(s)))
    }

    /// The subject of a verb coordinated with an earlier one ("Noch vor der Wahl war Müller
    /// optimistisch und sagte: …"): after "und", the name the sentence's first clause has after
    /// its finite verb or opens with.
    pub(super) fn coordinated_subject(&self, i: usize) -> Option<Range> {
        if i == 0 || !self.rules.coordinators.contains(self.w(i - 1)) {
            return None;
        }
        let first = self.seg.sentence_of(i).first;
        if self.opens_np(first) && !self.rules.oblique.contains(self.w(first)) {
            let end = self.np_end(first);
            return (end < i).then_some((first, end));
        }
        // Verb-second: the first capitalised word after the opening phrase that follows a word
        // other than a preposition or a determiner ("war Müller").
        let r = self.rules;
        let after_verb =
            |k: usize| self.is_word(k - 1) && !r.prepositions.contains(self.w(k - 1)) && !r.determiners.contains(self.w(k - 1));
        (first + 1..i.saturating_sub(1))
            .find(|&k| is_capitalized(self.seg.word(k)) && self.np_token(k) && after_verb(k))
            .map(|k| (k, self.np_end(k)))
            .filter(|s| s.1 < i)
    }

    /// The subject of the finite verb at `f` whose verb group ends at `end`: before it when its
    /// clause starts with a noun phrase, else after the verb group.
    pub(super) fn subject(&self, f: usize, end: usize) -> Option<Range> {
        // After a comma, only "Subjekt, Apposition, sagte" has the subject before; after a
        // quotation the subject follows, unless the quotation is a name ("die Agentur „Nordpress“
        // berichtet").
        let title = f > 0 && self.title_quote_back(f - 1).is_some();
        let before = if self.after_break(f) && self.seg.word(f - 1) != "," && !title { None } else { self.np_before(f) };
        let subject = |s: &Range| !self.rules.oblique.contains(self.w(s.0));
        // Else a preposition or an adverb came first (verb-second order), or nothing did.
        before.filter(subject).or_else(|| self.np_after(end).filter(subject)).or_else(|| {
            if end > f + 1 {
                self.np_after(f + 1).filter(subject)
            } else {
                None
            }
        })
    }
}
