//! `packed::decode` over arbitrary bytes (read as UTF-8, lossily: the page side always sends a
//! valid string).
//!
//! Checks: decoding never panics; a decoded snapshot is a tree in document order (every node's
//! parent index is smaller than its own id, each node is listed exactly once among its parent's
//! children, in order, and a root is nobody's child); `encode` then `decode` gives back the same
//! snapshot (nodes, handles, html/body/lang, the truncation counts).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelight::model::packed;
use sourcelight::model::snapshot::Snapshot;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(snap) = packed::decode(&text) else { return };
    check_tree(&snap);
    let again = packed::decode(&packed::encode(&snap)).expect("an encoded snapshot decodes");
    assert_eq!(format!("{again:?}"), format!("{snap:?}"), "encode then decode changed the snapshot");
});

fn check_tree(snap: &Snapshot) {
    assert_eq!(snap.handles.len(), snap.nodes.len(), "one handle per node");
    let mut listed = vec![0usize; snap.nodes.len()];
    for (id, node) in snap.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            assert!(p < id, "node {id}: parent {p} comes after it");
            assert!(snap.element(p).is_some(), "node {id}: parent {p} is not an element");
            assert!(snap.nodes[p].children.contains(&id), "node {id}: not among its parent's children");
        }
        assert!(node.children.windows(2).all(|w| w[0] < w[1]), "node {id}: children out of document order");
        for &c in &node.children {
            assert!(c > id && c < snap.nodes.len(), "node {id}: child {c} out of range");
            assert_eq!(snap.nodes[c].parent, Some(id), "node {id}: child {c} has another parent");
            listed[c] += 1;
        }
    }
    for (id, node) in snap.nodes.iter().enumerate() {
        assert_eq!(listed[id], usize::from(node.parent.is_some()), "node {id}: listed {} times as a child", listed[id]);
    }
}
