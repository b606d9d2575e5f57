//! A small subset of CSS selectors, matched against a [`Snapshot`].
//!
//! Rule tables (CMP markers) are written as CSS selectors so that the same text serves twice: the
//! engine matches them here, and the build writes them into the stylesheet that hides known
//! notices at `document_start`. Supported: type, `#id`, `.class`, `[attr]`, `[attr=v]`,
//! `[attr^=v]`, `[attr*=v]`, `[attr$=v]`, compounds of these, and the descendant (` `) and child
//! (`>`) combinators. Anything else is an [`Error`] of one of the `Selector…` kinds.

use crate::error::{Error, ErrorKind};
use crate::model::snapshot::{Element, NodeId, Snapshot};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
enum AttrOp {
    Exists,
    Equals(String),
    Prefix(String),
    Contains(String),
    Suffix(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, AttrOp)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Combinator {
    Descendant,
    Child,
}

/// A parsed selector: compounds from left to right, each with the combinator that joins it to
/// the one before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    text: String,
    parts: Vec<(Combinator, Compound)>,
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text)
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

impl Selector {
    /// Parses `text`.
    pub fn parse(text: &str) -> Result<Selector, Error> {
        let err = |kind| Error::new(kind, text);
        let mut parts = Vec::new();
        let mut chars = text.trim().chars().peekable();
        let mut comb = Combinator::Descendant;
        while chars.peek().is_some() {
            let c = compound(&mut chars).map_err(err)?.ok_or_else(|| err(ErrorKind::SelectorUnsupported))?;
            parts.push((comb, c));
            let mut saw_space = false;
            while chars.next_if(|c| c.is_whitespace()).is_some() {
                saw_space = true;
            }
            comb = if chars.next_if_eq(&'>').is_some() {
                while chars.next_if(|c| c.is_whitespace()).is_some() {}
                Combinator::Child
            } else if saw_space {
                Combinator::Descendant
            } else if chars.peek().is_some() {
                return Err(err(ErrorKind::SelectorUnsupported));
            } else {
                break;
            };
            if chars.peek().is_none() {
                return Err(err(ErrorKind::SelectorDanglingCombinator));
            }
        }
        if parts.is_empty() {
            return Err(err(ErrorKind::SelectorEmpty));
        }
        Ok(Selector { text: text.trim().to_string(), parts })
    }

    /// The id the rightmost compound requires, if any (for indexing rule tables).
    pub fn key_id(&self) -> Option<&str> {
        self.parts.last()?.1.id.as_deref()
    }

    /// The first class the rightmost compound requires, if any (for indexing rule tables).
    pub fn key_class(&self) -> Option<&str> {
        self.parts.last()?.1.classes.first().map(String::as_str)
    }

    /// Whether element `id` of `snap` matches.
    pub fn matches(&self, snap: &Snapshot, id: NodeId) -> bool {
        self.matches_from(snap, id, self.parts.len() - 1)
    }

    fn matches_from(&self, snap: &Snapshot, id: NodeId, k: usize) -> bool {
        let Some(e) = snap.element(id) else { return false };
        let (comb, compound) = &self.parts[k];
        if !compound_matches(compound, e) {
            return false;
        }
        if k == 0 {
            return true;
        }
        match comb {
            Combinator::Child => snap.nodes[id].parent.is_some_and(|p| self.matches_from(snap, p, k - 1)),
            Combinator::Descendant => snap.ancestors(id).any(|a| self.matches_from(snap, a, k - 1)),
        }
    }
}

/// One compound (`div#id.a[b=c]`), or `None` when the text does not start with one.
fn compound(chars: &mut std::iter::Peekable<std::str::Chars>) -> Result<Option<Compound>, ErrorKind> {
    let mut c = Compound::default();
    let mut any = false;
    loop {
        match chars.peek().copied() {
            Some(sigil @ ('#' | '.')) => {
                chars.next();
                let name: String = std::iter::from_fn(|| chars.next_if(|&c| is_ident_char(c))).collect();
                if name.is_empty() {
                    return Err(ErrorKind::SelectorEmptyName);
                }
                if sigil == '#' {
                    c.id = Some(name);
                } else {
                    c.classes.push(name);
                }
            }
            Some('[') => {
                chars.next();
                let inner: String = std::iter::from_fn(|| chars.next_if(|&c| c != ']')).collect();
                if chars.next() != Some(']') {
                    return Err(ErrorKind::SelectorUnclosedBracket);
                }
                c.attrs.push(parse_attr(&inner).ok_or(ErrorKind::SelectorBadAttribute)?);
            }
            Some(ch) if is_ident_char(ch) && !any => {
                let name: String = std::iter::from_fn(|| chars.next_if(|&c| is_ident_char(c))).collect();
                c.tag = Some(name.to_ascii_lowercase());
            }
            Some('*') if !any => {
                chars.next();
            }
            _ => break,
        }
        any = true;
    }
    Ok(any.then_some(c))
}

