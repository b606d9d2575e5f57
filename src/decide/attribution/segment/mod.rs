//! Segmentation: tokens, sentences and quotations of one block of text.
//!
//! Word boundaries come from Unicode's rules (UAX #29, via `unicode-segmentation`); on those words
//! this module decides what news text needs:
//! - sentences end at full stops, question and exclamation marks and line breaks, but not after
//!   an abbreviation ("Mr. Smith", "U.S. Army", "Jan. 5"; see
//!   [`lexicon::ABBREVIATIONS`](super::lexicon::ABBREVIATIONS));
//! - quotation marks (straight, curly, « », „ “) are paired into [`Quote`] regions, which may span
//!   several sentences and may stay open to the end of the text (a multi-paragraph quote leaves the
//!   first paragraphs unclosed in news style); single marks (‘…’, '…') only where both are found
//!   in one sentence, since the closing one is also the apostrophe.
//!
//! All offsets here are UTF-8 byte offsets into the segmented text.

mod quotes;
mod sentences;

use crate::model::chars;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is, as far as attribution cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with inner apostrophes, dots or digits): "Putin’s", "U.S", "don't".
    Word,
    /// Digits, possibly with inner separators: "1050", "3.5", "11:50" is three tokens.
    Number,
    /// An opening quotation mark: “ « „ ‚, a straight quote that opens, or a paired ‘ or '.
    QuoteOpen,
    /// A closing quotation mark: ” », a straight quote that closes, or a paired ’ or '.
    QuoteClose,
    /// Any other punctuation, one character.
    Punct,
    /// A pictograph or other symbol (emoji, arrows, dingbats): transparent inside a phrase.
    Symbol,
}

/// One token: a half-open byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Index of the sentence that holds this token.
    pub sentence: u32,
    /// Whether the token lies inside a quotation (between a pair of quote marks, marks excluded).
    pub quoted: bool,
}

/// A sentence: a half-open range of token indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    pub end: usize,
}

/// A direct quotation: the token indices of its opening and (if any) closing mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub open: usize,
    /// `None` when the quote stays open to the end of the text.
    pub close: Option<usize>,
}

/// A segmented text: tokens, sentences and quotations.
#[derive(Debug, Default)]
pub struct Segmented<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
}

impl<'t> Segmented<'t> {
    /// The text of token `i`; "" past the last token (as `words::Lower::get`),
    /// so that a rule may look one word ahead at the end of a text.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> Sentence {
        self.sentences[self.tokens[i].sentence as usize]
    }

    /// Whether token `i` is the first of its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].sentence != self.tokens[i].sentence
    }

    /// Whether token `i` is followed by a line break (a paragraph or line end inside the block).
    pub fn line_break_after(&self, i: usize) -> bool {
        let end = self.tokens[i].end;
        let next = self.tokens.get(i + 1).map_or(self.text.len(), |t| t.start);
        self.text[end..next].contains('\n')
    }
}

/// Segments `text` into tokens, sentences and quotations.
pub fn segment(text: &str) -> Segmented<'_> {
    let mut tokens = word_tokens(text);
    join_doubled_quotes(text, &mut tokens);
    let mut seg = Segmented { text, tokens, sentences: Vec::new(), quotes: Vec::new() };
    sentences::mark_sentences(&mut seg);
    quotes::mark_quotes(&mut seg);
    quotes::mark_single_quotes(&mut seg);
    seg
}

