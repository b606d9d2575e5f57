//! Loops over every character of a page's text, with ASCII read byte by byte.
//!
//! What these give is what `str::chars`, `str::split_whitespace` and `char::is_whitespace` give;
//! only the cost differs. The wasm build is optimized for size (opt-level "z"), and there LLVM
//! does not inline `Chars::next` or `char::is_whitespace` into a loop: each character of the page
//! cost a call or two. Most of a page's text is ASCII, which these read without a call, and
//! decode the rest as `str::chars` does.

/// Whether `c` is whitespace, as [`char::is_whitespace`] says (the Unicode White_Space
/// property), with ASCII answered inline.
#[inline(always)]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ')
    } else {
        c.is_whitespace()
    }
}

/// The characters of `text` with their byte offsets, as `text.char_indices()` gives them.
pub fn indices(text: &str) -> Indices<'_> {
    Indices { text, at: 0 }
}

/// The iterator of [`indices`].
pub struct Indices<'a> {
    text: &'a str,
    /// The byte offset of the next character (a char boundary).
    at: usize,
}

impl Iterator for Indices<'_> {
    type Item = (usize, char);

    // Always inlined: a call per character is the cost this module exists to avoid.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.at;
        let b = *self.text.as_bytes().get(i)?;
        let c = if b.is_ascii() { b as char } else { self.text[i..].chars().next().unwrap_or_default() };
        self.at += c.len_utf8();
        Some((i, c))
    }
}

/// The words of `text`: its runs of characters between whitespace, as
/// `text.split_whitespace()` gives them.
pub fn words(text: &str) -> impl Iterator<Item = &str> + '_ {
    word_spans(text).map(|(start, end)| &text[start..end])
}

/// Where the [`words`] of `text` are: `(start, end)` of each, in bytes.
pub fn word_spans(text: &str) -> WordSpans<'_> {
    WordSpans { text, at: 0 }
}

/// The iterator of [`word_spans`].
pub struct WordSpans<'a> {
    text: &'a str,
    /// Where the next word is looked for (a char boundary).
    at: usize,
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = find(self.text, self.at, false)?;
        let end = find(self.text, start, true).unwrap_or(self.text.len());
        self.at = end;
        Some((start, end))
    }
}

/// The byte offset of the first character at or after byte `from` (a char boundary) that is
/// whitespace (`space`) or is not.
fn find(text: &str, from: usize, space: bool) -> Option<usize> {
    let mut chars = Indices { text, at: from };
    chars.find(|&(_, c)| is_space(c) == space).map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_space_is_char_is_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{:X}", c as u32);
        }
    }

    #[test]
    fn words_and_chars_are_what_std_gives() {
        let texts = [
            "",
            " ",
            "a",
            "  two  words ",
            "tab\tand\nnew\r\nline\u{B}\u{C}",
            "no\u{A0}break\u{2009}thin\u{3000}ideographic\u{85}next",
            "é è 😀\u{200B}zero-width is not white space",
            "\u{2028}\u{2029}\u{1680}x\u{202F}\u{205F}",
        ];
        for t in texts {
            assert_eq!(words(t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
            let spans = word_spans(t).map(|(s, e)| (s, &t[s..e]));
            let std = t.split_whitespace().map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w));
            assert!(spans.eq(std), "{t:?}");
            assert!(indices(t).eq(t.char_indices()), "{t:?}");
        }
    }
}

// proptest is a native dev-dependency: this module does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn words_and_chars_are_what_std_gives_on_any_text(t in "(\\PC|\\s|[\u{A0}\u{2000}-\u{200B}\u{3000}]){0,40}") {
            prop_assert_eq!(words(&t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>());
            prop_assert!(indices(&t).eq(t.char_indices()));
        }
    }
}
