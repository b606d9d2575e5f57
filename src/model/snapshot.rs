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

/// Attributes kept in a snapshot; everything else is dropped when reading the page.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "action",
    "aria-hidden",
    "aria-label",
    "aria-modal",
    "data-nosnippet",
    "data-sourcelight-hidden",
    "hidden",
    "href",
    "lang",
    "name",
    "open",
    "placeholder",
    "role",
    "src",
    "style",
    "type",
];

/// Kept attributes whose value no decision reads, only their presence (long URLs): the DOM layer
/// reads them as empty.
pub const PRESENCE_ATTRIBUTES: &[&str] = &["href", "src"];

/// Elements whose text is never page text (code, styles, templates).
pub const SKIPPED_ELEMENTS: &[&str] = &["noscript", "script", "style", "template"];

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
}

/// One node: an element or a text node.
#[derive(Clone, Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: NodeData,
    /// Whether this node is a top-level node of its parent's open shadow root (not a light-DOM
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
    /// Whether the children listed after the light-DOM ones come from an open shadow root.
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

    /// Whether `a` is `b` or one of its ancestors.
    pub fn contains(&self, a: NodeId, b: NodeId) -> bool {
        a == b || self.ancestors(b).any(|x| x == a)
    }

    /// The subtree of `id` in document order, `id` included.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants { snap: self, stack: vec![id] }
    }

    /// The text of the subtree of `id`, with whitespace runs collapsed to one space and trimmed.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                for word in t.split_whitespace() {
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
        id
    }

    /// Parses the packed records of `src/dom/walk.js` (see that file for the format): the
    /// DOM layer reads the page in one JavaScript call and hands over one string. A malformed
    /// tail is dropped: the snapshot then holds the records before it.
    pub fn from_packed(packed: &str) -> Snapshot {
        let mut snap = Snapshot::default();
        let mut f = packed.split('\0');
        let parent_of = |s: Option<&str>| -> Option<Option<NodeId>> {
            let s = s?;
            if s.is_empty() {
                Some(None)
            } else {
                s.parse().ok().map(Some)
            }
        };
        loop {
            let (data, parent, shadow) = match f.next() {
                Some("E") => {
                    let Some(parent) = parent_of(f.next()) else { break };
                    let (Some(tag), Some(id), Some(class), Some(shadow), Some(n)) = (f.next(), f.next(), f.next(), f.next(), f.next())
                    else {
                        break;
                    };
                    let n: usize = n.parse().unwrap_or(0);
                    let mut attrs = Vec::with_capacity(n);
                    for _ in 0..n {
                        let (Some(k), Some(v)) = (f.next(), f.next()) else { break };
                        attrs.push((k.to_string(), v.to_string()));
                    }
                    let element = Element {
                        tag: tag.to_string(),
                        id: id.to_string(),
                        classes: class.split_ascii_whitespace().map(str::to_string).collect(),
                        attrs,
                        shadow_host: false,
                    };
                    (NodeData::Element(element), parent, shadow == "1")
                }
                Some("T") => {
                    let Some(parent) = parent_of(f.next()) else { break };
                    let (Some(shadow), Some(text)) = (f.next(), f.next()) else { break };
                    (NodeData::Text(text.to_string()), parent, shadow == "1")
                }
                _ => break,
            };
            if parent.is_some_and(|p| p >= snap.nodes.len()) {
                break;
            }
            let id = snap.push(parent, data);
            snap.nodes[id].shadow = shadow;
            if shadow {
                if let Some(host) = parent.and_then(|p| match &mut snap.nodes[p].data {
                    NodeData::Element(e) => Some(e),
                    NodeData::Text(_) => None,
                }) {
                    host.shadow_host = true;
                }
            }
        }
        snap
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

/// Iterator over a subtree in document order.
pub struct Descendants<'a> {
    snap: &'a Snapshot,
    stack: Vec<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.stack.pop()?;
        self.stack.extend(self.snap.nodes[id].children.iter().rev());
        Some(id)
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
        assert_eq!(s.descendants(body).count(), 3);
    }

    #[test]
    fn packed_records_parse_into_a_tree_with_shadow_roots() {
        let packed = [
            "E", "", "html", "", "", "", "1", "lang", "en", "E", "0", "body", "", "a b", "", "0", "T", "1", "", "Hi\u{1}", "E", "1",
            "x-host", "h", "", "", "0", "E", "3", "div", "", "", "1", "0", "T", "4", "", "inside",
        ]
        .join("\0");
        let s = Snapshot::from_packed(&packed);
        assert_eq!(s.nodes.len(), 6);
        assert_eq!((s.html, s.body, s.lang.as_deref()), (Some(0), Some(1), Some("en")));
        assert_eq!(s.element(1).unwrap().classes, ["a", "b"]);
        assert_eq!(s.text(2), Some("Hi\u{1}"));
        assert!(s.element(3).unwrap().shadow_host);
        assert_eq!(s.outermost_shadow_host(5), Some(3));
        // A malformed tail is dropped.
        let cut = Snapshot::from_packed("E\0\0html\0\0\0\0\0E\09\0p");
        assert_eq!(cut.nodes.len(), 1);
    }
}
