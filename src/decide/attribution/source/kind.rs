//! What kind of source a span names ([`SourceKind`]): a pronoun, an anonymous person, a named
//! person, a medium, a document, an organization.
//!
//! The order of the checks is the rule: a lone pronoun; an anonymity phrase anywhere ("people
//! familiar with the matter"); then by the head (the last word before a modifier: "of", "who",
//! "by", a comma) and whether a person's name stands outside the modifiers: a medium's head (or a
//! medium named in a span without a name or a document's head), a name, an anonymous head or a
//! role, a document's head, an organization (by head, by any word, by an initialism).

use super::super::lexicon;
use super::super::segment::{Segmented, TokenKind};
use super::super::table::Table;
use super::super::words::{is_all_caps, is_capitalized, without_contraction, Lower};
use super::super::SourceKind;

/// Classifies a source span (token range) into a [`SourceKind`].
pub fn kind(seg: &Segmented, lower: &Lower, first: usize, end: usize) -> SourceKind {
    let span = Span { seg, lower, first, end, words: (first..end).filter(|&k| seg.tokens[k].kind == TokenKind::Word).collect() };
    if span.words.len() == 1 && lexicon::PRONOUNS.contains(without_contraction(lower.get(span.words[0]))) {
        return SourceKind::Pronoun;
    }
    if lexicon::ANONYMITY_MARKERS.iter().any(|m| (first..end).any(|k| lower.matches_at(k, m))) {
        return SourceKind::Anonymous;
    }
    let head = span.head();
    let named = span.names_person();
    // A document's head wins over the medium that obtained or published it ("Emails obtained by
    // The Times").
    let document_head = lexicon::DOCUMENTS.contains(head);
    if lexicon::MEDIA.contains(head) || (!named && !document_head && span.any_word_in(lexicon::MEDIA)) {
        SourceKind::Media
    } else if named {
        SourceKind::Named
    } else if lexicon::ANONYMOUS_HEADS.contains(head) || lexicon::ROLES.contains(head) {
        SourceKind::Anonymous
    } else if document_head {
        SourceKind::Document
    } else if lexicon::ORGANIZATIONS.contains(head) || span.any_word_in(lexicon::ORGANIZATIONS) || span.institutional() {
        SourceKind::Organization
    } else {
        SourceKind::Unknown
    }
}

/// The shortest capitalised word taken for a name ("A" is not one).
const MIN_NAME_CHARS: usize = 2;

/// A source span and its words.
struct Span<'a, 't> {
    seg: &'a Segmented<'t>,
    lower: &'a Lower,
    first: usize,
    end: usize,
    words: Vec<usize>,
}

impl Span<'_, '_> {
    /// The head: the last word before any modifier ("of", "who", "familiar", "by", a comma),
    /// skipping a participle after it ("a complaint filed by …"); "" if none.
    fn head(&self) -> &str {
        let lower = self.lower;
        let head_end =
            (self.first..self.end).find(|&k| lower.get(k) == "," || lexicon::MODIFIER_OPENERS.contains(lower.get(k))).unwrap_or(self.end);
        (self.first..head_end)
            .rev()
            .find(|&k| self.seg.tokens[k].kind == TokenKind::Word && !(lower.get(k).ends_with("ed") && k > self.first))
            .map_or("", |k| lower.get(k))
    }

    /// Whether a person's name stands in the span: a capitalised word that is no known head,
    /// title, demonym or initialism, outside the modifiers that run from a preposition to the
    /// next comma ("a spokesman for Hillary Clinton" is not named, "The mayor of Zürich, Corinne
    /// Mäder" is).
    fn names_person(&self) -> bool {
        let mut in_modifier = false;
        (self.first..self.end).any(|k| {
            let w = self.lower.get(k);
            if w == "," {
                in_modifier = false;
            } else if lexicon::MODIFIER_OPENERS.contains(w) {
                in_modifier = true;
            }
            let word = self.seg.word(k);
            let name = self.seg.tokens[k].kind == TokenKind::Word
                && is_capitalized(word)
                && !is_all_caps(word)
                && !known_word(w)
                && word.chars().count() >= MIN_NAME_CHARS;
            name && !in_modifier
        })
    }

    /// Whether any word of the span (without a possessive "'s") is in `table`.
    fn any_word_in(&self, table: Table<&str>) -> bool {
        self.words.iter().any(|&k| {
            let w = self.lower.get(k);
            table.contains(w.strip_suffix("'s").unwrap_or(w))
        })
    }

    /// Whether the span has an initialism ("the FBI", "NATO") or is "the White House".
    fn institutional(&self) -> bool {
        self.words.iter().any(|&k| is_all_caps(self.seg.word(k)))
            || (self.lower.get(self.first) == "white" && self.lower.get(self.first + 1) == "house")
    }
}

/// Whether a capitalised word is one the tables know (a head, a role, a demonym, a word that
/// opens sentences, a word of institutions' names), so no person's name.
fn known_word(w: &str) -> bool {
    let bare = w.strip_suffix("'s").unwrap_or(w);
    lexicon::MEDIA.contains(bare)
        || lexicon::ORGANIZATIONS.contains(bare)
        || lexicon::DOCUMENTS.contains(bare)
        || lexicon::ANONYMOUS_HEADS.contains(bare)
        || lexicon::ROLES.contains(bare)
        || lexicon::DEMONYMS.contains(bare)
        || lexicon::SENTENCE_STARTERS.contains(bare)
        || lexicon::INSTITUTION_WORDS.contains(bare)
}
