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

use super::segment::{Segmented, TokenKind};
use super::words::{in_table, is_capitalized, Lower};
use super::{Attribution, SourceKind};
use crate::model::span::ByteSpan;

/// One language's tables. Every word list is lowercase and sorted (checked by a test).
pub struct Rules {
    /// Finite forms of reporting verbs, including the joined forms of separable verbs at the end
    /// of a clause ("mitteilte").
    pub finite: &'static [&'static str],
    /// Finite forms that are cues only right after a quotation or a comma, with the source after
    /// them ("», lance-t-il", "…, poursuit le ministre").
    pub inserted_verbs: &'static [&'static str],
    /// Past participles, cues after an auxiliary of their clause ("hat erklärt", "a déclaré").
    pub participles: &'static [&'static str],
    /// Finite forms of separable verbs and the particle that must end their clause ("teilte" …
    /// "mit"). Sorted by form, then particle (a form may take several: "gab … an", "gab … bekannt").
    pub separable: &'static [(&'static str, &'static str)],
    /// Auxiliaries of the perfect tense.
    pub auxiliaries: &'static [&'static str],
    /// Cues whose source follows them: "laut", "gemäß", "selon", "d'après".
    pub source_after: &'static [&'static str],
    /// Cues whose source follows them only when the next noun ends in one of the endings: "nach
    /// Angaben der Polizei", "nach Polizeiangaben", but not "nach Berlin".
    pub source_after_noun: &'static [(&'static str, &'static [&'static str])],
    /// Cues whose source precedes them: "Berichten zufolge".
    pub source_before: &'static [&'static str],
    /// Cues whose source follows them when they come right after a comma or a quotation:
    /// "…, so Castro."
    pub inserted: &'static [&'static str],
    /// Cues without a source in the text, as space-separated words: "heißt es", "demnach".
    pub sourceless: &'static [&'static str],
    /// The preposition that names a document as the source of a sourceless cue, after it or
    /// opening its clause: "heißt es in einer Mitteilung", "In dem Bericht heißt es".
    pub document_preposition: &'static str,
    /// Determiners and possessives: they open a noun phrase.
    pub determiners: &'static [&'static str],
    /// Prepositions: a phrase they open is no subject ("Zur Begründung erklärte …").
    pub prepositions: &'static [&'static str],
    /// Prepositions that may link nouns inside a source ("Sprecher der Armee", "porte-parole du
    /// gouvernement").
    pub links: &'static [&'static str],
    /// Adverbs and time words skipped between a verb and a source after it, and which, first in
    /// a clause, put the subject after the verb ("Dazu sagte X", "a déclaré mardi X").
    pub adverbs: &'static [&'static str],
    /// Words that never belong to a source: conjunctions, auxiliaries, common verbs, pronouns
    /// that are not subjects.
    pub stops: &'static [&'static str],
    /// Subject pronouns that can be sources ("er", "sie", "il", "elle").
    pub pronouns: &'static [&'static str],
    /// Whether common nouns are capitalised (German): then a lowercase word inside a source must
    /// be a determiner, a link or an adjective.
    pub nouns_capitalized: bool,
    /// Word endings of source heads, per kind.
    pub anonymous_heads: &'static [&'static str],
    pub organization_heads: &'static [&'static str],
    pub media_heads: &'static [&'static str],
    pub document_heads: &'static [&'static str],
}

/// The most tokens a source may have (appositions included).
const MAX_SOURCE_TOKENS: usize = 16;
/// How many tokens a separable verb's particle may be from the verb.
const MAX_PARTICLE_REACH: usize = 16;

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
type Range = (usize, usize);

struct Matcher<'a, 't> {
    seg: &'a Segmented<'t>,
    lower: &'a Lower,
    rules: &'a Rules,
}

