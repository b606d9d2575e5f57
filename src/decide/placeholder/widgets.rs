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
    // Edit distance only where the lengths allow it. (Within one edit, the optimal string
    // alignment distance is the Damerau-Levenshtein distance, without its per-call hash map.)
    let close = n >= MIN_FUZZY_CHARS
        && phrases::WIDGET_HEADINGS
            .iter()
            .any(|h| h.chars().count().abs_diff(n) <= MAX_HEADING_TYPOS && strsim::osa_distance(h, text) <= MAX_HEADING_TYPOS);
    close.then_some(HeadingMatch::Misspelt)
}

/// Whether a normalized text is a widget heading spelt exactly.
fn exact_heading(text: &str) -> Option<HeadingMatch> {
    phrases::WIDGET_HEADINGS.contains(text).then_some(HeadingMatch::Exact)
}

/// A title from the heading list with no content under it before the next widget. Inside the
/// article, only a heading spelt exactly.
pub fn empty_widget(page: &Page, main: &MainContent, id: NodeId, in_main: bool) -> Option<Hide> {
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
    let text = normalized(page, id);
    let how = if marked { widget_heading(&text)? } else { exact_heading(&text)? };
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
}
