//! A [`Page`]: the snapshot, its layout oracle and per-node counts computed once.
//!
//! Every decision module reads the page through this type. The counts ([`Counts`]) are summed
//! bottom-up in one pass over the arena, so asking for the text length or link density of any
//! element afterwards is O(1).

use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::model::chars;
use crate::model::layout::Layout;
use crate::model::snapshot::{NodeData, NodeId, Snapshot};

/// Elements that show something without text.
const MEDIA_ELEMENTS: SortedList = sorted_list!["canvas", "embed", "iframe", "img", "object", "picture", "svg", "video"];
/// Form controls a reader types into or picks from.
const INPUT_ELEMENTS: SortedList = sorted_list!["input", "select", "textarea"];

/// Counts over the subtree of one node (the node included).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Characters of text, whitespace excluded.
    pub chars: u32,
    /// Characters of text inside `<a href>`.
    pub link_chars: u32,
    pub links: u32,
    /// `<p>` elements.
    pub paragraphs: u32,
    /// Images, video, iframes, canvas, svg.
    pub media: u32,
    /// Text inputs, selects and text areas (not buttons).
    pub inputs: u32,
    /// `<button>` and `role=button`.
    pub buttons: u32,
    /// Commas in the text (Readability counts them as a sign of prose).
    pub commas: u32,
    /// Elements.
    pub elements: u32,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.chars += o.chars;
        self.link_chars += o.link_chars;
        self.links += o.links;
        self.paragraphs += o.paragraphs;
        self.media += o.media;
        self.inputs += o.inputs;
        self.buttons += o.buttons;
        self.commas += o.commas;
        self.elements += o.elements;
    }

    /// Share of the text that is link text, 0..=1.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// What a page's decisions read of each node that no layout answer changes, computed in two
/// passes over the arena: the counts, and whether it is hidden by markup or inside a shadow
/// tree. A run that decides in rounds ([`crate::engine::run`]) computes them once.
#[derive(Clone, Debug, Default)]
pub struct PageFacts {
    counts: Vec<Counts>,
    /// Whether each node is inside (or is) an element hidden by markup or by Sourcelight.
    hidden: Vec<bool>,
    /// Whether each node is an element hidden by its own markup ([`Page::hidden_by_markup`]:
    /// asked of every element by several decisions, and reading a style costs).
    hidden_by_markup: Vec<bool>,
    /// Whether each node is inside a shadow tree.
    shadow: Vec<bool>,
}

impl PageFacts {
    /// The facts of `snap`'s nodes.
    pub fn of(snap: &Snapshot) -> PageFacts {
        let mut counts = vec![Counts::default(); snap.nodes.len()];
        // Nodes come in document order, so every child has a larger id than its parent: a reverse
        // pass sees each node after all its descendants.
        for id in (0..snap.nodes.len()).rev() {
            let node = &snap.nodes[id];
            match &node.data {
                NodeData::Text(t) => counts[id] = text_counts(t),
                NodeData::Element(e) => {
                    let mut c = Counts::default();
                    for &child in &node.children {
                        c.add(&counts[child]);
                    }
                    c.elements += 1;
                    let tag = e.tag.as_str();
                    if tag == "a" && e.attr("href").is_some() {
                        c.links += 1;
                        c.link_chars = c.chars;
                    }
                    if tag == "p" {
                        c.paragraphs += 1;
                    }
                    if MEDIA_ELEMENTS.contains(tag) {
                        c.media += 1;
                    }
                    let input_type = e.attr("type").unwrap_or("text");
                    if INPUT_ELEMENTS.contains(tag)
                        && !matches!(input_type, "hidden" | "submit" | "button" | "checkbox" | "radio" | "image" | "reset")
                    {
                        c.inputs += 1;
                    }
                    if tag == "button" || e.attr("role") == Some("button") || (tag == "input" && matches!(input_type, "submit" | "button"))
                    {
                        c.buttons += 1;
                    }
                    counts[id] = c;
                }
            }
        }
        // Parents come first, so one forward pass propagates hiding down the tree.
        let by_markup: Vec<bool> = (0..snap.nodes.len()).map(|id| hidden_by_markup(snap, id)).collect();
        let mut hidden = vec![false; snap.nodes.len()];
        let mut shadow = vec![false; snap.nodes.len()];
        for id in 0..snap.nodes.len() {
            let parent = snap.nodes[id].parent;
            hidden[id] = parent.is_some_and(|p| hidden[p]) || by_markup[id] || already_hidden(snap, id);
            shadow[id] = parent.is_some_and(|p| shadow[p]) || snap.nodes[id].shadow;
        }
        PageFacts { counts, hidden, hidden_by_markup: by_markup, shadow }
    }
}

/// The page as decisions see it.
#[derive(Clone)]
pub struct Page<'a> {
    pub snap: &'a Snapshot,
    pub layout: &'a dyn Layout,
    facts: std::borrow::Cow<'a, PageFacts>,
    /// The page's text length when this snapshot holds only part of the page.
    total_override: Option<u32>,
}

