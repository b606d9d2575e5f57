//! The session sequence, natively: full run → partial runs of added nodes → copies hidden again
//! → undo, over our own small pages. Reads are built the way the page side builds them
//! (`extension/content/walk.js`): a partial read holds `<html>`, `<body>`, the added subtrees and
//! their ancestors without other children, and every node keeps the handle of the full read.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use sourcelight::engine::options::Kept;
use sourcelight::engine::run::MAX_LAYOUT_ROUNDS;
use sourcelight::engine::session::{Env, Outcome, Session, COPIES_BEFORE_RULE};
use sourcelight::engine::Options;
use sourcelight::error::ErrorKind;
use sourcelight::model::layout::InlineLayout;
use sourcelight::model::plan::RemovalKind;
use sourcelight::model::snapshot::{NodeData, NodeId, Snapshot};
use support::rounds::in_rounds;

/// A page with an article, a sidebar widget that is only a heading, and room for late nodes.
const PAGE: &str = r#"<html><body>
<div id="cmp-late" class="cookie-box" style="position: fixed; bottom: 0">We use cookies to improve your experience on our site. <button>Accept all</button> <button>Reject all</button></div>
<main><article id="story">
  <h1>Harbour bridge reopens</h1>
  <p>The harbour bridge reopened to traffic on Tuesday, three years after engineers closed it, the transport authority said.</p>
  <p>“We have rebuilt it to last another century,” said Maria Keller, the authority’s chief engineer, on a rainy morning.</p>
  <p>According to the chamber of commerce, shops near the bridge lost a fifth of their customers during the closure.</p>
  <p id="late-text">A later paragraph that the page adds to the story, with a quote that the mayor said was fair.</p>
</article></main>
<aside><section class="widget"><h3 class="widget-title">Related posts</h3><div class="list" id="related"></div></section></aside>
</body></html>"#;

/// The read of `snap` without the subtrees of `left_out`: nodes keep their id in `snap` as handle.
fn read_without(snap: &Snapshot, left_out: &[NodeId]) -> Snapshot {
    let keep: Vec<bool> = (0..snap.nodes.len()).map(|id| !left_out.iter().any(|&r| snap.contains(r, id))).collect();
    copy(snap, &keep)
}

/// A partial read, as `walk.js` makes it: `<html>`, `<body>`, each of `added` with its subtree,
/// and their ancestors (without their other children); when an ancestor is hidden by
/// Sourcelight, that ancestor's whole subtree instead.
fn read_added(snap: &Snapshot, added: &[NodeId]) -> Snapshot {
    let hidden = |id: NodeId| snap.element(id).is_some_and(|e| e.attr(HIDDEN).is_some());
    let roots: Vec<NodeId> = added.iter().map(|&a| snap.ancestors(a).filter(|&x| hidden(x)).last().unwrap_or(a)).collect();
    let keep: Vec<bool> = (0..snap.nodes.len())
        .map(|id| Some(id) == snap.html || Some(id) == snap.body || roots.iter().any(|&a| snap.contains(a, id) || snap.contains(id, a)))
        .collect();
    copy(snap, &keep)
}

const HIDDEN: &str = "data-sourcelight-hidden";

/// Applies an outcome's hiding and restoring to the page, as the page side does.
fn apply(page: &mut Snapshot, read: &Snapshot, out: &Outcome) {
    let mut set = |id: NodeId, value: Option<&str>| {
        let NodeData::Element(e) = &mut page.nodes[read.handle(id) as usize].data else { return };
        e.attrs.retain(|(k, _)| k != HIDDEN);
        e.attrs.extend(value.map(|v| (HIDDEN.to_string(), v.to_string())));
    };
    out.plan.hide.iter().for_each(|h| set(h.node, Some(h.kind.as_str())));
    out.restore.iter().for_each(|&id| set(id, None));
}

fn copy(snap: &Snapshot, keep: &[bool]) -> Snapshot {
    let mut out = Snapshot::default();
    let mut new_id = vec![None; snap.nodes.len()];
    for (id, node) in snap.nodes.iter().enumerate() {
        if !keep[id] {
            continue;
        }
        let parent = node.parent.and_then(|p| new_id[p]);
        let n = out.push(parent, node.data.clone());
        out.handles.push(snap.handle(id));
        new_id[id] = Some(n);
    }
    out
}