fn parse_attr(inner: &str) -> Option<(String, AttrOp)> {
    let unquote = |v: &str| v.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
    for (op, make) in
        [("^=", AttrOp::Prefix as fn(String) -> AttrOp), ("*=", AttrOp::Contains), ("$=", AttrOp::Suffix), ("=", AttrOp::Equals)]
    {
        if let Some((name, value)) = inner.split_once(op) {
            // `[a~=b]` and `[a|=b]` would otherwise read as an attribute named "a~" or "a|".
            let name = name.trim().to_ascii_lowercase();
            return (!name.is_empty() && name.chars().all(is_ident_char)).then(|| (name, make(unquote(value))));
        }
    }
    let name = inner.trim().to_ascii_lowercase();
    (!name.is_empty() && name.chars().all(is_ident_char)).then_some((name, AttrOp::Exists))
}

fn compound_matches(c: &Compound, e: &Element) -> bool {
    if c.tag.as_ref().is_some_and(|t| *t != e.tag) {
        return false;
    }
    if c.id.as_ref().is_some_and(|id| *id != e.id) {
        return false;
    }
    if !c.classes.iter().all(|cl| e.has_class(cl)) {
        return false;
    }
    c.attrs.iter().all(|(name, op)| {
        let joined;
        let value = match name.as_str() {
            "id" => (!e.id.is_empty()).then_some(e.id.as_str()),
            "class" => {
                joined = e.classes.join(" ");
                (!e.classes.is_empty()).then_some(joined.as_str())
            }
            _ => e.attr(name),
        };
        match (op, value) {
            (_, None) => false,
            (AttrOp::Exists, Some(_)) => true,
            (AttrOp::Equals(v), Some(x)) => x == v,
            (AttrOp::Prefix(v), Some(x)) => x.starts_with(v.as_str()),
            (AttrOp::Contains(v), Some(x)) => x.contains(v.as_str()),
            (AttrOp::Suffix(v), Some(x)) => x.ends_with(v.as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::snapshot::NodeData;

    fn el(tag: &str, id: &str, classes: &[&str], attrs: &[(&str, &str)]) -> NodeData {
        NodeData::Element(Element {
            tag: tag.into(),
            id: id.into(),
            classes: classes.iter().map(|c| c.to_string()).collect(),
            attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            shadow_host: false,
        })
    }

    #[test]
    fn matches_ids_classes_attributes_and_combinators() {
        let mut s = Snapshot::default();
        let root = s.push(None, el("div", "", &["klaro"], &[]));
        let notice = s.push(Some(root), el("div", "sp_message_container_123", &["cookie-notice", "x"], &[("role", "dialog")]));
        let deep = s.push(Some(notice), el("button", "", &["cn-decline"], &[]));
        let m = |sel: &str, id| Selector::parse(sel).unwrap().matches(&s, id);
        assert!(m(".klaro > .cookie-notice", notice));
        assert!(m(".klaro .cn-decline", deep));
        assert!(!m(".klaro > .cn-decline", deep));
        assert!(m("div[id^=sp_message_container_]", notice));
        assert!(m("[role=\"dialog\"].x", notice));
        assert!(m("[class*=cookie-no]", notice));
        assert!(!m("#other", notice));
        assert!(m("*", deep));
    }

    #[test]
    fn rejects_what_it_does_not_support() {
        use ErrorKind::*;
        let cases = [
            ("", SelectorEmpty),
            ("div:not(.x)", SelectorUnsupported),
            ("a + b", SelectorUnsupported),
            ("div >", SelectorDanglingCombinator),
            ("[", SelectorUnclosedBracket),
            ("#", SelectorEmptyName),
            ("[a~=b]", SelectorBadAttribute),
            ("[a|=b]", SelectorBadAttribute),
            ("[a b]", SelectorBadAttribute),
        ];
        for (bad, kind) in cases {
            assert_eq!(Selector::parse(bad).map_err(|e| e.kind()), Err(kind), "{bad:?}");
        }
    }

    #[test]
    fn keys_come_from_the_rightmost_compound() {
        let s = Selector::parse(".klaro > div#n.cookie-notice").unwrap();
        assert_eq!((s.key_id(), s.key_class()), (Some("n"), Some("cookie-notice")));
    }
}
