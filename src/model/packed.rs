//! The packed snapshot: the page as the page side reads it, in one string.
//!
//! The content script walks the DOM in JavaScript (`extension/content/walk.js`) and sends one
//! string; [`decode`] turns it into a [`Snapshot`]. One string is one crossing between
//! JavaScript and WebAssembly (and one message to the extension's background) instead of several
//! per node.
//!
//! Format, version 4: fields each ended by [`SEPARATOR`], U+007F (DELETE), a control character
//! that page text has no use for (inside page text it arrives as U+FFFD); first a header record,
//! then one record per node, a parent always before its children. The separator is one byte in
//! UTF-8 and needs no escape in JSON, as which Chrome's extension messaging sends the string.
//! (Version 2 ended fields by NUL, which JSON escapes to six bytes "\u0000"; version 3 by U+E000:
//! three bytes in UTF-8 after fields of seven on average over Readability's 130 pages, and every
//! snapshot a two-byte string in V8.)
//!
//! ```text
//! header:  "S", version (VERSION), text nodes cut, nodes left out
//! element: "E", handle, parent, tag, id, class, shadow, n, then n pairs of attribute name and value
//! text:    "T", parent, shadow, data
//! ```
//! - `handle`: the page side's number for the live element, the same in every read of one
//!   document (a text node has none: no decision names one from one read to the next);
//! - `parent`: the index of the parent record in this read, or "" for a root;
//! - `shadow`: "1" when the node is a top-level node of its parent's shadow root (open or closed);
//! - whitespace-only text arrives as one space; the attributes in
//!   [`PRESENCE_ATTRIBUTES`](super::snapshot::PRESENCE_ATTRIBUTES) arrive with an empty value;
//! - text is cut to the page side's per-node limit and nodes past its per-read limits are left
//!   out; the header counts both ([`Truncated`]).
//!
//! A malformed record ends the snapshot: the nodes before it are kept (bad input is skipped,
//! never a panic). An unknown version is an error.

use super::snapshot::{Element, NodeData, NodeId, Snapshot, Truncated};
use crate::error::{Error, ErrorKind};

/// The format version this engine reads.
pub const VERSION: &str = "4";

/// What ends each field (ASCII: one byte in UTF-8, and that byte is never part of another
/// character).
pub const SEPARATOR: char = '\u{7F}';

/// Decodes a packed snapshot (see the module docs for the format).
pub fn decode(packed: &str) -> Result<Snapshot, Error> {
    let mut f = Fields { rest: Some(packed) };
    let mut snap = Snapshot::default();
    match (f.next(), f.next()) {
        (Some("S"), Some(VERSION)) => {}
        (Some("S"), Some(v)) => return Err(Error::new(ErrorKind::SnapshotVersion, v)),
        _ => return Err(Error::new(ErrorKind::SnapshotVersion, "no header")),
    }
    let count = |s: Option<&str>| s.and_then(|s| s.parse().ok()).unwrap_or(0);
    snap.truncated = Truncated { text_nodes: count(f.next()), nodes: count(f.next()) };
    while let Some(record) = next_record(&mut f, snap.nodes.len()) {
        let Record { handle, parent, shadow, data } = record;
        // Only elements have children.
        if parent.is_some_and(|p| snap.element(p).is_none()) {
            break;
        }
        let id = snap.push(parent, data);
        snap.handles.push(handle);
        snap.nodes[id].shadow = shadow;
        if let (true, Some(p)) = (shadow, parent) {
            if let NodeData::Element(host) = &mut snap.nodes[p].data {
                host.shadow_host = true;
            }
        }
    }
    Ok(snap)
}

