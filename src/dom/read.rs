//! Reads the live document into a [`Snapshot`].

use crate::snapshot::{Element, NodeData, NodeId, Snapshot, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS};
use wasm_bindgen::JsCast;

/// A page larger than this many nodes is read only up to it (the rest is left alone).
pub const MAX_NODES: usize = 200_000;

/// The snapshot and, at the same indices, the live nodes it was read from.
pub struct Read {
    pub snapshot: Snapshot,
    pub nodes: Vec<web_sys::Node>,
    /// For a partial read ([`read_added`]): the ancestors read without their other children.
    pub chain: Vec<NodeId>,
}

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;

/// Reads `doc` from its document element down, in document order. Open shadow roots are read
/// as extra children of their host (after its light-DOM children); iframes are not entered (the
/// content script runs in each frame itself).
pub fn read(doc: &web_sys::Document) -> Read {
    let mut r = Read { snapshot: Snapshot::default(), nodes: Vec::new(), chain: Vec::new() };
    if let Some(root) = doc.document_element() {
        // An explicit stack of (node, parent id) keeps deep pages off the call stack.
        read_subtree(&mut r, root.into(), None, false);
    }
    r
}

/// Reads `root` and its subtree (and the open shadow roots in it) as a child of `parent`;
/// `shadow`: whether `root` is a top-level node of a shadow root.
fn read_subtree(r: &mut Read, root: web_sys::Node, parent: Option<NodeId>, shadow: bool) {
    // An explicit stack of (node, parent id, from a shadow root) keeps deep pages off the call stack.
    let mut stack: Vec<(web_sys::Node, Option<NodeId>, bool)> = vec![(root, parent, shadow)];
    while let Some((node, parent, shadow)) = stack.pop() {
        if r.nodes.len() >= MAX_NODES {
            break;
        }
        let Some(id) = read_one(r, &node, parent) else { continue };
        r.snapshot.nodes[id].shadow = shadow;
        // Children are pushed in reverse so that they pop in document order.
        let mut children = Vec::new();
        let mut child = node.first_child();
        while let Some(c) = child {
            child = c.next_sibling();
            children.push((c, false));
        }
        let host = r.snapshot.element(id).is_some_and(|e| e.shadow_host);
        if let Some(shadow) = node.dyn_ref::<web_sys::Element>().filter(|_| host).and_then(|e| e.shadow_root()) {
            let mut c = shadow.first_child();
            while let Some(n) = c {
                c = n.next_sibling();
                children.push((n, true));
            }
        }
        for (c, shadow) in children.into_iter().rev() {
            stack.push((c, Some(id), shadow));
        }
    }
}

/// Reads only what changed: `<html>`, `<body>`, and each of `roots` (nodes added to the page)
/// with its subtree, under the chain of its ancestors (each ancestor without its other children). When an ancestor was
/// hidden by Sourcelight, that ancestor's whole subtree is read instead, so that the decision to
/// hide it can be checked again. The cost follows the added nodes, not the page.
pub fn read_added(doc: &web_sys::Document, roots: &[web_sys::Node]) -> Read {
    let mut r = Read { snapshot: Snapshot::default(), nodes: Vec::new(), chain: Vec::new() };
    let mut done: Vec<web_sys::Node> = Vec::new();
    // <html> and <body> always: their scroll lock is checked on every scan.
    if let Some(html) = doc.document_element() {
        let html_id = read_one(&mut r, &html, None);
        r.chain.extend(html_id);
        if let Some(body) = doc.body() {
            let body_id = read_one(&mut r, &body, html_id);
            r.chain.extend(body_id);
        }
    }
    for root in roots {
        if !doc.contains(Some(root)) || done.iter().any(|d| d.contains(Some(root))) {
            continue;
        }
        // Ancestors, outermost first (crossing shadow roots to their hosts).
        let mut chain = Vec::new();
        let mut cur = parent_across_shadow(root);
        while let Some(n) = cur {
            cur = parent_across_shadow(&n);
            chain.push(n);
        }
        chain.reverse();
        let start = chain
            .iter()
            .position(|n| n.dyn_ref::<web_sys::Element>().is_some_and(|e| e.has_attribute(super::HIDDEN_ATTR)))
            .unwrap_or(chain.len());
        let subtree_root = chain.get(start).cloned().unwrap_or_else(|| root.clone());
        let mut parent = None;
        for n in &chain[..start] {
            parent = match r.nodes.iter().position(|x| x == n) {
                Some(id) => Some(id),
                None => {
                    let id = read_one(&mut r, n, parent);
                    if let Some(id) = id {
                        r.snapshot.nodes[id].shadow = is_shadow_top(n);
                        r.chain.push(id);
                    }
                    id.or(parent)
                }
            };
        }
        if !r.nodes.contains(&subtree_root) {
            read_subtree(&mut r, subtree_root.clone(), parent, is_shadow_top(&subtree_root));
        }
        done.push(subtree_root);
    }
    r
}

/// Whether `n` is a top-level node of a shadow root.
fn is_shadow_top(n: &web_sys::Node) -> bool {
    n.parent_node().is_some_and(|p| p.dyn_ref::<web_sys::ShadowRoot>().is_some())
}

/// The parent node, or the host when `n` is a top-level node of a shadow root.
fn parent_across_shadow(n: &web_sys::Node) -> Option<web_sys::Node> {
    let p = n.parent_node()?;
    match p.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => Some(shadow.host().into()),
        None => (p.node_type() == ELEMENT_NODE).then_some(p),
    }
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
                    // The attribute, not the `id` property: a form with a field named "id" returns
                    // that field for `form.id` (DOM clobbering).
                    "id" => element.id = e.get_attribute("id").unwrap_or_default(),
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