fn find(snap: &Snapshot, id: &str) -> NodeId {
    (0..snap.nodes.len()).find(|&n| snap.element(n).is_some_and(|e| e.id == id)).unwrap_or_else(|| panic!("no #{id}"))
}

/// One run over `read`, applied to `page`. The session then goes through its text and back, as
/// it does between the engine and the page side.
fn run(session: &mut Session, page: &mut Snapshot, read: impl FnOnce(&Snapshot) -> Snapshot, partial: bool) -> Outcome {
    let read = read(page);
    let out = session.run(&read, &InlineLayout::new(&read), &Options::default(), &Env::default(), partial);
    apply(page, &read, &out);
    let text = session.to_text();
    let back = Session::from_text(&text).expect("a session reads back from its text");
    assert_eq!(&back, session);
    *session = back;
    out
}

#[test]
fn session_text_that_is_not_a_session_is_a_request_error() {
    let text = Session::default().to_text();
    assert_eq!(Session::from_text(&text), Ok(Session::default()));
    for bad in ["", "not base64!", "AAAA", &format!("{text}AAAA")] {
        assert_eq!(Session::from_text(bad).map_err(|e| e.kind()), Err(ErrorKind::RequestBadValue), "{bad:?}");
    }
}

fn kinds(session: &Session) -> Vec<(RemovalKind, u32, u32)> {
    session.report().removed.iter().map(|r| (r.kind, r.handle, r.again)).collect()
}

#[test]
fn full_run_then_added_notice_then_copies_then_undo() {
    let mut page = support::html::snapshot(PAGE);
    let (notice, late, related) = (find(&page, "cmp-late"), find(&page, "late-text"), find(&page, "related"));
    let aside = page.ancestors(related).find(|&a| page.tag(a) == "aside").unwrap();
    let mut session = Session::default();
    assert!(session.needs_full_read());

    // 1. The page as first read: the widget goes, three attributions are highlighted.
    let first = run(&mut session, &mut page, |p| read_without(p, &[notice, late]), false);
    assert_eq!(kinds(&session), [(RemovalKind::EmptyWidget, aside as u32, 0)]);
    assert_eq!(first.report.attributions.len(), 3);
    assert!(first.rehide.is_empty() && !session.needs_full_read());

    // 2. The page adds its consent notice: a partial read of it hides it and remembers its look.
    let added = read_added(&page, &[notice]);
    let second = run(&mut session, &mut page, |p| read_added(p, &[notice]), true);
    assert_eq!(second.plan.hide.len(), 1);
    assert_eq!(added.handle(second.plan.hide[0].node), notice as u32, "plan ids are the partial read's, handles the page's");
    assert_eq!(kinds(&session)[1], (RemovalKind::ConsentNotice, notice as u32, 0));
    assert_eq!(second.rehide.len(), 1);
    assert_eq!(second.rehide[0].signature.selector(), "div#cmp-late.cookie-box");
    assert_eq!(second.report.attributions.len(), 3, "a partial run keeps the attributions of the full run");

    // 3. The page inserts the notice again and again: copies count on its entry, then a rule.
    for n in 1..=COPIES_BEFORE_RULE {
        session.hidden_again(0, 1);
        let out = run(&mut session, &mut page, |p| read_added(p, &[]), true);
        assert_eq!(out.report.removed.len(), 2, "the report stays bounded");
        assert_eq!(out.report.removed[1].again, n);
        assert_eq!(out.rules.is_empty(), n < COPIES_BEFORE_RULE);
    }
    session.hidden_again(7, 1); // an index the page side cannot know: ignored

    // 4. Text added to the story: no hiding inside the article, the attributions are stale.
    let fourth = run(&mut session, &mut page, |p| read_added(p, &[late]), true);
    assert!(fourth.plan.hide.is_empty());
    assert!(fourth.report.stale, "text arrived in the article: its attributions wait for a full run");

    // 5. Undo after several partial runs: nothing is remembered, and a fresh full run decides
    //    exactly what the first one did.
    session.undo();
    page = support::html::snapshot(PAGE); // the page side's undo
    assert_eq!(session, Session::default());
    let again = run(&mut session, &mut page, |p| read_without(p, &[notice, late]), false);
    assert_eq!(again, first);
}

