//! Placeholder clutter: filler text, widgets that are only a heading, zero counters, empty ad
//! slots and empty share bars. Hidden in place; never a word of the article.
//!
//! Each detector starts from the smallest element whose text is the placeholder and climbs to the
//! outermost element that holds nothing else ([`widen`]), so the whole widget goes, not just its
//! text. Guards, beyond [`consent::may_hide`](crate::decide::consent::may_hide): inside the main content
//! only *exact* matches are hidden (a counter's whole text, a listed heading spelt right, a label),
//! never filler text (a demo page whose article is Lorem ipsum keeps it); an element with text
//! inputs is never hidden (a working newsletter form).
//!
//! Emptiness can change: a heading whose list loads a second later. Elements hidden as empty are
//! checked again on every scan and restored when content has arrived ([`Findings::restore`]).

pub mod phrases;

use crate::decide::consent::may_hide;
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::{NodeData, NodeId};
use regex_lite::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Filler text must have at least this many words...
const MIN_FILLER_WORDS: usize = 4;
/// ...and at least this share of them must be Lorem ipsum words.
const MIN_LOREM_SHARE: f64 = 0.7;
/// Headings longer than this (chars) are not widget headings.
const MAX_HEADING_CHARS: usize = 60;
/// Misspelt headings within this edit distance still match ("Laest News" for "Latest News");
/// only for headings at least [`MIN_FUZZY_CHARS`] long.
const MAX_HEADING_TYPOS: usize = 1;
const MIN_FUZZY_CHARS: usize = 8;
/// Counters and labels are at most this long (chars, whitespace excluded).
const MAX_SHORT_CHARS: u32 = 30;
/// A page *is* filler (a theme demo, a test page) when its article is filler, or, without an
/// article found, when filler makes up this share of its text; it then keeps its filler.
/// Readability's corpus has such pages (dev418, svg-parsing, embedded-videos).
const FILLER_PAGE_SHARE: f64 = 0.5;
/// How much of the article's text is read to tell whether it is filler.
const ARTICLE_SAMPLE_CHARS: usize = 600;
/// A widget may add at most this many characters (its title) to its filler text.
const MAX_TITLE_CHARS: u32 = 40;

struct Compiled {
    lorem: HashSet<&'static str>,
    zero: Vec<Regex>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| Compiled {
    lorem: phrases::LOREM_WORDS.iter().copied().collect(),
    zero: phrases::ZERO_COUNTERS.iter().map(|p| Regex::new(p).expect("zero-counter pattern")).collect(),
});

/// What the placeholder pass found.
#[derive(Debug, Default)]
pub struct Findings {
    pub hide: Vec<Hide>,
    /// Elements hidden earlier as empty that now have content.
    pub restore: Vec<NodeId>,
}

/// Lowercase, whitespace-collapsed text without trailing ":", "…" or "»", with curly
/// apostrophes made straight ("Lettre d’information").
fn normalized(page: &Page, id: NodeId) -> String {
    let text = page.snap.text_content(id).to_lowercase().replace('’', "'");
    text.trim().trim_end_matches([':', '…', '»', '›', '.', '>']).trim().to_string()
}

/// Whether a normalized text is a counter at zero ("0 comment", "No comments yet").
pub fn is_zero_counter(text: &str) -> bool {
    phrases::COUNTER_NOUNS.iter().any(|n| text.contains(n)) && COMPILED.zero.iter().any(|r| r.is_match(text))
}

/// Whether the text is filler: Lorem ipsum words, or a theme's sample sentence.
pub fn is_filler(text: &str) -> bool {
    let lower = text.to_lowercase();
    if phrases::SAMPLE_TEXT.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    if words.len() < MIN_FILLER_WORDS {
        return false;
    }
    let lorem = words.iter().filter(|w| COMPILED.lorem.contains(*w)).count();
    lorem as f64 / words.len() as f64 >= MIN_LOREM_SHARE
}

/// How a heading text matches the widget-heading list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadingMatch {
    Exact,
    Misspelt,
}

/// Whether a normalized text is a widget heading ("you may also like", "laest news").
pub fn widget_heading(text: &str) -> Option<HeadingMatch> {
    if text.is_empty() || text.chars().count() > MAX_HEADING_CHARS {
        return None;
    }
    if phrases::WIDGET_HEADINGS.binary_search(&text).is_ok() {
        return Some(HeadingMatch::Exact);
    }
    let n = text.chars().count();
    // Edit distance only where the lengths allow it.
    let close = n >= MIN_FUZZY_CHARS
        && phrases::WIDGET_HEADINGS
            .iter()
            .any(|h| h.chars().count().abs_diff(n) <= MAX_HEADING_TYPOS && strsim::damerau_levenshtein(h, text) <= MAX_HEADING_TYPOS);
    close.then_some(HeadingMatch::Misspelt)
}

