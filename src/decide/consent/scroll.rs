//! Scroll locks: a consent notice that stops the page from scrolling, and how to release it.
//!
//! A lock on `<html>` or `<body>` (`Lock`) is any of: computed `overflow-y: hidden|clip` (with
//! `height: 100%` on both, the classic lock, the overflow is what stops it), `position: fixed`
//! (the lock that keeps the reader's place in a negative `top`), `touch-action: none` (touch
//! screens); `overscroll-behavior` is released along with another lock, never alone.
//!
//! The rule ([`unlock`]): only when a consent notice is present (a page with no notice keeps its
//! own overflow), a lock is released **whether it was in the page's first HTML or set later**,
//! when the document is taller than the viewport and no inner scroll container holds the article
//! (an app-like page that scrolls inside a container keeps its layout). A lock the server wrote
//! into the markup (`<body class="modal-open">`, a CMP's lock class) is the notice's as much as
//! one a script set.
//!
//! Without measurements (a layout that cannot tell heights), the earlier rule stands: a lock is
//! released when it differs from the baseline (Consent-O-Matic's technique: the state before
//! any consent script), or when a CMP's or modal framework's lock class names it.
//!
//! Released values are the baseline's when they do not lock, else the CSS initial values. The
//! baseline ([`ScrollBaseline`](crate::model::layout::ScrollBaseline)) is the page's own style of
//! `<html>` and `<body>`: read by the page side once `<body>` is laid out, and for an element a
//! script locked since `<body>` appeared, read with that element's first class and style
//! attributes (`extension/content/baseline.js`).

use super::frameworks::FRAMEWORKS;
use super::markers::CMPS;
use crate::decide::main_content::MainContent;
use crate::model::layout::{BoxScroll, Computed, Position};
use crate::model::page::Page;
use crate::model::plan::ScrollUnlock;
use crate::model::snapshot::{Element, NodeId};

/// The document must be taller than the viewport by more than this (CSS px; heights are rounded
/// differently by `scrollHeight` and `innerHeight`).
const MIN_OVERFLOW_PX: f64 = 1.0;

/// The computed `overflow` values that stop scrolling (also the page side's test of whether a
/// script locked `<html>` or `<body>` before the baseline was read: `extension/content/baseline.js`).
pub const LOCKING_OVERFLOW: &[&str] = &["hidden", "clip"];

/// The computed `position` that locks `<html>` or `<body>` in place.
pub const LOCKING_POSITION: &str = "fixed";

/// Whether an `overflow` value stops scrolling.
fn stops_scroll(overflow: &str) -> bool {
    LOCKING_OVERFLOW.contains(&overflow)
}

/// What locks one element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Lock {
    overflow: bool,
    fixed: bool,
    touch: bool,
    overscroll: bool,
}

impl Lock {
    fn of(c: &Computed) -> Lock {
        Lock {
            overflow: stops_scroll(&c.overflow_y),
            fixed: c.position == Position::Fixed,
            touch: c.touch_action.trim() == "none",
            overscroll: matches!(c.overscroll_y.trim(), "none" | "contain"),
        }
    }

    fn locked(&self) -> bool {
        self.overflow || self.fixed || self.touch
    }

    /// The parts, as the reason names them.
    fn parts(&self) -> Vec<&'static str> {
        let named = [(self.overflow, "overflow"), (self.fixed, "position"), (self.touch, "touch-action"), (self.overscroll, "overscroll")];
        named.into_iter().filter(|(on, _)| *on).map(|(_, n)| n).collect()
    }
}

/// Whether `<html>` or `<body>` is locked now (for the "consent or pay" wall).
pub fn page_locked(page: &Page) -> bool {
    let snap = page.snap;
    [snap.html, snap.body].into_iter().flatten().any(|id| page.layout.computed(id).is_some_and(|c| Lock::of(&c).locked()))
}

/// A CMP's or modal framework's lock class on the element, if any.
fn lock_class(e: &Element) -> Option<&'static str> {
    let cmps = CMPS.iter().flat_map(|c| c.lock_classes.iter());
    let frameworks = FRAMEWORKS.iter().flat_map(|f| f.lock_classes.iter());
    cmps.chain(frameworks).find(|class| e.has_class(class))
}

/// The CSS to force on one element to release its lock, given its baseline.
fn release(lock: Lock, base: Option<&BoxScroll>) -> Vec<(String, String)> {
    let pick = |b: Option<&String>, fallback: &str| {
        b.filter(|v| !v.is_empty() && !stops_scroll(v) && *v != LOCKING_POSITION).cloned().unwrap_or_else(|| fallback.to_string())
    };
    let mut props = Vec::new();
    let mut set = |k: &str, v: String| props.push((k.to_string(), v));
    // Both axes: with `overflow-x: hidden` left on both <html> and <body> (height: 100%), <body>
    // would scroll its own box and the window would not.
    if lock.overflow {
        set("overflow-x", pick(base.map(|b| &b.overflow_x), "visible"));
        set("overflow-y", pick(base.map(|b| &b.overflow_y), "visible"));
    }
    if lock.fixed {
        set("position", pick(base.map(|b| &b.position), "static"));
        set("top", base.map(|b| b.top.clone()).filter(|t| !t.is_empty()).unwrap_or_else(|| "auto".into()));
    }
    if lock.touch {
        set("touch-action", "auto".into());
    }
    if lock.overscroll {
        set("overscroll-behavior-y", "auto".into());
    }
    props
}

