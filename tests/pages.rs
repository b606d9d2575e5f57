//! Our own fixture pages (`www/`), natively: what is removed and what is highlighted.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use sourcelight::decide::main_content;
use sourcelight::engine::{scan, Options, Scan};
use sourcelight::model::layout::InlineLayout;
use sourcelight::model::page::Page;

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

// ── Clutter that slipped through (issue item 9) ───────────────────────────────────────────

/// A page with the article in `<main>` and a sidebar: `aside`, then a working list of links.
fn with_aside(aside: &str) -> String {
    let links = r#"<section class="widget links"><h3>Sections</h3><ul><li><a href="/harbour">Harbour</a></li><li><a href="/weather">Weather</a></li></ul></section>"#;
    format!("<!DOCTYPE html><html lang=en><body>{}<aside class=\"sidebar\">{aside}{links}</aside></body></html>", support::consent::ARTICLE)
}

/// What the scan hides, as `kind rule element`, in document order.
fn hidden(html: &str) -> Vec<String> {
    let snap = support::html::snapshot(html);
    let s = scan(&snap, &InlineLayout::new(&snap), &Options::default());
    let mut hide = s.plan.hide.clone();
    hide.sort_by_key(|h| h.node);
    hide.iter().map(|h| format!("{} {} {}", h.kind.as_str(), h.rule, support::consent::name(&snap, h.node))).collect()
}

#[test]
fn a_card_whose_title_is_a_styled_div_goes_whole() {
    let card = r#"<div class="card"><div style="font-weight:700">About this site</div><div class="textwidget"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus sagittis lacus vel augue.</p></div></div>"#;
    assert_eq!(hidden(&with_aside(card)), ["placeholder-text placeholder:filler div.card"]);
    // The issue's own example, with a title class.
    let card = r#"<div class="card"><div class="card-title">About this site</div><div class="textwidget"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus sagittis lacus vel augue.</p></div></div>"#;
    assert_eq!(hidden(&with_aside(card)), ["placeholder-text placeholder:filler div.card"]);
}

#[test]
fn widget_titles_set_apart_by_style_alone() {
    let aside = r#"<div class="card"><div class="card-header" style="font-weight:600">Recent posts</div><ul></ul></div>
        <div class="box"><span class="lbl" style="font-size:20px">Most popular</span><ul class="list"></ul></div>
        <div class="card"><div class="card-header" style="font-weight:600">Archives</div><ul><li><a href="/2026/05">May 2026</a></li></ul></div>"#;
    assert_eq!(
        hidden(&with_aside(aside)),
        ["empty-widget placeholder:empty-widget div.card", "empty-widget placeholder:empty-widget div.box"]
    );
    // The same text in plain style is no title: nothing says it heads a widget.
    let plain = r#"<div class="box"><span class="lbl">Most popular</span><ul class="list"></ul></div>"#;
    assert_eq!(hidden(&with_aside(plain)), Vec::<String>::new());
}

#[test]
fn heading_only_sponsored_and_partner_widgets() {
    let aside = r#"<section class="widget w1"><h3 class="widget-title">Sponsored content</h3></section>
        <section class="widget w2"><h3 class="widget-title">Partner content</h3><div class="slot"></div></section>
        <h3 class="widget-title">Anzeige</h3>
        <div class="w4"><h4>Publicité</h4><div class="slot"></div></div>
        <section class="widget w5"><h3 class="widget-title">Sponsored content</h3><ul><li><a href="/partner">Travel insurance explained</a></li></ul></section>"#;
    assert_eq!(
        hidden(&with_aside(aside)),
        [
            "empty-ad-slot placeholder:empty-ad-slot section.w1.widget",
            "empty-ad-slot placeholder:empty-ad-slot section.w2.widget",
            "empty-ad-slot placeholder:empty-ad-slot h3.widget-title",
            "empty-ad-slot placeholder:empty-ad-slot div.w4",
        ]
    );
}

#[test]
fn labels_and_words_that_belong_to_something_else_stay() {
    // A "Sponsored" badge on a teaser's picture says what the teaser is (seen on wikia).
    let badge = r#"<div class="teaser"><a href="/t"><div class="thumb"><img src="t.jpg" alt=""><span class="badge" style="font-weight: 700">Sponsored</span></div>
        <h4>Fandom's spring games guide</h4></a></div>"#;
    assert_eq!(hidden(&with_aside(badge)), Vec::<String>::new());
    // A bold word inside a heading is part of that heading, not a title of its own (seen on bbc-1).
    let inside = r#"<div class="box"><h2>Most Popular <span style="font-weight: 700">popular</span></h2><ul><li><a href="/a">Read</a></li></ul></div>"#;
    assert_eq!(hidden(&with_aside(inside)), Vec::<String>::new());
}

#[test]
fn empty_recent_comments_widgets() {
    let aside = r#"<section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"></ul></section>
        <section class="widget widget_recent_comments full"><h2 class="widget-title">Neueste Kommentare</h2><ul id="recentcomments2"><li><a href="/p#c1">Anna</a> on Harbour</li></ul></section>"#;
    assert_eq!(hidden(&with_aside(aside)), ["empty-widget placeholder:empty-widget section.widget.widget_recent_comments"]);
}

