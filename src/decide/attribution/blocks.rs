//! Text blocks: the article's paragraphs as plain strings, mapped back to text nodes.
//!
//! Attribution works on plain text; the page holds text in nodes split by inline markup
//! ("<b>said</b>"). A [`Block`] joins the text nodes of one block-level element (a paragraph, a
//! list item, a heading) into one string and remembers where each node's text starts, so a span
//! of the string maps back to DOM positions ([`Block::point`]). Whitespace characters that would
//! read as line breaks (`\n`, `\r`, `\t`) become spaces, byte for byte, so offsets stay exact;
//! `<br>` adds a `\n`, which is not part of any node.

use crate::model::page::Page;
use crate::model::plan::TextPoint;
use crate::model::snapshot::{NodeData, NodeId};

use super::table::{words, Words};

/// Elements that start a new block.
static BLOCK_TAGS: Words = words![
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose text is not article prose.
static SKIP_TAGS: Words = words!["aside", "button", "figure", "form", "nav", "select", "textarea"];

/// Blocks shorter than this (bytes) are not worth segmenting.
const MIN_BLOCK_BYTES: usize = 12;

/// A piece of a block: the text of one text node, starting at byte `start` of the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    start: usize,
    node: NodeId,
}

/// One block of text and where its pieces come from.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub text: String,
    pieces: Vec<Piece>,
}

impl Block {
    // Never inlined into `walk`, which runs once per page (see `text_counts` in model/page.rs).
    #[inline(never)]
    fn push_text(&mut self, node: NodeId, t: &str) {
        self.pieces.push(Piece { start: self.text.len(), node });
        // Same byte length: offsets into the node stay offsets into the block. (Found byte by
        // byte: all three are ASCII, and no byte of another character is.)
        let mut rest = t;
        while let Some(i) = rest.bytes().position(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
            self.text.push_str(&rest[..i]);
            self.text.push(' ');
            rest = &rest[i + 1..];
        }
        self.text.push_str(rest);
    }

    /// The DOM position of byte offset `byte` of the block. `end` picks, at a boundary between
    /// two pieces, the end of the earlier piece rather than the start of the later one.
    pub fn point(&self, page: &Page, byte: usize, end: bool) -> Option<TextPoint> {
        let idx = if end {
            self.pieces.partition_point(|p| p.start < byte).checked_sub(1)?
        } else {
            self.pieces.partition_point(|p| p.start <= byte).checked_sub(1)?
        };
        let piece = self.pieces[idx];
        let text = page.snap.text(piece.node)?;
        let local = byte - piece.start;
        let local = local.min(text.len());
        if !text.is_char_boundary(local) {
            return None;
        }
        Some(TextPoint { node: piece.node, offset: text[..local].encode_utf16().count() })
    }
}

/// The text blocks under `roots`, in document order, skipping hidden subtrees, non-prose
/// elements and the subtrees `skip` names.
pub fn collect(page: &Page, roots: &[NodeId], skip: &dyn Fn(NodeId) -> bool) -> Vec<Block> {
    let mut out = Vec::new();
    for &root in roots {
        let mut current = Block::default();
        walk(page, root, skip, &mut current, &mut out);
        flush(&mut current, &mut out);
    }
    out
}

fn flush(current: &mut Block, out: &mut Vec<Block>) {
    let b = std::mem::take(current);
    if b.text.trim().len() >= MIN_BLOCK_BYTES {
        out.push(b);
    }
}

/// Walks the subtree of `root` in document order with an explicit stack (pages nest thousands
/// of elements deep), adding text to `current` and flushing it at block boundaries.
fn walk(page: &Page, root: NodeId, skip: &dyn Fn(NodeId) -> bool, current: &mut Block, out: &mut Vec<Block>) {
    enum Step {
        Enter(NodeId),
        /// The end of a block element: its text is a block of its own.
        Leave,
    }
    let snap = page.snap;
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let id = match step {
            Step::Leave => {
                flush(current, out);
                continue;
            }
            Step::Enter(id) => id,
        };
        match &snap.nodes[id].data {
            NodeData::Text(t) => current.push_text(id, t),
            NodeData::Element(e) => {
                let tag = e.tag.as_str();
                if SKIP_TAGS.contains(tag) || page.hidden_by_markup(id) || page.already_hidden(id) || skip(id) {
                    continue;
                }
                if tag == "br" {
                    current.text.push('\n');
                    continue;
                }
                if BLOCK_TAGS.contains(tag) {
                    flush(current, out);
                    stack.push(Step::Leave);
                }
                stack.extend(snap.nodes[id].children.iter().rev().map(|&c| Step::Enter(c)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::layout::InlineLayout;
    use crate::model::snapshot::{Element, Snapshot};

    #[test]
    fn blocks_join_inline_text_and_map_back() {
        let mut s = Snapshot::default();
        let el = |t: &str| NodeData::Element(Element { tag: t.into(), ..Default::default() });
        let body = s.push(None, el("body"));
        let p = s.push(Some(body), el("p"));
        let t1 = s.push(Some(p), NodeData::Text("Peskov “".into()));
        let b = s.push(Some(p), el("b"));
        let t2 = s.push(Some(b), NodeData::Text("said\nthat".into()));
        let p2 = s.push(Some(body), el("p"));
        s.push(Some(p2), NodeData::Text("Second paragraph here.".into()));
        let layout = InlineLayout::new(&s);
        let page = Page::new(&s, &layout);
        let blocks = collect(&page, &[body], &|_| false);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text, "Peskov “said that");
        let said = blocks[0].text.find("said").unwrap();
        assert_eq!(blocks[0].point(&page, said, false), Some(TextPoint { node: t2, offset: 0 }));
        assert_eq!(blocks[0].point(&page, said, true), Some(TextPoint { node: t1, offset: 8 }));
        assert_eq!(blocks[0].point(&page, said + 4, true), Some(TextPoint { node: t2, offset: 4 }));
    }
}
