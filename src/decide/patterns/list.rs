//! [`List`]: a table's list of strings (phrases, class names, selectors) held as one string; and
//! [`Source`], a row's citation, which the wasm build leaves out.
//!
//! A `&'static [&'static str]` costs the wasm build a pointer and a length (8 bytes) per entry
//! beside the entry's bytes, and those numbers compress badly. A [`List`] is the entries joined
//! at compile time, each ended by a newline: [`list!`] and [`sorted_list!`] take the entries
//! one by one, as a slice literal would, and check them while the crate compiles (no entry holds
//! a newline; a sorted list is sorted and unique). For the tables read once, into a compiled set,
//! or per element rather than per word. (The attribution lexicons, looked up for every token, are
//! joined the same way but split into an index on first use: see `attribution::table`.)

/// A list of strings: `list!["#a", ".b"]`. The entries may not hold a newline (checked at
/// compile time).
#[macro_export]
macro_rules! list {
    ($($entry:literal),* $(,)?) => {{
        const LIST: $crate::decide::patterns::list::List =
            $crate::decide::patterns::list::List::new(&[$($entry),*], concat!($($entry, "\n"),*));
        LIST
    }};
}
pub use crate::list;

/// A sorted list of strings: `sorted_list!["and", "but", "or"]`, in byte order without
/// duplicates (checked at compile time), so that [`SortedList::contains`] searches it by
/// bisection.
#[macro_export]
macro_rules! sorted_list {
    ($($entry:literal),* $(,)?) => {{
        const LIST: $crate::decide::patterns::list::SortedList =
            $crate::decide::patterns::list::SortedList::new(&[$($entry),*], concat!($($entry, "\n"),*));
        LIST
    }};
}
pub use crate::sorted_list;

/// A list of strings held as one string, each entry ended by `\n` (made by [`list!`]).
#[derive(Clone, Copy, Debug)]
pub struct List {
    joined: &'static str,
}

impl List {
    /// The list of `entries`, as `joined` (each entry followed by `\n`). Panics (at compile time,
    /// in a `const`) unless `joined` has one newline per entry (no entry holds one). Only the
    /// joined string is kept: `entries` is read while the crate compiles.
    pub const fn new(entries: &[&str], joined: &'static str) -> List {
        let b = joined.as_bytes();
        let mut newlines = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\n' {
                newlines += 1;
            }
            i += 1;
        }
        assert!(newlines == entries.len(), "list entries must not hold a newline");
        List { joined }
    }

    /// The entries, in order.
    pub fn iter(&self) -> Entries {
        Entries { rest: self.joined }
    }

    /// The length of the longest entry, in bytes (at compile time too).
    pub const fn max_len(&self) -> usize {
        let b = self.joined.as_bytes();
        let (mut longest, mut start, mut i) = (0, 0, 0);
        while i < b.len() {
            if b[i] == b'\n' {
                if i - start > longest {
                    longest = i - start;
                }
                start = i + 1;
            }
            i += 1;
        }
        longest
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.joined.bytes().filter(|&b| b == b'\n').count()
    }

    pub fn is_empty(&self) -> bool {
        self.joined.is_empty()
    }

    /// The entries, collected (for the APIs that take a slice).
    pub fn to_vec(&self) -> Vec<&'static str> {
        self.iter().collect()
    }

    /// Whether an entry equals `text` (comparing each).
    pub fn contains(&self, text: &str) -> bool {
        self.iter().any(|e| e == text)
    }
}

impl IntoIterator for List {
    type Item = &'static str;
    type IntoIter = Entries;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The entries of a [`List`], as `split_terminator('\n')` gives them, found by a byte scan: a
/// char search per entry costs more than the entry (lists are walked per element and per title).
/// (Not `memchr`: its set-up costs more than these short entries, +0.5 % instructions.)
#[derive(Clone, Debug)]
pub struct Entries {
    rest: &'static str,
}

impl Iterator for Entries {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        // Every entry ends with a newline (an ASCII byte: a char boundary).
        let end = self.rest.bytes().position(|b| b == b'\n')?;
        let entry = &self.rest[..end];
        self.rest = &self.rest[end + 1..];
        Some(entry)
    }
}

/// A [`List`] whose entries strictly increase in byte order (made by [`sorted_list!`]).
#[derive(Clone, Copy, Debug)]
pub struct SortedList {
    list: List,
}

impl SortedList {
    /// As [`List::new`], and panics (at compile time, in a `const`) unless the entries strictly
    /// increase in byte order.
    pub const fn new(entries: &[&str], joined: &'static str) -> SortedList {
        let list = List::new(entries, joined);
        let mut i = 1;
        while i < entries.len() {
            assert!(bytes_before(entries[i - 1].as_bytes(), entries[i].as_bytes()), "list must be sorted and unique");
            i += 1;
        }
        SortedList { list }
    }

    /// The entries as a plain [`List`].
    pub const fn list(&self) -> List {
        self.list
    }

