//! A session: the engine's memory of one document across runs.
//!
//! ```text
//! run (full read) ─► run (partial read of added nodes) … ─► hidden_again (re-inserted copies) ─► undo
//! ```
//! The session is plain serde data. The page side keeps it, as opaque text ([`Session::to_text`]),
//! and sends it back with each run, so the engine itself keeps nothing between runs (a background
//! that was stopped and started again loses nothing). It names nodes by the page side's handles
//! ([`Snapshot::handle`]), which stay the same from one read to the next, while ids are per read.
//!
//! What it remembers:
//! - what the last full run learned: the main content (its roots, the subtrees it excludes and
//!   the elements that hold it), the page's text length, whether a notice was found;
//! - the [`Report`]: every element hidden now, with why, the attributions of the last full run;
//! - the signatures of the consent elements hidden so far: a copy the page inserts again is
//!   hidden at once by the page side, and a notice that keeps coming back is hidden by a style
//!   rule ([`Outcome::rules`]) instead of being chased.

use super::{scan_added, scan_with_main, Learned, Options, Scan};
use crate::decide::main_content::{self, MainContent};
use crate::error::{Error, ErrorKind};
use crate::model::layout::{Layout, ScrollBaseline};
use crate::model::page::Page;
use crate::model::plan::{Plan, RemovalKind};
use crate::model::report::Report;
use crate::model::snapshot::{Element, NodeId, Snapshot};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::fmt::Write;

/// After the page inserted a hidden notice again this many times, a style rule hides it.
pub const COPIES_BEFORE_RULE: u32 = 3;

/// What the page side tells the engine besides the snapshot.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Env {
    /// html/body scroll state as the page styles them itself, without a consent script's lock
    /// (`extension/content/baseline.js` says how it is read).
    pub baseline: Option<ScrollBaseline>,
    /// Handles of `<iframe>`s whose own document reported itself a consent notice.
    pub notice_frames: Vec<u32>,
    /// Whether a consent notice was found in a frame of this page (so a lock may be its doing).
    pub notice_elsewhere: bool,
}

impl Env {
    /// Puts what the page side told into the snapshot: the baseline, and the notice frames as
    /// ids of this read.
    pub fn apply_to(&self, snap: &mut Snapshot) {
        snap.baseline = self.baseline.clone();
        snap.notice_frames = (0..snap.nodes.len()).filter(|&id| self.notice_frames.contains(&snap.handle(id))).collect();
    }
}

/// What an element looks like without its content: tag, id and sorted classes. Only elements
/// with an id or a class have one (a bare `div` looks like every other).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub tag: String,
    pub id: String,
    pub classes: Vec<String>,
}

impl Signature {
    pub fn of(e: &Element) -> Option<Signature> {
        // Sorted as `&str`s: the one string sort the wasm build already has.
        let mut classes: Vec<&str> = e.classes.iter().map(String::as_str).collect();
        classes.sort_unstable();
        classes.dedup();
        let classes = classes.into_iter().map(str::to_string).collect::<Vec<_>>();
        (!e.id.is_empty() || !classes.is_empty()).then(|| Signature { tag: e.tag.clone(), id: e.id.clone(), classes })
    }

    /// A CSS selector that matches exactly the elements with this signature's tag, id and
    /// classes (others may have more classes), identifiers escaped as `CSS.escape` does.
    pub fn selector(&self) -> String {
        let mut s = escape_ident(&self.tag);
        if !self.id.is_empty() {
            s.push('#');
            s += &escape_ident(&self.id);
        }
        for c in &self.classes {
            s.push('.');
            s += &escape_ident(c);
        }
        s
    }
}

/// Escapes a CSS identifier (CSSOM's `CSS.escape`).
fn escape_ident(ident: &str) -> String {
    let mut out = String::with_capacity(ident.len());
    let only_dash = ident == "-";
    for (i, c) in ident.chars().enumerate() {
        let starts_number = i == 0 || (i == 1 && ident.starts_with('-'));
        match c {
            '\0' => out.push('\u{FFFD}'),
            '\u{1}'..='\u{1f}' | '\u{7f}' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            '0'..='9' if starts_number => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            '-' if only_dash => out.push_str("\\-"),
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() => out.push(c),
            c => {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out
}

/// A signature the page side watches for: copies of it inserted again are hidden at once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Watched {
    pub signature: Signature,
    /// What the copies are hidden as (the first one's kind).
    pub kind: RemovalKind,
    /// The handle of the element first hidden with this signature (its report entry).
    pub handle: u32,
}

/// What the last full run learned, by handle.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct LearnedHandles {
    main_roots: Vec<u32>,
    main_excluded: Vec<u32>,
    /// Strict ancestors of the main content's roots.
    main_holders: Vec<u32>,
    total_chars: u32,
    notice_present: bool,
}

/// The engine's memory of one document (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Session {
    learned: Option<LearnedHandles>,
    report: Report,
    watched: Vec<Watched>,
}

