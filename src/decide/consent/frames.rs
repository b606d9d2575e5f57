//! Notices in frames: a CMP's cross-origin `<iframe>` (Sourcepoint, TrustArc) is checked by the
//! content script inside the frame ([`frame_is_notice`]), which tells its parent; the parent hides
//! the `<iframe>` ([`Snapshot::notice_frames`](crate::model::snapshot::Snapshot::notice_frames)).

use super::generic::{controls, MAX_NOTICE_CHARS};
use super::{may_hide, vocabulary, Pass};
use crate::model::page::Page;
use crate::model::plan::RemovalKind;

/// Whether a frame's whole document is a consent notice: short, makes a consent statement and
/// has a consent control.
pub fn frame_is_notice(page: &Page) -> bool {
    let Some(body) = page.snap.body else { return false };
    let chars = page.counts(body).chars;
    chars > 0 && chars <= MAX_NOTICE_CHARS && vocabulary::makes_statement(&page.snap.text_content(body)) && !controls(page, body).is_empty()
}

/// Hides the `<iframe>`s that reported a notice, each with the wrapper that holds only it.
pub(crate) fn detect(pass: &mut Pass) {
    let page = pass.page;
    let snap = page.snap;
    for &frame in &snap.notice_frames {
        pass.found.notice_present = true;
        // The frame itself passes the guards too, as its wrappers below do: the page side names
        // it by handle, and an element that holds the main content is never hidden (a fuzz
        // finding: an `<iframe>` that held the article's text was hidden with it).
        if pass.claimed(frame) || !may_hide(page, pass.main, frame) {
            continue;
        }
        // Sourcepoint and TrustArc wrap their frame in a container with nothing else in it.
        let mut node = frame;
        for anc in snap.ancestors(frame) {
            let c = page.counts(anc);
            if c.chars > 0 || c.media > 1 || !may_hide(page, pass.main, anc) || Some(anc) == snap.body {
                break;
            }
            node = anc;
        }
        if page.already_hidden(node) {
            continue;
        }
        pass.hide(
            node,
            RemovalKind::ConsentNotice,
            "consent:frame".into(),
            "consent notice in a frame (the frame's own page is a consent notice)".into(),
        );
    }
}
