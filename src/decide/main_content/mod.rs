//! Main content: which part of the page is the article.
//!
//! Readability's scoring (`_grabArticle`, mozilla/readability @ab4027a), read-only: it never
//! changes the page. Paragraph-like elements of 25+ characters score
//! `1 + commas + min(chars / 100, 3)`; the score flows to five ancestors (parent ×1, grandparent
//! ×1/2, then ×1/(3·level)), each ancestor starting from a tag weight plus a class/id weight; the
//! final score is scaled by `1 − link density`. The best candidate is promoted to a shared
//! ancestor and climbed as Readability does; siblings that look like article text join it.
//!
//! Sourcelight uses the result as a **guard** (nothing inside it is hidden unless it is an exact
//! match of a placeholder kind) and as the region where attribution is highlighted.

mod classes;

pub use classes::{ClassPattern, MAYBE, NEGATIVE, POSITIVE, UNLIKELY};

use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::model::page::Page;
use crate::model::snapshot::NodeId;
use classes::COMPILED;
use rustc_hash::FxHashMap as HashMap;

/// Paragraph-like elements shorter than this (chars, whitespace excluded) do not score.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// How many ancestors a paragraph's score reaches.
const SCORE_LEVELS: usize = 5;
/// How many top candidates are compared when looking for a shared ancestor.
const TOP_CANDIDATES: usize = 5;
/// Candidates within this share of the best score count as "close" (Readability: 0.75).
const CLOSE_SCORE: f64 = 0.75;
/// How many close candidates must share an ancestor for it to be promoted (Readability: 3).
const MIN_SHARED: usize = 3;
/// A class or id match moves an element's score by this much (Readability: 25).
const CLASS_WEIGHT: f64 = 25.0;

/// ARIA roles Readability never takes content from.
const UNLIKELY_ROLES: SortedList = sorted_list!["alert", "alertdialog", "complementary", "dialog", "menu", "menubar", "navigation"];

/// Elements that break a run of inline content (a `div` holding one of these is not a paragraph).
const BLOCK_ELEMENTS: SortedList = sorted_list![
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// The article: its main element and the siblings that join it, in document order, minus the
/// subtrees inside them that are not article (sidebars, navigation, comments: what Readability
/// leaves unscored; its candidate is often a wide container that holds them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MainContent {
    pub roots: Vec<NodeId>,
    pub excluded: Vec<NodeId>,
    /// Elements known to hold a root although the root is not in this snapshot (a partial
    /// snapshot of added nodes reads their ancestors only; the DOM layer fills this in).
    pub holders: Vec<NodeId>,
}

impl MainContent {
    /// Whether `id` is inside (or is) the main content.
    pub fn contains(&self, page: &Page, id: NodeId) -> bool {
        self.roots.iter().any(|&r| page.snap.contains(r, id)) && !self.excluded.iter().any(|&x| page.snap.contains(x, id))
    }

    /// Whether `id` heads a subtree inside a root that is not article.
    pub fn excludes(&self, id: NodeId) -> bool {
        self.excluded.contains(&id)
    }

    /// Whether `id` holds (contains, or is) one of the main content's roots.
    pub fn holds(&self, page: &Page, id: NodeId) -> bool {
        self.holders.contains(&id) || self.roots.iter().any(|&r| page.snap.contains(id, r))
    }
}

/// The class/id weight of an element (±25 per match, as Readability).
fn class_weight(page: &Page, id: NodeId) -> f64 {
    let Some(e) = page.snap.element(id) else { return 0.0 };
    let [_, _, positive, negative] = &*COMPILED;
    let mut w = 0.0;
    let classes = || e.classes.iter().map(String::as_str);
    // The class attribute, then the id, each weighed once (as Readability does).
    for (negative_match, positive_match) in [
        (NEGATIVE.any_match(negative, classes()), POSITIVE.any_match(positive, classes())),
        (NEGATIVE.is_match(negative, &e.id), POSITIVE.is_match(positive, &e.id)),
    ] {
        if negative_match {
            w -= CLASS_WEIGHT;
        }
        if positive_match {
            w += CLASS_WEIGHT;
        }
    }
    w
}