/// The fields of a packed snapshot, as `packed.split(SEPARATOR)` gives them, found by a byte
/// scan ([`SEPARATOR`] is ASCII). (Not `memchr`: in the wasm build it saved nothing, and natively
/// it cost 1.8 % more instructions of deciding: its set-up per call outweighs these short fields.)
struct Fields<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == SEPARATOR as u8) {
            // An ASCII byte: `i` and `i + 1` are char boundaries.
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

const _: () = assert!(SEPARATOR.is_ascii(), "Fields scans for SEPARATOR as a byte");

struct Record {
    handle: u32,
    parent: Option<NodeId>,
    shadow: bool,
    data: NodeData,
}

/// The next well-formed record, or `None` at the end or at the first malformed one. `len`: how
/// many nodes came before (a parent must be one of them).
fn next_record<'a>(f: &mut impl Iterator<Item = &'a str>, len: usize) -> Option<Record> {
    let kind = f.next()?;
    let handle = if kind == "T" { 0 } else { f.next()?.parse().ok()? };
    let parent = match f.next()? {
        "" => None,
        p => Some(p.parse::<NodeId>().ok().filter(|&p| p < len)?),
    };
    let (shadow, data) = match kind {
        "E" => {
            let (tag, id, class, shadow, n) = (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
            let n: usize = n.parse().ok()?;
            let mut attrs = Vec::with_capacity(n.min(64));
            for _ in 0..n {
                attrs.push((f.next()?.to_string(), f.next()?.to_string()));
            }
            let classes = class.split_ascii_whitespace().map(str::to_string).collect();
            let e = Element { tag: tag.to_string(), id: id.to_string(), classes, attrs, shadow_host: false };
            (shadow == "1", NodeData::Element(e))
        }
        "T" => {
            let (shadow, text) = (f.next()?, f.next()?);
            (shadow == "1", NodeData::Text(text.to_string()))
        }
        _ => return None,
    };
    Some(Record { handle, parent, shadow, data })
}

/// Encodes a snapshot in the packed format (the inverse of [`decode`]; for tests and tools).
pub fn encode(snap: &Snapshot) -> String {
    const S: char = SEPARATOR;
    let mut out = format!("S{S}{VERSION}{S}{}{S}{}{S}", snap.truncated.text_nodes, snap.truncated.nodes);
    for (id, node) in snap.nodes.iter().enumerate() {
        let parent = node.parent.map(|p| p.to_string()).unwrap_or_default();
        let shadow = if node.shadow { "1" } else { "" };
        let handle = snap.handle(id);
        match &node.data {
            NodeData::Element(e) => {
                out +=
                    &format!("E{S}{handle}{S}{parent}{S}{}{S}{}{S}{}{S}{shadow}{S}{}{S}", e.tag, e.id, e.classes.join(" "), e.attrs.len());
                for (k, v) in &e.attrs {
                    out += &format!("{k}{S}{v}{S}");
                }
            }
            NodeData::Text(t) => out += &format!("T{S}{parent}{S}{shadow}{S}{t}{S}"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(records: &[&str]) -> String {
        records.iter().map(|r| format!("{r}{SEPARATOR}")).collect()
    }

    #[test]
    fn fields_split_as_str_split_does() {
        for text in ["", "a", "\u{7F}", "a\u{7F}", "\u{7F}b", "a\u{7F}\u{7F}b\u{7F}", "\u{EE00}x\u{7E}\u{7F}é\u{7F}"] {
            assert_eq!(Fields { rest: Some(text) }.collect::<Vec<_>>(), text.split(SEPARATOR).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn records_parse_into_a_tree_with_handles_and_shadow_roots() {
        let p = packed(&[
            "S", "4", "1", "0", //
            "E", "10", "", "html", "", "", "", "1", "lang", "en", //
            "E", "11", "0", "body", "", "a b", "", "0", //
            "T", "1", "", "Hi\u{1}", //
            "E", "13", "1", "x-host", "h", "", "", "0", //
            "E", "14", "3", "div", "", "", "1", "0", //
            "T", "4", "", "inside",
        ]);
        let s = decode(&p).unwrap();
        assert_eq!(s.nodes.len(), 6);
        assert_eq!((s.html, s.body, s.lang.as_deref()), (Some(0), Some(1), Some("en")));
        assert_eq!(s.element(1).unwrap().classes, ["a", "b"]);
        assert_eq!(s.text(2), Some("Hi\u{1}"));
        assert!(s.element(3).unwrap().shadow_host);
        assert_eq!(s.outermost_shadow_host(5), Some(3));
        assert_eq!((s.handle(0), s.handle(4), s.handle(5)), (10, 14, 0), "a text node has no handle");
        assert_eq!(s.truncated, Truncated { text_nodes: 1, nodes: 0 });
        assert_eq!(decode(&encode(&s)).unwrap().handles, s.handles);
    }

    #[test]
    fn a_malformed_tail_is_dropped_and_an_unknown_version_is_an_error() {
        let cut = decode(&packed(&["S", "4", "0", "0", "E", "1", "", "html", "", "", "", "0", "E", "2", "9", "p"])).unwrap();
        assert_eq!(cut.nodes.len(), 1);
        let text_parent = decode(&packed(&["S", "4", "0", "0", "T", "", "", "x", "T", "0", "", "y"])).unwrap();
        assert_eq!(text_parent.nodes.len(), 1, "only elements have children");
        assert_eq!(decode(&packed(&["E"])).map_err(|e| e.kind()).unwrap_err(), ErrorKind::SnapshotVersion);
        assert_eq!(decode(&packed(&["S", "2"])).map_err(|e| e.kind()).unwrap_err(), ErrorKind::SnapshotVersion);
    }
}
