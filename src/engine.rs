//! The engine: one scan of a page, read as the pipeline it is.
//!
//! ```text
//! Snapshot + Layout ─► Page (counts) ─► main content ─► consent ─► placeholders ─► attribution
//!                                                                                     │
//!                                                                 Plan (apply/undo) ◄─┴─► Report
//! ```
//! Everything here is pure: the same snapshot and layout give the same plan. The DOM layer reads
//! the page before and applies the plan after.

use crate::attribution;
use crate::blocks;
use crate::consent;
use crate::main_content::{self, MainContent};
use crate::page::Page;
use crate::placeholder;
use crate::plan::{Highlight, Plan, Role};
use crate::report::{AttributionReport, Removed, Report, REPORT_TEXT_CHARS};
use crate::snapshot::{Layout, NodeId, Snapshot};
use crate::span::Utf16Map;
use serde::Deserialize;

/// One switch per capability, as the reader or a test sets them. Unknown keys are ignored;
/// missing keys take their defaults (all on).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Hide consent notices, their backdrops, and release their scroll lock.
    pub consent: bool,
    /// Hide placeholder clutter.
    pub placeholders: bool,
    /// Highlight attribution.
    pub attribution: bool,
    /// Language of the page's text (BCP 47), overriding `<html lang>` and detection.
    pub lang: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { consent: true, placeholders: true, attribution: true, lang: None }
    }
}

/// The decisions of one scan and what they report.
#[derive(Debug, Default)]
pub struct Scan {
    pub plan: Plan,
    pub report: Report,
    /// Elements hidden earlier that should come back (their content arrived).
    pub restore: Vec<NodeId>,
}

/// Scans a page: decides what to hide, what to restore and what to highlight.
pub fn scan(snap: &Snapshot, layout: &dyn Layout, options: &Options) -> Scan {
    let page = Page::new(snap, layout);
    let main = main_content::find(&page);
    let mut out = Scan::default();
    let mut taken: Vec<NodeId> = Vec::new();
    if options.consent {
        let found = consent::detect(&page, &main);
        taken.extend(found.hide.iter().map(|h| h.node));
        out.plan.hide.extend(found.hide);
        out.report.scroll_unlocked = found.unlock.is_some();
        out.plan.unlock = found.unlock;
    }
    if options.placeholders {
        let found = placeholder::detect(&page, &main, &taken);
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
    if options.attribution {
        attribute(&page, &main, options, &mut out);
    }
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
    let code = match lang {
        attribution::Lang::En => "en",
        attribution::Lang::De => "de",
        attribution::Lang::Fr => "fr",
    };
    for block in &blocks {
        let found = attribution::find(&block.text, Some(code));
        if found.is_empty() {
            continue;
        }
        let map = Utf16Map::new(&block.text);
        for a in found {
            let mut push = |role, s: crate::span::ByteSpan| {
                if let (Some(start), Some(end)) = (block.point(page, s.start, false), block.point(page, s.end, true)) {
                    out.plan.highlights.push(Highlight { role, start, end });
                }
            };
            push(Role::Cue, a.cue);
            if let Some(s) = a.source {
                push(Role::Source, s);
            }
            out.report.attributions.push(AttributionReport {
                source: a.source.map(|s| map.span(&block.text, s)),
                cue: map.span(&block.text, a.cue),
                source_kind: a.kind,
            });
        }
    }
}
