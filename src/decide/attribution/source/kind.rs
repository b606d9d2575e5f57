//! What kind of source a span names ([`SourceKind`]): a pronoun, an anonymous person, a named
//! person, a medium, a document, an organization.
//!
//! The order of the checks is the rule: a lone pronoun; a lone indefinite pronoun ("Someone") or
//! an anonymity phrase anywhere ("people familiar with the matter"); then by the head (the last
//! word before a modifier: "of", "who", "by", a comma; a plural counts as its singular) and
//! whether a person's name stands outside the modifiers: a medium's head, a document's head, a
//! medium named in a span without a name, a name, an anonymous head or a role, an organization (by
//! head, by any word, by an initialism).

use super::super::lexicon;
use super::super::segment::{Segmented, TokenKind};
use super::super::table::Words;
use super::super::words::{is_all_caps, is_capitalized, without_contraction, Lower};
use super::super::SourceKind;

/// Classifies a source span (token range) into a [`SourceKind`].
pub fn kind(seg: &Segmented, lower: &Lower, first: usize, end: usize) -> SourceKind {
    let span = Span { seg, lower, first, end, words: (first..end).filter(|&k| seg.tokens[k].kind == TokenKind::Word).collect() };
    if span.words.len() == 1 && lexicon::PRONOUNS.contains(without_contraction(lower.get(span.words[0]))) {
        return SourceKind::Pronoun;
    }
    let indefinite = span.words.len() == 1 && lexicon::INDEFINITE_PRONOUNS.contains(lower.get(span.words[0]));
    if indefinite || lexicon::ANONYMITY_MARKERS.iter().any(|m| (first..end).any(|k| lower.matches_at(k, m))) {
        return SourceKind::Anonymous;
    }
    let head = span.head();
    // An institution's head makes no person of the names in the span, whether they are its own
    // ("The Food Standards Agency", "Acme Corporation") or say whose it is ("The Biden
    // administration", "the Trump campaign").
    let institution = is_head(&lexicon::ORGANIZATIONS, head);
    let named = !institution && (span.names_person() || span.capitalised_name());
    // A document's head wins over the names of who made, obtained or published it ("The
    // Reuters/Ipsos poll", "Emails obtained by The Times").
    let document_head = is_head(&lexicon::DOCUMENTS, head);
    if is_head(&lexicon::MEDIA, head) {
        SourceKind::Media
    } else if document_head {
        SourceKind::Document
    } else if (!named && span.any_word_in(&lexicon::MEDIA)) || span.described_medium() {
        SourceKind::Media
    } else if named {
        SourceKind::Named
    } else if is_head(&lexicon::ANONYMOUS_HEADS, head) || is_head(&lexicon::ROLES, head) || lexicon::QUANTIFIERS.contains(head) {
        SourceKind::Anonymous
    } else if is_head(&lexicon::ORGANIZATIONS, head) || span.any_word_in(&lexicon::ORGANIZATIONS) || span.institutional() {
        SourceKind::Organization
    } else {
        SourceKind::Unknown
    }
}

/// Whether the head word `w` is in `table`, as it stands or as the plural of a word there
/// ("analysts", "agencies", "records").
pub fn is_head(table: &Words, w: &str) -> bool {
    table.contains(w)
        || (w.len() > MIN_PLURAL_BYTES
            && (w.strip_suffix('s').is_some_and(|x| table.contains(x))
                || w.strip_suffix("ies").is_some_and(|x| table.contains(&format!("{x}y")))))
}

/// The shortest word whose final "s" is read as a plural by [`is_head`].
const MIN_PLURAL_BYTES: usize = 3;

/// The head of the source span `[first, end)`: the last word before any modifier ("of", "who",
/// "familiar", "by", a comma, a participle before a preposition), skipping a participle after
/// it ("a complaint filed by …").
pub fn head(seg: &Segmented, lower: &Lower, first: usize, end: usize) -> Option<usize> {
    // ("A poll conducted over the weekend": a participle before its preposition opens a modifier.)
    let participle = |k: usize| k > first && lower.get(k).ends_with("ed") && lexicon::STOP_PREPOSITIONS.contains(lower.get(k + 1));
    let head_end =
        (first..end).find(|&k| lower.get(k) == "," || lexicon::MODIFIER_OPENERS.contains(lower.get(k)) || participle(k)).unwrap_or(end);
    (first..head_end).rev().find(|&k| seg.tokens[k].kind == TokenKind::Word && !(lower.get(k).ends_with("ed") && k > first))
}

/// The longest word in capitals taken for an initialism rather than a name ("NATO", "CNN").
const MAX_INITIALISM_CHARS: usize = 4;

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
    /// The head word ("" if none; a possessor's without its "'s": "minister" for "The minister's
    /// decision"): see [`head`].
    fn head(&self) -> &str {
        let w = head(self.seg, self.lower, self.first, self.end).map_or("", |k| self.lower.get(k));
        w.strip_suffix("'s").unwrap_or(w)
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
                && word.chars().count() >= MIN_NAME_CHARS
                && !self.common_word_opening_sentence(k);
            name && !in_modifier
        })
    }

    /// Whether token `k` is a common word capitalised only because it opens the sentence: a
    /// gerund ("Pushing only adds …") or a word before a lowercase one ("Database servers",
    /// "Hospital records"; names come in capitalised runs: "Jake Sullivan").
    fn common_word_opening_sentence(&self, k: usize) -> bool {
        let next_lowercase = k + 1 < self.end && self.seg.tokens[k + 1].kind == TokenKind::Word && !is_capitalized(self.seg.word(k + 1));
        let w = self.lower.get(k);
        self.seg.starts_sentence(k) && !w.ends_with("'s") && (w.ends_with("ing") || next_lowercase)
    }

    /// Whether any word of the span (without a possessive "'s") is in `table`.
    fn any_word_in(&self, table: &Words) -> bool {
        self.words.iter().any(|&k| {
            let w = self.lower.get(k);
            table.contains(w.strip_suffix("'s").unwrap_or(w))
        })
    }

    /// Whether the span is a medium's name after the word that says what it is ("the
    /// broadcaster RTV-4", "the specialist site Grid Insider"): a medium head followed by
    /// capitalised words only.
    fn described_medium(&self) -> bool {
        let descriptor = |w: &str| lexicon::MEDIA.contains(w) || lexicon::MEDIUM_DESCRIPTORS.contains(w);
        let Some(m) = self.words.iter().position(|&k| descriptor(self.lower.get(k))) else { return false };
        let name = &self.words[m + 1..];
        !name.is_empty() && name.iter().all(|&k| is_capitalized(self.seg.word(k)))
    }

    /// Whether the span is a name in capitals, as transcripts print speakers ("MARIA LENZ"): two
    /// or more words in capitals that the tables do not know, one of them longer than an
    /// initialism ([`MAX_INITIALISM_CHARS`]).
    fn capitalised_name(&self) -> bool {
        let caps = |k: &usize| is_all_caps(self.seg.word(*k)) && !known_word(self.lower.get(*k));
        self.words.len() >= 2
            && self.words.iter().all(caps)
            && self.words.iter().any(|&k| self.seg.word(k).chars().count() > MAX_INITIALISM_CHARS)
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
        || lexicon::QUANTIFIERS.contains(bare)
        || lexicon::NUMBER_WORDS.contains(bare)
}
