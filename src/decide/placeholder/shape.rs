//! What the placeholder detectors share: text as they compare it, what a widget's box holds,
//! how far a find widens, and what counts as a title.

use crate::decide::consent::may_hide;
use crate::decide::main_content::MainContent;
use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::model::page::Page;
use crate::model::snapshot::NodeId;

/// Headings longer than this (chars) are not widget headings.
pub const MAX_HEADING_CHARS: usize = 60;
/// A title set apart by style alone is at least this much larger than the text around it
/// (`font-size` over its parent's; browsers' default `<h4>` is 1.0, `<h3>` 1.17).
const TITLE_SIZE_RATIO: f64 = 1.15;
/// ...or at least this bold (CSS `font-weight`; 600 is "semi-bold").
const TITLE_MIN_WEIGHT: u16 = 600;
/// Elements that a theme styles into a title when it does not use a heading (a card's
/// `<div class="card-header">`, a `<span>` in bold).
pub const STYLED_TITLE_TAGS: SortedList = sorted_list!["div", "p", "span"];
/// Words in a class that name a title.
const TITLE_CLASS_WORDS: SortedList = sorted_list!["heading", "title"];

/// The last byte of '’' (U+2019, E2 80 99) in UTF-8: a text without it has no curly apostrophe.
const CURLY_APOSTROPHE_LAST_BYTE: u8 = 0x99;
const _: () = assert!('’' as u32 == 0x2019);

/// Lowercase, whitespace-collapsed text without trailing ":", "…" or "»", with curly
/// apostrophes made straight ("Lettre d’information").
pub fn normalized(page: &Page, id: NodeId) -> String {
    let mut text = page.snap.text_content(id);
    // Most texts are ASCII: lowercased in place then, and cut in place below (one allocation,
    // the text's own).
    if text.is_ascii() {
        text.make_ascii_lowercase();
    } else {
        text = text.to_lowercase();
    }
    // Most texts have no curly apostrophe: no second copy of them (nor a char search) then.
    if text.as_bytes().contains(&CURLY_APOSTROPHE_LAST_BYTE) {
        text = text.replace('’', "'");
    }
    // (`text_content` has no white space at either end.)
    let kept = text.trim_end_matches([':', '…', '»', '›', '.', '>']).trim_end().len();
    text.truncate(kept);
    text
}

/// Whether the element and its subtree show nothing besides text: no media, inputs, links or
/// buttons.
pub fn bare(page: &Page, id: NodeId) -> bool {
    let c = page.counts(id);
    c.media == 0 && c.inputs == 0 && c.links == 0 && c.buttons == 0
}

/// Climbs from `id` to the outermost ancestor that adds nothing: same text, nothing to show, and
/// still hideable. `extra_chars` lets a widget add a title to filler text.
pub fn widen(page: &Page, main: &MainContent, id: NodeId, extra_chars: u32) -> NodeId {
    let snap = page.snap;
    let base = page.counts(id).chars;
    let mut best = id;
    for anc in snap.ancestors(id) {
        let c = page.counts(anc);
        if c.chars > base + extra_chars || !bare(page, anc) && bare(page, best) || !may_hide(page, main, anc) {
            break;
        }
        if main.roots.contains(&anc) || matches!(snap.tag(anc), "aside" | "nav" | "header" | "footer" | "form") && c.elements > 8 {
            break;
        }
        // The added text must be one title, not a neighbouring widget.
        let others: Vec<NodeId> =
            snap.nodes[anc].children.iter().copied().filter(|&k| !snap.contains(k, best) && page.counts(k).chars > 0).collect();
        if others.len() > 1 || others.iter().any(|&k| snap.element(k).is_some() && !is_title(page, k)) {
            break;
        }
        best = anc;
    }
    best
}

/// Climbs while the parent holds exactly the same text and is not a block of the article.
pub fn widen_same_text(page: &Page, main: &MainContent, id: NodeId) -> NodeId {
    let snap = page.snap;
    let chars = page.counts(id).chars;
    let mut best = id;
    for anc in snap.ancestors(id) {
        if page.counts(anc).chars != chars || page.counts(anc).media > 0 || main.roots.contains(&anc) || !may_hide(page, main, anc) {
            break;
        }
        if matches!(snap.tag(anc), "p" | "li" | "div" | "span" | "a" | "small" | "em" | "strong") {
            best = anc;
        } else {
            break;
        }
    }
    best
}

