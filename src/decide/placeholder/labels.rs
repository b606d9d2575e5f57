//! Labels over nothing: an "Advertisement" / "Sponsored content" label over an empty slot (or
//! alone as a widget's heading), a "Share" label over a bar with no links.

use super::phrases;
use super::shape::{bare, beside_control, content_follows, inside_control, is_title, widen};
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::NodeId;

/// An ad label over an empty box, or a share label with no links: `text` is the label's
/// normalized text.
pub fn labelled_empty(page: &Page, main: &MainContent, id: NodeId, text: &str) -> Option<Hide> {
    if !bare(page, id) || inside_control(page, id) {
        return None;
    }
    let (kind, rule, what) = if phrases::AD_LABELS.contains(text) {
        (RemovalKind::EmptyAdSlot, "placeholder:empty-ad-slot", "ad label over an empty slot")
    } else if phrases::SHARE_LABELS.contains(text) {
        (RemovalKind::EmptyShareBar, "placeholder:empty-share-bar", "share bar with no links")
    } else {
        return None;
    };
    let node = widen(page, main, id, 0);
    if !has_room(page, id, node, kind) {
        return None;
    }
    if kind == RemovalKind::EmptyShareBar && beside_control(page, node) {
        return None;
    }
    Some(Hide { node, kind, rule: rule.into(), reason: format!("{what} (\"{}\")", page.snap.text_content(id)) })
}

/// Whether the label sits in a box of its own with room for the (missing) content, or, for an
/// ad label, is a widget's heading with nothing under it before the next widget ("Anzeige" as
/// the heading of an empty sidebar box). A label beside a picture (a "Sponsored" badge on a
/// teaser) discloses what the picture is, and stays.
fn has_room(page: &Page, label: NodeId, node: NodeId, kind: RemovalKind) -> bool {
    let boxed = node != label && page.counts(node).elements >= 2;
    let alone = page.snap.nodes[label].parent.is_none_or(|p| page.counts(p).media == 0);
    let heading_only = kind == RemovalKind::EmptyAdSlot && node == label && alone && is_title(page, label) && !content_follows(page, label);
    boxed || heading_only
}
