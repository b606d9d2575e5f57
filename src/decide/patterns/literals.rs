//! Literal sets: whether any of a few hundred short literals occurs in a text, ASCII case folded.
//!
//! The consent triggers (every text node of a page is asked) and Readability's class and id
//! literals are what it serves. A bit per hash of each literal's first few bytes (up to four, as
//! many as the shortest literal has) rules out almost every place in the text: each byte of the
//! text costs a shift, a multiplication and one table lookup, and only where the bit is set are
//! the literals that start with the place's byte compared. (Until 2026-12-07 the filter was a
//! bit per pair of first bytes: a pair such as "co" or "pr" starts a word of most English
//! sentences, and each such place compared every literal starting with its byte. The
//! Aho-Corasick automaton before that cost 70 KB of WebAssembly for no measurable speed on texts
//! this short.)

/// A set of literals; see the module docs.
#[derive(Clone, Debug)]
pub struct Literals {
    /// How many first bytes of a literal the filter hashes: the shortest literal's length, at
    /// most 4 (0 for a set with no literal, which matches nothing).
    gram: usize,
    /// A bit for the hash of each literal's first `gram` bytes ([`gram_bit`]; four bytes: one
    /// `u32`). (A table of fixed size, indexed by a 16-bit hash: no bounds check in the loop over
    /// the text.)
    grams: Box<[u64; GRAM_WORDS]>,
    /// For each first byte (ASCII lowercased), the literals starting with it.
    by_first: Box<[Vec<Box<[u8]>>; 256]>,
}

/// Words of [`Literals::grams`]: a bit for each 16-bit hash.
const GRAM_WORDS: usize = (1 << 16) / 64;

/// A byte as the filter sees it: ASCII letters in one case (and some other bytes merged with
/// others, which only lets more places through to the comparison).
fn fold(b: u8) -> u32 {
    (b | 0x20) as u32
}

/// The word of [`Literals::grams`] and the mask of the bit for the folded bytes in `key` (the
/// first byte lowest).
fn gram_bit(key: u32) -> (usize, u64) {
    let h = (key.wrapping_mul(0x9E37_79B1) >> 16) as usize; // Fibonacci hashing: the high bits
    (h / 64, 1 << (h % 64))
}

impl Literals {
    /// The set of `literals` (empty ones are ignored). Non-ASCII letters are compared as they are:
    /// give each case of such a literal that should match.
    pub fn new<S: AsRef<str>>(literals: &[S]) -> Literals {
        let literals: Vec<&[u8]> = literals.iter().map(|l| l.as_ref().as_bytes()).filter(|l| !l.is_empty()).collect();
        let gram = literals.iter().map(|l| l.len()).min().unwrap_or(0).min(4);
        let mut by_first: Box<[Vec<Box<[u8]>>; 256]> = Box::new(std::array::from_fn(|_| Vec::new()));
        let mut grams = Box::new([0u64; GRAM_WORDS]);
        for bytes in literals {
            by_first[bytes[0].to_ascii_lowercase() as usize].push(bytes.to_ascii_lowercase().into());
            let key = bytes[..gram].iter().rev().fold(0, |key, &b| key << 8 | fold(b));
            let (word, mask) = gram_bit(key);
            grams[word] |= mask;
        }
        Literals { gram, grams, by_first }
    }

    /// Whether any literal occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let gram = self.gram;
        if gram == 0 || bytes.len() < gram {
            return false;
        }
        // The folded bytes of the window that starts at `i`, the first lowest: each step shifts
        // the first out and the next in at the top.
        let top = 8 * (gram as u32 - 1);
        let mut key = bytes[..gram - 1].iter().fold(0u32, |key, &b| key >> 8 | fold(b) << top);
        bytes[gram - 1..].iter().enumerate().any(|(i, &next)| {
            key = key >> 8 | fold(next) << top;
            let (word, mask) = gram_bit(key);
            self.grams[word] & mask != 0
                && self.by_first[bytes[i].to_ascii_lowercase() as usize]
                    .iter()
                    .any(|l| bytes.len() - i >= l.len() && bytes[i..i + l.len()].eq_ignore_ascii_case(l))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literals_anywhere_ascii_case_folded() {
        let set = Literals::new(&["cookie", "datenschutz", "Çerez", "çerez", ""]);
        assert!(set.is_match("We use COOKIES here"));
        assert!(set.is_match("Datenschutzerklärung"));
        assert!(set.is_match("Çerezleri kabul et") && set.is_match("çerez politikası"));
        assert!(!set.is_match("cooki") && !set.is_match(""));
        assert!(!Literals::new::<&str>(&[]).is_match("anything"));
        // One-byte literals, also at the text's end; the filter folds the case of every byte.
        let short = Literals::new(&["%", "ab"]);
        assert!(short.is_match("100%") && short.is_match("%x") && short.is_match("xAB") && short.is_match("aB"));
        assert!(!short.is_match("a b") && !short.is_match("ba"));
        // The filter folds more than letters ('@' as '`'): the comparison still tells them apart.
        let at = Literals::new(&["a@b"]);
        assert!(at.is_match("xA@B") && !at.is_match("a`b"));
    }
}

// proptest is a native dev-dependency: this module does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same answer as comparing every literal at every place.
        #[test]
        fn matches_as_a_search_for_each_literal_does(
            literals in proptest::collection::vec("[a-dA-D@`é ]{1,6}", 0..8),
            text in "[a-dA-D@`é ]{0,24}",
        ) {
            let naive = literals.iter().any(|l| {
                let l = l.as_bytes();
                text.as_bytes().windows(l.len()).any(|w| w.eq_ignore_ascii_case(l))
            });
            prop_assert_eq!(Literals::new(&literals).is_match(&text), naive);
        }
    }
}