/// The UAX #29 words of `text` (white space left out), classified.
fn word_tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // Word boundaries never cross white space (UAX #29 keeps a run of it as its own segment), so
    // the text is cut at white space first; a chunk of Latin letters and ASCII digits is one word
    // under UAX #29 (rules WB5, WB8-WB10), and only the other chunks need the Unicode tables. The
    // tokens are the same, at a fraction of the cost.
    for (offset, end) in chars::word_spans(text) {
        let chunk = &text[offset..end];
        let plain =
            if chunk.is_ascii() { chunk.bytes().all(|b| b.is_ascii_alphanumeric()) } else { chunk.chars().all(latin_letter_or_digit) };
        if plain {
            let kind = if chunk.as_bytes()[0].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token { start: offset, end, kind, sentence: 0, quoted: false });
            continue;
        }
        if is_punctuated_word(chunk) {
            push_punctuated_word(&mut tokens, offset, chunk);
            continue;
        }
        // With the white space character before it (every chunk but one at the very start comes
        // after one): a combining mark after a space belongs to the space.
        let lead = offset - text[..offset].chars().next_back().map_or(0, char::len_utf8);
        let (offset, chunk) = (lead, &text[lead..end]);
        for (start, piece) in chunk.split_word_bound_indices() {
            if let Some(kind) = classify(piece) {
                let start = offset + start;
                tokens.push(Token { start, end: start + piece.len(), kind, sentence: 0, quoted: false });
            }
        }
    }
    tokens
}

/// Whether `chunk` is ASCII punctuation around at most one run of letters and digits ("said,",
/// "(AP)", "\"We", "--"): the most common chunk after a plain word. UAX #29 breaks at every
/// punctuation mark there: a mark joins only letters or digits on both of its sides (WB6, WB7,
/// WB11, WB12), and "_" (WB13a, WB13b), which is left to the tables.
fn is_punctuated_word(chunk: &str) -> bool {
    let mut runs = 0;
    let mut in_run = false;
    for b in chunk.bytes() {
        let alnum = b.is_ascii_alphanumeric();
        let mark = b.is_ascii_punctuation() && b != b'_';
        if !alnum && !mark {
            return false;
        }
        runs += usize::from(alnum && !in_run);
        in_run = alnum;
    }
    runs <= 1
}

/// The tokens of a chunk that [`is_punctuated_word`] accepts, at `offset` in the text: its run of
/// letters and digits, and each mark on its own.
fn push_punctuated_word(tokens: &mut Vec<Token>, offset: usize, chunk: &str) {
    let b = chunk.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (end, kind) = if b[i].is_ascii_alphanumeric() {
            let run = b[i..].iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(b.len() - i);
            (i + run, if b[i].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word })
        } else {
            (i + 1, TokenKind::Punct)
        };
        tokens.push(Token { start: offset + i, end: offset + end, kind, sentence: 0, quoted: false });
        i = end;
    }
}

/// Whether `c` is an ASCII letter or digit or a letter of Latin-1 and Latin Extended-A/B ("ä",
/// "ß", "é", "ł"): all are ALetter or Numeric under UAX #29, so a run of them is one word.
fn latin_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷')
}

/// Joins two adjacent apostrophes or backticks into one token: '' and `` stand for double quotes
/// in the New York Times' and the Penn Treebank's plain-text conventions (common in PolNeAR).
fn join_doubled_quotes(text: &str, tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        let (a, b) = (tokens[i], tokens[i + 1]);
        let pair = &text[a.start..b.end];
        if a.end == b.start && (pair == "''" || pair == "``") {
            tokens[i].end = b.end;
            tokens.remove(i + 1);
        }
        i += 1;
    }
}

/// The kind of a UAX #29 word segment; `None` for white space.
fn classify(piece: &str) -> Option<TokenKind> {
    let first = piece.chars().next()?;
    Some(if first.is_whitespace() {
        return None;
    } else if first.is_alphabetic() {
        TokenKind::Word
    } else if first.is_numeric() {
        TokenKind::Number
    } else if piece.chars().any(char::is_alphanumeric) {
        // e.g. "_foo": treat as a word.
        TokenKind::Word
    } else if is_symbol(first) {
        // Emoji sequences (with joiners and modifiers) come as one piece.
        TokenKind::Symbol
    } else {
        TokenKind::Punct
    })
}

/// Whether a character is a symbol rather than punctuation: everything from the Arrows block up
/// (U+2190: arrows, dingbats, emoji, flags), except CJK and fullwidth punctuation.
fn is_symbol(c: char) -> bool {
    let u = c as u32;
    u >= 0x2190 && !(0x3000..=0x303F).contains(&u) && !(0xFF00..=0xFF65).contains(&u) && !matches!(c, '«' | '»')
}

#[cfg(test)]
mod tests;
