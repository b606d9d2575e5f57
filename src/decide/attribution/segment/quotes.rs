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

/// The most tokens from a single opening quotation mark to its closing one ("calls Obamacare
/// ‘crazy system’", "Port chief: 'We are ready'").
const MAX_SINGLE_QUOTE_TOKENS: usize = 40;

/// Pairs single quotation marks (‘…’ and '…', which headlines and British style use for
/// quotations) outside the double quotations: only where a closing mark follows in the same
/// sentence (or opens the next one, after the quotation's full stop), within
/// [`MAX_SINGLE_QUOTE_TOKENS`]. The closing mark is the apostrophe's character, so an opening
/// mark with no close ("‘90s") and a lone apostrophe ("the players’ union") are left as they are.
pub(super) fn mark_single_quotes(seg: &mut Segmented) {
    let n = seg.tokens.len();
    let mut i = 0;
    while i < n {
        if !single_opens(seg, i) {
            i += 1;
            continue;
        }
        let sentence = seg.tokens[i].sentence;
        let in_reach = |k: usize| {
            let t = seg.tokens[k];
            let next_sentence_start = t.sentence == sentence + 1 && seg.tokens[k - 1].sentence == sentence;
            !t.quoted
                && matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Punct | TokenKind::Symbol)
                && (t.sentence == sentence || next_sentence_start)
        };
        let end = (i + MAX_SINGLE_QUOTE_TOKENS).min(n);
        let close = (i + 2..end).take_while(|&k| in_reach(k)).find(|&k| single_closes(seg, k));
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
    seg.quotes.sort_by_key(|q| q.open);
}

/// Whether token `i` is a single mark that opens a quotation: ‘ or ', after white space, the
/// text's start or an opening bracket or dash, right before a word.
fn single_opens(seg: &Segmented, i: usize) -> bool {
    let t = seg.tokens[i];
    let text = seg.text;
    let before = text[..t.start].chars().next_back();
    let after_space = before.is_none_or(|c| c.is_whitespace() || "([{—–-:".contains(c));
    // ("‘90s" elides the century.)
    let word_next = seg.tokens.get(i + 1).is_some_and(|n| n.start == t.end && n.kind == TokenKind::Word);
    !t.quoted && t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "‘" | "'") && after_space && word_next
}

/// Whether token `k` is a single mark that closes a quotation: ’ or ', right after a word or a
/// full stop, not before a letter, and no plural possessive.
fn single_closes(seg: &Segmented, k: usize) -> bool {
    let t = seg.tokens[k];
    let text = seg.text;
    let glued = k > 0 && seg.tokens[k - 1].end == t.start;
    let letter_next = text[t.end..].chars().next().is_some_and(char::is_alphanumeric);
    // "the players’ union": a plural possessive before the noun it determines.
    let mut rest = text[t.end..].chars();
    let possessive =
        seg.word(k - 1).ends_with('s') && rest.next().is_some_and(char::is_whitespace) && rest.next().is_some_and(char::is_lowercase);
    matches!(&text[t.start..t.end], "’" | "'") && glued && !letter_next && !possessive
}
