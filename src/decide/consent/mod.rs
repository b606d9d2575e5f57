//! Consent notices: find them, with their backdrops, the dialogs to close and the scroll lock they
//! set.
//!
//! [`detect`] reads like the rule:
//! 1. **Known CMPs** ([`cmps`], rows in [`markers::CMPS`]): an element matching a CMP's notice
//!    selector is its notice (the outermost match wins); its backdrop selectors give its overlay.
//! 2. **Frames** ([`frames`]): `<iframe>`s whose own document reported a notice.
//! 3. **Generic** ([`generic`]): a text node with a consent word ([`vocabulary`]) leads up to its
//!    container, which must be fixed, sticky or dialog-like (DuckDuckGo autoconsent's heuristic),
//!    a small block about nothing else, or a "consent or pay" layer over a locked page; it must
//!    make a consent statement, hold a consent control, and serve no other purpose
//!    ([`purposes`]: age gates, comment prompts, paywalls, embed placeholders stay).
//! 4. **Backdrops** ([`backdrops`]): the text-less layer covering the page next to a notice, and
//!    a modal framework's own backdrop ([`frameworks`]: Bootstrap's `.modal-backdrop`).
//! 5. **Dialogs to close** ([`dialogs`]): a notice that is a modal `<dialog>` or a popover leaves
//!    the page inert when merely hidden.
//! 6. **Scroll lock** ([`scroll`]) and **shutters** ([`shutters`]): released, and `inert` /
//!    `aria-hidden` lifted from the page, only when a notice is present.
//!
//! Guards (the complaints in `../shared/notes/consent-notices.md` §3, kinds 3 and 4): never
//! `<html>`, `<body>`, `<main>`, `<article>` or anything holding the main content; never an
//! element with half the page's text; never an element the page itself does not render.

pub mod backdrops;
pub mod cmps;
pub mod dialogs;
pub mod frames;
pub mod frameworks;
pub mod generic;
pub mod markers;
pub mod purposes;
pub mod scroll;
pub mod shutters;
pub mod vocabulary;

pub use frames::frame_is_notice;

use crate::decide::claims::Claims;
use crate::decide::main_content::MainContent;
use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind, ScrollUnlock};
use crate::model::snapshot::NodeId;

/// No removal may take more than this share of the page's text.
pub const MAX_TEXT_SHARE: f64 = 0.5;

/// Elements that are never a notice, whatever they match.
const NEVER_HIDDEN: SortedList = sorted_list!["article", "body", "head", "html", "main"];

/// What the consent pass found.
#[derive(Debug, Default)]
pub struct Findings {
    pub hide: Vec<Hide>,
    /// Whether a notice is on the page (found now or hidden on an earlier pass).
    pub notice_present: bool,
    pub unlock: Option<ScrollUnlock>,
    /// Reject controls to click (only when asked: see [`detect`]).
    pub click: Vec<NodeId>,
    /// Known CMP containers that the page does not show yet (Didomi renders its host hidden,
    /// then shows it): the page layer watches them and scans again when they change.
    pub pending: Vec<NodeId>,
    /// Open `<dialog>`s and popovers of notices, to close (see [`dialogs`]).
    pub close: Vec<NodeId>,
}

/// What the detectors share while they run: the findings so far and the elements already
/// claimed (hidden now or by an earlier pass), which no later detector may take again.
pub(crate) struct Pass<'p, 'a> {
    pub page: &'p Page<'a>,
    pub main: &'p MainContent,
    pub found: Findings,
    claims: Claims,
}

impl Pass<'_, '_> {
    /// Whether `id` is inside (or is) an element already claimed.
    pub fn claimed(&self, id: NodeId) -> bool {
        self.claims.covers(self.page.snap, id)
    }

    /// Whether `id` holds (or is) an element already claimed.
    pub fn holds_claimed(&self, id: NodeId) -> bool {
        self.claims.holds(id)
    }

    /// Claims `node` without hiding it (a notice hidden on an earlier pass).
    pub fn claim(&mut self, node: NodeId) {
        self.claims.claim(self.page.snap, node);
    }

    /// Claims `node` and hides it.
    pub fn hide(&mut self, node: NodeId, kind: RemovalKind, rule: String, reason: String) {
        self.claim(node);
        self.found.notice_present |= kind == RemovalKind::ConsentNotice;
        self.found.hide.push(Hide { node, kind, rule, reason });
    }

    /// The notices hidden now or on an earlier pass.
    pub fn notices(&self) -> Vec<NodeId> {
        let snap = self.page.snap;
        let now = self.found.hide.iter().filter(|h| h.kind == RemovalKind::ConsentNotice).map(|h| h.node);
        let before = (0..snap.nodes.len())
            .filter(|&id| snap.element(id).and_then(|e| e.attr("data-sourcelight-hidden")) == Some(RemovalKind::ConsentNotice.as_str()));
        now.chain(before).collect()
    }
}

/// Runs the detectors in order (see the module doc). `notice_known`: a notice was found on an
/// earlier pass (so a lock may be its doing); `reject_click`: also return the known CMPs' reject
/// controls to click.
pub fn detect(page: &Page, main: &MainContent, notice_known: bool, reject_click: bool) -> Findings {
    let mut pass = Pass { page, main, found: Findings::default(), claims: Claims::default() };
    cmps::detect(&mut pass, reject_click);
    frames::detect(&mut pass);
    generic::detect(&mut pass);
    backdrops::detect(&mut pass);
    let notices = pass.notices();
    pass.found.close = dialogs::to_close(page, &notices);
    let present = pass.found.notice_present || notice_known;
    pass.found.unlock = scroll::unlock(page, main, present);
    if present {
        let lifted = shutters::to_lift(page, main, &notices);
        if !lifted.is_empty() {
            let unlock = pass.found.unlock.get_or_insert_with(|| ScrollUnlock {
                reason: "page shut away by the notice (inert or aria-hidden) opened again".into(),
                ..Default::default()
            });
            unlock.attributes = lifted;
        }
    }
    pass.found
}

/// Whether `id` may be hidden at all (the guards above).
pub fn may_hide(page: &Page, main: &MainContent, id: NodeId) -> bool {
    let Some(e) = page.snap.element(id) else { return false };
    if NEVER_HIDDEN.contains(e.tag.as_str()) || e.attr("role") == Some("main") || main.holds(page, id) {
        return false;
    }
    let total = page.total_chars() as f64;
    total == 0.0 || (page.counts(id).chars as f64) <= total * MAX_TEXT_SHARE
}

/// Whether the page renders the element (by its computed style; an element hidden by Sourcelight
/// is handled before this is asked).
pub(crate) fn rendered(page: &Page, id: NodeId) -> bool {
    page.layout.computed(id).is_none_or(|c| c.rendered())
}
