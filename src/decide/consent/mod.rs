//! Consent notices: find them, with their backdrops, and the scroll lock they set.
//!
//! Two detectors, both read-only:
//! 1. **Known CMPs** ([`markers::CMPS`]): an element matching a CMP's notice selector is its notice
//!    (the outermost match wins); the CMP's backdrop selectors give its overlay.
//! 2. **Generic**: a text node with a consent word ([`vocabulary::TRIGGERS`]) leads up to its
//!    container, which must be fixed, sticky or dialog-like (DuckDuckGo autoconsent's heuristic)
//!    or a small block about nothing else, must make a consent statement and must hold a consent
//!    control (accept, reject or settings).
//!
//! Guards (the complaints in `../shared/notes/consent-notices.md` §3, kinds 3 and 4): never
//! `<html>`, `<body>`, `<main>`, `<article>` or anything holding the main content; never an
//! element with half the page's text; never an element the page itself does not render.
//! A generic backdrop is a text-less fixed element covering the viewport next to a notice.

pub mod markers;
pub mod scroll;
pub mod vocabulary;

use crate::decide::main_content::MainContent;
use crate::decide::patterns::selector::Selector;
use crate::model::layout::Position;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind, ScrollUnlock};
use crate::model::snapshot::{NodeData, NodeId};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;
use vocabulary::Control;

/// A consent statement is looked for in the nearest block with at least this many characters
/// (a statement is a sentence; its words may be split across links and emphasis).
const STATEMENT_CHARS: u32 = 40;
/// A generic notice may hold at most this many characters (whitespace excluded).
const MAX_NOTICE_CHARS: u32 = 6000;
/// A static (not fixed or dialog) generic notice must be this small.
const MAX_STATIC_NOTICE_CHARS: u32 = 600;
/// How far up from a consent word the container is looked for.
const MAX_CONTAINER_DEPTH: usize = 12;
/// A backdrop covers at least this share of the viewport.
const BACKDROP_MIN_COVER: f64 = 0.9;
/// No removal may take more than this share of the page's text.
pub const MAX_TEXT_SHARE: f64 = 0.5;

/// Elements that are never a notice, whatever they match.
const NEVER_HIDDEN: &[&str] = &["article", "body", "head", "html", "main"];

/// Whether a known-CMP selector marks a notice or a backdrop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Notice,
    Backdrop,
}

/// The marker table compiled once and indexed by the id or class each selector requires.
struct Markers {
    selectors: Vec<(usize, Part, Selector)>,
    by_id: HashMap<String, Vec<usize>>,
    by_class: HashMap<String, Vec<usize>>,
    unkeyed: Vec<usize>,
}

static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let mut m = Markers { selectors: Vec::new(), by_id: HashMap::default(), by_class: HashMap::default(), unkeyed: Vec::new() };
    for (cmp, row) in markers::CMPS.iter().enumerate() {
        let parts = row.notices.iter().map(|s| (Part::Notice, s)).chain(row.backdrops.iter().map(|s| (Part::Backdrop, s)));
        for (part, text) in parts {
            let sel = Selector::parse(text).expect("markers are tested to parse");
            let k = m.selectors.len();
            if let Some(id) = sel.key_id() {
                m.by_id.entry(id.to_string()).or_default().push(k);
            } else if let Some(class) = sel.key_class() {
                m.by_class.entry(class.to_string()).or_default().push(k);
            } else {
                m.unkeyed.push(k);
            }
            m.selectors.push((cmp, part, sel));
        }
    }
    m
});

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
}

