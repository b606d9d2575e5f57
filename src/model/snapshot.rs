//! The page as plain data: what the decision modules read.
//!
//! A [`Snapshot`] is an arena of [`Node`]s in document order (a parent always comes before its
//! children), holding for each element only what decisions need: tag, id, classes and a few
//! attributes. Layout (computed style, boxes) is expensive to read from a browser, so it is not in
//! the snapshot: decisions ask a [`Layout`](super::layout::Layout) for the few elements they care
//! about (see [`super::layout`]).

use std::fmt;

/// Index of a node in [`Snapshot::nodes`].
pub type NodeId = usize;

/// The attribute that marks an element hidden by Sourcelight; its value is the removal kind. The
/// extension's stylesheet turns it into `display: none !important`.
pub const HIDDEN_ATTR: &str = "data-sourcelight-hidden";

/// Attributes kept in a snapshot; everything else is dropped when reading the page.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "action",
    "aria-hidden",
    "aria-label",
    "aria-modal",
    "data-nosnippet",
    HIDDEN_ATTR,
    "hidden",
    "href",
    "inert",
    "lang",
    "name",
    "open",
    "placeholder",
    "popover",
    "role",
    "src",
    "style",
    "type",
];

/// Kept attributes whose value no decision reads, only their presence (long URLs): the DOM layer
/// reads them as empty.
pub const PRESENCE_ATTRIBUTES: &[&str] = &["href", "src"];

/// Elements never read: the document's `<head>` (metadata, never shown: 4 % of the nodes of the
/// 130 test pages, and no decision reads it), code, styles, templates, and Sourcelight's own
/// tooltip (`extension/content/tooltip.js`).
pub const SKIPPED_ELEMENTS: &[&str] = &["head", "noscript", "script", "sourcelight-tooltip", "style", "template"];

/// Elements read without what they hold: inline drawings, whose shapes and labels no decision
/// reads (an `<svg>` counts as media, as a whole). Icons are drawings: 2.7 % of the nodes of the
/// 130 test pages, and up to 40 % of one page's.
pub const LEAF_ELEMENTS: &[&str] = &["svg"];

/// The page as read.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub nodes: Vec<Node>,
    /// The `lang` attribute of `<html>`, if any.
    pub lang: Option<String>,
    /// The `<html>` and `<body>` elements.
    pub html: Option<NodeId>,
    pub body: Option<NodeId>,
    /// html/body scroll state captured at `document_start`, before any consent script ran (the
    /// content script provides it; `None` when run without the extension).
    pub baseline: Option<super::layout::ScrollBaseline>,
    /// `<iframe>`s whose own document is a consent notice, as the frames reported it.
    pub notice_frames: Vec<NodeId>,
    /// For each node, the page side's handle for it: a number that names the same live element
    /// in every read of one document (ids are per read); 0 for text nodes, which no decision
    /// names across reads. Empty for snapshots built in tests, where a node's handle is its id
    /// (see [`Snapshot::handle`]).
    pub handles: Vec<u32>,
    /// What the page side left out of this read because it was too large.
    pub truncated: Truncated,
    /// Where each node's subtree ends, computed on the first [`Snapshot::contains`] or
    /// [`Snapshot::descendants`] (see `subtree_ends`) and dropped by [`Snapshot::push`], the one
    /// place where the tree's shape changes.
    subtree_ends: std::sync::OnceLock<Option<Vec<NodeId>>>,
}

/// What a read left out, as the page side reports it (see [`super::packed`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Truncated {
    /// Text nodes whose text was cut to the per-node limit.
    pub text_nodes: u32,
    /// Subtrees not read at all (past the per-read node or text limit), counted by their roots.
    pub nodes: u32,
}

impl Truncated {
    pub fn any(&self) -> bool {
        self.text_nodes > 0 || self.nodes > 0
    }
}

/// One node: an element or a text node.
#[derive(Clone, Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: NodeData,
    /// Whether this node is a top-level node of its parent's (open or closed) shadow root (not a light-DOM
    /// child): page stylesheets do not reach below it.
    pub shadow: bool,
}

#[derive(Clone, Debug)]
pub enum NodeData {
    Element(Element),
    /// A text node's data, as is (whitespace not collapsed).
    Text(String),
}

/// An element: lowercase tag name, id, classes and the [`KEPT_ATTRIBUTES`].
#[derive(Clone, Debug, Default)]
pub struct Element {
    pub tag: String,
    pub id: String,
    pub classes: Vec<String>,
    pub attrs: Vec<(String, String)>,
    /// Whether the children listed after the light-DOM ones come from its (open or closed) shadow root.
    pub shadow_host: bool,
}

impl Element {
    /// The value of a kept attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes.iter().any(|c| c == class)
    }
}

impl fmt::Display for Element {
    /// `tag#id.class1.class2`, as in logs and reports.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.tag)?;
        if !self.id.is_empty() {
            write!(f, "#{}", self.id)?;
        }
        for c in self.classes.iter().take(3) {
            write!(f, ".{c}")?;
        }
        Ok(())
    }
}

