//! The consent pass over an HTML page, natively, as plain strings to assert on: what is hidden
//! (kind, rule and the element as `tag#id.class`), what is unlocked, closed and lifted.

use super::html;
use sourcelight::decide::consent;
use sourcelight::decide::main_content;
use sourcelight::model::layout::{Computed, InlineLayout, Layout, Rect, ScrollBaseline};
use sourcelight::model::page::Page;
use sourcelight::model::snapshot::{NodeId, Snapshot};

/// What the consent pass decided, readable.
#[derive(Debug, Default, PartialEq)]
pub struct Decided {
    /// `kind rule element`, in document order.
    pub hidden: Vec<String>,
    /// `html: prop=value, …` and `body: …`, when a lock is released.
    pub unlocked: Vec<String>,
    pub restore_y: Option<f64>,
    /// `element attribute`.
    pub lifted: Vec<String>,
    pub closed: Vec<String>,
    pub notice_present: bool,
}

/// `tag#id.class` of a node.
pub fn name(snap: &Snapshot, id: NodeId) -> String {
    snap.element(id).map_or_else(|| format!("#text{id}"), |e| e.to_string())
}

/// Runs the consent pass over `page` (a whole HTML document) with no baseline.
pub fn decide(page: &str) -> Decided {
    decide_with(page, None)
}

/// Runs the consent pass with the `document_start` baseline the content script would give.
pub fn decide_with(page: &str, baseline: Option<ScrollBaseline>) -> Decided {
    let mut snap = html::snapshot(page);
    snap.baseline = baseline;
    let layout = InlineLayout::new(&snap);
    run(&snap, &layout)
}

/// The same, with a layout that measures no heights (as the page side before it reads
/// `scrollHeight`): the lock rule falls back to the baseline.
pub fn decide_unmeasured(page: &str, baseline: Option<ScrollBaseline>) -> Decided {
    let mut snap = html::snapshot(page);
    snap.baseline = baseline;
    let layout = Unmeasured(InlineLayout::new(&snap));
    run(&snap, &layout)
}

/// [`InlineLayout`] without heights.
struct Unmeasured<'a>(InlineLayout<'a>);

impl Layout for Unmeasured<'_> {
    fn computed(&self, id: NodeId) -> Option<Computed> {
        self.0.computed(id).map(|c| Computed { scroll_height: 0.0, client_height: 0.0, ..c })
    }
    fn viewport(&self) -> Rect {
        self.0.viewport()
    }
}

fn run(snap: &Snapshot, layout: &dyn Layout) -> Decided {
    let page = Page::new(snap, layout);
    let main = main_content::find(&page);
    let f = consent::detect(&page, &main, false, false);
    let mut hide = f.hide.clone();
    hide.sort_by_key(|h| h.node);
    let mut d = Decided {
        hidden: hide.iter().map(|h| format!("{} {} {}", h.kind.as_str(), h.rule, name(snap, h.node))).collect(),
        closed: f.close.iter().map(|&n| name(snap, n)).collect(),
        notice_present: f.notice_present,
        ..Default::default()
    };
    if let Some(u) = &f.unlock {
        for (what, props) in [("html", &u.html), ("body", &u.body)] {
            if !props.is_empty() {
                let list: Vec<String> = props.iter().map(|(k, v)| format!("{k}={v}")).collect();
                d.unlocked.push(format!("{what}: {}", list.join(", ")));
            }
        }
        d.restore_y = u.restore_y;
        d.lifted = u.attributes.iter().map(|(n, a)| format!("{} {a}", name(snap, *n))).collect();
    }
    d
}

/// A page: `<html {html_attrs}><body {body_attrs}>` around a tall article (taller than the
/// 800px viewport) and `extra`.
pub fn page(html_attrs: &str, body_attrs: &str, extra: &str) -> String {
    format!("<!DOCTYPE html><html lang=en {html_attrs}><head><title>t</title></head><body {body_attrs}>{ARTICLE}{extra}</body></html>")
}

/// A tall article: a header, the main content (with a min-height, so the document is taller
/// than the viewport) and a footer.
pub const ARTICLE: &str = r#"<header class="site"><a href="/">The Sample Courier</a></header>
<main style="min-height:2400px"><article class="post"><h1>City library reopens its reading room</h1>
<p>The central library’s reading room reopened on Monday after twelve months of work on its roof and windows, the city’s culture department said.</p>
<p>“The room is brighter than it has been for decades,” said Lena Ortiz, the head librarian, as the first readers took their seats by the tall windows.</p>
<p>According to the department, the repairs cost less than planned because the original oak shelves could be kept and restored in place.</p>
<p>The roof had leaked for years. Buckets stood between the desks every winter, and two of the tall windows were boarded up after a storm in 2019, which left the north end of the room in half-light.</p>
<p>Work began last October. Roofers replaced the slates and the lead gutters, while a glazier from the old town rebuilt the window frames from oak cut to the original drawings, found in the city archive.</p>
<p>The library will stay open until nine in the evening on weekdays through the winter, officials said, and the reading room’s newspaper collection returns from storage next month.</p>
</article></main>
<footer class="site">© The Sample Courier</footer>"#;