/// Readability's `_initializeNode`: the base score of a tag.
fn tag_weight(tag: &str) -> f64 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Whether an element and its subtree are left out of scoring (Readability's unlikely
/// candidates, unlikely roles, markup-hidden elements).
fn excluded(page: &Page, id: NodeId) -> bool {
    let Some(e) = page.snap.element(id) else { return false };
    if matches!(e.tag.as_str(), "body" | "html" | "a" | "main" | "article") {
        return false;
    }
    if page.hidden_by_markup(id) || e.attr("role").is_some_and(|r| UNLIKELY_ROLES.contains(r)) {
        return true;
    }
    if matches!(e.tag.as_str(), "nav" | "aside" | "footer" | "dialog") {
        return true;
    }
    if e.classes.is_empty() && e.id.is_empty() {
        return false;
    }
    let [unlikely, maybe, _, _] = &*COMPILED;
    let names = || e.classes.iter().map(String::as_str).chain([e.id.as_str()]);
    UNLIKELY.any_match(unlikely, names()) && !MAYBE.any_match(maybe, names())
}

/// Whether an element scores as a paragraph, and with how many characters.
fn paragraph_chars(page: &Page, id: NodeId) -> Option<u32> {
    let e = page.snap.element(id)?;
    let c = page.counts(id);
    let inline_only = || page.snap.nodes[id].children.iter().all(|&k| !BLOCK_ELEMENTS.contains(page.snap.tag(k)));
    let scores = match e.tag.as_str() {
        "p" | "pre" | "td" | "blockquote" => true,
        "div" | "section" | "article" | "span" | "font" => inline_only(),
        _ => false,
    };
    (scores && c.chars >= MIN_PARAGRAPH_CHARS).then_some(c.chars)
}

/// Finds the main content, or an empty [`MainContent`] when no element scores: Readability's
/// `_grabArticle`, step by step.
pub fn find(page: &Page) -> MainContent {
    let snap = page.snap;
    let Some(body) = snap.body.or(snap.html) else { return MainContent::default() };
    let scores = score_paragraphs(page, body);
    let final_score = |id: NodeId| scores.get(&id).map(|s| s * (1.0 - page.counts(id).link_density()));
    let ranked = rank(&scores, &final_score);
    let Some(&(best, best_score)) = ranked.first() else { return MainContent::default() };
    let top = promote_to_shared_ancestor(page, body, &ranked, best);
    let top = climb_while_parents_score_higher(page, body, top, final_score(top).unwrap_or(best_score), &final_score);
    let top = only_child_stands_for_parent(page, body, top);
    if top == body {
        return MainContent::default();
    }
    let roots = with_siblings(page, top, final_score(top).unwrap_or(best_score), &final_score);
    let excluded = excluded_inside(page, &roots);
    MainContent { roots, excluded, holders: Vec::new() }
}

/// Scores every paragraph-like element outside the excluded subtrees and gives the score to its
/// ancestors: `1 + commas + min(chars / 100, 3)`, divided by 1, 2, then 3 × level.
fn score_paragraphs(page: &Page, body: NodeId) -> HashMap<NodeId, f64> {
    let snap = page.snap;
    let mut scores: HashMap<NodeId, f64> = HashMap::default();
    let mut stack = vec![body];
    while let Some(id) = stack.pop() {
        if snap.element(id).is_none() || (id != body && excluded(page, id)) {
            continue;
        }
        let Some(chars) = paragraph_chars(page, id) else {
            stack.extend(snap.nodes[id].children.iter().rev());
            continue;
        };
        // A paragraph's own children do not score again.
        let score = 1.0 + page.counts(id).commas as f64 + (chars as f64 / 100.0).floor().min(3.0);
        for (level, anc) in snap.ancestors(id).take(SCORE_LEVELS).enumerate() {
            if snap.element(anc).is_none() {
                break;
            }
            let entry = scores.entry(anc).or_insert_with(|| tag_weight(snap.tag(anc)) + class_weight(page, anc));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                n => n as f64 * 3.0,
            };
            *entry += score / divider;
            // Never `<html>`: candidates are in `<body>` (Readability skips an ancestor whose parent
            // is not an element).
            if anc == body {
                break;
            }
        }
    }
    scores
}

