//! Segmentation: tokens, sentences and quotations of one block of text.
//!
//! Word boundaries come from Unicode's rules (UAX #29, via `unicode-segmentation`); on those words
//! this module decides what news text needs:
//! - sentences end at full stops, question and exclamation marks and line breaks, but not after
//!   an abbreviation ("Mr. Smith", "U.S. Army", "Jan. 5"; see
//!   [`lexicon::ABBREVIATIONS`](super::lexicon::ABBREVIATIONS));
//! - quotation marks (straight, curly, « », „ “) are paired into [`Quote`] regions, which may span
//!   several sentences and may stay open to the end of the text (a multi-paragraph quote leaves the
//!   first paragraphs unclosed in news style).
//!
//! All offsets here are UTF-8 byte offsets into the segmented text.

use super::lexicon;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is, as far as attribution cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with inner apostrophes, dots or digits): "Putin’s", "U.S", "don't".
    Word,
    /// Digits, possibly with inner separators: "1050", "3.5", "11:50" is three tokens.
    Number,
    /// An opening quotation mark: “ « „ ‚ or a straight quote that opens.
    QuoteOpen,
    /// A closing quotation mark: ” » or a straight quote that closes.
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
    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
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
    mark_sentences(&mut seg);
    mark_quotes(&mut seg);
    seg
}

/// The UAX #29 words of `text` (white space left out), classified.
fn word_tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // Word boundaries never cross white space (UAX #29 keeps a run of it as its own segment), so
    // the text is cut at white space first; a chunk of Latin letters and ASCII digits is one word
    // under UAX #29 (rules WB5, WB8-WB10), and only the other chunks need the Unicode tables. The
    // tokens are the same, at a fraction of the cost.
    for (lead, offset, end) in chunks(text) {
        let chunk = &text[offset..end];
        let plain =
            if chunk.is_ascii() { chunk.bytes().all(|b| b.is_ascii_alphanumeric()) } else { chunk.chars().all(latin_letter_or_digit) };
        if plain {
            let kind = if chunk.as_bytes()[0].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token { start: offset, end, kind, sentence: 0, quoted: false });
            continue;
        }
        // With the white space before it: a combining mark after a space belongs to the space.
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

/// The runs of non-white-space characters of `text`: (start of the white-space character before
/// the run, or the run's start; start; end), in bytes.
fn chunks(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let mut lead = None;
        while let Some((i, _)) = rest.next_if(|(_, c)| c.is_whitespace()) {
            lead = Some(i);
        }
        let (start, _) = *rest.peek()?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if c.is_whitespace() {
                end = i;
                break;
            }
            rest.next();
        }
        Some((lead.unwrap_or(start), start, end))
    })
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

/// Assigns each token its sentence. A sentence ends at a line break, or at a full stop, question
/// or exclamation mark (with the closing quotes and brackets glued to it) that is followed by a
/// word opening a sentence (capitalised, a number, an opening quote or bracket), unless the full
/// stop ends an abbreviation ([`lexicon::ABBREVIATIONS`]: "Mr. Smith", "U.S. Army").
///
/// Word boundaries come from UAX #29; sentence boundaries are decided on those words. (UAX #29's
/// own sentence rules, run as a second pass over the text, cost as much as all the rest of the
/// attribution engine and break after every abbreviation, so they were undone here anyway.)
fn mark_sentences(seg: &mut Segmented) {
    let n = seg.tokens.len();
    let mut starts = vec![false; n];
    for i in 0..n {
        // A line break always ends a sentence: headlines and list items carry no full stop.
        if i + 1 < n && seg.line_break_after(i) {
            starts[i + 1] = true;
        }
        let w = seg.word(i);
        if !matches!(w, "." | "?" | "!" | "…") {
            continue;
        }
        let mut j = i + 1;
        while j < n && is_closer(seg.word(j)) && seg.tokens[j].start == seg.tokens[j - 1].end {
            j += 1;
        }
        if j < n && opens_sentence(seg, j) && !(w == "." && is_abbreviation_stop(seg, i, j)) {
            starts[j] = true;
        }
    }
    let mut sentence = 0u32;
    let mut first = 0;
    for (i, &start) in starts.iter().enumerate().take(n) {
        if start && i > first {
            seg.sentences.push(Sentence { first, end: i });
            sentence += 1;
            first = i;
        }
        seg.tokens[i].sentence = sentence;
    }
    if first < n {
        seg.sentences.push(Sentence { first, end: n });
    }
}

