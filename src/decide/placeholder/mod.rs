//! Placeholder clutter: filler text, widgets that are only a heading, zero counters, empty ad
//! slots and share bars, loading skeletons that never filled and newsletter promos without their
//! form. Hidden in place; never a word of the article.
//!
//! [`detect`] asks each element, in document order, the detectors in turn (`find`):
//! - [`counters`]: a short text that is a counter at zero ("0 comments", "Kommentare (0)");
//! - [`labels`]: an ad or share label over nothing ("Advertisement", "Sponsored content");
//! - [`filler`]: Lorem ipsum or a theme's sample text (outside the article);
//! - [`widgets`]: a title from the widget list with nothing under it ("Recent comments"), the title
//!   being a heading, `role=heading`, a title class, or a `<div>`/`<span>` its style sets apart;
//! - [`skeletons`]: a loading placeholder with nothing in it;
//! - [`promos`]: a newsletter promo with no way to sign up (outside the article).
//!
//! Each climbs from the smallest element whose text is the placeholder to the outermost element
//! that holds nothing else ([`shape::widen`]), so the whole widget goes, not just its text.
//! Guards, beyond [`consent::may_hide`](crate::decide::consent::may_hide): inside the main content
//! only *exact* matches are hidden (a counter's whole text, a listed heading spelt right, a label,
//! an empty skeleton), never filler text (a demo page whose article is Lorem ipsum keeps it); an
//! element with text inputs is never hidden (a working newsletter or comment form).
//!
//! Emptiness can change: a heading whose list loads a second later. Elements hidden as empty are
//! checked again on every scan and restored when content has arrived ([`Findings::restore`]).

pub mod phrases;

pub mod counters;
pub mod filler;
pub mod labels;
pub mod promos;
pub mod shape;
pub mod skeletons;
pub mod widgets;

pub use counters::is_zero_counter;
pub use filler::is_filler;
pub use widgets::{widget_heading, HeadingMatch};

use crate::decide::claims::Claims;
use crate::decide::consent::may_hide;
use crate::decide::main_content::MainContent;
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::{NodeData, NodeId};
use shape::{bare, normalized, MAX_HEADING_CHARS};

/// Counters and labels are at most this long (chars, whitespace excluded).
const MAX_SHORT_CHARS: u32 = 30;
/// A page *is* filler (a theme demo, a test page) when its article is filler, or, without an
/// article found, when filler makes up this share of its text; it then keeps its filler.
/// Readability's corpus has such pages (dev418, svg-parsing, embedded-videos).
const FILLER_PAGE_SHARE: f64 = 0.5;
/// How much of the article's text is read to tell whether it is filler.
const ARTICLE_SAMPLE_CHARS: usize = 600;

/// What the placeholder pass found.
#[derive(Debug, Default)]
pub struct Findings {
    pub hide: Vec<Hide>,
    /// Elements hidden earlier as empty that now have content.
    pub restore: Vec<NodeId>,
}

/// Runs the detectors over the page; `taken` are elements other passes hide.
pub fn detect(page: &Page, main: &MainContent, taken: &[NodeId]) -> Findings {
    let snap = page.snap;
    let mut f = Findings::default();
    let mut hidden = Claims::default();
    for &t in taken {
        hidden.claim(snap, t);
    }
    for (id, node) in snap.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else { continue };
        if let Some(kind) = e.attr(crate::model::snapshot::HIDDEN_ATTR).and_then(RemovalKind::parse) {
            if !still_hidden(page, id, kind) {
                f.restore.push(id);
            }
            continue;
        }
        // Inside shadow trees (web components) only consent notices are handled.
        if hidden.covers(snap, id) || page.hidden_in_tree(id) || page.in_shadow(id) {
            continue;
        }
        let Some(h) = find(page, main, id) else { continue };
        // What the page does not show (mobile-only ad slots on a desktop page) is left alone.
        let shown = page.layout.computed(h.node).is_none_or(|c| c.rendered());
        if shown && may_hide(page, main, h.node) && !hidden.covers(snap, h.node) && !hidden.holds(h.node) {
            hidden.claim(snap, h.node);
            f.hide.push(h);
        }
    }
    if page_is_filler(page, main, &f.hide) {
        f.hide.retain(|h| h.kind != RemovalKind::PlaceholderText);
    }
    f
}

/// The first detector that finds a placeholder at `id`, in the order of the module doc.
fn find(page: &Page, main: &MainContent, id: NodeId) -> Option<Hide> {
    let in_main = main.contains(page, id);
    // The normalized text, made at most once for the detectors that read it (most elements
    // reach none of them).
    let text = std::cell::OnceCell::new();
    let text = || text.get_or_init(|| normalized(page, id)).as_str();
    let short = is_short_text(page, id).then(text);
    short
        .and_then(|text| counters::zero_counter(page, main, id, text))
        .or_else(|| short.and_then(|text| labels::labelled_empty(page, main, id, text)))
        .or_else(|| if in_main { None } else { filler::filler(page, main, id) })
        .or_else(|| widgets::empty_widget(page, main, id, in_main, text))
        .or_else(|| skeletons::unfilled_skeleton(page, main, id))
        .or_else(|| if in_main { None } else { promos::unloaded_newsletter(page, main, id) })
}

/// Whether the element is the innermost holder of a short text (counters and labels are judged
/// there, and only there, on its normalized text).
fn is_short_text(page: &Page, id: NodeId) -> bool {
    let snap = page.snap;
    let chars = page.counts(id).chars;
    let innermost = !snap.nodes[id].children.iter().any(|&k| snap.element(k).is_some() && page.counts(k).chars == chars);
    innermost && (1..=MAX_SHORT_CHARS).contains(&chars)
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
/// zero; an empty widget still only its heading, a skeleton still unfilled, a promo still without
/// its form; an ad slot or share bar still empty. Other kinds stay.
fn still_hidden(page: &Page, id: NodeId, kind: RemovalKind) -> bool {
    match kind {
        RemovalKind::ZeroCounter => is_zero_counter(&normalized(page, id)),
        RemovalKind::EmptyWidget => {
            widgets::still_empty(page, id) || skeletons::still_unfilled(page, id) || promos::is_unloaded_promo(page, id)
        }
        RemovalKind::EmptyAdSlot | RemovalKind::EmptyShareBar => {
            bare(page, id) && normalized(page, id).chars().count() <= MAX_HEADING_CHARS
        }
        _ => true,
    }
}