impl Matcher<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
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
        if let Some(p) = r.sourceless.iter().find(|p| self.lower.matches_at(i, p)) {
            let end = i + p.split(' ').count();
            return Some(((i, end), self.document_source(i, end)));
        }
        if in_table(r.source_after, w) {
            return self.np_after(i + 1).map(|s| ((i, i + 1), Some(s)));
        }
        if let Some((_, endings)) = r.source_after_noun.iter().find(|(c, _)| *c == w) {
            // The noun may follow an adjective: "nach ersten Angaben".
            let noun = (i + 1..(i + 3).min(self.seg.tokens.len())).find(|&k| self.is_word(k) && is_capitalized(self.seg.word(k)))?;
            if !endings.iter().any(|e| self.w(noun).ends_with(e)) {
                return None;
            }
            return self.np_after(i + 1).map(|s| ((i, i + 1), Some(s)));
        }
        if in_table(r.source_before, w) {
            return self.np_before(i).map(|s| ((i, i + 1), Some(s)));
        }
        if in_table(r.inserted, w) {
            return self.after_break(i).then(|| self.np_after(i + 1)).flatten().map(|s| ((i, i + 1), Some(s)));
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
    fn after_break(&self, i: usize) -> bool {
        i > 0 && (self.seg.word(i - 1) == "," || self.seg.tokens[i - 1].kind == TokenKind::QuoteClose)
    }

    fn verb_at(&self, i: usize) -> Option<(Range, Option<Range>)> {
        let r = self.rules;
        let w = self.w(i);
        if is_capitalized(self.seg.word(i)) && !self.seg.starts_sentence(i) {
            return None;
        }
        // A participle with an auxiliary earlier in its clause: the auxiliary is the finite verb.
        if in_table(r.participles, w) {
            if let Some(aux) = self.auxiliary_before(i) {
                let cue = if aux + 1 == i { (aux, i + 1) } else { (i, i + 1) };
                let source = self.inverted_pronoun(aux + 1).or_else(|| self.inverted_pronoun(i + 1)).or_else(|| self.subject(aux, i + 1));
                return source.map(|s| (cue, Some(s)));
            }
        }
        let finite = in_table(r.finite, w);
        let inserted = in_table(r.inserted_verbs, w) && self.after_break(i);
        let from = r.separable.partition_point(|(f, _)| *f < w);
        let separable = r.separable[from..].iter().take_while(|(f, _)| *f == w).any(|(_, particle)| self.particle_closes(i, particle));
        if !(finite || inserted || separable) {
            return None;
        }
        let source = self.inverted_pronoun(i + 1).or_else(|| if inserted { self.np_after(i + 1) } else { self.subject(i, i + 1) });
        source.map(|s| ((i, i + 1), Some(s)))
    }

    /// The auxiliary before participle `i` in the same clause ("hat am Montag erklärt").
    fn auxiliary_before(&self, i: usize) -> Option<usize> {
        (i.saturating_sub(MAX_PARTICLE_REACH)..i)
            .rev()
            .take_while(|&k| !self.breaks_clause(k))
            .find(|&k| in_table(self.rules.auxiliaries, self.w(k)))
    }

    /// Whether the clause of verb `i` ends with `particle` ("teilte … mit.").
    fn particle_closes(&self, i: usize, particle: &str) -> bool {
        let end =
            (i + 1..(i + MAX_PARTICLE_REACH).min(self.seg.tokens.len())).find(|&k| self.breaks_clause(k) || !self.same_sentence(i, k));
        let last = end.unwrap_or(self.seg.tokens.len().min(i + MAX_PARTICLE_REACH)) - 1;
        last > i && self.w(last) == particle
    }

    /// Whether token `k` ends a clause: punctuation other than a glued hyphen or dot, or a quote mark.
    fn breaks_clause(&self, k: usize) -> bool {
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
        in_table(self.rules.pronouns, self.w(j)).then_some((j, j + 1))
    }

    /// The subject of the finite verb at `f` whose verb group ends at `end`: before it when its
    /// clause starts with a noun phrase, else after the verb group.
    fn subject(&self, f: usize, end: usize) -> Option<Range> {
        // After a comma, only "Subjekt, Apposition, sagte" has the subject before.
        let before = if self.after_break(f) && self.seg.word(f - 1) != "," { None } else { self.np_before(f) };
        // Else a preposition or an adverb came first (verb-second order), or nothing did.
        before.or_else(|| self.np_after(end)).or_else(|| if end > f + 1 { self.np_after(f + 1) } else { None })
    }

    /// Whether token `k` is, in a language that capitalises nouns, a lowercase inflected
    /// adjective ("der ägyptischen Regierung").
    fn adjective(&self, k: usize) -> bool {
        let w = self.w(k);
        self.rules.nouns_capitalized
            && !is_capitalized(self.seg.word(k))
            && w.chars().count() > 3
            && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
    }

    /// Whether token `k` is a French noun with an elided article: "l'AFP", "l'Élysée".
    fn elided_article(&self, k: usize) -> bool {
        let w = self.w(k);
        w.len() > 2 && (w.starts_with("l'") || w.starts_with("d'")) && in_table(self.rules.determiners, &w[..2])
    }

    /// Whether token `k` may be inside a source.
    fn np_token(&self, k: usize) -> bool {
        let r = self.rules;
        let t = self.seg.tokens[k];
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct => super::source::glued(self.seg, k),
            TokenKind::Word => {
                let w = self.w(k);
                if t.quoted || in_table(r.stops, w) || in_table(r.adverbs, w) || in_table(r.prepositions, w) && !in_table(r.links, w) {
                    return false;
                }
                // The lowercase part of a hyphenated name: "Hsu-sung", "al-Mussawi".
                let hyphenated = |j: usize| j < self.seg.tokens.len() && self.seg.word(j) == "-" && super::source::glued(self.seg, j);
                if (k > 0 && hyphenated(k - 1)) || hyphenated(k + 1) {
                    return true;
                }
                if in_table(r.finite, w) || in_table(r.participles, w) || in_table(r.auxiliaries, w) {
                    return false;
                }
                !r.nouns_capitalized
                    || is_capitalized(self.seg.word(k))
                    || in_table(r.determiners, w)
                    || in_table(r.links, w)
                    || in_table(r.pronouns, w)
                    || self.adjective(k)
            }
            _ => false,
        }
    }

    /// Whether a source may start at token `k`.
    fn opens_np(&self, k: usize) -> bool {
        let r = self.rules;
        if !self.is_word(k) || !self.np_token(k) {
            return false;
        }
        let w = self.w(k);
        if in_table(r.links, w) || in_table(r.adverbs, w) {
            return false;
        }
        let before_noun = |j: usize| j < self.seg.tokens.len() && (is_capitalized(self.seg.word(j)) || self.adjective(j));
        in_table(r.determiners, w)
            || in_table(r.pronouns, w)
            || is_capitalized(self.seg.word(k))
            || (self.adjective(k) && before_noun(k + 1))
            || self.elided_article(k)
    }

    /// The source after token `k`: adverbs skipped, then a noun phrase with its apposition
    /// ("Max Lawson, ein Sprecher der Hilfsorganisation").
    fn np_after(&self, mut k: usize) -> Option<Range> {
        let n = self.seg.tokens.len();
        while k < n && self.is_word(k) && in_table(self.rules.adverbs, self.w(k)) {
            k += 1;
        }
        if k >= n || !self.opens_np(k) {
            return None;
        }
        if in_table(self.rules.pronouns, self.w(k)) {
            return Some((k, k + 1));
        }
        let mut end = self.np_end(k);
        // An apposition: ", ein Sprecher der Armee," / ", porte-parole du gouvernement,".
        if end < n && self.seg.word(end) == "," && end + 1 < n {
            let a = end + 1;
            let appo_end = self.np_end(a);
            let closes = appo_end >= n || matches!(self.seg.word(appo_end), "," | "." | ";") || !self.same_sentence(a, appo_end);
            // "ein Sprecher der Armee", "Generaldirektor des IWF": a role or an organization, not
            // ", die Folge".
            let role = self.head_kind(a, appo_end).is_some() || self.kind((a, appo_end)) == SourceKind::Named;
            if appo_end > a && closes && role && appo_end - k <= MAX_SOURCE_TOKENS {
                end = appo_end;
            }
        }
        Some((k, end))
    }

    /// The end (exclusive) of the noun phrase starting at `k`.
    fn np_end(&self, k: usize) -> usize {
        let n = self.seg.tokens.len();
        let mut end = k;
        while end < n && end - k < MAX_SOURCE_TOKENS && self.same_sentence(k, end) {
            let w = self.w(end);
            let take = if w == "und" || w == "et" {
                end > k && end + 1 < n && is_capitalized(self.seg.word(end + 1)) && is_capitalized(self.seg.word(end - 1))
            } else if self.seg.word(end) == "(" {
                // A party or an age after a name: "Peer Steinbrück (SPD)".
                match (end + 1..(end + 5).min(n)).find(|&j| self.seg.word(j) == ")") {
                    Some(close) if end > k => {
                        end = close + 1;
                        continue;
                    }
                    _ => false,
                }
            } else if in_table(self.rules.links, w) {
                end + 1 < n && self.np_token(end + 1) && !in_table(self.rules.links, self.w(end + 1))
            } else {
                self.np_token(end) && !(end > k && in_table(self.rules.pronouns, w))
            };
            if !take {
                break;
            }
            end += 1;
        }
        // No trailing link or glued punctuation.
        while end > k + 1 && (in_table(self.rules.links, self.w(end - 1)) || self.seg.tokens[end - 1].kind == TokenKind::Punct) {
            end -= 1;
        }
        end
    }

    /// The source before token `v` (a verb or "zufolge"): the noun phrase that starts its clause,
    /// or `None` when the clause opens with a preposition or an adverb (the subject then follows
    /// the verb). "Der Direktor der Behörde, Kou Hsu-sung, sagte" keeps its apposition.
    fn np_before(&self, mut v: usize) -> Option<Range> {
        // "Wie Bertram Hilgen heute sagte", "Wie Bertram Hilgen (SPD) heute sagte".
        while v > 1
            && self.is_word(v - 1)
            && in_table(self.rules.adverbs, self.w(v - 1))
            && (self.np_token(v - 2) || self.seg.word(v - 2) == ")")
        {
            v -= 1;
        }
        if v > 0 && self.seg.word(v - 1) == "," {
            let appo = self.run_back(v - 1);
            if appo == v - 1 || appo == 0 || self.seg.word(appo - 1) != "," {
                return None;
            }
            let subject = self.run_back(appo - 1);
            return (subject < appo - 1 && self.starts_clause(subject) && self.opens_np(subject)).then_some((subject, v - 1));
        }
        if v > 0 && self.is_word(v - 1) && in_table(self.rules.pronouns, self.w(v - 1)) {
            return Some((v - 1, v));
        }
        let first = self.run_back(v);
        (first < v && self.starts_clause(first) && self.opens_np(first)).then_some((first, v))
    }

    /// The first token of the run of source tokens that ends before `end` (`end` if none).
    fn run_back(&self, end: usize) -> usize {
        let mut first = end;
        while first > 0 && end - first < MAX_SOURCE_TOKENS && self.same_sentence(first - 1, end.min(self.seg.tokens.len() - 1)) {
            let k = first - 1;
            if self.seg.word(k) == ")" {
                // "Peer Steinbrück (SPD)".
                match (k.saturating_sub(5)..k).rev().find(|&j| self.seg.word(j) == "(") {
                    Some(open) if open > 0 => first = open,
                    _ => break,
                }
            } else if self.np_token(k) && !in_table(self.rules.pronouns, self.w(k)) {
                first = k;
            } else if k > 0
                && self.is_word(k)
                && in_table(self.rules.prepositions, self.w(k))
                && first < end
                && self.same_sentence(k - 1, k)
                && self.np_token(k - 1)
            {
                // "Claus Fleischer von der Erdbebenwarte Bensberg bei Köln": a preposition
                // between nouns stays inside; one that opens the clause ends the run.
                first = k;
            } else {
                break;
            }
        }
        first
    }

    /// Whether a phrase starting at `first` starts its clause: nothing, punctuation or a
    /// conjunction before it, but not a preposition (whose object it would be).
    fn starts_clause(&self, first: usize) -> bool {
        first == 0
            || !self.same_sentence(first - 1, first)
            || self.breaks_clause(first - 1)
            || (self.is_word(first - 1) && !in_table(self.rules.prepositions, self.w(first - 1)))
    }

    /// The kind named by the head words of `[a, b)`, if any table knows one.
    fn head_kind(&self, a: usize, b: usize) -> Option<SourceKind> {
        let r = self.rules;
        // "Innenministeriums" ends in "ministerium" plus the genitive "s".
        let ends = |w: &str, table: &[&str]| {
            let stems = [Some(w), w.strip_suffix('s'), w.strip_suffix("es")];
            table.iter().any(|e| stems.iter().flatten().any(|x| x.ends_with(e)))
        };
        let kind_of = |k: usize| {
            let w = self.w(k);
            if ends(w, r.media_heads) {
                Some(SourceKind::Media)
            } else if ends(w, r.anonymous_heads) {
                Some(SourceKind::Anonymous)
            } else if ends(w, r.organization_heads) {
                Some(SourceKind::Organization)
            } else if ends(w, r.document_heads) {
                Some(SourceKind::Document)
            } else {
                None
            }
        };
        // The head comes first ("Ein Sprecher der Armee" is a person), except that "Angaben des
        // Ministeriums" speaks for whoever gave them.
        let mut kinds = (a..b).filter(|&k| self.is_word(k)).filter_map(kind_of);
        let first = kinds.next()?;
        Some(if first == SourceKind::Document { kinds.find(|&k| k != SourceKind::Document).unwrap_or(first) } else { first })
    }

    /// Classifies a source: a pronoun; a person's name (two capitalised words no table knows,
    /// with no determiner before, or one such word alone); else what its head words say.
    fn kind(&self, (a, b): Range) -> SourceKind {
        let r = self.rules;
        if b == a + 1 && in_table(r.pronouns, self.w(a)) {
            return SourceKind::Pronoun;
        }
        let name_word = |k: usize| {
            self.is_word(k) && is_capitalized(self.seg.word(k)) && !in_table(r.determiners, self.w(k)) && self.head_kind(k, k + 1).is_none()
        };
        let bare = |k: usize| k == a || !(self.is_word(k - 1) && (in_table(r.determiners, self.w(k - 1)) || self.adjective(k - 1)));
        let words: Vec<usize> = (a..b).filter(|&k| self.is_word(k)).collect();
        let named = words.windows(2).any(|p| p[1] == p[0] + 1 && name_word(p[0]) && name_word(p[1]) && bare(p[0]))
            || (words.len() == 1 && name_word(words[0]));
        if named {
            return SourceKind::Named;
        }
        self.head_kind(a, b).unwrap_or(SourceKind::Unknown)
    }
}