/// Whether an element is a heading or a widget title: an `<h1>`–`<h6>`, `role=heading`, a class
/// that says so (`.widget-title`, `.box-heading`), or a short `<div>`/`<p>`/`<span>` set apart by
/// its computed style (bold, or larger than the text around it).
pub fn is_title(page: &Page, id: NodeId) -> bool {
    is_marked_title(page, id) || styled_title(page, id)
}

/// Whether the markup says the element is a title (tag, role or class), without asking style.
pub fn is_marked_title(page: &Page, id: NodeId) -> bool {
    let Some(e) = page.snap.element(id) else { return false };
    is_heading(&e.tag) || e.attr("role") == Some("heading") || e.classes.iter().any(|c| TITLE_CLASS_WORDS.iter().any(|w| c.contains(w)))
}

pub fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// A short text element that its style makes a title (see [`is_title`]): never a piece of a title
/// that the markup already makes one ("Most Popular <span>popular</span>" inside an `<h2>`), nor a
/// word inside running text.
fn styled_title(page: &Page, id: NodeId) -> bool {
    let snap = page.snap;
    let chars = page.counts(id).chars as usize;
    if !STYLED_TITLE_TAGS.contains(snap.tag(id)) || chars == 0 || chars > MAX_HEADING_CHARS || !bare(page, id) {
        return false;
    }
    let inline_in_text =
        snap.nodes[id].parent.is_some_and(|p| snap.nodes[p].children.iter().any(|&c| snap.text(c).is_some_and(|t| !t.trim().is_empty())));
    if inline_in_text || snap.ancestors(id).any(|a| is_marked_title(page, a)) {
        return false;
    }
    let Some(style) = page.layout.computed(id) else { return false };
    let around = snap.nodes[id].parent.and_then(|p| page.layout.computed(p)).map_or(0.0, |c| c.font_size);
    style.font_weight >= TITLE_MIN_WEIGHT || (around > 0.0 && style.font_size >= around * TITLE_SIZE_RATIO)
}

/// Whether something with content follows `node` among its siblings before the next title
/// (the start of another widget): then `node` only introduces that content.
pub fn content_follows(page: &Page, node: NodeId) -> bool {
    let snap = page.snap;
    let Some(parent) = snap.nodes[node].parent else { return false };
    let siblings = &snap.nodes[parent].children;
    let pos = siblings.iter().position(|&s| s == node).unwrap_or(0);
    for &s in &siblings[pos + 1..] {
        if snap.text(s).is_some_and(|t| !t.trim().is_empty()) {
            return true;
        }
        if snap.element(s).is_none() {
            continue;
        }
        // The next widget: a title, or a box that opens with one.
        let first_child = snap.nodes[s].children.iter().copied().find(|&c| snap.element(c).is_some());
        if is_title(page, s) || first_child.is_some_and(|c| is_title(page, c)) {
            return false;
        }
        if page.counts(s).chars > 0 || !bare(page, s) {
            return true;
        }
    }
    false
}

/// Whether the element sits inside a link or a control: a label there ("Share" under a share
/// icon) names a working control, not an empty bar.
pub fn inside_control(page: &Page, id: NodeId) -> bool {
    std::iter::once(id).chain(page.snap.ancestors(id)).any(|a| is_control(page, a))
}

/// Whether node `id` is a link or a control element.
fn is_control(page: &Page, id: NodeId) -> bool {
    page.snap.element(id).is_some_and(|e| {
        (e.tag == "a" && e.attr("href").is_some()) || matches!(e.tag.as_str(), "button" | "label") || e.attr("role") == Some("button")
    })
}

/// Whether an element sibling right before or after `node` is a link or a control: a "Share"
/// tooltip beside its share link.
pub fn beside_control(page: &Page, node: NodeId) -> bool {
    let snap = page.snap;
    let Some(parent) = snap.nodes[node].parent else { return false };
    let elements: Vec<NodeId> = snap.nodes[parent].children.iter().copied().filter(|&c| snap.element(c).is_some()).collect();
    let Some(pos) = elements.iter().position(|&c| c == node) else { return false };
    let before = pos.checked_sub(1).map(|k| elements[k]);
    before.into_iter().chain(elements.get(pos + 1).copied()).any(|s| is_control(page, s))
}
