//! Newsletter promos whose sign-up form never loaded: a box that invites to sign up ("Get the
//! morning briefing in your inbox") with no field, button or link to do it (the form is an embed
//! that failed or was blocked). A working form, or a link to one, keeps it: the promo must not sit
//! in a `<form>` (its heading, its thank-you message), have fields or buttons a few levels up, or
//! be followed by content before the next widget (a "Subscribe" link).

use super::phrases;
use super::shape::{bare, content_follows, normalized, widen};
use crate::decide::main_content::MainContent;
use crate::decide::patterns::list::{sorted_list, SortedList};
use crate::decide::patterns::phrase::{self, PatternSet};
use crate::model::page::Page;
use crate::model::plan::{Hide, RemovalKind};
use crate::model::snapshot::NodeId;
use std::sync::LazyLock;

/// A promo holds at least this many characters (a heading and a sentence)...
const MIN_PROMO_CHARS: u32 = 20;
/// ...and at most this many: longer text is an article about newsletters, not a promo.
const MAX_PROMO_CHARS: u32 = 300;
/// A sign-up form this close above the promo is its own.
const NEAR_FORM_DEPTH: usize = 3;
/// Elements that are parts of a promo, never its box.
const PARTS: SortedList = sorted_list!["a", "b", "em", "h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "span", "strong"];

static PROMOS: LazyLock<PatternSet<'static>> = LazyLock::new(|| {
    let all: Vec<&str> = phrases::NEWSLETTER_PROMOS.iter().flat_map(|(_, p)| p.iter()).collect();
    PatternSet::new(&all).expect("newsletter promo patterns")
});

/// Whether a box is a newsletter promo with nothing to sign up with.
pub fn is_unloaded_promo(page: &Page, id: NodeId) -> bool {
    let c = page.counts(id);
    if !(MIN_PROMO_CHARS..=MAX_PROMO_CHARS).contains(&c.chars) || c.elements < 2 || !bare(page, id) || PARTS.contains(page.snap.tag(id)) {
        return false;
    }
    let text = normalized(page, id);
    PROMOS.is_match(&phrase::words(&text))
}

/// A newsletter promo box without its form (outside the article), widened to the box that holds
/// nothing else.
pub fn unloaded_newsletter(page: &Page, main: &MainContent, id: NodeId) -> Option<Hide> {
    if !is_unloaded_promo(page, id) {
        return None;
    }
    let node = widen(page, main, id, 0);
    if signup_nearby(page, node) {
        return None;
    }
    let preview: String = page.snap.text_content(id).chars().take(40).collect();
    Some(Hide {
        node,
        kind: RemovalKind::EmptyWidget,
        rule: "placeholder:newsletter-without-form".into(),
        reason: format!("newsletter promo whose sign-up form never loaded (\"{preview}…\")"),
    })
}

/// Whether a way to sign up is right there: the promo is part of a form, a form's fields or
/// buttons are a few levels up, or content follows the promo before the next widget.
fn signup_nearby(page: &Page, node: NodeId) -> bool {
    let snap = page.snap;
    snap.ancestors(node).any(|a| snap.tag(a) == "form")
        || snap.ancestors(node).take(NEAR_FORM_DEPTH).any(|a| page.counts(a).inputs > 0 || page.counts(a).buttons > 0)
        || content_follows(page, node)
}