/// Runs both detectors, the notice frames the frames reported, and the scroll-lock check.
/// `notice_known`: a notice was found on an earlier pass (so a lock may be its doing);
/// `reject_click`: also return the known CMPs' reject controls to click.
pub fn detect(page: &Page, main: &MainContent, notice_known: bool, reject_click: bool) -> Findings {
    let mut f = Findings::default();
    let mut taken: Vec<NodeId> = Vec::new();
    known_cmps(page, main, reject_click, &mut f, &mut taken);
    notice_frames(page, main, &mut f, &mut taken);
    generic(page, main, &mut f, &mut taken);
    let notices: Vec<NodeId> = f.hide.iter().filter(|h| h.kind == RemovalKind::ConsentNotice).map(|h| h.node).collect();
    for n in notices {
        generic_backdrops(page, main, n, &mut f, &mut taken);
    }
    f.unlock = scroll::unlock(page, f.notice_present || notice_known);
    f
}

/// Whether a frame's whole document is a consent notice (a CMP's cross-origin iframe): short,
/// makes a consent statement and has a consent control. The frame then tells its parent, which
/// hides the `<iframe>` ([`Snapshot::notice_frames`](crate::model::snapshot::Snapshot::notice_frames)).
pub fn frame_is_notice(page: &Page) -> bool {
    let Some(body) = page.snap.body else { return false };
    let chars = page.counts(body).chars;
    chars > 0
        && chars <= MAX_NOTICE_CHARS
        && !vocabulary::statement_languages(&page.snap.text_content(body)).is_empty()
        && !controls(page, body).is_empty()
}

/// Hides the `<iframe>`s that reported a notice, each with the wrapper that holds only it.
fn notice_frames(page: &Page, main: &MainContent, f: &mut Findings, taken: &mut Vec<NodeId>) {
    let snap = page.snap;
    for &frame in &snap.notice_frames {
        if taken.iter().any(|&t| snap.contains(t, frame)) {
            f.notice_present = true;
            continue;
        }
        // Sourcepoint and TrustArc wrap their frame in a container with nothing else in it.
        let mut node = frame;
        for anc in snap.ancestors(frame) {
            let c = page.counts(anc);
            if c.chars > 0 || c.media > 1 || !may_hide(page, main, anc) || Some(anc) == snap.body {
                break;
            }
            node = anc;
        }
        f.notice_present = true;
        if page.already_hidden(node) {
            continue;
        }
        taken.push(node);
        f.hide.push(Hide {
            node,
            kind: RemovalKind::ConsentNotice,
            rule: "consent:frame".into(),
            reason: "consent notice in a frame (the frame's own page is a consent notice)".into(),
        });
    }
}

/// Whether `id` may be hidden at all (the guards above).
pub fn may_hide(page: &Page, main: &MainContent, id: NodeId) -> bool {
    let Some(e) = page.snap.element(id) else { return false };
    if NEVER_HIDDEN.contains(&e.tag.as_str()) || e.attr("role") == Some("main") || main.holds(page, id) {
        return false;
    }
    let total = page.total_chars() as f64;
    total == 0.0 || (page.counts(id).chars as f64) <= total * MAX_TEXT_SHARE
}

/// Whether the page renders the element (by its computed style; an element hidden by Sourcelight
/// is handled before this is asked).
fn rendered(page: &Page, id: NodeId) -> bool {
    page.layout.computed(id).is_none_or(|c| c.rendered())
}