    /// Whether an entry equals `text`: by bisection over the joined bytes (the entry around the
    /// middle byte decides). The entry is compared with `text` as it is read, so only an entry
    /// that sorts before `text` is read to its end. (Tag names are asked of these lists for every
    /// element: finding each entry's end first was a twelfth of deciding, natively.)
    pub fn contains(&self, text: &str) -> bool {
        let b = self.list.joined.as_bytes();
        let t = text.as_bytes();
        // `lo` and `hi` are entry starts (or the end); every entry below `hi` ends with a newline
        // below `hi`.
        let (mut lo, mut hi) = (0, b.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = b[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
            let mut k = 0;
            loop {
                let e = b[start + k];
                match (e == b'\n', t.get(k)) {
                    (true, None) => return true,
                    // The entry is a prefix of `text`: it sorts before.
                    (true, Some(_)) => {
                        lo = start + k + 1;
                        break;
                    }
                    // `text` is a prefix of the entry: the entry sorts after.
                    (false, None) => {
                        hi = start;
                        break;
                    }
                    (false, Some(&c)) if e == c => k += 1,
                    (false, Some(&c)) if e < c => {
                        lo = start + k + b[start + k..].iter().position(|&c| c == b'\n').unwrap_or(0) + 1;
                        break;
                    }
                    (false, Some(_)) => {
                        hi = start;
                        break;
                    }
                }
            }
        }
        false
    }
}

/// A sorted list is a list ([`List::iter`], [`List::len`], …); its own [`SortedList::contains`]
/// bisects.
impl std::ops::Deref for SortedList {
    type Target = List;
    fn deref(&self) -> &List {
        &self.list
    }
}

impl IntoIterator for SortedList {
    type Item = &'static str;
    type IntoIter = Entries;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Where a table row comes from: a citation for the reader of the table (`Source::new("autoconsent
/// onetrust.json")`). The native build keeps its text (the tests check that every row has one);
/// the wasm build, which never reads it, keeps nothing.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    #[cfg(not(target_arch = "wasm32"))]
    text: &'static str,
}

impl Source {
    pub const fn new(text: &'static str) -> Source {
        #[cfg(target_arch = "wasm32")]
        let _ = text;
        Source {
            #[cfg(not(target_arch = "wasm32"))]
            text,
        }
    }

    /// The citation ("" in the wasm build).
    pub fn text(&self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.text;
        #[cfg(target_arch = "wasm32")]
        ""
    }
}

/// Whether `a` sorts strictly before `b` in byte order (as `str`'s `Ord`), at compile time (the
/// checks of these lists and of `attribution::table`).
pub(crate) const fn bytes_before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_yields_its_entries_in_order() {
        let l = list!["b", "a b", "", "c"];
        assert_eq!(l.to_vec(), ["b", "a b", "", "c"]);
        assert_eq!(l.len(), 4);
        assert_eq!((l.max_len(), list![].max_len()), (3, 0));
        assert!(l.contains("a b") && l.contains("") && !l.contains("a"));
        assert_eq!(l.into_iter().count(), 4);
        assert!(list![].is_empty() && list![].iter().next().is_none());
    }

    #[test]
    fn a_sorted_list_finds_each_entry_and_nothing_else() {
        let words: Vec<String> = (0..300).map(|i| format!("w{i:03}")).collect();
        let joined: &'static str = Box::leak(words.iter().map(|w| format!("{w}\n")).collect::<String>().into_boxed_str());
        let refs: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
        let set = SortedList::new(&refs, joined);
        assert_eq!(set.len(), 300);
        for w in &words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "w", "w0", "w0000", "w300", "v999", "x", "w15", "w150 "] {
            assert!(!set.contains(w), "{w:?}");
        }
        // Whatever the text, the same answer as comparing each entry: prefixes and extensions of
        // entries, bytes below and above them, a newline.
        for w in &words {
            for probe in
                [&w[..2], &w[..3], &format!("{w}0"), &format!("{w}\n"), &format!("{}{}", &w[..3], '\u{7f}'), &format!("{}!", &w[..3])]
            {
                assert_eq!(set.contains(probe), set.iter().any(|e| e == probe), "{probe:?}");
            }
        }
        let small = sorted_list!["ad", "ads", "anzeige", "à lire"];
        assert!(small.contains("ads") && small.contains("à lire") && !small.contains("a"));
    }

    #[test]
    fn unsorted_lists_and_newlines_are_refused() {
        // At run time the const constructor panics where a `const` fails to compile.
        assert!(std::panic::catch_unwind(|| SortedList::new(&["b", "a"], "b\na\n")).is_err());
        assert!(std::panic::catch_unwind(|| SortedList::new(&["a", "a"], "a\na\n")).is_err());
        assert!(std::panic::catch_unwind(|| List::new(&["a\nb"], "a\nb\n")).is_err());
        assert!(std::panic::catch_unwind(|| List::new(&["b", "a"], "b\na\n")).is_ok());
    }
}