/// Whether the current state is the baseline (then the page was built so, before any script).
fn same_as_baseline(c: &Computed, base: &BoxScroll) -> bool {
    c.overflow_x == base.overflow_x && c.overflow_y == base.overflow_y && Position::parse(&base.position) == c.position
}

/// The document's height (CSS px), or `None` when the layout does not measure it. A fixed
/// `<body>` takes its content out of `<html>`'s flow, so its own height counts.
fn document_height(hc: &Computed, bc: &Computed) -> Option<f64> {
    let h = hc.scroll_height.max(bc.scroll_height).max(bc.rect.height);
    (hc.scroll_height > 0.0 || bc.scroll_height > 0.0).then_some(h)
}

/// Whether an element between the article and `<html>` (the article itself and `<body>`
/// included) scrolls its own content: an app-like page, or one that scrolls in `<body>`.
fn inner_scroller_holds_article(page: &Page, main: &MainContent) -> bool {
    let snap = page.snap;
    let scrolls = |a: NodeId| {
        page.layout.computed(a).is_some_and(|c| {
            matches!(c.overflow_y.as_str(), "auto" | "scroll" | "overlay") && c.scroll_height > c.client_height + MIN_OVERFLOW_PX
        })
    };
    let body_scrolls = snap.body.is_some_and(scrolls);
    body_scrolls
        || main.roots.iter().any(|&root| {
            std::iter::once(root).chain(snap.ancestors(root)).take_while(|&a| Some(a) != snap.body && Some(a) != snap.html).any(scrolls)
        })
}

/// `<html>` or `<body>` as the rule reads it: its computed style, its lock, its baseline.
struct Root<'a> {
    tag: &'static str,
    style: Computed,
    lock: Lock,
    base: Option<&'a BoxScroll>,
}

impl<'a> Root<'a> {
    fn read(page: &'a Page, id: Option<NodeId>, tag: &'static str, base: Option<&'a BoxScroll>) -> Option<Root<'a>> {
        let style = page.layout.computed(id?)?;
        Some(Root { tag, lock: Lock::of(&style), style, base })
    }

    /// Whether the lock differs from the baseline (or there is none).
    fn set_later(&self) -> bool {
        self.base.is_none_or(|b| !same_as_baseline(&self.style, b))
    }
}

/// Decides whether and how to release the scroll lock (see the module doc).
pub fn unlock(page: &Page, main: &MainContent, notice_present: bool) -> Option<ScrollUnlock> {
    if !notice_present {
        return None;
    }
    let snap = page.snap;
    let base = snap.baseline.as_ref();
    let html = Root::read(page, snap.html, "<html>", base.map(|b| &b.html))?;
    let body = Root::read(page, snap.body, "<body>", base.map(|b| &b.body))?;
    if !html.lock.locked() && !body.lock.locked() {
        return None;
    }
    let class = [snap.html, snap.body].into_iter().flatten().filter_map(|id| snap.element(id)).find_map(lock_class);
    let (released, why): (Vec<&Root>, &str) = match document_height(&html.style, &body.style) {
        Some(height) => {
            let scrolls = height > page.layout.viewport().height + MIN_OVERFLOW_PX && !inner_scroller_holds_article(page, main);
            let locked = [&html, &body].into_iter().filter(|r| scrolls && r.lock.locked()).collect();
            (locked, "the page is taller than the window and scrolls in it")
        }
        None => {
            let later = [&html, &body].into_iter().filter(|r| r.lock.locked() && (class.is_some() || r.set_later())).collect();
            (later, "set with the notice")
        }
    };
    if released.is_empty() {
        return None;
    }
    let mut u = ScrollUnlock::default();
    for r in &released {
        let props = release(r.lock, r.base);
        if r.tag == "<html>" {
            u.html = props;
        } else {
            u.body = props;
        }
    }
    // The reader's place, from the fixed element's negative top (body first).
    u.restore_y = released.iter().rev().filter(|r| r.lock.fixed).find_map(|r| reading_position(&r.style.top));
    let what: Vec<String> = released.iter().map(|r| format!("{} ({})", r.tag, r.lock.parts().join(", "))).collect();
    let class = class.map(|c| format!("; lock class {c}")).unwrap_or_default();
    u.reason = format!("scroll lock released on {} ({why}{class})", what.join(" and "));
    Some(u)
}

/// Where the reader was, from a fixed element's negative `top` ("-600px" → 600).
fn reading_position(top: &str) -> Option<f64> {
    top.trim().strip_suffix("px").and_then(|t| crate::model::layout::css_number(t.trim())).filter(|t| *t < 0.0).map(|t| -t)
}
