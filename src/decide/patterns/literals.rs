//! Literal sets: whether any of a few hundred short literals occurs in a text, ASCII case folded.
//!
//! The consent triggers (every text node of a page is asked) and Readability's class and id
//! literals are what it serves. Literals are grouped by their first byte, and a bit per pair of
//! first bytes rules out almost every other place: each byte of the text costs a table lookup or
//! two, and only at a place where some literal's first two bytes stand are the literals that start
//! with its byte compared. (The Aho-Corasick automaton that did this before cost 70 KB of
//! WebAssembly for no measurable speed on texts this short.)

/// A set of literals; see the module docs.
#[derive(Clone, Debug)]
pub struct Literals {
    /// Whether some literal starts with each byte (either ASCII case): one load per byte of text.
    /// (Tables of fixed size, indexed by a byte: no bounds check in the loop over the text.)
    starts: Box<[bool; 256]>,
    /// Whether some literal starts with each pair of bytes (ASCII lowercased, first byte high), a
    /// bit each; a one-byte literal sets every pair its byte starts.
    pairs: Box<[u64; PAIR_WORDS]>,
    /// For each first byte (ASCII lowercased), the literals starting with it.
    by_first: Box<[Vec<Box<[u8]>>; 256]>,
}

/// Words of [`Literals::pairs`]: a bit for each pair of bytes.
const PAIR_WORDS: usize = 256 * 256 / 64;

/// The bit of `pairs` for the bytes `a`, `b` (ASCII lowercased): its word and its mask.
fn pair_bit(a: u8, b: u8) -> (usize, u64) {
    let k = (a.to_ascii_lowercase() as usize) << 8 | b.to_ascii_lowercase() as usize;
    (k / 64, 1 << (k % 64))
}

impl Literals {
    /// The set of `literals` (empty ones are ignored). Non-ASCII letters are compared as they are:
    /// give each case of such a literal that should match.
    pub fn new<S: AsRef<str>>(literals: &[S]) -> Literals {
        let mut by_first: Box<[Vec<Box<[u8]>>; 256]> = Box::new(std::array::from_fn(|_| Vec::new()));
        let mut starts = Box::new([false; 256]);
        let mut pairs = Box::new([0u64; PAIR_WORDS]);
        for l in literals {
            let bytes = l.as_ref().as_bytes();
            let Some(&first) = bytes.first() else { continue };
            by_first[first.to_ascii_lowercase() as usize].push(bytes.to_ascii_lowercase().into());
            starts[first.to_ascii_lowercase() as usize] = true;
            starts[first.to_ascii_uppercase() as usize] = true;
            let seconds = match bytes.get(1) {
                Some(&b) => b..=b,
                None => 0..=u8::MAX,
            };
            for b in seconds {
                let (word, mask) = pair_bit(first, b);
                pairs[word] |= mask;
            }
        }
        Literals { starts, pairs, by_first }
    }

    /// Whether any literal occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.iter().enumerate().any(|(i, &b)| {
            self.starts[b as usize]
                && {
                    // (Past the last byte a zero: only a one-byte literal set that pair.)
                    let (word, mask) = pair_bit(b, bytes.get(i + 1).copied().unwrap_or(0));
                    self.pairs[word] & mask != 0
                }
                && self.by_first[b.to_ascii_lowercase() as usize]
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
        // One-byte literals, also at the text's end; the pair filter folds the second byte too.
        let short = Literals::new(&["%", "ab"]);
        assert!(short.is_match("100%") && short.is_match("%x") && short.is_match("xAB") && short.is_match("aB"));
        assert!(!short.is_match("a b") && !short.is_match("ba"));
    }
}