/// The candidates by final score (scaled by how much of their text is not links), best first.
fn rank(scores: &HashMap<NodeId, f64>, final_score: &dyn Fn(NodeId) -> Option<f64>) -> Vec<(NodeId, f64)> {
    let mut ranked: Vec<(NodeId, f64)> = scores.keys().filter_map(|&id| final_score(id).map(|s| (id, s))).collect();
    // A total order (ids are unique), so unstable is as good as stable, with less code.
    ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// The best candidate, or the nearest ancestor it shares with [`MIN_SHARED`] of the other top
/// candidates that score within [`CLOSE_SCORE`] of it.
fn promote_to_shared_ancestor(page: &Page, body: NodeId, ranked: &[(NodeId, f64)], best: NodeId) -> NodeId {
    let snap = page.snap;
    let best_score = ranked[0].1;
    let close: Vec<NodeId> =
        ranked.iter().skip(1).take(TOP_CANDIDATES - 1).filter(|(_, s)| *s >= best_score * CLOSE_SCORE).map(|(id, _)| *id).collect();
    if close.len() < MIN_SHARED {
        return best;
    }
    snap.ancestors(best)
        .take_while(|&a| a != body)
        .find(|&anc| close.iter().filter(|&&c| snap.contains(anc, c)).count() >= MIN_SHARED)
        .unwrap_or(best)
}

/// Climbs to the parent while it scores higher than the candidate, as Readability does; a parent
/// under a third of the candidate's score stops the climb.
fn climb_while_parents_score_higher(
    page: &Page,
    body: NodeId,
    mut top: NodeId,
    top_score: f64,
    final_score: &dyn Fn(NodeId) -> Option<f64>,
) -> NodeId {
    let snap = page.snap;
    let mut last = top_score;
    let threshold = last / 3.0;
    let mut parent = snap.nodes[top].parent;
    while let Some(p) = parent.filter(|&p| p != body && snap.element(p).is_some()) {
        if let Some(ps) = final_score(p) {
            if ps < threshold {
                break;
            }
            if ps > last {
                top = p;
                break;
            }
            last = ps;
        }
        parent = snap.nodes[p].parent;
    }
    top
}

/// An only child stands for its parent: climbs while the parent has no other element child, up to
/// the child of `<body>` (`<body>` itself stays: it means "no main content", whatever `<html>` holds).
fn only_child_stands_for_parent(page: &Page, body: NodeId, mut top: NodeId) -> NodeId {
    let snap = page.snap;
    while top != body {
        let Some(p) = snap.nodes[top].parent.filter(|&p| p != body) else { break };
        if snap.nodes[p].children.iter().filter(|&&k| snap.element(k).is_some()).count() != 1 {
            break;
        }
        top = p;
    }
    top
}

/// The outermost excluded subtrees inside the roots.
fn excluded_inside(page: &Page, roots: &[NodeId]) -> Vec<NodeId> {
    let snap = page.snap;
    let mut out = Vec::new();
    let mut stack: Vec<NodeId> = roots.iter().flat_map(|&r| snap.nodes[r].children.iter().copied()).collect();
    while let Some(id) = stack.pop() {
        if snap.element(id).is_none() {
            continue;
        }
        if excluded(page, id) {
            out.push(id);
        } else {
            stack.extend(snap.nodes[id].children.iter().copied());
        }
    }
    out.sort_unstable();
    out
}

/// The top candidate plus the siblings Readability appends: those scoring at least
/// `max(10, 0.2 × top)`, and paragraphs that read like article text.
fn with_siblings(page: &Page, top: NodeId, top_score: f64, score: &dyn Fn(NodeId) -> Option<f64>) -> Vec<NodeId> {
    let snap = page.snap;
    let Some(parent) = snap.nodes[top].parent else { return vec![top] };
    let threshold = (top_score * 0.2).max(10.0);
    snap.nodes[parent]
        .children
        .iter()
        .copied()
        .filter(|&s| {
            if s == top {
                return true;
            }
            if snap.element(s).is_none() || excluded(page, s) {
                return false;
            }
            if score(s).is_some_and(|v| v >= threshold) {
                return true;
            }
            let c = page.counts(s);
            if snap.tag(s) == "p" {
                let density = c.link_density();
                return (c.chars > 80 && density < 0.25)
                    || (c.chars > 0 && density == 0.0 && snap.text_content(s).ends_with(['.', '!', '?']));
            }
            false
        })
        .collect()
}
