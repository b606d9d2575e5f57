//! What the engine decided: the [`Plan`] the page layer applies (and can undo).
//!
//! Decisions are plain data with the reason attached, so that a run can explain itself in the
//! [`Report`](crate::model::report::Report) and tests can assert on them without a browser.

use crate::model::snapshot::NodeId;
use serde::{Deserialize, Serialize};

/// Why something was removed. Serialized in kebab-case (`"consent-notice"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemovalKind {
    /// A cookie/consent notice.
    ConsentNotice,
    /// The dimming overlay behind a consent notice.
    ConsentBackdrop,
    /// Theme filler text: "Lorem ipsum", "Sample text", "Your text here".
    PlaceholderText,
    /// A widget that is only a heading: "You may also like", "Newsletter".
    EmptyWidget,
    /// A counter at zero: "0 comment", "No comments yet".
    ZeroCounter,
    /// An "Advertisement" label over an empty box.
    EmptyAdSlot,
    /// A share bar with no links.
    EmptyShareBar,
}

impl RemovalKind {
    pub const ALL: [RemovalKind; 7] = [
        RemovalKind::ConsentNotice,
        RemovalKind::ConsentBackdrop,
        RemovalKind::PlaceholderText,
        RemovalKind::EmptyWidget,
        RemovalKind::ZeroCounter,
        RemovalKind::EmptyAdSlot,
        RemovalKind::EmptyShareBar,
    ];

    /// The kebab-case name, as serialized and as written into the page's marker attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            RemovalKind::ConsentNotice => "consent-notice",
            RemovalKind::ConsentBackdrop => "consent-backdrop",
            RemovalKind::PlaceholderText => "placeholder-text",
            RemovalKind::EmptyWidget => "empty-widget",
            RemovalKind::ZeroCounter => "zero-counter",
            RemovalKind::EmptyAdSlot => "empty-ad-slot",
            RemovalKind::EmptyShareBar => "empty-share-bar",
        }
    }

    /// The kind named `s` (the inverse of [`RemovalKind::as_str`]).
    pub fn parse(s: &str) -> Option<RemovalKind> {
        RemovalKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Hide one element.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hide {
    pub node: NodeId,
    pub kind: RemovalKind,
    /// The rule that fired, e.g. `"cmp:OneTrust"` or `"placeholder:lorem"`.
    pub rule: String,
    /// A plain-English reason for the reader.
    pub reason: String,
}

/// Release a scroll lock: CSS properties to force on `<html>` and `<body>` (with `!important`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScrollUnlock {
    pub html: Vec<(String, String)>,
    pub body: Vec<(String, String)>,
    /// Where to scroll to afterwards (CSS px), when the lock had moved the page (`body { position:
    /// fixed; top: -Npx }` keeps the reader's place in `top`).
    pub restore_y: Option<f64>,
    /// Attributes a notice's script set to shut the page away (`inert`, `aria-hidden="true"` on
    /// the page wrapper): removed while Sourcelight is on, put back exactly on undo.
    pub attributes: Vec<(NodeId, String)>,
    pub reason: String,
}

/// A place in a text node: the node and an offset in UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextPoint {
    pub node: NodeId,
    pub offset: usize,
}

/// The names of the page side's highlight registrations (`CSS.highlights`), styled by
/// `::highlight(sourcelight-source)` and `::highlight(sourcelight-cue)`.
pub const SOURCE_HIGHLIGHT: &str = "sourcelight-source";
pub const CUE_HIGHLIGHT: &str = "sourcelight-cue";

/// Which part of an attribution a highlight marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Source,
    Cue,
}

/// A highlight: a DOM range from `start` to `end` (which may lie in different text nodes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub role: Role,
    pub start: TextPoint,
    pub end: TextPoint,
    /// The index of its attribution in the report (the page side sets the report's span text
    /// from the page's own text, which may hold what Rust strings cannot: lone surrogates).
    pub attribution: usize,
}

/// Everything one scan decided.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Plan {
    pub hide: Vec<Hide>,
    pub unlock: Option<ScrollUnlock>,
    pub highlights: Vec<Highlight>,
    /// Reject controls of consent notices to click (only with the `rejectClick` option; a
    /// click cannot be undone).
    pub click: Vec<NodeId>,
    /// Modal `<dialog>`s and popovers of hidden notices to close: a closed top-layer element no
    /// longer makes the page inert. Undo opens them again the way they were open.
    pub close: Vec<NodeId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_match_their_serialization() {
        for k in RemovalKind::ALL {
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
            assert_eq!(RemovalKind::parse(k.as_str()), Some(k));
        }
    }
}