#[test]
fn a_widget_whose_content_arrives_comes_back() {
    let filled = PAGE.replace(
        r#"<div class="list" id="related"></div>"#,
        r#"<div class="list" id="related"><a href="/a" id="item">Ferry timetable changes for the winter season</a></div>"#,
    );
    let mut page = support::html::snapshot(&filled);
    let item = find(&page, "item");
    let mut session = Session::default();
    run(&mut session, &mut page, |p| read_without(p, &[item]), false);
    assert_eq!(session.report().removed.len(), 2, "the notice and the widget");
    let out = run(&mut session, &mut page, |p| read_added(p, &[item]), true);
    assert_eq!(out.restore.len(), 1);
    assert_eq!(out.report.removed.iter().map(|r| r.kind).collect::<Vec<_>>(), [RemovalKind::ConsentNotice]);
    assert_eq!(out.report.restored, 1);
}

#[test]
fn a_session_survives_a_round_trip_through_json() {
    let mut page = support::html::snapshot(PAGE);
    let notice = find(&page, "cmp-late");
    let mut session = Session::default();
    run(&mut session, &mut page, |p| read_without(p, &[notice]), false);
    let mut copy: Session = serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
    assert_eq!(copy, session);
    let mut page2 = page.clone();
    let added = |p: &Snapshot| read_added(p, &[notice]);
    assert_eq!(run(&mut copy, &mut page2, added, true), run(&mut session, &mut page, added, true));
}

#[test]
fn signatures_escape_identifiers_as_css_does() {
    use sourcelight::engine::session::Signature;
    let sig = |id: &str, classes: &[&str]| Signature {
        tag: "div".into(),
        id: id.into(),
        classes: classes.iter().map(|c| c.to_string()).collect(),
    };
    assert_eq!(sig("1st", &[]).selector(), r"div#\31 st");
    assert_eq!(sig("", &["a:b", "-", "x y"]).selector(), r"div.a\:b.\-.x\ y");
    assert_eq!(sig("é", &["_ok-1"]).selector(), "div#é._ok-1");
}

#[test]
fn a_copy_the_engine_hides_before_the_page_side_could_counts_on_the_first_entry() {
    // The page put a second copy of its notice in before the first outcome arrived.
    let copy = r#"<div id="cmp-late" class="cookie-box" style="position: fixed; bottom: 0">We use cookies to improve your experience on our site. <button>Accept all</button> <button>Reject all</button></div>"#;
    let mut page = support::html::snapshot(&PAGE.replace("</body>", &format!("{copy}</body>")));
    let notices: Vec<NodeId> = (0..page.nodes.len()).filter(|&n| page.element(n).is_some_and(|e| e.id == "cmp-late")).collect();
    let [first, second] = notices[..] else { panic!("two copies") };
    let mut session = Session::default();
    run(&mut session, &mut page, |p| read_without(p, &[first, second]), false);
    run(&mut session, &mut page, |p| read_added(p, &[first]), true);
    let out = run(&mut session, &mut page, |p| read_added(p, &[second]), true);
    assert_eq!(out.plan.hide.len(), 1, "the copy is hidden");
    let notices: Vec<_> = out.report.removed.iter().filter(|r| r.kind == RemovalKind::ConsentNotice).collect();
    assert_eq!(notices.len(), 1, "one entry for the notice");
    assert_eq!((notices[0].handle, notices[0].again), (first as u32, 1));
}

