//! The JavaScript API of the wasm package (`pkg/`, wasm only).
//!
//! ```js
//! import init, { Sourcelight, findAttributions } from './pkg/sourcelight.js';
//! await init({ module_or_path: './pkg/sourcelight_bg.wasm' });
//! findAttributions('“No,” said Dmitry Peskov.', 'en');
//! // → [{ source: {start: 11, end: 24, text: 'Dmitry Peskov'}, cue: {start: 6, end: 10, text: 'said'},
//! //      sourceKind: 'named' }]
//! const sl = new Sourcelight({ placeholders: true });
//! const report = sl.run(document);   // {removed, restored, scrollUnlocked, attributions, elapsedMs, timing}
//! sl.runAdded(document, [node]);      // after the page added `node`: cost follows the added nodes
//! sl.undo();                          // the page exactly as before
//! ```
//! Offsets are UTF-16 code units (JavaScript string indices). Errors are thrown as `Error`s with
//! a message that says what was wrong; nothing else is thrown.

use crate::decide::main_content::MainContent;
use crate::dom::{apply::Applied, layout::DomLayout, read};
use crate::engine::{self, Learned, Options, Scan};
use crate::model::layout::ScrollBaseline;
use crate::model::page::Page;
use crate::model::plan::RemovalKind;
use crate::model::report::{AttributionReport, Removed, Report, Timing};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Options of `new Sourcelight(options)`: the engine's switches plus the scroll state the
/// content script captured at `document_start`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct ApiOptions {
    #[serde(flatten)]
    engine: Options,
    baseline: Option<ScrollBaseline>,
}

/// The keys of `new Sourcelight(options)` (the fields of [`ApiOptions`], camelCase).
const OPTION_NAMES: &[&str] = &["attribution", "baseline", "consent", "lang", "placeholders", "rejectClick"];

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    value.serialize(&ser).map_err(|e| JsError::new(&format!("sourcelight: could not build the result: {e}")))
}

/// Logs a panic's message to the console once, instead of a bare `unreachable` trap.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("sourcelight: internal error: {info}").into());
    }));
}

/// Finds attributions in plain text. `lang` is a BCP 47 tag ("en", "de", "fr"); without it the
/// language is detected. Returns `[{source: Span|null, cue: Span, sourceKind}]`, offsets in
/// UTF-16 code units of `text`.
#[wasm_bindgen(js_name = findAttributions)]
pub fn find_attributions(text: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    to_js(&AttributionReport::find(text, lang.as_deref()))
}

/// What the last full run learned, held as live nodes so that later partial runs can find them.
#[derive(Default)]
struct LearnedNodes {
    main_roots: Vec<web_sys::Node>,
    main_excluded: Vec<web_sys::Node>,
    total_chars: u32,
    notice_present: bool,
}

/// The engine attached to one document: `run` cleans and highlights it (again, after changes),
/// `runAdded` follows additions, `undo` restores it exactly.
#[wasm_bindgen]
pub struct Sourcelight {
    options: Options,
    baseline: Option<ScrollBaseline>,
    applied: Applied,
    /// What is hidden now, with the element it was read from.
    removed: Vec<(web_sys::Node, Removed)>,
    report: Report,
    learned: Option<LearnedNodes>,
    /// `<iframe>`s whose document reported itself a consent notice.
    notice_frames: Vec<web_sys::Node>,
    /// Elements the page should watch for attribute changes (see [`Sourcelight::watched`]).
    watch: Vec<web_sys::Node>,
    /// What the consent elements hidden so far looked like (see [`Sourcelight::hide_known`]).
    signatures: Vec<(Signature, Removed)>,
}

/// What an element looks like without its content: tag, id and classes. Only elements with an id
/// or a class have one (a bare `div` looks like every other).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Signature {
    tag: String,
    id: String,
    classes: Vec<String>,
}

impl Signature {
    fn of(e: &crate::model::snapshot::Element) -> Option<Signature> {
        let mut classes = e.classes.clone();
        classes.sort();
        (!e.id.is_empty() || !classes.is_empty()).then(|| Signature { tag: e.tag.clone(), id: e.id.clone(), classes })
    }

    fn of_live(e: &web_sys::Element) -> Option<Signature> {
        let mut classes: Vec<String> = e.get_attribute("class").unwrap_or_default().split_ascii_whitespace().map(str::to_string).collect();
        classes.sort();
        let (id, tag) = (e.get_attribute("id").unwrap_or_default(), e.local_name());
        (!id.is_empty() || !classes.is_empty()).then_some(Signature { tag, id, classes })
    }
}

fn document_of(document: JsValue) -> Result<(web_sys::Document, web_sys::Window), JsError> {
    let doc: web_sys::Document = document.dyn_into().map_err(|_| JsError::new("sourcelight: needs a Document"))?;
    let window = doc.default_view().or_else(web_sys::window).ok_or_else(|| JsError::new("sourcelight: the document has no window"))?;
    Ok((doc, window))
}

