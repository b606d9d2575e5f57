//! The generic detector: unknown notices, found by what they say and how they sit on the page.
//!
//! A text node with a consent word leads up to the nearest block that makes a consent statement
//! (`statement_block`); around it, the `candidates` for the notice: the nearest fixed, sticky
//! or dialog-like ancestor, or else the largest small block and the largest layer around it. A
//! candidate is a notice (`judge`) when it fits its shape, makes a consent statement, holds a
//! consent control, and serves no other purpose ([`purposes`](super::purposes)):
//!
//! | shape | limit | controls | else |
//! |---|---|---|---|
//! | fixed, sticky, `<dialog open>`, `role=dialog`, popover | [`MAX_NOTICE_CHARS`] | any | — |
//! | small block in the flow | `MAX_STATIC_NOTICE_CHARS` | accept, reject or acknowledge | not an embed placeholder |
//! | block or layer in the flow that offers a subscription ("consent or pay") | `MAX_WALL_CHARS` | accept | page scroll-locked |
//!
//! Never a notice, whatever the shape: an age gate, a prompt to sign in and comment, a paywall
//! (a subscription offer with no way to consent).

use super::purposes::Purposes;
use super::vocabulary::{self, Control};
use super::{backdrops, may_hide, rendered, scroll, Pass};
use crate::model::layout::Position;
use crate::model::page::Page;
use crate::model::plan::RemovalKind;
use crate::model::snapshot::{Element, NodeData, NodeId};
use rustc_hash::FxHashMap as HashMap;

/// A consent statement is looked for in the nearest block with at least this many characters
/// (a statement is a sentence; its words may be split across links and emphasis).
const STATEMENT_CHARS: u32 = 40;
/// A positioned (fixed, sticky, dialog) notice may hold at most this many characters (whitespace
/// excluded): a notice with its settings panel open.
pub const MAX_NOTICE_CHARS: u32 = 6000;
/// A static (not fixed or dialog) notice must be this small: a sentence or two and buttons.
const MAX_STATIC_NOTICE_CHARS: u32 = 600;
/// A "consent or pay" layer may hold at most this many characters: the consent text, two or
/// three offers and their prices (the walls of German and French news sites run to 1,000–2,000).
const MAX_WALL_CHARS: u32 = 3000;
/// How far up from a consent word the container is looked for.
const MAX_CONTAINER_DEPTH: usize = 12;

/// How a candidate sits on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Fixed, sticky or dialog-like: over the page.
    Positioned,
    /// A small block in the flow.
    Small,
    /// A larger layer in the flow, over a page that cannot scroll past it.
    Layer,
}

impl Shape {
    fn max_chars(self) -> u32 {
        match self {
            Shape::Positioned => MAX_NOTICE_CHARS,
            Shape::Small => MAX_STATIC_NOTICE_CHARS,
            Shape::Layer => MAX_WALL_CHARS,
        }
    }
}

/// Finds unknown notices (see the module doc).
pub(crate) fn detect(pass: &mut Pass) {
    let page = pass.page;
    let snap = page.snap;
    // Asked once, and only of a "consent or pay" candidate.
    let locked = std::cell::OnceCell::new();
    let locked = || *locked.get_or_init(|| scroll::page_locked(page));
    let mut seen: Vec<NodeId> = Vec::new();
    // Blocks whose text was checked for a consent statement, and the answer. Text comes first,
    // layout second: most consent words on a page ("Privacy policy" in a footer) are in no
    // statement, and asking the browser for their ancestors' layout is what costs.
    let mut stated: HashMap<NodeId, bool> = HashMap::default();
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Text(t) = &node.data else { continue };
        let Some(parent) = node.parent else { continue };
        if !vocabulary::has_trigger(t) || pass.claimed(id) {
            continue;
        }
        let Some(block) = statement_block(page, id) else { continue };
        let says = *stated.entry(block).or_insert_with(|| vocabulary::makes_statement(&snap.text_content(block)));
        if !says {
            continue;
        }
        for (found, shape) in candidates(pass, parent) {
            // Page stylesheets do not reach into shadow trees: hide the outermost host instead.
            let host = snap.outermost_shadow_host(found).unwrap_or(found);
            if seen.contains(&host) {
                continue;
            }
            seen.push(host);
            if page.hidden_in_tree(host) {
                pass.found.notice_present |= page.already_hidden(host);
                break;
            }
            if let Some((rule, reason)) = judge(pass, found, host, shape, &locked) {
                let node = if shape == Shape::Positioned { backdrops::overlay_around(pass, host) } else { host };
                pass.hide(node, RemovalKind::ConsentNotice, rule.into(), reason);
                break;
            }
        }
    }
}

/// Whether an element is a dialog: an open `<dialog>`, `role=dialog|alertdialog`,
/// `aria-modal=true`, or a popover.
pub fn dialog_like(e: &Element) -> bool {
    (e.tag == "dialog" && e.attr("open").is_some())
        || matches!(e.attr("role"), Some("dialog" | "alertdialog"))
        || e.attr("aria-modal") == Some("true")
        || e.attr("popover").is_some()
}

