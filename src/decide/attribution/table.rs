//! [`Table`]: the one type of every lookup table of the attribution lexicons.
//!
//! A table is a `&'static` slice sorted by a string key and searched by binary search. Its
//! constructors are `const fn`s that check the invariants while the crate compiles, so a table
//! out of order does not build:
//! - keys strictly increase in byte order (sorted, and no duplicates);
//! - keys are not empty, have no outer spaces and no capitals (ASCII and Latin-1: the words are
//!   compared with lowercased text).
//!
//! Two shapes share the type: [`Table::words`] (a set of words) and [`Table::keyed`] (a word with
//! a value: a tier, an abbreviation's behaviour, a separable verb's particles).

/// A sorted table of `T`: `&'static str` words, or `(&'static str, V)` keyed entries.
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

impl Table<&'static str> {
    /// A set of words. Panics (at compile time, in a `const`) unless the words are sorted,
    /// unique and lowercase.
    pub const fn words(words: &'static [&'static str]) -> Self {
        let mut i = 0;
        while i < words.len() {
            check_key(words[i]);
            if i > 0 {
                assert!(less(words[i - 1], words[i]), "table words must be sorted and unique");
            }
            i += 1;
        }
        Table { entries: words }
    }

    /// Whether the table holds `word`: by binary search, or for a table of at most
    /// `LINEAR_MAX` words by comparing each (an unequal length costs no byte comparison, and
    /// these small tables are looked up for nearly every token).
    pub fn contains(&self, word: &str) -> bool {
        if self.entries.len() <= LINEAR_MAX {
            self.entries.contains(&word)
        } else {
            self.entries.binary_search_by(|e| compare(e, word)).is_ok()
        }
    }
}

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
    let (a, b) = (a.as_bytes(), b.as_bytes());
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
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Panics unless `key` is non-empty, without outer spaces and without capitals (ASCII, and the
/// Latin-1 capitals "À" to "Þ" that German and French words may start with).
const fn check_key(key: &str) {
    let b = key.as_bytes();
    assert!(!b.is_empty(), "table keys must not be empty");
    assert!(b[0] != b' ' && b[b.len() - 1] != b' ', "table keys must have no outer spaces");
    let mut i = 0;
    while i < b.len() {
        assert!(!b[i].is_ascii_uppercase(), "table keys must be lowercase");
        // UTF-8 of U+00C0..=U+00DE is C3 80..=C3 9E; U+00D7 (×) is no letter.
        let latin1_capital = b[i] == 0xC3 && i + 1 < b.len() && b[i + 1] >= 0x80 && b[i + 1] <= 0x9E && b[i + 1] != 0x97;
        assert!(!latin1_capital, "table keys must be lowercase");
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_keys_are_found_by_binary_search() {
        const T: Table<&str> = Table::words(&["and", "but", "or"]);
        assert!(T.contains("but") && !T.contains("nor"));
        const K: Table<(&str, u8)> = Table::keyed(&[("a", 1), ("b", 2)]);
        assert_eq!(K.get("b"), Some(&2));
        assert_eq!(K.get("c"), None);
    }

    #[test]
    fn order_is_byte_order() {
        assert!(less("n't", "never") && less(":", "a") && less("z", "ä") && less("say", "says"));
        assert!(!less("a", "a"));
    }

    #[test]
    fn unsorted_duplicate_or_capitalised_tables_are_refused() {
        // At run time the const constructors panic where a `const` fails to compile.
        for bad in [&["b", "a"][..], &["a", "a"], &["A"], &["Ärzte"], &[" a"], &[""]] {
            assert!(std::panic::catch_unwind(|| Table::words(bad)).is_err(), "{bad:?} was accepted");
        }
        assert!(std::panic::catch_unwind(|| Table::keyed(&[("b", 0), ("a", 0)])).is_err());
    }
}