fn now(window: &web_sys::Window) -> f64 {
    window.performance().map_or(0.0, |p| p.now())
}

/// The ids of `handles` in a read (nodes not in it are left out).
fn ids_of(read: &read::Read, handles: &[web_sys::Node]) -> Vec<usize> {
    handles.iter().filter_map(|h| read.id_of(h)).collect()
}

#[wasm_bindgen]
impl Sourcelight {
    /// `options`: `{consent?, placeholders?, attribution?, rejectClick?: boolean, lang?: string,
    /// baseline?: {html: BoxScroll, body: BoxScroll}}`, all optional. Throws on options of the
    /// wrong shape or with an unknown name.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Sourcelight, JsError> {
        let opts: ApiOptions = if options.is_undefined() || options.is_null() {
            ApiOptions::default()
        } else {
            // A misspelt option ("placeholder") would otherwise be ignored without a word.
            if let Some(object) = options.dyn_ref::<js_sys::Object>() {
                for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
                    if !OPTION_NAMES.contains(&key.as_str()) {
                        return Err(JsError::new(&format!("sourcelight: unknown option {key:?} (known: {})", OPTION_NAMES.join(", "))));
                    }
                }
            }
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("sourcelight: bad options: {e}")))?
        };
        Ok(Sourcelight {
            options: opts.engine,
            baseline: opts.baseline,
            applied: Applied::default(),
            removed: Vec::new(),
            report: Report::default(),
            learned: None,
            notice_frames: Vec::new(),
            watch: Vec::new(),
            signatures: Vec::new(),
        })
    }

    /// Scans `document`, applies what is new and returns the report of everything applied so
    /// far. Safe to call again after the page changes: hidden elements stay hidden, emptied
    /// placeholders that gained content come back, highlights are recomputed.
    pub fn run(&mut self, document: JsValue) -> Result<JsValue, JsError> {
        let (doc, window) = document_of(document)?;
        let t0 = now(&window);
        let mut read = read::read(&doc);
        read.snapshot.baseline = self.baseline.clone();
        read.snapshot.notice_frames = ids_of(&read, &self.notice_frames);
        let t1 = now(&window);
        let layout = DomLayout::new(window.clone(), &read);
        let scan = engine::scan(&read.snapshot, &layout, &self.options);
        let handles = |ids: &[usize]| ids.iter().filter_map(|&i| read.node(i)).collect();
        self.learned = Some(LearnedNodes {
            main_roots: handles(&scan.learned.main.roots),
            main_excluded: handles(&scan.learned.main.excluded),
            total_chars: scan.learned.total_chars,
            notice_present: scan.learned.notice_present,
        });
        let t2 = now(&window);
        self.apply(&read, scan, &window, true, [t0, t1, t2])
    }

    /// Follows the page after a full `run`: scans only `nodes` (added since, e.g. from a
    /// MutationObserver) and their ancestors, for consent notices and placeholders, and applies
    /// what is new. Attribution waits for the next `run`. Without an earlier `run`, runs fully.
    #[wasm_bindgen(js_name = runAdded)]
    pub fn run_added(&mut self, document: JsValue, nodes: Vec<web_sys::Node>) -> Result<JsValue, JsError> {
        let Some(learned) = &self.learned else { return self.run(document) };
        let (doc, window) = document_of(document)?;
        let t0 = now(&window);
        let mut read = read::read_added(&doc, &nodes);
        read.snapshot.baseline = self.baseline.clone();
        read.snapshot.notice_frames = ids_of(&read, &self.notice_frames);
        let t1 = now(&window);
        let mut main =
            MainContent { roots: ids_of(&read, &learned.main_roots), excluded: ids_of(&read, &learned.main_excluded), holders: Vec::new() };
        // Ancestors read without their other children: ask the DOM whether they hold the article.
        main.holders = read
            .chain
            .iter()
            .copied()
            .filter(|&id| read.node(id).is_some_and(|n| learned.main_roots.iter().any(|r| n != *r && n.contains(Some(r)))))
            .collect();
        let known = Learned { main, total_chars: learned.total_chars, notice_present: learned.notice_present };
        let layout = DomLayout::new(window.clone(), &read);
        let scan = engine::scan_added(&read.snapshot, &layout, &self.options, &known);
        if let Some(l) = &mut self.learned {
            l.notice_present |= scan.learned.notice_present;
        }
        let t2 = now(&window);
        self.apply(&read, scan, &window, false, [t0, t1, t2])
    }

    /// Marks an `<iframe>` of this document whose own page is a consent notice (the frame's
    /// content script found it with `isNoticeFrame`); the next run hides it and releases the
    /// scroll lock it set on this page.
    #[wasm_bindgen(js_name = addNoticeFrame)]
    pub fn add_notice_frame(&mut self, frame: web_sys::Element) {
        let node: web_sys::Node = frame.into();
        if !self.notice_frames.contains(&node) {
            self.notice_frames.push(node);
        }
    }

    /// Whether `document` (a frame's) is, as a whole, a consent notice.
    #[wasm_bindgen(js_name = isNoticeFrame)]
    pub fn is_notice_frame(&self, document: JsValue) -> Result<bool, JsError> {
        let (doc, window) = document_of(document)?;
        let read = read::read(&doc);
        let layout = DomLayout::new(window, &read);
        Ok(crate::decide::consent::frame_is_notice(&Page::new(&read.snapshot, &layout)))
    }

    /// Hides, at once, added elements that look exactly like a consent notice or backdrop hidden
    /// earlier (same tag, id and classes): for pages that insert their notice again after it was
    /// hidden. Cheap enough to call from a MutationObserver callback, before the copy is painted;
    /// the next run still checks everything. Returns how many were hidden.
    #[wasm_bindgen(js_name = hideKnown)]
    pub fn hide_known(&mut self, nodes: Vec<web_sys::Node>) -> u32 {
        if self.signatures.is_empty() {
            return 0;
        }
        let mut hidden = 0;
        for node in nodes {
            let Some(e) = node.dyn_ref::<web_sys::Element>() else { continue };
            let Some(sig) = Signature::of_live(e) else { continue };
            if let Some((_, removed)) = self.signatures.iter().find(|(s, _)| *s == sig) {
                self.applied.hide(e, removed.kind);
                self.removed.push((node.clone(), removed.clone()));
                hidden += 1;
            }
        }
        if hidden > 0 {
            self.report.removed = self.removed.iter().map(|(_, r)| r.clone()).collect();
        }
        hidden
    }

    /// Elements that the last run found but the page does not show yet (a consent notice
    /// rendered hidden, shown later): watch their attributes and `runAdded` them when they change.
    pub fn watched(&self) -> Vec<web_sys::Node> {
        self.watch.clone()
    }

    /// The report of everything currently applied.
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_js(&self.report)
    }

    /// Restores the page exactly: hidden elements, scroll locks, highlights. (A reject click,
    /// made only with the `rejectClick` option, cannot be undone.)
    pub fn undo(&mut self) {
        self.applied.undo();
        self.removed.clear();
        self.report = Report::default();
        self.learned = None;
        self.watch.clear();
        self.signatures.clear();
    }
}

