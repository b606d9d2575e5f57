//! Whether a German or French verb reports something: the content test that stands in for the
//! English tiers. The WikiNews annotation, like a reader, takes "Der Verband begrüßte die
//! Entscheidung." and "Das Gericht erklärte die Wahl für ungültig." for acts, not attributions;
//! "sagte, er trete zurück", "teilte mit, dass …", "erklärte: „…“" report.

use super::super::segment::TokenKind;
use super::Matcher;

impl Matcher<'_, '_> {
    /// Whether the verb at `i` (its verb group ending at `end`) reports something: it follows a
    /// quotation ("„…“, sagte er"), a demonstrative standing for what was said opens its clause
    /// ("Dies teilte das Ministerium mit."), it is a comment on its sentence ("…, wie die Polizei
    /// mitteilte.") or inserted after it ("Die Straße bleibt gesperrt, teilte die Verwaltung
    /// mit."), or its clause goes on to a content clause: a comma, a colon, a quotation or a
    /// content word ("sagte, er trete zurück", "erklärte: „…“", "a déclaré que").
    pub(super) fn has_content(&self, i: usize, end: usize) -> bool {
        let seg = self.seg;
        let quote_before = i > 0
            && (seg.tokens[i - 1].kind == TokenKind::QuoteClose
                || (i > 1 && seg.word(i - 1) == "," && seg.tokens[i - 2].kind == TokenKind::QuoteClose));
        let start = self.clause_start(i);
        let anaphor = start + 1 == i && self.rules.demonstratives.contains(self.w(start));
        let comment = start < i && self.rules.comment_openers.contains(self.w(start));
        quote_before || anaphor || comment || self.inserted_after_content(i) || self.content_follows(i, end)
    }

    /// The first token of the clause that holds token `i` (after a clause break).
    fn clause_start(&self, i: usize) -> usize {
        (0..i).rev().find(|&k| !self.same_sentence(k, i) || self.breaks_clause(k)).map_or(0, |k| k + 1)
    }

    /// Whether the verb at `i` follows a comma with its subject after it, the clause before the
    /// comma being the content ("Die Straße bleibt gesperrt, teilte die Verwaltung mit."), not a
    /// relative or subordinate clause ("…, die unter seiner Führung agiert, erklärte …").
    fn inserted_after_content(&self, i: usize) -> bool {
        if i == 0 || self.seg.word(i - 1) != "," || self.np_before(i).is_some() {
            return false;
        }
        let start = self.clause_start(i - 1);
        let opener = |k: usize| k < i && (self.rules.relatives.contains(self.w(k)) || self.rules.subordinators.contains(self.w(k)));
        // "…, in der er …": a preposition before the relative pronoun. (A sentence's first
        // clause opens with an article, not a relative pronoun.)
        let after_comma = start > 0 && self.seg.word(start - 1) == ",";
        let relative = opener(start) || (self.rules.prepositions.contains(self.w(start)) && opener(start + 1));
        !(relative && (after_comma || self.rules.subordinators.contains(self.w(start))))
    }

    /// Whether the clause of the verb group `[i, end)` goes on to its content: a content word, or
    /// a comma, a colon or a quotation that ends the clause, unless a subordinator follows the
    /// comma ("berichtete von dem Abend, als sie …").
    fn content_follows(&self, i: usize, end: usize) -> bool {
        let seg = self.seg;
        let mut k = end;
        while k < seg.tokens.len() && self.same_sentence(i, k) {
            // (An elided word is one token with what follows: "qu'il".)
            let w = self.w(k);
            let elided = w.split_inclusive('\'').next().unwrap_or(w);
            if self.rules.content_words.contains(w) || self.rules.content_words.contains(elided) {
                return true;
            }
            if self.breaks_clause(k) {
                let subordinate = seg.word(k) == "," && self.rules.subordinators.contains(self.w(k + 1));
                return seg.tokens[k].kind == TokenKind::QuoteOpen || (self.rules.content_marks.contains(seg.word(k)) && !subordinate);
            }
            k += 1;
        }
        false
    }
}
