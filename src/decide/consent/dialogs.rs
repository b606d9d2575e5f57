//! Top-layer notices to close. A notice opened with `dialog.showModal()` makes the rest of the
//! page inert; hiding it with `display: none` keeps the page inert (and Escape may bring nothing
//! back). A popover (`popover` attribute) sits in the top layer too. So the `<dialog open>`s and
//! popovers that are a notice, sit in one, or hold nothing but one go into
//! [`Plan::close`](crate::model::plan::Plan::close): the page side closes them (`close()`,
//! `hidePopover()`, only those open) and opens them again on undo the way they were open
//! (`showModal()` for a dialog that matched `:modal`, else `show()`; `showPopover()`).

use crate::model::page::Page;
use crate::model::snapshot::NodeId;

/// Whether the element is an open `<dialog>` or a popover.
fn top_layer(page: &Page, id: NodeId) -> bool {
    page.snap.element(id).is_some_and(|e| (e.tag == "dialog" && e.attr("open").is_some()) || e.attr("popover").is_some())
}

/// The dialogs and popovers to close for these notices, in document order.
pub fn to_close(page: &Page, notices: &[NodeId]) -> Vec<NodeId> {
    let snap = page.snap;
    let mut out: Vec<NodeId> = Vec::new();
    for &n in notices {
        out.extend(snap.descendants(n).filter(|&d| top_layer(page, d)));
        // A dialog around the notice that holds nothing else.
        let chars = page.counts(n).chars;
        let around = snap.ancestors(n).take_while(|&a| Some(a) != snap.body && page.counts(a).chars == chars);
        out.extend(around.filter(|&a| top_layer(page, a)));
    }
    out.sort_unstable();
    out.dedup();
    out
}