/// Marks that close a quotation or bracket after a sentence's last word.
fn is_closer(w: &str) -> bool {
    matches!(w, "”" | "»" | "\"" | "'" | "’" | ")" | "]" | "“")
}

/// Whether token `j` can open a sentence.
fn opens_sentence(seg: &Segmented, j: usize) -> bool {
    let t = seg.tokens[j];
    match t.kind {
        TokenKind::Number | TokenKind::QuoteOpen => true,
        TokenKind::Word => seg.word(j).chars().next().is_some_and(char::is_uppercase),
        _ => matches!(seg.word(j), "“" | "«" | "„" | "\"" | "‘" | "(" | "[" | "—" | "–"),
    }
}

/// Whether the full stop at token `dot` ends an abbreviation rather than the sentence; `next` is
/// the token after it (and after glued closers).
fn is_abbreviation_stop(seg: &Segmented, dot: usize, next: usize) -> bool {
    if dot == 0 {
        return false;
    }
    let prev = seg.tokens[dot - 1];
    if prev.end != seg.tokens[dot].start {
        return false;
    }
    // A German ordinal date: "am 11. August".
    if prev.kind == TokenKind::Number {
        return prev.end - prev.start <= 2 && lexicon::MONTHS_AFTER_ORDINAL.binary_search(&seg.word(next).to_lowercase().as_str()).is_ok();
    }
    if prev.kind != TokenKind::Word {
        return false;
    }
    let abbr = &seg.text[prev.start..prev.end];
    let following = seg.word(next);
    match lexicon::abbreviation(abbr) {
        Some(lexicon::Abbrev::Title) => true,
        Some(lexicon::Abbrev::BeforeNumber) => seg.tokens[next].kind == TokenKind::Number,
        // "U.S. Army" continues; "in the U.S. The next day" ends.
        Some(lexicon::Abbrev::Initialism) => !lexicon::is_sentence_starter(following),
        None => {
            // A capital initial: "John F. Kennedy", "Rep. G.K. Butterfield".
            let initials = abbr.split('.').all(|part| {
                let mut chars = part.chars();
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
            });
            let single = abbr.chars().count() == 1;
            initials && following.chars().next().is_some_and(char::is_uppercase) && (single || !lexicon::is_sentence_starter(following))
        }
    }
}

