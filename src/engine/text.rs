//! Text as attribution reads it: without the invisible format characters that pages put inside
//! words and names (soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks),
//! so that "sa\u{200B}id" is "said". Spans found in the visible text map back to the original.

use crate::model::span::ByteSpan;

/// Whether `c` is an invisible format character that attribution ignores: soft hyphens,
/// zero-width spaces, word joiners and byte-order marks always; zero-width joiners and
/// non-joiners only between two letters (between emoji they make one picture: 🧑‍💼).
fn invisible(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    match c {
        '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => true,
        '\u{200C}' | '\u{200D}' => letter(prev) && letter(next),
        _ => false,
    }
}

/// A text without its invisible characters, and the way back to the original's byte offsets.
pub struct Visible<'a> {
    /// The text attribution reads: the original when it has no invisible characters.
    pub text: std::borrow::Cow<'a, str>,
    /// For each byte of `text`, its offset in the original; one more entry for the end.
    starts: Vec<usize>,
    /// For each char boundary `b` of `text`, the original offset just after the char that ends
    /// at `b` (so a span never takes the invisible characters around it).
    ends: Vec<usize>,
}

impl<'a> Visible<'a> {
    pub fn new(original: &'a str) -> Visible<'a> {
        const FORMAT: [char; 6] = ['\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];
        // Looked for by their UTF-8, whose first byte is one of three: a pass over the bytes, not
        // a decoding of every character (`str::contains` with a char array).
        let bytes = original.as_bytes();
        let at = |i: usize| FORMAT.iter().any(|c| bytes[i..].starts_with(c.encode_utf8(&mut [0; 4]).as_bytes()));
        if !(0..bytes.len()).any(|i| matches!(bytes[i], 0xC2 | 0xE2 | 0xEF) && at(i)) {
            return Visible { text: original.into(), starts: Vec::new(), ends: Vec::new() };
        }
        let chars: Vec<(usize, char)> = original.char_indices().collect();
        let hidden = |i: usize| invisible(i.checked_sub(1).map(|p| chars[p].1), chars[i].1, chars.get(i + 1).map(|n| n.1));
        if !(0..chars.len()).any(hidden) {
            return Visible { text: original.into(), starts: Vec::new(), ends: Vec::new() };
        }
        let mut text = String::with_capacity(original.len());
        let (mut starts, mut ends) = (Vec::with_capacity(original.len() + 1), vec![0; 1]);
        for &(o, c) in (0..chars.len()).filter(|&i| !hidden(i)).map(|i| &chars[i]) {
            text.push(c);
            starts.extend(o..o + c.len_utf8());
            ends.resize(text.len() + 1, o + c.len_utf8());
        }
        starts.push(original.len());
        Visible { text: text.into(), starts, ends }
    }

    /// The span of the original that a span of [`Visible::text`] covers.
    pub fn original(&self, s: ByteSpan) -> ByteSpan {
        if self.starts.is_empty() {
            return s;
        }
        ByteSpan::new(self.starts[s.start], self.ends[s.end].max(self.starts[s.start]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_back_around_invisible_characters() {
        let original = "he sa\u{200B}id to\u{AD}day";
        let v = Visible::new(original);
        assert_eq!(v.text, "he said today");
        let said = v.original(ByteSpan::new(3, 7));
        assert_eq!(&original[said.start..said.end], "sa\u{200B}id");
        let today = v.original(ByteSpan::new(8, 13));
        assert_eq!(&original[today.start..today.end], "to\u{AD}day");
        let joined = Visible::new("sa\u{200D}id the 🧑\u{200D}💼 spokesman");
        assert_eq!(joined.text, "said the 🧑\u{200D}💼 spokesman", "a joiner between emoji stays");
        let plain = Visible::new("no change");
        assert_eq!(plain.original(ByteSpan::new(3, 9)), ByteSpan::new(3, 9));
    }
}