fn known_cmps(page: &Page, main: &MainContent, reject_click: bool, f: &mut Findings, taken: &mut Vec<NodeId>) {
    let m = &*MARKERS;
    let snap = page.snap;
    let mut hits: Vec<(NodeId, usize)> = Vec::new();
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else { continue };
        let keyed = m.by_id.get(&e.id).into_iter().flatten();
        let classed = e.classes.iter().filter_map(|c| m.by_class.get(c)).flatten();
        for &k in keyed.chain(classed).chain(m.unkeyed.iter()) {
            if m.selectors[k].2.matches(snap, id) {
                hits.push((id, k));
                break;
            }
        }
    }
    for &(id, k) in &hits {
        let (cmp, part, ref sel) = m.selectors[k];
        let row = &markers::CMPS[cmp];
        // The outermost match stands for the whole notice.
        if snap.ancestors(id).any(|a| hits.iter().any(|&(h, hk)| h == a && m.selectors[hk].0 == cmp)) {
            continue;
        }
        if page.already_hidden(id) {
            f.notice_present |= part == Part::Notice;
            taken.push(id);
            continue;
        }
        if !may_hide(page, main, id) {
            continue;
        }
        if !rendered(page, id) {
            f.pending.push(id);
            continue;
        }
        let (kind, what) = match part {
            Part::Notice => (RemovalKind::ConsentNotice, "consent notice"),
            Part::Backdrop => (RemovalKind::ConsentBackdrop, "consent backdrop"),
        };
        f.notice_present |= part == Part::Notice;
        taken.push(id);
        f.hide.push(Hide { node: id, kind, rule: format!("cmp:{}", row.name), reason: format!("{} {what} (matches {sel})", row.name) });
        if reject_click && part == Part::Notice {
            f.click.extend(reject_control(page, id, row));
        }
    }
}

/// The first visible control inside a notice that matches its CMP's reject selectors.
fn reject_control(page: &Page, notice: NodeId, row: &markers::Cmp) -> Option<NodeId> {
    let selectors: Vec<Selector> = row.reject.iter().filter_map(|s| Selector::parse(s).ok()).collect();
    page.snap.descendants(notice).find(|&d| selectors.iter().any(|s| s.matches(page.snap, d)) && rendered(page, d))
}

/// The container of a consent word: the nearest fixed, sticky or dialog-like ancestor, or else
/// the largest small block around it.
fn container_of(page: &Page, start: NodeId) -> Option<(NodeId, bool)> {
    let snap = page.snap;
    let body = snap.body;
    let mut small = None;
    for id in std::iter::once(start).chain(snap.ancestors(start)).take(MAX_CONTAINER_DEPTH) {
        if Some(id) == body || Some(id) == snap.html {
            break;
        }
        let e = snap.element(id)?;
        let dialog = (e.tag == "dialog" && e.attr("open").is_some())
            || matches!(e.attr("role"), Some("dialog" | "alertdialog"))
            || e.attr("aria-modal") == Some("true");
        let positioned = page.layout.computed(id).is_some_and(|c| matches!(c.position, Position::Fixed | Position::Sticky));
        if dialog || positioned {
            return Some((id, true));
        }
        if page.counts(id).chars <= MAX_STATIC_NOTICE_CHARS {
            small = Some(id);
        }
    }
    small.map(|id| (id, false))
}

/// The consent controls in a subtree.
fn controls(page: &Page, id: NodeId) -> Vec<Control> {
    let snap = page.snap;
    snap.descendants(id)
        .filter(|&d| {
            snap.element(d).is_some_and(|e| {
                matches!(e.tag.as_str(), "button" | "a")
                    || e.attr("role") == Some("button")
                    || (e.tag == "input" && matches!(e.attr("type"), Some("submit" | "button")))
            })
        })
        .filter_map(|d| vocabulary::control(&snap.text_content(d)))
        .collect()
}

/// The nearest ancestor of a text node that holds at least a sentence's worth of text
/// ([`STATEMENT_CHARS`]); or, for a very short notice, the largest ancestor that is no larger
/// than a notice can be.
fn statement_block(page: &Page, text_node: NodeId) -> Option<NodeId> {
    let mut last = None;
    for a in page.snap.ancestors(text_node) {
        let chars = page.counts(a).chars;
        if chars > MAX_NOTICE_CHARS {
            break;
        }
        last = Some(a);
        if chars >= STATEMENT_CHARS {
            break;
        }
    }
    last
}

