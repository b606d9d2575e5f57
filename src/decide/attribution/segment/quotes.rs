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
