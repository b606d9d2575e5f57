//! Quotation marks: which open and which close, paired into [`Quote`] regions.

use super::{Quote, Segmented, Token, TokenKind};

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

/// Whether token `t` is the first of its line (only white space since the last line break, which
/// must exist).
fn starts_line(text: &str, t: &Token) -> bool {
    let before = text[..t.start].trim_end_matches([' ', '\t', '\u{a0}']);
    before.ends_with('\n')
}

/// Pairs quotation marks and marks the tokens between them as quoted.
pub(super) fn mark_quotes(seg: &mut Segmented) {
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
            // A paragraph of a quotation that runs over several reopens it: only the last
            // paragraph closes ("\"We will rebuild.\n\"And soon,\" she said.").
            (Mark::Straight, Some(_)) => starts_line(text, &t),
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

/// The most tokens from a single opening quotation mark to its closing one ("‘We have always
/// said this. Ministers agreed,’ the spokesman said.").
const MAX_SINGLE_QUOTE_TOKENS: usize = 60;

/// Pairs single quotation marks (‘…’ and '…', which headlines and British style use for
/// quotations) outside the double quotations, where the pair can only be a quotation, since the
/// closing mark is also the apostrophe and single marks also set off scare quotes ("So-called
/// ‘experts’ said", "The ‘Yes’ campaign said": no pair, their words stay sources):
/// - a closing mark right after a comma or a full stop, question or exclamation mark closes any
///   opening mark before it in the block (within [`MAX_SINGLE_QUOTE_TOKENS`]): "‘We will rebuild,’
///   the mayor said", "He called the plan ‘a joke. Ministers said …,’ Brown said";
/// - a quotation that opens its sentence or follows a colon may also close right after a word in
///   the same sentence ("Port chief: 'We are ready'"), but not after a plural in "s" (the
///   possessive: "'Tis true, … the players', not the fans'.").
pub(super) fn mark_single_quotes(seg: &mut Segmented) {
    let n = seg.tokens.len();
    let mut i = 0;
    while i < n {
        if !single_opens(seg, i) {
            i += 1;
            continue;
        }
        let sentence = seg.tokens[i].sentence;
        let speech = seg.starts_sentence(i) || seg.word(i - 1) == ":";
        let end = (i + MAX_SINGLE_QUOTE_TOKENS).min(n);
        let close = (i + 2..end)
            .take_while(|&k| !seg.tokens[k].quoted && !matches!(seg.tokens[k].kind, TokenKind::QuoteOpen | TokenKind::QuoteClose))
            .take_while(|&k| !seg.line_break_after(k - 1))
            .find(|&k| {
                single_closes(seg, k) && (after_mark(seg, k) || (speech && seg.tokens[k].sentence == sentence && !after_plural(seg, k)))
            });
        let Some(close) = close else {
            i += 1;
            continue;
        };
        seg.tokens[i].kind = TokenKind::QuoteOpen;
        seg.tokens[close].kind = TokenKind::QuoteClose;
        for t in &mut seg.tokens[i + 1..close] {
            t.quoted = true;
        }
        seg.quotes.push(Quote { open: i, close: Some(close) });
        i = close + 1;
    }
    // No two quotes open at one token, so an unstable sort keeps the same order (and costs the
    // wasm less code than a stable one).
    seg.quotes.sort_unstable_by_key(|q| q.open);
}

/// Whether token `i` is a single mark that can open a quotation: ‘ or ', after white space, the
/// text's start or an opening bracket, dash or colon, right before a word ("‘90s" elides the
/// century).
fn single_opens(seg: &Segmented, i: usize) -> bool {
    let t = seg.tokens[i];
    let text = seg.text;
    let before = text[..t.start].chars().next_back();
    let after_space = before.is_none_or(|c| c.is_whitespace() || "([{—–-:".contains(c));
    let word_next = seg.tokens.get(i + 1).is_some_and(|n| n.start == t.end && n.kind == TokenKind::Word);
    !t.quoted && t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "‘" | "'") && after_space && word_next
}

/// Whether token `k` is a single mark that can close a quotation: ’ or ' glued to the token
/// before it and not before a letter (the apostrophe of "don’t" is inside its word).
fn single_closes(seg: &Segmented, k: usize) -> bool {
    let t = seg.tokens[k];
    let text = seg.text;
    let glued = seg.tokens[k - 1].end == t.start;
    let letter_next = text[t.end..].chars().next().is_some_and(char::is_alphanumeric);
    matches!(&text[t.start..t.end], "’" | "'") && glued && !letter_next
}

/// Whether the mark at `k` follows a comma or a sentence's end mark, as only a closing quotation
/// mark does.
fn after_mark(seg: &Segmented, k: usize) -> bool {
    matches!(seg.word(k - 1), "," | "." | "?" | "!")
}

/// Whether the mark at `k` follows a word in "s", where it may be a plural possessive.
fn after_plural(seg: &Segmented, k: usize) -> bool {
    seg.word(k - 1).ends_with('s')
}