impl Sourcelight {
    /// Applies a scan and folds it into the running report. `full`: the scan saw the whole
    /// page (its attributions replace the earlier ones). `t`: the times the run started, finished
    /// reading and finished deciding.
    fn apply(&mut self, read: &read::Read, scan: Scan, window: &web_sys::Window, full: bool, t: [f64; 3]) -> Result<JsValue, JsError> {
        self.applied.apply(&scan.plan, &scan.restore, read, window, full);
        // Remember what consent elements looked like, to catch copies the page inserts again.
        for (h, r) in scan.plan.hide.iter().zip(&scan.report.removed) {
            if matches!(h.kind, RemovalKind::ConsentNotice | RemovalKind::ConsentBackdrop) {
                if let Some(sig) = read.snapshot.element(h.node).and_then(Signature::of) {
                    if !self.signatures.iter().any(|(s, _)| *s == sig) {
                        self.signatures.push((sig, r.clone()));
                    }
                }
            }
        }
        let t3 = now(window);
        for &id in &scan.watch {
            if let Some(n) = read.node(id).filter(|n| !self.watch.contains(n)) {
                self.watch.push(n);
            }
        }
        // Restored elements leave the report; new removals join it (`report.removed` is in the
        // order of `plan.hide`).
        let restored: Vec<web_sys::Node> = scan.restore.iter().filter_map(|&id| read.node(id)).collect();
        self.removed.retain(|(node, _)| !restored.contains(node));
        for (h, r) in scan.plan.hide.iter().zip(scan.report.removed) {
            if let Some(node) = read.node(h.node) {
                self.removed.push((node, r));
            }
        }
        let attributions = if full { scan.report.attributions } else { std::mem::take(&mut self.report.attributions) };
        let stale = !full && (self.report.stale || scan.report.stale);
        self.report = Report {
            removed: self.removed.iter().map(|(_, r)| r.clone()).collect(),
            restored: self.report.restored + scan.report.restored,
            scroll_unlocked: self.report.scroll_unlocked || scan.report.scroll_unlocked,
            attributions,
            stale,
            elapsed_ms: t3 - t[0],
            timing: Timing { read_ms: t[1] - t[0], decide_ms: t[2] - t[1], apply_ms: t3 - t[2] },
        };
        to_js(&self.report)
    }
}
