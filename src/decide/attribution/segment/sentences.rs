//! Sentence boundaries on the words of a block: full stops, question and exclamation marks and
//! line breaks, except after an abbreviation or an initial.

use super::super::lexicon;
use super::super::table::{words, Words};
use super::{Segmented, Sentence, TokenKind};

/// Marks that may end a sentence.
static SENTENCE_MARKS: Words = words!["!", ".", "?", "…"];

/// Marks that close a quotation or bracket after a sentence's last word (“ closes German „…“).
static CLOSERS: Words = words!["\"", "'", ")", "]", "»", "’", "“", "”"];

/// Marks that may open a sentence besides a capitalised word, a number or an opening quote.
static OPENERS: Words = words!["\"", "(", "[", "«", "–", "—", "‘", "“", "„"];

/// The most digits of a German day before its month ("am 11. August").
const MAX_ORDINAL_DIGITS: usize = 2;

/// Assigns each token its sentence. A sentence ends at a line break, or at a full stop, question
/// or exclamation mark (with the closing quotes and brackets glued to it) that is followed by a
/// word opening a sentence (capitalised, a number, an opening quote or bracket), unless the full
/// stop ends an abbreviation ([`lexicon::ABBREVIATIONS`]: "Mr. Smith", "U.S. Army").
///
/// Word boundaries come from UAX #29; sentence boundaries are decided on those words. (UAX #29's
/// own sentence rules, run as a second pass over the text, cost as much as all the rest of the
/// attribution engine and break after every abbreviation, so they were undone here anyway.)
pub(super) fn mark_sentences(seg: &mut Segmented) {
    let n = seg.tokens.len();
    let mut starts = vec![false; n];
    for i in 0..n {
        // A line break ends a sentence (headlines and list items carry no full stop), unless the
        // sentence plainly goes on across it (a `<br>` inside a sentence).
        if i + 1 < n && seg.line_break_after(i) && !continues_across_break(seg, i) {
            starts[i + 1] = true;
        }
        let w = seg.word(i);
        if !SENTENCE_MARKS.contains(w) {
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

/// Whether the sentence goes on across the line break after token `i`: the line ends with a
/// comma or a word that cannot end a sentence ("according to", "the"), or with a verb right
/// after a quotation ("“…,” said ⏎ Anna Berg"), or the next line starts in lowercase after a
/// line that ends with no punctuation.
fn continues_across_break(seg: &Segmented, i: usize) -> bool {
    let w = seg.word(i);
    let word = seg.tokens[i].kind == TokenKind::Word;
    let lower = w.to_lowercase();
    if w == "," || (word && LINE_CONTINUES.contains(&lower)) {
        return true;
    }
    let closer = |k: usize| QUOTE_CLOSERS.contains(seg.word(k));
    let after_quote = i >= 1 && (closer(i - 1) || (i >= 2 && seg.word(i - 1) == "," && closer(i - 2)));
    if word && after_quote && super::super::words::COMPILED.forms.contains_key(lower.as_str()) {
        return true;
    }
    let next = seg.tokens[i + 1];
    let next_lowercase = next.kind == TokenKind::Word && !seg.word(i + 1).starts_with(char::is_uppercase);
    next_lowercase && word
}

/// Words that cannot end a sentence, so a line break after one does not: prepositions,
/// articles, conjunctions. Closed class.
static LINE_CONTINUES: Words = words!["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to", "with"];

/// Marks that close a quotation in raw text (before quotations are paired).
static QUOTE_CLOSERS: Words = words!["\"", "''", "»", "’", "”"];

/// Marks that close a quotation or bracket after a sentence's last word.
fn is_closer(w: &str) -> bool {
    CLOSERS.contains(w)
}

/// Whether token `j` can open a sentence.
fn opens_sentence(seg: &Segmented, j: usize) -> bool {
    let t = seg.tokens[j];
    match t.kind {
        TokenKind::Number | TokenKind::QuoteOpen => true,
        TokenKind::Word => seg.word(j).chars().next().is_some_and(char::is_uppercase),
        _ => OPENERS.contains(seg.word(j)),
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
        // "des 28. Jahrestages": an ordinal after a German article or contraction.
        let after_article = dot >= 2 && lexicon::ORDINAL_DETERMINERS.contains(&seg.word(dot - 2).to_lowercase());
        return prev.end - prev.start <= MAX_ORDINAL_DIGITS
            && (after_article || lexicon::MONTHS_AFTER_ORDINAL.contains(&seg.word(next).to_lowercase()));
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