#[test]
fn zero_comment_counters_in_german_french_spanish_italian_and_dutch() {
    for counter in [
        "Kommentare (0)",
        "Noch keine Kommentare",
        "Sei der Erste, der kommentiert",
        "Commentaires (0)",
        "Pas de commentaire",
        "Soyez le premier à réagir",
        "No hay comentarios",
        "Sé el primero en comentar",
        "Commenti (0)",
        "Non ci sono commenti",
        "Reacties (0)",
        "Wees de eerste om te reageren",
    ] {
        let meta = format!(r#"<div class="entry-meta"><span class="by">by Ada Sample</span> <span class="count">{counter}</span></div>"#);
        let page = with_aside("").replace("</h1>", &format!("</h1>{meta}"));
        assert_eq!(hidden(&page), ["zero-counter placeholder:zero-counter span.count"], "{counter}");
    }
}

#[test]
fn an_empty_comments_section_with_a_working_form_stays() {
    let comments = r#"<section id="comments" class="comments-area"><div class="wrap"><div class="comments-header"><div class="count"><h2 class="comments-title">Kommentare (0)</h2></div></div></div><p class="no-comments">Noch keine Kommentare</p>
        <div id="respond" class="comment-respond"><h3>Leave a reply</h3><form class="comment-form"><p><label>Comment <textarea name="comment"></textarea></label></p><p><button>Post comment</button></p></form></div></section>"#;
    let page = with_aside("").replace("</main>", &format!("</main>{comments}"));
    assert_eq!(hidden(&page), Vec::<String>::new());
}

#[test]
fn skeleton_placeholders_that_never_filled_go_and_come_back_with_content() {
    let skeleton = r#"<div class="widget related-loading"><div class="skeleton-card"><div class="skeleton skeleton-title"></div><div class="skeleton skeleton-line"></div></div><div class="skeleton-card"><div class="skeleton skeleton-line"></div></div></div>"#;
    assert_eq!(hidden(&with_aside(skeleton)), ["empty-widget placeholder:skeleton div.related-loading.widget"]);
    let loading = r#"<div class="placeholder-glow"><span class="placeholder col-6"></span><p>Loading…</p></div>"#;
    assert_eq!(hidden(&with_aside(loading)), ["empty-widget placeholder:skeleton div.placeholder-glow"]);
    // Hidden on an earlier scan; the list arrived: restored.
    let filled = r#"<div class="widget related-loading" data-sourcelight-hidden="empty-widget"><div class="skeleton-card"><a href="/a">Ferry fares rise in spring</a></div></div>"#;
    let snap = support::html::snapshot(&with_aside(filled));
    let s = scan(&snap, &InlineLayout::new(&snap), &Options::default());
    assert_eq!(s.restore.iter().map(|&n| support::consent::name(&snap, n)).collect::<Vec<_>>(), ["div.related-loading.widget"]);
    // Still empty: it stays hidden.
    let empty =
        skeleton.replace(r#"class="widget related-loading""#, r#"class="widget related-loading" data-sourcelight-hidden="empty-widget""#);
    let snap = support::html::snapshot(&with_aside(&empty));
    assert!(scan(&snap, &InlineLayout::new(&snap), &Options::default()).restore.is_empty());
}

#[test]
fn a_newsletter_promo_whose_form_never_loaded() {
    let promo = r#"<div class="nl-promo"><h3>The morning briefing</h3><p>Sign up for our newsletter and get the day’s top stories in your inbox.</p><div class="form-embed"></div></div>"#;
    assert_eq!(hidden(&with_aside(promo)), ["empty-widget placeholder:newsletter-without-form div.nl-promo"]);
    // With its form, or a link to sign up, it stays.
    let with_form =
        promo.replace(r#"<div class="form-embed"></div>"#, r#"<form><input type="email" name="email"><button>Sign up</button></form>"#);
    let with_link = promo.replace(r#"<div class="form-embed"></div>"#, r#"<a href="/newsletters">Sign up</a>"#);
    for working in [with_form, with_link] {
        assert_eq!(hidden(&with_aside(&working)), Vec::<String>::new(), "{working}");
    }
}

#[test]
fn demo_page_sources_are_grouped_by_who_they_are() {
    let s = scan_file("demo.html");
    let sources: Vec<String> = s.report.sources.iter().map(|x| format!("{} | {:?} | {}", x.name, x.kind, x.count)).collect();
    assert_eq!(
        sources,
        [
            "the city’s transport authority | Organization | 1",
            "Maria Keller, the authority’s chief engineer | Named | 2",
            "the chamber of commerce | Organization | 1",
            "Two officials who spoke on condition of anonymity | Anonymous | 1",
            "The mayor, Tomás Ortega | Named | 2",
        ],
        "\"She\" is Maria Keller, \"he\" the mayor"
    );
}

/// An article whose paragraphs sit right in `<body>`: `<body>` is then the best candidate, which
/// means "no main content" (attribution reads every paragraph), also when `<html>` holds nothing
/// else that is read (the read leaves `<head>` out): the climb stops at `<body>`.
#[test]
fn paragraphs_right_in_body_make_no_main_content() {
    let p = "<p>The bridge will reopen in the spring, after three years of repairs, the city said.</p>";
    let snap = support::html::snapshot(&format!("<!DOCTYPE html><html><head><title>Bridge</title></head><body>{p}{p}{p}</body></html>"));
    let layout = InlineLayout::new(&snap);
    let page = Page::new(&snap, &layout);
    assert_eq!(snap.nodes[snap.html.unwrap()].children, [snap.body.unwrap()], "the read leaves <head> out");
    assert_eq!(main_content::find(&page), main_content::MainContent::default());
}
