//! The lookup tables of the attribution lexicons: [`Words`] (a set of words) and [`Table`] (a
//! word with a value: a tier, an abbreviation's behaviour, a separable verb's particles).
//!
//! Both are sorted by their string key; a small set is searched word by word, a larger one by
//! hash (its [`Lookup`], built on first use). Their constructors are
//! `const fn`s that check the invariants while the crate compiles, so a table out of order does
//! not build:
//! - keys strictly increase in byte order (sorted, and no duplicates);
//! - keys are not empty, have no outer spaces, no newline and no capitals (ASCII and Latin-1: the
//!   words are compared with lowercased text).
//!
//! A set of words is a `static` made by the [`words!`] macro (and a [`Table`]'s keys are one,
//! made by [`table!`]). A table of `(pointer, length)` pairs costs the wasm build 8 bytes per
//! word that compress badly, so a set of more than `LINEAR_MAX` words keeps its words joined at
//! compile time, each ended by a newline, and builds the pairs on its first lookup, once, into
//! an [`Index`] of its own. A smaller set, looked up for nearly every token, stays a slice whose
//! words the compiler sees, which it compares without a call. Measured (wasm after wasm-opt,
//! gzip -9; instructions of `bench_attribution` under callgrind, 1.214 G before):
//! - larger sets joined, smaller ones slices: 7.7 KB raw and 1.9 KB gzipped less, +4.9 %
//!   instructions (with the tables' keys as well: 8.4 KB, 2.0 KB gzipped, +5.7 %);
//! - every set joined: 12.7 KB raw and 3.9 KB gzipped less, but +17 % instructions;
//! - smaller sets as bytes, each word after its length: +14 % instructions.
//!
//! (Before: a lookup that found word boundaries in the joined bytes, or through a table of `u16`
//! starts, cost 15–50 % of the English throughput.)

/// A set of words: `static SET: Words = words!["and", "but", "or"];`, sorted (see the module
/// docs).
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        use $crate::decide::attribution::table as table;
        static INDEX: table::Index = table::Index::new();
        table::Words::new(&[$($word),*], concat!($($word, "\n"),*), &INDEX)
    }};
}
use crate::decide::patterns::list::bytes_before;
pub use crate::words;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A large set's index, built on the set's first lookup.
pub type Index = OnceLock<Lookup>;

/// What a large set builds on its first lookup: its words as slices of its joined string, in
/// order, and each word's position among them by hash (one hash and one comparison per lookup,
/// where a binary search made about ten comparisons over scattered words: it was a fifth of
/// `bench_attribution`'s time under `perf`).
#[derive(Debug)]
pub struct Lookup {
    words: Box<[&'static str]>,
    positions: FxHashMap<&'static str, u32>,
}

/// A sorted set of words (made by [`words!`]), declared as a `static`. Itself immutable (what
/// it holds is known where it is used), it points to its [`Index`], a `static` of its own.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// The words of a set of at most `LINEAR_MAX`; empty for a larger set.
    small: &'static [&'static str],
    /// The words of a larger set, each ended by `\n`; empty for a small set.
    joined: &'static str,
    /// The number of words.
    len: usize,
    index: &'static Index,
}

impl Words {
    /// The set of `words`, kept as they are if at most `LINEAR_MAX`, otherwise as `joined` (each
    /// word followed by `\n`), indexed in `index` on first use. Panics (at compile time, in a
    /// `static`) unless the words are sorted, unique and lowercase and `joined` holds them. Only
    /// one of the two is kept.
    pub const fn new(words: &'static [&'static str], joined: &'static str, index: &'static Index) -> Words {
        let mut i = 0;
        let mut bytes = 0;
        while i < words.len() {
            check_key(words[i]);
            if i > 0 {
                assert!(less(words[i - 1], words[i]), "table words must be sorted and unique");
            }
            bytes += words[i].len() + 1;
            i += 1;
        }
        assert!(bytes == joined.len(), "joined must hold the words, each ended by a newline");
        if words.len() <= LINEAR_MAX {
            Words { small: words, joined: "", len: words.len(), index }
        } else {
            Words { small: &[], joined, len: words.len(), index }
        }
    }

    /// The words, in order (a larger set's split out of `joined` on the first call).
    #[inline]
    fn words(&self) -> &'static [&'static str] {
        if self.len <= LINEAR_MAX {
            return self.small;
        }
        &self.lookup().words
    }

    /// A larger set's index (built on the first call).
    #[inline]
    fn lookup(&self) -> &'static Lookup {
        match self.index.get() {
            Some(index) => index,
            None => self.build_index(),
        }
    }

    /// The index, built on the first call.
    #[cold]
    #[inline(never)]
    fn build_index(&self) -> &'static Lookup {
        self.index.get_or_init(|| {
            let words: Box<[&'static str]> = self.joined.split_terminator('\n').collect();
            let positions = words.iter().copied().zip(0..).collect();
            Lookup { words, positions }
        })
    }

    /// Whether the set holds `word`: for a set of at most `LINEAR_MAX` words by comparing each
    /// (an unequal length costs no byte comparison, and these small sets are looked up for
    /// nearly every token), otherwise by hash.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        if self.len <= LINEAR_MAX {
            self.small.contains(&word)
        } else {
            self.search(word).is_some()
        }
    }

    /// Where `word` is in a larger set, if it is, by hash. (Not inlined: in the wasm build, a
    /// copy at each lookup cost 17 KB.)
    #[inline(never)]
    fn search(&self, word: &str) -> Option<usize> {
        self.lookup().positions.get(word).map(|&i| i as usize)
    }

    /// Where `word` is in the set, if it is (the index of its value in a [`Table`]).
    pub fn position(&self, word: &str) -> Option<usize> {
        if self.len <= LINEAR_MAX {
            self.small.iter().position(|w| *w == word)
        } else {
            self.search(word)
        }
    }

    /// The words, in order.
    pub fn iter(&self) -> std::iter::Copied<std::slice::Iter<'static, &'static str>> {
        self.words().iter().copied()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A sorted table of keyed values: `static TABLE: Table<u8> = table![("a", 1), ("b", 2)];`,
/// its keys a set of [`Words`] (joined, when more than `LINEAR_MAX`), its values a slice in the
/// same order.
#[macro_export]
macro_rules! table {
    ($(($key:literal, $value:expr $(,)?)),* $(,)?) => {{
        use $crate::decide::attribution::table as table;
        static INDEX: table::Index = table::Index::new();
        table::Table::new(table::Words::new(&[$($key),*], concat!($($key, "\n"),*), &INDEX), &[$($value),*])
    }};
}
pub use crate::table;

/// A sorted table of keyed values (made by [`table!`]).
#[derive(Debug)]
pub struct Table<V: 'static> {
    keys: Words,
    values: &'static [V],
}

