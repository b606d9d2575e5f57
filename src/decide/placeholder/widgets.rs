//! Widgets that are only a heading ("You may also like", "Recent comments") with nothing under
//! it, whatever element the heading is (see [`is_title`]).

use super::phrases;
use super::shape::{bare, content_follows, is_marked_title, is_title, normalized, widen, MAX_HEADING_CHARS, STYLED_TITLE_TAGS};
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::NodeId;

/// Misspelt headings within this edit distance still match ("Laest News" for "Latest News");
/// only for headings at least [`MIN_FUZZY_CHARS`] long.
const MAX_HEADING_TYPOS: usize = 1;
const MIN_FUZZY_CHARS: usize = 8;
const _: () = assert!(MAX_HEADING_TYPOS == 1, "within_one_edit checks one edit");

/// How a heading text matches the widget-heading list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadingMatch {
    Exact,
    Misspelt,
}

/// Whether a normalized text is a widget heading ("you may also like", "laest news").
pub fn widget_heading(text: &str) -> Option<HeadingMatch> {
    let n = text.chars().count();
    if n == 0 || n > MAX_HEADING_CHARS {
        return None;
    }
    if let Some(exact) = exact_heading(text) {
        return Some(exact);
    }
    // One edit of a char changes the length in UTF-8 by at most 4 bytes: a cheap test first.
    let close =
        n >= MIN_FUZZY_CHARS && phrases::WIDGET_HEADINGS.iter().any(|h| h.len().abs_diff(text.len()) <= 4 && within_one_edit(h, text));
    close.then_some(HeadingMatch::Misspelt)
}

/// Whether `a` becomes `b` by at most one edit of a char: a substitution, an insertion, a
/// deletion or a swap of two neighbours (optimal string alignment distance at most
/// [`MAX_HEADING_TYPOS`]). Without the distance's table: past the common prefix and suffix, one
/// edit leaves at most one char on each side, or two swapped. (Runs for every heading of the list
/// against every title on the page.)
fn within_one_edit(a: &str, b: &str) -> bool {
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (a, b) =
        (&a[a.char_indices().nth(prefix).map_or(a.len(), |(i, _)| i)..], &b[b.char_indices().nth(prefix).map_or(b.len(), |(i, _)| i)..]);
    let suffix = a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (a.chars(), b.chars());
    let (la, lb) = (a.clone().count() - suffix, b.clone().count() - suffix);
    match (la, lb) {
        (0 | 1, 0 | 1) => true,
        (2, 2) => {
            let (a0, a1, b0, b1) = (a.next(), a.next(), b.next(), b.next());
            a0 == b1 && a1 == b0
        }
        _ => false,
    }
}

/// Whether a normalized text is a widget heading spelt exactly.
fn exact_heading(text: &str) -> Option<HeadingMatch> {
    phrases::WIDGET_HEADINGS.contains(text).then_some(HeadingMatch::Exact)
}

/// A title from the heading list with no content under it before the next widget. Inside the
/// article, only a heading spelt exactly. `text` gives the element's [`normalized`] text.
pub fn empty_widget<'t>(page: &Page, main: &MainContent, id: NodeId, in_main: bool, text: impl FnOnce() -> &'t str) -> Option<Hide> {
    let chars = page.counts(id).chars as usize;
    if chars == 0 || chars > MAX_HEADING_CHARS || !bare(page, id) {
        return None;
    }
    // Headings by markup may be misspelt; a title set apart by style alone must be spelt right
    // (and the style is asked last: it costs a layout read).
    let marked = is_marked_title(page, id);
    if !marked && !STYLED_TITLE_TAGS.contains(page.snap.tag(id)) {
        return None;
    }
    let text = text();
    let how = if marked { widget_heading(text)? } else { exact_heading(text)? };
    if (in_main && how != HeadingMatch::Exact) || !(marked || is_title(page, id)) {
        return None;
    }
    // The widget is the heading's outermost container that holds nothing else, and no content
    // may follow it before the next widget ("<header><h2>Trending</h2></header><ol>…</ol>").
    let node = widen(page, main, id, 0);
    if content_follows(page, node) {
        return None;
    }
    let spelt = if how == HeadingMatch::Misspelt { ", misspelt" } else { "" };
    Some(Hide {
        node,
        kind: RemovalKind::EmptyWidget,
        rule: "placeholder:empty-widget".into(),
        reason: format!("widget with only a heading (\"{}\"{spelt}) and nothing under it", page.snap.text_content(id)),
    })
}

/// Whether an element hidden as an empty widget still is one: nothing to show, and no text but
/// its heading.
pub fn still_empty(page: &Page, id: NodeId) -> bool {
    let text = normalized(page, id);
    bare(page, id) && (text.is_empty() || widget_heading(&text).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widget_headings_match_exactly_or_with_one_typo() {
        assert_eq!(widget_heading("you may also like"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("laest news"), Some(HeadingMatch::Misspelt));
        assert_eq!(widget_heading("newsletter"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("recent comments"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("tags"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("tax"), None);
        assert_eq!(widget_heading("the latest news on the war in ukraine"), None);
    }

    #[test]
    fn one_edit_is_what_the_distance_says() {
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "bac", "abcd", "abdc", "aab", "aba", "baa", "aa", "abab", "baab", "éa", "aé", "news",
            "nesw", "neews",
        ];
        for a in words {
            for b in words {
                assert_eq!(within_one_edit(a, b), strsim_osa(a, b) <= 1, "{a:?} {b:?}");
            }
        }
    }

    /// The optimal string alignment distance, by its table (the reference for `within_one_edit`).
    fn strsim_osa(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..=a.len() {
            for j in 0..=b.len() {
                d[i][j] = if i == 0 || j == 0 {
                    i + j
                } else {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = v.min(d[i - 2][j - 2] + 1);
                    }
                    v
                };
            }
        }
        d[a.len()][b.len()]
    }
}