fn generic(page: &Page, main: &MainContent, f: &mut Findings, taken: &mut Vec<NodeId>) {
    let snap = page.snap;
    let mut seen: Vec<NodeId> = Vec::new();
    // Blocks whose text was checked for a consent statement, and the answer. Text comes first,
    // layout second: most consent words on a page ("Privacy policy" in a footer) are in no
    // statement, and asking the browser for their ancestors' layout is what costs.
    let mut stated: HashMap<NodeId, bool> = HashMap::default();
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Text(t) = &node.data else { continue };
        if !vocabulary::has_trigger(t) {
            continue;
        }
        let Some(parent) = node.parent else { continue };
        if taken.iter().any(|&k| snap.contains(k, id)) {
            continue;
        }
        let Some(block) = statement_block(page, id) else { continue };
        let says = *stated.entry(block).or_insert_with(|| !vocabulary::statement_languages(&snap.text_content(block)).is_empty());
        if !says {
            continue;
        }
        let Some((found, positioned)) = container_of(page, parent) else { continue };
        // Page stylesheets do not reach into shadow trees: hide the outermost host instead.
        let c = snap.outermost_shadow_host(found).unwrap_or(found);
        if seen.contains(&c) {
            continue;
        }
        seen.push(c);
        if page.hidden_in_tree(c) {
            f.notice_present |= page.already_hidden(c);
            continue;
        }
        let counts = page.counts(c);
        let limit = if positioned { MAX_NOTICE_CHARS } else { MAX_STATIC_NOTICE_CHARS };
        // A dialog with text fields is a login or a form, never a consent notice (complaint 5).
        if counts.chars > limit || counts.inputs > 0 || main.contains(page, c) || !may_hide(page, main, c) || !rendered(page, c) {
            continue;
        }
        let text = snap.text_content(found);
        if !positioned && vocabulary::mentions_embed(&text.to_lowercase()) {
            // "Accept cookies to watch this video": it tells the reader why the video is missing.
            continue;
        }
        let langs = vocabulary::statement_languages(&text);
        let ctrls = controls(page, found);
        let decisive = ctrls.iter().any(|k| matches!(k, Control::Accept | Control::Reject));
        if langs.is_empty() || ctrls.is_empty() || (!positioned && !decisive) {
            continue;
        }
        f.notice_present = true;
        taken.push(c);
        let how = if positioned { "a fixed or dialog element" } else { "a small block" };
        f.hide.push(Hide {
            node: c,
            kind: RemovalKind::ConsentNotice,
            rule: "consent:generic".into(),
            reason: format!(
                "consent notice: {how} that says it uses cookies or asks consent ({}) and has consent buttons",
                langs.join(", ")
            ),
        });
    }
}

/// A text-less fixed element covering the viewport next to a notice: its backdrop.
fn generic_backdrops(page: &Page, main: &MainContent, notice: NodeId, f: &mut Findings, taken: &mut Vec<NodeId>) {
    let snap = page.snap;
    let viewport = page.layout.viewport().area();
    if viewport <= 0.0 {
        return;
    }
    let levels = std::iter::once(notice).chain(snap.ancestors(notice)).take_while(|&a| Some(a) != snap.body && Some(a) != snap.html);
    let mut candidates: Vec<NodeId> = Vec::new();
    for level in levels {
        if let Some(parent) = snap.nodes[level].parent {
            candidates.extend(snap.nodes[parent].children.iter().copied().filter(|&s| s != level));
        }
    }
    for c in candidates {
        if taken.iter().any(|&t| snap.contains(t, c) || snap.contains(c, t)) || page.already_hidden(c) {
            continue;
        }
        let counts = page.counts(c);
        if snap.element(c).is_none() || counts.chars > 0 || counts.media > 0 || counts.inputs > 0 {
            continue;
        }
        let Some(style) = page.layout.computed(c) else { continue };
        let covers = style.rect.area() >= viewport * BACKDROP_MIN_COVER;
        if style.rendered() && style.position == Position::Fixed && covers && may_hide(page, main, c) {
            taken.push(c);
            f.hide.push(Hide {
                node: c,
                kind: RemovalKind::ConsentBackdrop,
                rule: "consent:backdrop".into(),
                reason: "consent backdrop: an empty fixed layer covering the page next to the notice".into(),
            });
        }
    }
}
