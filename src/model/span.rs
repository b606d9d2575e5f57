//! Offsets. The engine works on UTF-8 `&str` and reports in **UTF-16 code units**, the unit of
//! JavaScript string indices, DOM `Range` offsets and the CSS Custom Highlight API.
//! [`ByteSpan`] is the internal unit; [`Utf16Map`] converts, once per text, in O(1) per offset.

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into a `&str`, on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub fn new(start: usize, end: usize) -> ByteSpan {
        debug_assert!(start <= end);
        ByteSpan { start, end }
    }
}

/// A half-open range of UTF-16 code units with the text it covers: the `Span` of the public API
/// (`{start, end, text}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Maps UTF-8 byte offsets of one text to UTF-16 code-unit offsets.
///
/// Built in one pass over the text; lookups are O(1). Offsets that are not char boundaries map to
/// the start of the char that holds them.
pub struct Utf16Map {
    /// `units[b]` = UTF-16 offset of byte `b`, for `b` in `0..=text.len()`.
    units: Vec<u32>,
}

impl Utf16Map {
    pub fn new(text: &str) -> Utf16Map {
        let mut units = Vec::with_capacity(text.len() + 1);
        let mut u = 0u32;
        for c in text.chars() {
            for _ in 0..c.len_utf8() {
                units.push(u);
            }
            u += c.len_utf16() as u32;
        }
        units.push(u);
        Utf16Map { units }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text's end).
    pub fn utf16(&self, byte: usize) -> usize {
        self.units[byte.min(self.units.len() - 1)] as usize
    }

    /// The public [`Span`] of a byte span of `text` (the text this map was built from).
    pub fn span(&self, text: &str, s: ByteSpan) -> Span {
        Span { start: self.utf16(s.start), end: self.utf16(s.end), text: text[s.start..s.end].to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let m = Utf16Map::new("abc");
        assert_eq!((m.utf16(0), m.utf16(3)), (0, 3));
    }

    #[test]
    fn multibyte_and_astral_chars_count_in_utf16_units() {
        // "é" is 2 bytes / 1 unit, "😀" is 4 bytes / 2 units, "’" is 3 bytes / 1 unit.
        let t = "é😀’x";
        let m = Utf16Map::new(t);
        assert_eq!(m.utf16(2), 1);
        assert_eq!(m.utf16(6), 3);
        assert_eq!(m.utf16(9), 4);
        assert_eq!(m.utf16(t.len()), 5);
        assert_eq!(t.encode_utf16().count(), 5);
    }
}
