//! Literal sets: whether any of a few hundred short literals occurs in a text, ASCII case folded.
//!
//! The consent triggers (every text node of a page is asked) and Readability's class and id
//! literals are what it serves. Literals are grouped by their first byte, so each byte of the text
//! costs one table lookup and only the literals that start with it are compared. (The
//! Aho-Corasick automaton that did this before cost 70 KB of WebAssembly for no measurable speed
//! on texts this short.)

/// A set of literals; see the module docs.
#[derive(Clone, Debug, Default)]
pub struct Literals {
    /// Whether some literal starts with each byte (either ASCII case): one load per byte of text.
    starts: Vec<bool>,
    /// For each first byte (ASCII lowercased), the literals starting with it.
    by_first: Vec<Vec<Box<[u8]>>>,
}

impl Literals {
    /// The set of `literals` (empty ones are ignored). Non-ASCII letters are compared as they are:
    /// give each case of such a literal that should match.
    pub fn new<S: AsRef<str>>(literals: &[S]) -> Literals {
        let mut by_first: Vec<Vec<Box<[u8]>>> = vec![Vec::new(); 256];
        let mut starts = vec![false; 256];
        for l in literals {
            let bytes = l.as_ref().as_bytes();
            if let Some(&first) = bytes.first() {
                by_first[first.to_ascii_lowercase() as usize].push(bytes.to_ascii_lowercase().into());
                starts[first.to_ascii_lowercase() as usize] = true;
                starts[first.to_ascii_uppercase() as usize] = true;
            }
        }
        Literals { starts, by_first }
    }

    /// Whether any literal occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.iter().enumerate().any(|(i, &b)| {
            self.starts[b as usize]
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
    }
}
