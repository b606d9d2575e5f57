//! Skeleton ("shimmer") placeholders that never filled: the grey bars a page shows while it loads
//! a list or a card. Hidden while they hold nothing but a loading word; brought back when content
//! arrives ([`still_unfilled`], checked on every scan).

use super::phrases;
use super::shape::{bare, normalized, widen};
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::{Element, NodeId};

/// Whether a class marks a skeleton placeholder ([`phrases::SKELETON_CLASSES`]).
fn marked(e: &Element) -> bool {
    // ASCII case folded in place, without a lowercase copy of every class of every element.
    e.classes.iter().any(|c| {
        let c = c.as_bytes();
        phrases::SKELETON_CLASSES.iter().any(|(w, whole)| {
            let w = w.as_bytes();
            if *whole {
                c.eq_ignore_ascii_case(w)
            } else {
                c.windows(w.len()).any(|part| part.eq_ignore_ascii_case(w))
            }
        })
    })
}

/// Whether a normalized text is only a loading word ("Loading…").
pub fn is_loading(text: &str) -> bool {
    phrases::LOADING_WORDS.contains(text)
}

/// Whether the element shows nothing: no text but a loading word, no media, links or fields.
fn unfilled(page: &Page, id: NodeId) -> bool {
    bare(page, id) && (page.counts(id).chars == 0 || is_loading(&normalized(page, id)))
}

/// A skeleton placeholder with nothing in it, widened to the box that holds nothing else.
pub fn unfilled_skeleton(page: &Page, main: &MainContent, id: NodeId) -> Option<Hide> {
    let e = page.snap.element(id)?;
    if !marked(e) || !unfilled(page, id) {
        return None;
    }
    let node = widen(page, main, id, 0);
    Some(Hide {
        node,
        kind: RemovalKind::EmptyWidget,
        rule: "placeholder:skeleton".into(),
        reason: "loading placeholder (skeleton) that never filled".into(),
    })
}

/// Whether an element hidden as an unfilled skeleton (or the box around one) is still unfilled.
pub fn still_unfilled(page: &Page, id: NodeId) -> bool {
    let snap = page.snap;
    snap.descendants(id).any(|d| snap.element(d).is_some_and(marked)) && unfilled(page, id)
}