/// German adjective endings ("ägyptischen", "erste", "neuer").
const ADJECTIVE_ENDINGS: &[&str] = &["e", "em", "en", "er", "es"];

#[cfg(test)]
mod tests {
    use super::super::{lexicon_de, lexicon_fr};
    use super::Rules;

    fn sorted_lowercase(lang: &str, name: &str, items: &[&str]) {
        for w in items.windows(2) {
            assert!(w[0] < w[1], "{lang} {name}: {:?} must come before {:?} (sorted, no duplicates)", w[1], w[0]);
        }
        for s in items {
            assert_eq!(*s, s.to_lowercase(), "{lang} {name}: {s:?} must be lowercase");
        }
    }

    #[test]
    fn rule_tables_are_sorted_lowercase() {
        for (lang, r) in [("de", &lexicon_de::RULES), ("fr", &lexicon_fr::RULES)] {
            let r: &Rules = r;
            let tables = [
                ("finite", r.finite),
                ("inserted_verbs", r.inserted_verbs),
                ("participles", r.participles),
                ("auxiliaries", r.auxiliaries),
                ("source_after", r.source_after),
                ("source_before", r.source_before),
                ("inserted", r.inserted),
                ("determiners", r.determiners),
                ("prepositions", r.prepositions),
                ("links", r.links),
                ("adverbs", r.adverbs),
                ("stops", r.stops),
                ("pronouns", r.pronouns),
                ("anonymous_heads", r.anonymous_heads),
                ("organization_heads", r.organization_heads),
                ("media_heads", r.media_heads),
                ("document_heads", r.document_heads),
            ];
            for (name, t) in tables {
                sorted_lowercase(lang, name, t);
            }
            let pairs: Vec<String> = r.separable.iter().map(|(f, p)| format!("{f} {p}")).collect();
            sorted_lowercase(lang, "separable", &pairs.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
}
