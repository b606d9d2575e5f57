//! What a run reports: to the reader (the popup) and to the tests.
//!
//! Serialized with camelCase keys as the public `Report` of the JavaScript API:
//! `{removed: [{kind, reason, text, rule, handle, signature, again}], restored, scrollUnlocked,
//! attributions: [{source, cue, sourceKind, entity}], sources: [{name, kind, count, cues}], stale,
//! truncated, attributionTruncated, elapsedMs, timing}`. Span offsets are UTF-16 code units into
//! the block's text.

use super::attribution::{Attribution, SourceKind};
use super::plan::RemovalKind;
use super::snapshot::Truncated;
use super::span::{Span, Utf16Map};
use serde::{Deserialize, Serialize};

/// How many characters of a removed element's text the report keeps.
pub const REPORT_TEXT_CHARS: usize = 200;

/// One removed element.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub kind: RemovalKind,
    /// Plain-English reason.
    pub reason: String,
    /// The element's text, whitespace collapsed, cut to [`REPORT_TEXT_CHARS`] characters.
    pub text: String,
    /// The rule that fired (`"cmp:OneTrust"`, `"placeholder:filler"`, …).
    pub rule: String,
    /// The page side's handle of the element (see [`Snapshot::handles`](super::snapshot::Snapshot::handles)).
    pub handle: u32,
    /// The element's signature, which survives a reload (the reader's exceptions name it).
    #[serde(default)]
    pub signature: String,
    /// How many copies the page inserted again after this one was hidden, and that were hidden too.
    #[serde(default)]
    pub again: u32,
}

/// One attribution, as `findAttributions` returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttributionReport {
    pub source: Option<Span>,
    pub cue: Span,
    pub source_kind: SourceKind,
    /// Who the source is: an index into [`Report::sources`] (or, from `findAttributions`, into
    /// the sources of that one text); `null` without a source, or for a pronoun that stands for
    /// no one named before.
    #[serde(default)]
    pub entity: Option<usize>,
}

impl AttributionReport {
    /// The report of attribution `a` of `text`, its byte offsets turned into UTF-16 units by
    /// `map` (built from `text`); its entity is set once the page's sources are grouped.
    pub fn new(map: &Utf16Map, text: &str, a: &Attribution) -> AttributionReport {
        AttributionReport { source: a.source.map(|s| map.span(text, s)), cue: map.span(text, a.cue), source_kind: a.kind, entity: None }
    }
}

/// One source the page quotes, however often and in whatever words: "who's quoted".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// The fullest way the page names it ("Dmitry Peskov, President Vladimir Putin’s spokesman").
    pub name: String,
    pub kind: SourceKind,
    /// How many attributions it is the source of.
    pub count: usize,
    /// Their cues, in reading order ("said", "told reporters").
    pub cues: Vec<String>,
}

/// The report of everything applied to one document so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub removed: Vec<Removed>,
    /// How many elements hidden earlier as empty came back because content arrived.
    pub restored: usize,
    pub scroll_unlocked: bool,
    pub attributions: Vec<AttributionReport>,
    /// The sources of the attributions, grouped by who they are (pronouns and later short
    /// mentions folded into the entity they stand for).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Whether text was added inside the article since the last full run, so that the
    /// attributions may be out of date (a partial run does not look for them).
    pub stale: bool,
    /// What the last read left out because the page was too large (see
    /// [`packed`](super::packed)); and whether attribution stopped at its own limits.
    pub truncated: Truncated,
    pub attribution_truncated: bool,
    /// Wall time of the run in milliseconds (set by the caller that measures it).
    pub elapsed_ms: f64,
    /// Where that time went: reading the page, deciding, applying (milliseconds).
    pub timing: Timing,
}

/// Milliseconds per phase of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    pub read_ms: f64,
    pub decide_ms: f64,
    pub apply_ms: f64,
}
