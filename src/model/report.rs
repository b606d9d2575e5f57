//! What a run reports: to the reader (the popup, later) and to the tests.
//!
//! Serialized with camelCase keys as the public `Report` of the JavaScript API:
//! `{removed: [{kind, reason, text, rule}], restored, scrollUnlocked, attributions: [{source,
//! cue, sourceKind}], elapsedMs, timing: {readMs, decideMs, applyMs}}`. Span offsets are UTF-16
//! code units into the block's text.

use crate::decide::attribution::{Attribution, SourceKind};
use crate::model::plan::RemovalKind;
use crate::model::span::{Span, Utf16Map};
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

impl AttributionReport {
    /// The report of attribution `a` of `text`, its byte offsets turned into UTF-16 units by
    /// `map` (built from `text`).
    pub fn new(map: &Utf16Map, text: &str, a: &Attribution) -> AttributionReport {
        AttributionReport { source: a.source.map(|s| map.span(text, s)), cue: map.span(text, a.cue), source_kind: a.kind }
    }

    /// What `findAttributions(text, lang)` returns: the attributions of `text` with UTF-16 spans.
    pub fn find(text: &str, lang: Option<&str>) -> Vec<AttributionReport> {
        let map = Utf16Map::new(text);
        crate::decide::attribution::find(text, lang).iter().map(|a| AttributionReport::new(&map, text, a)).collect()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn astral_chars_count_two_units() {
        let found = AttributionReport::find("😀 A U.S. official said so.", Some("en"));
        let source = found[0].source.as_ref().unwrap();
        assert_eq!((source.start, source.end, source.text.as_str()), (3, 18, "A U.S. official"));
        assert_eq!((found[0].cue.start, found[0].cue.end), (19, 23));
    }
}

// proptest is a native dev-dependency: this module does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Whether `o` is a UTF-16 offset of `units` that does not split a surrogate pair.
    fn on_boundary(units: &[u16], o: usize) -> bool {
        o == units.len() || (o < units.len() && !(0xDC00..=0xDFFF).contains(&units[o]))
    }

    proptest! {
        /// `findAttributions` offsets are always in range, on UTF-16 boundaries, and cover the
        /// text they report, whatever the text and the language.
        #[test]
        fn spans_are_utf16_boundaries_in_range(
            text in "([A-Za-z]{1,8}|said|sagte|laut|selon|a déclaré|according to|“|”|„|«|»|\\.|,|:|―| |\n|😀|👩‍👩‍👧|é|e\u{301}|שלום|مرحبا|𝔘|\u{200d}){0,60}",
            lang in prop::sample::select(vec![None, Some("en"), Some("de"), Some("fr")]),
        ) {
            let units: Vec<u16> = text.encode_utf16().collect();
            for a in AttributionReport::find(&text, lang) {
                for s in a.source.iter().chain(std::iter::once(&a.cue)) {
                    prop_assert!(s.start < s.end && s.end <= units.len(), "{s:?} out of range");
                    prop_assert!(on_boundary(&units, s.start) && on_boundary(&units, s.end), "{s:?} splits a pair");
                    prop_assert_eq!(&String::from_utf16(&units[s.start..s.end]).unwrap(), &s.text);
                }
            }
        }
    }
}
