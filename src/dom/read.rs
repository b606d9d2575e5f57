//! Reads the live document into a [`Snapshot`].

use crate::snapshot::{Element, NodeData, NodeId, Snapshot, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS};
use wasm_bindgen::JsCast;

/// A page larger than this many nodes is read only up to it (the rest is left alone).
pub const MAX_NODES: usize = 200_000;

/// The snapshot and, at the same indices, the live nodes it was read from.
pub struct Read {
    pub snapshot: Snapshot,
    pub nodes: Vec<web_sys::Node>,
}

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;

/// Reads `doc` from its document element down, in document order. Open shadow roots are read
/// as extra children of their host (after its light-DOM children); iframes are not entered (the
/// content script runs in each frame itself).
pub fn read(doc: &web_sys::Document) -> Read {
    let mut r = Read { snapshot: Snapshot::default(), nodes: Vec::new() };
    if let Some(root) = doc.document_element() {
        // An explicit stack of (node, parent id) keeps deep pages off the call stack.
        let mut stack: Vec<(web_sys::Node, Option<NodeId>)> = vec![(root.into(), None)];
        while let Some((node, parent)) = stack.pop() {
            if r.nodes.len() >= MAX_NODES {
                break;
            }
            let Some(id) = read_one(&mut r, &node, parent) else { continue };
            // Children are pushed in reverse so that they pop in document order.
            let mut children = Vec::new();
            let mut child = node.first_child();
            while let Some(c) = child {
                child = c.next_sibling();
                children.push(c);
            }
            if let Some(shadow) = r.snapshot.element(id).filter(|e| e.shadow_host).and(node.dyn_ref::<web_sys::Element>()).and_then(|e| e.shadow_root()) {
                let mut c = shadow.first_child();
                while let Some(n) = c {
                    c = n.next_sibling();
                    children.push(n);
                }
            }
            for c in children.into_iter().rev() {
                stack.push((c, Some(id)));
            }
        }
    }
    r
}

/// Adds one node to the snapshot; `None` for nodes that are left out (comments, scripts).
fn read_one(r: &mut Read, node: &web_sys::Node, parent: Option<NodeId>) -> Option<NodeId> {
    let data = match node.node_type() {
        TEXT_NODE => NodeData::Text(node.node_value().unwrap_or_default()),
        ELEMENT_NODE => {
            let e: &web_sys::Element = node.unchecked_ref();
            let tag = e.local_name();
            if SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                return None;
            }
            let mut element = Element { tag, ..Default::default() };
            for name in e.get_attribute_names().iter().filter_map(|n| n.as_string()) {
                match name.as_str() {
                    "id" => element.id = e.id(),
                    "class" => {
                        let classes = e.get_attribute("class").unwrap_or_default();
                        element.classes = classes.split_ascii_whitespace().map(str::to_string).collect();
                    }
                    kept if KEPT_ATTRIBUTES.contains(&kept) => {
                        element.attrs.push((name.clone(), e.get_attribute(&name).unwrap_or_default()));
                    }
                    _ => {}
                }
            }
            // Shadow hosts are elements with an id or a custom tag name (Usercentrics'
            // #usercentrics-root): asking every element would cost a call each.
            if !element.id.is_empty() || element.tag.contains('-') {
                element.shadow_host = e.shadow_root().is_some();
            }
            NodeData::Element(element)
        }
        _ => return None,
    };
    let id = r.snapshot.push(parent, data);
    r.nodes.push(node.clone());
    Some(id)
}