#[test]
fn what_the_reader_keeps_stays_shown() {
    let mut page = support::html::snapshot(&PAGE.replace("<body>", r#"<body style="overflow: hidden">"#));
    let mut session = Session::default();
    let first = run(&mut session, &mut page, |p| read_without(p, &[]), false);
    let notice = first.report.removed.iter().find(|r| r.kind == RemovalKind::ConsentNotice).expect("the notice is hidden");
    assert_eq!(notice.signature, "div#cmp-late.cookie-box");
    let widget = first.report.removed.iter().find(|r| r.kind == RemovalKind::EmptyWidget).expect("the widget is hidden");
    assert_eq!(widget.signature, "aside:Related posts");

    // The reader shows both again; the next visit keeps them.
    let keep = [notice, widget].map(|r| Kept { rule: r.rule.clone(), signature: r.signature.clone() }).to_vec();
    let options = Options { keep, ..Options::default() };
    let page = support::html::snapshot(&PAGE.replace("<body>", r#"<body style="overflow: hidden">"#));
    let out = Session::default().run(&page, &InlineLayout::new(&page), &options, &Env::default(), false);
    assert!(out.plan.hide.is_empty(), "{:?}", out.plan.hide);
    assert!(out.plan.unlock.is_none(), "a kept notice keeps the page as the site shows it");
}

/// A run in rounds (the page side answering the layout each round asks for) decides what one
/// scan with the whole layout at hand decides, attributions included, though they are found only
/// in its last round; and it asks for each element once.
#[test]
fn a_run_in_rounds_decides_what_one_scan_decides() {
    let snap = support::html::snapshot(PAGE);
    let layout = InlineLayout::new(&snap);
    let expected = Session::default().run(&snap, &layout, &Options::default(), &Env::default(), false);
    assert!(!expected.plan.hide.is_empty() && expected.report.attributions.len() >= 3, "{expected:?}");
    let (outcome, rounds) = in_rounds(&snap, &layout);
    assert!(rounds > 1, "the page's notice needs layout");
    assert_eq!(outcome, expected);
}

/// Dialog-like blocks (`LEVEL`) nested deeper than a run has rounds, each invisible (in a browser
/// an outer `visibility: hidden` is inherited; here each says it inline, with a tab so that the
/// markup check does not see it): each round finds one more level invisible, which makes the
/// next one out a candidate. The run's last round gets the whole layout, and it decides what one
/// scan with the whole layout decides. Before, it decided on guesses: it hid a level it had not
/// seen as a notice; reading unanswered elements as not rendered then kept a zero counter it had
/// not seen, and took a visible dialog (weather text and all) for the notice inside it, whose
/// fixed position it had not seen (the last two found by a helper).
#[test]
fn a_run_that_keeps_asking_gets_the_whole_layout_in_its_last_round() {
    const LEVEL: &str = "<div role=\"dialog\" style=\"visibility:\thidden\">We use cookies to improve your experience. <button>Accept all</button> <button>Reject all</button>";
    let nested =
        |depth: usize, inside: &str| PAGE.replace("<main>", &format!("{}{inside}{}<main>", LEVEL.repeat(depth), "</div>".repeat(depth)));
    let counter = r#"<div style="visibility: visible"><span>0 Comments</span></div>"#;
    let dialog = r#"<div class="w"><div role="dialog"><p>Today: harbour weather is sunny, 21 degrees, light wind from the west.</p><div class="p"><div id="didomi-notice" style="visibility:	hidden"></div></div><div style="position: fixed; bottom: 0">We use cookies to improve your experience on our site. <button>Accept all</button> <button>Reject all</button></div></div></div>"#;
    let pages =
        [("dialogs", nested(MAX_LAYOUT_ROUNDS as usize + 3, "")), ("counter", nested(5, counter)), ("visible dialog", nested(7, dialog))];
    for (name, html) in pages {
        let snap = support::html::snapshot(&html);
        let layout = InlineLayout::new(&snap);
        let expected = Session::default().run(&snap, &layout, &Options::default(), &Env::default(), false);
        let (outcome, rounds) = in_rounds(&snap, &layout);
        assert_eq!(rounds, MAX_LAYOUT_ROUNDS, "{name}: the chain outlasts the rounds");
        assert_eq!(outcome.plan, expected.plan, "{name}");
        assert_eq!(outcome, expected, "{name}");
    }
}
