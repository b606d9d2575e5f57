//! What a run reports: to the reader (the popup, later) and to the tests.
//!
//! Serialized with camelCase keys as the public `Report` of the JavaScript API:
//! `{removed: [{kind, reason, text, rule}], restored, scrollUnlocked, attributions: [{source,
//! cue, sourceKind}], elapsedMs, timing: {readMs, decideMs, applyMs}}`. Span offsets are UTF-16
//! code units into the block's text.

use crate::attribution::SourceKind;
use crate::plan::RemovalKind;
use crate::span::Span;
use serde::Serialize;

/// How many characters of a removed element's text the report keeps.
pub const REPORT_TEXT_CHARS: usize = 200;

/// One removed element.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Removed {
    pub kind: RemovalKind,
    /// Plain-English reason.
    pub reason: String,
    /// The element's text, whitespace collapsed, cut to [`REPORT_TEXT_CHARS`] characters.
    pub text: String,
    /// The rule that fired (`"cmp:OneTrust"`, `"placeholder:filler"`, …).
    pub rule: String,
}

/// One attribution, as `findAttributions` returns it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttributionReport {
    pub source: Option<Span>,
    pub cue: Span,
    pub source_kind: SourceKind,
}

/// The report of one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub removed: Vec<Removed>,
    /// How many elements hidden earlier as empty came back because content arrived.
    pub restored: usize,
    pub scroll_unlocked: bool,
    pub attributions: Vec<AttributionReport>,
    /// Whether text was added inside the article since the last full run, so that the
    /// attributions may be out of date (a partial run does not look for them).
    pub stale: bool,
    /// Wall time of the run in milliseconds (set by the caller that measures it).
    pub elapsed_ms: f64,
    /// Where that time went: reading the page, deciding, applying (milliseconds).
    pub timing: Timing,
}

/// Milliseconds per phase of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    pub read_ms: f64,
    pub decide_ms: f64,
    pub apply_ms: f64,
}
