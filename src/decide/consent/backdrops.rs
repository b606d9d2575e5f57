//! Backdrops: what dims and blocks the page around a notice (complaint kind 2 in
//! `../shared/notes/consent-notices.md`: "grey overlay left behind, nothing clickable").
//!
//! - a text-less fixed element covering the viewport beside the notice or one of its ancestors;
//! - a fixed element covering the viewport *around* the notice that holds nothing else
//!   (`overlay_around`: Foundation's `.reveal-overlay > .reveal`): the notice is hidden with it;
//! - a modal framework's backdrop ([`frameworks::FRAMEWORKS`]): Bootstrap appends
//!   `.modal-backdrop` to `<body>`, far from its `.modal`. Hidden only when no other modal of that
//!   framework is shown (the site's own modal keeps its backdrop).

use super::frameworks::{self, Framework};
use super::{may_hide, Pass};
use crate::decide::patterns::selector::Selector;
use crate::model::layout::{Computed, Position};
use crate::model::page::Page;
use crate::model::plan::RemovalKind;
use crate::model::snapshot::NodeId;
use rustc_hash::FxHashSet;

/// A backdrop covers at least this share of the viewport.
const BACKDROP_MIN_COVER: f64 = 0.9;

/// Whether a computed style is a fixed layer covering the viewport.
fn covers_viewport(page: &Page, c: &Computed) -> bool {
    let viewport = page.layout.viewport().area();
    viewport > 0.0 && c.rendered() && c.position == Position::Fixed && c.rect.area() >= viewport * BACKDROP_MIN_COVER
}

/// Whether an element shows nothing of its own: no text, media or fields.
fn empty(page: &Page, id: NodeId) -> bool {
    let c = page.counts(id);
    page.snap.element(id).is_some() && c.chars == 0 && c.media == 0 && c.inputs == 0
}

/// Hides the backdrops of the notices found in this pass.
pub(crate) fn detect(pass: &mut Pass) {
    let notices: Vec<NodeId> = pass.found.hide.iter().filter(|h| h.kind == RemovalKind::ConsentNotice).map(|h| h.node).collect();
    beside(pass, &notices);
    for fw in frameworks::FRAMEWORKS {
        if notices.iter().any(|&n| frameworks::in_modal(pass.page, fw, n)) {
            framework_backdrops(pass, fw, &notices);
        }
    }
}

/// A text-less fixed element covering the viewport, beside a notice or one of its ancestors.
/// Each parent's children are looked at once, however many notices share it; the notice (or
/// ancestor) they sit beside holds a claimed element and so is never taken.
fn beside(pass: &mut Pass, notices: &[NodeId]) {
    let page = pass.page;
    let snap = page.snap;
    let mut parents: FxHashSet<NodeId> = FxHashSet::default();
    for &notice in notices {
        let levels = std::iter::once(notice).chain(snap.ancestors(notice)).take_while(|&a| Some(a) != snap.body && Some(a) != snap.html);
        // (A parent seen before was seen with every parent above it.)
        let new_parents: Vec<NodeId> = levels.filter_map(|l| snap.nodes[l].parent).take_while(|&p| parents.insert(p)).collect();
        for c in new_parents.into_iter().flat_map(|p| snap.nodes[p].children.iter().copied()) {
            if pass.claimed(c) || pass.holds_claimed(c) || page.already_hidden(c) || !empty(page, c) {
                continue;
            }
            let Some(style) = page.layout.computed(c) else { continue };
            if covers_viewport(page, &style) && may_hide(page, pass.main, c) {
                pass.hide(
                    c,
                    RemovalKind::ConsentBackdrop,
                    "consent:backdrop".into(),
                    "consent backdrop: an empty fixed layer covering the page next to the notice".into(),
                );
            }
        }
    }
}

/// The notice, or the fixed layer covering the viewport around it that holds nothing else (its
/// own overlay, with the same text and media).
pub(crate) fn overlay_around(pass: &Pass, notice: NodeId) -> NodeId {
    let page = pass.page;
    let snap = page.snap;
    let own = *page.counts(notice);
    let mut best = notice;
    for a in snap.ancestors(notice).take_while(|&a| Some(a) != snap.body && Some(a) != snap.html) {
        let c = page.counts(a);
        if (c.chars, c.media, c.inputs) != (own.chars, own.media, own.inputs) || !may_hide(page, pass.main, a) {
            break;
        }
        if page.layout.computed(a).is_some_and(|s| covers_viewport(page, &s)) {
            best = a;
        }
    }
    best
}

/// Hides the framework's backdrops, unless another of its modals is shown.
fn framework_backdrops(pass: &mut Pass, fw: &Framework, notices: &[NodeId]) {
    let page = pass.page;
    let snap = page.snap;
    let backdrop: Vec<Selector> = fw.backdrops.iter().map(|s| Selector::parse(s).expect("framework selectors parse")).collect();
    let other_modal_shown = (0..snap.nodes.len()).any(|id| {
        frameworks::is_modal(page, fw, id)
            && !notices.iter().any(|&n| snap.contains(n, id) || snap.contains(id, n))
            && !page.hidden_in_tree(id)
            && page.layout.computed(id).is_some_and(|c| c.rendered())
    });
    if other_modal_shown {
        return;
    }
    for id in 0..snap.nodes.len() {
        if !backdrop.iter().any(|s| s.matches(snap, id)) || pass.claimed(id) || page.hidden_in_tree(id) || !empty(page, id) {
            continue;
        }
        if page.layout.computed(id).is_some_and(|c| c.rendered()) && may_hide(page, pass.main, id) {
            pass.hide(
                id,
                RemovalKind::ConsentBackdrop,
                format!("consent:backdrop:{}", fw.name),
                format!("consent backdrop: the {} backdrop of the notice's modal", fw.name),
            );
        }
    }
}
