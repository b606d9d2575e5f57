//! Shutters: attributes a notice's script sets to shut the page away while it asks, `inert` (no
//! clicks, no focus) and `aria-hidden="true"` (gone for screen readers; Readability's
//! readability#766: a consent script aria-hides the article). Hiding the notice leaves them, so
//! the article stays unclickable or unread.
//!
//! Lifted (into [`ScrollUnlock::attributes`](crate::model::plan::ScrollUnlock::attributes)) only
//! while a notice is present, and only where no site shuts its own content: on `<html>`, `<body>`
//! and the elements that hold the article (the main content, or without one the wrapper holding
//! most of the page's text); and, when one of those was shut, on the rendered regions beside them
//! (header, navigation, footer) shut the same way, the same script's doing.

use super::MAX_TEXT_SHARE;
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::snapshot::NodeId;

/// The attribute that shuts an element away, if any: `inert`, or `aria-hidden="true"`.
fn shutter(page: &Page, id: NodeId) -> Option<&'static str> {
    let e = page.snap.element(id)?;
    if e.attr("inert").is_some() {
        Some("inert")
    } else if e.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        Some("aria-hidden")
    } else {
        None
    }
}

/// The elements that hold the article, from `<html>` down: the ancestors of the main content's
/// roots and the roots; without a main content, the chain down to the element holding most text.
fn article_chain(page: &Page, main: &MainContent) -> Vec<NodeId> {
    let snap = page.snap;
    let mut chain: Vec<NodeId> = Vec::new();
    for &root in &main.roots {
        chain.extend(std::iter::once(root).chain(snap.ancestors(root)));
    }
    if main.roots.is_empty() {
        let total = page.total_chars() as f64;
        let mut cur = snap.body;
        while let Some(id) = cur {
            chain.push(id);
            cur = snap.nodes[id].children.iter().copied().find(|&k| page.counts(k).chars as f64 > total * MAX_TEXT_SHARE);
        }
    }
    chain.extend(snap.html);
    chain.extend(snap.body);
    chain.sort_unstable();
    chain.dedup();
    chain
}

/// The shutters to lift while notices are present: `(element, attribute)`, in document order.
pub fn to_lift(page: &Page, main: &MainContent, notices: &[NodeId]) -> Vec<(NodeId, String)> {
    let snap = page.snap;
    let chain = article_chain(page, main);
    let mut out: Vec<(NodeId, &'static str)> = chain.iter().filter_map(|&id| shutter(page, id).map(|a| (id, a))).collect();
    let shut: Vec<&str> = out.iter().map(|(_, a)| *a).collect();
    if !shut.is_empty() {
        // The regions beside the article's chain, shut the same way.
        for &id in &chain {
            let Some(parent) = snap.nodes[id].parent else { continue };
            for &s in &snap.nodes[parent].children {
                let beside = !chain.contains(&s) && !notices.iter().any(|&n| snap.contains(s, n) || snap.contains(n, s));
                let shown = page.counts(s).chars > 0 && page.layout.computed(s).is_some_and(|c| c.rendered());
                if let Some(a) = shutter(page, s).filter(|a| beside && shown && shut.contains(a)) {
                    out.push((s, a));
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out.into_iter().map(|(id, a)| (id, a.to_string())).collect()
}
