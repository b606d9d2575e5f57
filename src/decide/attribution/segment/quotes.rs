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