/// The candidates for the notice around a consent word, in the order they are judged: the
/// nearest fixed, sticky or dialog-like ancestor alone; else the largest layer (for a "consent or
/// pay" wall) and the largest small block.
fn candidates(pass: &Pass, start: NodeId) -> Vec<(NodeId, Shape)> {
    let page = pass.page;
    let snap = page.snap;
    let (mut small, mut layer) = (None, None);
    for id in std::iter::once(start).chain(snap.ancestors(start)).take(MAX_CONTAINER_DEPTH) {
        if Some(id) == snap.body || Some(id) == snap.html {
            break;
        }
        let Some(e) = snap.element(id) else { break };
        let positioned = page.layout.computed(id).is_some_and(|c| matches!(c.position, Position::Fixed | Position::Sticky));
        if dialog_like(e) || positioned {
            return vec![(id, Shape::Positioned)];
        }
        let chars = page.counts(id).chars;
        if chars <= MAX_STATIC_NOTICE_CHARS {
            small = Some(id);
        }
        if chars <= MAX_WALL_CHARS && may_hide(page, pass.main, id) && !holds_article(page, id) {
            layer = Some(id);
        }
    }
    let layer = layer.filter(|&l| small.is_none_or(|s| page.counts(l).chars > page.counts(s).chars));
    layer.map(|l| (l, Shape::Layer)).into_iter().chain(small.map(|s| (s, Shape::Small))).collect()
}

/// Whether the element holds an `<article>` or `<main>` (an in-flow layer never does).
fn holds_article(page: &Page, id: NodeId) -> bool {
    page.snap.descendants(id).any(|d| matches!(page.snap.tag(d), "article" | "main"))
}

/// Whether the candidate `found` (hidden as `host`) is a notice of its shape: the rule and the
/// reason if it is.
fn judge(pass: &Pass, found: NodeId, host: NodeId, shape: Shape, locked: &dyn Fn() -> bool) -> Option<(&'static str, String)> {
    let page = pass.page;
    if !fits(pass, host, shape) {
        return None;
    }
    let text = page.snap.text_content(found);
    if !vocabulary::makes_statement(&text) {
        return None;
    }
    let ctrls = controls(page, found);
    let purposes = Purposes::of(&text);
    if serves_another_purpose(&purposes, &ctrls) {
        return None;
    }
    let langs = vocabulary::statement_languages(&text).join(", ");
    if purposes.subscription_offer && shape != Shape::Positioned {
        // "Consent or pay" in the flow: a wall only over a page that cannot scroll past it.
        return locked().then(|| {
            let reason =
                format!("\"consent or pay\" wall: a layer over the scroll-locked page that asks consent ({langs}) or a subscription");
            ("consent:pay-or-accept", reason)
        });
    }
    let how = match shape {
        Shape::Positioned if !ctrls.is_empty() => "a fixed or dialog element",
        // An embed placeholder in the flow explains why the video is missing.
        Shape::Small if ctrls.iter().any(|c| c.decisive()) && !purposes.embed => "a small block",
        _ => return None,
    };
    Some(("consent:generic", format!("consent notice: {how} that says it uses cookies or asks consent ({langs}) and has consent buttons")))
}

/// Whether the candidate is within its shape's size, holds no text field (a dialog with text
/// fields is a login or a form, complaint kind 5), is not the article and may be hidden.
fn fits(pass: &Pass, host: NodeId, shape: Shape) -> bool {
    let page = pass.page;
    let counts = page.counts(host);
    counts.chars <= shape.max_chars()
        && counts.inputs == 0
        && !pass.main.contains(page, host)
        && may_hide(page, pass.main, host)
        && rendered(page, host)
}

/// Whether a block with consent words is something else (see [`super::purposes`]): an age
/// gate, a prompt to sign in and comment, or a paywall (an offer without a way to consent).
fn serves_another_purpose(p: &Purposes, ctrls: &[Control]) -> bool {
    p.age_gate || p.comment_prompt || (p.subscription_offer && !ctrls.contains(&Control::Accept))
}

/// The consent controls in a subtree: buttons, links and `role=button` whose text is a control.
pub fn controls(page: &Page, id: NodeId) -> Vec<Control> {
    let snap = page.snap;
    snap.descendants(id)
        .filter(|&d| {
            snap.element(d).is_some_and(|e| {
                matches!(e.tag.as_str(), "button" | "a")
                    || e.attr("role") == Some("button")
                    || (e.tag == "input" && matches!(e.attr("type"), Some("submit" | "button")))
            })
        })
        .filter_map(|d| vocabulary::control(&snap.text_content(d)))
        .collect()
}

/// The nearest ancestor of a text node that holds at least a sentence's worth of text
/// ([`STATEMENT_CHARS`]); or, for a very short notice, the largest ancestor that is no larger
/// than a notice can be.
fn statement_block(page: &Page, text_node: NodeId) -> Option<NodeId> {
    let mut last = None;
    for a in page.snap.ancestors(text_node) {
        let chars = page.counts(a).chars;
        if chars > MAX_NOTICE_CHARS {
            break;
        }
        last = Some(a);
        if chars >= STATEMENT_CHARS {
            break;
        }
    }
    last
}
