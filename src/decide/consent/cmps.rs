//! Known consent-management platforms: the rows of [`markers::CMPS`]
//! compiled once, matched against every element.

use super::markers::{self, Cmp};
use super::{may_hide, rendered, Pass};
use crate::decide::patterns::selector::Selector;
use crate::model::page::Page;
use crate::model::plan::RemovalKind;
use crate::model::snapshot::{NodeData, NodeId};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

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

/// Every element that matches a marker, with the first selector it matches.
fn hits(page: &Page) -> Vec<(NodeId, usize)> {
    let m = &*MARKERS;
    let snap = page.snap;
    let mut hits = Vec::new();
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else { continue };
        let keyed = m.by_id.get(&e.id).into_iter().flatten();
        let classed = e.classes.iter().filter_map(|c| m.by_class.get(c)).flatten();
        if let Some(&k) = keyed.chain(classed).chain(m.unkeyed.iter()).find(|&&k| m.selectors[k].2.matches(snap, id)) {
            hits.push((id, k));
        }
    }
    hits
}

/// Hides the outermost match of each CMP (notice or backdrop); with `reject_click`, also returns
/// the CMP's reject control to click.
pub(crate) fn detect(pass: &mut Pass, reject_click: bool) {
    let m = &*MARKERS;
    let page = pass.page;
    let snap = page.snap;
    let hits = hits(page);
    let hit_cmps: rustc_hash::FxHashSet<(NodeId, usize)> = hits.iter().map(|&(h, k)| (h, m.selectors[k].0)).collect();
    for &(id, k) in &hits {
        let (cmp, part, ref sel) = m.selectors[k];
        let row = &markers::CMPS[cmp];
        // The outermost match stands for the whole notice.
        if snap.ancestors(id).any(|a| hit_cmps.contains(&(a, cmp))) {
            continue;
        }
        if page.already_hidden(id) {
            pass.found.notice_present |= part == Part::Notice;
            pass.claim(id);
            continue;
        }
        if !may_hide(page, pass.main, id) {
            continue;
        }
        if !rendered(page, id) {
            pass.found.pending.push(id);
            continue;
        }
        let (kind, what) = match part {
            Part::Notice => (RemovalKind::ConsentNotice, "consent notice"),
            Part::Backdrop => (RemovalKind::ConsentBackdrop, "consent backdrop"),
        };
        pass.hide(id, kind, format!("cmp:{}", row.name), format!("{} {what} (matches {sel})", row.name));
        if reject_click && part == Part::Notice {
            pass.found.click.extend(reject_control(page, id, row));
        }
    }
}

/// The first visible control inside a notice that matches its CMP's reject selectors.
fn reject_control(page: &Page, notice: NodeId, row: &Cmp) -> Option<NodeId> {
    let selectors: Vec<Selector> = row.reject.iter().filter_map(|s| Selector::parse(s).ok()).collect();
    page.snap.descendants(notice).find(|&d| selectors.iter().any(|s| s.matches(page.snap, d)) && rendered(page, d))
}
