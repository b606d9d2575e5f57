//! Noun phrases in German and French: which tokens a source may hold, and where a source
//! before or after its verb starts and ends.

use super::super::lexicon;
use super::super::segment::TokenKind;
use super::super::source::glued;
use super::super::table::{words, Words};
use super::super::words::is_capitalized;
use super::{Matcher, Range, SourceKind, MAX_APPOSITION_TOKENS, MAX_PAREN_TOKENS, MAX_SOURCE_TOKENS, MAX_TITLE_WORDS};

impl Matcher<'_, '_> {
    /// Whether token `k` is, in a language that capitalises nouns, a lowercase inflected
    /// adjective ("der ägyptischen Regierung").
    pub(super) fn adjective(&self, k: usize) -> bool {
        let w = self.w(k);
        self.rules.nouns_capitalized
            && !is_capitalized(self.seg.word(k))
            && w.chars().count() >= MIN_ADJECTIVE_CHARS
            && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
    }

    /// Whether token `k` is a French noun with an elided article: "l'AFP", "l'Élysée".
    fn elided_article(&self, k: usize) -> bool {
        let w = self.w(k);
        w.len() > 2 && (w.starts_with("l'") || w.starts_with("d'")) && self.rules.determiners.contains(&w[..2])
    }

    /// Whether token `k` may be inside a source.
    pub(super) fn np_token(&self, k: usize) -> bool {
        let r = self.rules;
        let t = self.seg.tokens[k];
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct => glued(self.seg, k),
            TokenKind::Word => {
                let w = self.w(k);
                if t.quoted || r.stops.contains(w) || r.adverbs.contains(w) || r.prepositions.contains(w) && !r.links.contains(w) {
                    return false;
                }
                // The lowercase part of a hyphenated name: "Hsu-sung", "al-Mussawi".
                let hyphenated = |j: usize| j < self.seg.tokens.len() && self.seg.word(j) == "-" && glued(self.seg, j);
                if (k > 0 && hyphenated(k - 1)) || hyphenated(k + 1) {
                    return true;
                }
                // (A capitalised word inside a German sentence is a noun: "Berichten zufolge".)
                let noun = r.nouns_capitalized && is_capitalized(self.seg.word(k)) && !self.seg.starts_sentence(k);
                if !noun && (r.finite.contains(w) || r.participles.contains(w) || r.auxiliaries.contains(w)) {
                    return false;
                }
                !r.nouns_capitalized
                    || is_capitalized(self.seg.word(k))
                    || r.determiners.contains(w)
                    || r.links.contains(w)
                    || r.pronouns.contains(w)
                    || self.adjective(k)
            }
            _ => false,
        }
    }

    /// Whether a source may start at token `k`.
    pub(super) fn opens_np(&self, k: usize) -> bool {
        let r = self.rules;
        if !self.is_word(k) || !self.np_token(k) {
            return false;
        }
        let w = self.w(k);
        if r.links.contains(w) || r.adverbs.contains(w) {
            return false;
        }
        let before_noun = |j: usize| j < self.seg.tokens.len() && (is_capitalized(self.seg.word(j)) || self.adjective(j));
        r.determiners.contains(w)
            || r.pronouns.contains(w)
            || is_capitalized(self.seg.word(k))
            || (self.adjective(k) && before_noun(k + 1))
            || self.elided_article(k)
    }

    /// The source after token `k`: adverbs skipped, then a noun phrase with its apposition
    /// ("Max Lawson, ein Sprecher der Hilfsorganisation").
    pub(super) fn np_after(&self, mut k: usize) -> Option<Range> {
        let n = self.seg.tokens.len();
        while k < n && self.is_word(k) && self.rules.adverbs.contains(self.w(k)) {
            k += 1;
        }
        if k >= n || !self.opens_np(k) {
            return None;
        }
        if self.rules.pronouns.contains(self.w(k)) {
            return Some((k, k + 1));
        }
        let mut end = self.np_end(k);
        if end == k {
            return None; // nothing the phrase could hold ("laut Et": a conjunction, no name)
        }
        // An apposition: ", ein Sprecher der Armee," / ", porte-parole du gouvernement,".
        if end < n && self.seg.word(end) == "," && end + 1 < n {
            let a = end + 1;
            let appo_end = self.np_end(a);
            // It ends its clause, or a cue follows it ("…, ein Mitarbeiter laut New York Times").
            let closes = appo_end >= n
                || lexicon::APPOSITION_ENDS.contains(self.seg.word(appo_end))
                || !self.same_sentence(a, appo_end)
                || self.rules.source_after.contains(self.w(appo_end));
            // "ein Sprecher der Armee", "Generaldirektor des IWF": a role or an organization, not
            // ", die Folge".
            let role = matches!(self.head_kind(a, appo_end), Some(SourceKind::Anonymous)) || self.kind((a, appo_end)) == SourceKind::Named;
            if appo_end > a && closes && role && appo_end - k <= MAX_APPOSITION_TOKENS {
                end = appo_end;
            }
        }
        // A document with what it is about or where it appeared: "einer Umfrage unter 300
        // Betrieben der Kammer", "einer Meldung auf der Internetseite".
        while end + 1 < n && end - k < MAX_SOURCE_TOKENS && self.head_kind(k, end) == Some(SourceKind::Document) {
            let (w, next) = (self.w(end), end + 1);
            let number = self.seg.tokens[next].kind == TokenKind::Number;
            if !self.rules.prepositions.contains(w) || self.rules.source_after.contains(w) || !(self.opens_np(next) || number) {
                break;
            }
            end = self.np_end(next);
        }
        Some((k, end))
    }

    /// The opening mark of a short quoted title that closes at token `k` ("„Petra“",
    /// "„Firefox“-Entwickler"): at most [`MAX_TITLE_WORDS`] capitalised words between the marks.
    pub(super) fn title_quote_back(&self, k: usize) -> Option<usize> {
        if self.seg.tokens[k].kind != TokenKind::QuoteClose {
            return None;
        }
        let open = (k.saturating_sub(MAX_TITLE_WORDS + 1)..k).rev().find(|&j| self.seg.tokens[j].kind == TokenKind::QuoteOpen)?;
        self.title_between(open, k).then_some(open)
    }

    /// The closing mark of a short quoted title that opens at token `k` (see [`Self::title_quote_back`]).
    fn title_quote_forward(&self, k: usize) -> Option<usize> {
        if self.seg.tokens[k].kind != TokenKind::QuoteOpen {
            return None;
        }
        let end = (k + MAX_TITLE_WORDS + 2).min(self.seg.tokens.len());
        let close = (k + 1..end).find(|&j| self.seg.tokens[j].kind == TokenKind::QuoteClose)?;
        self.title_between(k, close).then_some(close)
    }

    fn title_between(&self, open: usize, close: usize) -> bool {
        close > open + 1
            && (open + 1..close).all(|j| (self.is_word(j) && is_capitalized(self.seg.word(j))) || super::super::source::glued(self.seg, j))
    }

    /// Whether token `k` is the hyphen of a compound whose head is left to the next one
    /// ("Industrie- und Handelskammer"): glued to its word, before "und".
    fn suspension_hyphen(&self, k: usize) -> bool {
        k > 0
            && self.seg.word(k) == "-"
            && self.seg.tokens[k - 1].end == self.seg.tokens[k].start
            && self.rules.coordinators.contains(self.w(k + 1))
    }

    /// The end (exclusive) of the noun phrase starting at `k`.
    pub(super) fn np_end(&self, k: usize) -> usize {
        let n = self.seg.tokens.len();
        let mut end = k;
        while end < n && end - k < MAX_SOURCE_TOKENS && self.same_sentence(k, end) {
            let w = self.w(end);
            let take = if self.rules.coordinators.contains(w) {
                // "Peter und Paul", "der Industrie- und Handelskammer".
                let before = is_capitalized(self.seg.word(end - 1)) || self.suspension_hyphen(end - 1);
                end > k && end + 1 < n && is_capitalized(self.seg.word(end + 1)) && before
            } else if self.suspension_hyphen(end) {
                true
            } else if let Some(close) = self.title_quote_forward(end).filter(|_| end > k) {
                end = close + 1;
                continue;
            } else if end > k && self.rules.np_breakers.contains(w) && is_capitalized(self.seg.word(end - 1)) {
                // "befürchtet die Weltgesundheitsorganisation eine Epidemie": a new noun phrase.
                false
            } else if self.seg.word(end) == "(" {
                // A party or an age after a name: "Peer Steinbrück (SPD)".
                match (end + 1..(end + MAX_PAREN_TOKENS).min(n)).find(|&j| self.seg.word(j) == ")") {
                    Some(close) if end > k => {
                        end = close + 1;
                        continue;
                    }
                    _ => false,
                }
            } else if self.rules.links.contains(w) {
                end + 1 < n && self.np_token(end + 1) && !self.rules.links.contains(self.w(end + 1))
            } else {
                self.np_token(end) && !(end > k && self.rules.pronouns.contains(w))
            };
            if !take {
                break;
            }
            end += 1;
        }
        // No trailing link or glued punctuation.
        while end > k + 1 && (self.rules.links.contains(self.w(end - 1)) || self.seg.tokens[end - 1].kind == TokenKind::Punct) {
            end -= 1;
        }
        end
    }

    /// The source before token `v` (a verb or "zufolge"): the noun phrase that starts its clause,
    /// or `None` when the clause opens with a preposition or an adverb (the subject then follows
    /// the verb). "Der Direktor der Behörde, Kou Hsu-sung, sagte" keeps its apposition.
    pub(super) fn np_before(&self, mut v: usize) -> Option<Range> {
        // "Wie Bertram Hilgen heute sagte", "Wie Bertram Hilgen (SPD) heute sagte".
        while v > 1
            && self.is_word(v - 1)
            && self.rules.adverbs.contains(self.w(v - 1))
            && (self.np_token(v - 2) || self.seg.word(v - 2) == ")")
        {
            v -= 1;
        }
        if v > 0 && self.seg.word(v - 1) == "," {
            if let Some(s) = self.subject_before_relative(v - 1) {
                return Some(s);
            }
            let appo = self.run_back(v - 1);
            if appo == v - 1 || appo == 0 || self.seg.word(appo - 1) != "," {
                return None;
            }
            let subject = self.run_back(appo - 1);
            return (subject < appo - 1 && self.starts_clause(subject) && self.opens_np(subject)).then_some((subject, v - 1));
        }
        if v > 0 && self.is_word(v - 1) && self.rules.pronouns.contains(self.w(v - 1)) {
            return Some((v - 1, v));
        }
        let first = self.run_back(v);
        // "Dies gab der Verein bekannt": a demonstrative alone stands for the content.
        let demonstrative = first + 1 == v && self.rules.demonstratives.contains(self.w(first));
        // "…, in der er die junge Generation aufforderte": the pronoun before the object.
        if first < v && first > 0 && self.rules.pronouns.contains(self.w(first - 1)) && !self.starts_clause(first) {
            return Some((first - 1, first));
        }
        (first < v && !demonstrative && self.starts_clause(first) && self.opens_np(first)).then_some((first, v))
    }

    /// The subject before a relative clause that ends at the comma `comma` ("Ein Sprecher des
    /// Senders, für den er zuletzt arbeitete, erklärte"): the clause opens after the comma before
    /// with a relative pronoun (after a preposition or not).
    fn subject_before_relative(&self, comma: usize) -> Option<Range> {
        let open =
            (comma.saturating_sub(MAX_SOURCE_TOKENS)..comma).rev().find(|&k| self.seg.word(k) == "," && self.same_sentence(k, comma))?;
        let r = self.rules;
        let first = open + 1;
        let relative =
            r.relatives.contains(self.w(first)) || (r.prepositions.contains(self.w(first)) && r.relatives.contains(self.w(first + 1)));
        if !relative || open + 2 >= comma {
            return None;
        }
        let subject = self.run_back(open);
        (subject < open && self.starts_clause(subject) && self.opens_np(subject)).then_some((subject, open))
    }

    /// The first token of the run of source tokens that ends before `end` (`end` if none).
    fn run_back(&self, end: usize) -> usize {
        let mut first = end;
        while first > 0 && end - first < MAX_SOURCE_TOKENS && self.same_sentence(first - 1, end.min(self.seg.tokens.len() - 1)) {
            let k = first - 1;
            if self.seg.word(k) == ")" {
                // "Peer Steinbrück (SPD)".
                match (k.saturating_sub(MAX_PAREN_TOKENS)..k).rev().find(|&j| self.seg.word(j) == "(") {
                    Some(open) if open > 0 => first = open,
                    _ => break,
                }
            } else if let Some(open) = self.title_quote_back(k) {
                // "Die Nachrichtenagentur „Petra“".
                first = open;
            } else if self.np_token(k) && !self.rules.pronouns.contains(self.w(k)) {
                first = k;
            } else if k > 0
                && self.is_word(k)
                && self.rules.prepositions.contains(self.w(k))
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
        if first == 0 || !self.same_sentence(first - 1, first) || self.breaks_clause(first - 1) {
            return true;
        }
        // A conjunction, a subordinator or a relative pronoun before it, or a clause-initial
        // particle ("Auch die FDP"); not a preposition (whose object it would be) nor a subject
        // ("in der er die junge Generation aufforderte").
        let w = self.w(first - 1);
        let r = self.rules;
        let clause_word = r.stops.contains(w) || r.subordinators.contains(w) || r.relatives.contains(w) || r.coordinators.contains(w);
        let particle = r.adverbs.contains(w) && (first == 1 || !self.same_sentence(first - 2, first) || self.breaks_clause(first - 2));
        self.is_word(first - 1) && !r.prepositions.contains(w) && !r.pronouns.contains(w) && (clause_word || particle)
    }
}

/// The shortest lowercase word taken for an inflected adjective by its ending.
const MIN_ADJECTIVE_CHARS: usize = 4;

/// German adjective endings ("ägyptischen", "erste", "neuer").
static ADJECTIVE_ENDINGS: Words = words!["e", "em", "en", "er", "es"];