/// Whether the element and its subtree show nothing besides text: no media, inputs, links or
/// buttons.
fn bare(page: &Page, id: NodeId) -> bool {
    let c = page.counts(id);
    c.media == 0 && c.inputs == 0 && c.links == 0 && c.buttons == 0
}

/// Climbs from `id` to the outermost ancestor that adds nothing: same text, nothing to show, and
/// still hideable. `extra_chars` lets a widget add a title to filler text.
fn widen(page: &Page, main: &MainContent, id: NodeId, extra_chars: u32) -> NodeId {
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

/// Runs the detectors over the page.
pub fn detect(page: &Page, main: &MainContent, taken: &[NodeId]) -> Findings {
    let snap = page.snap;
    let mut f = Findings::default();
    let mut hidden: Vec<NodeId> = taken.to_vec();
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else { continue };
        if let Some(kind) = e.attr(crate::model::snapshot::HIDDEN_ATTR).and_then(RemovalKind::parse) {
            if !still_hidden(page, id, kind) {
                f.restore.push(id);
            }
            continue;
        }
        // Inside shadow trees (web components) only consent notices are handled.
        if hidden.iter().any(|&h| snap.contains(h, id)) || page.hidden_in_tree(id) || page.in_shadow(id) {
            continue;
        }
        let in_main = main.contains(page, id);
        // Counters and labels are short texts held by the innermost element that has them:
        // normalise that text once, and only there.
        let c = page.counts(id);
        let innermost = !snap.nodes[id].children.iter().any(|&k| snap.element(k).is_some() && page.counts(k).chars == c.chars);
        let short = (innermost && (1..=MAX_SHORT_CHARS).contains(&c.chars)).then(|| normalized(page, id));
        let found = short
            .as_deref()
            .and_then(|text| zero_counter(page, main, id, text).or_else(|| labelled_empty(page, main, id, text)))
            .or_else(|| if in_main { None } else { filler(page, main, id) })
            .or_else(|| empty_widget(page, main, id, in_main));
        if let Some(h) = found {
            // What the page does not show (mobile-only ad slots on a desktop page) is left alone.
            let shown = page.layout.computed(h.node).is_none_or(|c| c.rendered());
            if shown && may_hide(page, main, h.node) && !hidden.iter().any(|&x| snap.contains(h.node, x) || snap.contains(x, h.node)) {
                hidden.push(h.node);
                f.hide.push(h);
            }
        }
    }
    if page_is_filler(page, main, &f.hide) {
        f.hide.retain(|h| h.kind != RemovalKind::PlaceholderText);
    }
    f
}

/// Whether the page's content is itself filler (see [`FILLER_PAGE_SHARE`]).
fn page_is_filler(page: &Page, main: &MainContent, hides: &[Hide]) -> bool {
    let filler: u32 = hides.iter().filter(|h| h.kind == RemovalKind::PlaceholderText).map(|h| page.counts(h.node).chars).sum();
    if filler == 0 {
        return false;
    }
    let article: String = main.roots.iter().map(|&r| page.snap.text_content(r)).collect::<Vec<_>>().join(" ");
    let sample: String = article.chars().take(ARTICLE_SAMPLE_CHARS).collect();
    (!sample.is_empty() && is_filler(&sample)) || filler as f64 >= page.total_chars() as f64 * FILLER_PAGE_SHARE
}

/// Whether an element hidden as `kind` on an earlier scan should stay hidden: a counter still at
/// zero, an empty widget, ad slot or share bar still empty. Other kinds stay.
fn still_hidden(page: &Page, id: NodeId, kind: RemovalKind) -> bool {
    let text = normalized(page, id);
    match kind {
        RemovalKind::ZeroCounter => is_zero_counter(&text),
        RemovalKind::EmptyWidget | RemovalKind::EmptyAdSlot | RemovalKind::EmptyShareBar => {
            bare(page, id) && text.chars().count() <= MAX_HEADING_CHARS
        }
        _ => true,
    }
}

/// A counter at zero: `text` is the element's normalized text.
fn zero_counter(page: &Page, main: &MainContent, id: NodeId, text: &str) -> Option<Hide> {
    if page.counts(id).inputs > 0 || !is_zero_counter(text) {
        return None;
    }
    let snap = page.snap;
    // "No comments yet" over a comment form is an invitation, not clutter.
    if snap.ancestors(id).take(3).any(|a| page.counts(a).inputs > 0) {
        return None;
    }
    let node = widen_same_text(page, main, id);
    Some(Hide {
        node,
        kind: RemovalKind::ZeroCounter,
        rule: "placeholder:zero-counter".into(),
        reason: format!("counter at zero (\"{}\")", snap.text_content(id)),
    })
}

