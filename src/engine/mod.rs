//! The engine: one scan of a page, read as the pipeline it is.
//!
//! ```text
//! Snapshot + Layout ─► Page (counts) ─► main content ─► consent ─► placeholders ─► attribution
//!                                                                                     │
//!                                                                 Plan (apply/undo) ◄─┴─► Report
//! ```
//! Everything here is pure: the same snapshot and layout give the same plan. The DOM layer reads
//! the page before and applies the plan after.
//!
//! Two entry points: [`scan`] reads a whole page; [`scan_added`] reads only nodes added since,
//! with what the last full scan learned ([`Learned`]), so that following a changing page costs in
//! proportion to the change.

use crate::decide::attribution;
use crate::decide::attribution::blocks;
use crate::decide::consent;
use crate::decide::main_content::{self, MainContent};
use crate::decide::placeholder;
use crate::model::layout::Layout;
use crate::model::page::Page;
use crate::model::plan::{Highlight, Plan, Role};
use crate::model::report::{AttributionReport, Removed, Report, REPORT_TEXT_CHARS};
use crate::model::snapshot::{NodeId, Snapshot};
use crate::model::span::Utf16Map;
use serde::Deserialize;

/// One switch per capability, as the reader or a test sets them. Unknown keys are ignored;
/// missing keys take their defaults.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Hide consent notices, their backdrops, and release their scroll lock (default on).
    pub consent: bool,
    /// Hide placeholder clutter (default on).
    pub placeholders: bool,
    /// Highlight attribution (default on).
    pub attribution: bool,
    /// Click a known CMP's "reject" control before hiding its notice (default off; a click
    /// cannot be undone). Sourcelight never clicks "accept".
    pub reject_click: bool,
    /// Language of the page's text (BCP 47), overriding `<html lang>` and detection.
    pub lang: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { consent: true, placeholders: true, attribution: true, reject_click: false, lang: None }
    }
}

/// What a full scan learned about the page, for the partial scans that follow.
#[derive(Clone, Debug, Default)]
pub struct Learned {
    pub main: MainContent,
    /// The page's text length (chars, whitespace excluded).
    pub total_chars: u32,
    /// Whether a consent notice was found.
    pub notice_present: bool,
}

/// The decisions of one scan and what they report.
#[derive(Debug, Default)]
pub struct Scan {
    pub plan: Plan,
    pub report: Report,
    /// Elements hidden earlier that should come back (their content arrived).
    pub restore: Vec<NodeId>,
    /// Elements to watch for changes of their own attributes (see `consent::Findings::pending`).
    pub watch: Vec<NodeId>,
    pub learned: Learned,
}

/// Scans a whole page: decides what to hide, what to restore and what to highlight.
pub fn scan(snap: &Snapshot, layout: &dyn Layout, options: &Options) -> Scan {
    let page = Page::new(snap, layout);
    let main = main_content::find(&page);
    let mut out = decide(&page, &main, options, false);
    if options.attribution {
        attribute(&page, &main, options, &mut out);
    }
    out.learned = Learned { main, total_chars: page.total_chars(), notice_present: out.learned.notice_present };
    out
}

/// Scans a partial snapshot of added nodes (see `dom::read::read_added`): consent notices and
/// placeholders only. `known` is what the last full scan learned, with its main content mapped
/// into this snapshot. Attribution waits for the next full scan.
pub fn scan_added(snap: &Snapshot, layout: &dyn Layout, options: &Options, known: &Learned) -> Scan {
    let page = Page::new(snap, layout).with_total_chars(known.total_chars);
    let mut out = decide(&page, &known.main, options, known.notice_present);
    out.learned.notice_present |= known.notice_present;
    // Text added inside the article: its attributions wait for a full scan.
    out.report.stale =
        (0..snap.nodes.len()).any(|id| snap.text(id).is_some_and(|t| !t.trim().is_empty()) && known.main.contains(&page, id));
    out
}

/// Consent and placeholders: the hiding decisions.
fn decide(page: &Page, main: &MainContent, options: &Options, notice_known: bool) -> Scan {
    let snap = page.snap;
    let mut out = Scan::default();
    let mut taken: Vec<NodeId> = Vec::new();
    if options.consent {
        let found = consent::detect(page, main, notice_known, options.reject_click);
        taken.extend(found.hide.iter().map(|h| h.node));
        out.plan.hide.extend(found.hide);
        out.plan.click = found.click;
        out.watch = found.pending;
        out.report.scroll_unlocked = found.unlock.is_some();
        out.plan.unlock = found.unlock;
        out.learned.notice_present = found.notice_present;
    }
    if options.placeholders {
        let found = placeholder::detect(page, main, &taken);
        out.plan.hide.extend(found.hide);
        out.restore = found.restore;
        out.report.restored = out.restore.len();
    }
    out.report.removed = out
        .plan
        .hide
        .iter()
        .map(|h| Removed {
            kind: h.kind,
            reason: h.reason.clone(),
            text: snap.text_content(h.node).chars().take(REPORT_TEXT_CHARS).collect(),
            rule: h.rule.clone(),
        })
        .collect();
    out
}

/// Where attribution is looked for: the main content, plus the page's headline; without a main
/// content, every paragraph of the body.
fn attribution_roots(page: &Page, main: &MainContent) -> Vec<NodeId> {
    let snap = page.snap;
    let mut roots = Vec::new();
    let h1 = (0..snap.nodes.len()).find(|&i| snap.tag(i) == "h1" && !main.contains(page, i));
    roots.extend(h1);
    if main.roots.is_empty() {
        roots.extend((0..snap.nodes.len()).filter(|&i| snap.tag(i) == "p" && !snap.ancestors(i).any(|a| snap.tag(a) == "p")));
    } else {
        roots.extend(main.roots.iter().copied());
    }
    roots
}

fn attribute(page: &Page, main: &MainContent, options: &Options, out: &mut Scan) {
    let snap = page.snap;
    let roots = attribution_roots(page, main);
    let blocks = blocks::collect(page, &roots, &|id| main.excludes(id));
    // One language for the page: the option, <html lang>, or detection on the article's text.
    let sample: String = blocks.iter().take(8).map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
    let tag = options.lang.as_deref().or(snap.lang.as_deref());
    let Some(lang) = attribution::Lang::resolve(tag, &sample) else { return };
    for block in &blocks {
        let found = attribution::find(&block.text, Some(lang.code()));
        if found.is_empty() {
            continue;
        }
        let map = Utf16Map::new(&block.text);
        for a in found {
            let mut push = |role, s: crate::model::span::ByteSpan| {
                if let (Some(start), Some(end)) = (block.point(page, s.start, false), block.point(page, s.end, true)) {
                    out.plan.highlights.push(Highlight { role, start, end });
                }
            };
            push(Role::Cue, a.cue);
            if let Some(s) = a.source {
                push(Role::Source, s);
            }
            out.report.attributions.push(AttributionReport::new(&map, &block.text, &a));
        }
    }
}
