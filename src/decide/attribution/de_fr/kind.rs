//! What kind of source a German or French span names, by the endings of its head words.

use super::super::table::Words;
use super::super::words::is_capitalized;
use super::{Matcher, Range, SourceKind};

impl Matcher<'_, '_> {
    /// The kind named by the head words of `[a, b)`, if any table knows one.
    pub(super) fn head_kind(&self, a: usize, b: usize) -> Option<SourceKind> {
        let r = self.rules;
        // "Innenministeriums" ends in "ministerium" plus the genitive "s".
        let ends = |w: &str, table: &Words| {
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
    pub(super) fn kind(&self, (a, b): Range) -> SourceKind {
        let r = self.rules;
        if b == a + 1 && r.pronouns.contains(self.w(a)) {
            return SourceKind::Pronoun;
        }
        let name_word = |k: usize| {
            self.is_word(k) && is_capitalized(self.seg.word(k)) && !r.determiners.contains(self.w(k)) && self.head_kind(k, k + 1).is_none()
        };
        let bare = |k: usize| k == a || !(self.is_word(k - 1) && (r.determiners.contains(self.w(k - 1)) || self.adjective(k - 1)));
        let words: Vec<usize> = (a..b).filter(|&k| self.is_word(k)).collect();
        let named = words.windows(2).any(|p| p[1] == p[0] + 1 && name_word(p[0]) && name_word(p[1]) && bare(p[0]))
            || (words.len() == 1 && name_word(words[0]));
        if named {
            return SourceKind::Named;
        }
        self.head_kind(a, b).unwrap_or(SourceKind::Unknown)
    }
}
