//! Our own fixture pages (`www/`), natively: what is removed and what is highlighted.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use sourcelight::engine::{scan, Options, Scan};
use sourcelight::model::layout::InlineLayout;

fn scan_file(name: &str) -> Scan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join(name);
    scan_html(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn scan_html(html: &str) -> Scan {
    let snap = support::html::snapshot(html);
    scan(&snap, &InlineLayout::new(&snap), &Options::default())
}

fn removed(scan: &Scan) -> Vec<String> {
    let mut v: Vec<String> = scan.report.removed.iter().map(|r| format!("{}: {}", r.kind.as_str(), r.text)).collect();
    v.sort();
    v
}

fn attributions(scan: &Scan) -> Vec<String> {
    scan.report
        .attributions
        .iter()
        .map(|a| format!("{} | {} | {:?}", a.source.as_ref().map_or("-", |s| s.text.as_str()), a.cue.text, a.source_kind))
        .collect()
}

#[test]
fn demo_page() {
    let s = scan_file("demo.html");
    assert_eq!(
        removed(&s),
        [
            "consent-notice: We use cookies to personalise content and ads and to analyse our traffic. You can accept all cookies or manage your choices. Accept All Cookies Reject All",
            "empty-widget: Related posts",
            "empty-widget: Trending",
            "placeholder-text: About us Sample text. Add your content here.",
            "zero-counter: 0 Comments",
        ]
    );
    assert_eq!(
        attributions(&s),
        [
            "the city’s transport authority | said | Organization",
            "Maria Keller, the authority’s chief engineer | said | Named",
            "She | added | Pronoun",
            "the chamber of commerce | According to | Organization",
            "Two officials who spoke on condition of anonymity | said | Anonymous",
            "The mayor, Tomás Ortega | told reporters | Named",
            "he | said | Pronoun",
        ]
    );
}

/// A share bar whose list is empty goes, even beside a full one; a "Share" tooltip right beside
/// its share link stays.
#[test]
fn empty_share_bars_but_not_tooltips() {
    let article = "<main><article><h1>Harbour reopens</h1><p>The harbour reopened on Thursday after three weeks of repairs to the quay walls, the port authority said in a statement to shipping companies.</p><p>Ferries will run on the summer timetable from Monday, and freight traffic resumes at full capacity next week.</p></article></main>";
    let bars = format!(
        "<body>{article}<aside><div class=share-empty><span>Share this:</span><ul class=share-buttons></ul></div>\
         <div class=share-full><span>Share this:</span><a href=#>Facebook</a> <a href=#>Email</a></div></aside></body>"
    );
    assert_eq!(removed(&scan_html(&bars)), ["empty-share-bar: Share this:"]);
    let tooltip = format!(
        "<body>{article}<aside><div class=share><a href=#f><i class=icon></i></a><div class=tip><span>Share</span><i></i></div></div></aside></body>"
    );
    assert_eq!(removed(&scan_html(&tooltip)), Vec::<String>::new());
}
