//! Reads the live document into a [`Snapshot`]: `walk.js` walks the DOM in JavaScript and hands
//! over one packed string (one crossing for the whole page), which
//! [`Snapshot::from_packed`] turns into nodes.

use super::HIDDEN_ATTR;
use crate::model::snapshot::{NodeId, Snapshot, KEPT_ATTRIBUTES, PRESENCE_ATTRIBUTES, SKIPPED_ELEMENTS};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A page larger than this many nodes is read only up to it (the rest is left alone).
pub const MAX_NODES: u32 = 200_000;

#[wasm_bindgen(module = "/src/dom/walk.js")]
extern "C" {
    /// What `walk.js` returns: `{packed, nodes, chain}`.
    type Walked;
    #[wasm_bindgen(method, getter)]
    fn packed(this: &Walked) -> String;
    #[wasm_bindgen(method, getter)]
    fn nodes(this: &Walked) -> js_sys::Array;
    #[wasm_bindgen(method, getter)]
    fn chain(this: &Walked) -> js_sys::Array;

    #[wasm_bindgen(js_name = walkDocument)]
    fn walk_document(
        doc: &web_sys::Document,
        kept: &js_sys::Array,
        presence: &js_sys::Array,
        skipped: &js_sys::Array,
        max_nodes: u32,
    ) -> Walked;
    #[wasm_bindgen(js_name = walkAdded)]
    fn walk_added(
        doc: &web_sys::Document,
        roots: &js_sys::Array,
        kept: &js_sys::Array,
        presence: &js_sys::Array,
        skipped: &js_sys::Array,
        max_nodes: u32,
        hidden_attr: &str,
    ) -> Walked;
    /// The packed computed style of an element (see `walk.js`).
    #[wasm_bindgen(js_name = styleOf)]
    pub fn style_of(el: &web_sys::Element) -> String;
}

/// The snapshot and, at the same indices, the live nodes it was read from.
pub struct Read {
    pub snapshot: Snapshot,
    nodes: js_sys::Array,
    /// For a partial read ([`read_added`]): the ancestors read without their other children.
    pub chain: Vec<NodeId>,
}

impl Read {
    /// The live node of snapshot node `id`.
    pub fn node(&self, id: NodeId) -> Option<web_sys::Node> {
        let v = self.nodes.get(u32::try_from(id).ok()?);
        (!v.is_undefined()).then(|| v.unchecked_into())
    }

    /// The snapshot id of a live node, if it was read.
    pub fn id_of(&self, node: &web_sys::Node) -> Option<NodeId> {
        usize::try_from(self.nodes.index_of(node, 0)).ok()
    }

    /// The live nodes, at their snapshot indices.
    pub fn nodes(&self) -> &js_sys::Array {
        &self.nodes
    }
}

fn strings(list: &[&str]) -> js_sys::Array {
    list.iter().map(|s| JsValue::from_str(s)).collect()
}

/// Reads `doc` from its document element down, in document order. Open shadow roots are read
/// as extra children of their host (after its light-DOM children); iframes are not entered (the
/// content script runs in each frame itself).
pub fn read(doc: &web_sys::Document) -> Read {
    let walked = walk_document(doc, &strings(KEPT_ATTRIBUTES), &strings(PRESENCE_ATTRIBUTES), &strings(SKIPPED_ELEMENTS), MAX_NODES);
    finish(walked)
}

/// Reads only what changed: `<html>`, `<body>`, and each of `roots` (nodes added to the page)
/// with its subtree, under the chain of its ancestors (each without its other children). When an
/// ancestor was hidden by Sourcelight, that ancestor's whole subtree is read instead, so that the
/// decision to hide it can be checked again. The cost follows the added nodes, not the page.
pub fn read_added(doc: &web_sys::Document, roots: &[web_sys::Node]) -> Read {
    let roots: js_sys::Array = roots.iter().collect();
    let walked = walk_added(
        doc,
        &roots,
        &strings(KEPT_ATTRIBUTES),
        &strings(PRESENCE_ATTRIBUTES),
        &strings(SKIPPED_ELEMENTS),
        MAX_NODES,
        HIDDEN_ATTR,
    );
    finish(walked)
}

fn finish(walked: Walked) -> Read {
    let snapshot = Snapshot::from_packed(&walked.packed());
    let chain = walked.chain().iter().filter_map(|v| v.as_f64()).map(|v| v as NodeId).collect();
    Read { snapshot, nodes: walked.nodes(), chain }
}