impl Snapshot {
    /// The element at `id`, if it is one.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes.get(id)?.data {
            NodeData::Element(e) => Some(e),
            NodeData::Text(_) => None,
        }
    }

    /// The text of a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Text(t) => Some(t),
            NodeData::Element(_) => None,
        }
    }

    /// The lowercase tag of element `id`, or "" for text nodes.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| e.tag.as_str())
    }

    /// Ancestors of `id`, nearest first (not including `id`).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes.get(id).and_then(|n| n.parent), move |&p| self.nodes[p].parent)
    }

    /// Whether `a` is `b` or one of its ancestors. In a snapshot in document order every subtree
    /// is a run of ids, so this is two comparisons (decisions ask it for every node against
    /// every hidden element and main-content root); otherwise it walks `b`'s ancestors.
    pub fn contains(&self, a: NodeId, b: NodeId) -> bool {
        match self.subtree_ends() {
            Some(ends) => a == b || (a < b && ends.get(a).is_some_and(|&end| b <= end)),
            None => a == b || self.ancestors(b).any(|x| x == a),
        }
    }

    /// The last id of each node's subtree, when the snapshot is in document order (computed once).
    fn subtree_ends(&self) -> Option<&[NodeId]> {
        self.subtree_ends.get_or_init(|| self.document_order_ends()).as_deref()
    }

    /// The last id of each node's subtree, when every subtree is the run of ids from the node to
    /// there (children after their parent, each subtree before the next sibling's); `None` when
    /// the nodes are not in that order.
    fn document_order_ends(&self) -> Option<Vec<NodeId>> {
        let mut ends: Vec<NodeId> = (0..self.nodes.len()).collect();
        let mut sizes = vec![1usize; self.nodes.len()];
        for id in (0..self.nodes.len()).rev() {
            if let Some(p) = self.nodes[id].parent {
                if p >= id {
                    return None;
                }
                ends[p] = ends[p].max(ends[id]);
                sizes[p] += sizes[id];
            }
        }
        // A subtree's ids run from the node to its end without gaps exactly when it has that many nodes.
        (0..self.nodes.len()).all(|id| ends[id] - id + 1 == sizes[id]).then_some(ends)
    }

    /// The subtree of `id` in document order, `id` included: in a snapshot in document order the
    /// run of ids from `id` to its subtree's end (see [`Snapshot::contains`]), else by a walk.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        match self.subtree_ends() {
            Some(ends) => Descendants::Run(id..ends.get(id).map_or(id, |&end| end + 1)),
            None => Descendants::Walk { snap: self, stack: vec![id] },
        }
    }

    /// The text of the subtree of `id`, with whitespace runs collapsed to one space and trimmed.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                for word in super::chars::words(t) {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(word);
                }
            }
        }
        out
    }

    /// Appends a node as the last child of `parent` (or as a root) and returns its id. Nodes must
    /// be added in document order.
    pub fn push(&mut self, parent: Option<NodeId>, data: NodeData) -> NodeId {
        let id = self.nodes.len();
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        if let NodeData::Element(e) = &data {
            match e.tag.as_str() {
                "html" if self.html.is_none() => {
                    self.html = Some(id);
                    self.lang = e.attr("lang").filter(|l| !l.trim().is_empty()).map(str::to_string);
                }
                "body" if self.body.is_none() => self.body = Some(id),
                _ => {}
            }
        }
        self.nodes.push(Node { parent, children: Vec::new(), data, shadow: false });
        self.subtree_ends = Default::default();
        id
    }

    /// The page side's handle of node `id` (its id when the snapshot has no handles).
    pub fn handle(&self, id: NodeId) -> u32 {
        self.handles.get(id).copied().unwrap_or(id as u32)
    }

    /// The outermost shadow host whose shadow tree holds `id`, if any.
    pub fn outermost_shadow_host(&self, id: NodeId) -> Option<NodeId> {
        let mut host = None;
        let mut cur = id;
        while let Some(parent) = self.nodes[cur].parent {
            if self.nodes[cur].shadow {
                host = Some(parent);
            }
            cur = parent;
        }
        host
    }
}

/// Iterator over a subtree in document order (made by [`Snapshot::descendants`]).
pub enum Descendants<'a> {
    /// The subtree's ids, in a snapshot in document order.
    Run(std::ops::Range<NodeId>),
    /// The nodes still to visit, the next on top.
    Walk { snap: &'a Snapshot, stack: Vec<NodeId> },
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        match self {
            Descendants::Run(ids) => ids.next(),
            Descendants::Walk { snap, stack } => {
                let id = stack.pop()?;
                stack.extend(snap.nodes[id].children.iter().rev());
                Some(id)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: &str) -> NodeData {
        NodeData::Element(Element { tag: tag.into(), ..Default::default() })
    }

    #[test]
    fn push_builds_a_tree_and_finds_html_and_body() {
        let mut s = Snapshot::default();
        let html = s.push(None, el("html"));
        let body = s.push(Some(html), el("body"));
        let p = s.push(Some(body), el("p"));
        s.push(Some(p), NodeData::Text("  Hello \n world ".into()));
        assert_eq!((s.html, s.body), (Some(html), Some(body)));
        assert_eq!(s.text_content(html), "Hello world");
        assert_eq!(s.ancestors(p).collect::<Vec<_>>(), [body, html]);
        assert!(s.contains(body, p) && !s.contains(p, body));
        assert_eq!(s.descendants(body).collect::<Vec<_>>(), [body, p, p + 1]);
    }

    #[test]
    fn descendants_come_in_document_order_whatever_the_ids() {
        // `a`'s child comes after `a`'s sibling: a subtree is no run of ids.
        let mut s = Snapshot::default();
        let html = s.push(None, el("html"));
        let a = s.push(Some(html), el("a"));
        let b = s.push(Some(html), el("b"));
        let c = s.push(Some(a), NodeData::Text("in a".into()));
        assert_eq!(s.descendants(html).collect::<Vec<_>>(), [html, a, c, b]);
        assert_eq!(s.descendants(a).collect::<Vec<_>>(), [a, c]);
        assert_eq!(s.text_content(a), "in a");
        assert!(s.contains(a, c) && !s.contains(b, c));
    }
}
