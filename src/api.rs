//! The JavaScript API of the wasm package (`pkg/`, wasm only).
//!
//! ```js
//! import init, { Sourcelight, findAttributions } from './pkg/sourcelight.js';
//! await init({ module_or_path: './pkg/sourcelight_bg.wasm' });
//! findAttributions('“No,” said Dmitry Peskov.', 'en');
//! // → [{ source: {start: 11, end: 24, text: 'Dmitry Peskov'}, cue: {start: 6, end: 10, text: 'said'},
//! //      sourceKind: 'named' }]
//! const sl = new Sourcelight({ placeholders: true });
//! const report = sl.run(document);   // {removed, restored, scrollUnlocked, attributions, elapsedMs}
//! sl.undo();                          // the page exactly as before
//! ```
//! Offsets are UTF-16 code units (JavaScript string indices). Errors are thrown as `Error`s with
//! a message that says what was wrong; nothing else is thrown.

use crate::dom::{apply::Applied, layout::DomLayout, read};
use crate::engine::{self, Options};
use crate::report::{AttributionReport, Removed, Report, Timing};
use crate::snapshot::ScrollBaseline;
use crate::span::Utf16Map;
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
    let map = Utf16Map::new(text);
    let found: Vec<AttributionReport> = crate::attribution::find(text, lang.as_deref())
        .into_iter()
        .map(|a| AttributionReport {
            source: a.source.map(|s| map.span(text, s)),
            cue: map.span(text, a.cue),
            source_kind: a.kind,
        })
        .collect();
    to_js(&found)
}

/// The engine attached to one document: `run` cleans and highlights it (again, after changes),
/// `undo` restores it exactly.
#[wasm_bindgen]
pub struct Sourcelight {
    options: Options,
    baseline: Option<ScrollBaseline>,
    applied: Applied,
    /// What is hidden now, with the element it was read from.
    removed: Vec<(web_sys::Node, Removed)>,
    report: Report,
}

#[wasm_bindgen]
impl Sourcelight {
    /// `options`: `{consent?, placeholders?, attribution?: boolean, lang?: string, baseline?:
    /// {html: BoxScroll, body: BoxScroll}}`, all optional. Throws on options of the wrong shape.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Sourcelight, JsError> {
        let opts: ApiOptions = if options.is_undefined() || options.is_null() {
            ApiOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("sourcelight: bad options: {e}")))?
        };
        Ok(Sourcelight { options: opts.engine, baseline: opts.baseline, applied: Applied::default(), removed: Vec::new(), report: Report::default() })
    }

    /// Scans `document`, applies what is new and returns the report of everything applied so
    /// far. Safe to call again after the page changes: hidden elements stay hidden, emptied
    /// placeholders that gained content come back, highlights are recomputed.
    pub fn run(&mut self, document: JsValue) -> Result<JsValue, JsError> {
        let doc: web_sys::Document = document
            .dyn_into()
            .map_err(|_| JsError::new("sourcelight: run() needs a Document"))?;
        let window = doc.default_view().or_else(web_sys::window).ok_or_else(|| JsError::new("sourcelight: the document has no window"))?;
        let clock = window.performance();
        let now = || clock.as_ref().map_or(0.0, |p| p.now());
        let t0 = now();
        let mut read = read::read(&doc);
        read.snapshot.baseline = self.baseline.clone();
        let t1 = now();
        let layout = DomLayout::new(window.clone(), &read.nodes);
        let scan = engine::scan(&read.snapshot, &layout, &self.options);
        let t2 = now();
        self.applied.apply(&scan.plan, &scan.restore, &read.nodes, &window);
        let t3 = now();
        // Restored elements leave the report; new removals join it (`report.removed` is in the
        // order of `plan.hide`).
        let restored: Vec<&web_sys::Node> = scan.restore.iter().filter_map(|&id| read.nodes.get(id)).collect();
        self.removed.retain(|(node, _)| !restored.contains(&node));
        for (h, r) in scan.plan.hide.iter().zip(scan.report.removed) {
            if let Some(node) = read.nodes.get(h.node) {
                self.removed.push((node.clone(), r));
            }
        }
        self.report = Report {
            removed: self.removed.iter().map(|(_, r)| r.clone()).collect(),
            restored: self.report.restored + scan.report.restored,
            scroll_unlocked: self.report.scroll_unlocked || scan.report.scroll_unlocked,
            attributions: scan.report.attributions,
            elapsed_ms: t3 - t0,
            timing: Timing { read_ms: t1 - t0, decide_ms: t2 - t1, apply_ms: t3 - t2 },
        };
        to_js(&self.report)
    }

    /// The report of everything currently applied.
    pub fn report(&self) -> Result<JsValue, JsError> {
        to_js(&self.report)
    }

    /// Restores the page exactly: hidden elements, scroll locks, highlights.
    pub fn undo(&mut self) {
        self.applied.undo();
        self.removed.clear();
        self.report = Report::default();
    }
}
