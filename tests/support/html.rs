//! Builds a [`Snapshot`] from HTML text, for native tests and tools (the browser's DOM layer
//! does this from the live page). Parsing is html5ever's, through `scraper`.

use scraper::{Html, Node};
use sourcelight::model::snapshot::{Element, NodeData, NodeId, Snapshot, KEPT_ATTRIBUTES, LEAF_ELEMENTS, SKIPPED_ELEMENTS};

/// Attributes the consent rules read that the DOM layer does not keep yet: `inert` (a shutter on
/// the page, `consent::shutters`) and `popover` (a top-layer notice, `consent::dialogs`). The page
/// side is asked to add them to `KEPT_ATTRIBUTES`; until then the tests keep them here.
pub const REQUESTED_ATTRIBUTES: &[&str] = &["inert", "popover"];

/// Parses `html` as a whole document and reads it into a snapshot, keeping what the DOM layer
/// keeps (same attributes, same skipped elements) and the [`REQUESTED_ATTRIBUTES`].
pub fn snapshot(html: &str) -> Snapshot {
    let doc = Html::parse_document(html);
    let mut snap = Snapshot::default();
    let root = doc.tree.root();
    for child in root.children() {
        read(&mut snap, None, child);
    }
    snap
}

fn read(snap: &mut Snapshot, parent: Option<NodeId>, node: ego_tree::NodeRef<'_, Node>) {
    match node.value() {
        Node::Element(e) => {
            let tag = e.name().to_ascii_lowercase();
            if SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                return;
            }
            let element = Element {
                tag,
                id: e.id().unwrap_or("").to_string(),
                classes: e.classes().map(str::to_string).collect(),
                attrs: e
                    .attrs()
                    .filter(|(k, _)| KEPT_ATTRIBUTES.contains(k) || REQUESTED_ATTRIBUTES.contains(k))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                shadow_host: false,
            };
            // A drawing is read as one element, without what it holds.
            let leaf = LEAF_ELEMENTS.contains(&element.tag.as_str());
            let id = snap.push(parent, NodeData::Element(element));
            if !leaf {
                for child in node.children() {
                    read(snap, Some(id), child);
                }
            }
        }
        Node::Text(t) => {
            if parent.is_some() {
                snap.push(parent, NodeData::Text(t.to_string()));
            }
        }
        _ => {
            for child in node.children() {
                read(snap, parent, child);
            }
        }
    }
}