// Derived `Clone`/`Copy` would require `V: Copy`; the fields are always `Copy`.
impl<V> Clone for Table<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Table<V> {}

impl<V: 'static> Table<V> {
    /// The table of `keys` (checked sorted, unique and lowercase by [`Words::new`]) and their
    /// `values`, in the same order. Panics (at compile time) unless there are as many of each.
    pub const fn new(keys: Words, values: &'static [V]) -> Self {
        assert!(keys.len == values.len(), "a table has one value per key");
        Table { keys, values }
    }

    /// The value of `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.keys.position(key).map(|i| &self.values[i])
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.keys.iter()
    }

    /// The entries, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static V)> {
        self.keys.iter().zip(self.values)
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The largest set searched by comparing each word rather than through an index (measured with
/// `bench_attribution` when the index was a binary search: on the punctuation and function-word
/// tables it cost a sixth of the English throughput).
const LINEAR_MAX: usize = 8;

/// Whether `a` sorts strictly before `b` (byte order, as `str`'s `Ord`).
const fn less(a: &str, b: &str) -> bool {
    bytes_before(a.as_bytes(), b.as_bytes())
}

/// Panics unless `key` is non-empty, without outer spaces, without newlines and without
/// capitals (ASCII, and the Latin-1 capitals "À" to "Þ" that German and French words may start
/// with).
const fn check_key(key: &str) {
    let b = key.as_bytes();
    let end = b.len();
    assert!(end > 0, "table keys must not be empty");
    assert!(b[0] != b' ' && b[end - 1] != b' ', "table keys must have no outer spaces");
    let mut i = 0;
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

    /// A set of `words` made at run time, as [`words!`] makes one at compile time.
    fn set_of(words: &[&str]) -> Words {
        let slice: &'static [&'static str] = Box::leak(words.iter().map(|w| &*Box::leak(w.to_string().into_boxed_str())).collect());
        let joined: &'static str = Box::leak(words.iter().map(|w| format!("{w}\n")).collect::<String>().into_boxed_str());
        Words::new(slice, joined, Box::leak(Box::default()))
    }

    #[test]
    fn words_and_keys_are_found() {
        static T: Words = words!["and", "but", "or"];
        assert!(T.contains("but") && !T.contains("nor") && !T.contains("") && !T.contains("an"));
        assert_eq!(T.iter().collect::<Vec<_>>(), ["and", "but", "or"]);
        static E: Words = words![];
        assert!(!E.contains("") && E.is_empty() && E.iter().next().is_none());
        static K: Table<u8> = table![("a", 1), ("b", 2)];
        assert_eq!(K.get("b"), Some(&2));
        assert_eq!(K.get("c"), None);
    }

    #[test]
    fn small_and_large_sets_find_each_of_their_words_and_nothing_else() {
        for n in [1, LINEAR_MAX, LINEAR_MAX + 1, 300] {
            let words: Vec<String> = (0..n).map(|i| format!("w{i:03}")).collect();
            let set = set_of(&words.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(set.len(), n);
            assert_eq!(set.iter().collect::<Vec<_>>(), words);
            for w in &words {
                assert!(set.contains(w), "{w}");
            }
            for w in ["", "w", "w0", "w0000", "w300", "v999", "x", "w15", "w150 "] {
                assert!(!set.contains(w), "{w:?}");
            }
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
        for bad in [&["b", "a"][..], &["a", "a"], &["A"], &["Ärzte"], &[" a"], &[""], &["a\nb"]] {
            assert!(std::panic::catch_unwind(|| set_of(bad)).is_err(), "{bad:?} was accepted");
        }
        assert!(std::panic::catch_unwind(|| Table::new(set_of(&["a"]), &[1, 2])).is_err());
    }
}