/// Climbs while the parent holds exactly the same text and is not a block of the article.
fn widen_same_text(page: &Page, main: &MainContent, id: NodeId) -> NodeId {
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

fn filler(page: &Page, main: &MainContent, id: NodeId) -> Option<Hide> {
    let snap = page.snap;
    // Start from a block whose own text is filler: a paragraph-like element with text of its own
    // (a wrapper is reached by widening, never judged on its mixed text).
    let own_text = snap.nodes[id].children.iter().any(|&k| snap.text(k).is_some_and(|t| t.trim().len() > 3));
    if !matches!(snap.tag(id), "p" | "span" | "div" | "li" | "blockquote" | "td") || page.counts(id).chars < 12 || !own_text {
        return None;
    }
    let text = snap.text_content(id);
    if !is_filler(&text) {
        return None;
    }
    let node = widen(page, main, id, MAX_TITLE_CHARS);
    let preview: String = text.chars().take(40).collect();
    Some(Hide {
        node,
        kind: RemovalKind::PlaceholderText,
        rule: "placeholder:filler".into(),
        reason: format!("placeholder text outside the article (\"{preview}…\")"),
    })
}

fn empty_widget(page: &Page, main: &MainContent, id: NodeId, in_main: bool) -> Option<Hide> {
    let snap = page.snap;
    if !is_title(page, id) || !bare(page, id) {
        return None;
    }
    let text = normalized(page, id);
    let how = widget_heading(&text)?;
    if in_main && how != HeadingMatch::Exact {
        return None;
    }
    // The widget is the heading's outermost container that holds nothing else, and no content
    // may follow it before the next widget ("<header><h2>Trending</h2></header><ol>…</ol>").
    let node = widen(page, main, id, 0);
    if content_follows(page, node) {
        return None;
    }
    let spelt = if how == HeadingMatch::Misspelt { ", misspelt" } else { "" };
    Some(Hide {
        node,
        kind: RemovalKind::EmptyWidget,
        rule: "placeholder:empty-widget".into(),
        reason: format!("widget with only a heading (\"{}\"{spelt}) and nothing under it", snap.text_content(id)),
    })
}

/// Whether something with content follows `node` among its siblings before the next heading
/// (the start of another widget): then `node` only introduces that content.
fn content_follows(page: &Page, node: NodeId) -> bool {
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
fn inside_control(page: &Page, id: NodeId) -> bool {
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
fn beside_control(page: &Page, node: NodeId) -> bool {
    let snap = page.snap;
    let Some(parent) = snap.nodes[node].parent else { return false };
    let elements: Vec<NodeId> = snap.nodes[parent].children.iter().copied().filter(|&c| snap.element(c).is_some()).collect();
    let Some(pos) = elements.iter().position(|&c| c == node) else { return false };
    let before = pos.checked_sub(1).map(|k| elements[k]);
    before.into_iter().chain(elements.get(pos + 1).copied()).any(|s| is_control(page, s))
}

/// Whether an element is a heading or a widget title (`.widget-title`, `.box-heading`).
fn is_title(page: &Page, id: NodeId) -> bool {
    is_heading(page.snap.tag(id))
        || page.snap.element(id).is_some_and(|e| e.classes.iter().any(|c| c.contains("title") || c.contains("heading")))
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// An ad label over an empty box, or a share label with no links: `text` is the label's
/// normalized text.
fn labelled_empty(page: &Page, main: &MainContent, id: NodeId, text: &str) -> Option<Hide> {
    let snap = page.snap;
    if !bare(page, id) {
        return None;
    }
    if inside_control(page, id) {
        return None;
    }
    let (kind, rule, what) = if phrases::AD_LABELS.binary_search(&text).is_ok() {
        (RemovalKind::EmptyAdSlot, "placeholder:empty-ad-slot", "ad label over an empty slot")
    } else if phrases::SHARE_LABELS.binary_search(&text).is_ok() {
        (RemovalKind::EmptyShareBar, "placeholder:empty-share-bar", "share bar with no links")
    } else {
        return None;
    };
    let node = widen(page, main, id, 0);
    // The label must sit in a box of its own that has room for the (missing) content, and the
    // controls must not be right next to it (a tooltip "Share" beside a share link).
    if node == id || page.counts(node).elements < 2 {
        return None;
    }
    if kind == RemovalKind::EmptyShareBar && beside_control(page, node) {
        return None;
    }
    Some(Hide { node, kind, rule: rule.into(), reason: format!("{what} (\"{}\")", snap.text_content(id)) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_is_lorem_or_sample_text() {
        assert!(is_filler("Lorem ipsum dolor sit amet, consect etur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis."));
        assert!(is_filler("Sample text. Click to edit."));
        assert!(!is_filler("Lorem ipsum is the filler text typesetters have used since the 1500s, from Cicero's treatise."));
        assert!(!is_filler("Lorem ipsum"));
    }

    #[test]
    fn widget_headings_match_exactly_or_with_one_typo() {
        assert_eq!(widget_heading("you may also like"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("laest news"), Some(HeadingMatch::Misspelt));
        assert_eq!(widget_heading("newsletter"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("tags"), Some(HeadingMatch::Exact));
        assert_eq!(widget_heading("tax"), None);
        assert_eq!(widget_heading("the latest news on the war in ukraine"), None);
    }
}