/// What one run decided, for the page side to apply.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// What to do, with node ids of this run's snapshot.
    pub plan: Plan,
    /// Elements hidden earlier that come back (their content arrived).
    pub restore: Vec<NodeId>,
    /// Elements to watch for changes of their own attributes (a known CMP rendered hidden).
    pub watch: Vec<NodeId>,
    /// Signatures of hidden consent elements: a copy the page inserts again is hidden at once
    /// (its index here is what [`Session::hidden_again`] takes).
    pub rehide: Vec<Watched>,
    /// Selectors of notices that kept coming back: one style rule hides each for good.
    pub rules: Vec<String>,
    /// Everything applied to the document so far.
    pub report: Report,
    /// Whether this document, as a whole, is a consent notice (when it is a frame's, the parent
    /// hides the frame): see [`super::Scan::frame_is_notice`].
    pub frame_is_notice: bool,
}

impl Session {
    /// The session as the page side keeps it: opaque text (the session's fields in postcard's
    /// compact binary form, in base64), read back by [`Session::from_text`]. Text, because the
    /// extension's messages are JSON in Chrome; opaque, because only the engine reads it (and a
    /// JavaScript object of the whole report, read back into Rust on every run, cost the wasm
    /// build the code of a second reader of every report type).
    pub fn to_text(&self) -> String {
        use base64::Engine;
        // Serializing to a growing buffer fails only on types serde cannot write (none here).
        let bytes = postcard::to_allocvec(self).unwrap_or_default();
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    /// Reads a session written by [`Session::to_text`]. Errors (kind
    /// [`ErrorKind::RequestBadValue`]) on text that is not one: other base64, bytes of another
    /// shape, or bytes left over.
    pub fn from_text(text: &str) -> Result<Session, Error> {
        use base64::Engine;
        let bad = || Error::new(ErrorKind::RequestBadValue, "session");
        let bytes = base64::engine::general_purpose::STANDARD.decode(text).map_err(|_| bad())?;
        match postcard::take_from_bytes(&bytes) {
            Ok((session, [])) => Ok(session),
            _ => Err(bad()),
        }
    }

    /// Whether the next run must read the whole page (no full run yet).
    pub fn needs_full_read(&self) -> bool {
        self.learned.is_none()
    }

    /// The report of everything applied so far.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Decides, without changing the session: a full scan of `page` (a whole page), or with
    /// `partial` a scan of a partial read of added nodes with what the last full run learned.
    /// A partial read before any full run is scanned as it is. `main`: where a scan of the whole
    /// page keeps the main content it finds, or finds it kept by an earlier scan of the same
    /// snapshot (a run's earlier round; it reads no layout).
    pub fn scan(&self, page: &Page, options: &Options, env: &Env, partial: bool, main: &OnceCell<MainContent>) -> Scan {
        let mut snap_notice = env.notice_elsewhere;
        if let (true, Some(known)) = (partial, self.learned_in(page.snap)) {
            snap_notice |= known.notice_present;
            let known = Learned { notice_present: snap_notice, ..known };
            scan_added(page, options, &known)
        } else {
            scan_with_main(page, main.get_or_init(|| main_content::find(page)).clone(), options, snap_notice)
        }
    }

    /// Folds a scan into the session and returns what the page side must apply. `full`: the
    /// scan saw the whole page (its attributions replace the earlier ones).
    pub fn commit(&mut self, snap: &Snapshot, scan: Scan, full: bool) -> Outcome {
        if full {
            self.learned = Some(learn(snap, &scan));
        } else if let Some(l) = &mut self.learned {
            l.notice_present |= scan.learned.notice_present;
        }
        let copies = self.count_copies(snap, &scan);
        self.watch_signatures(snap, &scan.plan);
        let r = &mut self.report;
        let restored: Vec<u32> = scan.restore.iter().map(|&id| snap.handle(id)).collect();
        r.removed.retain(|x| !restored.contains(&x.handle));
        r.removed.extend(scan.report.removed.into_iter().zip(copies).filter(|(_, copy)| !copy).map(|(removed, _)| removed));
        r.restored += scan.report.restored;
        r.scroll_unlocked |= scan.report.scroll_unlocked;
        r.stale = !full && (r.stale || scan.report.stale);
        if full {
            r.attributions = scan.report.attributions;
            r.sources = scan.report.sources;
            r.attribution_truncated = scan.report.attribution_truncated;
            r.truncated = snap.truncated;
        }
        Outcome {
            plan: scan.plan,
            restore: scan.restore,
            watch: scan.watch,
            rehide: self.watched.clone(),
            frame_is_notice: scan.frame_is_notice,
            rules: self.rules(),
            report: self.report.clone(),
        }
    }

    /// Decides and folds in one step: [`Session::scan`] then [`Session::commit`].
    pub fn run(&mut self, snap: &Snapshot, layout: &dyn Layout, options: &Options, env: &Env, partial: bool) -> Outcome {
        let full = !partial || self.learned.is_none();
        let scan = self.scan(&Page::new(snap, layout), options, env, !full, &OnceCell::new());
        self.commit(snap, scan, full)
    }

    /// The page side hid `count` copies of watched signature `index` (of the last
    /// [`Outcome::rehide`]) as the page inserted them again. They count on the first one's
    /// report entry; after [`COPIES_BEFORE_RULE`] copies, the signature becomes a style rule.
    /// An index out of range is ignored.
    pub fn hidden_again(&mut self, index: usize, count: u32) {
        let Some(w) = self.watched.get(index) else { return };
        if let Some(entry) = self.report.removed.iter_mut().find(|r| r.handle == w.handle) {
            entry.again = entry.again.saturating_add(count);
        }
    }

    /// Forgets everything: the page side has undone what it applied.
    pub fn undo(&mut self) {
        *self = Session::default();
    }

    /// Selectors of the watched signatures that came back [`COPIES_BEFORE_RULE`] times.
    fn rules(&self) -> Vec<String> {
        let again = |w: &Watched| self.report.removed.iter().find(|r| r.handle == w.handle).map_or(0, |r| r.again);
        self.watched.iter().filter(|w| again(w) >= COPIES_BEFORE_RULE).map(|w| w.signature.selector()).collect()
    }

    /// For each element the scan hides, whether it is a copy of a watched notice (the page put it
    /// in again before the page side could hide it at once): it counts on the first one's entry,
    /// so that the report stays one entry per notice however often it comes back.
    fn count_copies(&mut self, snap: &Snapshot, scan: &Scan) -> Vec<bool> {
        let mut copies = Vec::with_capacity(scan.plan.hide.len());
        for h in &scan.plan.hide {
            let signature = snap.element(h.node).and_then(Signature::of);
            let first = self.watched.iter().position(|w| Some(&w.signature) == signature.as_ref() && w.handle != snap.handle(h.node));
            if let Some(i) = first {
                self.hidden_again(i, 1);
            }
            copies.push(first.is_some());
        }
        copies
    }

    /// Remembers what the consent elements hidden by `plan` look like.
    fn watch_signatures(&mut self, snap: &Snapshot, plan: &Plan) {
        for h in &plan.hide {
            if !matches!(h.kind, RemovalKind::ConsentNotice | RemovalKind::ConsentBackdrop) {
                continue;
            }
            let Some(signature) = snap.element(h.node).and_then(Signature::of) else { continue };
            if !self.watched.iter().any(|w| w.signature == signature) {
                self.watched.push(Watched { signature, kind: h.kind, handle: snap.handle(h.node) });
            }
        }
    }

    /// What the last full run learned, mapped into `snap` (a later read): the main content's
    /// roots and excluded subtrees that this read holds, and the elements known to hold a root
    /// (a partial read holds the ancestors of added nodes without their other children).
    fn learned_in(&self, snap: &Snapshot) -> Option<Learned> {
        let l = self.learned.as_ref()?;
        let ids_of = |handles: &[u32]| -> Vec<NodeId> { (0..snap.nodes.len()).filter(|&id| handles.contains(&snap.handle(id))).collect() };
        let main = MainContent { roots: ids_of(&l.main_roots), excluded: ids_of(&l.main_excluded), holders: ids_of(&l.main_holders) };
        Some(Learned { main, total_chars: l.total_chars, notice_present: l.notice_present })
    }
}

/// What a full scan learned, by handle.
fn learn(snap: &Snapshot, scan: &Scan) -> LearnedHandles {
    let handles = |ids: &[NodeId]| ids.iter().map(|&id| snap.handle(id)).collect::<Vec<_>>();
    let main = &scan.learned.main;
    let mut holders: Vec<u32> = main.roots.iter().flat_map(|&r| snap.ancestors(r)).map(|id| snap.handle(id)).collect();
    holders.sort_unstable();
    holders.dedup();
    LearnedHandles {
        main_roots: handles(&main.roots),
        main_excluded: handles(&main.excluded),
        main_holders: holders,
        total_chars: scan.learned.total_chars,
        notice_present: scan.learned.notice_present,
    }
}
