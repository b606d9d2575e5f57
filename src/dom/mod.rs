//! The only code that touches the browser (wasm only): read the page into a
//! [`Snapshot`](crate::model::snapshot::Snapshot), answer layout questions lazily, apply a
//! [`Plan`](crate::model::plan::Plan) and undo it exactly.
//!
//! - [`read`]: walks the document (and open shadow roots) into a snapshot plus a parallel list
//!   of node handles;
//! - [`layout`]: [`Layout`](crate::model::layout::Layout) over `getComputedStyle` and
//!   `getBoundingClientRect`, cached per element;
//! - [`apply`]: hides with one marker attribute (the extension's stylesheet turns it into
//!   `display: none !important`), releases scroll locks through the CSSOM, highlights with the CSS
//!   Custom Highlight API (no DOM change), and keeps a journal that [`apply::Applied::undo`] replays
//!   backwards.

pub mod apply;
pub mod layout;
pub mod read;

/// The attribute that marks an element hidden by Sourcelight; its value is the removal kind.
pub const HIDDEN_ATTR: &str = "data-sourcelight-hidden";
/// Names of the highlight registrations (styled by `::highlight(sourcelight-source)` etc.).
pub const SOURCE_HIGHLIGHT: &str = "sourcelight-source";
pub const CUE_HIGHLIGHT: &str = "sourcelight-cue";