/// Quote-mark classes. Straight quotes open or close by context; curly and angle quotes by shape,
/// except that German „…“ closes with the English opening mark.
fn quote_mark(text: &str, t: &Token) -> Option<Mark> {
    let s = &text[t.start..t.end];
    Some(match s {
        "“" => Mark::Curly,
        "”" => Mark::Close,
        "«" => Mark::Open,
        "»" => Mark::Close,
        "„" => Mark::Low,
        "\"" | "''" => Mark::Straight,
        "``" => Mark::Open,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// “ opens in English and closes a German „ quote.
    Curly,
    /// „ opens a German quote.
    Low,
    Straight,
}

/// Pairs quotation marks and marks the tokens between them as quoted.
fn mark_quotes(seg: &mut Segmented) {
    let text = seg.text;
    let mut open: Option<(usize, Mark)> = None;
    for i in 0..seg.tokens.len() {
        let t = seg.tokens[i];
        let Some(mark) = quote_mark(text, &t) else {
            if open.is_some() {
                seg.tokens[i].quoted = true;
            }
            continue;
        };
        let opens = match (mark, open) {
            (Mark::Open | Mark::Low, _) => true,
            (Mark::Close, _) => false,
            (Mark::Curly, Some((_, Mark::Low))) => false,
            (Mark::Curly, _) => true,
            (Mark::Straight, Some(_)) => false,
            (Mark::Straight, None) => {
                let before = text[..t.start].chars().next_back();
                before.is_none_or(|c| c.is_whitespace() || "([{—–-".contains(c))
            }
        };
        if opens {
            if let Some((o, _)) = open.take() {
                // A new opening mark while one is open: the earlier quote ran to a paragraph end.
                seg.quotes.push(Quote { open: o, close: None });
            }
            open = Some((i, mark));
            seg.tokens[i].kind = TokenKind::QuoteOpen;
        } else {
            seg.tokens[i].kind = TokenKind::QuoteClose;
            if let Some((o, _)) = open.take() {
                seg.quotes.push(Quote { open: o, close: Some(i) });
            }
        }
    }
    if let Some((o, _)) = open {
        seg.quotes.push(Quote { open: o, close: None });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &Segmented) -> Vec<String> {
        (0..s.tokens.len()).map(|i| s.word(i).to_string()).collect()
    }

    fn sentences(s: &Segmented) -> Vec<String> {
        s.sentences.iter().map(|x| s.text[s.tokens[x.first].start..s.tokens[x.end - 1].end].to_string()).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = segment("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. Army base. He left.");
        assert_eq!(sentences(&s), ["Mr. Smith met Dr. Jones on Jan. 5 in the U.S. Army base.", "He left."]);
    }

    #[test]
    fn initialism_before_a_sentence_starter_ends_the_sentence() {
        let s = segment("He moved to the U.S. The next day he left.");
        assert_eq!(sentences(&s), ["He moved to the U.S.", "The next day he left."]);
    }

    #[test]
    fn initials_in_names_do_not_end_sentences() {
        let s = segment("John F. Kennedy said so. Then he left.");
        assert_eq!(sentences(&s), ["John F. Kennedy said so.", "Then he left."]);
    }

    #[test]
    fn line_breaks_end_sentences() {
        let s = segment("Russia seeks aid\nA U.S. official said so.");
        assert_eq!(sentences(&s), ["Russia seeks aid", "A U.S. official said so."]);
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        let s = segment("''This isn't reform,'' said Mr. Holtz-Eakin.");
        assert_eq!(s.quotes.len(), 1);
        assert_eq!(s.word(s.quotes[0].close.unwrap()), "''");
    }

    #[test]
    fn curly_quotes_pair_and_mark_quoted_tokens() {
        let s = segment("“We will not,” he said.");
        assert_eq!(s.quotes, [Quote { open: 0, close: Some(5) }]);
        let quoted: Vec<_> = (0..s.tokens.len()).filter(|&i| s.tokens[i].quoted).map(|i| s.word(i)).collect();
        assert_eq!(quoted, ["We", "will", "not", ","]);
    }

    #[test]
    fn german_and_french_quotes_pair() {
        let s = segment("Er sagte: „Das ist gut.“ Elle a dit « non ».");
        assert_eq!(s.quotes.len(), 2);
        assert!(s.quotes.iter().all(|q| q.close.is_some()));
    }

    #[test]
    fn straight_quotes_open_after_space_and_close_after_words() {
        let s = segment("He said \"no way,\" and left.");
        assert_eq!(s.quotes.len(), 1);
        let q = s.quotes[0];
        assert_eq!(s.word(q.open + 1), "no");
        assert_eq!(s.word(q.close.unwrap() - 1), ",");
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end() {
        let s = segment("“The first paragraph of a long quote.");
        assert_eq!(s.quotes, [Quote { open: 0, close: None }]);
    }

    #[test]
    fn possessives_and_initialisms_stay_whole_words() {
        let s = segment("Putin’s U.S. visit");
        assert_eq!(words(&s), ["Putin’s", "U.S", ".", "visit"]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod equivalence {
    use super::*;
    use proptest::prelude::*;

    /// The non-white-space UAX #29 segments of `text`, as byte ranges.
    fn uax29(text: &str) -> Vec<(usize, usize)> {
        text.split_word_bound_indices()
            .filter(|(_, p)| !p.chars().next().is_some_and(char::is_whitespace))
            .map(|(i, p)| (i, i + p.len()))
            .collect()
    }

    proptest! {
        /// Cutting at white space first, and taking ASCII alphanumeric chunks whole, gives the
        /// same words as UAX #29 over the whole text.
        #[test]
        fn chunked_tokens_equal_uax29(text in "[a-zA-Z0-9 .,'’“”\\-\n\u{a0}éüßłǅ×÷😀\u{301}\u{200d}ا]{0,80}") {
            let ours: Vec<(usize, usize)> = word_tokens(&text).iter().map(|t| (t.start, t.end)).collect();
            prop_assert_eq!(ours, uax29(&text));
        }
    }
}
