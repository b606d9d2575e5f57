//! The lookup tables of the attribution lexicons: [`Words`] (a set of words) and [`Table`] (a
//! word with a value: a tier, an abbreviation's behaviour, a separable verb's particles).
//!
//! Both are sorted by their string key and searched by binary search. Their constructors are
//! `const fn`s that check the invariants while the crate compiles, so a table out of order does
//! not build:
//! - keys strictly increase in byte order (sorted, and no duplicates);
//! - keys are not empty, have no outer spaces, no newline and no capitals (ASCII and Latin-1: the
//!   words are compared with lowercased text).
//!
//! A set of words is one string, each word ended by a newline ([`words!`] joins them), rather
//! than a slice of `&str`: the wasm build then holds no pointer and length per word (8 bytes
//! each, for some 2,500 words, and data that compresses badly).

/// A set of words: `words!["and", "but", "or"]`, sorted (see the module docs).
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::decide::attribution::table::Words::new(concat!($($word, "\n"),*))
    };
}
pub use crate::words;

/// A sorted set of words, held as one string with each word ended by `\n` (made by [`words!`]).
#[derive(Clone, Copy, Debug)]
pub struct Words {
    joined: &'static str,
    len: usize,
}

impl Words {
    /// The set of the words in `joined`, each ended by `\n`. Panics (at compile time, in a
    /// `const`) unless the words are sorted, unique and lowercase.
    pub const fn new(joined: &'static str) -> Words {
        let b = joined.as_bytes();
        assert!(b.is_empty() || b[b.len() - 1] == b'\n', "every word must end with a newline");
        let (mut start, mut previous, mut len, mut i) = (0, None, 0, 0);
        while i < b.len() {
            if b[i] == b'\n' {
                check_key_bytes(b, start, i);
                if let Some((s, e)) = previous {
                    assert!(less_bytes(b, s, e, start, i), "table words must be sorted and unique");
                }
                previous = Some((start, i));
                len += 1;
                start = i + 1;
            }
            i += 1;
        }
        Words { joined, len }
    }

    /// Whether the set holds `word`: by binary search, or for a set of at most `LINEAR_MAX`
    /// words by comparing each (an unequal length costs no byte comparison, and these small sets
    /// are looked up for nearly every token).
    pub fn contains(&self, word: &str) -> bool {
        if self.len <= LINEAR_MAX {
            return self.iter().any(|w| w == word);
        }
        let b = self.joined.as_bytes();
        // `lo` and `hi` are word starts (or the end): the word around the middle byte decides.
        let (mut lo, mut hi) = (0, b.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = b[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
            let end = start + b[start..hi].iter().position(|&c| c == b'\n').unwrap_or(hi - start);
            match compare_bytes(&b[start..end], word.as_bytes()) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        false
    }

    /// The words, in order.
    pub fn iter(&self) -> std::str::SplitTerminator<'static, char> {
        self.joined.split_terminator('\n')
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A sorted table of `(&'static str, V)` keyed entries.
#[derive(Debug)]
pub struct Table<T: 'static> {
    entries: &'static [T],
}

// Derived `Clone`/`Copy` would require `T: Copy`; a slice reference is always `Copy`.
impl<T> Clone for Table<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Table<T> {}

impl<V: 'static> Table<(&'static str, V)> {
    /// A table of keyed entries. Panics (at compile time, in a `const`) unless the keys are
    /// sorted, unique and lowercase.
    pub const fn keyed(entries: &'static [(&'static str, V)]) -> Self {
        let mut i = 0;
        while i < entries.len() {
            check_key(entries[i].0);
            if i > 0 {
                assert!(less(entries[i - 1].0, entries[i].0), "table keys must be sorted and unique");
            }
            i += 1;
        }
        Table { entries }
    }

    /// The value of `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.entries.binary_search_by(|(k, _)| compare(k, key)).ok().map(|i| &self.entries[i].1)
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.entries.iter().map(|(k, _)| *k)
    }
}

impl<T> Table<T> {
    /// The entries, in order.
    pub fn entries(&self) -> &'static [T] {
        self.entries
    }

    /// The entries, in order.
    pub fn iter(&self) -> std::slice::Iter<'static, T> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The largest table searched by comparing each word rather than by binary search (measured