impl<'a> Page<'a> {
    pub fn new(snap: &'a Snapshot, layout: &'a dyn Layout) -> Page<'a> {
        Page { snap, layout, facts: std::borrow::Cow::Owned(PageFacts::of(snap)), total_override: None }
    }

    /// The page with facts computed before ([`PageFacts::of`] of the same `snap`).
    pub fn with_facts(snap: &'a Snapshot, layout: &'a dyn Layout, facts: &'a PageFacts) -> Page<'a> {
        Page { snap, layout, facts: std::borrow::Cow::Borrowed(facts), total_override: None }
    }

    /// The same page, for a snapshot that holds only part of it: `total_chars` is the whole
    /// page's text length, as the last full read counted it.
    pub fn with_total_chars(mut self, total_chars: u32) -> Self {
        self.total_override = Some(total_chars);
        self
    }

    /// Counts over the subtree of `id`.
    pub fn counts(&self, id: NodeId) -> &Counts {
        &self.facts.counts[id]
    }

    /// Characters of text in the whole body (or document).
    pub fn total_chars(&self) -> u32 {
        self.total_override.unwrap_or_else(|| self.snap.body.or(self.snap.html).map_or(0, |b| self.facts.counts[b].chars))
    }

    /// Whether the element is hidden by its own markup (the `hidden` attribute, or an inline
    /// `display: none` or `visibility: hidden`) (O(1)).
    pub fn hidden_by_markup(&self, id: NodeId) -> bool {
        self.facts.hidden_by_markup[id]
    }

    /// Whether Sourcelight already hid this element (on an earlier pass).
    pub fn already_hidden(&self, id: NodeId) -> bool {
        already_hidden(self.snap, id)
    }

    /// Whether the node is inside a shadow tree (O(1)).
    pub fn in_shadow(&self, id: NodeId) -> bool {
        self.facts.shadow[id]
    }

    /// Whether the element or an ancestor is hidden by markup or by Sourcelight (O(1)).
    pub fn hidden_in_tree(&self, id: NodeId) -> bool {
        self.facts.hidden[id]
    }
}

/// The counts of a text node: its characters (whitespace excluded) and commas.
// Never inlined into `PageFacts::of`, which runs once per page: V8 cannot move a wasm function to
// optimized code while it runs (no on-stack replacement), so a page's first run would count all
// its text in baseline code. This function, called once per text node, is optimized early.
#[inline(never)]
fn text_counts(text: &str) -> Counts {
    let mut c = Counts::default();
    for (_, ch) in chars::indices(text) {
        if !chars::is_space(ch) {
            c.chars += 1;
            if ch == ',' || ch == '،' || ch == '，' {
                c.commas += 1;
            }
        }
    }
    c
}

/// Whether the element is hidden by its own markup: the `hidden` attribute, or an inline
/// `display: none` or `visibility: hidden` (cheap; no layout needed). Readability's
/// `_isProbablyVisible`, without trusting `aria-hidden`, which consent scripts set on the article
/// (readability#766).
fn hidden_by_markup(snap: &Snapshot, id: NodeId) -> bool {
    snap.element(id).is_some_and(|e| {
        e.attr("hidden").is_some()
            || e.attr("style").is_some_and(|s| contains_squeezed(s, "display:none") || contains_squeezed(s, "visibility:hidden"))
    })
}

/// Whether `text`, ASCII-lowercased and with its spaces taken out, contains `needle` (lowercase,
/// without spaces), without making that copy of it: every node's style is asked.
fn contains_squeezed(text: &str, needle: &str) -> bool {
    let text = text.as_bytes();
    (0..text.len()).any(|start| {
        let mut i = start;
        needle.bytes().all(|n| {
            while text.get(i) == Some(&b' ') {
                i += 1;
            }
            let byte = text.get(i);
            i += 1;
            byte.is_some_and(|b| b.to_ascii_lowercase() == n)
        })
    })
}

fn already_hidden(snap: &Snapshot, id: NodeId) -> bool {
    snap.element(id).is_some_and(|e| e.attr(crate::model::snapshot::HIDDEN_ATTR).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::layout::InlineLayout;
    use crate::model::snapshot::Element;

    #[test]
    fn styles_are_matched_as_if_lowercased_and_without_spaces() {
        for (style, hidden) in [
            ("display:none", true),
            ("color: red; DISPLAY : None !important", true),
            ("visibility :  hidden", true),
            ("display:\tnone", false), // only spaces are taken out, as before
            ("display: block; none", false),
            ("display:non", false),
            ("", false),
        ] {
            let found = contains_squeezed(style, "display:none") || contains_squeezed(style, "visibility:hidden");
            let copied = style.to_ascii_lowercase().replace(' ', "");
            assert_eq!(found, copied.contains("display:none") || copied.contains("visibility:hidden"), "{style:?}");
            assert_eq!(found, hidden, "{style:?}");
        }
    }

    #[test]
    fn counts_sum_up_the_tree() {
        let mut s = Snapshot::default();
        let el = |tag: &str, attrs: &[(&str, &str)]| {
            NodeData::Element(Element {
                tag: tag.into(),
                attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
                ..Default::default()
            })
        };
        let body = s.push(None, el("body", &[]));
        let p = s.push(Some(body), el("p", &[]));
        s.push(Some(p), NodeData::Text("Hello, world ".into()));
        let a = s.push(Some(p), el("a", &[("href", "/x")]));
        s.push(Some(a), NodeData::Text("link".into()));
        s.push(Some(body), el("img", &[]));
        s.push(Some(body), el("input", &[("type", "email")]));
        let layout = InlineLayout::new(&s);
        let page = Page::new(&s, &layout);
        let c = page.counts(body);
        assert_eq!((c.chars, c.link_chars, c.links, c.paragraphs, c.media, c.inputs, c.commas), (15, 4, 1, 1, 1, 1, 1));
        assert_eq!(page.total_chars(), 15);
    }
}
