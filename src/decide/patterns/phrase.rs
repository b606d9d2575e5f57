//! Word patterns: phrase tables written as data and matched word by word, fast.
//!
//! Consent statements ("we use cookies", "diese Website verwendet Cookies") were regular
//! expressions; over a notice's text each took a millisecond in the small regex engine, and they
//! run on every candidate element. Matching words against a table indexed by first word is
//! linear in the text and needs no regex engine.
//!
//! Syntax of a pattern (all lowercase):
//! - slots separated by spaces, matched against consecutive words;
//! - a slot lists alternatives separated by `|`; an alternative of several words joins them with
//!   `_` (`this_website`);
//! - a slot ending in `?` is optional;
//! - `~N` skips up to N words;
//! - a word ending in `*` matches any word with that prefix (`zgod*`).
//!
//! Words are runs of letters and digits; everything else separates them ("and/or" is two words).

use crate::error::{Error, ErrorKind};
use rustc_hash::FxHashMap as HashMap;

/// One slot of a pattern. Its words are borrowed from the pattern's text (the tables are static),
/// so that compiling the tables at first use allocates per slot, not per word.
#[derive(Clone, Debug, PartialEq)]
enum Slot<'p> {
    /// One of these word sequences, or nothing when `optional`.
    Words { alternatives: Vec<Vec<&'p str>>, optional: bool },
    /// Up to this many words of anything.
    Skip(usize),
}

/// A compiled pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern<'p> {
    slots: Vec<Slot<'p>>,
}

impl<'p> Pattern<'p> {
    pub fn parse(text: &'p str) -> Result<Pattern<'p>, Error> {
        let err = |kind| Error::new(kind, text);
        let mut slots = Vec::new();
        for raw in text.split_whitespace() {
            if let Some(n) = raw.strip_prefix('~') {
                slots.push(Slot::Skip(n.parse().map_err(|_| err(ErrorKind::PatternBadSkip))?));
                continue;
            }
            let (body, optional) = match raw.strip_suffix('?') {
                Some(b) => (b, true),
                None => (raw, false),
            };
            let alternatives: Vec<Vec<&str>> = body.split('|').map(|alt| alt.split('_').collect()).collect();
            if alternatives.iter().flatten().any(|w| w.is_empty() || *w != w.to_lowercase()) {
                return Err(err(ErrorKind::PatternBadWord));
            }
            slots.push(Slot::Words { alternatives, optional });
        }
        match slots.first() {
            Some(Slot::Words { optional: false, alternatives }) if !alternatives.iter().any(|a| a[0].ends_with('*')) => {
                Ok(Pattern { slots })
            }
            _ => Err(err(ErrorKind::PatternBadStart)),
        }
    }

    /// The words a match can start with.
    fn first_words(&self) -> Vec<&'p str> {
        match &self.slots[0] {
            Slot::Words { alternatives, .. } => alternatives.iter().map(|a| a[0]).collect(),
            Slot::Skip(_) => Vec::new(),
        }
    }

    /// Whether the pattern matches `words` starting at `start` (with `whole`, up to their end).
    fn matches_at(&self, words: &[&str], start: usize, whole: bool) -> bool {
        fn go(slots: &[Slot], words: &[&str], i: usize, whole: bool) -> bool {
            let Some((slot, rest)) = slots.split_first() else { return !whole || i == words.len() };
            match slot {
                // Bounded by the words left, not by N alone: `~2222222222022` (any number parses)
                // would otherwise count to N past the end of the text (a fuzz finding: a hang).
                Slot::Skip(n) => (0..=(*n).min(words.len() - i)).any(|k| go(rest, words, i + k, whole)),
                Slot::Words { alternatives, optional } => {
                    let hit = alternatives.iter().any(|alt| {
                        alt.len() + i <= words.len()
                            && alt.iter().zip(&words[i..]).all(|(p, w)| word_matches(p, w))
                            && go(rest, words, i + alt.len(), whole)
                    });
                    hit || (*optional && go(rest, words, i, whole))
                }
            }
        }
        go(&self.slots, words, start, whole)
    }
}

fn word_matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => pattern == word,
    }
}

/// A set of patterns, indexed by their first words, borrowing their text (lifetime `'p`).
#[derive(Debug, Default)]
pub struct PatternSet<'p> {
    patterns: Vec<Pattern<'p>>,
    by_first: HashMap<String, Vec<usize>>,
}

impl<'p> PatternSet<'p> {
    /// Compiles `patterns` (numbered from 0 in this order, as [`PatternSet::matching`] tells
    /// them); the first invalid one is the error.
    pub fn new(patterns: &[&'p str]) -> Result<PatternSet<'p>, Error> {
        let mut set = PatternSet::default();
        for p in patterns {
            let pattern = Pattern::parse(p)?;
            for w in pattern.first_words() {
                set.by_first.entry(w.to_string()).or_default().push(set.patterns.len());
            }
            set.patterns.push(pattern);
        }
        Ok(set)
    }

    /// Whether any pattern matches somewhere in `words` (see [`words`]).
    pub fn is_match(&self, words: &[&str]) -> bool {
        (0..words.len())
            .any(|i| self.by_first.get(words[i]).is_some_and(|ps| ps.iter().any(|&p| self.patterns[p].matches_at(words, i, false))))
    }

    /// For each pattern by its number, whether it matches somewhere in `words`.
    pub fn matching(&self, words: &[&str]) -> Vec<bool> {
        let mut hit = vec![false; self.patterns.len()];
        for (i, &w) in words.iter().enumerate() {
            for &p in self.by_first.get(w).into_iter().flatten() {
                hit[p] = hit[p] || self.patterns[p].matches_at(words, i, false);
            }
        }
        hit
    }

    /// Whether any pattern matches all of `words`, from the first to the last.
    pub fn is_whole_match(&self, words: &[&str]) -> bool {
        words.first().and_then(|w| self.by_first.get(*w)).is_some_and(|ps| ps.iter().any(|&p| self.patterns[p].matches_at(words, 0, true)))
    }
}

/// The lowercase words of a text (runs of letters and digits).
pub fn words(lower: &str) -> Vec<&str> {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        let set = PatternSet::new(&[pattern]).unwrap();
        let lower = text.to_lowercase();
        set.is_match(&words(&lower))
    }

    #[test]
    fn alternatives_sequences_optional_skip_and_prefix() {
        let p = "we|this_website use|uses optional? cookies";
        assert!(matches(p, "Hello. This website uses cookies!"));
        assert!(matches(p, "we use optional cookies"));
        assert!(!matches(p, "this site uses cookies"));
        assert!(matches("by continuing ~5 cookies", "By continuing to browse you accept cookies"));
        assert!(!matches("by continuing ~2 cookies", "By continuing to browse you accept cookies"));
        assert!(matches("twoją|twojej zgod*", "Potrzebujemy twojej zgody"));
        assert!(matches("store and or access", "store and/or access information"));
    }

    #[test]
    fn matching_tells_each_pattern_apart() {
        let set = PatternSet::new(&["we use cookies", "cookies", "çerez kullan*", "no such words"]).unwrap();
        assert_eq!(set.matching(&words("we use cookies, cookies and çerez kullanıyoruz")), [true, true, true, false]);
        assert_eq!(set.matching(&words("nothing here")), [false; 4]);
    }

    #[test]
    fn bad_patterns_are_errors() {
        for bad in ["~3 cookies", "maybe? cookies", "Cookies", "a||b", "zgod* x", "~x y"] {
            assert!(PatternSet::new(&[bad]).is_err(), "{bad}");
        }
    }
}