/// with `bench_attribution`: binary search on the punctuation and function-word tables cost a
/// sixth of the English throughput).
const LINEAR_MAX: usize = 8;

/// `a` against `b` in byte order, as `str`'s `Ord`, compared here byte by byte: the words are
/// short, and a call to `memcmp` per step of a binary search cost more than the comparison
/// (measured with `bench_attribution`).
#[inline]
fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    compare_bytes(a.as_bytes(), b.as_bytes())
}

/// [`compare`] on bytes.
#[inline]
fn compare_bytes(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// Whether `a` sorts strictly before `b` (byte order, as `str`'s `Ord`).
const fn less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    less_bytes_in(a, 0, a.len(), b, 0, b.len())
}

/// [`less`] for two words of `b`, at `s1..e1` and `s2..e2`.
const fn less_bytes(b: &[u8], s1: usize, e1: usize, s2: usize, e2: usize) -> bool {
    less_bytes_in(b, s1, e1, b, s2, e2)
}

const fn less_bytes_in(a: &[u8], s1: usize, e1: usize, b: &[u8], s2: usize, e2: usize) -> bool {
    let mut i = 0;
    while s1 + i < e1 && s2 + i < e2 {
        if a[s1 + i] != b[s2 + i] {
            return a[s1 + i] < b[s2 + i];
        }
        i += 1;
    }
    e1 - s1 < e2 - s2
}

/// Panics unless `key` is non-empty, without outer spaces, without newlines and without
/// capitals (ASCII, and the Latin-1 capitals "À" to "Þ" that German and French words may start
/// with).
const fn check_key(key: &str) {
    check_key_bytes(key.as_bytes(), 0, key.len());
}

/// [`check_key`] for the word at `start..end` of `b`.
const fn check_key_bytes(b: &[u8], start: usize, end: usize) {
    assert!(start < end, "table keys must not be empty");
    assert!(b[start] != b' ' && b[end - 1] != b' ', "table keys must have no outer spaces");
    let mut i = start;
    while i < end {
        assert!(!b[i].is_ascii_uppercase() && b[i] != b'\n', "table keys must be lowercase, without newlines");
        // UTF-8 of U+00C0..=U+00DE is C3 80..=C3 9E; U+00D7 (×) is no letter.
        let latin1_capital = b[i] == 0xC3 && i + 1 < end && b[i + 1] >= 0x80 && b[i + 1] <= 0x9E && b[i + 1] != 0x97;
        assert!(!latin1_capital, "table keys must be lowercase");
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_keys_are_found_by_binary_search() {
        const T: Words = words!["and", "but", "or"];
        assert!(T.contains("but") && !T.contains("nor"));
        assert_eq!(T.iter().collect::<Vec<_>>(), ["and", "but", "or"]);
        const K: Table<(&str, u8)> = Table::keyed(&[("a", 1), ("b", 2)]);
        assert_eq!(K.get("b"), Some(&2));
        assert_eq!(K.get("c"), None);
    }

    #[test]
    fn a_large_set_finds_each_of_its_words_and_nothing_else() {
        let words: Vec<String> = (0..300).map(|i| format!("w{i:03}")).collect();
        let joined: &'static str = Box::leak(words.iter().map(|w| format!("{w}\n")).collect::<String>().into_boxed_str());
        let set = Words::new(joined);
        assert_eq!(set.len(), 300);
        for w in &words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "w", "w0", "w0000", "w300", "v999", "x", "w15", "w150 "] {
            assert!(!set.contains(w), "{w:?}");
        }
    }

    #[test]
    fn order_is_byte_order() {
        assert!(less("n't", "never") && less(":", "a") && less("z", "ä") && less("say", "says"));
        assert!(!less("a", "a"));
    }

    #[test]
    fn unsorted_duplicate_or_capitalised_tables_are_refused() {
        // At run time the const constructors panic where a `const` fails to compile.
        for bad in ["b\na\n", "a\na\n", "A\n", "Ärzte\n", " a\n", "\n", "a"] {
            assert!(std::panic::catch_unwind(|| Words::new(bad)).is_err(), "{bad:?} was accepted");
        }
        assert!(std::panic::catch_unwind(|| Table::keyed(&[("b", 0), ("a", 0)])).is_err());
    }
}
