//! Scroll locks: a consent notice that stops the page from scrolling, and how to release it.
//!
//! A page is locked when `<html>` or `<body>` computes `overflow: hidden|clip`, or `<body>` is
//! `position: fixed` (the lock that keeps the reader's place in a negative `top`). Released only
//! when a consent notice is present, so that a site whose own design fixes the body keeps it, and
//! released *to the values captured before any consent script ran* (Consent-O-Matic's technique:
//! its content script records `position` and `overflow` of html and body as soon as body exists)
//! when the extension captured them; otherwise to the CSS initial values. A lock that was already
//! there at that moment is the site's own design, unless a CMP's lock class (`cli-barmodal-open`,
//! `qc-cmp-ui-showing`, …) says the notice set it in the served markup.

use super::markers::CMPS;
use crate::model::layout::{BoxScroll, Computed};
use crate::model::page::Page;
use crate::model::plan::ScrollUnlock;
use crate::model::snapshot::Element;

/// Whether an `overflow` value stops scrolling.
fn stops_scroll(overflow: &str) -> bool {
    matches!(overflow, "hidden" | "clip")
}

fn locked(c: &Computed, is_body: bool) -> bool {
    stops_scroll(&c.overflow_y)
        || stops_scroll(&c.overflow_x) && stops_scroll(&c.overflow_y)
        || (is_body && c.position == crate::model::layout::Position::Fixed)
}

/// A known lock class on the element, if any.
fn lock_class(e: &Element) -> Option<&'static str> {
    CMPS.iter().flat_map(|c| c.lock_classes.iter().copied()).find(|class| e.has_class(class))
}

/// The CSS to force on one element to release its lock, given its baseline.
fn release(c: &Computed, base: Option<&BoxScroll>, is_body: bool) -> Vec<(String, String)> {
    let pick = |b: Option<&String>, fallback: &str| {
        b.filter(|v| !v.is_empty() && !stops_scroll(v) && *v != "fixed").cloned().unwrap_or_else(|| fallback.to_string())
    };
    let mut props = Vec::new();
    if stops_scroll(&c.overflow_y) || stops_scroll(&c.overflow_x) {
        props.push(("overflow-x".to_string(), pick(base.map(|b| &b.overflow_x), "visible")));
        props.push(("overflow-y".to_string(), pick(base.map(|b| &b.overflow_y), "visible")));
    }
    if is_body && c.position == crate::model::layout::Position::Fixed {
        props.push(("position".to_string(), pick(base.map(|b| &b.position), "static")));
        props.push(("top".to_string(), base.map(|b| b.top.clone()).filter(|t| !t.is_empty()).unwrap_or_else(|| "auto".into())));
    }
    props
}

/// Whether the current state is the same as the baseline (then the page was built locked and
/// no consent script locked it).
fn same_as_baseline(c: &Computed, base: &BoxScroll) -> bool {
    c.overflow_x == base.overflow_x
        && c.overflow_y == base.overflow_y
        && crate::model::layout::Position::parse(&base.position) == c.position
}

/// Decides whether and how to release the scroll lock.
pub fn unlock(page: &Page, notice_present: bool) -> Option<ScrollUnlock> {
    if !notice_present {
        return None;
    }
    let snap = page.snap;
    let (html, body) = (snap.html?, snap.body?);
    let hc = page.layout.computed(html)?;
    let bc = page.layout.computed(body)?;
    let base = snap.baseline.as_ref();
    // A CMP's lock class names the lock even when the server sent it in the markup (then the
    // baseline, read when <body> appeared, already shows the lock).
    let class = snap.element(html).and_then(lock_class).or_else(|| snap.element(body).and_then(lock_class));
    let html_locked = locked(&hc, false) && (class.is_some() || base.is_none_or(|b| !same_as_baseline(&hc, &b.html)));
    let body_locked = locked(&bc, true) && (class.is_some() || base.is_none_or(|b| !same_as_baseline(&bc, &b.body)));
    if !html_locked && !body_locked {
        return None;
    }
    let mut u = ScrollUnlock::default();
    if html_locked {
        u.html = release(&hc, base.map(|b| &b.html), false);
    }
    if body_locked {
        u.body = release(&bc, base.map(|b| &b.body), true);
        if bc.position == crate::model::layout::Position::Fixed {
            u.restore_y = bc.top.strip_suffix("px").and_then(|t| t.trim().parse::<f64>().ok()).filter(|t| *t < 0.0).map(|t| -t);
        }
    }
    let what = match (html_locked, body_locked) {
        (true, true) => "<html> and <body>",
        (true, false) => "<html>",
        _ => "<body>",
    };
    u.reason = match class {
        Some(c) => format!("scroll lock released on {what} (set with the notice; lock class {c})"),
        None => format!("scroll lock released on {what} (set with the notice)"),
    };
    Some(u)
}
